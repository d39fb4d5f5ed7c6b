import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { AssistantPanel } from '../../../components/AssistantPanel';
import { lint } from '../../../lib/rules/index';

const handlers = () => ({
  onApply: vi.fn(),
  onFixAll: vi.fn(),
  onIgnore: vi.fn(),
  onDisableRule: vi.fn(),
  onActivate: vi.fn(),
  onDismissNotice: vi.fn(),
});

describe('the assistant panel', () => {
  it('is quiet when all is well, and says so to screen readers', () => {
    render(<AssistantPanel findings={[]} {...handlers()} />);
    expect(screen.getByText('Nothing Amazon would block')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/no problems/i);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('says the verdict first, groups findings by category with a count, and puts the fix on the line', () => {
    const body = 'Use code SAVE10 for 10% off! Follow us on Instagram for our newest deals. Your parcel ships today.';
    const findings = lint({ body });
    const h = handlers();
    render(<AssistantPanel findings={findings} {...h} />);
    const errors = findings.filter((f) => f.severity === 'error').length;
    expect(document.querySelector('.cs-verdict')?.textContent).toBe(`Amazon would block this: ${errors} problems`);
    const promotion = document.querySelector('[data-group="promotion"]')!;
    expect(promotion.querySelector('.cs-group-head')?.textContent).toBe(`Marketing and promotion ${findings.filter((f) => f.category === 'promotion').length}`);
    // One line per finding: the words quoted, the first fix as a button beside them.
    const line = promotion.querySelector('.cs-finding')!;
    expect(line.querySelector('q')?.textContent).toBe(findings.find((f) => f.category === 'promotion')!.actual.trim());
    expect(line.querySelector('.cs-line [data-action="apply"]')?.textContent).toBe('Remove this sentence');
    // The why is there on expand only.
    expect((line.querySelector('.cs-details') as HTMLElement).hidden).toBe(true);
    fireEvent.click(line.querySelector('[data-action="details"]')!);
    expect((line.querySelector('.cs-details') as HTMLElement).hidden).toBe(false);
    expect(line.querySelector('.cs-why')?.textContent).toMatch(/Why:/);
    fireEvent.click(screen.getByText(/^Fix all \(\d+\)$/));
    expect(h.onFixAll).toHaveBeenCalled();
  });

  it('says what Fix all did, and where it is when docked', () => {
    const findings = lint({ body: 'Dear {buyer_name}, thank you for your order.' }, { asSent: true, fill: { buyerName: 'Sam' } });
    render(<AssistantPanel findings={findings} fixedAll={{ applied: 2, left: 1 }} docked {...handlers()} />);
    expect(document.querySelector('.cs-fixed')?.textContent).toBe('Fixed 2 in one edit: Ctrl+Z undoes it. 1 left need your choice.');
    expect(document.querySelector('.cs-docked')).not.toBeNull();
  });

  it('offers no Fix all when every fix needs a choice', () => {
    const findings = lint({ body: 'Thank you for your order!' });
    render(<AssistantPanel findings={findings} {...handlers()} />);
    expect(document.querySelector('[data-action="fix-all"]')).toBeNull();
    expect(document.querySelector('[data-rule="thank-you-only"] [data-action="apply"]')?.textContent).toBe('Choose a template');
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

  it('says a message could not be checked, rather than showing it as clean', () => {
    render(<AssistantPanel findings={[]} notice="not-checked" {...handlers()} />);
    expect(screen.getByRole('alert').textContent).toMatch(/could not check this message/);
    expect(document.querySelector('.cs-panel')?.getAttribute('data-state')).toBe('unchecked');
    expect(document.querySelector('.cs-verdict')?.textContent).toBe('');
    expect(screen.getByRole('status').textContent).not.toMatch(/no problems/);
  });
});

describe('where the panel is placed', () => {
  it('beside the page\'s component, or beside the box when the component takes no space', async () => {
    const { anchorOf } = await import('../../../components/AssistantApp');
    const host = document.createElement('kat-textarea');
    const element = document.createElement('textarea');
    const sized = (el: HTMLElement, width: number) => (el.getBoundingClientRect = () => ({ width, height: width }) as DOMRect);
    sized(element, 300);
    sized(host, 0);
    expect(anchorOf({ kind: 'textarea', role: 'body', element, host, foundBy: 'katal' })).toBe(element);
    sized(host, 320);
    expect(anchorOf({ kind: 'textarea', role: 'body', element, host, foundBy: 'katal' })).toBe(host);
  });
});
