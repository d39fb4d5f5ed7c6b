/**
 * Runs async read-modify-write operations one after another, so two saves from the same page can
 * not interleave and drop each other's change. (Pages of the extension each have their own queue;
 * storage has no cross-context lock, and the writes are small and rare enough for that to do.)
 */
export function createSerialQueue(): <T>(operation: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(operation: () => Promise<T>): Promise<T> => {
    const run = tail.then(() => operation());
    tail = run.catch(() => undefined);
    return run;
  };
}
