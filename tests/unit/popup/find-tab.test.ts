import { describe, expect, it, vi } from 'vitest';
import { findMessagingTab, isContextResponse } from '../../../lib/popup/find-tab';
import type { TabsApi } from '../../../lib/popup/find-tab';

const answer = (orderId: string) => ({ context: { marketplace: 'sellercentral.amazon.com', orderId }, hasComposeBox: true });

function fakeTabs(current: number[], active: number[], answers: Record<number, unknown | Error | 'hang'>): TabsApi & { sendMessage: ReturnType<typeof vi.fn> } {
  return {
    query: vi.fn(async (info: { active?: boolean; currentWindow?: boolean }) => (info.currentWindow ? current : active).map((id) => ({ id }))),
    sendMessage: vi.fn((tabId: number) => {
      const value = answers[tabId];
      if (value === 'hang') return new Promise<unknown>(() => undefined);
      if (value instanceof Error || value === undefined) return Promise.reject(value ?? new Error('Could not establish connection. Receiving end does not exist.'));
      return Promise.resolve(value);
    }),
  };
}

describe('findMessagingTab', () => {
  it('uses the active tab of the current window when its content script answers', async () => {
    const tabs = fakeTabs([3], [3, 9], { 3: answer('111-0000000-0000001'), 9: answer('111-0000000-0000009') });
    const found = await findMessagingTab(tabs);
    expect(found).toMatchObject({ tabId: 3, hasComposeBox: true, context: { orderId: '111-0000000-0000001' } });
    expect(tabs.sendMessage).toHaveBeenCalledWith(3, { type: 'clearsend:get-context' });
    expect(tabs.sendMessage).toHaveBeenCalledTimes(1);
  });

  it('falls back to the other active tabs, the first that answers in order', async () => {
    const tabs = fakeTabs([1], [1, 4, 5, 6], { 4: new Error('no receiver'), 5: answer('111-0000000-0000005'), 6: answer('111-0000000-0000006') });
    const found = await findMessagingTab(tabs);
    expect(found?.tabId).toBe(5);
    // The current tab is not asked twice.
    expect(tabs.sendMessage.mock.calls.filter(([id]) => id === 1)).toHaveLength(1);
  });

  it('returns null when no tab answers, or answers with something else', async () => {
    expect(await findMessagingTab(fakeTabs([1], [1, 2], { 2: { hello: 'world' } }))).toBeNull();
    expect(await findMessagingTab(fakeTabs([], [], {}))).toBeNull();
  });

  it('gives up on a tab that never answers', async () => {
    const tabs = fakeTabs([1], [1, 2], { 1: 'hang', 2: answer('111-0000000-0000002') });
    const found = await findMessagingTab(tabs, { timeoutMs: 20 });
    expect(found?.tabId).toBe(2);
  });

  it('asks the last-resort tabs when no active tab answers', async () => {
    const tabs = fakeTabs([1], [1], { 8: answer('111-0000000-0000008') });
    expect((await findMessagingTab(tabs, { lastResort: [8] }))?.tabId).toBe(8);
    const busy = fakeTabs([1], [1, 2], { 2: answer('111-0000000-0000002'), 8: answer('111-0000000-0000008') });
    expect((await findMessagingTab(busy, { lastResort: [8] }))?.tabId).toBe(2);
  });

  it('never throws, even when the tabs API does', async () => {
    const tabs: TabsApi = {
      query: () => Promise.reject(new Error('no tabs')),
      sendMessage: () => {
        throw new Error('sync failure');
      },
    };
    expect(await findMessagingTab(tabs)).toBeNull();
    const throwing: TabsApi = { query: async () => [{ id: 1 }, {}], sendMessage: () => { throw new Error('gone'); } };
    expect(await findMessagingTab(throwing)).toBeNull();
  });

  it('accepts only well-formed context answers', () => {
    expect(isContextResponse(answer('x'))).toBe(true);
    expect(isContextResponse({ context: {}, hasComposeBox: true })).toBe(false);
    expect(isContextResponse({ context: { marketplace: 'x' } })).toBe(false);
    expect(isContextResponse(null)).toBe(false);
    expect(isContextResponse(undefined)).toBe(false);
  });
});
