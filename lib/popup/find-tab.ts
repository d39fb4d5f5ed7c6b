/**
 * Which tab the popup works on. The extension has no `tabs` permission, so a tab's URL is hidden:
 * the tab is a Seller Central messaging page exactly when Clearsend's content script answers in
 * it. The active tab of the popup's window is asked first; when it does not answer, the other
 * active tabs (other windows) are asked, and the first of them, in order, that answers is used.
 */
import type { ContextResponse, GetContextRequest } from '../messaging';

/** The part of `browser.tabs` the lookup uses (a parameter, so tests pass a fake). */
export interface TabsApi {
  query(queryInfo: { active?: boolean; currentWindow?: boolean }): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: GetContextRequest): Promise<unknown>;
}

export interface MessagingTab extends ContextResponse {
  tabId: number;
}

export interface FindTabOptions {
  /** A content script that has not answered by then counts as absent. */
  timeoutMs?: number;
  /**
   * Tabs to ask last, when no active tab answers: the tab the popup worked on so far, which stays
   * its tab when the popup, opened as a page of its own, is the active tab itself.
   */
  lastResort?: readonly number[];
}

/** A well-formed answer to 'clearsend:get-context'; anything else is not one. */
export function isContextResponse(value: unknown): value is ContextResponse {
  if (typeof value !== 'object' || value === null) return false;
  const { context, hasComposeBox } = value as { context?: unknown; hasComposeBox?: unknown };
  if (typeof hasComposeBox !== 'boolean' || typeof context !== 'object' || context === null) return false;
  return typeof (context as { marketplace?: unknown }).marketplace === 'string';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}

async function ask(tabs: TabsApi, tabId: number, timeoutMs: number): Promise<MessagingTab | undefined> {
  let answer: unknown;
  try {
    answer = await withTimeout(tabs.sendMessage(tabId, { type: 'clearsend:get-context' }), timeoutMs);
  } catch {
    return undefined; // sendMessage threw synchronously: no receiver, or the tab is gone.
  }
  if (!isContextResponse(answer)) return undefined;
  const { compose } = answer;
  // In a mail client: which compose window a template goes into (a malformed one is left out).
  const named = compose && typeof compose.to === 'string' && typeof compose.count === 'number' ? { to: compose.to, subject: typeof compose.subject === 'string' ? compose.subject : undefined, count: compose.count } : undefined;
  return { tabId, context: answer.context, hasComposeBox: answer.hasComposeBox, ...(named ? { compose: named } : {}) };
}

async function idsOf(tabs: TabsApi, queryInfo: { active: boolean; currentWindow?: boolean }): Promise<number[]> {
  try {
    const found = await tabs.query(queryInfo);
    return found.map((tab) => tab.id).filter((id): id is number => typeof id === 'number' && id >= 0);
  } catch {
    return [];
  }
}

/** The tab whose content script answers, with its page context; null when none does. Never throws. */
export async function findMessagingTab(tabs: TabsApi, { timeoutMs = 1500, lastResort = [] }: FindTabOptions = {}): Promise<MessagingTab | null> {
  const current = await idsOf(tabs, { active: true, currentWindow: true });
  for (const id of current) {
    const found = await ask(tabs, id, timeoutMs);
    if (found) return found;
  }
  const others = (await idsOf(tabs, { active: true })).filter((id) => !current.includes(id));
  // Asked all at once (a popup must open fast), then taken in the order the browser listed them.
  const answers = await Promise.all(others.map((id) => ask(tabs, id, timeoutMs)));
  const found = answers.find((answer) => answer !== undefined);
  if (found) return found;
  for (const id of lastResort) {
    if (current.includes(id) || others.includes(id)) continue;
    const answer = await ask(tabs, id, timeoutMs);
    if (answer) return answer;
  }
  return null;
}
