// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../../components/OptionsPage';
import { FILE_FORMAT } from '../../../lib/import-export';
import { loadSettings, loadTemplates, saveTemplate } from '../../../lib/storage';
import type { Template } from '../../../lib/storage';

const PROMOTION = 'Use code SAVE10 for 10% off your next order';
const COMPLIANT =
  'Hello {buyerName},\n\nyour order {orderId} is ready. Please tell us which day suits you for the delivery of your {productName}.\n\nKind regards,\n{sellerName}';

function stored(overrides: Partial<Template> = {}): Template {
  return { id: 'tpl-1', purpose: 'delivery-scheduling', locale: 'en', title: 'Delivery day', body: COMPLIANT, createdAt: 1, updatedAt: 1, ...overrides };
}

async function renderPage() {
  const view = render(<OptionsPage />);
  await screen.findByLabelText('Your name or shop name');
  return view;
}

function settingsStatus() {
  return within(screen.getByRole('region', { name: 'Settings' }));
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings', () => {
  it('saves the send guard, a rule and the name on change, and says so', async () => {
    await renderPage();
    const guard = screen.getByRole('switch', { name: 'Send guard' });
    expect((guard as HTMLInputElement).checked).toBe(true);
    fireEvent.click(guard);
    await waitFor(() => expect(settingsStatus().getByText('Saved')).toBeTruthy());
    expect((await loadSettings()).sendGuard).toBe(false);

    fireEvent.click(screen.getByRole('switch', { name: 'Marketing and promotion' }));
    await waitFor(async () => expect((await loadSettings()).disabledRules).toEqual(['promotion']));

    fireEvent.input(screen.getByLabelText('Your name or shop name'), { target: { value: 'Acme Crafts' } });
    await waitFor(async () => expect((await loadSettings()).sellerName).toBe('Acme Crafts'));
  });

  it('groups the rules by category, each with its description', async () => {
    await renderPage();
    const group = screen.getByRole('group', { name: 'Contact details' });
    expect(within(group).getByRole('switch', { name: 'Email address' })).toBeTruthy();
    expect(within(group).getAllByRole('switch').length).toBeGreaterThan(1);
  });

  it('shows a notice when sync is over its quota and the settings stay in this browser', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded.'));
    await renderPage();
    fireEvent.click(screen.getByRole('switch', { name: 'Send guard' }));
    await waitFor(() => expect(settingsStatus().getByText(/over the browser sync limit/)).toBeTruthy());
    expect((await loadSettings()).sendGuard).toBe(false);
  });
});

async function openNewTemplate(title: string, body: string) {
  fireEvent.click(screen.getByRole('button', { name: 'New template' }));
  fireEvent.input(screen.getByLabelText('Title'), { target: { value: title } });
  fireEvent.input(screen.getByLabelText('Message'), { target: { value: body } });
}

describe('the template editor', () => {
  it('refuses a promotional body, shows why, and saves nothing', async () => {
    await renderPage();
    await openNewTemplate('Coupon', PROMOTION);
    const save = screen.getByRole('button', { name: 'Save template' }) as HTMLButtonElement;
    await waitFor(() => expect(screen.getAllByText(/"Use code" is promotional/).length).toBeGreaterThan(0));
    expect(save.disabled).toBe(true);
    // The handler refuses too, whatever the button's state.
    fireEvent.submit(save.closest('form') as HTMLFormElement);
    await waitFor(() => expect(screen.getByText('Not saved. Fix these first:')).toBeTruthy());
    const form = within(save.closest('form') as HTMLFormElement);
    expect(form.getAllByText(/Buyer-Seller Messaging may not be used for marketing: no coupons/).length).toBeGreaterThan(0);
    expect(await loadTemplates()).toEqual([]);
  });

  it('refuses at once, before the debounced check runs', async () => {
    await renderPage();
    await openNewTemplate('Fast', COMPLIANT);
    await waitFor(() => expect((screen.getByRole('button', { name: 'Save template' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.input(screen.getByLabelText('Message'), { target: { value: `${COMPLIANT} {foo}` } });
    fireEvent.submit(screen.getByRole('button', { name: 'Save template' }).closest('form') as HTMLFormElement);
    await waitFor(() => expect(screen.getByText('Not saved. Fix these first:')).toBeTruthy());
    expect(screen.getAllByText(/"\{foo\}" is not a placeholder/).length).toBeGreaterThan(0);
    expect(await loadTemplates()).toEqual([]);
  });

  it('saves a compliant body', async () => {
    await renderPage();
    await openNewTemplate('Delivery day', COMPLIANT);
    const save = screen.getByRole('button', { name: 'Save template' }) as HTMLButtonElement;
    await waitFor(() => expect(save.disabled).toBe(false));
    fireEvent.click(save);
    await waitFor(async () => expect(await loadTemplates()).toHaveLength(1));
    const [saved] = await loadTemplates();
    expect(saved).toMatchObject({ title: 'Delivery day', body: COMPLIANT, locale: 'en', purpose: 'delivery-scheduling' });
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Your templates' })).getByText('Delivery day')).toBeTruthy());
  });

  it('edits and duplicates a stored template', async () => {
    await saveTemplate(stored());
    await renderPage();
    await screen.findByText('Delivery day');
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate Delivery day' }));
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Delivery day (copy)');
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(async () => expect((await loadTemplates()).map((t) => t.title)).toEqual(['Delivery day', 'Delivery day (copy)']));
  });
});

describe('deleting a template', () => {
  it('asks first, and cancel keeps it', async () => {
    await saveTemplate(stored());
    await renderPage();
    await screen.findByText('Delivery day');
    fireEvent.click(screen.getByRole('button', { name: 'Delete Delivery day' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete "Delivery day"?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await loadTemplates()).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Delete Delivery day' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await loadTemplates()).toEqual([]));
    await waitFor(() => expect(screen.getByText('No templates of your own yet.')).toBeTruthy());
  });
});

function chooseFile(text: string, name = 'templates.json', size?: number) {
  const file = new File([text], name, { type: 'application/json' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  const input = screen.getByLabelText('Import templates…') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('import', () => {
  const hostile = JSON.stringify({
    format: FILE_FORMAT,
    version: 1,
    templates: [
      stored({ id: 'a', title: '<img src=x onerror=alert(1)>Delivery', body: `${COMPLIANT}<script>document.title='pwned'</script>` }),
      stored({ id: 'b', title: 'Coupon', body: PROMOTION }),
    ],
  });

  it('shows the report before writing, and writes nothing on cancel', async () => {
    await renderPage();
    chooseFile(hostile);
    const report = await screen.findByRole('heading', { name: 'Import report: templates.json' });
    const region = report.parentElement as HTMLElement;
    expect(within(region).getByText('Will import')).toBeTruthy();
    expect(within(region).getByText('Refused')).toBeTruthy();
    expect(within(region).getByText(/Changed by sanitizing .*: Title, Message/)).toBeTruthy();
    expect(within(region).getByText('Delivery')).toBeTruthy();
    expect(document.querySelector('main img, main script')).toBeNull();
    expect(await loadTemplates()).toEqual([]);

    fireEvent.click(within(region).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { name: /Import report/ })).toBeNull();
    expect(await loadTemplates()).toEqual([]);
  });

  it('writes the accepted templates, with a new id on conflict', async () => {
    await saveTemplate(stored({ id: 'a' }));
    await renderPage();
    await screen.findByText('Delivery day');
    chooseFile(hostile);
    fireEvent.click(await screen.findByRole('button', { name: 'Import 1 templates' }));
    await waitFor(() => expect(screen.getByText('Imported 1 templates.')).toBeTruthy());
    const templates = await loadTemplates();
    expect(templates.map((t) => t.title)).toEqual(['Delivery day', 'Delivery']);
    expect(templates[1]?.id).not.toBe('a');
    expect(templates[1]?.body).toBe(COMPLIANT);
  });

  it('refuses an oversized file before reading it, and a malformed one with the reason', async () => {
    await renderPage();
    chooseFile('{}', 'big.json', 600 * 1024);
    expect((await screen.findByRole('alert')).textContent).toMatch(/big\.json cannot be imported.*larger than 512 KB.*Nothing was changed/);
    chooseFile('{"format": ', 'broken.json');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/broken\.json cannot be imported.*not valid JSON: .+/));
    expect(await loadTemplates()).toEqual([]);
  });
});
