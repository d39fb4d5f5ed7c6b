/** Timing and summary helpers shared by the benchmark sections. */

/** Milliseconds taken by each of `runs` calls of `fn`. */
export function timeRuns(fn: (run: number) => unknown, runs: number): number[] {
  const times = new Array<number>(runs);
  let sink = 0;
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    const result = fn(run);
    const ended = process.hrtime.bigint();
    times[run] = Number(ended - started) / 1e6;
    if (Array.isArray(result)) sink += result.length;
  }
  // Keep the results observable so the calls cannot be optimised away.
  if (sink < 0) console.log(sink);
  return times;
}

/** The p-th percentile (0..100) of `values`, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function min(values: readonly number[]): number {
  return Math.min(...values);
}

/** A duration in ms with enough digits to read both 0.012 and 180. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '-';
  if (value < 1) return value.toFixed(4);
  if (value < 100) return value.toFixed(2);
  return value.toFixed(0);
}

export function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
