/**
 * Links and bare domains. The guidelines allow links to Amazon, carriers' tracking links, and
 * secure links needed to complete the order (which a checker cannot judge, so those are flagged
 * for the seller to decide). Found by a hand-written linear scan, not a regex over the whole
 * text: host names are bounded in length, so a pasted megabyte costs one pass.
 */
import { makeFinding, removalRange, type FieldText } from './finding.ts';
import { isAmazonHost, isAmazonPromotion, isCarrierHost, isShortener, KNOWN_TLDS, WORDLIKE_TLDS } from './hosts.ts';
import { isWordCode, type TextFacts } from './scan.ts';
import type { Finding } from './types.ts';

const MAX_HOST = 253;
const MAX_LABEL = 63;
const MAX_PATH = 2048;

export interface LinkSpan {
  start: number;
  end: number;
  host: string;
  /** "http", "https", … or "" for a bare domain. */
  scheme: string;
}

/** Letters, digits, "-" and "." (and non-ASCII letters, for internationalised names). */
function isHostCode(c: number): boolean {
  if (c < 128) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 46;
  }
  return isWordCode(c) && !(c >= 0x3000); // CJK text runs straight into links without a space
}

/** /^[a-z]+$/i without a regex: ASCII letters only, at least one. */
function isLetterOnly(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isLetterCode(s.charCodeAt(i))) return false;
  return true;
}

/** Characters that end a path: whitespace, quotes and brackets that wrap links in prose. */
function endsPath(c: number): boolean {
  return (
    c <= 32 || c === 34 || c === 60 || c === 62 || c === 0x201c || c === 0x201d || c === 0x2018 ||
    c === 0x2019 || c === 0xa0 || c === 0x3000 || c === 0x3001 || c === 0x3002 || c === 0x300c ||
    c === 0x300d || (c >= 0x3000 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff5e)
  );
}

/** Where a path that starts at `from` ends: trailing punctuation of the sentence is not part of it. */
function pathEnd(text: string, from: number): number {
  let end = from;
  const limit = Math.min(text.length, from + MAX_PATH);
  while (end < limit && !endsPath(text.charCodeAt(end))) end++;
  let open = 0;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) open++;
    else if (c === 41) open--;
  }
  while (end > from) {
    const c = text[end - 1] as string;
    if ('.,;:!?\'"»'.includes(c)) end--;
    else if (c === ')' && open < 0) {
      end--;
      open++;
    } else break;
  }
  return end;
}

function validHost(host: string, hasScheme: boolean): boolean {
  if (host.length === 0 || host.length > MAX_HOST) return false;
  const labels = host.split('.');
  for (const label of labels) {
    if (label.length === 0 || label.length > MAX_LABEL) return false;
  }
  if (hasScheme) return true;
  if (labels.length < 2) return false;
  const tld = labels[labels.length - 1] as string;
  return isLetterOnly(tld) && KNOWN_TLDS.has(tld.toLowerCase());
}

/** A link with a scheme: "https://host/path". `colon` is the position of "://". */
function schemeLink(text: string, colon: number, floor: number): LinkSpan | undefined {
  let schemeStart = colon;
  while (schemeStart > floor && colon - schemeStart < 10 && isLetterCode(text.charCodeAt(schemeStart - 1))) schemeStart--;
  if (schemeStart === colon) return undefined;
  const scheme = text.slice(schemeStart, colon).toLowerCase();
  const hostStart = colon + 3;
  let hostEnd = hostStart;
  while (hostEnd < text.length && hostEnd - hostStart < MAX_HOST && isHostCode(text.charCodeAt(hostEnd))) hostEnd++;
  while (hostEnd > hostStart && text.charCodeAt(hostEnd - 1) === 46) hostEnd--;
  const host = text.slice(hostStart, hostEnd);
  if (!validHost(host, true)) return undefined;
  return { start: schemeStart, end: linkEnd(text, hostEnd), host, scheme };
}

/** After the host: an optional port and path. */
function linkEnd(text: string, hostEnd: number): number {
  let end = hostEnd;
  if (text.charCodeAt(end) === 58) {
    let p = end + 1;
    while (p < text.length && p - end <= 5 && text.charCodeAt(p) >= 48 && text.charCodeAt(p) <= 57) p++;
    if (p > end + 1) end = p;
  }
  const next = text.charCodeAt(end);
  return next === 47 || next === 63 || next === 35 ? pathEnd(text, end) : end;
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** A bare domain around the dot at `dot`: "www.shop.de", "example.com/page". */
function bareLink(text: string, dot: number, floor: number): LinkSpan | undefined {
  let start = dot;
  while (start > floor && dot - start < MAX_HOST && isHostCode(text.charCodeAt(start - 1))) start--;
  let hostEnd = dot + 1;
  while (hostEnd < text.length && hostEnd - start < MAX_HOST && isHostCode(text.charCodeAt(hostEnd))) hostEnd++;
  while (hostEnd > dot + 1 && (text.charCodeAt(hostEnd - 1) === 46 || text.charCodeAt(hostEnd - 1) === 45)) hostEnd--;
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  // Part of an email address ("@" around it) or of a file path: not a link of its own.
  if (before === 64 || text.charCodeAt(hostEnd) === 64 || before === 47 || before === 92) return undefined;
  const host = text.slice(start, hostEnd);
  if (!validHost(host, false)) return undefined;
  const tld = host.slice(host.lastIndexOf('.') + 1);
  // /^www\./i: no other character lower-cases to an ASCII w.
  const hasWww = host.length >= 4 && host.slice(0, 4).toLowerCase() === 'www.';
  // "today.It": a capitalised ending is a sentence with a missing space, not a domain.
  if (tld !== tld.toLowerCase() && !hasWww) return undefined;
  const next = text.charCodeAt(hostEnd);
  const hasPath = next === 47 || next === 63 || next === 35;
  if (WORDLIKE_TLDS.has(tld.toLowerCase()) && !hasWww && !hasPath && host.split('.').length < 3) return undefined;
  return { start, end: linkEnd(text, hostEnd), host, scheme: '' };
}

/** The last text's links: checkLinks and the phone check of contact.ts both ask for them. */
let lastText: string | undefined;
let lastLinks: readonly LinkSpan[] = [];

/**
 * All links and bare domains in a text, in order (the array is shared: callers only read it).
 * Jumps from one "://" or dot to the next with indexOf, and never looks left of what it already
 * examined, so the work is linear.
 */
export function findLinks(text: string): readonly LinkSpan[] {
  if (text === lastText) return lastLinks;
  const links = scanLinks(text);
  lastText = text;
  lastLinks = links;
  return links;
}

function scanLinks(text: string): LinkSpan[] {
  const links: LinkSpan[] = [];
  let examined = 0;
  let scheme = text.indexOf('://');
  let dot = text.indexOf('.');
  while ((scheme !== -1 || dot !== -1) && links.length < 100) {
    if (scheme !== -1 && (dot === -1 || scheme <= dot)) {
      const link = scheme >= examined ? schemeLink(text, scheme, examined) : undefined;
      if (link) {
        links.push(link);
        examined = link.end;
      } else examined = Math.max(examined, scheme + 3);
      scheme = text.indexOf('://', Math.max(scheme + 3, examined));
      if (dot !== -1 && dot < examined) dot = text.indexOf('.', examined);
      continue;
    }
    const d = dot;
    dot = text.indexOf('.', d + 1);
    if (d < examined || d === 0 || !isHostCode(text.charCodeAt(d - 1)) || !isHostCode(text.charCodeAt(d + 1))) continue;
    // The host may go on up to a "://" ahead ("www.x.com" cannot contain one): stop before it.
    const link = bareLink(text, d, examined);
    if (link) {
      links.push(link);
      examined = link.end;
    } else {
      // Skip the rest of this run of host characters: its other dots give the same answer.
      let e = d + 1;
      while (e < text.length && isHostCode(text.charCodeAt(e)) && e - d < MAX_HOST) e++;
      examined = e;
    }
    if (dot !== -1 && dot < examined) dot = text.indexOf('.', examined);
    if (scheme !== -1 && scheme < examined) scheme = text.indexOf('://', examined);
  }
  return links;
}

/** What follows the host (and port) of a link: "/dp/B0…?th=1". */
function pathOf(text: string, link: LinkSpan): string {
  const url = text.slice(link.start, link.end);
  const hostAt = url.toLowerCase().indexOf(link.host.toLowerCase());
  const rest = hostAt === -1 ? '' : url.slice(hostAt + link.host.length);
  return rest.replace(/^:\d+/u, '');
}

export function checkLinks(where: FieldText, profile: TextFacts): Finding[] {
  if (!profile.hasDottedWord && !profile.hasScheme) return [];
  const text = where.text;
  const findings: Finding[] = [];
  for (const link of findLinks(text)) {
    const url = text.slice(link.start, link.end);
    const insecure = link.scheme === 'http';
    if (isAmazonHost(link.host) && isAmazonPromotion(link.host, pathOf(text, link))) {
      const [start, end] = removalRange(text, link.start, link.end);
      findings.push(makeFinding('amazon-product-link', where, start, end, 'link', { actual: url }, [{ label: 'removeLink', replacement: '' }]));
      continue;
    }
    if (isAmazonHost(link.host) || isCarrierHost(link.host)) {
      if (insecure) {
        findings.push(
          makeFinding(
            'insecure-link',
            where,
            link.start,
            link.end,
            'link',
            { actual: url },
            [{ label: 'useHttps', replacement: `https${url.slice(4)}` }],
          ),
        );
      }
      continue;
    }
    const [start, end] = removalRange(text, link.start, link.end);
    const removal = [{ label: 'removeLink', replacement: '' }] as const;
    if (isShortener(link.host)) {
      findings.push(
        makeFinding('link-shortener', where, start, end, 'link', { actual: url }, removal),
      );
    } else {
      findings.push(makeFinding('external-link', where, start, end, insecure ? 'insecureLink' : 'link', { actual: url }, removal));
    }
    if (findings.length >= 100) break;
  }
  return findings;
}
