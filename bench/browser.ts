/**
 * The in-page assistant in real browsers (production build, fixture contact page): keystroke to
 * finding latency, debounce included, and the longest main-thread task while typing 2,000
 * characters. Needs the build, Chromium and Firefox ESR, and port 443 on 127.0.0.1 (root).
 */
import { startFixtureServer } from '../tests/browsers/server.ts';
import { launchWithExtension } from '../tests/browsers/browsers.ts';
import type { BrowserName } from '../tests/browsers/browsers.ts';
import { LATENCY_TARGET_MS, LONG_TASK_TARGET_MS, measureAssistant } from '../tests/browsers/measure.ts';
import type { Row, Section } from './types.ts';

export const browserSection: Section = {
  name: 'browser',
  async run() {
    const server = await startFixtureServer(Number(process.env.FIXTURE_PORT ?? 443));
    const latency: Row[] = [];
    const stalls: Row[] = [];
    try {
      for (const name of ['chromium', 'firefox'] as BrowserName[]) {
        const run = await launchWithExtension(name, server.port);
        try {
          const result = await measureAssistant(run, 9);
          const sorted = [...result.latencies].sort((a, b) => a - b);
          const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
          const worst = sorted.at(-1) ?? NaN;
          latency.push({
            cells: [name, String(sorted.length), `${median.toFixed(0)} ms`, `${worst.toFixed(0)} ms`],
            target: `median <= ${LATENCY_TARGET_MS} ms`,
            pass: median <= LATENCY_TARGET_MS,
          });
          stalls.push({
            cells: [name, String(result.charactersTyped), result.longTaskSource, `${result.longestTask.toFixed(0)} ms`],
            target: `<= ${LONG_TASK_TARGET_MS} ms`,
            pass: result.longestTask <= LONG_TASK_TARGET_MS,
          });
        } finally {
          await run.close();
        }
      }
    } finally {
      await server.close();
    }
    return [
      { title: 'Keystroke to finding in the panel (150 ms debounce included)', columns: ['browser', 'trials', 'median', 'worst'], rows: latency },
      {
        title: 'Longest main-thread task on the page while typing',
        columns: ['browser', 'characters', 'measured by', 'longest'],
        rows: stalls,
        notes: ['longtask: the Long Tasks API; heartbeat: the longest gap of a 1 ms timer (Firefox has no Long Tasks API)'],
      },
    ];
  },
};
