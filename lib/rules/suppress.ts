/**
 * The seller's settings, applied after every rule has run (a filter layer, like textlint's filter
 * rules), so no rule needs to know about settings.
 */
import { RULES } from './catalog.ts';
import type { Finding, LintOptions } from './types.ts';

const CATEGORIES = new Set<string>(RULES.map((rule) => rule.category));

/**
 * Drops findings of disabled rules. An entry may also be a category id ("formatting"), which
 * turns off all of that category's rules.
 */
export function suppressDisabled(findings: Finding[], options: LintOptions): Finding[] {
  const disabled = options.disabledRules;
  if (!disabled || disabled.length === 0) return findings;
  const off = new Set(disabled);
  const offCategories = disabled.some((id) => CATEGORIES.has(id));
  return findings.filter((f) => !off.has(f.ruleId) && !(offCategories && off.has(f.category)));
}
