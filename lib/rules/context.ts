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
import type { ContactReason, Finding, Language, LintOptions, Message } from './types.ts';

const ORDER_ID = /\d{3}-\d{7}-\d{7}/u;
/** Shorter bodies are drafts still being typed: no hint yet. */
const MIN_BODY_FOR_ORDER_ID = 40;
/** Too short to tell the language reliably. */
const MIN_BODY_FOR_LANGUAGE = 60;

const LANGUAGE_NAMES = new Map<Language, string>(PHRASE_BOOKS.map((book) => [book.language, book.name]));

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

/** The contact reason each critical topic belongs to, and how the form names it. */
const CRITICAL: readonly { topic: Topic; reason: ContactReason; label: string }[] = [
  { topic: 'customization', reason: 'customization', label: 'product customization' },
  { topic: 'deliveryScheduling', reason: 'delivery-scheduling', label: 'delivery scheduling' },
  { topic: 'address', reason: 'address-issue', label: 'shipping address problem' },
];
const GENERIC_REASONS: readonly ContactReason[] = ['other', 'order-information', 'unexpected-problem'];

function reasonHint(text: string, reason: ContactReason): string | undefined {
  const critical = CRITICAL.filter((c) => mentions(text, c.topic));
  const aboutReview = mentions(text, 'review');
  if (reason === 'review-request') {
    if (critical.length > 0 && !aboutReview) {
      return `The contact reason is "review request", but the message is about ${(critical[0] as (typeof CRITICAL)[number]).label}: choose that reason, which is delivered even to buyers who opted out.`;
    }
    return undefined;
  }
  if (GENERIC_REASONS.includes(reason) && critical.length > 0 && !aboutReview) {
    const first = critical[0] as (typeof CRITICAL)[number];
    return `This message seems to be about ${first.label}: choosing the contact reason "${first.label}" gets it delivered even to buyers who opted out.`;
  }
  const own = CRITICAL.find((c) => c.reason === reason);
  if (own && aboutReview && !mentions(text, own.topic)) {
    return `The contact reason is "${own.label}", but the message is about a review: review requests are not critical messages, and misusing a critical reason can restrict your messaging.`;
  }
  return undefined;
}

export function checkContext(message: Message, options: LintOptions): Finding[] {
  const body = message.body;
  const where: FieldText = { field: 'body', text: body };
  const findings: Finding[] = [];
  const whole = message.subject ? `${message.subject}\n${body}` : body;
  const trimmed = body.trim();

  if (trimmed.length >= MIN_BODY_FOR_ORDER_ID && !ORDER_ID.test(whole)) {
    findings.push(
      makeFinding('missing-order-id', where, 0, 0, 'No order ID found: add it (like 112-1234567-1234567) so the buyer knows which order you mean, as Amazon\'s own templates do.'),
    );
  }
  if (options.buyerLanguage && trimmed.length >= MIN_BODY_FOR_LANGUAGE) {
    const language = detectLanguage(body);
    if (language && language !== options.buyerLanguage) {
      findings.push(
        makeFinding(
          'language-mismatch',
          where,
          0,
          0,
          `This message looks ${LANGUAGE_NAMES.get(language) ?? language}, but the buyer's language of preference is ${LANGUAGE_NAMES.get(options.buyerLanguage) ?? options.buyerLanguage}: messages must be written in the buyer's language.`,
        ),
      );
    }
  }
  if (options.contactReason && trimmed.length > 0) {
    const hint = reasonHint(whole, options.contactReason);
    if (hint) findings.push(makeFinding('contact-reason-mismatch', where, 0, 0, hint));
  }
  return findings;
}
