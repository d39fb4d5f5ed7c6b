import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { browser } from 'wxt/browser';
import { t, uiDirection, uiLanguage } from '../lib/i18n';
import type { InsertTextRequest, InsertTextResponse } from '../lib/messaging';
import { findMessagingTab } from '../lib/popup/find-tab';
import type { MessagingTab, TabsApi } from '../lib/popup/find-tab';
import { fillForPreview, filterTemplates, initialLanguage, popupTemplates, placeholderValues } from '../lib/popup/templates';
import type { LanguageFilter, PopupTemplate, PurposeFilter } from '../lib/popup/templates';
import type { Language } from '../lib/rules/types';
import { loadSettings, loadTemplates } from '../lib/storage/index';
import type { Template } from '../lib/storage/index';
import { PURPOSES, TEMPLATE_LOCALES } from '../lib/templates/index';
import type { TemplatePurpose } from '../lib/templates/index';
import { ContextSummary } from './popup/ContextSummary';
import { PageReport } from './popup/PageReport';
import { LANGUAGE_NAMES, marketplaceLabel, purposeLabel } from './popup/labels';
import { Preview } from './popup/Preview';
import { TemplateList, focusOption } from './popup/TemplateList';

interface Notice {
  kind: 'success' | 'error';
  text: string;
}

function insertFailure(reason: string): string {
  switch (reason) {
    case 'no-compose-box':
      return t('popupInsertNoBox', 'The message box is gone from the page. Copy the template instead.');
    case 'stale':
      return t('popupInsertStale', 'The page changed while the popup was open. Click into the message box and try again.');
    case 'unreachable':
      return t('popupInsertUnreachable', 'The page no longer answers. Reload it, or copy the template.');
    default:
      return t('popupInsertRefused', 'The page did not accept the text. Copy the template and paste it.');
  }
}

function isInsertResponse(value: unknown): value is InsertTextResponse {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

const tabsApi: TabsApi = {
  query: (queryInfo) => browser.tabs.query(queryInfo),
  sendMessage: (tabId, message) => browser.tabs.sendMessage(tabId, message) as Promise<unknown>,
};

/** A performance mark set once the page's context (or its absence) is shown. */
export const POPUP_READY_MARK = 'clearsend:popup-ready';

/** The toolbar popup: the page's context and the template picker. */
export function Popup() {
  /** undefined: still looking; null: no messaging page answered. */
  const [tab, setTab] = useState<MessagingTab | null | undefined>(undefined);
  const [sellerName, setSellerName] = useState('');
  const [custom, setCustom] = useState<Template[]>([]);
  const [language, setLanguage] = useState<LanguageFilter>(() => initialLanguage(undefined, navigator.language));
  const [purpose, setPurpose] = useState<PurposeFilter>('all');
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const languageChosen = useRef(false);
  const tabRef = useRef<MessagingTab | null>(null);
  const lookups = useRef(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  /** The keyboard belongs on the list: at first, and while the seller moves through it. */
  const focusOnList = useRef(true);

  // The tab, the settings and the seller's templates, all at once; the tab again when the seller
  // switches tabs or a page finishes loading (a popup opened as a page of its own stays open).
  const lookUp = useCallback(async () => {
    const lookup = ++lookups.current;
    const previous = tabRef.current;
    const found = await findMessagingTab(tabsApi, { lastResort: previous ? [previous.tabId] : [] });
    if (lookup !== lookups.current) return;
    tabRef.current = found;
    setTab(found);
    if (!languageChosen.current) setLanguage(initialLanguage(found?.context, navigator.language));
  }, []);

  useEffect(() => {
    void lookUp();
    loadSettings().then(
      (settings) => setSellerName(settings.sellerName),
      () => undefined,
    );
    loadTemplates().then(setCustom, () => undefined);
    const onActivated = (): void => void lookUp();
    const onUpdated = (_id: number, change: { status?: string }): void => {
      if (change.status === 'complete') void lookUp();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [lookUp]);

  const all = useMemo(() => popupTemplates(custom), [custom]);
  const shown = useMemo(
    () => filterTemplates(all, { language, purpose, query }, (template) => (template.purpose ? [purposeLabel(template.purpose)] : [])),
    [all, language, purpose, query],
  );
  const selected = shown.find((template) => template.id === selectedId) ?? shown[0];
  const previewed = (hoveredId ? shown.find((template) => template.id === hoveredId) : undefined) ?? selected;
  const values = useMemo(() => placeholderValues(tab?.context, sellerName), [tab, sellerName]);
  const filled = useMemo(() => (previewed ? fillForPreview(previewed.body, values) : undefined), [previewed, values]);
  const canInsert = Boolean(tab?.hasComposeBox);

  // The moment the seller can act: measured by `npm run bench` from the popup's own clock.
  useEffect(() => {
    if (tab !== undefined && performance.getEntriesByName(POPUP_READY_MARK).length === 0) performance.mark(POPUP_READY_MARK);
  }, [tab]);

  // Once the page is known, the keyboard starts on the list: Enter inserts the first template.
  // The list keeps it when it re-renders (another language after a late answer, a filter).
  useEffect(() => {
    const onFocusIn = (event: FocusEvent): void => {
      focusOnList.current = event.target instanceof Node && Boolean(listRef.current?.contains(event.target));
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);
  useEffect(() => {
    if (tab === undefined || !focusOnList.current || !selected) return;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) focusOption(listRef.current, selected.id);
  });

  const copy = async (template: PopupTemplate): Promise<void> => {
    const { text } = fillForPreview(template.body, values);
    try {
      await navigator.clipboard.writeText(text);
      setNotice({ kind: 'success', text: t('popupCopied', 'Copied. Paste it into the message box.') });
    } catch {
      setNotice({ kind: 'error', text: t('popupCopyFailed', 'The clipboard refused the text. Select the preview and copy it.') });
    }
  };

  const insert = async (template: PopupTemplate): Promise<void> => {
    if (!tab || busy) return;
    const { text } = fillForPreview(template.body, values);
    const request: InsertTextRequest = { type: 'clearsend:insert-text', text };
    setBusy(true);
    let response: unknown;
    try {
      response = await browser.tabs.sendMessage(tab.tabId, request);
    } catch {
      response = { ok: false, reason: 'unreachable' };
    }
    setBusy(false);
    if (isInsertResponse(response) && response.ok) {
      window.close();
      return;
    }
    const reason = isInsertResponse(response) && !response.ok ? response.reason : 'unreachable';
    setNotice({ kind: 'error', text: insertFailure(reason) });
    if (reason === 'no-compose-box') {
      tabRef.current = { ...tab, hasComposeBox: false };
      setTab(tabRef.current);
    }
  };

  const activate = (template: PopupTemplate): void => {
    setSelectedId(template.id);
    setNotice(undefined);
    void (canInsert ? insert(template) : copy(template));
  };

  // "/" or a letter typed anywhere but a field goes to the search.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const search = searchRef.current;
      if (!search) return;
      if (event.key === '/') {
        event.preventDefault();
        search.focus();
        search.select();
      } else if (event.key.length === 1 && event.key !== ' ') {
        event.preventDefault();
        setQuery((previous) => previous + event.key);
        search.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const onSearchKeyDown = (event: TargetedKeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' && selected) {
      event.preventDefault();
      focusOption(listRef.current, selected.id);
    } else if (event.key === 'Enter' && selected) {
      event.preventDefault();
      activate(selected);
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      setQuery('');
    }
  };

  return (
    <main class="popup cs-popup" dir={uiDirection()} lang={uiLanguage()} aria-busy={tab === undefined || busy}>
      <header class="cs-popup-header">
        {/* The brand alone: the store name (extName) is a sentence that wraps over three lines here. */}
        <h1>Clearsend</h1>
        {tab ? (
          <span class="cs-popup-marketplace" title={tab.context.marketplace}>
            {marketplaceLabel(tab.context.marketplace)}
          </span>
        ) : null}
      </header>
      <ContextSummary tab={tab} />
      {tab && !tab.hasComposeBox ? (
        <PageReport request={(message) => browser.tabs.sendMessage(tab.tabId, message) as Promise<unknown>} copy={(text) => navigator.clipboard.writeText(text)} />
      ) : null}
      <div class="cs-popup-controls">
        <input
          ref={searchRef}
          class="cs-popup-search"
          type="search"
          value={query}
          aria-label={t('popupSearchLabel', 'Search templates')}
          placeholder={t('popupSearchPlaceholder', 'Search templates  ( / )')}
          aria-controls="cs-popup-templates"
          autocomplete="off"
          spellcheck={false}
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={onSearchKeyDown}
        />
        <div class="cs-popup-filters">
          <label>
            <span>{t('popupPurposeLabel', 'Purpose')}</span>
            <select
              class="cs-popup-purpose-filter"
              value={purpose}
              onChange={(event) => setPurpose(event.currentTarget.value as PurposeFilter)}
            >
              <option value="all">{t('popupAllPurposes', 'All purposes')}</option>
              {PURPOSES.map((info) => (
                <option key={info.purpose} value={info.purpose}>
                  {purposeLabel(info.purpose as TemplatePurpose)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('popupLanguageLabel', 'Language')}</span>
            <select
              class="cs-popup-language"
              value={language}
              onChange={(event) => {
                languageChosen.current = true;
                setLanguage(event.currentTarget.value as LanguageFilter);
              }}
            >
              {TEMPLATE_LOCALES.map((locale: Language) => (
                <option key={locale} value={locale} lang={locale}>
                  {LANGUAGE_NAMES[locale]}
                </option>
              ))}
              <option value="all">{t('popupAllLanguages', 'All languages')}</option>
            </select>
          </label>
        </div>
      </div>
      <div id="cs-popup-templates">
        <TemplateList
          templates={shown}
          selectedId={selected?.id}
          showLanguage={language === 'all'}
          listRef={listRef}
          onSelect={(id) => {
            setSelectedId(id);
            setHoveredId(null);
          }}
          onActivate={activate}
          onHover={setHoveredId}
          onLeaveTop={() => searchRef.current?.focus()}
        />
      </div>
      {previewed && filled ? <Preview template={previewed} filled={filled} /> : null}
      <div class="cs-popup-actions">
        {canInsert ? (
          <button type="button" class="cs-popup-button cs-popup-button--primary" data-action="insert" disabled={!selected || busy} onClick={() => selected && activate(selected)}>
            {t('popupInsert', 'Insert')}
          </button>
        ) : null}
        <button
          type="button"
          class={canInsert ? 'cs-popup-button' : 'cs-popup-button cs-popup-button--primary'}
          data-action="copy"
          disabled={!selected || tab === undefined}
          onClick={() => {
            if (!selected) return;
            setNotice(undefined);
            void copy(selected);
          }}
        >
          {t('popupCopy', 'Copy to clipboard')}
        </button>
        <span class="cs-popup-hint" aria-hidden="true">
          {canInsert ? t('popupKeyboardHint', '↑ ↓ choose · Enter inserts · / search') : t('popupKeyboardHintCopy', '↑ ↓ choose · Enter copies · / search')}
        </span>
      </div>
      <p class={`cs-popup-notice${notice ? ` cs-popup-notice--${notice.kind}` : ''}`} role="status" aria-live="polite" data-kind={notice?.kind}>
        {notice?.text ?? ''}
      </p>
    </main>
  );
}
