import { useEffect, useRef, useState } from 'preact/hooks';
import type { RuleInfo } from '../../lib/rules/index';
import { RULES, ruleText } from '../../lib/rules/index';
import type { Category } from '../../lib/rules/types';
import type { Settings } from '../../lib/storage/index';
import { loadSettings, saveSettings, watchSettings } from '../../lib/storage/index';
import { t, uiLanguage } from '../../lib/i18n';
import { SaveStatus } from './SaveStatus';
import { CATEGORY_NAMES } from '../categories';
import type { SaveState } from './SaveStatus';

/** How long typing in the name field waits before saving. */
export const NAME_SAVE_DELAY_MS = 400;


function groupRules(): [Category, RuleInfo[]][] {
  const groups = new Map<Category, RuleInfo[]>();
  for (const rule of RULES as readonly RuleInfo[]) {
    const list = groups.get(rule.category) ?? [];
    list.push(rule);
    groups.set(rule.category, list);
  }
  return [...groups.entries()];
}

/** The seller's name, the rules on or off, the send guard. Each change is saved at once. */
export function SettingsSection() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [name, setName] = useState('');
  const nameTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const editingName = useRef(false);

  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => {
      if (!live) return;
      setSettings(loaded);
      setName(loaded.sellerName);
    });
    const unwatch = watchSettings((next) => {
      setSettings(next);
      if (!editingName.current) setName(next.sellerName);
    });
    return () => {
      live = false;
      unwatch();
      clearTimeout(nameTimer.current);
    };
  }, []);

  const save = async (patch: Partial<Settings>) => {
    setState({ kind: 'saving' });
    const result = await saveSettings(patch);
    setState({ kind: 'done', result });
    if (result.ok) setSettings((current) => (current ? { ...current, ...patch } : current));
  };

  const flushName = (value: string) => {
    clearTimeout(nameTimer.current);
    nameTimer.current = undefined;
    editingName.current = false;
    if (settings && value !== settings.sellerName) void save({ sellerName: value });
  };

  const onNameInput = (value: string) => {
    setName(value);
    editingName.current = true;
    clearTimeout(nameTimer.current);
    nameTimer.current = setTimeout(() => flushName(value), NAME_SAVE_DELAY_MS);
  };

  const toggleRule = (id: string, on: boolean) => {
    if (!settings) return;
    const rest = settings.disabledRules.filter((rule) => rule !== id);
    void save({ disabledRules: on ? rest : [...rest, id] });
  };

  const language = uiLanguage();

  if (!settings) {
    return (
      <section class="opt-section" aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t('settingsHeading', 'Settings')}</h2>
        <p>{t('loading', 'Loading…')}</p>
      </section>
    );
  }

  return (
    <section class="opt-section" aria-labelledby="settings-heading">
      <div class="opt-section-head">
        <h2 id="settings-heading">{t('settingsHeading', 'Settings')}</h2>
        <SaveStatus state={state} id="settings-status" />
      </div>
      <div class="opt-field">
        <label for="seller-name">{t('sellerNameLabel', 'Your name or shop name')}</label>
        <input
          id="seller-name"
          type="text"
          maxLength={100}
          autocomplete="organization"
          dir="auto"
          value={name}
          aria-describedby="seller-name-help"
          onInput={(event) => onNameInput(event.currentTarget.value)}
          onBlur={(event) => nameTimer.current !== undefined && flushName(event.currentTarget.value)}
        />
        <p id="seller-name-help" class="opt-help">
          {t('sellerNameHelp', 'Fills the {sellerName} placeholder in templates.')}
        </p>
      </div>
      <div class="opt-switch-row">
        <input
          id="send-guard"
          type="checkbox"
          role="switch"
          checked={settings.sendGuard}
          aria-describedby="send-guard-help"
          onChange={(event) => void save({ sendGuard: event.currentTarget.checked })}
        />
        <label for="send-guard">{t('sendGuardLabel', 'Send guard')}</label>
        <p id="send-guard-help" class="opt-help">
          {t('sendGuardHelp', 'Asks before sending a message that Amazon would block.')}
        </p>
      </div>
      <h3>{t('rulesHeading', 'Rules')}</h3>
      <p class="opt-help">{t('rulesHelp', 'Turn off a rule to stop its warnings. Amazon still applies its guidelines.')}</p>
      {groupRules().map(([category, rules]) => (
        <fieldset class="opt-rule-group" key={category} data-category={category}>
          <legend>{CATEGORY_NAMES[category]()}</legend>
          {rules.map((rule) => {
            const id = `rule-${rule.id}`;
            const text = ruleText(rule.id, language);
            return (
              <div class="opt-switch-row" key={rule.id}>
                <input
                  id={id}
                  type="checkbox"
                  role="switch"
                  data-rule={rule.id}
                  checked={!settings.disabledRules.includes(rule.id)}
                  aria-describedby={`${id}-why`}
                  onChange={(event) => toggleRule(rule.id, event.currentTarget.checked)}
                />
                <label for={id}>{text.title}</label>
                <p id={`${id}-why`} class="opt-help">
                  {text.why}
                </p>
              </div>
            );
          })}
        </fieldset>
      ))}
    </section>
  );
}
