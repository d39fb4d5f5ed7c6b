/**
 * The review requests the seller sent, per order: Amazon allows one review or feedback request
 * per order across all channels (SP-API: "Send only one productReviewAndSellerFeedback or free
 * form proactive message per order"). Kept in local storage only (sync would copy order IDs to
 * the browser vendor's servers), for RETENTION_DAYS: Amazon's request window ends 30 days after
 * delivery, so older entries can no longer matter.
 */
import { storage } from 'wxt/utils/storage';
import { readOrNull } from './area';
import { isRecord, unwrap, wrap } from './migrate';
import { createSerialQueue } from './serial';
import { watchStorage } from './watch';

export const RETENTION_DAYS = 90;
/** More than any seller sends in 90 days from one browser; the oldest go first beyond it. */
export const MAX_REQUESTS = 20_000;
const DAY_MS = 24 * 60 * 60 * 1000;
const KEY = 'local:reviewRequests';
const ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Where the request left: the compose box's Send, or Seller Central's Request a Review page. */
export type ReviewRequestChannel = 'message' | 'request-a-review';

export interface ReviewRequest {
  orderId: string;
  /** The day of the first request, ISO ("2026-11-03"), in the browser's time zone. */
  on: string;
  via: ReviewRequestChannel;
}

/** "2026-11-03" for a moment, in local time (the day the seller saw on their calendar). */
export function isoDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

function dayStart(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

/** The stored list, whatever state it is in: malformed entries dropped, expired ones too, oldest first. */
export function repairReviewRequests(raw: unknown, now: Date): ReviewRequest[] {
  const { data } = unwrap(raw);
  if (!Array.isArray(data)) return [];
  const oldest = dayStart(isoDay(now)) - RETENTION_DAYS * DAY_MS;
  const byOrder = new Map<string, ReviewRequest>();
  for (const entry of data) {
    if (!isRecord(entry)) continue;
    const { orderId, on, via } = entry;
    if (typeof orderId !== 'string' || !ORDER_ID.test(orderId)) continue;
    if (typeof on !== 'string' || !DATE.test(on) || dayStart(on) < oldest) continue;
    const channel: ReviewRequestChannel = via === 'request-a-review' ? 'request-a-review' : 'message';
    // An order listed twice keeps its first request: that is the date a repeat is measured from.
    const known = byOrder.get(orderId);
    if (!known || on < known.on) byOrder.set(orderId, { orderId, on, via: channel });
  }
  return [...byOrder.values()].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0)).slice(-MAX_REQUESTS);
}

const serial = createSerialQueue();

async function read(now: Date): Promise<ReviewRequest[]> {
  return repairReviewRequests(await readOrNull(KEY), now);
}

/** Every remembered request, oldest first. Never throws (unreadable storage reads as empty). */
export function loadReviewRequests(now = new Date()): Promise<ReviewRequest[]> {
  return serial(() => read(now));
}

/** The day of the first request for an order, if one is remembered. */
export async function reviewRequestedOn(orderId: string, now = new Date()): Promise<string | undefined> {
  return (await loadReviewRequests(now)).find((request) => request.orderId === orderId)?.on;
}

/**
 * Remember a request for an order. The first one stays: a later request does not move the date.
 * Rejects if local storage can not be written (the caller tells the seller).
 */
export function recordReviewRequest(orderId: string, via: ReviewRequestChannel, now = new Date()): Promise<void> {
  if (!ORDER_ID.test(orderId)) return Promise.reject(new Error(`not an order ID: ${orderId}`));
  return serial(async () => {
    const requests = await read(now);
    if (requests.some((request) => request.orderId === orderId)) return;
    requests.push({ orderId, on: isoDay(now), via });
    await storage.setItem(KEY, wrap(requests.slice(-MAX_REQUESTS)));
  });
}

/** Forget one order's request, or all of them. Rejects if local storage can not be written. */
export function clearReviewRequests(orderId?: string): Promise<void> {
  return serial(async () => {
    if (orderId === undefined) {
      await storage.setItem(KEY, wrap([]));
      return;
    }
    const requests = await read(new Date());
    await storage.setItem(KEY, wrap(requests.filter((request) => request.orderId !== orderId)));
  });
}

/** Calls back with the list whenever it changes (in any tab). Returns the unwatch function. */
export function watchReviewRequests(onChange: (requests: ReviewRequest[]) => void): () => void {
  return watchStorage((area, key) => area === 'local' && `local:${key}` === KEY, () => loadReviewRequests(), onChange);
}
