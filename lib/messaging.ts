/**
 * The typed messages between the popup (or options page) and the content script of a Seller
 * Central tab. Nothing else crosses: no message carries text anywhere but this browser.
 */
import type { PageContext } from './page/seller-central';
import type { Language, TemplatePurposeId } from './rules/types';

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
  /**
   * In Gmail or Outlook: the compose window a template goes into (the one the seller was last
   * in), named by its buyer's relay address and its subject; `count` windows write to buyers.
   */
  compose?: { to: string; subject?: string; count: number };
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

/** "Choose a template" in the page asks the background for the templates that fit (lib/assistant/fitting-templates.ts). */
export const FITTING_TEMPLATES = 'clearsend:fitting-templates';

export interface FittingTemplatesRequest {
  type: typeof FITTING_TEMPLATES;
  purposes: readonly TemplatePurposeId[];
  language: Language;
  context: { orderId?: string; buyerName?: string };
}

export interface FittingTemplate {
  id: string;
  title: string;
  /** Filled in where the page knows the value; other {tokens} stay for the seller. */
  body: string;
  custom: boolean;
}

export function isFittingTemplatesRequest(value: unknown): value is FittingTemplatesRequest {
  if (!value || typeof value !== 'object') return false;
  const request = value as Partial<FittingTemplatesRequest>;
  return (
    request.type === FITTING_TEMPLATES &&
    Array.isArray(request.purposes) &&
    request.purposes.every((p) => typeof p === 'string') &&
    typeof request.language === 'string' &&
    typeof request.context === 'object' &&
    request.context !== null
  );
}

/**
 * Asks the background for the templates that fit a finding, in the buyer's language (else the
 * interface's), filled with what the page knows: the same question from every site's script.
 */
export async function askFittingTemplates(
  send: (request: FittingTemplatesRequest) => Promise<unknown>,
  purposes: readonly TemplatePurposeId[],
  context: Pick<PageContext, 'buyerLanguage' | 'orderId' | 'buyerName'> | undefined,
  uiLanguage: Language,
): Promise<FittingTemplate[]> {
  const reply = await send({
    type: FITTING_TEMPLATES,
    purposes,
    language: context?.buyerLanguage ?? uiLanguage,
    context: { orderId: context?.orderId, buyerName: context?.buyerName },
  });
  return Array.isArray(reply) ? (reply as FittingTemplate[]) : [];
}
