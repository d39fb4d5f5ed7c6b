/**
 * Info-level hints about the message's context: the order ID, the buyer's language of preference,
 * and whether the chosen contact reason fits what the message is about. Never warnings: the
 * seller may know better (the order ID may be in an attachment, the buyer may write English).
 */
import { allRegex, compilePhraseMatcher, type PhraseMatcher } from './compile.ts';
import { makeFinding, type FieldText } from './finding.ts';
import { detectLanguage } from './language.ts';
import { PHRASE_BOOKS } from './phrases/index.ts';
import type { TopicPhrases } from './phrases/types.ts';
import type { CriticalReason, MessageCatalog, MessageVariant } from './messages/types.ts';
import type { ContactReason, Finding, LintOptions, Message } from './types.ts';

const ORDER_ID = /\d{3}-\d{7}-\d{7}/u;
/** Shorter bodies are drafts still being typed: no hint yet. */
const MIN_BODY_FOR_ORDER_ID = 40;
/** Too short to tell the language reliably. */
const MIN_BODY_FOR_LANGUAGE = 60;

type Topic = keyof TopicPhrases;
const TOPICS: readonly Topic[] = ['address', 'deliveryScheduling', 'customization', 'review'];
const TOPIC_MATCHERS = new Map<Topic, PhraseMatcher>(
  TOPICS.map((topic) => [
    topic,
    compilePhraseMatcher(
      topic,
      PHRASE_BOOKS.map((book) => ({ wordBoundaries: book.wordBoundaries, list: book.topics[topic] })),
    ),
  ]),
);

function mentions(text: string, topic: Topic): boolean {
  const matcher = TOPIC_MATCHERS.get(topic);
  const re = matcher ? allRegex(matcher) : null;
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(text);
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

function reasonHint(text: string, reason: ContactReason): ReasonHint | undefined {
  const critical = CRITICAL.filter((c) => mentions(text, c.topic));
  const aboutReview = mentions(text, 'review');
  if (reason === 'review-request') {
    if (critical.length > 0 && !aboutReview) {
      return { variant: 'reviewReasonForCritical', reason: (critical[0] as (typeof CRITICAL)[number]).name };
    }
    return undefined;
  }
  if (GENERIC_REASONS.includes(reason) && critical.length > 0 && !aboutReview) {
    return { variant: 'genericReasonForCritical', reason: (critical[0] as (typeof CRITICAL)[number]).name };
  }
  const own = CRITICAL.find((c) => c.reason === reason);
  if (own && aboutReview && !mentions(text, own.topic)) {
    return { variant: 'criticalReasonForReview', reason: own.name };
  }
  return undefined;
}

export function checkContext(message: Message, options: LintOptions, texts: MessageCatalog): Finding[] {
  const body = message.body;
  const where: FieldText = { field: 'body', text: body, texts };
  const findings: Finding[] = [];
  const whole = message.subject ? `${message.subject}\n${body}` : body;
  const trimmed = body.trim();

  if (trimmed.length >= MIN_BODY_FOR_ORDER_ID && !ORDER_ID.test(whole)) {
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
    const hint = reasonHint(whole, options.contactReason);
    if (hint) findings.push(makeFinding('contact-reason-mismatch', where, 0, 0, hint.variant, { reason: texts.reasons[hint.reason] }));
  }
  return findings;
}
