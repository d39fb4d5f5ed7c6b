/**
 * Table-driven rule tests in the style of textlint-tester: `valid` texts produce no finding of
 * the rule under test, `invalid` cases list the findings they must produce and, optionally, the
 * text after applying each finding's first suggestion. Adding a case is adding a line.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../lib/rules/index.ts';
import type { Category, Field, Finding, LintOptions, Message } from '../../../lib/rules/types.ts';

export interface ExpectedError {
  ruleId?: string;
  category?: Category;
  field?: Field;
  start?: number;
  end?: number;
  actual?: string;
}

export interface InvalidCase {
  text: string;
  subject?: string;
  options?: LintOptions;
  errors: ExpectedError[];
  /** The body (or subject, when only the subject has findings) after applying every first suggestion. */
  output?: string;
}

export interface ValidCase {
  text: string;
  subject?: string;
  options?: LintOptions;
}

export interface RuleTable {
  valid?: (string | ValidCase)[];
  invalid?: InvalidCase[];
}

/** Which findings a table is about: a rule id, a category, or a predicate. */
export type Selector = string | ((finding: Finding) => boolean);

function selects(selector: Selector): (finding: Finding) => boolean {
  if (typeof selector === 'function') return selector;
  return (f) => f.ruleId === selector || f.category === selector;
}

function lintCase(text: string, subject?: string, options?: LintOptions): Finding[] {
  const message: Message = subject === undefined ? { body: text } : { subject, body: text };
  return lint(message, options);
}

/** Applies the first suggestion of each finding of a field, right to left. */
export function applyFixes(text: string, findings: readonly Finding[]): string {
  const fixes = findings
    .filter((f) => f.suggestions && f.suggestions.length > 0)
    .sort((a, b) => b.start - a.start);
  let out = text;
  let limit = Infinity;
  for (const f of fixes) {
    if (f.end > limit) continue; // overlapping fixes: keep the rightmost
    out = out.slice(0, f.start) + (f.suggestions?.[0]?.replacement ?? '') + out.slice(f.end);
    limit = f.start;
  }
  return out;
}

function label(text: string): string {
  const oneLine = JSON.stringify(text);
  return oneLine.length > 90 ? `${oneLine.slice(0, 87)}...` : oneLine;
}

export function runRuleTable(name: string, selector: Selector, table: RuleTable): void {
  const pick = selects(selector);
  describe(name, () => {
    for (const entry of table.valid ?? []) {
      const valid: ValidCase = typeof entry === 'string' ? { text: entry } : entry;
      it(`valid: ${label(valid.text)}`, () => {
        const found = lintCase(valid.text, valid.subject, valid.options).filter(pick);
        expect(found.map((f) => `${f.ruleId} ${JSON.stringify(f.actual)}`)).toEqual([]);
      });
    }
    for (const invalid of table.invalid ?? []) {
      it(`invalid: ${label(invalid.subject ? `${invalid.subject} | ${invalid.text}` : invalid.text)}`, () => {
        const all = lintCase(invalid.text, invalid.subject, invalid.options);
        const found = all.filter(pick);
        const summary = found.map((f) => ({ ruleId: f.ruleId, field: f.field, start: f.start, end: f.end, actual: f.actual }));
        expect(found.length, JSON.stringify(summary)).toBe(invalid.errors.length);
        invalid.errors.forEach((error, i) => {
          const f = found[i] as Finding;
          if (error.ruleId !== undefined) expect(f.ruleId).toBe(error.ruleId);
          if (error.category !== undefined) expect(f.category).toBe(error.category);
          expect(f.field).toBe(error.field ?? (invalid.subject !== undefined && f.field === 'subject' ? 'subject' : f.field));
          if (error.start !== undefined) expect(f.start).toBe(error.start);
          if (error.end !== undefined) expect(f.end).toBe(error.end);
          if (error.actual !== undefined) expect(f.actual).toBe(error.actual);
        });
        if (invalid.output !== undefined) {
          const bodyFixes = found.filter((f) => f.field === 'body');
          const fixed = bodyFixes.length > 0 || invalid.subject === undefined
            ? applyFixes(invalid.text, bodyFixes)
            : applyFixes(invalid.subject, found.filter((f) => f.field === 'subject'));
          expect(fixed).toBe(invalid.output);
        }
      });
    }
  });
}
