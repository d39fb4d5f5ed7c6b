import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension } from './browsers.ts';
import type { BrowserName, ExtensionBrowser } from './browsers.ts';
import { describePerformance, measureAssistant } from './measure.ts';

/**
 * Measures and prints the assistant's speed in the real browser (the figures also go to
 * .tmp/performance-<browser>.json; `npm run bench` judges them against the targets). The test
 * itself checks only that the measurement worked, so a busy machine cannot make it flaky.
 */
describe.each<BrowserName>(['chromium', 'firefox'])('%s: assistant performance', (name) => {
  let run: ExtensionBrowser;
  beforeAll(async () => {
    run = await launchWithExtension(name, inject('fixturePort'));
  });
  afterAll(async () => {
    await run?.close();
  });

  it('measures keystroke-to-finding latency and main-thread stalls while typing', async () => {
    const result = await measureAssistant(run);
    console.log(describePerformance(result));
    mkdirSync('.tmp', { recursive: true });
    writeFileSync(`.tmp/performance-${name}.json`, JSON.stringify(result, null, 2));
    expect(result.latencies).toHaveLength(5);
    for (const latency of result.latencies) expect(latency).toBeGreaterThan(0);
    expect(result.charactersTyped).toBe(2000);
    expect(Number.isFinite(result.longestTask)).toBe(true);
  });
});
