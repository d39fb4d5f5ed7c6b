import { useEffect, useRef, useState } from 'preact/hooks';
import type { AssistantController, AssistantSnapshot } from '../lib/assistant/controller';
import { findingId } from '../lib/assistant/controller';

import { AssistantPanel } from './AssistantPanel';
import { HighlightLayer } from './HighlightLayer';
import { SendGuardDialog } from './SendGuardDialog';
import { useTrackedRect } from './useTrackedRect';

export interface AssistantAppProps {
  controller: AssistantController;
  /** Clearsend's shadow root: where the highlight layer keeps its measuring mirror. */
  mirrorParent: ShadowRoot | Element;
}

/**
 * Everything Clearsend draws on a Seller Central page, inside its own shadow root: the panel
 * under the compose box the seller is writing in, and the send guard.
 */
export function AssistantApp({ controller, mirrorParent }: AssistantAppProps) {
  const [state, setState] = useState<AssistantSnapshot>(controller.snapshot());
  const [activeFindingId, setActiveFindingId] = useState<string | null>(null);
  const origin = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setState(controller.snapshot());
    return controller.subscribe(setState);
  }, [controller]);

  const view = state.fields.find((f) => f.id === state.activeId);
  const anchor = useTrackedRect(view?.field.host);
  // Our own origin in viewport coordinates: the panel is placed in document coordinates, so it
  // scrolls with the page, whatever positioned ancestor the page gives us.
  const base = origin.current?.getBoundingClientRect();

  const textarea = view?.field.element instanceof HTMLTextAreaElement ? view.field.element : undefined;
  const highlights = view
    ? view.findings.map((f) => ({ id: findingId(f), start: f.start, end: f.end, severity: f.severity, message: f.message }))
    : [];

  return (
    <>
      <div ref={origin} class="cs-origin" />
      {view && textarea && (
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
          class="cs-anchor"
          data-field-id={view.id}
          style={{
            top: `${anchor.bottom - (base?.top ?? 0) + 6}px`,
            left: `${anchor.left - (base?.left ?? 0)}px`,
            width: `${Math.max(280, Math.min(anchor.width, 640))}px`,
          }}
        >
          <AssistantPanel
            findings={view.findings}
            activeFindingId={activeFindingId ?? undefined}
            notice={state.notice}
            onApply={(finding, suggestion) => controller.applySuggestion(view.id, finding, suggestion)}
            onIgnore={(finding) => void controller.ignoreOnce(view.id, finding)}
            onDisableRule={(ruleId) => void controller.disableRule(ruleId)}
            onActivate={setActiveFindingId}
            onDismissNotice={() => controller.dismissNotice()}
          />
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

