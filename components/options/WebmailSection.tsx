import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { WEBMAIL_MATCHES } from '../../lib/webmail/hosts';
import { requestWebmail, revokeWebmail, watchWebmailGrant, webmailGrant } from '../../lib/webmail/options';

type Status = { kind: 'idle' } | { kind: 'asking' } | { kind: 'refused' } | { kind: 'failed'; message: string };

/**
 * Gmail and Outlook on the web, off until the seller turns them on here: the browser then asks
 * for access to the mail sites, and Clearsend checks only the mail written to Amazon buyers.
 */
export function WebmailSection() {
  /** The granted mail hosts' patterns; null while they are read. */
  const [granted, setGranted] = useState<string[] | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    const refresh = (): void => {
      void webmailGrant().then((now) => live && setGranted(now));
    };
    refresh();
    const unwatch = watchWebmailGrant(refresh);
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const on = granted !== null && granted.length > 0;
  const partial = on && granted.length < WEBMAIL_MATCHES.length;

  const turnOn = (): void => {
    setStatus({ kind: 'asking' });
    // Called in the click itself: the browser accepts a permission request only during one.
    requestWebmail().then(
      (ok) => {
        setStatus(ok ? { kind: 'idle' } : { kind: 'refused' });
        void webmailGrant().then(setGranted);
      },
      (error: unknown) => setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  };
  const turnOff = async (): Promise<void> => {
    try {
      await revokeWebmail();
      setStatus({ kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
    setGranted(await webmailGrant());
  };

  return (
    <section class="opt-section" aria-labelledby="webmail-heading" data-testid="webmail" data-state={granted === null ? 'loading' : on ? 'on' : 'off'}>
      <h2 id="webmail-heading">{t('webmailHeading', 'Check my e-mails to Amazon buyers in Gmail / Outlook')}</h2>
      <p class="opt-help">
        {t(
          'webmailHelp',
          'When this is on, Clearsend reads a Gmail or Outlook compose window only while one of its recipients is an Amazon buyer’s relay address (…@marketplace.amazon…), and checks what you write there as it does in Seller Central; other mail is never read.',
        )}
      </p>
      {granted === null ? (
        <p>{t('loading', 'Loading…')}</p>
      ) : (
        <>
          <p class="opt-webmail-state" data-testid="webmail-state" role="status">
            {on
              ? partial
                ? t('webmailPartial', 'On for some of the mail sites only (your browser’s settings for Clearsend say which).')
                : t('webmailOn', 'On: your e-mails to Amazon buyers are checked in Gmail and Outlook.')
              : t('webmailOff', 'Off: Clearsend does not run in Gmail or Outlook.')}
          </p>
          {on ? (
            <button type="button" class="cs-button" data-action="webmail-off" onClick={() => void turnOff()}>
              {t('webmailTurnOff', 'Turn off')}
            </button>
          ) : (
            <button type="button" class="cs-button cs-primary" data-action="webmail-on" disabled={status.kind === 'asking'} onClick={turnOn}>
              {t('webmailTurnOn', 'Turn on (your browser asks for access to Gmail and Outlook)')}
            </button>
          )}
        </>
      )}
      {status.kind === 'refused' && (
        <p class="opt-error" role="alert" data-testid="webmail-refused">
          {t('webmailRefused', 'Your browser did not give access to the mail sites, so webmail stays off.')}
        </p>
      )}
      {status.kind === 'failed' && (
        <p class="opt-error" role="alert">
          {status.message}
        </p>
      )}
    </section>
  );
}
