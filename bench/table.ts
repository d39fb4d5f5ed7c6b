/** Plain-text tables for the benchmark report. */
import type { Table } from './types.ts';

/** Left-aligns the first column, right-aligns numbers, separates columns with two spaces. */
export function formatTable(table: Table): string {
  const hasTargets = table.rows.some((row) => row.target !== undefined || row.pass !== undefined);
  const columns = hasTargets ? [...table.columns, 'target', 'result'] : table.columns;
  const rows = table.rows.map((row) => {
    if (!hasTargets) return row.cells;
    const result = row.pass === undefined ? (row.target === undefined ? '' : '-') : row.pass ? 'ok' : 'FAIL';
    return [...row.cells, row.target ?? '', result];
  });
  const widths = columns.map((heading, index) =>
    Math.max(heading.length, ...rows.map((cells) => (cells[index] ?? '').length)),
  );
  const numeric = columns.map((_heading, index) =>
    rows.every((cells) => /^\(?[-+]?[\d,.]*\d[\d,.]*\)?( ?[a-zA-Z%/()]+)*$|^-?$/.test(cells[index] ?? '')),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, index) => {
        const width = widths[index] ?? 0;
        return index > 0 && numeric[index] ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const out = [table.title, line(columns), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)];
  for (const note of table.notes ?? []) out.push(`  ${note}`);
  return `${out.join('\n')}\n`;
}
