// write-good ships no type declarations; this is the part the benchmark calls.
declare module 'write-good' {
  interface WriteGoodSuggestion {
    index: number;
    offset: number;
    reason: string;
  }
  function writeGood(text: string, options?: Record<string, boolean>): WriteGoodSuggestion[];
  export default writeGood;
}
