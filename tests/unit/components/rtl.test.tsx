/**
 * Arabic is written right to left: when the UI language is Arabic, every box Clearsend draws (the
 * panel, the template picker, the send guard, the highlight tips, the popup and the options page)
 * is laid out right to left, its styles use logical sides, and the panel sits on the left of the
 * compose box (docked in the lower left corner) where the page leaves room.
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { placePanel } from '../../../components/AssistantApp';
import { AssistantPanel } from '../../../components/AssistantPanel';
import { OptionsPage } from '../../../components/OptionsPage';
import { Popup } from '../../../components/Popup';
import { SendGuardDialog } from '../../../components/SendGuardDialog';
import { TemplatePicker } from '../../../components/TemplatePicker';
import { directionOf, uiDirection, uiLanguage } from '../../../lib/i18n';
import { lint } from '../../../lib/rules/index';

type Messages = Record<string, { message: string }>;

/** The browser shows the extension in `locale`, as the built extension's messages say. */
function speak(locale: string): Messages {
  const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Messages;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, substitutions?: string | string[]) => {
    let text = messages[key]?.message ?? '';
    const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    values.forEach((value, i) => (text = text.replaceAll(`$${i + 1}`, value)));
    return text;
  }) as never);
  return messages;
}

const handlers = () => ({
  onApply: vi.fn(),
  onFixAll: vi.fn(),
  onIgnore: vi.fn(),
  onDisableRule: vi.fn(),
  onActivate: vi.fn(),
  onDismissNotice: vi.fn(),
});

function rect(left: number, top: number, width: number, height: number): DOMRect {
  return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) } as DOMRect;
}

function viewport(width: number): void {
  Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, value: width });
}

/** The panel's width as the app places it (components/AssistantApp.tsx). */
const WIDTH = 340;

beforeEach(() => fakeBrowser.reset());
afterEach(() => viewport(0));

describe('the UI direction', () => {
  it('is right to left in Arabic and left to right otherwise', () => {
    speak('ar');
    expect(uiLanguage()).toBe('ar');
    expect(uiDirection()).toBe('rtl');
    vi.restoreAllMocks();
    speak('de');
    expect(uiDirection()).toBe('ltr');
    vi.restoreAllMocks();
    // No i18n answer (unit tests, a broken profile): English, left to right.
    expect(uiDirection()).toBe('ltr');
  });
});

describe('in Arabic', () => {
  beforeEach(() => {
    speak('ar');
  });

  it('the panel is right to left, in Arabic, and each quote keeps its own direction', () => {
    const findings = lint({ body: 'استخدم كود الخصم SAVE10 في طلبك القادم. Follow us on Instagram.' }, { uiLanguage: 'ar' });
    render(<AssistantPanel findings={findings} {...handlers()} />);
    const panel = document.querySelector('.cs-panel') as HTMLElement;
    expect(panel.getAttribute('dir')).toBe('rtl');
    expect(panel.getAttribute('lang')).toBe('ar');
    expect(panel.querySelector('.cs-verdict')?.textContent).toMatch(/^ستحظر أمازون هذه الرسالة/u);
    const quotes = [...panel.querySelectorAll('q.cs-actual')];
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.getAttribute('dir')).toBe('auto');
    // The engine's own texts are Arabic too, with Arabic quotation marks.
    expect(findings.find((f) => f.category === 'promotion')?.message).toMatch(/^«.+» عبارة ترويجية/u);
  });

  it('the send guard and the template picker are right to left', async () => {
    const findings = lint({ body: 'يرجى إلغاء الطلب من حسابك.' }, { uiLanguage: 'ar' }).filter((f) => f.severity === 'error');
    render(<SendGuardDialog errors={findings} onSendAnyway={vi.fn()} onFixFirst={vi.fn()} />);
    expect(document.querySelector('.cs-guard-backdrop')?.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('alertdialog').textContent).toContain('ستحظر أمازون هذه الرسالة');
    render(<TemplatePicker requestKey={1} load={async () => []} onUse={vi.fn()} onClose={vi.fn()} />);
    expect(document.querySelector('.cs-templates')?.getAttribute('dir')).toBe('rtl');
    expect(await screen.findByText(/لا يوجد قالب محفوظ مناسب/u)).toBeTruthy();
  });

  it('the panel sits on the left of the compose box when there is room, else on the right', () => {
    viewport(1600);
    const box = rect(420, 300, 820, 160);
    const left = placePanel(box, rect(0, 0, 0, 0));
    expect(left.kind).toBe('left');
    expect(parseFloat(left.style.left!) + WIDTH).toBeLessThanOrEqual(box.left);
    // No room on the left: the right, as in a left-to-right UI.
    const right = placePanel(rect(100, 300, 820, 160), rect(0, 0, 0, 0));
    expect(right.kind).toBe('right');
  });

  it('docks in the lower left corner when there is no room beside the box', () => {
    viewport(900);
    const placement = placePanel(rect(40, 300, 820, 160), rect(0, 0, 0, 0));
    expect(placement).toMatchObject({ kind: 'dock', style: { position: 'fixed', left: '16px', bottom: '16px' } });
    expect(placement.style.right).toBeUndefined();
  });

  it('a left-to-right UI keeps the right side first', () => {
    viewport(2000);
    expect(placePanel(rect(420, 300, 820, 160), rect(0, 0, 0, 0), 'ltr').kind).toBe('right');
  });

  it('the popup is right to left, in Arabic', async () => {
    vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(<Popup />);
    const main = document.querySelector('main.cs-popup') as HTMLElement;
    expect(main.getAttribute('dir')).toBe('rtl');
    expect(main.getAttribute('lang')).toBe('ar');
    expect(await screen.findByRole('combobox', { name: 'اللغة' })).toBeTruthy();
  });

  it('the options page is right to left, in Arabic', () => {
    // The options page listens for permission changes (webmail); the fake browser has no events.
    const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
    for (const name of ['onAdded', 'onRemoved']) {
      const event = permissions[name] as { addListener(): void; removeListener(): void } | undefined;
      if (!event) continue;
      // Replaced, not spied on: the page unsubscribes after the test, when spies are restored.
      event.addListener = () => undefined;
      event.removeListener = () => undefined;
    }
    permissions.contains = async () => false;
    permissions.getAll = async () => ({ origins: [], permissions: [] });
    const view = render(<OptionsPage />);
    const main = document.querySelector('main.options') as HTMLElement;
    expect(main.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('إعدادات Clearsend');
    view.unmount();
  });
});

describe('the styles', () => {
  const files = ['assistant.css', 'findings.css', 'popup.css', 'options.css', 'extension-page.css'];
  it.each(files)('%s uses logical sides for margins, paddings, borders and alignment', (file) => {
    const css = readFileSync(`components/${file}`, 'utf8').replace(/\/\*[\s\S]*?\*\//gu, '');
    const physical = css.match(/(?:margin|padding|border)-(?:left|right)\b|text-align:\s*(?:left|right)\b|float:\s*(?:left|right)\b/gu) ?? [];
    expect(physical).toEqual([]);
  });

  it('quote the flagged words with Arabic marks in an Arabic UI', () => {
    expect(readFileSync('components/findings.css', 'utf8')).toMatch(/\.cs-actual:lang\(ar\)\s*\{\s*quotes:\s*'«' '»'/u);
  });
});

describe('a template in the popup', () => {
  it('is laid out in its own language: an Arabic one right to left in an English UI', async () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('de')).toBe('ltr');
    vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(<Popup />);
    const language = (await screen.findByRole('combobox', { name: 'Language' })) as HTMLSelectElement;
    fireEvent.change(language, { target: { value: 'ar' } });
    const titles = await screen.findAllByText('طلب تقييم');
    expect(titles.some((el) => el.getAttribute('dir') === 'rtl')).toBe(true);
  });
});
