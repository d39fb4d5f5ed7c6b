import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../../components/Popup';
import type { ContextResponse, ContentRequest } from '../../../lib/messaging';
import { saveSettings, saveTemplate } from '../../../lib/storage/index';
import { fillPlaceholders, findTemplate } from '../../../lib/templates/index';

const CONTEXT: ContextResponse = {
  context: {
    marketplace: 'sellercentral.amazon.com',
    orderId: '112-1234567-1234567',
    buyerName: 'Maria Garcia',
    buyerLanguage: 'es',
    buyerLanguageLabel: 'Spanish',
    contactReason: 'other',
  },
  hasComposeBox: true,
};

/** The content script of tab `tabId` answers like a contact-buyer page; others have none. */
function pageAnswers(tabId: number, context: ContextResponse | null, insert: unknown = { ok: true }) {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (id: number, message: ContentRequest) => {
    if (id !== tabId || !context) throw new Error('Could not establish connection. Receiving end does not exist.');
    return message.type === 'clearsend:get-context' ? context : insert;
  }) as never);
}

async function activeTab(): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ active: true });
  return tab.id!;
}

/** The English messages the built extension shows (unit tests otherwise see the fallbacks). */
function withEnglishMessages(): void {
  const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => messages[key]?.message ?? '') as never);
}

const options = () => within(screen.getByRole('listbox')).getAllByRole('option');
const languageSelect = () => screen.getByRole('combobox', { name: 'Language' }) as HTMLSelectElement;

describe('Popup', () => {
  let close: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    fakeBrowser.reset();
    close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
  });

  it('shows the order, the buyer and their language, and preselects Spanish', async () => {
    const tabId = await activeTab();
    pageAnswers(tabId, CONTEXT);
    render(<Popup />);
    expect(await screen.findByText('112-1234567-1234567')).toBeTruthy();
    expect(screen.getByText('Maria Garcia')).toBeTruthy();
    expect(screen.getByText('Spanish')).toBeTruthy();
    await waitFor(() => expect(languageSelect().value).toBe('es'));
    expect(options().every((option) => option.dataset.templateId?.startsWith('builtin.es.'))).toBe(true);
    expect(options()).toHaveLength(9);
    // Each template says which contact reason to choose and whether it reaches an opted-out buyer.
    const first = options()[0]!;
    expect(first.textContent).toContain('Contact reason: Resolve a shipping address issue');
    expect(first.textContent).toContain('Delivered even if the buyer opted out');
    expect(options()[6]!.textContent).toContain('Not delivered if the buyer opted out');
    // The keyboard starts on the first template.
    await waitFor(() => expect(document.activeElement).toBe(first));
    expect(first.getAttribute('aria-selected')).toBe('true');
  });

  it('on a messaging page without a message box, offers a page report, copies it and shows it', async () => {
    const tabId = await activeTab();
    const report = 'Clearsend page report v1\nfound:\n  message box: no';
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (id: number, message: ContentRequest) => {
      if (id !== tabId) throw new Error('Receiving end does not exist.');
      return message.type === 'clearsend:page-report' ? { report } : { ...CONTEXT, hasComposeBox: false };
    }) as never);
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<Popup />);
    expect(await screen.findByText(/Clearsend cannot read it/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy a page report' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(report));
    expect(await screen.findByText(/Paste it into your bug report/)).toBeTruthy();
    expect(document.querySelector('.cs-popup-report-text pre')?.textContent).toBe(report);
    expect(send.mock.calls.some(([, message]) => (message as ContentRequest).type === 'clearsend:page-report')).toBe(true);
  });

  it('offers no page report where the message box was found', async () => {
    const tabId = await activeTab();
    pageAnswers(tabId, CONTEXT);
    render(<Popup />);
    expect(await screen.findByText('112-1234567-1234567')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Copy a page report' })).toBeNull();
  });

  it('says when the tab is not a messaging page, and copies instead of inserting', async () => {
    await activeTab();
    const send = pageAnswers(-1, null);
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<Popup />);
    expect(await screen.findByText(/not a Seller Central messaging page/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Insert' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Copy to clipboard' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(await screen.findByText(/Copied/)).toBeTruthy();
    // Nothing filled: the tokens stay for the seller.
    expect(writeText.mock.calls[0]).toEqual([expect.stringContaining('{orderId}')]);
    expect(send.mock.calls.every(([, message]) => (message as ContentRequest).type === 'clearsend:get-context')).toBe(true);
    expect(close).not.toHaveBeenCalled();
  });

  it('offers copying when the messaging page has no compose box', async () => {
    const tabId = await activeTab();
    pageAnswers(tabId, { ...CONTEXT, hasComposeBox: false });
    render(<Popup />);
    expect(await screen.findByText(/No message box on this page/)).toBeTruthy();
    expect(screen.getByText('Maria Garcia')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Insert' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy to clipboard' })).toBeTruthy();
  });

  it('filters by search words and purpose, and changes language', async () => {
    const tabId = await activeTab();
    pageAnswers(tabId, CONTEXT);
    render(<Popup />);
    await waitFor(() => expect(languageSelect().value).toBe('es'));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'factura' } });
    await waitFor(() => expect(options().map((o) => o.dataset.templateId)).toEqual(['builtin.es.invoice']));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Purpose' }), { target: { value: 'delivery-scheduling' } });
    await waitFor(() => expect(options().map((o) => o.dataset.templateId)).toEqual(['builtin.es.delivery-scheduling']));
    fireEvent.change(languageSelect(), { target: { value: 'de' } });
    await waitFor(() => expect(options().map((o) => o.dataset.templateId)).toEqual(['builtin.de.delivery-scheduling']));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'nothing like this' } });
    expect(await screen.findByText(/No template matches/)).toBeTruthy();
  });

  it('typing or "/" outside a field goes to the search', async () => {
    const tabId = await activeTab();
    pageAnswers(tabId, CONTEXT);
    render(<Popup />);
    await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('option'));
    fireEvent.keyDown(document.activeElement!, { key: 'f' });
    const search = screen.getByRole('searchbox') as HTMLInputElement;
    expect(document.activeElement).toBe(search);
    await waitFor(() => expect(search.value).toBe('f'));
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('role')).toBe('option');
    fireEvent.keyDown(document.activeElement!, { key: '/' });
    expect(document.activeElement).toBe(search);
  });

  it('previews with the page’s and the settings’ values filled and the rest marked', async () => {
    await saveSettings({ sellerName: 'Northwind Home' });
    const tabId = await activeTab();
    pageAnswers(tabId, CONTEXT);
    render(<Popup />);
    const preview = await screen.findByTestId('preview');
    await waitFor(() => expect(preview.textContent).toContain('Northwind Home'));
    expect(preview.textContent).toContain('Hola, Maria Garcia:');
    expect(preview.textContent).toContain('112-1234567-1234567');
    const marks = within(preview).getAllByText('{productName}');
    expect(marks[0]!.tagName).toBe('MARK');
    expect(marks[0]!.dataset.placeholder).toBe('productName');
    expect(screen.getByText('Fill in before sending: {productName}')).toBeTruthy();
  });

  it('arrow keys move through the list and Enter inserts the filled template, then closes', async () => {
    await saveSettings({ sellerName: 'Northwind Home' });
    const tabId = await activeTab();
    const send = pageAnswers(tabId, CONTEXT);
    render(<Popup />);
    await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('option'));
    await screen.findByText((text) => text.includes('Northwind Home'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-template-id')).toBe('builtin.es.customization-confirmation');
    expect(document.activeElement?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    const focused = document.activeElement as HTMLElement;
    expect(focused.dataset.templateId).toBe('builtin.es.delivery-scheduling');
    fireEvent.keyDown(focused, { key: 'Enter' });
    await waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    const expected = fillPlaceholders(findTemplate('builtin.es.delivery-scheduling')!.body, {
      orderId: '112-1234567-1234567',
      buyerName: 'Maria Garcia',
      sellerName: 'Northwind Home',
    }).text;
    expect(send).toHaveBeenLastCalledWith(tabId, { type: 'clearsend:insert-text', text: expected });
  });

  it('a click inserts; a refused insertion stays open and says why', async () => {
    const tabId = await activeTab();
    const send = pageAnswers(tabId, CONTEXT, { ok: false, reason: 'stale' });
    render(<Popup />);
    await waitFor(() => expect(languageSelect().value).toBe('es'));
    fireEvent.click(options()[3]!);
    expect(await screen.findByText(/The page changed while the popup was open/)).toBeTruthy();
    expect(send).toHaveBeenLastCalledWith(tabId, { type: 'clearsend:insert-text', text: expect.stringContaining('112-1234567-1234567') });
    expect(close).not.toHaveBeenCalled();
  });

  it('lists the seller’s own templates, marked as theirs', async () => {
    await saveTemplate({ id: 'mine1', purpose: 'invoice', locale: 'es', title: 'Mi factura', body: 'Hola {buyerName}, factura {orderId}.', createdAt: 1, updatedAt: 1 });
    const tabId = await activeTab();
    pageAnswers(tabId, CONTEXT);
    render(<Popup />);
    const title = await screen.findByText('Mi factura');
    const option = title.closest('[role="option"]') as HTMLElement;
    expect(within(option).getByText('Yours')).toBeTruthy();
    expect(option.textContent).toContain('Contact reason: Upload an invoice');
    expect(options()[0]).toBe(option);
  });

  it('uses another active tab when the current one has no content script', async () => {
    await activeTab(); // the popup's own tab, as when it is opened as a page
    pageAnswers(42, CONTEXT);
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (info: { currentWindow?: boolean }) =>
      info.currentWindow ? [{ id: 1 }] : [{ id: 1 }, { id: 42 }]) as never);
    render(<Popup />);
    expect(await screen.findByText('Maria Garcia')).toBeTruthy();
  });

  it('names itself and the marketplace in a short header, with the store name never in it', async () => {
    withEnglishMessages();
    const tabId = await activeTab();
    pageAnswers(tabId, { ...CONTEXT, context: { ...CONTEXT.context, marketplace: 'sellercentral.amazon.co.jp' } });
    render(<Popup />);
    const heading = await screen.findByRole('heading', { level: 1 });
    await screen.findByText('amazon.co.jp');
    expect(heading.textContent).toBe('Clearsend');
    const marketplace = document.querySelector('.cs-popup-marketplace') as HTMLElement;
    // The whole host stays available on hover.
    expect(marketplace.title).toBe('sellercentral.amazon.co.jp');
  });

  it('names each library template once: its title, no purpose label repeating it', async () => {
    withEnglishMessages();
    const tabId = await activeTab();
    pageAnswers(tabId, { ...CONTEXT, context: { ...CONTEXT.context, buyerLanguage: 'en', buyerLanguageLabel: 'English' } });
    render(<Popup />);
    await waitFor(() => expect(languageSelect().value).toBe('en'));
    const first = options()[0]!;
    expect(first.dataset.templateId).toBe('builtin.en.address-problem');
    // Its title is the purpose's very label: it was shown twice, one line under the other.
    expect(first.textContent!.split('Problem with the shipping address')).toHaveLength(2);
    expect(options().every((option) => option.querySelector('.cs-popup-purpose') === null)).toBe(true);
    // The purpose still finds it.
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'schedule a delivery' } });
    await waitFor(() => expect(options().map((o) => o.dataset.templateId)).toEqual(['builtin.en.delivery-scheduling']));
  });

  it('shows a seller’s own template’s purpose, unless its title is that purpose', async () => {
    await saveTemplate({ id: 'mine1', purpose: 'invoice', locale: 'es', title: 'Mi factura', body: 'Hola {buyerName}, factura {orderId}.', createdAt: 1, updatedAt: 1 });
    await saveTemplate({ id: 'mine2', purpose: 'invoice', locale: 'es', title: 'Send an invoice', body: 'Hola {buyerName}, otra factura {orderId}.', createdAt: 2, updatedAt: 2 });
    const tabId = await activeTab();
    pageAnswers(tabId, CONTEXT);
    render(<Popup />);
    const mine = (await screen.findByText('Mi factura')).closest('[role="option"]') as HTMLElement;
    expect(mine.querySelector('.cs-popup-purpose')?.textContent).toBe('Send an invoice');
    const named = options().find((option) => option.dataset.templateId?.endsWith('mine2'))!;
    expect(named.querySelector('.cs-popup-purpose')).toBeNull();
    expect(named.textContent!.split('Send an invoice')).toHaveLength(2);
  });
});
