/**
 * What a benchmark section hands back to bench/run.ts. To add a section, write a module that
 * exports a `Section` and list it in bench/sections.ts.
 */

export interface Row {
  cells: string[];
  /** The target this row is judged against, in words, e.g. "p50 <= 0.1 ms". */
  target?: string;
  /** true: met, false: missed, undefined: no target (a figure for scale). */
  pass?: boolean;
}

export interface Table {
  title: string;
  /** Headings for `Row.cells`; the runner adds "target" and "result". */
  columns: string[];
  rows: Row[];
  /** Lines printed under the table. */
  notes?: string[];
}

export interface Section {
  name: string;
  run(): Promise<Table[]>;
}
