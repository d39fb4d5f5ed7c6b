/**
 * Links and bare domains. The guidelines allow links to Amazon, carriers' tracking links, and
 * secure links needed to complete the order (which a checker cannot judge, so those are flagged
 * for the seller to decide). Found by a hand-written linear scan, not a regex over the whole
 * text: host names are bounded in length, so a pasted megabyte costs one pass.
 */
import { makeFinding, removalRange, type FieldText } from './finding.ts';
import { isAmazonHost, isCarrierHost, isShortener, KNOWN_TLDS, WORDLIKE_TLDS } from './hosts.ts';
import { isWordCode, type TextProfile } from './scan.ts';
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

function isLetterOnly(s: string): boolean {
  return /^[a-z]+$/i.test(s);
}

/** Characters that end a path: whitespace, quotes and brackets that wrap links in prose. */
function endsPath(c: number): boolean {
  return (
    c <= 32 || c === 34 || c === 60 || c === 62 || c === 0x201c || c === 0x201d || c === 0x2018 ||
    c === 0x2019 || c === 0xa0 || c === 0x3000 || c === 0x3001 || c === 0x3002 || c === 0x300c ||
    c === 0x300d || (c >= 0xff01 && c <= 0xff5e)
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

/** All links and bare domains in a text, in order. */
export function findLinks(text: string): LinkSpan[] {
  const links: LinkSpan[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isHostCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // A run of host characters: a scheme ("https" before "://"), a host, or just a word.
    const runStart = i;
    while (i < length && isHostCode(text.charCodeAt(i))) i++;
    let runEnd = i;
    const before = runStart > 0 ? text.charCodeAt(runStart - 1) : 0;

    if (text.startsWith('://', runEnd) && isLetterOnly(text.slice(runStart, runEnd)) && runEnd - runStart <= 10) {
      const scheme = text.slice(runStart, runEnd).toLowerCase();
      let hostEnd = runEnd + 3;
      // user:password@ is rare in messages; the host is what follows the last "@" before the path.
      while (hostEnd < length && isHostCode(text.charCodeAt(hostEnd)) && hostEnd - runEnd < MAX_HOST + 3) hostEnd++;
      let host = text.slice(runEnd + 3, hostEnd);
      while (host.endsWith('.')) host = host.slice(0, -1);
      let end = runEnd + 3 + host.length;
      if (text.charCodeAt(end) === 58) {
        let p = end + 1;
        while (p < length && p - end <= 5 && text.charCodeAt(p) >= 48 && text.charCodeAt(p) <= 57) p++;
        if (p > end + 1) end = p;
      }
      const next = text.charCodeAt(end);
      if (next === 47 || next === 63 || next === 35) end = pathEnd(text, end);
      if (validHost(host, true)) links.push({ start: runStart, end, host, scheme });
      i = Math.max(end, runEnd + 3);
      continue;
    }

    // A bare domain: needs a dot, must not be an email address or part of a file path.
    if (before === 64 /* @ */ || text.charCodeAt(runEnd) === 64) continue;
    if (before === 47 /* / */ || before === 92 /* \ */) continue;
    let host = text.slice(runStart, runEnd);
    while (host.endsWith('.') || host.endsWith('-')) host = host.slice(0, -1);
    if (!host.includes('.')) continue;
    runEnd = runStart + host.length;
    if (!validHost(host, false)) continue;
    const tld = host.slice(host.lastIndexOf('.') + 1);
    const hasWww = /^www\./i.test(host);
    // "today.It": a capitalised ending is a sentence with a missing space, not a domain.
    if (tld !== tld.toLowerCase() && !hasWww) continue;
    let end = runEnd;
    const next = text.charCodeAt(end);
    const hasPath = next === 47 || next === 63 || next === 35;
    if (WORDLIKE_TLDS.has(tld.toLowerCase()) && !hasWww && !hasPath && host.split('.').length < 3) continue;
    if (hasPath) end = pathEnd(text, end);
    links.push({ start: runStart, end, host, scheme: '' });
    i = Math.max(i, end);
  }
  return links;
}

export function checkLinks(where: FieldText, profile: TextProfile): Finding[] {
  if (!profile.hasDottedWord && !profile.hasScheme) return [];
  const text = where.text;
  const findings: Finding[] = [];
  for (const link of findLinks(text)) {
    const url = text.slice(link.start, link.end);
    const insecure = link.scheme === 'http';
    if (isAmazonHost(link.host) || isCarrierHost(link.host)) {
      if (insecure) {
        findings.push(
          makeFinding(
            'insecure-link',
            where,
            link.start,
            link.end,
            `"${url}" is not secure: use https. Amazon and carrier tracking links are allowed, but only secure links are.`,
            [{ label: 'Use https', replacement: `https${url.slice(4)}` }],
          ),
        );
      }
      continue;
    }
    const [start, end] = removalRange(text, link.start, link.end);
    const removal = [{ label: 'Remove the link', replacement: '' }];
    if (isShortener(link.host)) {
      findings.push(
        makeFinding('link-shortener', where, start, end, `"${url}" is a shortened link that hides where it leads: only Amazon and carrier tracking links are allowed.`, removal),
      );
    } else {
      const why = insecure ? ' It is also insecure (http).' : '';
      findings.push(
        makeFinding(
          'external-link',
          where,
          start,
          end,
          `"${url}" links outside Amazon: only Amazon pages, carrier tracking links and secure links needed to complete the order are allowed.${why}`,
          removal,
        ),
      );
    }
    if (findings.length >= 100) break;
  }
  return findings;
}
