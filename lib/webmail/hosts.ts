/**
 * The mail clients Clearsend can check and the buyer relay addresses that switch it on there.
 * Facts and sources: ../shared/domain/webmail.md. Shared by the manifest (optional host
 * permissions), the background (content-script registration), the options page and the adapters.
 */

export const GMAIL_HOSTS = ['mail.google.com'] as const;

/** Outlook on the web; outlook.cloud.microsoft is Microsoft 365's new home (work accounts redirect). */
export const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'] as const;

export const WEBMAIL_HOSTS: readonly string[] = [...GMAIL_HOSTS, ...OUTLOOK_HOSTS];

/** One match pattern per host: the optional host permissions and the registered script's matches. */
export const WEBMAIL_MATCHES: string[] = WEBMAIL_HOSTS.map((host) => `https://${host}/*`);

/**
 * The domains of Amazon's buyer relay addresses, `{alias}+{uuid}@marketplace.amazon.{tld}`: the
 * addresses Amazon gives sellers to write to buyers by e-mail, under the messaging rules.
 */
export const RELAY_DOMAINS = [
  'marketplace.amazon.com',
  'marketplace.amazon.ca',
  'marketplace.amazon.com.mx',
  'marketplace.amazon.com.br',
  'marketplace.amazon.co.uk',
  'marketplace.amazon.de',
  'marketplace.amazon.fr',
  'marketplace.amazon.it',
  'marketplace.amazon.es',
  'marketplace.amazon.nl',
  'marketplace.amazon.se',
  'marketplace.amazon.pl',
  'marketplace.amazon.com.tr',
  'marketplace.amazon.com.be',
  'marketplace.amazon.ie',
  'marketplace.amazon.ae',
  'marketplace.amazon.sa',
  'marketplace.amazon.eg',
  'marketplace.amazon.in',
  'marketplace.amazon.co.jp',
  'marketplace.amazon.com.au',
  'marketplace.amazon.sg',
  'marketplace.amazon.co.za',
] as const;

const RELAY = new Set<string>(RELAY_DOMAINS);

/**
 * The relay domain of an address written any way a mail client shows it ("Name <a@b>", "a@b",
 * with spaces or a trailing dot), or undefined when it is not a buyer relay address. Only the
 * exact domains count: a look-alike (marketplace.amazon.com.evil.example) or another Amazon
 * address (seller-notification@amazon.com) does not.
 */
export function relayDomainOf(address: string): string | undefined {
  const inAngles = /<([^<>]*)>/.exec(address);
  const bare = (inAngles?.[1] ?? address).trim().replace(/^mailto:/i, '');
  const at = bare.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = bare.slice(0, at);
  if (/[\s<>]/.test(local)) return undefined;
  const domain = bare.slice(at + 1).trim().toLowerCase().replace(/\.$/, '');
  return RELAY.has(domain) ? domain : undefined;
}

export function isBuyerRelayAddress(address: string): boolean {
  return relayDomainOf(address) !== undefined;
}

/** Whether the page is one of the mail clients (the registered content script checks it first). */
export function mailClientOf(hostname: string): 'gmail' | 'outlook' | undefined {
  const host = hostname.toLowerCase();
  if ((GMAIL_HOSTS as readonly string[]).includes(host)) return 'gmail';
  if ((OUTLOOK_HOSTS as readonly string[]).includes(host)) return 'outlook';
  return undefined;
}
