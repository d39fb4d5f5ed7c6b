// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WebmailSection } from '../../../components/options/WebmailSection';
import { WEBMAIL_MATCHES } from '../../../lib/webmail/hosts';

/** The browser's grant, as permissions.contains sees it. */
let granted: { origins: string[]; permissions: string[] };

beforeEach(() => {
  fakeBrowser.reset();
  granted = { origins: [], permissions: [] };
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Clearsend', version: '0.1.0' });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(({ origins = [], permissions = [] }) =>
    Promise.resolve(origins.every((o) => granted.origins.includes(o)) && permissions.every((p) => granted.permissions.includes(p))),
  );
});

describe('the options page\'s webmail switch', () => {
  it('is off until the seller turns it on; asks for the mail hosts and scripting from the click', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((asked) => {
      granted = { origins: asked.origins ?? [], permissions: (asked.permissions ?? []) as string[] };
      return Promise.resolve(true);
    });
    render(<WebmailSection />);
    await waitFor(() => expect(screen.getByTestId('webmail').getAttribute('data-state')).toBe('off'));
    expect(screen.getByTestId('webmail').textContent).toMatch(/only while one of its recipients is an Amazon buyer/);
    fireEvent.click(screen.getByRole('button', { name: /Turn on/ }));
    // Asked in the click itself, before anything is awaited: browsers require a user gesture.
    expect(request).toHaveBeenCalledWith({ origins: WEBMAIL_MATCHES, permissions: ['scripting'] });
    await waitFor(() => expect(screen.getByTestId('webmail').getAttribute('data-state')).toBe('on'));
    expect(screen.getByTestId('webmail-state').textContent).toMatch(/^On/);
  });

  it('says so when the browser refuses, and stays off', async () => {
    // The polyfill's types say void; browsers answer whether the seller allowed it.
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(() => Promise.resolve(false) as unknown as Promise<void>);
    render(<WebmailSection />);
    await waitFor(() => expect(screen.getByTestId('webmail').getAttribute('data-state')).toBe('off'));
    fireEvent.click(screen.getByRole('button', { name: /Turn on/ }));
    await screen.findByTestId('webmail-refused');
    expect(screen.getByTestId('webmail').getAttribute('data-state')).toBe('off');
  });

  it('turns off: gives every mail host back', async () => {
    granted = { origins: [...WEBMAIL_MATCHES], permissions: ['scripting'] };
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(() => {
      granted = { origins: [], permissions: [] };
      return Promise.resolve(true);
    });
    render(<WebmailSection />);
    await waitFor(() => expect(screen.getByTestId('webmail').getAttribute('data-state')).toBe('on'));
    fireEvent.click(screen.getByRole('button', { name: 'Turn off' }));
    await waitFor(() => expect(screen.getByTestId('webmail').getAttribute('data-state')).toBe('off'));
    expect(remove).toHaveBeenCalledWith({ origins: WEBMAIL_MATCHES, permissions: ['scripting'] });
  });
});
