import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  RETENTION_DAYS,
  clearReviewRequests,
  isoDay,
  loadReviewRequests,
  recordReviewRequest,
  repairReviewRequests,
  reviewRequestedOn,
  watchReviewRequests,
} from '../../../lib/storage/review-requests';

const ORDER = '112-1234567-1234567';
const OTHER = '305-7654321-7654321';
const day = (iso: string) => new Date(`${iso}T12:00:00`);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('review request memory', () => {
  it('remembers the first request per order, in local storage only, across a reload', async () => {
    expect(await reviewRequestedOn(ORDER, day('2026-11-03'))).toBeUndefined();
    await recordReviewRequest(ORDER, 'message', day('2026-11-03'));
    // A second request does not move the date a repeat is measured from.
    await recordReviewRequest(ORDER, 'request-a-review', day('2026-11-10'));
    await recordReviewRequest(OTHER, 'request-a-review', day('2026-11-05'));
    vi.resetModules();
    const reloaded = await import('../../../lib/storage/review-requests');
    expect(await reloaded.loadReviewRequests(day('2026-11-20'))).toEqual([
      { orderId: ORDER, on: '2026-11-03', via: 'message' },
      { orderId: OTHER, on: '2026-11-05', via: 'request-a-review' },
    ]);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it(`forgets requests older than ${RETENTION_DAYS} days`, async () => {
    await recordReviewRequest(ORDER, 'message', day('2026-01-10'));
    expect(await reviewRequestedOn(ORDER, day('2026-04-09'))).toBe('2026-01-10'); // day 89
    expect(await reviewRequestedOn(ORDER, day('2026-04-11'))).toBeUndefined(); // day 91
  });

  it('clears one order or all, and tells watchers', async () => {
    const seen: number[] = [];
    const unwatch = watchReviewRequests((requests) => seen.push(requests.length));
    await recordReviewRequest(ORDER, 'message');
    await recordReviewRequest(OTHER, 'message');
    await clearReviewRequests(ORDER);
    expect((await loadReviewRequests()).map((r) => r.orderId)).toEqual([OTHER]);
    await clearReviewRequests();
    expect(await loadReviewRequests()).toEqual([]);
    await vi.waitFor(() => expect(seen.at(-1)).toBe(0));
    unwatch();
  });

  it('refuses what is not an order ID and survives corrupted storage', async () => {
    await expect(recordReviewRequest('not an order', 'message')).rejects.toThrow(/order ID/);
    await fakeBrowser.storage.local.set({ reviewRequests: { v: 1, data: [null, 7, { orderId: ORDER, on: 'yesterday' }, { orderId: OTHER, on: isoDay(new Date()), via: 'fax' }] } });
    expect(await loadReviewRequests()).toEqual([{ orderId: OTHER, on: isoDay(new Date()), via: 'message' }]);
    expect(repairReviewRequests('garbage', new Date())).toEqual([]);
  });

  it('says so when local storage cannot be written, and keeps what it had', async () => {
    await recordReviewRequest(ORDER, 'message');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(recordReviewRequest(OTHER, 'message')).rejects.toThrow(/quota/);
    set.mockRestore();
    expect((await loadReviewRequests()).map((r) => r.orderId)).toEqual([ORDER]);
  });
});
