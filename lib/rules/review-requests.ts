/**
 * Review and feedback requests as a whole: Amazon allows one neutral request per order (SP-API:
 * "Send only one productReviewAndSellerFeedback or free form proactive message per order"), and
 * after a resolved problem only its own neutral notice that seller feedback may be updated
 * (help 202126280). Asking to change a product review is always an error (G201972160).
 */
import type { ConceptContext } from './concepts.ts';
import { makeFinding, removalRange } from './finding.ts';
import { detectLanguage } from './language.ts';
import { LANGUAGE_SIGNS } from './phrases/index.ts';
import { sentenceAt, sentenceRange } from './sentences.ts';
import type { Finding, Language, LintOptions } from './types.ts';

const NOTICES = new Map<Language, string>(LANGUAGE_SIGNS.map((book) => [book.language, book.amazonFeedbackNotice]));

/** Lower case, one kind of space and quote, no final full stop: wording compared, not typing. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/\s+/gu, ' ')
    .replace(/[.。!！]+\s*$/u, '')
    .trim();
}

/** Made when a feedback notice is first looked at, not at every cold start (its regexes cost a millisecond). */
let normalizedNotices: string[] | undefined;
function noticesNormalized(): string[] {
  normalizedNotices ??= [...NOTICES.values()].filter((text) => text.length > 0).map(normalize);
  return normalizedNotices;
}

/**
 * Review-change findings, judged by their sentence: Amazon's own notice is not flagged; a neutral
 * equivalent about seller feedback is a warning whose fix is Amazon's wording; anything with
 * pressure or an incentive, or about a product review, stays an error.
 */
export function judgeReviewChanges(findings: Finding[], context: ConceptContext, pressured: boolean): Finding[] {
  if (!findings.some((f) => f.ruleId === 'review-change' || f.ruleId === 'review-conditional')) return findings;
  const { where, hits, starts } = context;
  const text = where.text;
  const out: Finding[] = [];
  const noticeSentences = new Set(hits.feedbackNotice.map((m) => sentenceAt(starts, m.start)));
  const sentenceOf = (finding: Finding) => {
    const s = sentenceAt(starts, finding.start);
    const [start, end] = sentenceRange(text, starts, s);
    return { s, start, end, sentence: text.slice(start, end) };
  };
  const isAmazonNotice = (sentence: string) => {
    const normalized = normalize(sentence);
    return noticesNormalized().some((notice) => normalized.includes(notice));
  };
  for (const finding of findings) {
    if (pressured || (finding.ruleId !== 'review-change' && finding.ruleId !== 'review-conditional')) {
      out.push(finding);
      continue;
    }
    const { s, start, end, sentence } = sentenceOf(finding);
    // "...update your feedback if you like": the notice is conditional by nature; judged below.
    if (finding.ruleId === 'review-conditional') {
      if (!noticeSentences.has(s) && !isAmazonNotice(sentence)) out.push(finding);
      continue;
    }
    if (isAmazonNotice(sentence)) continue;
    if (!noticeSentences.has(s)) {
      out.push(finding);
      continue;
    }
    const lead = sentence.length - sentence.trimStart().length;
    const language = detectLanguage(text) ?? 'en';
    const wording = NOTICES.get(language) || (NOTICES.get('en') as string);
    out.push(
      makeFinding('feedback-notice', where, start + lead, end, 'phrase', { actual: sentence.trim() }, [
        { label: 'useAmazonWording', replacement: wording },
      ]),
    );
  }
  return out;
}

/** The first neutral review request in the body: the memory's marker, or a repeat. */
export function checkReviewRequest(context: ConceptContext, options: LintOptions, flagged: boolean): Finding[] {
  const ask = context.hits.reviewAsk[0];
  if (!ask) return [];
  const { where } = context;
  const text = where.text;
  if (options.reviewRequestedOn) {
    const starts = context.starts;
    const s = sentenceAt(starts, ask.start);
    const [sentenceStart, end] = sentenceRange(text, starts, s);
    const lead = text.slice(sentenceStart, end).length - text.slice(sentenceStart, end).trimStart().length;
    const [start, stop] = removalRange(text, sentenceStart + lead, end);
    return [
      makeFinding('review-repeat', where, start, stop, 'repeat', { actual: text.slice(sentenceStart + lead, end), date: options.reviewRequestedOn }, [
        { label: 'removeSentence', replacement: '' },
      ]),
    ];
  }
  // A request that is a violation anyway needs no note that it will be remembered.
  if (flagged) return [];
  return [makeFinding('review-request', where, ask.start, ask.end, 'noted', { actual: text.slice(ask.start, ask.end) })];
}
