/**
 * A way of paying outside Amazon, or a messenger, named only to refuse it: the exceptions of
 * off-amazon-payment and messenger-app, built the same way in every language from its words; and
 * a discount code or a special price the buyer asked for, refused: exceptions of promotion.
 *
 * G1701 forbids asking a buyer to pay or to talk outside Amazon, not telling them there is no
 * such way ("we don't take PayPal", "bank transfers are not an option", "you asked whether you
 * could pay by Bizum: no"). Sellers say so in every wording, so the refusal is recognised by its
 * parts: a negation before the way, a refusal after it, or the buyer's own question reported or
 * quoted before the answer, each within one clause.
 */

/** Ways that sellers everywhere name as they are, in Latin letters. */
// Each written out ("paypal|pay pal", not "pay ?pal"): a phrase's required words are then known,
// and one whose words a text lacks is never tried (compile.ts mayOccur).
export const WORLDWIDE_WAYS = [
  'paypal', 'pay pal', 'venmo', 'zelle', 'cashapp', 'cash app', 'western union', 'moneygram', 'money gram', 'alipay', 'ali pay',
  'revolut', 'wise', 'whatsapp', 'whats app', 'telegram', 'wechat', 'viber', 'skype', 'signal', 'line', 'kakaotalk', 'messenger',
];

export interface RefusalWords {
  /** The language's own ways of paying (and messengers), as regex alternatives: "(?:bank)?überweisung", "bizum". */
  ways: readonly string[];
  /** Words that join a list of ways: ",", "or", "nor"... */
  joiners: readonly string[];
  /** Words that deny what follows within a few words: "nicht", "kein\\p{L}*", "n['’]\\p{L}+". */
  negations: readonly string[];
  /** What refuses a way named before it: "nicht möglich", "non sono accettati". */
  refusals: readonly string[];
  /**
   * What reports the buyer's question, wish or offer, answered after it: "sie hatten angeboten",
   * "ci chiede se", or acknowledges it: "I understand that", "je comprends que".
   */
  reported: readonly string[];
  /**
   * What acknowledges the buyer's wish or thanks them for an offer ("I understand that", "je
   * comprends que", "thanks for offering"): the way it names in the same clause (up to a comma) is theirs.
   */
  acknowledged?: readonly string[];
  /** The seller's promise never to ask for a way ("we will never ask you to pay by…"): a scam warning. */
  neverAsk?: readonly string[];
  /** Words that may come just before a way, part of what the rules match: "per", "über", "via". */
  prepositions: readonly string[];
  /**
   * The words that may follow a joiner before the next way ("ni les virements"); any word of one to
   * three letters when not given. English gives none: "PayPal, a bank transfer also works" is no list.
   */
  articles?: readonly string[];
}

/**
 * The prefixes mail clients and Seller Central put before the subject of a reply ("Re:", "AW:",
 * "Sv:", "Odp:", "Ynt:", "Res:"), whatever the language of the message.
 */
const REPLY_PREFIXES = ['re', 'aw', 'antw', 'sv', 'svar', 'odp', 'ynt', 'yanıt', 'yanit', 'res', 'resp', 'rv', 'r', 'rif', 'rép', 'rep', 'رد'];
/** The same in Japanese and Chinese mail ("回复：", "返信:"). */
const UNSPACED_REPLY = '(?:回复|答复|回覆|返信|re)[:：] ?';

/** The buyer's own subject, repeated after a reply prefix, naming `target`: theirs, unless it holds an amount. */
function replySubject(target: string): string {
  return `(?:${REPLY_PREFIXES.join('|')}) ?: (?:[^\\d%\\n]{0,40} )?${target}[^\\d%\\n]{0,40}$`;
}

function replySubjectUnspaced(target: string): string {
  return `${UNSPACED_REPLY}[^\\d%％\\n]{0,30}${target}[^\\d%％\\n]{0,30}$`;
}

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';

/** A word of a language written with spaces, apostrophes and hyphens included ("l'importo"). */
const WORD = "[\\p{L}\\p{N}'’-]+";

/**
 * "Outside Amazon" named only to refuse it: after a negation anywhere in its clause ("we never ask
 * for Pix, a bank slip or any other payment outside Amazon"), or refused after it; and buying
 * outside Amazon in the buyer's own words, reported.
 */
export function refusedOutside(words: RefusalWords, outside: string): string[] {
  return [
    `(?:${words.negations.join('|')}) [^.!?;:\\n]{0,80}${NOT_LETTER_BEFORE}${outside}`,
    ...refusedWays({ ...words, ways: [outside] }),
    // The buyer's own proposal, reported, is theirs to the end of its sentence: "you asked whether you could buy it directly from us".
    `(?:${words.reported.join('|')})${NOT_LETTER_AFTER}[^.!?\\n]{0,120}`,
  ];
}

/**
 * The exception patterns of a language written with spaces between words; `worldwide`: the
 * payment methods and messengers named alike everywhere (WORLDWIDE_WAYS) are ways too.
 */
export function refusedWays(words: RefusalWords, worldwide = true): string[] {
  // An inflected ending may follow ("WhatsAppa", "BLIK-a", "PayPal'la").
  const way = `(?:${[...words.ways, ...(worldwide ? WORLDWIDE_WAYS : [])].join('|')})(?:['’-]?\\p{L}{1,4})?`;
  // "PayPal, Satispay o contanti", "ni PayPal ni les virements": one short word may follow a joiner.
  const article = words.articles === undefined ? '(?:\\p{L}{1,3} )?' : words.articles.length > 0 ? `(?:(?:${words.articles.join('|')}) )?` : '';
  const ways = `${way}(?:(?:${words.joiners.join('|')}) ${article}${way})*`;
  const preposition = words.prepositions.length > 0 ? `(?:(?:${words.prepositions.join('|')}) )?` : '';
  return [
    `(?:${words.negations.join('|')}) (?:${WORD} ){0,6}${ways}`,
    `${preposition}${ways} (?:${WORD} ){0,6}(?:${words.refusals.join('|')})`,
    // Whole words only: "proponemos" (the seller's own offer) is not "propone", "online" not "line".
    `(?:${words.reported.join('|')})${NOT_LETTER_AFTER}[^.!?\\n]{0,120}${NOT_LETTER_BEFORE}${way}`,
    // "I get that Zelle would be quicker for you": within one clause, so that "I understand that
    // shipping is slow, so just pay by PayPal" is still caught.
    ...(words.acknowledged && words.acknowledged.length > 0 ? [`(?:${words.acknowledged.join('|')})${NOT_LETTER_AFTER}[^.!?,;:\\n]{0,80}${NOT_LETTER_BEFORE}${way}`] : []),
    // A scam warning lists what the seller never asks for: "we will never ask you to buy gift cards, wire money or pay by PayPal".
    ...neverAsked(words, way),
    // The buyer's own subject, repeated after "Re:" ("Re: Can I pay by Bizum?"), unless it holds an amount.
    replySubject(`${preposition}${way}`),
    // The buyer's question quoted before the answer: «Posso pagarvi con un bonifico?» (keyed on the
    // way, not on the quotation mark, so that it is tried only where a way is named).
    `${preposition}${way}[^»“”"\\n]{0,150}\\?["»“”]`,
  ];
}

/**
 * Words that, after a comma, turn a sentence from the refusal to a request ("…, so just pay by
 * PayPal"): a scam warning's list does not reach past them. Every language's, since they are few.
 */
const TURNS = ['so', 'but', 'just', 'instead', 'then', 'aber', 'dann', 'einfach', 'mais', 'alors', 'pero', 'así que', 'ma', 'quindi', 'maar', 'dus', 'men', 'så', 'ale', 'więc', 'ama', 'fakat', 'mas', 'então', 'لكن', 'ولكن'];

/**
 * The seller's promise never to ask for `target` (a way, "outside Amazon"), which may come after
 * a list: "we will never ask you to buy gift cards, wire money or pay for anything outside of Amazon".
 */
export function neverAsked(words: RefusalWords, target: string): string[] {
  if (!words.neverAsk || words.neverAsk.length === 0) return [];
  const gap = `(?:(?!, ?(?:${TURNS.join('|')})${NOT_LETTER_AFTER})[^.!?\\n]){0,160}`;
  return [`(?:${words.neverAsk.join('|')})${NOT_LETTER_AFTER}${gap}${NOT_LETTER_BEFORE}${target}`];
}

export interface UnspacedRefusalWords {
  /** The language's own ways of paying and messengers. */
  ways: readonly string[];
  /** Words that deny what follows them in the clause ("不支持微信支付"); none in Japanese. */
  negations: readonly string[];
  /** What refuses a way named before it in the clause ("…はお受けできません", "…不能使用"). */
  refusals: readonly string[];
  /** What reports the buyer's question before the way ("您问…"), or after it ("…とのご質問ですが"). */
  reportedBefore: readonly string[];
  reportedAfter: readonly string[];
}

/**
 * The same for a language written without spaces (Japanese, Chinese): a clause is what lies between
 * punctuation, a comma included (not the list mark "、"), so that "不用等，用支付宝付款" (no need to wait: pay by Alipay) is
 * not read as a refusal.
 */
export function refusedWaysUnspaced(words: UnspacedRefusalWords, worldwide = true): string[] {
  // A particle may close the way ("亚马逊以外的方式", "Amazon以外での"): part of what the rules match.
  const way = `(?:${[...words.ways, ...(worldwide ? WORLDWIDE_WAYS : [])].join('|')})(?:的|での|で|の)?`;
  // "、" lists ways ("银行转账、微信或…"); a full-width or Latin comma ends the clause.
  const clause = '[^。！？!?\\n，,；;]';
  return [
    ...(words.negations.length > 0 ? [`(?:${words.negations.join('|')})${clause}{0,30}${way}`] : []),
    `${way}${clause}{0,60}(?:${[...words.refusals, ...words.reportedAfter].join('|')})`,
    ...(words.reportedBefore.length > 0 ? [`(?:${words.reportedBefore.join('|')})[^。！？!?\\n]{0,80}${way}`] : []),
    replySubjectUnspaced(way),
    // The buyer's question quoted before the answer: 「PayPayで払えますか」 (keyed on the way).
    `${way}[^」』”\\n]{0,100}[?？か][」』”]`,
  ];
}

/**
 * A discount code, a coupon or a better price the buyer asked for, named only to refuse it: "we
 * cannot send discount codes by message", "Re: discount code?". G1701 forbids offering a
 * discount, not declining one. `offers`: the language's words for them, as regex alternatives.
 * The buyer's own subject, repeated after "Re:", is theirs, unless it holds an amount: a seller
 * writing "Re: 10% off your next order" is offering.
 */
export function refusedOffers(words: RefusalWords, offers: readonly string[]): string[] {
  const offer = `(?:${offers.join('|')})`;
  return [
    ...refusedWays({ ...words, ways: offers }, false),
    replySubject(`${offer}${NOT_LETTER_AFTER}`),
  ];
}

/** The same for Japanese and Chinese ("回复：能不能给个优惠码？", "返信：クーポンについて"). */
export function refusedOffersUnspaced(words: UnspacedRefusalWords, offers: readonly string[]): string[] {
  const offer = `(?:${offers.join('|')})`;
  return [
    ...refusedWaysUnspaced({ ...words, ways: offers }, false),
    replySubjectUnspaced(offer),
  ];
}
