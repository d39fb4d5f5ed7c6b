/**
 * The shape of one language's phrase data. Rules are mostly data: each language is one module
 * exporting a PhraseBook, and lib/rules/phrases/books.ts lists them. Adding a language is adding
 * one file and one line there (then `node scripts/language-signs.ts`, run by `npm run build`,
 * writes its signs; the build writes its pack).
 *
 * A pattern is JavaScript regular-expression source, matched case-insensitively with the `u`
 * flag, plus three conveniences (see compile.ts):
 *   - a space matches any run of whitespace (line breaks and no-break spaces included);
 *     " ?" matches one optional whitespace character;
 *   - " … " (space, ellipsis, space) bridges zero to three words ("leave … review");
 *   - a straight apostrophe also matches the typographic one (’).
 * Patterns must stay linear: no nested unbounded quantifiers, gaps bounded like [^.!?\n]{0,60}.
 * In languages written with spaces the match must start and end at a word boundary; Japanese
 * phrases match anywhere.
 */
import type { LabelKey } from '../messages/types.ts';
import type { Language } from '../types.ts';

/** A phrase, or a phrase with a neutral rewrite (replacement may use $1… from the pattern). */
export type PhrasePattern =
  | string
  | {
      pattern: string;
      /** The neutral rewrite; `$1` refers to the pattern's first capturing group. */
      replacement?: string;
      /** What the fix button says, a key of the message catalogs (messages/types.ts). */
      label?: LabelKey;
    };

export interface PhraseList {
  patterns: readonly PhrasePattern[];
  /** A match lying inside one of these is not a finding ("terms of sale", "deal with"). */
  exceptions?: readonly string[];
}

/**
 * Concepts: phrases that mean little alone and a violation together, within one sentence or the
 * next (see concepts.ts for the rules that combine them). Plain phrase lists, same syntax.
 */
export interface ConceptPhrases {
  /** A condition on the buyer being satisfied: "if you are happy", "if it lived up to", "enjoyed it?". */
  satisfied: readonly string[];
  /** What a buyer could write: "a review", "your feedback", "your thoughts", "what you think", "stars". */
  reviewRef: readonly string[];
  /** A request for a review in any wording: "leave a review", "share your experience", "rate it". */
  reviewAsk: readonly string[];
  /** Something of value offered: "a small present", "free", "gift card", "10% back", "a refund". */
  incentive: readonly string[];
  /** Pleading and guilt: "our little shop may not make it", "my job depends on". */
  pressure: readonly string[];
  /** Telling what to write: "mention", "paste the kind words", "say that". */
  writeWhat: readonly string[];
  /** Asking for the buyer's e-mail or phone: "send us your email", "your phone number please". */
  contactAsk: readonly string[];
  /** Delivery context that allows confirming a phone number: "the courier", "for the delivery". */
  deliveryContext: readonly string[];
  /** Amazon's neutral feedback notice and its equivalents ("it is possible to update or remove the feedback"). */
  feedbackNotice: readonly string[];
  /** Things that settle a problem ("replacement", "sorry"): an offer then is not an incentive. */
  settlement: readonly string[];
}

/** Phrases that tell what a message is about, for the contact-reason hint. */
export interface TopicPhrases {
  /** Shipping address problems (a critical contact reason). */
  address: readonly string[];
  /** Scheduling a delivery or appointment (a critical contact reason). */
  deliveryScheduling: readonly string[];
  /** Personalised products: engraving, custom text, design proof (a critical contact reason). */
  customization: readonly string[];
  /** Reviews and feedback. */
  review: readonly string[];
  /**
   * Words of any delivery (the driver, a slot, "delivered"): too broad to name the scheduling
   * reason, enough to show a message sent under it is about a delivery.
   */
  delivery?: readonly string[];
  /** Unexpected problems with the order: damage, delay, out of stock, a recall (a critical reason). */
  problem: readonly string[];
}

export interface PhraseBook {
  language: Language;
  /** English name, for messages ("German"). */
  name: string;
  /** False for languages written without spaces (Japanese): phrases then match anywhere. */
  wordBoundaries: boolean;
  /** Frequent function words, lower case, for detectLanguage. Unused for a language known by its script. */
  stopWords: readonly string[];
  /**
   * For a language told apart by its script: a regular-expression character class of letters
   * only it writes among the checker's languages (kana for Japanese, Han for Chinese, Arabic
   * letters). detectLanguage tries the books in their order (phrases/books.ts), so Japanese (kana) comes
   * before Chinese (Han characters, which Japanese uses too).
   */
  script?: string;
  /** Words that, put in brackets, make an "[Important]"-style tag ("important", "wichtig"). */
  importantTagWords: readonly string[];

  /** Discounts, coupons, sales, other products, newsletters, referrals, social media, giveaways. */
  promotion: PhraseList;
  /** Asking for a positive / five-star review, or telling the buyer what to write. */
  reviewPositive: PhraseList;
  /** Asking for a review only if the buyer is happy ("if not, contact us first"). */
  reviewConditional: PhraseList;
  /** Offering something in return for a review. */
  reviewIncentive: PhraseList;
  /** Asking to change, update or remove a review or feedback. */
  reviewChange: PhraseList;
  /** A phone call or text outside Amazon ("call us on", "text me"): contact-info. */
  messenger: PhraseList;
  /** A phone number written out in words ("zero six, twenty-four…"): contact-info (numbers.ts builds it). */
  phoneWords: PhraseList;
  /** Messenger apps and social DMs to move the conversation to (WhatsApp, WeChat, LINE): off-amazon. */
  messengerApps: PhraseList;
  /** Buying outside Amazon: directly from us, on our own website, cheaper elsewhere: off-amazon. */
  offAmazonSale: PhraseList;
  /** Paying outside Amazon: PayPal, bank transfer, cash: off-amazon. */
  offAmazonPayment: PhraseList;
  /** Asking the buyer to cancel or to request a cancellation (G1701). */
  cancellationRequest: PhraseList;
  /**
   * Words that make a bracketed text a template variable ("[Buyer Name]", "{Bestellnummer}"),
   * lower case. Brackets around other words ("[see page 2]") are not variables.
   */
  placeholderWords: readonly string[];
  /**
   * Words that say which value of the page a variable stands for, lower case, looked for in this
   * order: something the page does not know ("{product_name}", "[tracking number]"), the
   * seller's name ("[Your Name]"), the order ID ("{order_id}"), the buyer's name ("[Buyer Name]").
   */
  placeholderKinds: { other: readonly string[]; sellerName: readonly string[]; orderId: readonly string[]; buyerName: readonly string[] };
  /** Building blocks of the rules that combine them within a sentence (concepts.ts). */
  concepts: ConceptPhrases;
  /** Amazon's acceptable notice that seller feedback may be updated (help 202126280), in this language. */
  amazonFeedbackNotice: string;
  /** Unsubscribe / opt-out wording. */
  optOut: PhraseList;

  /** Whole-message classification (not-permitted-type): */
  courtesy: {
    /** Thank-you phrases ("thank you for your order"). */
    thanks: readonly string[];
    /** Greetings, sign-offs, good wishes, offers of help: neutral padding around the content. */
    padding: readonly string[];
    /** Order or shipping confirmations ("your order has shipped"). */
    confirmation: readonly string[];
    /** Closing formulas ("Best regards"): what follows is a signature, not content. */
    signOffs: readonly string[];
    /** "We are here to help": a message that only says this is not permitted either. */
    helpOffers: readonly string[];
    /** "Just checking whether your parcel arrived": a check-in without a purpose. */
    checkIns: readonly string[];
    /**
     * Signs that a message has a purpose of its own: a problem, a request, a question, an
     * attachment ("unfortunately", "could you", "attached"). A short message with thanks or a
     * confirmation and none of these is a thank-you-only or confirmation-only message.
     */
    purpose: readonly string[];
  };

  topics: TopicPhrases;
}
