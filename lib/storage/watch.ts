import { browser } from 'wxt/browser';

type Area = 'sync' | 'local';

/**
 * Calls `load` whenever a storage key accepted by `matches` changes, and passes its result to `cb`
 * unless it equals the last value passed (moving data between areas fires several changes for one
 * visible change). Only the newest load reports, so a slow read can not overwrite a newer one.
 * Returns the function that stops watching.
 */
export function watchStorage<T>(
  matches: (area: Area, key: string) => boolean,
  load: () => Promise<T>,
  cb: (value: T) => void,
): () => void {
  let stopped = false;
  let latest = 0;
  let lastJson: string | undefined;
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName !== 'sync' && areaName !== 'local') return;
    if (!Object.keys(changes).some((key) => matches(areaName, key))) return;
    const ticket = ++latest;
    void load().then(
      (value) => {
        if (stopped || ticket !== latest) return;
        const json = JSON.stringify(value);
        if (json === lastJson) return;
        lastJson = json;
        cb(value);
      },
      // The loaders never reject; should one, the next change tries again.
      () => undefined,
    );
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}
