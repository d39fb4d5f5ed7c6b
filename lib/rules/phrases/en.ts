/** English phrases. Syntax: see ./types.ts. */
import type { PhraseBook } from './types.ts';
import { spelledPhone } from './numbers.ts';
import { neverAsked, refusedOffers, refusedWays, WORLDWIDE_WAYS, type RefusalWords } from './refusals.ts';

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
/** A way of paying outside Amazon or a messenger named only to refuse it (refusals.ts). */
const REFUSALS: RefusalWords = {
  // Written out word by word ("pay pal", not "pay ?pal"), so that each phrase knows its required words.
  ways: ['wise transfers?', '(?:bank|wire|direct) transfers?', 'wire money', 'cash', 'cheques?', 'iban', 'bank details', 'crypto', 'bitcoin'],
  joiners: [',', ',? or', ',? and', ',? nor'],
  // "do not", "is not", "no need to" are found by their "not" and "no": fewer words to look up.
  negations: ['not', 'no', 'never', "don't", "doesn't", "didn't", 'cannot', "can't", "won't", "isn't", "aren't", 'without', 'nor', 'neither', 'unable', 'nothing'],
  refusals: [
    "(?:(?:is|are|was|were|will be) )?(?:not|never|no longer|isn't|aren't|wasn't|weren't|won't be|cannot be|can't be) (?:\\p{L}+ ){0,2}(?:accepted|possible|an option|supported|available|needed|necessary|required|allowed|used|taken|offered|something|part of)",
  ],
  // The buyer's own question or offer, reported before the answer: "you asked whether we could refund by PayPal".
  reported: ["(?:you|you've|you have) (?:asked|wondered|offered|suggested|proposed|mentioned|wrote|wanted to know|asked us)"],
  acknowledged: ['i (?:get|understand|see) (?:that|why)', 'thanks? (?:you )?for (?:offering|suggesting)'],
  neverAsk: ['(?:will|would) never (?:ask|request|require)', 'never (?:ask|asks|request|requests|require)', '(?:won\'t|will not|would not|do not|don\'t) (?:ever )?(?:ask|request|require)'],
  prepositions: [],
  articles: [],
};
const REFUSED_PAYMENT = [
  ...refusedWays(REFUSALS),
  // A fee the carrier or customs asks for, or a scam's demand, is not the seller asking.
  `(?:customs|duty|duties|import (?:fee|tax|vat)|scam|fraud\\p{L}*|phishing|fake)[^.!?\\n]{0,60}(?:${[...REFUSALS.ways, ...WORLDWIDE_WAYS].join('|')})`,
];

/** A discount code or a better price the buyer asked for, refused (refusals.ts refusedOffers). */
const OFFERS = ['discount codes?', 'coupon codes?', 'promo(?:tional)? codes?', 'voucher codes?', 'coupons?', 'vouchers?', 'discounts?', 'special (?:price|deal|offer)s?', 'better price', 'lower price', 'price reductions?'];

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
      // Cross-selling: "fans of the board often add our knife block", "on our Amazon page".
      'our amazon (?:page|shop|store|storefront|brand page)',
      '(?:customers|buyers|fans|people|shoppers)(?: (?:of|who (?:bought|love|like)) (?:the|this|our|your) (?:\\p{L}+ ){0,2}\\p{L}+)? (?:often|usually|also|frequently|love to|tend to) (?:also )?(?:add|buy|pair|get|pick up|combine|order|grab)',
      // Sending the buyer to search for the brand, and new products arriving (G1701).
      'search (?:for )?[^.!?\\n]{1,30} (?:on|in) amazon',
      '(?:our|the) (?:\\p{L}+ ){0,2}(?:scents|range|collection|line|designs|colou?rs|colou?rways|flavou?rs|styles|models) (?:are|is) (?:now )?(?:in|here|out|available|live)(?: now)?',
      '(?<=\\byou\\s)(?:might|may|could|would) (?:also )?(?:fancy|like|love|enjoy) (?:our|these|the matching|our other)',
      '(?:more|other) (?:\\p{L}+ ){0,2}(?:designs|products|items|models|styles|patterns|colou?rways) (?:under|from|in|by|on) our (?:\\p{L}+ ){0,2}(?:name|brand|shop|store|range|line|collection|catalog(?:ue)?|page|storefront)',
      'search (?:amazon )?for our (?:brand|shop|store|name|products|range)',
      '(?:fresh|just|newly) in (?:this|last) (?:week|month)',
      '(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few|our) (?:brand[- ])?new (?:colou?rways|colou?rs|designs|styles|flavou?rs|scents|patterns|prints|models)',
      'if you fancy a (?:look|browse|peek)',
      '(?:customers|buyers|people|shoppers) who (?:\\p{L}+ ){1,3}(?:also|often|usually|frequently|tend to)(?: also)? (?:buy|bought|get|order|pick|pair|choose|add)',
      '\\d{1,3} ?% (?:off|discount|reduction|savings?)',
      // Spelled-out percentages and "knock 15 percent off": a discount in any wording (G1701: no coupons or discounts).
      '\\d{1,3} (?:percent|per cent) (?:off|discount|reduction|savings?)',
      'knock (?:\\p{L}+ ){0,3}off',
      '(?:code|word|keyword|password) [\\p{L}\\p{N}]+ at (?:the )?checkout',
      // A new product announced with a launch price is marketing another product.
      '(?:launch|introductory|pre-?order|early[- ]bird) (?:price|offer|discount|deal)s?',
      'early (?:buyers|birds?|customers|adopters) (?:get|receive|save|pay|can)',
      '(?:goes|go|going|went|will go) live (?:in|on|at) our',
      // Other products in general wording (G1701: no promotion of other products).
      '(?<=\\byou\\s)(?:might|may|could|will|would) (?:also )?(?:be interested in|want to (?:see|check out|try|browse|look at))',
      'complete the (?:set|look|collection)',
      'pairs? (?:perfectly |beautifully |nicely |well )?with (?:our|the matching)',
      '(?:coming soon|stay tuned|limited edition|just launched|new release)',
      '(?:buy|get) (?:one|two|2|1) ?(?:,|and)? get',
      'free (?:shipping|delivery) on (?:your )?(?:next|future|all)',
      'subscribe (?:and|&) save',
      '(?:early|exclusive|vip|first) access to (?:our|the)',
      '(?<=\\b(?:our|the)\\s)(?:latest|newest) (?:\\p{L}+ )?(?:release|launch|addition|model|version|design|product)s?',
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
      '(?:we|i) (?:also )?(?:make|sell|offer|have|carry|stock|produce|design) (?:\\p{L}+ ){0,2}(?:matching|other|similar|more|new|complementary|coordinating)',
      '(?:in|on|at|from|visit|check|browse) our (?:amazon )?(?:storefront|store ?front|brand store)',
      '(?:have|take) a (?:browse|look|peek|wander) (?:\\p{L}+ ){0,3}(?:in|at|through|around) our (?:amazon )?(?:shop|store|storefront|range|collection|page)',
      '(?:collection|range|line|designs?) (?:has |have )?(?:just )?(?:landed|arrived|launched|dropped|is here|are here|is out)',
      '(?:see|view|discover|explore|browse|check) (?:\\p{L}+ ){0,2}more of (?:our|my) (?:\\p{L}+ )?(?:products|items|designs|range|collection|work)',
    ],
    exceptions: [
      ...refusedOffers(REFUSALS, OFFERS),
      '(?:terms|conditions|point|bill|contract|proof|place) of sale',
      'after[- ]sales?',
      'sales? tax',
      'deal with',
      '(?:during|in|from|with|at) (?:a|the) (?:lightning|prime day|black friday|cyber monday) deal',
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
      // The top rating without the word "stars", word of mouth with a review, only the fully satisfied asked, what to write.
      'full marks',
      'the (?:highest|top|best) (?:possible )?(?:score|rating|mark)s?',
      'a perfect (?:score|rating)',
      'all the stars',
      '(?:tell|recommend (?:us|it) to) (?:your )?(?:friends|family|colleagues|the world)[^.!?\\n]{0,60}(?:review|rating)',
      'only (?:from |to )?(?:customers|buyers|those) who (?:are|were|feel) (?:100 ?%|fully|completely|totally) (?:satisfied|happy)',
    ],
    exceptions: [
      `(?:thank you|thanks|grateful) (?:so much |very much |a lot )?for (?:your|the) (?:kind |positive |great |good |nice |wonderful |lovely )+${REVIEW}`,
      'high quality',
      'full refund',
    ],
  },

  reviewConditional: {
    patterns: [
      '(?:anything|something) (?:less|short) (?:than|of) (?:perfect|great|happy|satisfied|5 stars|five stars|excellent)[^.!?\\n]{0,40}(?:contact|message|tell|write to|let) (?:us|me)',
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
      // Faster help or free products traded for a review: "once your review is up, we ship the part the same day", a tester club.
      '(?:once|as soon as|when|after) your (?:\\p{L}+ )?review is (?:up|posted|live|published|online|visible)',
      'in return (?:\\p{L}+ ){0,3}(?:leave|write|post) (?:a |an )?(?:\\p{L}+ )?review',
      '(?:vip |product )?tester (?:club|program|programme|panel|group)',
    ],
  },

  reviewChange: {
    patterns: [
      `(?:change|update|modify|revise|edit|amend|remove|delete|withdraw|retract|take down|reconsider|upgrade|raise|improve|adjust|rethink) (?:your|the|this|that|my|our|its|his|her) (?:[\\p{L}\\p{N}-]+ ){0,2}${REVIEW}`,
      `(?:changing|updating|modifying|revising|editing|amending|removing|deleting|withdrawing|retracting|taking down|reconsidering|upgrading|raising|improving|adjusting)[^.!?\\n]{0,40}${REVIEW}`,
      `(?:negative|bad|poor|neutral|low|critical|1[- ]star|one[- ]star|2[- ]star|two[- ]star) ${REVIEW}[^.!?\\n]{0,60}(?:remove|change|update|delete|revise|withdraw|take (?:it )?down)`,
      `${REVIEW} (?:removal|revision|update)`,
      `(?:could|would|can) (?:the|your|this) ${REVIEW} be (?:removed|changed|updated|deleted|revised|withdrawn|amended)`,
      // Editing a review after a solved problem.
      '(?:go back to|return to|revisit) your (?:\\p{L}+ )?(?:review|rating) and (?:edit|update|change|amend|adjust)',
    ],
  },

  messenger: {
    patterns: [
      '(?:text|sms|dm) (?:me|us)',
      '(?:call|ring|phone) (?:me|us) (?:on|at|directly)',
      '(?:send|drop) (?:me|us) (?:a |an )?(?:text|sms|dm|direct message)',
      '(?<=\\b(?:my|our)\\s)(?:personal )?(?:phone|mobile|cell|telephone) (?:number|no)',
      '(?:reach|contact) (?:me|us) (?:directly )?(?:by|via|on) (?:phone|telephone|mobile|email|e-mail)',
      '(?:give us a call|phone us)',
      // Contact details outside Amazon in other words (G1701: no phone numbers or e-mail addresses).
      '(?:our|the) (?:customer |service |support )?(?:hotline|helpline|service line|support line|phone line)',
      'give (?:us|me) a (?:call|ring|buzz)',
      // A local part starts with a letter or digit and has at most one dot ("john.doe"): tried at every
      // word start of a pasted megabyte ("a.b.c.d…"), the pattern then fails within a few characters.
      '[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{1,29}(?:\\.[\\p{L}\\p{N}_-]{1,29})? ?(?:\\[at\\]|\\(at\\)|\\{at\\}) ?[\\p{L}\\p{N}-]{2,30}',
      '[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{1,29}(?:\\.[\\p{L}\\p{N}_-]{1,29})? at [\\p{L}\\p{N}-]{2,30} dot (?:com|net|org|de|fr|es|it|jp|co)',
      // A messenger handle: "WeChat: lily_88", "Telegram @skyfly_support".
      // A colon, an "@" or the word "ID" must come first: "line 1" is not a LINE handle.
      '(?:we ?chat|whats ?app|telegram|line|skype|viber|kakao ?talk|instagram|insta|ig|signal)(?: (?:id|account|handle|username|name))?(?: is)? ?(?:[:：] ?@?|@)[\\p{L}\\p{N}_.-]*[\\p{N}_][\\p{L}\\p{N}_.-]*',
      '(?:we ?chat|whats ?app|telegram|line|skype|viber|kakao ?talk|instagram|insta|ig|signal) (?:id|account|handle|username)(?: is)? @?[\\p{L}\\p{N}_.-]*[\\p{N}_][\\p{L}\\p{N}_.-]*',
      '(?<![\\p{L}\\p{N}._%+-])@[a-z0-9_.]{3,30}(?![\\p{L}\\p{N}@-]|\\.[\\p{L}\\p{N}])',
    ],
    exceptions: ['call the carrier', 'call (?:me|us) back'],
  },

  phoneWords: { patterns: spelledPhone({ words: ['seventeen', 'thirteen', 'fourteen', 'eighteen', 'nineteen', 'fifteen', 'sixteen', 'seventy', 'hundred', 'eleven', 'twelve', 'twenty', 'thirty', 'eighty', 'ninety', 'double', 'triple', 'three', 'seven', 'eight', 'forty', 'fifty', 'sixty', 'zero', 'four', 'five', 'nine', 'one', 'two', 'six', 'ten', 'oh'], joiners: ['and'] }) },
  messengerApps: {
    patterns: [
      'whats ?app',
      'telegram',
      'we ?chat',
      'viber',
      'skype',
      'kakao ?talk',
      'signal app',
      '(?:facebook|fb) messenger',
      '(?:via|on|over|through|in) messenger',
      'line (?:id|app|account)',
      '(?:add|contact|message|text|find|chat with) (?:me|us) on line',
      '(?:instagram|insta|ig|facebook|tiktok) (?:dm|direct message|inbox)',
      '(?:dm|message) (?:me|us) on (?:instagram|insta|facebook|tiktok|twitter|x)',
    ],
    exceptions: ['messenger bag', 'messenger bags', ...REFUSED_PAYMENT],
  },

  offAmazonSale: {
    patterns: [
      '(?:order|buy|purchase|shop|get it|get them|reorder) (?:\\p{L}+ ){0,3}directly (?:from|with|through|via|on|at) (?:us|me|our|my)',
      '(?:order|buy|purchase|shop|reorder) (?:\\p{L}+ ){0,3}(?:from|on|at|through|via) our (?:own )?(?:website|web site|site|web ?shop|online (?:shop|store)|e-?shop|shopify|store page|homepage)',
      '(?:order|buy|purchase|get|shop)(?:ing)? (?:\\p{L}+ ){0,3}(?:straight|directly|direct) from us',
      '(?:buy|order|purchase|get) (?:it|them|this|these|one|more)? ?(?:at|on|from|via) (?:www\\.)?[\\p{L}\\p{N}-]+\\.(?:com|co\\.uk|de|fr|es|it|jp|net|shop|store)',
      'instead of (?:through|via|on|from|buying on|ordering on) amazon',
      'cheaper (?:\\p{L}+ ){0,4}(?:from us|directly|straight from us|on our|at our|in our)',
      '(?:cheaper|less expensive|lower prices?|better prices?|better deal|save (?:more|money)|\\d{1,3} ?% (?:less|cheaper)) (?:\\p{L}+ ){0,3}(?:on|at|in|from|via|through) (?:our|my) (?:own )?(?:website|site|shop|store|web ?shop)',
      '(?:outside|off|without|instead of) (?:of )?amazon(?! (?:messag|buyer-seller))',
      '(?:skip|avoid|bypass|save) (?:the )?(?:amazon(?:\'s)? )?(?:fees?|commission)',
      '(?:no|without) amazon (?:fees?|commission)',
      '(?:next time|in (?:the )?future),? (?:\\p{L}+ ){0,4}(?:contact|message|email|write to) us directly',
      // "No need to order through Amazon", "settle it between us": the sale or the settlement taken off Amazon.
      'no need to (?:place (?:\\p{L}+ ){0,2}orders?|order|buy|purchase|go) (?:\\p{L}+ ){0,3}(?:on|through|via|from) amazon',
      '(?:sort|settle|deal with|handle|work) (?:it|this|things) (?:out )?between (?:ourselves|us|the two of us)',
      'no need to involve amazon',
    ],
    exceptions: [
      "(?:cannot|can't|can not|do not|don't|never|are not able to|unable to|not allowed to|may not) (?:\\p{L}+ ){0,6}(?:outside|off) (?:of )?amazon",
      // "Payments outside Amazon are not possible": named, then refused.
      "(?:outside|off) (?:of )?amazon (?:\\p{L}+ ){0,3}(?:(?:is|are) )?(?:not|never|isn't|aren't|cannot be|can't be) (?:\\p{L}+ ){0,2}(?:possible|allowed|accepted|an option|available|something)",
      ...neverAsked(REFUSALS, '(?:outside|off) (?:of )?amazon'),
    ],
  },

  offAmazonPayment: {
    patterns: [
      'pay ?pal',
      'venmo',
      'zelle',
      'cash ?app',
      'western union',
      'money ?gram',
      'ali ?pay',
      'wise transfer',
      '(?:bank|wire|direct) transfers?',
      'wire (?:the )?(?:money|payment|amount)',
      '(?:pay|paying|payment|send (?:the )?(?:money|payment)) (?:\\p{L}+ ){0,3}(?:by|via|with|through|in) (?:cash|cheque|check|crypto|bitcoin|iban)',
      '(?:our|my) (?:bank account|iban|account number)',
      // Money sent or asked for directly, to settle or to pay.
      'i(?:\'ll| will) (?:transfer|send|wire) you (?:\\$|£|€)? ?\\d',
      'transfer the (?:amount|money|balance|total) to (?:our|my) (?:business |bank )?account',
      'reply with the (?:bank )?account (?:you\'d|you would) like',
    ],
    exceptions: [
      ...REFUSED_PAYMENT,
      'refund (?:to|via) (?:your )?(?:original )?paypal',
      "(?:cannot|can't|can not|do not|don't|never|are not able to|aren't able to|unable to|not allowed to|may not) (?:\\p{L}+ ){0,3}(?:accept|take|use|offer|ask for|request) (?:\\p{L}+ ){0,3}(?:pay ?pal|bank transfers?|wire transfers?|cash|venmo|zelle|western union)",
    ],
  },

  cancellationRequest: {
    patterns: [
      '(?:would you mind|do you mind|could you possibly|would it be possible (?:for you )?to) (?:\\p{L}+ ){0,2}(?:cancel(?:l?ing)?|withdraw(?:ing)?|request(?:ing)? (?:a |the )?cancell?ation)',
      'cancel(?:l?ing) (?:it|the order|your order|the purchase|this order) (?:yourself|on your (?:side|end)|from your (?:side|end|account))',
      '(?:for you to|you (?:can|could|should|need to)|please|kindly|could you|can you|would you) (?:\\p{L}+ ){0,2}(?:withdraw|call off|revoke) (?:the|your|this) (?:order|purchase)',
      '(?:please|kindly|pls|plz) (?:\\p{L}+ ){0,3}(?:cancel|cancell?ing) (?:the|your|this|that|it|this order|your order)',
      '(?:could|can|would|will) (?:you|u) (?:please |kindly |help (?:us |me )?)?(?:to )?(?:cancel|request (?:a |the )?cancell?ation|submit (?:a |the )?cancell?ation)',
      '(?:could|can|would) you (?:please |kindly )?(?:go (?:to|into) |open )(?:your |the )?(?:orders?|account|your orders)[^.!?\\n]{0,40}cancel',
      '(?:you (?:can|could|should|need to|have to|must|may)|we need you to|we ask you to|ask you to|request you to|we(?: would)? recommend (?:you|that you)|it is best (?:if|that) you|best way is to) (?:please |kindly |simply |just )?(?:\\p{L}+ ){0,2}(?:cancel|request (?:a |the )?cancell?ation|submit (?:a |the )?cancell?ation|press (?:the )?cancel)',
      '(?:request|submit|file|send|open|raise) (?:us )?(?:a |the )?cancell?ation(?: request)? (?:in|from|through|via|on|under|with) (?:your|the)',
      'use (?:the )?["“]?cancel(?: items?| order)?["”]? (?:option|button|link|function)',
      '(?:click|press|tap|hit|select|choose) (?:on )?(?:the )?["“]?cancel(?: items?| order)?["”]?',
      'cancel (?:it|the order|your order|the purchase|this order) (?:yourself|on your (?:side|end)|from your (?:side|end|account)|in your account|through your account|via your account)',
      '(?:cancel|cancell?ation) (?:from|on) your (?:side|end)',
      '(?:please|kindly) (?:\\p{L}+ ){0,6}request (?:to cancel|(?:a |the )?(?:cancell?ation|refund and cancel))',
      '(?:apply|submit|make|do|request|press|use) (?:for )?(?:the|a) cancel(?:lation)?(?: request)? (?:for|of|on|in|button|option)',
      '(?:if you )?cancel (?:it|this order|the order|your order|this) (?:on your side|yourself|from your side|from your end)',
      // "It will be quickest if you withdraw the order": the request worded as what is simplest (G1701).
      '(?:quick|quicker|quickest|fast|faster|fastest|easy|easier|easiest|simple|simpler|simplest|best|better|solution)[^.!?\\n]{0,40}(?:if|for|that) you (?:\\p{L}+ ){0,2}(?:withdraw (?:the|your|this) (?:order|purchase)|cancel|call off|revoke|ask amazon to cancel|request (?:a |the )?cancell?ation)',
      '(?:withdraw|cancel|revoke|call off) (?:the|your|this) (?:order|purchase) (?:from|in|via|through) your (?:amazon )?(?:account|orders)',
      '(?:go to|go into|go in to|open|visit|enter|log into|log in to|sign in to|head to) (?:your orders|your account|the orders page|your order (?:page|details)|order details)[^.!?\\n]{0,60}(?:cancel|cancell?ation)',
      '(?<=\\byou\\s(?:\\p{L}+\\s)?)(?:ask|asked|tell|request|contact|message) amazon (?:\\p{L}+ ){0,2}(?:to cancel|for (?:a |the )?cancell?ation)',
      '(?:choose|select|pick) (?:the )?(?:cancel(?:lation)? )?reason ["“]?(?:order created by mistake|no longer needed|found (?:a )?cheaper)',
    ],
    exceptions: [
      '(?:whether|if) you (?:should|need to|have to|must) cancel',
      "(?:no need|not necessary|don't need|do not need|needn't|don't have|do not have|no reason) to (?:\\p{L}+ ){0,2}cancel",
    ],
  },

  placeholderWords: [
    'name', 'names', 'buyer', 'customer', 'client', 'recipient', 'first', 'last', 'firstname', 'lastname', 'full',
    'order', 'orderid', 'id', 'number', 'no', 'product', 'item', 'title', 'asin', 'sku', 'seller', 'store', 'shop',
    'brand', 'company', 'date', 'delivery', 'shipping', 'tracking', 'carrier', 'link', 'url', 'your', 'my', 'the',
    'insert', 'here', 'amount', 'price', 'address', 'city', 'phone', 'email', 'signature', 'agent', 'contact',
  ],
  /** Which page value a template variable stands for, by the words in it (a fix fills it in). */
  placeholderKinds: {
    other: ['product', 'item', 'asin', 'sku', 'title', 'tracking'],
    sellerName: ['seller', 'shop', 'store', 'company', 'brand', 'signature', 'agent', 'your name', 'my name'],
    orderId: ['order', 'orderid', 'ordernumber', 'order number', 'order no'],
    buyerName: ['buyer', 'customer', 'client', 'recipient', 'name', 'firstname', 'first name', 'lastname', 'last name', 'full name'],
  },

  concepts: {
    satisfied: [
      // A condition on a good effect: "if the lamp brightened up your evenings".
      'if (?:the|our|this|your|it|they) (?:[\\p{L}\'-]+ ){0,4}(?:brightened|improved|helped|eased|simplified|enriched|warmed|cheered|delighted|brought (?:you )?(?:joy|a smile)|made (?:[\\p{L}\'-]+ ){0,4}(?:better|easier|nicer|brighter|cosier|cozier|happier|lovelier|special))',
      // A question on the buyer's joy as the condition: "Loved your new kettle? Then…".
      '(?:enjoyed|enjoying|liked|loved|loving|happy with|satisfied with|pleased with) (?:it|them|your (?:\\p{L}+ ){0,3}\\p{L}+|the (?:\\p{L}+ ){0,2}\\p{L}+)\\s?\\?',
      '(?:was|were|is|are) (?:the|your|it|this|our|they) (?:\\p{L}+ ){0,3}(?:everything|all|what) you (?:hoped|wanted|expected|needed|wished|were hoping)',
      '(?:did|does|has|have|do) (?:the|your|it|this|our|they|these) (?:\\p{L}+ ){0,3}(?:live|lived|lives) up to',
      'if (?:our|the|this|your|it) (?:\\p{L}+ ){0,2}(?:make|makes|made|help|helps|helped|let|lets) (?:you|u|your \\p{L}+) (?:\\p{L}+ )?(?:well|happy|smile|better|easier|great|good|comfortabl\\p{L}{1,2})',
      "if (?:you(?:'re| are| were| have been| feel| felt| are feeling|r)?|u) (?:\\p{L}+ )?(?:happy|satisf\\p{L}{0,4}|pleased|delighted|content|thrilled|impressed|glad|ok|fine) (?:with|about|by)",
      "if (?:you(?:'re| are| were| feel| felt)?|u) (?:\\p{L}+ )?(?:happy|satisf\\p{L}{0,4}|pleased|delighted|content|thrilled|impressed)",
      "if (?:you|u) (?:\\p{L}+ )?(?:like|love|enjoy|liked|loved|enjoyed|likes|loves) (?:it|them|the|your|our|this|these|what)",
      'if (?:the|our|this|your) (?:\\p{L}+ ){0,3}(?:lived up to|lives up to|met|meets|meet|exceeded|exceeds|matched|matches) (?:\\p{L}+ ){0,3}(?:expect\\p{L}*|hopes|needs)',
      'if (?:everything|all|it|the item|the product|things?) (?:is|was|went|goes|are|were|worked|works) (?:\\p{L}+ )?(?:well|fine|ok|okay|good|great|perfect|to your (?:liking|satisfaction)|as expected|smoothly)',
      // "If everything arrived fine": a condition on a good experience, only worded as the delivery.
      'if (?:everything|all|it|they|the (?:\\p{L}+ )?(?:item|product|order|parcel|package)) (?:has |have )?(?:arrived|arrives|came|turned out|reached you|is working|works|worked) (?:\\p{L}+ ){0,2}(?:well|fine|ok|okay|good|great|perfect|as expected|to your (?:liking|satisfaction))',
      'if (?:you|u) (?:had|have|got) (?:a )?(?:good|positive|great|pleasant|nice|wonderful|happy|satisfying) (?:\\p{L}+ )?(?:experience|time|shopping)',
      'if (?:it|this|the item|the product) (?:\\p{L}+ )?(?:made you (?:happy|smile)|worked (?:out|well)|helped)',
      "(?:should|when|once|as long as|provided) (?:you(?:'re| are)?|u) (?:\\p{L}+ )?(?:happy|satisf\\p{L}{0,4}|pleased|delighted)",
      '(?:enjoyed|enjoying|like|liked|love|loved|loving|happy with|satisfied with|pleased with) (?:it|them|your (?:\\p{L}+ ){0,2}(?:purchase|order|item|product)|the (?:\\p{L}+ )?(?:item|product))\\s?\\?',
      '(?:are|were) you (?:happy|satisfied|pleased) with (?:it|them|your|the)[^.!?\\n]{0,40}\\?',
      'if (?:you(?:\'re| are)?|u) not (?:\\p{L}+ )?(?:happy|satisf\\p{L}{0,4}|pleased)[^.!?\\n]{0,60}(?:contact|message|tell|write|let) (?:us|me)',
      "(?:only )?if (?:you|u) (?:think|feel|find) (?:it|we|the item|our product|our service) (?:\\p{L}+ )?(?:deserves?|earned|worth|good|great)",
      // Second-language conditions without a subject: "if happy, please…", "if satisfy with item".
      'if (?:happy|satisf\\p{L}{0,4}|pleased|like it|love it|all (?:is )?(?:good|ok|okay|fine)|everything (?:is )?(?:good|ok|okay|fine))(?: with (?:\\p{L}+ ){0,3}\\p{L}+)?',
      "if (?:you(?:'re| are| were)?|u) (?:\\p{L}+ )?(?:enjoying|loving|liking) (?:it|them|the|your|our|this|these)",
    ],
    reviewRef: [
      '(?<=\\b(?:low|bad|poor|negative|good|positive|high|single)\\s)(?:ratings?|reviews?|stars?|scores?|feed ?back)',
      '(?<=\\b(?:each|every|one|low|high|good|bad|the|a|your)\\s(?:more\\s)?)(?:scores?|evaluations?)',
      '(?<=\\b(?:each|every|one)\\s)stars?',
      // Determiners sit in lookbehinds, so these are keyed on the noun, not tried at every "the".
      '(?<=\\b(?:a|an|your|the|some|our|any|honest|quick|short|little|product|customer|few|their|his|her|seller)\\s(?:\\p{L}+\\s)?)(?:reviews?|feed ?back|ratings?|stars?)',
      'reviews?(?= (?:of|on|for|about) (?:the|your|our|this|it))',
      'feed ?back (?:on|about|for) (?:amazon|the (?:product|item|order)|your (?:order|purchase)|us)',
      '(?:5|five|4|four|full|all)[- ]?stars?',
      '(?<=\\b(?:your|their|his|her|some|few|honest|kind|own)\\s)(?:thoughts|opinion|opinions|comments?|words|impressions?|testimonial)',
      'what you (?:think|thought|felt|feel)(?: about| of)?',
      '(?<=\\b(?:your|the)\\s)experience (?:with|of) (?:the|our|this|your|it)',
      '(?:tell|show|let) (?:the world|others|other (?:buyers|customers|shoppers)|everyone|people)',
      'review (?:page|section|form|link)',
      // Writing "for other buyers on Amazon" is writing a review, whatever it is called.
      '(?:for|to|with) (?:other|fellow|future) (?:\\p{L}+ )?(?:buyers|customers|shoppers)(?: on amazon)?',
      '(?<=\\b(?:every|each|one|single)\\s)(?:ratings?|reviews?|votes?)',
      'star rating',
    ],
    reviewAsk: [
      '(?:when|if|once|before) you (?:rate|review|score|evaluate)(?! (?:the |our |this |my |your )?(?:attached|invoice|document|quote|proof|terms|details|photos?|draft|preview|design|file|options|instructions|manual|order details|measurements|pictures?|listing|return))',
      '(?:share|shares|sharing|post|posts|posting|upload|uploads|uploading|add|adds) (?:a |some |your )?(?:photo|picture|video|pic)s?[^.!?\\n]{0,30}(?:product page|on amazon|listing)',
      '(?:tell|tells|telling|told) (?:the world|others|other (?:buyers|customers|shoppers)|everyone|people) (?:what you think|about (?:it|them|your experience|the|this|our))',
      '(?:share|shares|sharing|spread|spreads|spreading) (?:the )?(?:good )?(?:news|word|love) (?:with|to|among) (?:other|others|future|fellow|more) ?(?:\\p{L}+ )?(?:buyers|customers|shoppers|people)?',
      '(?:post|posting|posts|write|writing|writes) (?:\\p{L}+ ){0,2}about (?:it|them|the|your|our|this)[^.!?\\n]{0,30}(?:on amazon|online|product page)',
      '(?:give|giving|gives|leave|leaving) (?:us )?(?:the|a|your|some|any) (?:\\p{L}+ )?(?:score|evaluation)',
      '(?:leave|leaving|write|writing|post|posting|give|giving|share|sharing|submit|submitting|drop|add|left|posts|shares|leaves|writes|put|puts|putting|publish|publishes|upload|uploads|type|copying|copy) (?:us |me )?(?:a |an |your |some |the |their |his |her |any )?(?:\\p{L}+ ){0,2}(?:reviews?|feed ?back|ratings?|opinions?|thoughts|comments?|impressions?|experience|testimonials?|stars?)',
      '(?:rate|rating|review|evaluate) (?:us|the (?:\\p{L}+ )?(?:item|product|purchase|seller|order)|your (?:\\p{L}+ )?(?:purchase|item|order|product)|it|our (?:product|item|service|shop|store))',
      "(?:we(?:'d| would) (?:love|like|appreciate|be grateful for|welcome) (?:to (?:hear|know|read) )?(?:your|some) (?:\\p{L}+ )?(?:thoughts|opinion|feedback|review|comments?|impressions?))",
      'tell (?:the world|others|other (?:buyers|customers|shoppers)|everyone|people) (?:what you think|about (?:it|your experience|the))',
      '(?:let (?:other|others|future) (?:\\p{L}+ )?(?:buyers|customers|shoppers|people) know)',
      'review (?:request|link|page)',
      'request a review',
      '(?:rate|rating|review|evaluate) (?:the|your|our|this) (?:\\p{L}+ ){0,2}(?:you received|you bought|you ordered)',
      '(?:describ|present|introduc|recommend)\\p{L}{0,4} (?:\\p{L}+ ){0,3}(?:for|to) (?:other|others|fellow|future)',
      '(?:tell|telling|tells) (?:others|other (?:buyers|customers|shoppers)|people|everyone) about (?:it|them|the|your|our|this)',
      '(?<=\\b(?:your|an|a)\\s(?:honest\\s)?)review (?:would|will|helps|can help|means)',
      '(?:take|spare) (?:a|one) (?:moment|minute|few minutes|second)[^.!?\\n]{0,60}(?:review|feedback|rate|rating|opinion|experience)',
      // A few words on Amazon: a review in other words.
      'a few (?:words|lines) (?:on|at) amazon',
      '(?:share|post|leave|write) (?:\\p{L}+ ){0,3}(?:on|at) amazon (?:for|so) (?:others|other (?:buyers|customers|shoppers))',
      // Appreciating a review is asking for one.
      '(?:would )?(?:really |greatly )?appreciate (?:a|your) (?:\\p{L}+ )?review',
    ],
    incentive: [
      '(?:is|are|will be|\'s|comes) (?:on us|on the house|free of charge from us)',
      // Money back in other words: "20% of this order back", "get your money back" (G1701: no refunds for reviews).
      '\\d{1,3} ?% of (?:the|this|your) (?:\\p{L}+ )?(?:order|price|purchase|payment)(?: back)?',
      '(?:gets?|receives?|earns?|getting) (?:\\p{L}+ ){0,4}back',
      '(?:a|an|one|another|second|extra|spare|free) (?:\\p{L}+ ){0,2}(?:on us|on the house)',
      '(?:gets?|receives?|earns?) (?:a |an )?(?:second|extra|spare|another|bonus|free)',
      '(?:small |little |special |free |surprise |thank[- ]you |nice )+(?:gift|gifts|present|presents|surprise|bonus|reward|token|sample)',
      '(?:gift|present|surprise|bonus|reward|prize|freebie)s?',
      'free (?!time|of charge|to |moment|minute|day|weekend)(?:\\p{L}+ ){0,2}\\p{L}+',
      '(?:claim|get|receive|earn|win|enjoy) (?:a|an|your|one) (?:free|complimentary|bonus|extra)',
      'gift ?cards?',
      '(?:amazon )?vouchers?',
      'coupons?',
      '(?:discount|cash ?back|rebate|money back|store credit)',
      '\\d{1,3} ?% (?:off|discount|cash ?back|back|rebate|refund)',
      '(?:full |partial |\\d{1,3} ?% )?(?:refund|reimburse\\p{L}{0,6}|cash ?back|rebate)',
      '[$€£] ?\\d{1,4}',
      '\\d{1,4} ?(?:dollars?|euros?|pounds?|usd|eur|gbp)',
      '(?:money|payment|paypal|compensation|commission)',
      '(?:in (?:exchange|return)|as a (?:thank[- ]you|thanks|reward))',
      'extended warranty',
      '(?:vip|loyalty|exclusive) (?:\\p{L}+ )?(?:access|status|membership|discount|price)',
      // Something given "as a thank-you" for the time a review takes.
      'as a (?:small |little )?(?:thank[- ]you|token of (?:our )?(?:thanks|appreciation|gratitude))',
      'at no (?:extra )?cost',
      'free of charge',
    ],
    pressure: [
      '(?:can|could|will|would|may|might) (?:\\p{L}+ )?(?:sink|ruin|destroy|kill|break) (?:a |our |my |the )?(?:small |little |tiny |new )?(?:seller|shop|business|store|listing)',
      '(?:is|are) (?:like )?(?:life|everything|survival|the world) (?:for|to) (?:us|me|our)',
      '(?:one|another|a single) more (?:low|bad|negative|poor) (?:\\p{L}+ )?(?:score|rating|review|star|feedback)s?',
      '(?:listing|account|shop|store) (?:\\p{L}+ ){0,3}(?:will|would|could|may|might|can) (?:\\p{L}+ )?(?:be )?(?:closed|suspended|removed|banned|deactivated|shut down)',
      'think (?:about|of) us when',
      '(?:our|my) (?:\\p{L}+ ){0,2}(?:shop|store|business|company|family|team|brand)(?: \\p{L}+){0,2} (?:may|might|will|could|would|can|cannot|can\'t|won\'t)(?:n\'t| not)? (?:survive|make it|close|shut down|go under|go out of business|continue|stay open)',
      '(?:survive|survival|make it|stay in business|go out of business|close down|shut down)',
      // Pleading with the shop's future, in everyday idioms (G1701: no pressure for a review).
      '(?:keep (?:the lights on|our doors open|going|afloat)|stay afloat|keep (?:the|our) (?:shop|business|workshop|store) (?:open|going|alive))',
      '(?:every|each) (?:single )?(?:\\p{L}+ )?(?:rating|review|star|vote|score) (?:decides|determines|counts|matters|makes the difference)',
      '(?:depend|depends|depending|relies|rely|relying) (?:\\p{L}+ )?on (?:your|good|positive|customer|every|each)',
      '(?:my|our) (?:job|jobs|income|livelihood|salary|bonus|boss|manager)',
      '(?:lose|losing) (?:my|our) (?:job|jobs|income|business|shop|store)',
      '(?:please|i beg|we beg|begging) (?:you )?(?:please )?(?:help|save|support) (?:us|me|our|a small)',
      '(?:without|no) (?:your|good|positive|more|new) (?:\\p{L}+ )?(?:reviews?|ratings?|feedback|stars?)',
      '(?:very|extremely|so|really|super|vitally) (?:important|crucial|critical|vital|essential) (?:to|for) (?:us|our|me|my|a small)',
      // Not "means the world to us": sellers say it to thank for feedback, too.
      '(?:means|mean) (?:survival|life) (?:to|for) (?:us|me|our)',
      '(?:we|i) (?:really |desperately |urgently )?need (?:your|more|good|positive|some) (?:\\p{L}+ )?(?:reviews?|ratings?|feedback|stars?)',
      "(?:don't|do not|please don't|please do not) (?:forget|ignore|hesitate) to (?:leave|write|give|rate|review|post)",
      '(?:we|i) (?:will|would) (?:be )?(?:so |very |really )?(?:sad|heartbroken|disappointed) if',
      '(?:remind|reminding|reminder) (?:you )?(?:again|once more|one more time)',
      'still (?:waiting|hoping) for (?:your|a) (?:\\p{L}+ )?(?:review|feedback|rating)',
      '(?:haven\'t|have not|didn\'t|did not) (?:yet )?(?:left|leave|written|write|received|got) (?:us )?(?:a|your|any) (?:\\p{L}+ )?(?:review|feedback|rating)',
    ],
    writeWhat: [
      '(?:talk|write|speak|post) about how',
      '(?:bring up|touch on|refer to|call out|shout about) (?:how|that|the|our)',
      '(?:if you|you could|you would|could you|would you) (?:\\p{L}+ )?(?:said|say|wrote|write|noted|mentioned|told them)',
      '(?:mention|mentioning|highlight|highlighting|include|including|note|noting|emphasi[sz]e|stress|point out)(?: that| how)?',
      '(?:say|write|state|tell (?:others|everyone|other buyers))(?: that| how)',
      '(?:copy|copying|paste|pasting|copy and paste|reuse|reusing|repeat|repeating|use|using) (?:\\p{L}+ ){0,3}(?:words|text|sentence|sentences|message|wording|lines|comment|compliments?|note)',
      '(?:kind|nice|lovely|positive|sweet) words (?:you|from)',
      '(?<=\\bthe\\s)same (?:kind )?(?:words|sentences|lines)',
      '(?:these|those) (?:kind )?(?:words|sentences|lines)',
      '(?:something|a sentence|a line|a few words) (?:like|such as)',
      '(?<=\\bthe\\s)following (?:text|sentence|words|wording|lines)',
    ],
    contactAsk: [
      "(?:what|which)(?: is|'s)? (?:the |your )?(?:best |right |preferred |correct |easiest )?(?:e-?mail(?: address)?|phone(?: number)?|mobile(?: number)?|number) (?:to (?:send|reach|call|text|email|e-mail|contact)|for (?:you|sending|reaching))",
      '(?:what|which) (?:e-?mail(?: address)?|phone number|mobile number|cell number|contact number|phone|mobile) (?:should|can|shall|do|could) (?:i|we)',
      '(?:drop|pass|jot down|note|text) (?:us|me) (?:your|an|a) (?:\\p{L}+ )?(?:e-?mail(?: address)?|phone(?: number)?(?! (?:model|case|type|brand|settings|app|charger|screen|version))|mobile(?: number)?|cell(?: number)?|telephone(?: number)?|contact number)',
      'e-?mail(?: address)? (?:that )?(?:i|we) (?:can|could|may|should) (?:send|mail|forward|write)',
      '(?:send|give|provide|share|tell|leave|write|reply with|email|message|forward) (?:us|me) (?:with )?(?:your|an|a) (?:\\p{L}+ )?(?:e-?mail(?: address)?|email|phone(?: number)?(?! (?:model|case|type|brand|settings|app|charger|screen|version))|mobile(?: number)?|cell(?: number)?|telephone(?: number)?|contact number|whats ?app(?: number)?|personal (?:e-?mail|number|contact))',
      '(?:what is|what\'s|may we have|can we have|could we have|could we get|can we get|may i have|can i have|could i have|we need|we would need|i need|please provide|kindly provide|please share|kindly share|please leave|please send) (?:us |me )?(?:your|an|a) (?:\\p{L}+ )?(?:e-?mail(?: address)?|phone(?: number)?(?! (?:model|case|type|brand|settings|app|charger|screen|version))|mobile(?: number)?|cell(?: number)?|telephone(?: number)?|contact number|whats ?app(?: number)?|personal (?:e-?mail|number))',
      '(?<=\\b(?:your|an)\\s(?:(?:private|personal|real|direct)\\s)?)(?:e-?mail(?: address)?|phone number|mobile number|cell number|telephone number|whats ?app number),? (?:please|so that|so we can|so i can|so we could|and we will|and we\'ll)',
      '(?:reply|respond|write back|answer) (?:\\p{L}+ ){0,2}(?:with|including) (?:your|an|a) (?:\\p{L}+ )?(?:e-?mail|phone|mobile|number)',
      '(?:best|good|right|direct|personal) (?:phone |mobile |contact )?number to (?:reach|call|contact|ring|text) (?:you|u)',
      // Asking for the buyer's phone or e-mail without naming it a "phone number" (G1701: no contact details).
      '(?:what|which) (?:\\p{L}+ )?(?:number|phone|mobile) (?:can|could|should|may|shall) (?:we|i) (?:\\p{L}+ )?(?:reach|call|ring|contact|text) you',
      '(?:let us have|let me have|give us|pass on|send over) (?:a |an |your )?(?:personal |private |direct |own )?(?:e-?mail(?: address)?|mobile(?: number)?|phone number|contact number)',
      '(?:personal|private) e-?mail(?: address)? (?:where|to which|so) (?:we|i)',
      '(?:number|e-?mail(?: address)?) (?:where|at which|on which) (?:we|i) (?:can|could|may) (?:reach|contact|call|write|e-?mail|text) you',
      '(?:reach|call|contact|ring|text) you (?:on|at) (?:your|a) (?:\\p{L}+ )?(?:number|phone|mobile|e-?mail)',
    ],
    deliveryContext: [
      '(?:courier|carrier|driver|delivery|deliver|freight|shipping company|forwarder|dispatcher|ups|fedex|dhl|usps|royal mail|parcel ?force|dpd|gls|hermes|evri)',
      '(?:on|for) the (?:order|shipping label|label|delivery note)',
      'is (?:the one|the number|it) on (?:the|your) order',
    ],
    feedbackNotice: [
      '(?:it is|it\'s) possible to (?:update|remove|change|revise|edit) (?:or (?:update|remove|change) )?(?:the|your) (?:\\p{L}+ )?feed ?back',
      '(?:you|u) (?:can|may|could|are (?:welcome|free) to) (?:always )?(?:update|remove|change|revise|edit|amend) (?:or (?:update|remove|change) )?(?:the|your) (?:\\p{L}+ )?feed ?back',
      '(?:option|possibility|chance) to (?:update|remove|change|revise|edit) (?:or (?:update|remove|change) )?(?:the|your) (?:\\p{L}+ )?feed ?back',
      'if you (?:are|feel|were) (?:\\p{L}+ )?satisfied (?:that )?(?:we have|we\'ve|the (?:issue|problem|matter) (?:has been|is|was)) (?:\\p{L}+ ){0,2}(?:resolved|solved|fixed|addressed)',
    ],
    settlement: [
      'replace(?:ment|d)?',
      'reship\\p{L}{0,3}',
      'new (?:one|unit|item|parcel)',
      'sorry',
      'apolog\\p{L}{0,5}',
      '(?:damaged|broken|defective|faulty|missing|wrong|lost|late|delayed|leaking|cracked)',
      'inconvenience',
      'to make up for',
      '(?:return|returns|returned|returning)',
      '(?:problem|issue|trouble|complaint)s?',
    ],
  },

  amazonFeedbackNotice:
    'If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided here.',

  optOut: {
    patterns: [
      '(?:rather|prefer) not (?:to )?(?:hear|receive|get) (?:from us|messages|emails|e-mails|any more|anything)',
      "(?:prefer|rather) (?:that )?we (?:don't|do not|didn't|did not) (?:message|contact|write to|email) you",
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
      'cheers for (?:your|the) (?:order|purchase|support|custom)',
      "(?:just )?(?:a )?(?:big |huge |heartfelt |warm |special )?(?:thank you|thanks) from (?:all of us|everyone|the whole team|the team|us)(?: (?:at|here at) [\\p{L}&']+(?: [\\p{L}&']+){0,2})?",
      '(?:thank you|thanks) (?:so much |very much )?for (?:picking|choosing|buying|ordering|getting|selecting|purchasing) (?:our|the|your|this|us)(?: [\\p{L}-]+){0,3}(?: this (?:year|month|season|time))?',
      '(?:thank you|thanks|many thanks|thank you very much|thank you so much|thanks a lot)(?: again)?(?: (?:for|on) (?:your|the) (?:recent )?(?:order|purchase|business|trust|support|custom|patience|choosing us|shopping with us))?',
      'we (?:really |truly )?appreciate (?:your|the) (?:order|purchase|business|trust|support)',
      // Second-language thanks: "many thanks for trust our little shop and choose our phone holder".
      '(?:many |big |huge |so many )*(?:thank you|thanks)(?: (?:so|very) much)? for (?:trust|trusting|choose|choosing|support|supporting|picking|buying|ordering|shopping|purchas\\p{L}{1,3}|your (?:trust|support|order|purchase|custom|business))[^.!?\\n]{0,70}',
      '(?:it|this|that|your (?:order|purchase|support|trust)) (?:is|was) (?:very |so |really |much |truly |greatly ){0,3}appreciat\\p{L}{0,3}(?: by (?:\\p{L}+ ){0,3}(?:team|us|staff|family))?',
      'thank you for (?:choosing|shopping with|buying from|ordering from) us',
      'thank you for (?:choosing|shopping at|buying from|ordering from) (?:our store|our shop|\\p{L}+)',
      'we are (?:so )?(?:happy|glad|delighted|pleased|thrilled) (?:that )?you (?:chose|ordered|purchased|bought)[^.!?\\n]{0,40}',
      'your (?:order|purchase|support) (?:means|meant) a lot(?: to us)?',
      'we (?:are|were) (?:so )?(?:happy|glad|delighted|pleased) to have you as (?:a|our) customer',
      // Season's greetings alone say no more than thanks.
      '(?:happy|merry) (?:thanksgiving|christmas|holidays|new year|easter|diwali|eid|ramadan|hanukkah|lunar new year)', 'season\'s greetings', '(?:warm |best )?holiday (?:greetings|wishes)',
    ],
    padding: [
      'for (?:your|the) (?:kind )?(?:support|trust|order|purchase|patience|custom|business)(?: (?:to|of|for|in) (?:our|us|my) (?:\\p{L}+ ){0,2}(?:store|shop|business|team|brand|family))?',
      '(?:we|i) will (?:keep|continue) (?:working hard|doing our best|doing my best|trying|improving|to improve|to do our best)[^.!?\\n]{0,60}',
      'means (?:a lot|so much|the world|a great deal) (?:for|to) (?:us|me)',
      '(?:just )?to let you know(?: that)?',
      '(?:it |that |you )?(?:made|make|makes) (?:our|my) (?:day|week)',
      'wish (?:you|u) (?:a )?(?:happy|nice|good|great|wonderful|lovely)(?: \\p{L}+){0,3}',
      'wish(?:ing)? (?:you|u) (?:to )?(?:have |enjoy )?(?:a |an )?(?:very )?(?:happy|nice|good|great|wonderful|lovely|pleasant|beautiful|fantastic|sunny)(?: \\p{L}+){0,3}',
      'wishing (?:you|u) (?:lots of|plenty of|many|much) (?:\\p{L}+ ){0,3}\\p{L}+',
      'we hope (?:that )?(?:it|they|it\'s|they\'re|it is|they are) [^.!?\\n]{0,60}',
      '(?:we|i) (?:loved|enjoyed|were happy|were glad|had fun) (?:making|packing|preparing|creating|wrapping|sending) (?:it|them|this|your (?:\\p{L}+ )?(?:order|parcel|gift))(?: for you)?',
      'warmly',
      // Warm words in their general forms: they say nothing of their own, so a message of only these is thanks or help only.
      '(?:we|i) (?:really |truly |sincerely )?hope [^.!?\\n]{0,80}',
      "(?:hope|hoping) (?:you(?:'re| are| have| will|'ll)?|everything|it|all) [^.!?\\n]{0,60}",
      'wish(?:ing)? (?:you|u) [^.!?\\n]{0,60}',
      'enjoy (?:your|the|it|them|every)[^.!?\\n]{0,60}',
      "(?:we|i) (?:really |truly |sincerely |so |very much )?(?:appreciate|value) (?:your|you|it|this)[^.!?\\n]{0,60}",
      "(?:we are|we're|i am|i'm) (?:so |very |really |truly |just |super )?(?:happy|glad|delighted|thrilled|pleased|grateful|thankful|honou?red|excited|proud)[^.!?\\n]{0,80}",
      "(?:my|our) names? (?:is|are) [\\p{L}'-]+(?: (?:and|&) [\\p{L}'-]+)?",
      '(?:with|sending) (?:love|gratitude|appreciation|thanks|warm wishes|best wishes|a smile|big hugs?)',
      '(?:talk|speak) soon', 'until next time', 'all the best', 'love', 'xo(?:xo)?',
      '(?:kindly|please) be patient',
      '(?:it )?(?:really |truly )?means (?:a lot|so much|the world)(?: to (?:us|me|a small (?:\\p{L}+ )?(?:team|business|shop)(?: like ours)?))?(?: that you (?:chose|picked|ordered from) us)?',
      'we hope (?:that )?(?:your|the|you) [^.!?\\n]{0,40}(?:loves?|likes?|enjoys?|enjoying|happy)[^.!?\\n]{0,40}',
      '(?:with gratitude|gratefully|warm wishes|best wishes|wish you a (?:nice|good|great|happy|wonderful) (?:day|week|weekend))',
      '(?:this is|i am|i\'m|my name is) \\p{L}+(?: from (?:the )?(?:\\p{L}+ ){0,3}(?:team|department|service|store|shop))?',
      '(?:anything|whatever) you need',
      '(?:i|we) (?:will|can|\'ll) (?:answer|reply to|respond to|get back to) you (?:within|in) \\d{1,2} (?:hours|days)',
      '(?:feel free to|please) (?:contact|message|write to|reach) (?:me|us) (?:at )?any ?time',
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
      // The seller's small business introduced: warmth, no purpose.
      '(?:we\'re|we are) (?:just )?a (?:small|little|tiny)?(?: ?family)?(?:-run| run| owned|-owned)? ?(?:business|shop|company|workshop|team|brand)(?: (?:in|from|based in) \\p{L}+)?', 'every (?:single )?order (?:\\p{L}+ ){0,2}means (?:so much|a lot|more|the world|everything) to us(?: than we can say)?',
    ],
    confirmation: [
      '(?:is|are|has been|have been) (?:now |already |just )?(?:packed|packaged|boxed|wrapped|ready to ship|ready for dispatch)',
      '(?:will be|is being|gets|is going to be) (?:collected|picked up) (?:by|today|this)[^.!?\\n]{0,40}',
      'your (?:order|package|parcel|item|items|shipment) (?:is|are) (?:now )?with (?:\\p{L}+ ){1,2}(?:now)?',
      '(?:dispatched|shipped|posted|sent out|shipped out) (?:today|this morning|this afternoon|yesterday|earlier today)',
      '(?:we )?(?:have )?(?:already |just )?(?:handed|passed|given) (?:over )?(?:your|the) (?:order|package|parcel|item|items|shipment|goods) (?:over )?to (?:the )?(?:\\p{L}+ ){0,2}\\p{L}+(?: (?:today|this morning|this afternoon|yesterday))?',
      '(?:the )?tracking (?:no\\.?|number|code|id|ref(?:erence)?)(?: is)?:?',
      '(?:the )?tracking (?:information|info|status|details) (?:will|may|should|can) (?:update|show|be updated|appear)[^.!?\\n]{0,40}',
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
      '(?:order|package|parcel|item|items|shipment)(?: \\d{3}-\\d{7}-\\d{7})? (?:has )?(?:left|leaves|just left) (?:our|the) (?:warehouse|workshop|shop|facility)',
      '(?:order|package|parcel|item|items|shipment) (?:with|containing) (?:\\p{L}+ ){1,4}(?:has )?(?:left|leaves|just left) (?:our|the) (?:warehouse|workshop|shop|facility|depot)(?: (?:today|this morning|this afternoon|yesterday))?',
      '(?:is|are) (?:now )?(?:travelling|traveling|on (?:its|their) way) with (?:\\p{L}+ ){1,2}',
      '(?:it|they|your (?:order|package|parcel|item|items|shipment|purchase)) (?:will|should) be with you[^.!?\\n]{0,40}',
      '(?:you can )?(?:track|follow) (?:it|them|your (?:order|parcel|package|shipment)) (?:here|at|with|via|using|online)',
      'good news',
      // Shipping confirmations in their general forms (Amazon sends those itself).
      '(?:was|were|has been|have been|is|are|got|just) (?:\\p{L}+ )?(?:dispatched|shipped|posted|sent out|shipped out|handed over|picked up|collected)(?: (?:today|this morning|this afternoon|yesterday|on \\p{L}+|with|via|by) [^.!?\\n]{0,50})?',
      '(?:delivery|arrival) (?:is )?(?:expected|estimated|scheduled|planned) (?:for|on|by|within|in)[^.!?\\n]{0,40}',
      '(?:ref(?:erence)?|shipment|parcel|consignment)(?: (?:no\\.?|number|id|code))?:? ?[a-z]{0,4}\\d{4,20}[a-z0-9]{0,10}',
      '(?:estimated|expected) (?:delivery|arrival)(?: date)?:?',
      // The expected delivery day is part of a shipping confirmation.
      'estimated (?:delivery|arrival)(?: date)?:?',
    ],
    signOffs: ['(?:best|kind|warm|warmest) (?:regards|wishes)', 'regards', 'sincerely', 'yours (?:sincerely|truly|faithfully)', 'cheers', 'all the best', 'many thanks', 'thanks again', 'with thanks'],
    checkIns: [
      '(?:popping in|dropping by|dropping in|checking in|writing|(?:a )?(?:quick )?(?:note|line|message)) to (?:make sure|check|see|confirm) (?:that |whether |if )?(?:your|the|it|everything) (?:[\\p{L}\'-]+ ){0,3}(?:arrived|made it|reached you|got to you|came|turned up)[^.!?\\n]{0,40}',
      '(?:did|has|have) (?:your|the) (?:\\p{L}+ ){1,3}(?:turned up|turn up|shown up|showed up|show up|arrived|arrive|landed|land|reached you|reach you|come through|made it|make it)(?: (?:yet|safely|ok|okay|in one piece))?\\s?\\??',
      '(?:we |i )?(?:like to |want to |always )?(?:keep|keeping) an eye on (?:every|each|your|the|all) (?:\\p{L}+ )?(?:parcel|package|order|shipment|delivery)[^.!?\\n]{0,50}',
      '(?:note|line|message|writing|write) to (?:check|see|make sure|confirm|ask)(?: (?:whether|if|that))? (?:your|the) (?:\\p{L}+ )?(?:order|parcel|package|item|items|delivery|purchase|shipment) (?:has )?(?:arrived|reached you|got to you|came|was delivered)',
      '(?:check|checking|make sure|making sure|see|seeing|confirm|confirming) (?:whether |if |that )(?:your|the) (?:\\p{L}+ )?(?:order|parcel|package|item|items|delivery|purchase|shipment) (?:has )?(?:arrived|reached you|got to you|came|was delivered)',
      "(?:just |i am |i'm |we are |we're )?(?:checking|writing|reaching out|following up|dropping (?:you )?a (?:line|note)|touching base) (?:in )?(?:to (?:see|check|ask|make sure|confirm|know) )?(?:whether|if|that|how) (?:your|the|you)[^.!?\\n]{0,60}(?:arrived|received|got|reached|delivered|came|is (?:going|working)|are (?:getting on|enjoying))",
      '(?:did|has|have) (?:your|the) (?:\\p{L}+ )?(?:order|package|parcel|item|items|shipment|delivery|purchase|product) (?:\\p{L}+ )?(?:arrive|arrived|reach you|reached you|come|get to you|been delivered)[^.!?\\n]{0,40}\\??',
      'did you (?:receive|get) (?:your|the) (?:\\p{L}+ )?(?:order|package|parcel|item|items|shipment|delivery|purchase|product)[^.!?\\n]{0,40}\\??',
      '(?:we |i )?hope (?:that )?(?:your|the) (?:\\p{L}+ )?(?:order|package|parcel|item|items|shipment|delivery|purchase|product) (?:has |have )?(?:arrived|reached you|was delivered|got to you|came)[^.!?\\n]{0,40}',
      '(?:how (?:is|are|do you like) (?:your|the) (?:new )?(?:\\p{L}+ )?(?:order|item|items|product|purchase)(?: (?:working|doing|so far))?)\\s?\\??',
      '(?:just )?(?:wanted|want) to (?:make sure|check|confirm|see) (?:that )?(?:your|the|everything)[^.!?\\n]{0,60}(?:arrived|received|fine|ok|okay|well|order)',
      // Check-ins in their general forms: "Has the hose turned up yet?", "Is everything OK with the order?".
      '(?:has|have|did) (?:your|the|it|they|everything) (?:\\p{L}+ ){0,4}(?:turned up|turn up|arrived|arrive|reached you|reach you|come|landed|got to you|shown up)[^.!?\\n]{0,40}\\?',
      "(?:is|are|was|were) (?:everything|it|they|things|all) (?:\\p{L}+ )?(?:ok|okay|fine|alright|all right|good|going well|working (?:well|fine|ok|okay)|in order)(?: (?:with|for) [^.!?\\n]{0,40})?\\s?\\?",
      "how (?:are|is) (?:you|everything|it|things|they) (?:\\p{L}+ )?(?:getting on|going|working|holding up|settling in)[^.!?\\n]{0,40}\\??",
      "(?:just )?(?:checking in|touching base|following up)(?: (?:on|about|regarding|with) (?:you|your|the) (?:\\p{L}+ ){0,2}(?:order|purchase|parcel|package|delivery|item|items))?",
      // "Just checking in to see how you're enjoying your order": a check-in without a purpose.
      "(?:see|know|hear|ask|find out) how (?:you(?:'re| are)?|u) (?:\\p{L}+ )?(?:enjoying|getting on with|getting along with|finding|liking|doing with|settling in with)",
      '(?:a (?:quick )?line )?to (?:check|make sure|confirm) (?:that|whether|if) your (?:parcel|package|order|delivery|items?)(?: (?:for|from) order [\\d-]{19})? (?:has )?(?:arrived|reached you|got to you)(?: safely| safe and sound| in one piece|,? safely and in one piece)*',
    ],
    helpOffers: [
      '(?:your|the) (?:personal |dedicated |own |exclusive )?(?:[\\p{L}-]+ ){0,2}(?:specialist|manager|agent|assistant|representative|advisor|adviser|consultant|contact person|helper)(?: (?:for|of) (?:your|this) (?:order|purchase))?',
      '(?:only|just) a (?:message|click|note|mail) away',
      '(?:whatever|anything that|if anything) comes up',
      "(?:i am|i'm|we are|we're) (?:your|the) (?:\\p{L}+ ){0,2}(?:manager|contact|agent|assistant|representative|service|support)(?: (?:for|of) (?:your|this) order)?",
      '(?:any ?time|whenever|if ever) you (?:meet|have|need|get|face|run into) (?:\\p{L}+ )?(?:trouble|troubles|questions?|help|difficult(?:y|ies))[^.!?\\n]{0,60}',
      'you can (?:find|reach|contact|message) (?:me|us) (?:here|anytime|any time)(?: (?:in|on|via|through) (?:the )?amazon(?: messages?)?)?',
      "(?:from now on|from today),? (?:i am|i'm|we are|we're|i will be|we will be) (?:your|the) (?:\\p{L}+ ){0,3}(?:contact|support|agent|assistant|representative|person|manager|service|helper)",
      "(?:i am|i'm|we are|we're) (?:your|the) (?:personal |dedicated |exclusive |own )(?:\\p{L}+ ){0,2}(?:contact|support|agent|assistant|representative|manager)",
      "(?:just )?(?:wanted|want) to (?:let you know|say|tell you) (?:that )?(?:we|i)(?:'re| are| am|'m) (?:always )?(?:here|available)",
      "(?:any|if you (?:have|need) any) (?:help|support|assistance),? (?:\\p{L}+ ){0,4}(?:here|available|contact|message)",
      "we(?:'re| are) (?:always |here |happy |glad )+(?:here )?(?:for you|to help)",
      "(?:happy|glad) to help",
      "(?:we(?:'re| are)|i(?:'m| am)) (?:always |just |only )?(?:a |one )?(?:message|click|note|mail) away",
      "(?:reach out|get in touch|drop (?:us|me) a (?:line|message|note)|message (?:us|me)|write to (?:us|me)) (?:\\p{L}+ ){0,2}(?:any ?time|whenever|if (?:you|anything|there))[^.!?\\n]{0,60}",
      "(?:let (?:us|me) know|tell (?:us|me)) (?:\\p{L}+ )?if (?:there(?:'s| is) )?(?:anything|something)[^.!?\\n]{0,60}",
      "(?:i am|i'm|we are|we're) (?:the |your )?(?:\\p{L}+ ){0,3}(?:manager|agent|assistant|representative|specialist|advisor|adviser|consultant|support|service|helper)(?: (?:for|of|in charge of) (?:your|this|the) (?:\\p{L}+ )?(?:order|purchase|account))?",
      // "We're always here if you need anything": only an offer of help (G1701 does not permit it alone).
      "(?:we(?:'re| are)|i(?:'m| am)) (?:always |still |right )?(?:here|around|available) (?:if|whenever|should|when) (?:you )?(?:ever )?(?:need|want|have) (?:anything|something|help|us|a hand)",
      'here (?:for you|to help)',
      "(?:if|should) you (?:ever )?(?:have|need) (?:a |any )?(?:question|questions|help|problem|problems|assistance)",
      'do not hesitate to (?:contact|message|reach out)',
      "don't hesitate to (?:contact|message|reach out)",
      // Help offered for whenever the buyer needs it.
      '(?:should|if) you (?:ever )?need anything(?: at all)?', 'simply reply to this message', 'one of us will get back to you(?: promptly| shortly| quickly)?',
    ],
    purpose: [
      'unfortunately', 'sorry', 'apologi[sz]e', 'apologies', 'damaged?', 'broken', 'defect(?:ive)?', 'faulty', 'missing',
      'wrong', 'incorrect', 'problems?', 'issues?', 'delay(?:ed)?', 'out of stock', 'sold out', 'returns?', 'refund(?:ed)?',
      'replace(?:ment)?', 'exchange', 'cancel\\p{L}{0,6}', 'address', 'house number', 'engrav\\p{L}{0,4}',
      'personali[sz]\\p{L}{0,6}', 'customi[sz]\\p{L}{0,6}', 'appointment', 'schedul\\p{L}{0,3}',
      'please (?:send|confirm|check|choose|select|reply|tell us|provide|verify)', 'could you', 'would you (?:like|prefer)',
      'can you', 'we need', 'attached', 'invoice', 'manual', 'instructions', 'warranty', 'recall', 'safety',
      'reviews?', 'feedback', 'rate (?:us|the|your)', 'signature', 'someone (?:is|will be) (?:at )?home', "make sure(?! (?:that )?(?:your|the|it|everything) (?:[\\p{L}'-]+ ){0,3}(?:arrived|made it|reached you|got to you|came|turned up|is (?:ok|okay|fine)))", 'at home',
      'send us',
      'photos?',
      'measure\\p{L}{0,6}',
      'we require',
      // Instructions for the item (what to do before use) are a purpose of their own.
      'kindly note', 'please note', 'please (?:put|insert|remove|charge|install|make sure|keep|store|fit)', 'before (?:first )?use',
    ],
  },

  topics: {
    address: [
      'address\\p{L}{0,2}', 'shipping label', 'gate code', 'building', 'apartment', '(?:can not|cannot|could not|couldn\'t) find',
      '(?:shipping|delivery|postal|street|your) address',
      'address (?:is|was|seems|appears) (?:incomplete|incorrect|wrong|invalid|missing)',
      '(?:house|apartment|flat|suite|unit) number',
      '(?:zip|post|postal) ?code',
      // More words of an address problem (critical reason).
      'street', 'suite', 'unit', 'p\\.? ?o\\.? box', 'parcel locker', 'locker', 'doorbell', 'buzzer', 'intercom', 'access code', 'recipient',
      'return(?:ed)? to sender', 'undeliverable', 'incomplete', 'flat', 'floor', 'house name', 'name on the (?:door|bell|mailbox|letterbox)',
    ],
    deliveryScheduling: [
      'delivery (?:appointment|slot|time slot|window|date)',
      '(?:schedule|arrange|book|confirm) (?:a |the )?(?:delivery|appointment|time)',
      'appointment',
      'when (?:will you be|are you) (?:at )?home',
      // More words of scheduling a delivery or an appointment (critical reason).
      'time ?(?:slot|window|frame)', 'availability', '(?:which|what) (?:day|date|time)', 'morning or (?:the )?afternoon', '(?:kerb|curb)side',
      'pallet', 'lift', 'elevator', 'stairs', 'install\\p{L}{0,5}', 'assembl\\p{L}{1,3}', 'technician', 'fitter', 'engineer', 'pick-?up',
    ],
    customization: [
      // Checking the text of a made-to-order item before making it (critical reason: customization).
      '(?:capital|block) letters', 'upper ?case', 'lower ?case', 'order notes', '(?:tag|label|plate|sign) text',
      '(?:check|confirm|approve|review|proofread) the (?:text|wording|spelling|name|design|layout|lettering)',
      'before we (?:cut|engrave|print|stitch|make|sew|carve|paint|etch|laser)',
      'custom(?!er)\\p{L}{0,4}', 'bespoke', 'made[- ]to[- ]order', 'portrait', 'preview', 'proof', 'font', 'initials',
      'engrav\\p{L}{0,4}',
      'personali[sz]\\p{L}{0,6}',
      'customi[sz]\\p{L}{0,6}',
      'custom (?:text|design|name|order)',
      'monogram\\p{L}{0,3}',
      '(?:design|artwork) (?:proof|approval|preview)',
      // More words of a personalised order (critical reason).
      'lettering', 'spelling', 'wording', 'artwork', 'mock-?up', 'upload\\p{L}{0,3}', 'embroider\\p{L}{0,4}', 'stitch\\p{L}{0,3}',
      'made to (?:order|measure)', 'your (?:text|photo|image|logo|initials|inscription|dedication)', 'inscription', 'dedication', 'colou?r (?:choice|options?)',
    ],
    review: ['reviews?', 'feedback', 'ratings?'],
    delivery: [
      'deliver\\p{L}{0,4}', '(?:open |time |delivery )?slots?', 'driver', 'freight', 'courier', 'white[- ]glove', 'crew',
      '(?:pick|choose|book) (?:a )?(?:new )?(?:day|date|time)', 'someone (?:is )?(?:at )?home',
    ],
    problem: [
      'sorry', 'scratch\\p{L}{0,3}', 'crack\\p{L}{0,3}', 'stop\\p{L}{0,4}', "(?:doesn't|does not|won't|will not|can not|cannot) (?:work|connect|turn on|charge|start)",
      'replacement', 'refund\\p{L}{0,3}', 'held up', 'not (?:yet )?arrived',
      'damag\\p{L}{0,3}', 'broken', 'defect\\p{L}{0,4}', 'faulty', 'missing', 'wrong', 'incorrect', 'delay\\p{L}{0,3}',
      'late', 'lost', 'out of stock', 'sold out', 'back ?order\\p{L}{0,2}', 'recall\\p{L}{0,3}', 'safety', 'problems?',
      'issues?', 'unfortunately', 'cannot ship', "can't ship", 'unable to (?:ship|deliver|fulfil|fulfill)', 'returned to (?:us|sender)',
      'stuck', 'customs', 'leak\\p{L}{0,3}', 'error', 'mistake', 'cancel\\p{L}{0,6}',
      // A parcel marked delivered that did not arrive is an unexpected problem.
      'marked (?:it |them )?as delivered', 'different (?:front )?(?:door|address|house)', 'claim',
      // More words of an unexpected problem (critical reason): weather, strikes, shortages, faults, a mix-up.
      'strike', 'storm', 'weather', 'snow', 'flood\\p{L}{0,3}', 'backlog', 'congestion', 'shortage', 'discontinued', 'unavailable',
      'postpone\\p{L}{0,3}', 'reschedul\\p{L}{0,3}', 'fail\\p{L}{0,3}', 'undeliverable', 'returned', 'investigat\\p{L}{0,5}', 'trace',
      'torn', 'tear', 'dent\\p{L}{0,2}', 'chip(?:ped)?', 'bent', 'stain\\p{L}{0,2}', 'malfunction\\p{L}{0,3}', 'overheat\\p{L}{0,3}', 'fault\\p{L}{0,2}',
      'flaw\\p{L}{0,2}', 'loose', 'mix-?up', 'swapped', 'mislabel\\p{L}{0,4}', 'mispric\\p{L}{0,3}', 'regret\\p{L}{0,3}', 'apolog\\p{L}{0,5}',
      "(?:didn't|did not|never|hasn't|has not|haven't|have not) (?:yet )?(?:arrive|arrived|reach|reached|been (?:delivered|shipped))", 'instead of', 'only (?:one|1|part)',
      'contaminat\\p{L}{0,4}', 'hazard\\p{L}{0,3}', 'warning', 'risk',
    ],
  },
};
