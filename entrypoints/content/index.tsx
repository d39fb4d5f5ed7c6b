import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { MESSAGING_MATCHES } from '../../lib/seller-central-hosts';
import { startAssistant } from '../../lib/assistant/controller';
import { sellerCentral } from '../../lib/page/site';
import { browserStore } from '../../lib/assistant/browser-store';
import type { AssistantController } from '../../lib/assistant/controller';
import { browser } from 'wxt/browser';
import type { ContextResponse, InsertTextResponse, PageReportResponse } from '../../lib/messaging';
import { isContentRequest } from '../../lib/messaging';
import { uiLanguage } from '../../lib/i18n';
import type { FittingTemplate } from '../../lib/messaging';
import { askFittingTemplates } from '../../lib/messaging';
import type { TemplatePurposeId } from '../../lib/rules/types';
import { pageReport } from '../../lib/page/page-report';
import type { LintPort } from '../../lib/assistant/lint-port';
import { LINT_PORT, createPortLinter } from '../../lib/assistant/lint-port';
import { AssistantApp } from '../../components/AssistantApp';
import { ErrorBoundary } from '../../components/ErrorBoundary';
// Inlined into the shadow root: no stylesheet is exposed to web pages as a resource.
import assistantCss from '../../components/assistant.css?inline';
import highlightCss from '../../components/highlight.css?inline';

/** Tag name of the element that hosts Clearsend's shadow root on the page. */
export const ASSISTANT_HOST_TAG = 'clearsend-assistant';

export default defineContentScript({
  matches: MESSAGING_MATCHES,
  // Styles live inside the shadow root (isolated from the page both ways), passed as text.
  cssInjectionMode: 'manual',
  async main(ctx) {
    let controller: AssistantController | undefined;
    /** Clearsend's own element on the page: left out of the page report. */
    let assistantHost: Element | undefined;
    // A previous instance of this script (before an update or reload) may have left its UI
    // behind where the browser stopped it without notice (Firefox): one assistant per page.
    for (const stale of document.querySelectorAll(ASSISTANT_HOST_TAG)) stale.remove();
    // Chrome does not tell a content script that its extension was reloaded; the context notices
    // when it is asked, and WXT's interval asks every second, tearing everything down then.
    ctx.setInterval(() => undefined, 1000);
    // Everything hangs off the context's signal: an extension update or reload tears it all
    // down, leaving no orphaned panel, listener or observer on the page.
    // "Choose a template": the background has the library and the seller's own templates.
    const fetchTemplates = (purposes: readonly TemplatePurposeId[]): Promise<FittingTemplate[]> =>
      askFittingTemplates((request) => browser.runtime.sendMessage(request), purposes, controller?.snapshot().context, uiLanguage());
    const ui = await createShadowRootUi(ctx, {
      name: ASSISTANT_HOST_TAG,
      css: `${assistantCss}\n${highlightCss}`,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container, shadow, host) {
        const lint = createPortLinter(() => browser.runtime.connect({ name: LINT_PORT }) as unknown as LintPort, ctx.signal);
        assistantHost = host;
        controller = startAssistant({ doc: document, lint, signal: ctx.signal, store: browserStore, ownHost: host, uiLanguage: uiLanguage(), site: sellerCentral });
        render(
          <ErrorBoundary>
            <AssistantApp controller={controller} mirrorParent={shadow} fetchTemplates={fetchTemplates} />
          </ErrorBoundary>,
          container,
        );
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
    ctx.onInvalidated(() => ui.remove());

    // The popup asks for the page's context and inserts templates through these messages.
    const onMessage = (message: unknown): Promise<ContextResponse | InsertTextResponse | PageReportResponse> | undefined => {
      if (!isContentRequest(message) || !controller || ctx.isInvalid) return undefined;
      const assistant = controller;
      if (message.type === 'clearsend:get-context') {
        const snapshot = assistant.snapshot();
        return Promise.resolve({ context: snapshot.context, hasComposeBox: snapshot.fields.some((f) => f.field.role === 'body') });
      }
      if (message.type === 'clearsend:page-report') return Promise.resolve({ report: pageReport(document, { ignore: assistantHost }) });
      return Promise.resolve(assistant.insertAtCaret(message.text));
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
