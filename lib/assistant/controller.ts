/**
 * The in-page assistant's state: which compose fields exist, what each one says, what the rule
 * engine found in it, and what the seller decided (ignore once, rule off, send anyway).
 * No UI here: components render the snapshot and call the actions.
 */
import type { Finding, Language, LintOptions, Message, Suggestion, TemplatePurposeId } from '../rules/types';
import type { ComposeField, PageContext } from '../page/seller-central';
import type { SiteAdapter } from '../page/site';
import { observeComposeFields } from '../page/compose-observer';
import { watchField } from '../page/field-watcher';
import { readFieldText } from '../page/field-text';
import type { EditResult } from '../page/edits';
import { insertAtCaret, replaceText, selectInEditable } from '../page/edits';
import { planFixAll } from './fix-all';
import { isoDay } from '../storage/review-requests';

export interface AssistantSettings {
  disabledRules: string[];
  sendGuard: boolean;
  /** How the seller signs (the options page): a "[Your Name]" left in the text is filled with it. */
  sellerName?: string;
}

/** Where the assistant keeps the seller's decisions (extension storage in the browser). */
export interface AssistantStore {
  loadSettings(): Promise<AssistantSettings>;
  watchSettings(onChange: (settings: AssistantSettings) => void): () => void;
  disableRule(ruleId: string): Promise<void>;
  loadIgnored(scope: string): Promise<Set<string>>;
  addIgnored(scope: string, key: string): Promise<void>;
  /** The day a review request for the order first left, if one is remembered. */
  reviewRequestedOn(orderId: string): Promise<string | undefined>;
  /** Remember that a review request for the order left now (the first one is kept). */
  recordReviewRequest(orderId: string, via: 'message' | 'request-a-review'): Promise<void>;
}

export interface FieldView {
  id: number;
  field: ComposeField;
  text: string;
  /** What the panel shows: engine findings minus ignored ones. */
  findings: Finding[];
}

export interface SendGuardView {
  fieldId: number;
  errors: Finding[];
  /** What was held: a click on Send, or the submit of the form that holds the box. */
  held?: { kind: 'click' } | { kind: 'key' } | { kind: 'submit'; form: HTMLFormElement };
}

export interface AssistantSnapshot {
  fields: FieldView[];
  /** The field the panel is about: the last one the seller focused, else the first. */
  activeId?: number;
  context: PageContext;
  settings: AssistantSettings;
  /** When a review request for this order already left (the engine then flags another). */
  reviewRequestedOn?: string;
  guard?: SendGuardView;
  /** A short message after an action, e.g. why a fix could not be applied. */
  notice?: string;
  /** One of the page's own dialogs is open: nothing of Clearsend's is drawn over it. */
  pageDialog?: boolean;
  /** What the last "Fix all" did: how many fixes it applied, and how many findings need a choice. */
  fixedAll?: { fieldId: number; applied: number; left: number };
  /** Set when a "Choose a template" fix was clicked: the purposes the popup's picker should offer. */
  templateRequest?: { fieldId: number; purposes: readonly TemplatePurposeId[]; revision: number };
  /** Time the last lint took and when its result was published (for the performance report). */
  lastLintMs?: number;
  /** Increments on every published change; lets the UI and tests see that something happened. */
  revision: number;
}

/**
 * The key an ignore-once decision is stored under: the rule and the exact words (long spans,
 * such as a whole over-long message, by their start and length instead).
 */
export function ignoreKeyOf(finding: Finding): string {
  const words = finding.actual.length <= 120 ? finding.actual : `${finding.actual.slice(0, 60)}\u2026${finding.actual.length}`;
  return `${finding.ruleId}\u0000${finding.field}\u0000${words}`;
}

/** A finding that shows the text asks for a review or feedback (neutrally or not). */
export function isReviewRequest(finding: Finding): boolean {
  return finding.ruleId === 'review-request' || (finding.category === 'review-manipulation' && finding.ruleId !== 'review-repeat');
}

export function findingId(finding: Finding): string {
  return `${finding.field}:${finding.ruleId}:${finding.start}:${finding.end}`;
}

export interface AssistantController {
  snapshot(): AssistantSnapshot;
  subscribe(listener: (snapshot: AssistantSnapshot) => void): () => void;
  setActive(fieldId: number): void;
  applySuggestion(fieldId: number, finding: Finding, suggestion: Suggestion): EditResult;
  /**
   * Applies every fix that needs no choice (the finding's only edit) as one edit of the field, so
   * that one undo restores the text; findings with a choice to make stay.
   */
  fixAll(fieldId: number): EditResult;
  /** Replaces the field's whole text with a template the seller picked, as one undoable edit. */
  useTemplate(fieldId: number, text: string): EditResult;
  /** Closes the template picker a "Choose a template" fix opened. */
  closeTemplates(): void;
  ignoreOnce(fieldId: number, finding: Finding): Promise<void>;
  disableRule(ruleId: string): Promise<void>;
  sendAnyway(): void;
  fixFirst(): void;
  dismissNotice(): void;
  /**
   * Inserts text (a template) at the caret of the compose box the seller was last in, as one
   * undoable edit, restoring focus there first.
   */
  insertAtCaret(text: string): EditResult | { ok: false; reason: 'no-compose-box' };
}

/** The rule engine, wherever it runs (in the extension's background, or in-process in tests). */
/** Lint options plus what the page says in its own words, read where the words' data is. */
export type PageLintOptions = LintOptions & { contactReasonLabel?: string };

export type Linter = (message: Message, options: PageLintOptions) => Promise<Finding[]>;

export interface ControllerOptions {
  doc: Document;
  lint: Linter;
  signal: AbortSignal;
  store: AssistantStore;
  /** Clearsend's own shadow host: never linted, never observed. */
  ownHost?: Element;
  debounceMs?: number;
  /** The language findings are worded in (the browser's UI language). Default English. */
  uiLanguage?: Language;
  /**
   * The site's adapter: Seller Central's (lib/page/site.ts) or one compose window of a mail
   * client's. Passed in, so that each content script carries only its own site's knowledge.
   */
  site: SiteAdapter;
}

/** How long after Send Amazon's Review-message step may take to open. */
const REVIEW_STEP_WAIT_MS = 1000;

const DEFAULT_SETTINGS: AssistantSettings = { disabledRules: [], sendGuard: true };

export function startAssistant({ doc, lint, signal, store, ownHost, debounceMs = 150, uiLanguage, site }: ControllerOptions): AssistantController {
  const listeners = new Set<(snapshot: AssistantSnapshot) => void>();
  const watchers = new Map<HTMLElement, { view: FieldView; abort: AbortController }>();
  /** The newest lint request per field: an older answer arriving late is dropped. */
  const latestRequest = new Map<number, number>();
  let requests = 0;
  let ignored = new Set<string>();
  let nextId = 1;
  let bypassGuard = false;
  let state: AssistantSnapshot = {
    fields: [],
    context: site.readContext(doc, doc.location),
    settings: DEFAULT_SETTINGS,
    revision: 0,
  };

  const publish = (patch: Partial<AssistantSnapshot>): void => {
    state = { ...state, ...patch, revision: state.revision + 1 };
    for (const listener of listeners) {
      try {
        listener(state);
      } catch (error) {
        console.error('[Clearsend]', error);
      }
    }
  };

  const ignoreScope = (): string => state.context.orderId ?? doc.location.pathname;

  const visible = (findings: Finding[]): Finding[] => findings.filter((f) => !ignored.has(ignoreKeyOf(f)));

  const subjectText = (): string | undefined => {
    const subject = [...watchers.values()].find((w) => w.view.field.role === 'subject');
    return subject?.view.text;
  };

  const lintField = async (view: FieldView): Promise<Finding[]> => {
    const context = state.context;
    const options: PageLintOptions = {
      buyerLanguage: context.buyerLanguage,
      contactReason: context.contactReason,
      // The reason as the page words it: the background reads it (lint-port.ts).
      contactReasonLabel: context.contactReasonLabel,
      marketplace: context.marketplace,
      disabledRules: state.settings.disabledRules,
      uiLanguage,
      // The compose box holds a message about to be sent: template variables left in it are errors.
      asSent: true,
      reviewRequestedOn: state.reviewRequestedOn,
      // What the page knows, for the fixes that fill in a "{order_id}" or "[Buyer Name]".
      fill: { orderId: context.orderId, buyerName: context.buyerName, sellerName: state.settings.sellerName || undefined },
    };
    if (view.field.role === 'subject') return (await lint({ subject: view.text, body: '' }, options)).filter((f) => f.field === 'subject');
    const subject = subjectText();
    return (await lint(subject === undefined ? { body: view.text } : { subject, body: view.text }, options)).filter((f) => f.field === 'body');
  };

  const relint = (view: FieldView): void => {
    const started = performance.now();
    const request = ++requests;
    latestRequest.set(view.id, request);
    let failed = false;
    void lintField(view)
      .catch((error: unknown) => {
        // The engine must never take the page down with it; the seller is told nothing was checked.
        console.error('[Clearsend] lint failed', error);
        failed = true;
        return [] as Finding[];
      })
      .then((findings) => {
        if (signal.aborted || latestRequest.get(view.id) !== request) return;
        const entry = [...watchers.values()].find((w) => w.view.id === view.id);
        // The text moved on while the engine worked: a newer request is on its way.
        if (!entry || entry.view.text !== view.text) return;
        entry.view = { ...entry.view, findings: visible(findings) };
        const notice = failed ? { notice: 'not-checked' } : state.notice === 'not-checked' ? { notice: undefined } : {};
        publish({ fields: [...watchers.values()].map((w) => w.view), lastLintMs: performance.now() - started, ...notice });
      });
  };

  const relintAll = (): void => {
    for (const { view } of watchers.values()) relint(view);
    if (watchers.size === 0) publish({});
  };

  /** The order's review-request memory, read when the order is known or changes. */
  const loadReviewMemory = async (): Promise<void> => {
    const orderId = state.context.orderId;
    const on = orderId ? await store.reviewRequestedOn(orderId).catch(() => undefined) : undefined;
    if (state.context.orderId === orderId) state = { ...state, reviewRequestedOn: on };
  };

  /** The box the seller writes in: on the inbox, the order and buyer are read around it. */
  const activeBox = (): Element | undefined => {
    const views = [...watchers.values()].map((w) => w.view);
    const view = views.find((v) => v.id === state.activeId) ?? views.find((v) => v.field.role === 'body');
    return view?.field.host;
  };

  const refreshContext = (): void => {
    const context = site.readContext(doc, doc.location, activeBox());
    if (JSON.stringify(context) === JSON.stringify(state.context)) return;
    const scopeChanged = context.orderId !== state.context.orderId;
    state = { ...state, context };
    if (scopeChanged) {
      void Promise.all([store.loadIgnored(ignoreScope()), loadReviewMemory()]).then(([set]) => {
        ignored = set;
        relintAll();
      });
    } else {
      relintAll();
    }
  };

  const onFields = (fields: ComposeField[]): void => {
    const keep = new Set(fields.map((f) => f.element));
    for (const [element, entry] of watchers) {
      if (keep.has(element) && element.isConnected) continue;
      entry.abort.abort();
      watchers.delete(element);
      latestRequest.delete(entry.view.id);
    }
    for (const field of fields) {
      if (watchers.has(field.element)) continue;
      const abort = new AbortController();
      signal.addEventListener('abort', () => abort.abort(), { once: true });
      const view: FieldView = { id: nextId++, field, text: readFieldText(field), findings: [] };
      watchers.set(field.element, { view, abort });
      watchField(field, {
        signal: abort.signal,
        delay: debounceMs,
        onText: (text) => {
          const entry = watchers.get(field.element);
          if (!entry) return;
          entry.view = { ...entry.view, text };
          relint(entry.view);
        },
        onFocus: () => {
          const entry = watchers.get(field.element);
          if (entry && state.activeId !== entry.view.id) publish({ activeId: entry.view.id });
        },
      });
    }
    const views = [...watchers.values()].map((w) => w.view);
    const activeId = views.some((v) => v.id === state.activeId) ? state.activeId : views.find((v) => v.field.role === 'body')?.id ?? views[0]?.id;
    publish({ fields: views, activeId, guard: state.guard && views.some((v) => v.id === state.guard?.fieldId) ? state.guard : undefined });
  };

  // The seller's decisions first, then the page.
  void Promise.all([store.loadSettings(), store.loadIgnored(ignoreScope()), loadReviewMemory()])
    .then(([settings, set]) => {
      if (signal.aborted) return;
      ignored = set;
      state = { ...state, settings };
      relintAll();
    })
    .catch((error: unknown) => console.error('[Clearsend] settings could not be read', error));
  const unwatchSettings = store.watchSettings((settings) => {
    state = { ...state, settings };
    relintAll();
  });
  signal.addEventListener('abort', unwatchSettings);

  // The page's context is re-read when the page changes (after each throttled scan), when a
  // contact reason is picked, and when the single-page app navigates; never on a timer that
  // walks the page.
  observeComposeFields(doc, { signal, ownHost, onChange: onFields, onScan: refreshContext, find: site.findFields });
  doc.addEventListener('change', refreshContext, { signal, capture: true, passive: true });
  let href = doc.location.href;
  const navigationTimer = setInterval(() => {
    if (doc.location.href === href) return;
    href = doc.location.href;
    refreshContext();
  }, 500);
  signal.addEventListener('abort', () => clearInterval(navigationTimer));

  /** One review request per order: what left is remembered, so that a second one is flagged. */
  const rememberReviewRequest = (via: 'message' | 'request-a-review'): void => {
    const orderId = state.context.orderId;
    if (!orderId || state.reviewRequestedOn) return;
    state = { ...state, reviewRequestedOn: isoDay(new Date()) };
    store.recordReviewRequest(orderId, via).catch(() => publish({ notice: 'not-saved' }));
  };

  /**
   * A review request that left through Send counts once the message really went: at once, or, when
   * Amazon's Review-message step opens (the buyer's language differs), at that step's own Send.
   */
  let pendingReview: string | undefined;
  const commitPendingReview = (): void => {
    if (pendingReview && pendingReview === state.context.orderId) rememberReviewRequest('message');
    pendingReview = undefined;
  };
  const reviewRequestSent = (): void => {
    pendingReview = state.context.orderId;
    // Amazon's step opens from the page's own click handler, which may wait for its server.
    setTimeout(() => {
      if (!signal.aborted && !site.isReviewStepOpen(doc, ownHost)) commitPendingReview();
    }, REVIEW_STEP_WAIT_MS);
  };

  const errorsToHold = (): FieldView | undefined =>
    !bypassGuard && state.settings.sendGuard ? state.fields.find((v) => v.findings.some((f) => f.severity === 'error')) : undefined;
  const hold = (event: Event, view: FieldView, held: NonNullable<SendGuardView['held']>): void => {
    event.preventDefault();
    event.stopImmediatePropagation();
    publish({ guard: { fieldId: view.id, errors: view.findings.filter((f) => f.severity === 'error'), held }, activeId: view.id });
  };

  // Send guard: stop the one click on Send that would send a message with errors. The Send of a
  // pop-up of the page (Amazon's Review-message step, the second step of a send already decided
  // on) is never held. A Send that goes through with a review request in the text is remembered.
  /** A click may open or close one of the page's dialogs: looked at once the page has reacted. */
  const checkPageDialog = (): void => {
    if (signal.aborted || state.fields.length === 0) return;
    const open = site.isPageDialogOpen(doc, ownHost);
    if (open !== Boolean(state.pageDialog)) publish({ pageDialog: open });
  };
  const onClick = (event: MouseEvent): void => {
    setTimeout(checkPageDialog, 0);
    setTimeout(checkPageDialog, REVIEW_STEP_WAIT_MS);
    const path = event.composedPath();
    if (onRequestReviewPage) {
      if (site.requestReviewConfirmation(path)) rememberReviewRequest('request-a-review');
      return;
    }
    // Cheapest first: most clicks happen while nothing is wrong, and finding the send button may
    // mean a walk through the page.
    const withErrors = errorsToHold();
    const asksForReview = state.fields.some((v) => v.field.role === 'body' && v.findings.some(isReviewRequest));
    if (!withErrors && !asksForReview && !pendingReview) return;
    if (site.isDialogSend(path, ownHost)) {
      commitPendingReview();
      return;
    }
    if (!withErrors && !asksForReview) return;
    const active = state.fields.find((v) => v.id === state.activeId) ?? state.fields[0];
    const button = site.findSendButton(doc, active?.field, ownHost);
    if (!button || !path.includes(button)) return;
    if (withErrors) {
      hold(event, withErrors, { kind: 'click' });
      return;
    }
    reviewRequestSent();
  };
  // A keyboard submit of the form that holds the box, where the page's form allows one.
  const onSubmit = (event: SubmitEvent): void => {
    const form = event.target;
    if (onRequestReviewPage || !(form instanceof HTMLFormElement)) return;
    const inForm = (v: FieldView): boolean => form.contains(v.field.host);
    const withErrors = errorsToHold();
    if (withErrors && inForm(withErrors)) {
      hold(event, withErrors, { kind: 'submit', form });
      return;
    }
    if (state.fields.some((v) => v.field.role === 'body' && inForm(v) && v.findings.some(isReviewRequest))) reviewRequestSent();
  };
  const onRequestReviewPage = site.isRequestReviewPage(doc.location);
  doc.defaultView?.addEventListener('click', onClick, { signal, capture: true });
  doc.defaultView?.addEventListener('submit', onSubmit, { signal, capture: true });
  // A mail client also sends from the keyboard (Ctrl/Cmd+Enter, Enter on a focused Send): held
  // the same way, in the capture phase on the window, before the client's own listeners.
  const onKey = (event: KeyboardEvent): void => {
    if (!site.isSendKey?.(event) || event.isComposing) return;
    const withErrors = errorsToHold();
    if (withErrors) {
      hold(event, withErrors, { kind: 'key' });
      return;
    }
    if (state.fields.some((v) => v.field.role === 'body' && v.findings.some(isReviewRequest))) reviewRequestSent();
  };
  if (site.isSendKey) doc.defaultView?.addEventListener('keydown', onKey, { signal, capture: true });

  const viewById = (fieldId: number): FieldView | undefined => state.fields.find((v) => v.id === fieldId);

  /** After an edit: a refused or stale one is said, and the text checked again at once. */
  const settle = (view: FieldView, result: EditResult): EditResult => {
    if (!result.ok) {
      publish({ notice: result.reason === 'stale' ? 'stale' : 'refused' });
      // The text moved on: check it again now rather than after the next keystroke.
      const entry = watchers.get(view.field.element);
      if (entry) {
        entry.view = { ...entry.view, text: readFieldText(view.field) };
        relint(entry.view);
      }
    }
    return result;
  };

  /** Puts the caret around [start, end) of the field, for the seller to rewrite it. */
  const selectRange = (view: FieldView, start: number, end: number): void => {
    const el = view.field.element;
    el.focus();
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) el.setSelectionRange(start, end);
    else selectInEditable(el, start, end, view.field.skip);
  };

  return {
    snapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setActive(fieldId) {
      if (viewById(fieldId)) publish({ activeId: fieldId });
    },
    applySuggestion(fieldId, finding, suggestion) {
      const view = viewById(fieldId);
      if (!view) return { ok: false, reason: 'stale' };
      const action = suggestion.action;
      if (action?.kind === 'select') {
        selectRange(view, finding.start, finding.end);
        return { ok: true };
      }
      if (action?.kind === 'choose-template') {
        publish({ templateRequest: { fieldId, purposes: action.purposes, revision: state.revision + 1 } });
        return { ok: true };
      }
      // Offsets from an older text would land on the wrong words.
      if (view.text.slice(finding.start, finding.end) !== finding.actual) return settle(view, { ok: false, reason: 'stale' });
      const start = suggestion.start ?? finding.start;
      const end = suggestion.end ?? finding.end;
      return settle(view, replaceText(view.field, start, end, view.text.slice(start, end), suggestion.replacement));
    },
    fixAll(fieldId) {
      const view = viewById(fieldId);
      if (!view) return { ok: false, reason: 'stale' };
      const plan = planFixAll(view.text, view.findings);
      if (plan.applied === 0) return { ok: true };
      const result = settle(view, replaceText(view.field, plan.start, plan.end, view.text.slice(plan.start, plan.end), plan.replacement));
      if (result.ok) publish({ fixedAll: { fieldId, applied: plan.applied, left: plan.left } });
      return result;
    },
    useTemplate(fieldId, text) {
      const view = viewById(fieldId);
      if (!view) return { ok: false, reason: 'stale' };
      publish({ templateRequest: undefined });
      const current = readFieldText(view.field);
      return settle(view, replaceText(view.field, 0, current.length, current, text));
    },
    closeTemplates() {
      publish({ templateRequest: undefined });
    },
    async ignoreOnce(fieldId, finding) {
      const key = ignoreKeyOf(finding);
      // Saved first, so that what the seller sees gone is also gone after a reload.
      const saved = await store.addIgnored(ignoreScope(), key).then(
        () => true,
        () => false,
      );
      ignored = new Set(ignored).add(key);
      const view = viewById(fieldId);
      if (view) relint(view);
      if (!saved) publish({ notice: 'not-saved' });
    },
    async disableRule(ruleId) {
      const saved = await store.disableRule(ruleId).then(
        () => true,
        () => false,
      );
      state = { ...state, settings: { ...state.settings, disabledRules: [...new Set([...state.settings.disabledRules, ruleId])] } };
      relintAll();
      if (!saved) publish({ notice: 'not-saved' });
    },
    sendAnyway() {
      const guard = state.guard;
      const view = guard ? viewById(guard.fieldId) : undefined;
      publish({ guard: undefined });
      // What was held goes on, once, into Amazon's own flow (its Review-message step included).
      const held = guard?.held;
      const button = held?.kind === 'submit' ? undefined : site.findSendButton(doc, view?.field, ownHost);
      if (held?.kind !== 'submit' && !button) return;
      bypassGuard = true;
      try {
        if (held?.kind === 'submit') held.form.requestSubmit();
        else if (button) site.pressSend(button);
      } finally {
        bypassGuard = false;
      }
    },
    fixFirst() {
      const guard = state.guard;
      publish({ guard: undefined });
      const view = guard ? viewById(guard.fieldId) : undefined;
      const first = guard?.errors[0];
      if (!view || !first) return;
      selectRange(view, first.start, first.end);
    },
    dismissNotice() {
      publish({ notice: undefined });
    },
    insertAtCaret(text) {
      const view = state.fields.find((v) => v.id === state.activeId && v.field.role === 'body') ?? state.fields.find((v) => v.field.role === 'body');
      if (!view || !view.field.element.isConnected) return { ok: false, reason: 'no-compose-box' };
      // A textarea keeps its selection while the popup has focus: the caret is where the seller left it.
      return insertAtCaret(view.field, text);
    },
  };
}
