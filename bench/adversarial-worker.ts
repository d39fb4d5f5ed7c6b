/**
 * Runs lint() on adversarial inputs in a worker thread, so the main thread can stop a run
 * that never ends. Messages in: {name, size, repeats}. Messages out: WorkerResult.
 */
import { parentPort } from 'node:worker_threads';
import { lint } from '../lib/rules/index.ts';
import { INPUTS } from './inputs.ts';
import { compliantMessage, violatingMessage } from './messages.ts';

export interface WorkerJob {
  name: string;
  size: number;
  /** Runs at least this many times (unless a run is very slow)... */
  repeats: number;
  /** ...and keeps going up to this many while the total stays under budgetMs. */
  maxRepeats?: number;
  budgetMs?: number;
}

export type WorkerResult =
  | { kind: 'ready' }
  | { kind: 'done'; name: string; size: number; times: number[]; findings: number }
  | { kind: 'failed'; name: string; size: number; message: string };

/** After one run this slow, the repeats are skipped. */
const SLOW_MS = 1_000;

const port = parentPort;
if (port) {
  // Warm up on ordinary messages so the first adversarial input is not timing the compiler.
  for (let run = 0; run < 300; run++) {
    lint({ body: violatingMessage() });
    lint({ body: compliantMessage() });
  }
  const send = (result: WorkerResult): void => port.postMessage(result);
  /** The texts of the current input, by size, reused across rounds. */
  const built = new Map<string, string>();

  port.on('message', (job: WorkerJob) => {
    const input = INPUTS.find((candidate) => candidate.name === job.name);
    if (!input) {
      send({ kind: 'failed', name: job.name, size: job.size, message: 'unknown input' });
      return;
    }
    try {
      const key = `${job.name}\u0000${job.size}`;
      let text = built.get(key);
      if (text === undefined) {
        if (!built.keys().next().value?.startsWith(`${job.name}\u0000`)) built.clear();
        text = input.make(job.size);
        /[^]$/.test(text); // flatten the string before timing
        built.set(key, text);
      }
      const message = input.field === 'subject' ? { subject: text, body: 'Thank you for your order.' } : { body: text };
      const times: number[] = [];
      let findings = 0;
      let total = 0;
      const enough = (): boolean =>
        times.length >= (job.maxRepeats ?? job.repeats) ||
        (times.length >= job.repeats && total >= (job.budgetMs ?? 0));
      while (!enough()) {
        const started = process.hrtime.bigint();
        findings = lint(message).length;
        const time = Number(process.hrtime.bigint() - started) / 1e6;
        times.push(time);
        total += time;
        if (time > SLOW_MS) break;
      }
      send({ kind: 'done', name: job.name, size: job.size, times, findings });
    } catch (error) {
      send({ kind: 'failed', name: job.name, size: job.size, message: error instanceof Error ? error.message : String(error) });
    }
  });
  send({ kind: 'ready' });
}
