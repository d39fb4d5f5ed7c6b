/**
 * Contact-reason advice shown at the top of the panel. The rule engine says when a critical
 * reason fits the message (the `contact-reason-mismatch` hint); this adds the other half: content
 * that Amazon blocks whatever reason is chosen, so that no reason (and no "[Important]") helps.
 */
import type { Category, Finding } from '../rules/types';

/** Categories blocked under every contact reason (Communication Guidelines, help G1701). */
const BLOCKED_UNDER_ANY_REASON: readonly Category[] = [
  'promotion',
  'review-manipulation',
  'opt-out',
  'not-permitted-type',
  'contact-info',
  'external-link',
];

export type ContactAdvice =
  | { kind: 'not-permitted'; categories: Category[] }
  | { kind: 'choose-reason'; text: string }
  | undefined;

export function contactAdvice(findings: readonly Finding[]): ContactAdvice {
  const blocked = [
    ...new Set(findings.filter((f) => f.severity === 'error' && BLOCKED_UNDER_ANY_REASON.includes(f.category)).map((f) => f.category)),
  ];
  if (blocked.length > 0) return { kind: 'not-permitted', categories: blocked };
  const hint = findings.find((f) => f.ruleId === 'contact-reason-mismatch');
  return hint ? { kind: 'choose-reason', text: hint.message } : undefined;
}
