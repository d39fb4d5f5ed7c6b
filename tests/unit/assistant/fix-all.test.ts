// @vitest-environment node
/** "Fix all" (lib/assistant/fix-all.ts): which fixes it takes, and the one edit it makes of them. */
import { describe, expect, it } from 'vitest';
import { planFixAll } from '../../../lib/assistant/fix-all';
import { lint } from '../../../lib/rules/index';
import type { Finding } from '../../../lib/rules/types';

function fixAll(text: string, findings: Finding[] = lint({ body: text }, { asSent: true })): { text: string; applied: number; left: number } {
  const plan = planFixAll(text, findings);
  return { text: text.slice(0, plan.start) + plan.replacement + text.slice(plan.end), applied: plan.applied, left: plan.left };
}

function finding(start: number, end: number, text: string, suggestions: Finding['suggestions']): Finding {
  return { ruleId: 'promotion', category: 'promotion', severity: 'error', field: 'body', start, end, actual: text.slice(start, end), message: '', suggestions };
}

describe('Fix all', () => {
  it('makes a message with several problems compliant in one edit', () => {
    const text = 'Hi Sam,\n\nYour parcel ships today. Use code SAVE10 for 10% off!\n\nFollow us on Instagram.\n\nBest regards,\nAnna';
    const result = fixAll(text);
    expect(result.text).toBe('Hi Sam,\n\nYour parcel ships today.\n\nBest regards,\nAnna');
    expect(lint({ body: result.text }, { asSent: true }).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('counts a fix inside a removal as done by it', () => {
    const text = 'Thanks. Visit https://shop.example.com for 20% off. Bye';
    const sentence = { label: 'Remove this sentence', replacement: '', start: 8, end: 52 };
    const findings = [finding(14, 38, text, [{ label: 'Remove the link', replacement: '' }]), finding(43, 50, text, [sentence])];
    const result = fixAll(text, findings);
    expect(result).toEqual({ text: 'Thanks. Bye', applied: 2, left: 0 });
  });

  it('leaves findings that need a choice, and edits that cross another', () => {
    const text = 'Dear {buyer_name}, your order ships today.';
    const choice = finding(5, 17, text, [
      { label: 'Fill in the buyer name', replacement: 'Sam' },
      { label: 'Remove the placeholder', replacement: '' },
    ]);
    const crossing = [finding(0, 10, text, [{ label: 'a', replacement: 'X' }]), finding(5, 20, text, [{ label: 'b', replacement: 'Y' }])];
    expect(fixAll(text, [choice])).toEqual({ text, applied: 0, left: 1 });
    expect(fixAll(text, crossing)).toMatchObject({ applied: 1, left: 1 });
  });

  it('never takes a template picker or a selection for an edit', () => {
    const text = 'Thank you for your order!';
    expect(fixAll(text)).toMatchObject({ text, applied: 0 });
  });

  it('skips findings whose words are no longer where they were', () => {
    const text = 'Use code SAVE10 today. Thanks';
    const old = { ...finding(0, 8, text, [{ label: 'x', replacement: '' }]), actual: 'Get code' };
    expect(fixAll(text, [old])).toEqual({ text, applied: 0, left: 1 });
  });

  it('joins removals of neighbouring sentences that share the space between them', () => {
    const text = 'Hi Maria, thank you for your order! Use code SAVE10 for 10% off your next order. If you are happy, please leave a 5-star review; if not, contact us first at help@myshop.com.';
    const result = fixAll(text);
    expect(result.text).toBe('Hi Maria, thank you for your order!');
    expect(result.left).toBe(0);
  });

  it('takes one of the two spaces around a removal', () => {
    const text = 'One. Two bad. Three.';
    expect(fixAll(text, [finding(5, 13, text, [{ label: 'r', replacement: '' }])]).text).toBe('One. Three.');
  });

  it('leaves no double space where two removals meet', () => {
    const text = 'One. Two bad. Three bad. Four.';
    const findings = [finding(5, 13, text, [{ label: 'r', replacement: '', start: 5, end: 14 }]), finding(14, 24, text, [{ label: 'r', replacement: '', start: 14, end: 25 }])];
    expect(fixAll(text, findings).text).toBe('One. Four.');
  });
});
