import type { RefObject, TargetedKeyboardEvent } from 'preact';
import { directionOf, t } from '../../lib/i18n';
import type { PopupTemplate } from '../../lib/popup/templates';
import { purposeLabel, reasonLabel } from './labels';

interface Props {
  templates: readonly PopupTemplate[];
  selectedId: string | undefined;
  /** Show each template's language (when the list holds several). */
  showLanguage: boolean;
  listRef: RefObject<HTMLUListElement | null>;
  onSelect(id: string): void;
  /** Insert (or copy) the template: a click, Enter or Space. */
  onActivate(template: PopupTemplate): void;
  /** The pointer is over a template (preview only), or left the list (null). */
  onHover(id: string | null): void;
  /** Arrow up from the first template: back to the search field. */
  onLeaveTop(): void;
}

export function optionId(id: string): string {
  return `cs-option-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Moves focus to the option of `id` in `list` (rendered or about to be). */
export function focusOption(list: HTMLUListElement | null, id: string | undefined): void {
  if (!list || !id) return;
  list.querySelector<HTMLElement>(`#${optionId(id)}`)?.focus();
}

/**
 * The purpose beside a template's title, only where it says something the title does not. A
 * library template's title is its purpose, in the template's language (the contact-reason line
 * says it again in the seller's): the label would name the template twice. A seller's own title
 * may be anything, so its purpose is shown unless the title is that very label.
 */
export function purposeTag(template: PopupTemplate): string | undefined {
  if (!template.custom || !template.purpose) return undefined;
  const label = purposeLabel(template.purpose);
  return label.trim().toLowerCase() === template.title.trim().toLowerCase() ? undefined : label;
}

/** The templates as a listbox: one tab stop, arrows move, Enter or a click inserts. */
export function TemplateList({ templates, selectedId, showLanguage, listRef, onSelect, onActivate, onHover, onLeaveTop }: Props) {
  if (templates.length === 0) {
    return (
      <p class="cs-popup-empty" role="status">
        {t('popupNoMatch', 'No template matches. Change the search, the purpose or the language.')}
      </p>
    );
  }
  const current = Math.max(0, templates.findIndex((template) => template.id === selectedId));

  const move = (index: number): void => {
    const target = templates[Math.min(Math.max(index, 0), templates.length - 1)];
    if (!target) return;
    onSelect(target.id);
    focusOption(listRef.current, target.id);
  };

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLUListElement>): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowDown':
        move(current + 1);
        break;
      case 'ArrowUp':
        if (current === 0) onLeaveTop();
        else move(current - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(templates.length - 1);
        break;
      case 'PageDown':
        move(current + 5);
        break;
      case 'PageUp':
        move(current - 5);
        break;
      case 'Enter':
      case ' ': {
        const template = templates[current];
        if (template) onActivate(template);
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <ul
      ref={listRef}
      class="cs-popup-list"
      role="listbox"
      aria-label={t('popupTemplatesLabel', 'Templates')}
      onKeyDown={onKeyDown}
      onMouseLeave={() => onHover(null)}
    >
      {templates.map((template, index) => {
        const selected = index === current;
        return (
          <li
            key={template.id}
            id={optionId(template.id)}
            class="cs-popup-option"
            role="option"
            aria-selected={selected}
            tabIndex={selected ? 0 : -1}
            data-template-id={template.id}
            onFocus={() => onSelect(template.id)}
            onMouseEnter={() => onHover(template.id)}
            onClick={() => onActivate(template)}
          >
            <span class="cs-popup-option-title" lang={template.locale} dir={directionOf(template.locale)}>
              {template.title}
            </span>
            <span class="cs-popup-tags">
              {template.custom ? <span class="cs-popup-tag cs-popup-tag--yours">{t('popupYours', 'Yours')}</span> : null}
              {showLanguage ? <span class="cs-popup-tag">{template.locale}</span> : null}
              {purposeTag(template) ? <span class="cs-popup-purpose">{purposeTag(template)}</span> : null}
            </span>
            {template.contactReason ? (
              <span class="cs-popup-reason">
                {t('popupContactReason', `Contact reason: ${reasonLabel(template.contactReason)}`, reasonLabel(template.contactReason))}
                {' · '}
                <span class={template.deliveredDespiteOptOut ? 'cs-popup-optout cs-popup-optout--yes' : 'cs-popup-optout'} data-opt-out={template.deliveredDespiteOptOut ? 'delivered' : 'not-delivered'}>
                  {template.deliveredDespiteOptOut
                    ? t('popupDeliveredDespiteOptOut', 'Delivered even if the buyer opted out')
                    : t('popupNotAfterOptOut', 'Not delivered if the buyer opted out')}
                </span>
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
