/**
 * Clearsend in Gmail and Outlook on the web. Not in the manifest: the background registers this
 * script for the mail hosts only after the seller granted them on the options page
 * (lib/webmail/registration.ts), and removes it when they are revoked.
 *
 * Privacy first: a compose window is read only while one of its recipients is an Amazon buyer
 * relay address. Until then nothing of it is read but its recipients' addresses, nothing is sent
 * to the background, and Clearsend adds nothing to the page. Each such window gets its own
 * assistant (state, panel, send guard), the one Seller Central uses, through the mail client's
 * adapter (lib/page/gmail.ts, lib/page/outlook.ts).
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { browser } from 'wxt/browser';
import { startAssistant } from '../../lib/assistant/controller';
import type { AssistantController } from '../../lib/assistant/controller';
import { browserStore } from '../../lib/assistant/browser-store';
import type { LintPort } from '../../lib/assistant/lint-port';
import { LINT_PORT, createPortLinter } from '../../lib/assistant/lint-port';
import { uiLanguage } from '../../lib/i18n';
import type { ContextResponse, FittingTemplate, InsertTextResponse } from '../../lib/messaging';
import { askFittingTemplates, isContentRequest } from '../../lib/messaging';
import type { TemplatePurposeId } from '../../lib/rules/types';
import { mailClientOf } from '../../lib/webmail/hosts';
import { isWebmailOff } from '../../lib/webmail/messages';
import type { MailClient } from '../../lib/page/webmail';
import { buyerRecipients, composeSite } from '../../lib/page/webmail';
import { gmail } from '../../lib/page/gmail';
import { outlook } from '../../lib/page/outlook';
import { AssistantApp } from '../../components/AssistantApp';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import assistantCss from '../../components/assistant.css?inline';
import highlightCss from '../../components/highlight.css?inline';

/** The same element name as on Seller Central: one kind of Clearsend host on any page. */
const HOST_TAG = 'clearsend-assistant';

interface Session {
  key: number;
  root: HTMLElement;
  controller: AssistantController;
  abort: AbortController;
}

/** Renders one assistant per compose window that writes to a buyer. */
function WebmailApp({ sessions, mirrorParent, fetchTemplates }: {
  sessions: { current: Session[]; listen(cb: () => void): () => void };
  mirrorParent: ShadowRoot;
  fetchTemplates: (session: Session, purposes: readonly TemplatePurposeId[]) => Promise<FittingTemplate[]>;
}) {
  const [list, setList] = useState(sessions.current);
  useEffect(() => {
    const unlisten = sessions.listen(() => setList(sessions.current));
    // A window may have started between the first render and this subscription.
    setList(sessions.current);
    return unlisten;
  }, [sessions]);
  return (
    <>
      {list.map((session) => (
        <div key={session.key} class="cs-compose" data-compose={session.key}>
          <ErrorBoundary>
            <AssistantApp controller={session.controller} mirrorParent={mirrorParent} fetchTemplates={(purposes) => fetchTemplates(session, purposes)} />
          </ErrorBoundary>
        </div>
      ))}
    </>
  );
}

export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  main(ctx) {
    const kind = mailClientOf(location.hostname);
    if (!kind) return;
    const client: MailClient = kind === 'gmail' ? gmail : outlook;
    for (const stale of document.querySelectorAll(HOST_TAG)) stale.remove();
    ctx.setInterval(() => undefined, 1000);

    const stop = new AbortController();
    ctx.onInvalidated(() => stop.abort());
    const sessions = new Map<HTMLElement, Session>();
    const listeners = new Set<() => void>();
    const store = {
      current: [] as Session[],
      listen(cb: () => void) {
        listeners.add(cb);
        return () => listeners.delete(cb);
      },
    };
    const changed = (): void => {
      store.current = [...sessions.values()];
      for (const listener of listeners) listener();
    };
    let nextKey = 1;
    let lastActive: HTMLElement | undefined;
    // One port to the background, opened at the first lint: a page with no buyer never opens it.
    const lint = createPortLinter(() => browser.runtime.connect({ name: LINT_PORT }) as unknown as LintPort, stop.signal);

    const fetchTemplates = (session: Session, purposes: readonly TemplatePurposeId[]): Promise<FittingTemplate[]> =>
      askFittingTemplates((request) => browser.runtime.sendMessage(request), purposes, session.controller.snapshot().context, uiLanguage());

    // Clearsend's UI is added to the page with the first window that writes to a buyer.
    let ui: Promise<{ ui: ShadowRootContentScriptUi<HTMLElement>; host: HTMLElement }> | undefined;
    const ensureUi = (): Promise<{ ui: ShadowRootContentScriptUi<HTMLElement>; host: HTMLElement }> => {
      ui ??= (async () => {
        let host: HTMLElement | undefined;
        const made = await createShadowRootUi(ctx, {
          name: HOST_TAG,
          css: `${assistantCss}\n${highlightCss}`,
          position: 'inline',
          anchor: 'body',
          append: 'last',
          onMount(container, shadow, shadowHost) {
            host = shadowHost;
            render(<WebmailApp sessions={store} mirrorParent={shadow} fetchTemplates={fetchTemplates} />, container);
            return container;
          },
          onRemove(container) {
            if (container) render(null, container);
          },
        });
        made.mount();
        return { ui: made, host: host ?? made.shadowHost };
      })();
      return ui;
    };

    const end = (root: HTMLElement): void => {
      const session = sessions.get(root);
      if (!session) return;
      session.abort.abort();
      sessions.delete(root);
      if (lastActive === root) lastActive = undefined;
      changed();
    };
    const begin = async (root: HTMLElement): Promise<void> => {
      const { host } = await ensureUi();
      if (stop.signal.aborted || sessions.has(root) || !root.isConnected || buyerRecipients(client, root).length === 0) return;
      const abort = new AbortController();
      stop.signal.addEventListener('abort', () => abort.abort(), { once: true });
      const controller = startAssistant({ doc: document, lint, signal: abort.signal, store: browserStore, ownHost: host, uiLanguage: uiLanguage(), site: composeSite(client, root) });
      sessions.set(root, { key: nextKey++, root, controller, abort });
      changed();
    };

    /** Which windows write to a buyer: only their recipients are looked at. */
    const scan = (): void => {
      timer = undefined;
      if (stop.signal.aborted) return;
      const windows = client.composeWindows(document);
      for (const root of sessions.keys()) if (!windows.includes(root) || !root.isConnected) end(root);
      for (const root of windows) {
        const toBuyer = buyerRecipients(client, root).length > 0;
        if (toBuyer && !sessions.has(root)) void begin(root);
        if (!toBuyer && sessions.has(root)) end(root);
      }
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (): void => {
      if (timer === undefined && !stop.signal.aborted) timer = setTimeout(scan, 200);
    };
    const observer = new MutationObserver(schedule);
    // Recipients become chips (elements), Outlook's pills change their text as they resolve.
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    // An address typed in full but not yet a chip changes no element.
    document.addEventListener('input', schedule, { capture: true, passive: true, signal: stop.signal });
    // ...and counts once the seller leaves the box it is typed in.
    document.addEventListener('focusout', schedule, { capture: true, passive: true, signal: stop.signal });
    document.addEventListener(
      'focusin',
      (event) => {
        const target = event.composedPath()[0];
        if (!(target instanceof Node)) return;
        for (const root of sessions.keys()) if (root.contains(target)) lastActive = root;
      },
      { capture: true, passive: true, signal: stop.signal },
    );
    stop.signal.addEventListener('abort', () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      for (const root of [...sessions.keys()]) end(root);
      void ui?.then(({ ui: made }) => made.remove());
    });
    scan();

    /** The window the popup writes into: the one the seller was last in, else the first. */
    const target = (): Session | undefined => (lastActive ? sessions.get(lastActive) : undefined) ?? store.current[0];
    const onMessage = (message: unknown): Promise<ContextResponse | InsertTextResponse> | undefined => {
      if (isWebmailOff(message)) {
        // The seller turned webmail off for this host: everything goes, at once, without a reload.
        if (message.hosts.includes(location.hostname)) stop.abort();
        return undefined;
      }
      if (!isContentRequest(message) || stop.signal.aborted) return undefined;
      const session = target();
      if (!session) return undefined;
      if (message.type === 'clearsend:get-context') {
        const snapshot = session.controller.snapshot();
        const subject = client.subject(session.root)?.value.trim();
        return Promise.resolve({
          context: snapshot.context,
          hasComposeBox: snapshot.fields.some((f) => f.field.role === 'body'),
          compose: { to: buyerRecipients(client, session.root)[0] ?? '', subject: subject || undefined, count: sessions.size },
        });
      }
      if (message.type === 'clearsend:insert-text') return Promise.resolve(session.controller.insertAtCaret(message.text));
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    stop.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
  },
});
