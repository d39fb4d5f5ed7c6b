import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AssistantSettings, AssistantStore } from '../../../lib/assistant/controller';
import { startAssistant } from '../../../lib/assistant/controller';
import { composeSite } from '../../../lib/page/webmail';
import { gmail } from '../../../lib/page/gmail';
import { lint } from '../../../lib/rules/index';

function store(): AssistantStore {
  const settings: AssistantSettings = { disabledRules: [], sendGuard: true };
  return {
    loadSettings: () => Promise.resolve(settings),
    watchSettings: () => () => undefined,
    disableRule: () => Promise.resolve(),
    loadIgnored: () => Promise.resolve(new Set<string>()),
    addIgnored: () => Promise.resolve(),
    reviewRequestedOn: () => Promise.resolve(undefined),
    recordReviewRequest: () => Promise.resolve(),
  };
}

/** A Gmail compose window: a To chip, the subject box, the body and Send (../shared/domain/webmail.md). */
function compose(): { root: HTMLElement; subject: HTMLInputElement; body: HTMLElement; send: HTMLElement; sent: string[] } {
  const root = document.createElement('div');
  root.className = 'M9';
  const to = document.createElement('div');
  to.setAttribute('name', 'to');
  const chip = document.createElement('div');
  chip.setAttribute('role', 'option');
  chip.setAttribute('data-hovercard-id', 'maria+a1@marketplace.amazon.com');
  to.append(chip);
  const subject = document.createElement('input');
  subject.name = 'subjectbox';
  const body = document.createElement('div');
  body.contentEditable = 'true';
  body.setAttribute('g_editable', 'true');
  const send = document.createElement('div');
  send.setAttribute('role', 'button');
  send.className = 'aoO';
  send.textContent = 'Send';
  const sent: string[] = [];
  send.addEventListener('click', () => sent.push(body.textContent ?? ''));
  // Gmail sends on Ctrl/Cmd+Enter anywhere in the window.
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.ctrlKey) sent.push(body.textContent ?? '');
  });
  root.append(to, subject, body, send);
  document.body.append(root);
  return { root, subject, body, send, sent };
}

describe('the assistant in one compose window', () => {
  let abort: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    abort = new AbortController();
    document.body.replaceChildren();
  });
  afterEach(() => {
    abort.abort();
    vi.useRealTimers();
  });

  it('checks the subject and the body, and holds Ctrl+Enter and Send while Amazon would block them', async () => {
    const win = compose();
    const controller = startAssistant({ doc: document, lint: async (m, o) => lint(m, o), signal: abort.signal, store: store(), site: composeSite(gmail, win.root) });
    win.subject.value = '[Important] your order';
    win.subject.dispatchEvent(new InputEvent('input', { bubbles: true }));
    win.body.textContent = 'Use code SAVE10 for 10% off.';
    win.body.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(400);
    const categories = controller.snapshot().fields.flatMap((f) => f.findings.map((x) => `${f.field.role}:${x.category}`));
    expect(categories).toContain('subject:important-tag');
    expect(categories).toContain('body:promotion');

    const key = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true, composed: true });
    win.body.dispatchEvent(key);
    expect(key.defaultPrevented).toBe(true);
    expect(win.sent).toEqual([]);
    expect(controller.snapshot().guard?.held).toEqual({ kind: 'key' });

    // Send anyway presses Send once, past the guard.
    controller.sendAnyway();
    expect(win.sent).toEqual(['Use code SAVE10 for 10% off.']);
    win.send.click();
    expect(win.sent).toHaveLength(1);
    expect(controller.snapshot().guard).toBeDefined();
  });

  it('lets Ctrl+Enter through when nothing is wrong, and a key outside its window is none of its business', async () => {
    const win = compose();
    const other = compose();
    const controller = startAssistant({ doc: document, lint: async (m, o) => lint(m, o), signal: abort.signal, store: store(), site: composeSite(gmail, win.root) });
    win.body.textContent = 'Use code SAVE10 for 10% off.';
    win.body.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(400);
    other.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(other.sent).toHaveLength(1);
    expect(controller.snapshot().guard).toBeUndefined();
    win.body.textContent = 'The carrier could not find house number 12 on your street. Could you confirm the address for the delivery of your lamp?';
    win.body.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(400);
    win.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(win.sent).toHaveLength(1);
  });
});
