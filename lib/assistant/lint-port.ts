/**
 * The rule engine runs in the extension's background, not in the page: the content script stays
 * small (the phrase data of thirteen languages is most of the engine's size) and a page with no
 * compose box never compiles a rule. Text crosses only from the content script to the
 * extension's own background, over a runtime port: it never leaves the browser.
 */
import type { Finding, Message } from '../rules/types';
import type { Linter, PageLintOptions } from './controller';

export const LINT_PORT = 'clearsend:lint';

export interface LintRequest {
  id: number;
  message: Message;
  options: PageLintOptions;
}

export interface LintReply {
  id: number;
  findings?: Finding[];
  error?: string;
}

/** What the content script needs of a runtime port (webextension-polyfill's Port has it). */
export interface LintPort {
  postMessage(message: LintRequest): void;
  onMessage: { addListener(cb: (message: LintReply) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
  disconnect(): void;
}

/**
 * A Linter that asks the background. Reconnects when the port closes (a Chrome service worker
 * that went to sleep); an unanswered request fails after `timeoutMs`, so the page is never stuck.
 */
export function createPortLinter(connect: () => LintPort, signal: AbortSignal, timeoutMs = 3000): Linter {
  let port: LintPort | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve(f: Finding[]): void; reject(e: Error): void; timer: ReturnType<typeof setTimeout> }>();

  const failAll = (reason: string): void => {
    for (const [id, request] of pending) {
      clearTimeout(request.timer);
      request.reject(new Error(reason));
      pending.delete(id);
    }
  };
  const open = (): LintPort => {
    if (port) return port;
    const opened = connect();
    opened.onMessage.addListener((reply) => {
      const request = pending.get(reply.id);
      if (!request) return;
      pending.delete(reply.id);
      clearTimeout(request.timer);
      if (reply.findings) request.resolve(reply.findings);
      else request.reject(new Error(reply.error ?? 'no findings'));
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = undefined;
      failAll('the checker restarted');
    });
    port = opened;
    return opened;
  };
  signal.addEventListener('abort', () => {
    failAll('stopped');
    port?.disconnect();
    port = undefined;
  });

  return (message, options) =>
    new Promise<Finding[]>((resolve, reject) => {
      if (signal.aborted) {
        reject(new Error('stopped'));
        return;
      }
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error('the checker did not answer'));
      }, timeoutMs);
      pending.set(id, { resolve, reject, timer });
      try {
        open().postMessage({ id, message, options });
      } catch (error) {
        // The port was closed under us (service worker restarted): one fresh try.
        port = undefined;
        try {
          open().postMessage({ id, message, options });
        } catch {
          pending.delete(id);
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
    });
}
