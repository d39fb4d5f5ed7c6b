import { useEffect, useRef, useState } from 'preact/hooks';
import type { AssistantController, AssistantSnapshot } from '../lib/assistant/controller';
import type { ComposeField } from '../lib/page/seller-central';
import { findingId } from '../lib/assistant/controller';

import { AssistantPanel } from './AssistantPanel';
import { HighlightLayer } from './HighlightLayer';
import { EditableHighlights } from './EditableHighlights';
import { SendGuardDialog } from './SendGuardDialog';
import { TemplatePicker } from './TemplatePicker';
import type { FittingTemplate } from '../lib/messaging';
import type { TemplatePurposeId } from '../lib/rules/types';
import { useTrackedRect } from './useTrackedRect';
import { uiDirection } from '../lib/i18n';

export interface AssistantAppProps {
  controller: AssistantController;
  /** Clearsend's shadow root: where the highlight layer keeps its measuring mirror. */
  mirrorParent: ShadowRoot | Element;
  /** The templates that fit a "Choose a template" fix (asked of the background). */
  fetchTemplates?: (purposes: readonly TemplatePurposeId[]) => Promise<FittingTemplate[]>;
}

/**
 * Everything Clearsend draws on a Seller Central page, inside its own shadow root: the panel
 * under the compose box the seller is writing in, and the send guard.
 */
export function AssistantApp({ controller, mirrorParent, fetchTemplates }: AssistantAppProps) {
  const [state, setState] = useState<AssistantSnapshot>(controller.snapshot());
  const [activeFindingId, setActiveFindingId] = useState<string | null>(null);
  const origin = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setState(controller.snapshot());
    return controller.subscribe(setState);
  }, [controller]);

  const view = state.fields.find((f) => f.id === state.activeId);
  const anchor = useTrackedRect(view ? anchorOf(view.field) : undefined);
  // Our own origin in viewport coordinates: the panel is placed in document coordinates, so it
  // scrolls with the page, whatever positioned ancestor the page gives us.
  const base = origin.current?.getBoundingClientRect();

  // Keyboard: Alt+Shift+L in the compose box jumps to the panel's first action; Escape in the
  // panel returns to the text, where the caret was. The panel sits at the end of the page's
  // tab order, so without this a keyboard user would tab through the whole page to reach it.
  const panelRef = useRef<HTMLDivElement>(null);
  const field: HTMLElement | undefined = view?.field.element;
  useEffect(() => {
    if (!field) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.altKey && event.shiftKey && event.code === 'KeyL')) return;
      const panel = panelRef.current;
      const target = panel?.querySelector<HTMLElement>('.cs-finding button') ?? panel?.querySelector<HTMLElement>('.cs-panel button');
      if (!target) return;
      event.preventDefault();
      target.focus();
    };
    field.addEventListener('keydown', onKey);
    return () => field.removeEventListener('keydown', onKey);
  }, [field]);
  const backToText = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !field) return;
    event.preventDefault();
    field.focus();
  };

  const placement = placePanel(anchor, base);
  const textarea = view?.field.element instanceof HTMLTextAreaElement ? view.field.element : undefined;
  const highlights = view
    ? view.findings.map((f) => ({ id: findingId(f), start: f.start, end: f.end, severity: f.severity, message: f.message }))
    : [];

  return (
    <>
      <div ref={origin} class="cs-origin" />
      {/* No underline crosses the send guard or a dialog of the page: the highlights step aside. */}
      {view && !state.guard && !state.pageDialog && view.field.kind === 'contenteditable' && (
        <EditableHighlights editor={view.field.element} text={view.text} findings={view.findings} skip={view.field.skip} />
      )}
      {view && textarea && !state.guard && !state.pageDialog && (
        <HighlightLayer
          textarea={textarea}
          text={view.text}
          findings={highlights}
          mirrorParent={mirrorParent}
          activeId={activeFindingId ?? undefined}
          onActivate={setActiveFindingId}
        />
      )}
      {view && anchor && anchor.width > 0 && (
        <div
          ref={panelRef}
          class="cs-anchor"
          data-field-id={view.id}
          data-placement={placement.kind}
          style={placement.style}
          onKeyDown={backToText}
        >
          <AssistantPanel
            findings={view.findings}
            activeFindingId={activeFindingId ?? undefined}
            notice={state.notice}
            fixedAll={state.fixedAll?.fieldId === view.id ? state.fixedAll : undefined}
            docked={placement.kind === 'dock'}
            onApply={(finding, suggestion) => controller.applySuggestion(view.id, finding, suggestion)}
            onFixAll={() => controller.fixAll(view.id)}
            onIgnore={(finding) => void controller.ignoreOnce(view.id, finding)}
            onDisableRule={(ruleId) => void controller.disableRule(ruleId)}
            onActivate={setActiveFindingId}
            onDismissNotice={() => controller.dismissNotice()}
          />
          {state.templateRequest?.fieldId === view.id && fetchTemplates && (
            <TemplatePicker
              requestKey={state.templateRequest.revision}
              load={() => fetchTemplates(state.templateRequest?.purposes ?? [])}
              onUse={(template) => controller.useTemplate(view.id, template.body)}
              onClose={() => controller.closeTemplates()}
            />
          )}
        </div>
      )}
      {state.guard && (
        <SendGuardDialog
          errors={state.guard.errors}
          onSendAnyway={() => controller.sendAnyway()}
          onFixFirst={() => controller.fixFirst()}
        />
      )}
    </>
  );
}


/**
 * What the panel is placed beside: the page's component, unless it takes no space of its own (a
 * kat-textarea shown as `display: contents`), then the box itself.
 */
export function anchorOf(field: ComposeField): HTMLElement {
  const rect = field.host.getBoundingClientRect();
  return rect.width > 0 || rect.height > 0 || field.host === field.element ? field.host : field.element;
}

const PANEL_WIDTH = 340;
const GAP = 12;

interface Placement {
  kind: 'right' | 'left' | 'dock';
  style: Record<string, string>;
}

/**
 * Beside the compose box when the page leaves room (after it in the reading direction: right,
 * else left; left, else right in a right-to-left UI), so nothing of the form is covered;
 * otherwise docked in the viewport's lower corner on that side (right, or left in a
 * right-to-left UI), clear of the form's own buttons under the box. The page's layout is never
 * changed to make room.
 */
export function placePanel(anchor: DOMRect | null, base: DOMRect | undefined, direction: 'ltr' | 'rtl' = uiDirection()): Placement {
  const viewportWidth = document.documentElement.clientWidth || window.innerWidth;
  const originTop = base?.top ?? 0;
  const originLeft = base?.left ?? 0;
  const right = (): Placement | undefined =>
    anchor && viewportWidth - anchor.right >= PANEL_WIDTH + 2 * GAP
      ? { kind: 'right', style: { position: 'absolute', top: `${anchor.top - originTop}px`, left: `${anchor.right - originLeft + GAP}px`, width: `${PANEL_WIDTH}px` } }
      : undefined;
  const left = (): Placement | undefined =>
    anchor && anchor.left >= PANEL_WIDTH + 2 * GAP
      ? { kind: 'left', style: { position: 'absolute', top: `${anchor.top - originTop}px`, left: `${anchor.left - originLeft - GAP - PANEL_WIDTH}px`, width: `${PANEL_WIDTH}px` } }
      : undefined;
  const beside = direction === 'rtl' ? (left() ?? right()) : (right() ?? left());
  if (beside) return beside;
  const corner = direction === 'rtl' ? 'left' : 'right';
  return { kind: 'dock', style: { position: 'fixed', [corner]: '16px', bottom: '16px', width: `min(${PANEL_WIDTH + 40}px, calc(100vw - 32px))` } };
}
