import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { AssistantPanel } from '../../../components/AssistantPanel';
import { lint } from '../../../lib/rules/index';

const handlers = () => ({
  onApply: vi.fn(),
  onIgnore: vi.fn(),
  onDisableRule: vi.fn(),
  onActivate: vi.fn(),
  onDismissNotice: vi.fn(),
});

describe('the assistant panel', () => {
  it('is quiet when all is well, and says so to screen readers', () => {
    render(<AssistantPanel findings={[]} {...handlers()} />);
    expect(screen.getByText('No problems found')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/no problems/i);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('counts findings by severity, explains each, and offers the fix, ignore and rule-off actions', () => {
    const findings = lint({ subject: '[Important] Delivery', body: 'Please leave a 5-star review for order 112-1234567-1234567.' });
    const h = handlers();
    render(<AssistantPanel findings={findings} {...h} />);
    const errors = findings.filter((f) => f.severity === 'error').length;
    expect(screen.getByRole('status').textContent).toContain(`${errors} errors`);
    const review = findings.find((f) => f.category === 'review-manipulation')!;
    const item = document.querySelector(`[data-rule="${review.ruleId}"]`)!;
    expect(item.textContent).toContain(review.message);
    expect(item.textContent).toContain('5-star review');
    fireEvent.click(item.querySelector('[data-action="apply"]')!);
    expect(h.onApply).toHaveBeenCalledWith(review, review.suggestions![0]);
    fireEvent.click(item.querySelector('[data-action="ignore"]')!);
    expect(h.onIgnore).toHaveBeenCalledWith(review);
    fireEvent.click(item.querySelector('[data-action="disable"]')!);
    expect(h.onDisableRule).toHaveBeenCalledWith(review.ruleId);
    // Every action is a real button: reachable and operable from the keyboard.
    for (const action of item.querySelectorAll('[data-action]')) expect(action.tagName).toBe('BUTTON');
  });

  it('says when no contact reason can make the message permitted', () => {
    const findings = lint({ body: 'Use code SAVE10 for 10% off your next order 112-1234567-1234567.' }, { contactReason: 'address-issue' });
    render(<AssistantPanel findings={findings} {...handlers()} />);
    expect(document.querySelector('[data-advice="not-permitted"]')?.textContent).toMatch(/promotions/);
  });

  it('shows why a fix was not applied', () => {
    const h = handlers();
    render(<AssistantPanel findings={[]} notice="stale" {...h} />);
    expect(screen.getByRole('alert').textContent).toMatch(/nothing was replaced/);
    fireEvent.click(screen.getByText('Dismiss'));
    expect(h.onDismissNotice).toHaveBeenCalled();
  });
});
