/**
 * The typed messages between the popup (or options page) and the content script of a Seller
 * Central tab. Nothing else crosses: no message carries text anywhere but this browser.
 */
import type { PageContext } from './page/seller-central';

export interface GetContextRequest {
  type: 'clearsend:get-context';
}

export interface InsertTextRequest {
  type: 'clearsend:insert-text';
  /** Plain text, inserted at the caret of the compose box the seller was last in. */
  text: string;
}

/**
 * The page's structure, with nothing of what the page says (lib/page/page-report.ts), for a
 * seller to paste into a bug report when Clearsend cannot read the page.
 */
export interface PageReportRequest {
  type: 'clearsend:page-report';
}

export interface PageReportResponse {
  report: string;
}

export type ContentRequest = GetContextRequest | InsertTextRequest | PageReportRequest;

export interface ContextResponse {
  context: PageContext;
  /** Whether a compose box was found on the page (the popup offers copying otherwise). */
  hasComposeBox: boolean;
}

export type InsertTextResponse =
  | { ok: true }
  | { ok: false; reason: 'no-compose-box' | 'stale' | 'not-editable' | 'refused' };

export type ResponseFor<R extends ContentRequest> = R extends GetContextRequest
  ? ContextResponse
  : R extends PageReportRequest
    ? PageReportResponse
    : InsertTextResponse;

export function isContentRequest(value: unknown): value is ContentRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { type, text } = value as { type?: unknown; text?: unknown };
  if (type === 'clearsend:get-context' || type === 'clearsend:page-report') return true;
  return type === 'clearsend:insert-text' && typeof text === 'string' && text.length <= 20_000;
}
