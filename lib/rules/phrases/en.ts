/** English phrases. Syntax: see ./types.ts. */
import type { PhraseBook } from './types.ts';

/** Words for a review or seller feedback, as a regex alternation. */
const REVIEW = '(?:product )?(?:reviews?|feedback|ratings?|testimonials?)';
/** What sellers offer in return for a review (help G1701 lists these). */
const INCENTIVE_WORDS =
  '(?:free|complimentary|discount(?:ed)?|coupons?|vouchers?|gift ?cards?|gifts?|(?:full |partial )?refunds?|rebates?|cash ?back|reimburse\\p{L}{0,6}|money|bonus|rewards?)';
/** Money and percentages: "$10", "20 %". */
const AMOUNT_DIGITS = '(?:\\d{1,3} ?%|\\d{1,4} ?(?:€|\\$|£|euros?|dollars?|pounds?))';
/** "$10": starts with a symbol, so it cannot be keyed like the phrases that start with a word. */
const AMOUNT_SIGN = '[$€£] ?\\d{1,4}';
const AMOUNT = `(?:${AMOUNT_DIGITS}|${AMOUNT_SIGN})`;
const INCENTIVE = `(?:${INCENTIVE_WORDS}|${AMOUNT})`;

export const en: PhraseBook = {
  language: 'en',
  name: 'English',
  wordBoundaries: true,
  stopWords: [
    'the', 'and', 'you', 'your', 'for', 'with', 'this', 'that', 'have', 'has', 'are', 'was', 'will',
    'would', 'please', 'thank', 'thanks', 'order', 'our', 'we', 'is', 'it', 'of', 'to', 'in', 'be',
    'if', 'not', 'any', 'can', 'from', 'regards', 'hello', 'dear', 'hi', 'sorry', 'received',
  ],
  importantTagWords: ['important', 'urgent', 'attention', 'action required', 'important notice'],

  promotion: {
    patterns: [
      '\\d{1,3} ?% (?:off|discount|reduction|savings?)',
      'save (?:up to )?(?:\\d{1,3} ?%|[$€£] ?\\d{1,4})',
      '(?:discount|coupon|promo(?:tion|tional)?|voucher|referral|gift) codes?',
      '(?<=\\b(?:a|an|our|this|exclusive|special|free|bonus)\\s)(?:coupon|voucher)s?',
      '\\d{1,3} ?% (?:coupon|voucher)s?',
      '(?:coupon|voucher)s? (?:for|on|off) (?:your|our) next',
      'use (?:the )?(?:code|coupon)',
      '(?:our|a|this|special|current|exclusive|ongoing) promo(?:tion)?s?',
      '(?<=\\b(?:our|big|huge|summer|winter|spring|autumn|holiday|christmas|clearance|flash|seasonal|season|annual|upcoming)\\s)sale',
      '(?<=\\b(?:is|are|now|currently|all)\\s)on sale',
      'sale (?:ends|starts|price|event)',
      '(?:black friday|cyber monday|prime day|lightning|special|exclusive|great|amazing|best|daily|hot) deals?',
      '(?:special|exclusive|limited[- ]time|introductory|seasonal) (?:offers?|discount|price)',
      'offer (?:ends|expires|valid until)',
      'buy again',
      '(?:shop|order|buy|purchase) (?:with|from) us again',
      '(?<=\\byour\\s)next (?:order|purchase)',
      // The determiner sits in a lookbehind: phrases keyed on "the" would be tried at every "the".
      '(?<=\\b(?:our|the)\\s)(?:new|latest|other|full|whole) (?:\\p{L}+ )?(?:collection|products?|items?|arrivals?|range|models?|designs?|catalog(?:ue)?)',
      'new (?:arrivals|collection)',
      '(?:check out|visit|browse|explore|have a look at|take a look at|discover) (?:our|the rest of our|my) (?:\\p{L}+ )?(?:store|shop|storefront|brand|products|items|collection|range|catalog(?:ue)?|amazon store)',
      'other (?:great )?(?:products|items) (?:we|from us|in our)',
      '(?<=\\byou\\s)(?:may|might) also (?:like|love|enjoy)',
      'newsletters?',
      'mailing list',
      '(?:sign up|subscribe) (?:to|for) (?:our|the)',
      'refer a friend',
      'referral (?:program(?:me)?|bonus|link)',
      '(?:follow|like|find|join) us (?:on|at) (?:\\p{L}+ )?(?:instagram|facebook|tiktok|twitter|x|pinterest|youtube|linkedin|social media|snapchat)',
      'follow us',
      '(?:our|on) (?:instagram|facebook|tiktok|pinterest|youtube) (?:page|account|channel|profile)',
      'give ?aways?',
      'sweepstakes?',
      '(?:enter|join) (?:our|the|a) (?:contest|competition|raffle|prize draw)',
      '(?:win|chance to win) (?:a|an) (?:free )?(?:\\p{L}+ )?(?:gift card|gift|prize|voucher|product)',
      '(?:loyalty|vip|rewards) (?:program(?:me)?|club|member)',
      '(?:now )?available in our (?:\\p{L}+ )?(?:store|shop|storefront)',
    ],
    exceptions: [
      '(?:terms|conditions|point|bill|contract|proof|place) of sale',
      'after[- ]sales?',
      'sales? tax',
      'deal with',
    ],
  },

  reviewPositive: {
    patterns: [
      {
        pattern:
          '(?:positive|good|great|glowing|excellent|favou?rable|nice|perfect|top|best|outstanding|amazing|stellar|high|full|maximum) ' +
          `(${REVIEW})`,
        replacement: '$1',
        label: 'reviewWithoutKind',
      },
      {
        pattern: `(?:5|five)[- ]?stars?(?: ${REVIEW}| ?\\(\\*{5}\\))?`,
        replacement: 'review',
        label: 'reviewWithoutRating',
      },
      {
        pattern: `(?:5|five)[- ]?stars? (${REVIEW})`,
        replacement: '$1',
        label: 'reviewWithoutRating',
      },
      '(?:rate|rating|give|leave|award) (?:us |it |our product |the product |this product |the item )?(?:5|five|full|top|all) stars',
      "(?:leave|give|write|post) (?:us )?(?:a |an )?(?:honest but )?(?:positive|good|great|nice|glowing) (?:one|word)",
      'nothing less than (?:5|five) stars',
      'anything (?:less|lower) than (?:5|five) stars',
      // Telling the buyer what to write.
      `(?:mention|say|write|state|note|highlight|describe|tell (?:others|everyone|other buyers))(?: that| how)?[^.!?\\n]{0,40} in (?:your|the|a) ${REVIEW}`,
      `in (?:your|the) ${REVIEW},? (?:please |could you |would you )?(?:mention|say|write|note|highlight|state|describe|include)`,
      `(?:when|if|once) you (?:write|leave|post) (?:your|a|the) ${REVIEW}[^.!?\\n]{0,80}(?:mention|say|write|note|highlight|state)(?:ed|s)? (?:that|how)`,
      `(?:please )?(?:copy|use) (?:this|the following|these words|our) (?:text|wording|template|words) (?:for|in) (?:your|the|a) ${REVIEW}`,
    ],
    exceptions: [
      `(?:thank you|thanks|grateful) (?:so much |very much |a lot )?for (?:your|the) (?:kind |positive |great |good |nice |wonderful |lovely )+${REVIEW}`,
      'high quality',
      'full refund',
    ],
  },

  reviewConditional: {
    patterns: [
      `if you(?:'re| are| were| have been| feel)? (?:happy|satisfied|pleased|delighted|content|thrilled|impressed)[^.!?\\n]{0,80}${REVIEW}`,
      `if you (?:like|love|enjoy|liked|loved|enjoyed) (?:it|the|your|our|this)[^.!?\\n]{0,80}${REVIEW}`,
      `if you (?:had|have) (?:a )?(?:good|positive|great|pleasant) experience[^.!?\\n]{0,80}${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}if you(?:'re| are| were)? (?:happy|satisfied|pleased|delighted|enjoy|like|love)`,
      `(?:contact|message|email|write to|reach out to|talk to) us (?:first |directly )?(?:before|instead of) (?:you )?(?:leav|writ|post|giv|submitt?|rat)\\p{L}{0,3}`,
      `before (?:you )?(?:leav|writ|post|giv|submitt?)\\p{L}{0,3} (?:a |any |us a |your )?(?:negative|bad|poor|neutral|low|critical|1[- ]star|one[- ]star|unfavou?rable)? ?${REVIEW}`,
      `(?:instead of|rather than) (?:leaving|writing|posting|giving) (?:a |any )?(?:negative|bad|poor|neutral|low|critical|1[- ]star|one[- ]star)? ?${REVIEW}`,
      `if (?:not|you are not|you're not|you aren't|anything is wrong|there is a problem|something is wrong)[^.!?\\n]{0,40}(?:contact|message|tell) us (?:first|before)`,
    ],
  },

  reviewIncentive: {
    patterns: [
      `in (?:exchange|return) for (?:a |an |your |the )?(?:honest |positive |good |5[- ]star |five[- ]star )?${REVIEW}`,
      `${INCENTIVE_WORDS}[^.!?\\n]{0,60}(?:for|after|when|if|once) (?:you )?(?:leav|writ|post|shar|submitt?|giv|left)\\p{L}{0,4}[^.!?\\n]{0,30}${REVIEW}`,
      `${AMOUNT_DIGITS}[^.!?\\n]{0,60}(?:for|after|when|if|once) (?:you )?(?:leav|writ|post|shar|submitt?|giv|left)\\p{L}{0,4}[^.!?\\n]{0,30}${REVIEW}`,
      `${AMOUNT_SIGN}[^.!?\\n]{0,60}(?:for|after|when|if|once) (?:you )?(?:leav|writ|post|shar|submitt?|giv|left)\\p{L}{0,4}[^.!?\\n]{0,30}${REVIEW}`,
      `${INCENTIVE_WORDS} for (?:a |an |your |the )?(?:honest |positive )?${REVIEW}`,
      `${AMOUNT_DIGITS} for (?:a |an |your |the )?(?:honest |positive )?${REVIEW}`,
      `${AMOUNT_SIGN} for (?:a |an |your |the )?(?:honest |positive )?${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}(?:and|to) (?:get|receive|earn|claim|enjoy|we(?:'ll| will) (?:send|give|refund|reimburse|offer))[^.!?\\n]{0,40}${INCENTIVE}`,
      `(?:once|after|when|if) you(?:'ve| have)? (?:leave|left|write|written|wrote|post|posted|submit|submitted|share|shared)[^.!?\\n]{0,40}${REVIEW}[^.!?\\n]{0,60}${INCENTIVE}`,
      `(?:send|show|forward) us (?:a )?(?:screenshot|link|proof) of your ${REVIEW}`,
    ],
  },

  reviewChange: {
    patterns: [
      `(?:change|update|modify|revise|edit|amend|remove|delete|withdraw|retract|take down|reconsider|upgrade|raise|improve|adjust|rethink) (?:your|the|this|that|my|our|its|his|her) (?:\\p{L}+ )?${REVIEW}`,
      `(?:changing|updating|modifying|revising|editing|amending|removing|deleting|withdrawing|retracting|taking down|reconsidering|upgrading|raising|improving|adjusting)[^.!?\\n]{0,40}${REVIEW}`,
      `(?:negative|bad|poor|neutral|low|critical|1[- ]star|one[- ]star|2[- ]star|two[- ]star) ${REVIEW}[^.!?\\n]{0,60}(?:remove|change|update|delete|revise|withdraw|take (?:it )?down)`,
      `${REVIEW} (?:removal|revision|update)`,
      `(?:could|would|can) (?:the|your|this) ${REVIEW} be (?:removed|changed|updated|deleted|revised|withdrawn|amended)`,
    ],
  },

  messenger: {
    patterns: [
      'whats ?app',
      'telegram',
      'wechat',
      'viber',
      'skype',
      'kakao ?talk',
      'facebook messenger',
      'line (?:id|app)',
      '(?:add|contact|message|text) (?:me|us) on line',
      '(?:text|sms|dm) (?:me|us)',
      '(?:call|ring|phone) (?:me|us) (?:on|at|directly)',
      '(?:send|drop) (?:me|us) (?:a |an )?(?:text|sms|dm|direct message)',
      '(?<=\\b(?:my|our)\\s)(?:personal )?(?:phone|mobile|cell|telephone) (?:number|no)',
      '(?:reach|contact) (?:me|us) (?:directly )?(?:by|via|on) (?:phone|telephone|mobile|email|e-mail)',
      '(?:give us a call|phone us)',
    ],
    exceptions: ['call the carrier', 'call (?:me|us) back'],
  },

  optOut: {
    patterns: [
      'unsubscrib\\p{L}{0,4}',
      'opt(?:[- ]| )?(?:out|-out)',
      'opted out',
      "(?:no longer|don't|do not) (?:wish|want|like) to (?:receive|get|hear)",
      'stop (?:receiving|getting) (?:these |our |such |further |any )?(?:messages|emails|e-mails|mails|notifications)',
      'reply (?:with )?["“]?stop',
      'remove you from (?:our|the) (?:list|mailing list)',
      '(?:manage|change) your (?:email |message |messaging )?(?:preferences|subscription)',
    ],
    exceptions: ['opt out of (?:delivery|signature|the signature)'],
  },

  courtesy: {
    thanks: [
      '(?:thank you|thanks|many thanks|thank you very much|thank you so much|thanks a lot)(?: again)?(?: (?:for|on) (?:your|the) (?:recent )?(?:order|purchase|business|trust|support|custom|patience|choosing us|shopping with us))?',
      'we (?:really |truly )?appreciate (?:your|the) (?:order|purchase|business|trust|support)',
      'thank you for (?:choosing|shopping with|buying from|ordering from) us',
      'thank you for (?:choosing|shopping at|buying from|ordering from) (?:our store|our shop|\\p{L}+)',
      'we are (?:so )?(?:happy|glad|delighted|pleased|thrilled) (?:that )?you (?:chose|ordered|purchased|bought)[^.!?\\n]{0,40}',
      'your (?:order|purchase|support) (?:means|meant) a lot(?: to us)?',
      'we (?:are|were) (?:so )?(?:happy|glad|delighted|pleased) to have you as (?:a|our) customer',
    ],
    padding: [
      '(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)(?: (?:mr|mrs|ms|miss|dr)\\.?)?(?: [\\p{L}\'-]{1,20}){0,2}',
      'dear (?:customer|buyer|valued customer|sir or madam|sir|madam)',
      '(?:best|kind|warm|warmest)(?: regards| wishes)?',
      '(?:regards|sincerely|yours sincerely|yours truly|cheers|best|all the best|thanks again|with thanks|take care)',
      '(?:the )?(?:\\p{L}+ )?(?:team|customer service|customer care|support team|shop|store)',
      '(?:have|enjoy) a (?:great|nice|good|wonderful|lovely) (?:day|week|weekend|evening|time)',
      'we hope you (?:will )?(?:enjoy|like|love|are happy with|are satisfied with)[^.!?\\n]{0,40}',
      'enjoy (?:it|your (?:new )?(?:\\p{L}+ )?(?:purchase|order|product|item))',
      "(?:if you have|should you have|in case of|for) any (?:questions|problems|issues|concerns|queries)(?: or (?:concerns|problems|issues|questions))?,?(?: (?:please )?(?:feel free to |do not hesitate to |don't hesitate to )?(?:contact|message|let|reach out to|write to) (?:us|know)(?: know)?)?(?: (?:at any time|anytime|through amazon|via amazon messages))?",
      "(?:please )?(?:feel free to |do not hesitate to |don't hesitate to )?(?:contact|message|reach out to|let) us(?: know)?(?: if you need (?:anything|help|any help))?",
      "we(?:'re| are) (?:always |here |happy |glad )+(?:here )?to help(?: you)?",
      "we(?:'re| are) (?:always )?(?:here|available) for you",
      'we look forward to (?:serving you|hearing from you|your next visit)(?: again)?',
      'your satisfaction is (?:our|very) (?:top |highest )?(?:priority|important to us)',
    ],
    confirmation: [
      'your (?:order|package|parcel|item|items|shipment|purchase)(?: \\d{3}-\\d{7}-\\d{7})? (?:has|have) (?:been |now been |just been )?(?:shipped|dispatched|sent|posted|processed|confirmed|handed over to the carrier|left our warehouse)',
      'your (?:order|package|parcel|item|items|shipment|purchase)(?: \\d{3}-\\d{7}-\\d{7})? (?:is|are) (?:now )?(?:on (?:its|their) way|in transit|out for delivery|being (?:prepared|processed|packed|shipped))',
      'we (?:have |just |have just )?(?:shipped|dispatched|sent|posted|confirmed|processed) your (?:order|package|parcel|item|items|shipment|purchase)',
      '(?:it|they|your (?:order|package|parcel|item|items|shipment|purchase)) (?:will|should) (?:arrive|be delivered|reach you|get to you)[^.!?\\n]{0,40}',
      '(?:the )?(?:estimated|expected) (?:delivery|arrival)(?: date)? is[^.!?\\n]{0,40}',
      'your tracking number is[^.!?\\n]{0,60}',
      '(?:this is (?:a|to) )?confirm(?:ation|ing)? (?:of )?your (?:order|purchase|shipment)',
      'you can track (?:your|the) (?:order|package|parcel|shipment)[^.!?\\n]{0,60}',
      'we (?:can )?confirm (?:that )?we (?:have )?received your (?:order|payment)',
      '(?:it|they|your order) will be (?:packed|shipped|dispatched|sent)[^.!?\\n]{0,40}',
      'tracking number:?',
      '(?:estimated|expected) (?:delivery|arrival)(?: date)?:?',
    ],
    signOffs: ['(?:best|kind|warm|warmest) (?:regards|wishes)', 'regards', 'sincerely', 'yours (?:sincerely|truly|faithfully)', 'cheers', 'all the best', 'many thanks', 'thanks again', 'with thanks'],
    helpOffers: [
      "we(?:'re| are) (?:always |here |happy |glad )+(?:here )?(?:for you|to help)",
      "(?:happy|glad) to help",
      'here (?:for you|to help)',
      "(?:if|should) you (?:ever )?(?:have|need) (?:a |any )?(?:question|questions|help|problem|problems|assistance)",
      'do not hesitate to (?:contact|message|reach out)',
      "don't hesitate to (?:contact|message|reach out)",
    ],
    purpose: [
      'unfortunately', 'sorry', 'apologi[sz]e', 'apologies', 'damaged?', 'broken', 'defect(?:ive)?', 'faulty', 'missing',
      'wrong', 'incorrect', 'problems?', 'issues?', 'delay(?:ed)?', 'out of stock', 'sold out', 'returns?', 'refund(?:ed)?',
      'replace(?:ment)?', 'exchange', 'cancel\\p{L}{0,6}', 'address', 'house number', 'engrav\\p{L}{0,4}',
      'personali[sz]\\p{L}{0,6}', 'customi[sz]\\p{L}{0,6}', 'appointment', 'schedul\\p{L}{0,3}',
      'please (?:send|confirm|check|choose|select|reply|tell us|provide|verify)', 'could you', 'would you (?:like|prefer)',
      'can you', 'we need', 'attached', 'invoice', 'manual', 'instructions', 'warranty', 'recall', 'safety',
      'reviews?', 'feedback', 'rate (?:us|the|your)', 'signature', 'someone (?:is|will be) (?:at )?home', 'make sure', 'at home',
      'send us',
      'photos?',
      'measure\\p{L}{0,6}',
      'we require',
    ],
  },

  topics: {
    address: [
      '(?:shipping|delivery|postal|street|your) address',
      'address (?:is|was|seems|appears) (?:incomplete|incorrect|wrong|invalid|missing)',
      '(?:house|apartment|flat|suite|unit) number',
      '(?:zip|post|postal) ?code',
    ],
    deliveryScheduling: [
      'delivery (?:appointment|slot|time slot|window|date)',
      '(?:schedule|arrange|book|confirm) (?:a |the )?(?:delivery|appointment|time)',
      'appointment',
      'when (?:will you be|are you) (?:at )?home',
    ],
    customization: [
      'engrav\\p{L}{0,4}',
      'personali[sz]\\p{L}{0,6}',
      'customi[sz]\\p{L}{0,6}',
      'custom (?:text|design|name|order)',
      'monogram\\p{L}{0,3}',
      '(?:design|artwork) (?:proof|approval|preview)',
    ],
    review: ['reviews?', 'feedback', 'ratings?'],
  },
};
