/**
 * Which link targets the guidelines allow: Amazon itself and carriers' tracking sites
 * (G1701, German edition: "Links zur Sendungsverfolgung" are allowed). Everything else is an
 * external link. Host names only: no network access, ever.
 */

/** Amazon's own short hosts (a.co and amzn.to are Amazon's link shorteners). */
const AMAZON_HOSTS = new Set(['a.co', 'amzn.to', 'amzn.eu', 'amzn.asia', 'amzn.com', 'amzn.in']);

/** Carriers, by the name part of their domain, whatever the country suffix (dhl.de, dhl.com). */
const CARRIER_NAMES = new Set([
  'ups', 'fedex', 'usps', 'dhl', 'dhlparcel', 'dpd', 'hermesworld', 'myhermes', 'hermes-europe', 'evri',
  'gls-group', 'gls-pakete', 'gls-italy', 'gls-spain', 'gls-france', 'gls-one', 'royalmail', 'parcelforce',
  'canadapost', 'canadapost-postescanada', 'purolator', 'laposte', 'colissimo', 'chronopost', 'correos',
  'correosexpress', 'seur', 'mrw', 'nacex', 'poste', 'posteitaliane', 'brt', 'sda', 'kuronekoyamato',
  'yamato', 'sagawa-exp', 'japanpost', 'tnt', 'ontrac', 'postnl', 'bpost', 'deutschepost', 'aramex',
  'austrianpost', 'post', 'swisspost', 'postnord', 'inpost', 'lasership', 'amazonlogistics',
  // Brazil and Portugal: Correios, Jadlog, Loggi, Total Express; CTT.
  'correios', 'jadlog', 'loggi', 'totalexpress', 'ctt',
  // Poland and Turkey: Poczta Polska, Pocztex; Yurtiçi, Aras, MNG, Sürat, PTT Kargo, HepsiJet.
  'poczta-polska', 'pocztex', 'yurticikargo', 'araskargo', 'mngkargo', 'suratkargo', 'pttkargo', 'hepsijet',
  // The Gulf and Egypt: SMSA, Saudi Post (SPL), Naqel, Aymakan, Zajil, Emirates Post, iMile, J&T, Bosta, Quiqup.
  'smsaexpress', 'smsa', 'splonline', 'naqelexpress', 'aymakan', 'zajil-express', 'emiratespost', 'imile', 'jtexpress', 'jtexpress-sa', 'bosta', 'quiqup',
  // The Netherlands, Belgium and Sweden: Trunkrs, Homerr, Cycloon, Mondial Relay, GLS Netherlands; Budbee, Instabox, Bring, DB Schenker, Airmee, Early Bird.
  'trunkrs', 'homerr', 'cycloon', 'mondialrelay', 'gls-info', 'budbee', 'instabox', 'bring', 'dbschenker', 'schenker', 'airmee', 'earlybird',
]);

/** Shorteners hide the destination, so a buyer (and Amazon's scanner) cannot tell where they go. */
const SHORTENERS = new Set([
  'bit.ly', 'bitly.com', 'tinyurl.com', 'goo.gl', 'ow.ly', 't.co', 'is.gd', 'buff.ly', 'rebrand.ly',
  'cutt.ly', 'shorturl.at', 'rb.gy', 'tiny.cc', 'bl.ink', 's.id', 't.ly', 'v.gd', 'lnkd.in', 'shorte.st',
  'adf.ly', 'tiny.one', 'qrco.de', 'linktr.ee',
]);

/** Second-level labels under a country code that belong to the suffix (amazon.co.uk, sagawa-exp.co.jp). */
const SUFFIX_SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'ne', 'or', 'ac', 'go', 'gob', 'gouv', 'gv']);

/** The name part of a host's lower-case labels. */
function nameOf(labels: readonly string[]): string {
  const n = labels.length;
  if (n >= 3 && (labels[n - 1] as string).length === 2 && SUFFIX_SECOND_LEVEL.has(labels[n - 2] as string)) {
    return labels[n - 3] as string;
  }
  return n >= 2 ? (labels[n - 2] as string) : (labels[0] as string);
}

/** A host in lower case, its name and its registrable domain ("shop.amazon.co.uk" -> "amazon.co.uk"). */
interface HostParts {
  host: string;
  lower: string;
  name: string;
  registrable: string;
}

/**
 * The parts of the host looked at last: links.ts asks whether the same host is Amazon's, a
 * carrier's, a shortener… one after the other, and each used to split it again.
 */
let lastParts: HostParts | undefined;

function partsOf(host: string): HostParts {
  if (lastParts !== undefined && lastParts.host === host) return lastParts;
  const lower = host.toLowerCase();
  const labels = lower.split('.');
  const name = nameOf(labels);
  const at = labels.lastIndexOf(name);
  const registrable = at >= 0 && at < labels.length ? labels.slice(at).join('.') : lower;
  lastParts = { host, lower, name, registrable };
  return lastParts;
}

/** The name part of a host: "www.dhl.de" -> "dhl", "www.amazon.co.uk" -> "amazon". */
export function hostName(host: string): string {
  return partsOf(host).name;
}

export function isAmazonHost(host: string): boolean {
  const { lower, name, registrable } = partsOf(host);
  return name === 'amazon' || AMAZON_HOSTS.has(registrable) || AMAZON_HOSTS.has(lower);
}

export function isCarrierHost(host: string): boolean {
  return CARRIER_NAMES.has(partsOf(host).name);
}

export function isShortener(host: string): boolean {
  const { lower, registrable } = partsOf(host);
  return SHORTENERS.has(lower) || SHORTENERS.has(registrable);
}

/**
 * Top-level domains that mark a bare word.word as a web address. File extensions that are also
 * TLDs (.zip, .mov) are left out on purpose, so "invoice.zip" is not a link.
 */
export const KNOWN_TLDS = new Set([
  'com', 'net', 'org', 'info', 'biz', 'de', 'fr', 'es', 'it', 'jp', 'co', 'uk', 'eu', 'io', 'ly', 'gl',
  'gd', 'nl', 'ch', 'pl', 'se', 'dk', 'fi', 'pt', 'ie', 'ca', 'mx', 'br', 'au', 'nz', 'cn', 'ru', 'tk',
  'xyz', 'online', 'site', 'shop', 'store', 'app', 'dev', 'tv', 'cc', 'ws', 'tech', 'club', 'top',
  'live', 'link', 'click', 'page', 'blog', 'website', 'space', 'fun', 'icu', 'vip', 'pro', 'mobi',
  'asia', 'tokyo', 'berlin', 'paris', 'london', 'email', 'gr', 'cz', 'hu', 'ro', 'sk', 'tr', 'ae', 'sa',
  'eg', 'za', 'sg', 'hk', 'tw', 'kr', 'ar', 'cl', 'gov', 'edu', 'ly', 'gg', 'la', 'me', 'to', 'in', 'at',
  'be', 'us', 'id', 'cat', 'lu', 'li', 'no', 'is',
]);

/**
 * Top-level domains that are also everyday words: "today.It" or "shop.me" with a missing space is
 * more likely a typo than a link, so these need a scheme, "www." or a path to count.
 */
export const WORDLIKE_TLDS = new Set(['me', 'to', 'in', 'at', 'be', 'us', 'id', 'no', 'is', 'la', 'cat', 'li', 'fun', 'top', 'live', 'page', 'link', 'email', 'space', 'club', 'pro', 'shop', 'store', 'site', 'app', 'blog', 'click']);

/** Amazon's link shorteners: they almost always lead to a product page. */
const AMAZON_SHORT_HOSTS = new Set(['a.co', 'amzn.to', 'amzn.eu', 'amzn.asia', 'amzn.in']);

/**
 * Amazon pages that promote products (eDesk and FeedbackWhiz, 2025): product pages, storefronts
 * and seller pages, search results. Order details, Your Orders, returns, the review and
 * seller-feedback pages are what a message may link to.
 */
const PROMOTING_PATH =
  /^\/(?:[^/?#]+\/)?(?:dp|gp\/product|gp\/aw\/d|exec\/obidos\/asin|stores|shops|s(?=[/?#]|$)|b(?=[/?#]|$)|sp(?=[/?#]|$)|gp\/browse\.html|gp\/bestsellers|gp\/new-releases|deals|l\/)/iu;
const ALLOWED_PATH = /^\/(?:[^/?#]+\/)?(?:gp\/your-account|your-orders|gp\/css|returns|review|hz\/feedback|progress-tracker|gp\/help)/iu;
const PROMOTING_QUERY = /[?&](?:me|seller|k|field-keywords|node|asin)=/iu;

/** True for a link to an Amazon product, store, seller or search page, or an Amazon short link. */
export function isAmazonPromotion(host: string, pathAndQuery: string): boolean {
  const { lower, name, registrable } = partsOf(host);
  if (AMAZON_SHORT_HOSTS.has(lower) || AMAZON_SHORT_HOSTS.has(registrable)) return true;
  if (name !== 'amazon') return false;
  if (PROMOTING_PATH.test(pathAndQuery)) return true;
  // "?me=<seller id>" on any page is a storefront; the order and review pages carry other queries.
  return !ALLOWED_PATH.test(pathAndQuery) && PROMOTING_QUERY.test(pathAndQuery);
}
