/**
 * Info-level hints about the message's context: the order ID, the buyer's language of preference,
 * and whether the chosen contact reason fits what the message is about. Never warnings: the
 * seller may know better (the order ID may be in an attachment, the buyer may write English).
 */
import { ALL_LANGUAGES, topicRegex } from './books.ts';
import { makeFinding, type FieldText } from './finding.ts';
import { detectLanguage } from './language.ts';
import { lowerSameLength } from './scan.ts';
import type { TopicPhrases } from './phrases/types.ts';
import type { CriticalContactReason, CriticalReason, MessageCatalog, MessageVariant } from './messages/types.ts';
import type { ContactReason, Finding, Language, LintOptions, Message } from './types.ts';

/** No `u`: digits and a hyphen, each one code unit. */
const ORDER_ID = /\d{3}-\d{7}-\d{7}/;
/** Shorter bodies are drafts still being typed: no hint yet. */
const MIN_BODY_FOR_ORDER_ID = 40;
/** Too short to tell the language reliably. */
const MIN_BODY_FOR_LANGUAGE = 60;
/** Shorter bodies are drafts: too early to say the message is not about its contact reason. */
const MIN_BODY_FOR_REASON = 60;

type Topic = keyof TopicPhrases;

/** `text` in lower case: phrase regexes run on it (compile.ts). */
function mentions(text: string, topic: Topic, languages: readonly Language[]): boolean {
  for (const language of languages) {
    const re = topicRegex(language, topic);
    if (!re) continue;
    re.lastIndex = 0;
    if (re.test(text)) return true;
  }
  return false;
}

/** The contact reason each critical topic belongs to, and how the form names it (`reasons` in the catalogs). */
const CRITICAL: readonly { topic: Topic; reason: ContactReason; name: CriticalReason }[] = [
  { topic: 'customization', reason: 'customization', name: 'customization' },
  { topic: 'deliveryScheduling', reason: 'delivery-scheduling', name: 'deliveryScheduling' },
  { topic: 'address', reason: 'address-issue', name: 'address' },
];
const GENERIC_REASONS: readonly ContactReason[] = ['other', 'order-information', 'unexpected-problem'];

interface ReasonHint {
  variant: MessageVariant<'contact-reason-mismatch'>;
  reason: CriticalReason;
}

function reasonHint(text: string, reason: ContactReason, languages: readonly Language[]): ReasonHint | undefined {
  const critical = CRITICAL.filter((c) => mentions(text, c.topic, languages));
  const aboutReview = mentions(text, 'review', languages);
  if (reason === 'review-request') {
    if (critical.length > 0 && !aboutReview) {
      return { variant: 'reviewReasonForCritical', reason: (critical[0] as (typeof CRITICAL)[number]).name };
    }
    return undefined;
  }
  if (GENERIC_REASONS.includes(reason) && critical.length > 0 && !aboutReview) {
    return { variant: 'genericReasonForCritical', reason: (critical[0] as (typeof CRITICAL)[number]).name };
  }
  return undefined;
}

/** The topic a critical contact reason is for. */
const CRITICAL_TOPIC: Readonly<Record<CriticalContactReason, Topic>> = {
  customization: 'customization',
  'delivery-scheduling': 'deliveryScheduling',
  'address-issue': 'address',
  'unexpected-problem': 'problem',
};

function isCritical(reason: ContactReason): reason is CriticalContactReason {
  return Object.hasOwn(CRITICAL_TOPIC, reason);
}

/** What the rest of the checker found, for judging the contact reason. */
export interface MessageSummary {
  /** The words that ask for a review or feedback (neutrally or not), if any. */
  reviewRequest?: string;
  /** Only a thank-you, an offer of help, a check-in or a confirmation. */
  notPermittedType: boolean;
  /** The first promotional words, if any. */
  promotion?: string;
}

/**
 * A critical contact reason (delivered despite an opt-out) for a message that is not critical:
 * Amazon's restriction notices name this misuse. A warning: the seller may know better.
 */
function checkCriticalReason(
  where: FieldText,
  text: string,
  reason: CriticalContactReason,
  summary: MessageSummary,
  languages: readonly Language[],
  texts: MessageCatalog,
): Finding[] {
  const own = mentions(text, CRITICAL_TOPIC[reason], languages) || (reason === 'delivery-scheduling' && mentions(text, 'delivery', languages));
  let variant: MessageVariant<'critical-reason-misuse'> | undefined;
  let actual = '';
  if (summary.reviewRequest !== undefined && !own) {
    variant = 'review';
    actual = summary.reviewRequest;
  } else if (summary.notPermittedType) variant = 'thanks';
  else if (summary.promotion !== undefined && !own) {
    variant = 'promotion';
    actual = summary.promotion;
  } else if (!own && where.text.trim().length >= MIN_BODY_FOR_REASON) variant = 'notCritical';
  if (!variant) return [];
  return [makeFinding('critical-reason-misuse', where, 0, 0, variant, { reason: texts.criticalReasons[reason], actual })];
}

export function checkContext(
  message: Message,
  options: LintOptions,
  texts: MessageCatalog,
  summary: MessageSummary = { notPermittedType: false },
  languages: readonly Language[] = ALL_LANGUAGES,
): Finding[] {
  const body = message.body;
  const where: FieldText = { field: 'body', text: body, texts };
  const findings: Finding[] = [];
  const trimmed = body.trim();

  // Lower case changes no digit or hyphen, and an order ID holds no line break: the fields are
  // searched as written, each on its own, with no copy of the whole message.
  if (trimmed.length >= MIN_BODY_FOR_ORDER_ID && !ORDER_ID.test(body) && !(message.subject && ORDER_ID.test(message.subject))) {
    findings.push(
      makeFinding('missing-order-id', where, 0, 0, 'missing'),
    );
  }
  if (options.buyerLanguage && trimmed.length >= MIN_BODY_FOR_LANGUAGE) {
    const language = detectLanguage(body);
    if (language && language !== options.buyerLanguage) {
      findings.push(
        makeFinding('language-mismatch', where, 0, 0, 'mismatch', {
          language: texts.languages[language] ?? language,
          buyerLanguage: texts.languages[options.buyerLanguage] ?? options.buyerLanguage,
        }),
      );
    }
  }
  if (options.contactReason && trimmed.length > 0) {
    const whole = lowerSameLength(message.subject ? `${message.subject}\n${body}` : body);
    const reason = options.contactReason;
    if (isCritical(reason)) findings.push(...checkCriticalReason(where, whole, reason, summary, languages, texts));
    else {
      const hint = reasonHint(whole, reason, languages);
      if (hint) findings.push(makeFinding('contact-reason-mismatch', where, 0, 0, hint.variant, { reason: texts.reasons[hint.reason] }));
    }
  }
  return findings;
}
