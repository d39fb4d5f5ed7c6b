/**
 * "Fix all": every fix that needs no choice, as one edit. A finding needs no choice when it has
 * exactly one fix and that fix is an edit (not "Choose a template"). Edits are taken in text
 * order; one inside another (a link in a sentence that goes) is covered by it; two that cross
 * are not both possible, and the later one stays for the seller.
 */
import type { Finding, Suggestion } from '../rules/types';

export interface FixAllPlan {
  /** The span of the field the edit replaces, and what it becomes. */
  start: number;
  end: number;
  replacement: string;
  /** Findings the edit resolves. */
  applied: number;
  /** Errors and warnings it leaves: they need a choice, or crossed another fix. */
  left: number;
}

interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/** The one fix a finding would get from "Fix all", if it needs no choice. */
export function unambiguousFix(finding: Finding): Suggestion | undefined {
  const only = finding.suggestions?.length === 1 ? finding.suggestions[0] : undefined;
  return only && !only.action ? only : undefined;
}

/** Whether the findings' offsets still describe this text (each finding's words are where it says). */
function current(text: string, finding: Finding): boolean {
  return text.slice(finding.start, finding.end) === finding.actual;
}

export function planFixAll(text: string, findings: readonly Finding[]): FixAllPlan {
  const problems = findings.filter((f) => f.severity !== 'info');
  const edits: (Edit & { finding: Finding })[] = [];
  for (const finding of problems) {
    const fix = unambiguousFix(finding);
    if (!fix || !current(text, finding)) continue;
    edits.push({ start: fix.start ?? finding.start, end: fix.end ?? finding.end, replacement: fix.replacement, finding });
  }
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Edit[] = [];
  const resolved = new Set<Finding>();
  for (const edit of edits) {
    const last = kept[kept.length - 1];
    if (last && edit.start < last.end) {
      // Two removals that meet (sharing the space between two sentences) are one removal.
      if (last.replacement === '' && edit.replacement === '') {
        last.end = Math.max(last.end, edit.end);
        resolved.add(edit.finding);
        continue;
      }
      // Inside a removal that already takes it: resolved by that one. Crossing: left.
      if (edit.end <= last.end && last.replacement === '') resolved.add(edit.finding);
      else if (edit.start === last.start && edit.end === last.end && edit.replacement === last.replacement) resolved.add(edit.finding);
      continue;
    }
    // Two edits that touch would be one edit point: a removal right after an insertion is fine.
    kept.push(edit);
    resolved.add(edit.finding);
  }
  if (kept.length === 0) return { start: 0, end: 0, replacement: '', applied: 0, left: problems.length };
  const start = (kept[0] as Edit).start;
  const end = (kept[kept.length - 1] as Edit).end;
  let replacement = '';
  let at = start;
  for (const edit of kept) {
    replacement = join(replacement, text.slice(at, edit.start));
    replacement = join(replacement, edit.replacement);
    at = edit.end;
  }
  // What follows the last edit decides the last join: a space or line break the edits left doubled.
  const after = text.slice(end, end + 2);
  replacement = trimJoin(replacement, after, text.slice(Math.max(0, start - 2), start));
  // A removal between two spaces takes one of them; one that ends a line takes the spaces before it.
  let first = start;
  let last = end;
  if (replacement === '' && text[first - 1] === ' ' && text[last] === ' ') last++;
  if (replacement === '' && (last === text.length || text[last] === '\n' || text[last] === '\r')) {
    while (first > 0 && (text[first - 1] === ' ' || text[first - 1] === '\t')) first--;
  }
  return { start: first, end: last, replacement, applied: resolved.size, left: problems.filter((f) => !resolved.has(f)).length };
}

/** Joins two pieces without a double space or a third line break where removals met. */
function join(left: string, right: string): string {
  if (left.endsWith(' ') && right.startsWith(' ')) return left + right.slice(1);
  if (/\n\n$/u.test(left) && right.startsWith('\n')) return left + right.replace(/^\n+/u, '');
  return left + right;
}

/** The same at the edges of the edited span. */
function trimJoin(replacement: string, after: string, before: string): string {
  let out = replacement;
  if (out.endsWith(' ') && after.startsWith(' ')) out = out.slice(0, -1);
  if (out.startsWith(' ') && before.endsWith(' ')) out = out.slice(1);
  if (/\n\n$/u.test(out) && after.startsWith('\n')) out = out.replace(/\n+$/u, '\n');
  return out;
}
