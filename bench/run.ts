/**
 * Performance figures for the checker. Not a test: it prints tables, ends with
 * "bench: all targets met" or "bench: N targets missed", and exits 1 when any target is missed.
 * Run: npm run bench   (or node bench/run.ts [section...] to run only some sections)
 */
import os from 'node:os';
import { sections } from './sections.ts';
import { formatTable } from './table.ts';
import type { Table } from './types.ts';

async function main(): Promise<number> {
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !sections.some((section) => section.name === name));
  if (unknown.length > 0) {
    console.error(`bench: unknown section ${unknown.join(', ')} (have ${sections.map((section) => section.name).join(', ')})`);
    return 2;
  }
  const chosen = only.length > 0 ? sections.filter((section) => only.includes(section.name)) : sections;

  const cpus = os.cpus();
  const cpu = cpus[0]?.model.trim() ?? 'unknown CPU';
  const load = os.loadavg()[0] ?? 0;
  console.log(`Node ${process.version} on ${process.platform}/${process.arch}, ${cpus.length} x ${cpu}, load average ${load.toFixed(2)}`);
  if (load > cpus.length * 0.5) console.log('(the machine is busy: expect slower and noisier figures)');
  console.log('');

  let missed = 0;
  for (const section of chosen) {
    const started = performance.now();
    let tables: Table[];
    try {
      tables = await section.run();
    } catch (error) {
      console.log(`${section.name}: FAIL, the section threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      missed++;
      continue;
    }
    for (const table of tables) {
      console.log(formatTable(table));
      missed += table.rows.filter((row) => row.pass === false).length;
    }
    console.log(`(${section.name}: ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  }

  console.log(missed === 0 ? 'bench: all targets met' : `bench: ${missed} target${missed === 1 ? '' : 's'} missed (FAIL rows above)`);
  return missed === 0 ? 0 : 1;
}

process.exitCode = await main();
