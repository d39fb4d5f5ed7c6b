import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { MESSAGING_MATCHES } from '../../lib/seller-central-hosts';
import { AssistantPanel } from '../../components/AssistantPanel';
// Inlined into the shadow root: no stylesheet is exposed to web pages as a resource.
import assistantCss from './assistant.css?inline';

/** Tag name of the element that hosts Clearsend's shadow root on the page. */
export const ASSISTANT_HOST_TAG = 'clearsend-assistant';

export default defineContentScript({
  matches: MESSAGING_MATCHES,
  // Styles live inside the shadow root (isolated from the page both ways), passed as text.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: ASSISTANT_HOST_TAG,
      css: assistantCss,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        render(<AssistantPanel />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
