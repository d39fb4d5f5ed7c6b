/**
 * Swedish phrases (du-form, as Swedish sellers write to buyers; the polite "ni" too). Syntax:
 * see ./types.ts.
 */
import type { PhraseBook } from './types.ts';
import { spelledPhone } from './numbers.ts';
import { refusedOffers, refusedOutside, refusedWays, type RefusalWords } from './refusals.ts';

/** Recension, omdöme, betyg, feedback, with their endings and compounds (produktrecension, säljarbetyg). */
const REVIEW =
  '(?:(?:produkt|kund|säljar|amazon-?|stjärn)?(?:recension\\p{L}{0,4}|omdöme\\p{L}{0,3}|betyg(?:et|en|s)?|bedömning\\p{L}{0,3}|review\\p{L}{0,3})|(?:säljar-?)?feedback(?:en)?)';
const INCENTIVE_WORDS =
  '(?:gratis|kostnadsfri\\p{L}{0,2}|rabatt\\p{L}{0,6}|present\\p{L}{0,6}|gåva|gåvor|tackgåva|återbetalning\\p{L}{0,3}|pengarna tillbaka|pengar|belöning\\p{L}{0,3}|bonus|överraskning)';
/** Money and percentages: "10 %", "50 kr", "100 kronor", "5 €". */
const AMOUNT = '(?:\\d{1,3} ?%|\\d{1,5}(?:,\\d{2})? ?(?:kr|kronor|sek|:-|€|euro)|€ ?\\d{1,4})';
const INCENTIVE = `(?:${INCENTIVE_WORDS}|${AMOUNT})`;

/** What a buyer could write: "en recension", "dina intryck", "några stjärnor". */
const REVIEW_WORDS =
  '(?:recension\\p{L}{0,4}|omdöme\\p{L}{0,3}|betyg\\p{L}{0,2}|\\p{L}{1,12}recension\\p{L}{0,4}|\\p{L}{1,12}omdöme\\p{L}{0,3}|review\\p{L}{0,3}|(?:säljar-?)?feedback|stjärnor|upplevelse\\p{L}{0,3}|erfarenhet\\p{L}{0,3}|åsikt\\p{L}{0,3}|intryck(?:en)?|tankar)';
/** Verbs of leaving a review. */
const WRITE_VERBS =
  '(?:skriva|skriver|lämna|lämnar|dela|delar|ge|ger|publicera|publicerar|posta|postar|berätta|berättar|att skriva|att lämna|att dela)';
/** The buyer's e-mail or phone, as sellers ask for it. */
const CONTACT_DETAIL =
  '(?:(?:din|ditt|er|ert|en|ett) (?:\\p{L}+ )?(?:e-?post(?:adress)?|mejl(?:adress)?|mail(?:adress)?|e-?mailadress|telefonnummer|mobilnummer|mobil|nummer|whats ?app-?nummer|kontaktuppgifter))';
/** Cancelling, as sellers write it. */
const CANCEL = '(?:avbeställa|avbeställer|avbeställ|avboka|avbokar|annullera|annullerar|makulera|makulerar|häva köpet|häver köpet|avbryta (?:köpet|beställningen|ordern)|avbryter (?:köpet|beställningen|ordern))';
/** A gap within one clause that does not pass the seller's own "vi"/"jag" nor a condition. */
const CLAUSE = '(?:(?!vi |jag |om |ifall |när )[^.!?,;:\\n]){0,60}';
/** The order, parcel, item. */
const PARCEL = '(?:beställning\\p{L}{0,3}|paket\\p{L}{0,3}|försändelse\\p{L}{0,2}|leverans\\p{L}{0,2}|order\\p{L}{0,2}|vara|varan|varor|produkt\\p{L}{0,2})';
/** The buyer addressed: du, ni. */
const YOU = '(?:du|ni)';
/** Messages of any kind, with their endings (meddelandena, mejlen). */
const MSGS = '(?:meddelande\\p{L}{0,3}|mejl\\p{L}{0,3}|mail\\p{L}{0,3}|e-post\\p{L}{0,10}|utskick\\p{L}{0,3}|nyhetsbrev\\p{L}{0,3}|information\\p{L}{0,2}|erbjudande\\p{L}{0,2}|tips\\p{L}{0,2}|påminnelse\\p{L}{0,3})';

/** A way of paying or a messenger named only to refuse it (refusals.ts). */
const REFUSALS: RefusalWords = {
  ways: ['överföring\\p{L}*', 'banköverföring\\p{L}*', 'swish\\p{L}{0,2}', 'kontant\\p{L}{0,2}', 'postförskott', 'förskottsbetalning', 'iban', 'bankgiro\\p{L}{0,3}', 'plusgiro\\p{L}{0,3}', 'kontonummer', 'bankuppgifter', 'faktura direkt'],
  joiners: [',', ',? eller', ',? och', ',? varken'],
  negations: ['inte', 'ej', 'ingen', 'inget', 'inga', 'aldrig', 'utan', 'varken'],
  refusals: ['(?:tar|tar emot|accepterar|använder|kan|erbjuder) vi (?:\\p{L}+ ){0,3}(?:inte|ej|aldrig)', '(?:är|går) (?:\\p{L}+ )?inte (?:\\p{L}+ )?(?:möjligt|möjlig|ett alternativ|tillåtet|nödvändigt|att använda)', 'behövs inte', 'går inte', 'inte möjligt', 'tar vi inte emot', 'vi inte emot'],
  reported: ['(?:du|ni) (?:frågade|undrade|ville veta|frågar|undrar|föreslog|erbjöd|skrev)', '(?:din|er) (?:fråga|förfrågan|förslag)'],
  acknowledged: ['jag förstår att', 'vi förstår att'],
  neverAsk: ['(?:ber|kommer) (?:vi )?(?:aldrig|inte) (?:att )?(?:be )?(?:dig|er)', 'aldrig (?:att )?be (?:dig|er)'],
  prepositions: ['via', 'per', 'med', 'genom'],
};
const OUTSIDE_AMAZON = 'utanför amazon';

/** A discount code or a better price the buyer asked for, refused (refusals.ts refusedOffers). */
const OFFERS = ['rabattkod(?:er|en|erna)?', 'kampanjkod(?:er|en)?', 'rabatter', 'rabatt(?:en)?', 'kuponger', 'kupong(?:en)?', 'särskilt pris', 'specialpris', 'bättre pris'];

export const sv: PhraseBook = {
  language: 'sv',
  name: 'Swedish',
  wordBoundaries: true,
  stopWords: [
    'och', 'att', 'det', 'är', 'inte', 'du', 'din', 'ditt', 'dina', 'dig', 'vi', 'oss', 'vår', 'vårt',
    'våra', 'med', 'på', 'till', 'av', 'ett', 'som', 'har', 'vill', 'hej', 'tack', 'vänliga',
    'hälsningar', 'beställning', 'beställningen', 'också', 'eller', 'men', 'när', 'hur', 'vad', 'så',
    'här', 'jag', 'mig', 'ni', 'skulle', 'blir', 'vara', 'finns', 'gärna', 'bara', 'från', 'efter',
    'redan', 'för', 'om', 'kommer', 'kunna', 'ska', 'sig', 'hos', 'mycket', 'tyvärr', 'mvh', 'detta',
    'denna', 'någon', 'något', 'ingen', 'inga', 'kan', 'varan', 'paketet', 'får', 'leveransen',
    'leverans', 'skickar', 'ny', 'nya', 'stämmer', 'fortfarande', 'adressen',
  ],
  importantTagWords: ['viktigt', 'viktig', 'brådskande', 'obs', 'observera', 'akut', 'viktig information', 'viktigt meddelande'],

  promotion: {
    patterns: [
      '(?:vår|vårt|våra) amazon-?(?:butik|sida|shop|store|varumärkessida)',
      '\\d{1,3} ?% (?:rabatt|billigare|avdrag|på (?:allt|hela|nästa))',
      '(?:rabatt|kampanj|promo|kupong|erbjudande)s?koder?',
      '(?:rabatt|kampanj|promo) ?kod(?:en)?',
      'rabattkupong\\p{L}{0,3}',
      '(?:vår|exklusiv|extra|speciell|personlig|välkomst|medlems) (?:\\d{1,3} ?% )?rabatt(?! (?:på (?:frakten|returen)|som kompensation|som ersättning))',
      'rabatt (?:på|vid) (?:ditt|din|nästa|ert) (?:nästa )?(?:köp|beställning|order)',
      '(?:på|vid|för) (?:ditt|din|ert|er) (?:nästa|kommande) (?:köp|beställning|order|besök)',
      '(?:på|vid) nästa (?:köp|beställning|order)',
      'spara (?:upp till |hela )?(?:\\d{1,3} ?%|\\d{1,5} ?(?:kr|kronor))',
      '(?:sommar|vinter|vår|höst|jul|mellandags|black[- ]friday|cyber[- ]monday|januari)[- ]?(?:rea|realisation|kampanj|deals?)',
      'rean',
      '(?:det är|är det|blir det|vi har|nu är det) (?:\\p{L}+ ){0,2}rea',
      'rea(?:n)? (?:på|i|hos) (?:hela |allt|alla |vår|vårt|våra)',
      '(?:stor |total )?(?:realisation|utförsäljning|lagerrensning)',
      '(?:vårt|våra|exklusivt|exklusiva|tidsbegränsat|tidsbegränsade|aktuella|specialt?) erbjudande(?:n|t)?',
      '(?:dagens|veckans|månadens|helgens) (?:erbjudande|deal|kampanj)',
      'passa på nu',
      '(?:beställ|köp|handla|shoppa) (?:gärna |snart |enkelt )?(?:igen|på nytt|en gång till) (?:hos oss)?',
      '(?:igen|på nytt) hos oss',
      '(?:vår|vårt|våra) (?:nya|andra|övriga|kompletta|hela|senaste|breda) (?:\\p{L}{0,12}kollektion(?:en)?|produkter|artiklar|sortiment(?:et)?|modeller|designer|färger|\\p{L}{0,12}serie(?:n)?)',
      'hela (?:vårt|vår) (?:sortiment|utbud|kollektion)',
      '(?:den|vår) nya (?:\\p{L}{0,12}kollektion(?:en)?|serien)',
      '(?:kolla in|titta in|titta på|upptäck|besök|utforska|se)(?: \\p{L}+){0,3} (?:i |på |hos )?(?:vår|vårt|våra) (?:\\p{L}+[- ])?(?:butik|butiken|webbutik|webbshop|shop|store|sortiment|kollektion|produkter|varumärkessida|sida|utbud)',
      '(?:kanske|förmodligen) (?:är|vore) (?:\\p{L}+ ){0,4}(?:också )?(?:intressant|något för (?:dig|er))',
      '(?:det här|detta|den här|de här) (?:\\p{L}+ ){0,2}(?:kan|skulle) (?:också )?(?:intressera|passa) (?:dig|er)',
      'visste du (?:att|redan att) vi (?:\\p{L}+ ){0,2}också',
      // Other products, offered in passing: "vi gör också matchande örngott".
      'vi (?:har|säljer|gör|tillverkar|erbjuder|designar) (?:nu |numera |förresten |dessutom )?också (?:\\p{L}+ ){0,2}(?:matchande|andra|nya|fina|fler|många|olika) (?:\\p{L}+ ){0,2}\\p{L}+',
      'vi (?:har|säljer|gör|tillverkar|erbjuder) (?:\\p{L}+ ){0,2}(?:matchande|andra|nya|fina) (?:\\p{L}+ ){0,2}(?:produkter|artiklar|modeller|designer|tillbehör|varianter|kollektioner)',
      'matchande (?:\\p{L}+ ){0,2}(?:hittar du|finns (?:också|även|hos oss)|har vi|säljer vi)',
      'kunder som (?:\\p{L}+ ){0,4}(?:köpte|köpt|beställde|beställt),? (?:\\p{L}+ ){0,3}(?:också|ofta|även)',
      'fri frakt (?:på|vid|för) (?:din |ditt |er )?nästa',
      '(?:nu |snart )?nytt? (?:i vårt sortiment|hos oss|i vår (?:\\p{L}+-?)?(?:butik|webbutik|shop))',
      '(?:exklusivt|endast|bara) för (?:våra )?(?:trogna |stam|befintliga )?kunder',
      'som (?:stamkund|trogen kund|vip-kund|medlem)',
      'nyhetsbrev(?:et)?',
      '(?:prenumerera|anmäl dig|registrera dig) (?:\\p{L}+ ){0,2}(?:på|till|för) (?:vårt|vår) (?:nyhetsbrev|utskick|e-postlista)',
      'följ oss',
      '(?:på|via) (?:instagram|facebook|tiktok|pinterest|youtube)',
      '(?:instagram|facebook|tiktok|pinterest|youtube)-?(?:sida|konto|kanal|profil)',
      'tävling\\p{L}{0,3}',
      '(?:vinn|vinna) (?:en|ett|ny|nya|gratis|fina|ett års)',
      'utlottning\\p{L}{0,3}',
      'lottar ut',
      'giveaway',
      'bonuspoäng', 'medlemsklubb\\p{L}{0,3}', 'kundklubb\\p{L}{0,3}', 'lojalitetsprogram\\p{L}{0,3}', 'stammiskort',
      // Referral schemes: "Tipsa en vän och få 50 kr".
      '(?:tipsa|värva|rekommendera) (?:en |dina |era )?(?:vän|vänner|kompis|kompisar)',
      '(?:rekommendera|tipsa om) oss',
      'för (?:varje|alla) (?:\\p{L}+ )?(?:vän|vänner|värvning|rekommendation|ny kund)',
      '(?<!(?:inte|längre|aldrig|ej|förtroende|köp) )(?:i|från|hos|via) (?:vår|vårt) (?:\\p{L}+[- ])?(?:butik|webbutik|webbshop|shop|store|sortiment)(?! (?:finns inte|är slut))',
      '(?:nyss|precis|just) (?:inkommen|inkomna|lanserad|lanserade|släppt|släppta)',
      '(?:känner du|har du sett) (?:redan )?(?:till )?(?:vår|vårt|våra) (?:\\p{L}+ )?\\p{L}+\\s?\\?',
      '(?:passar|matchar) (?:förresten|också|perfekt|utmärkt) (?:\\p{L}+ ){0,2}(?:med|till) (?:vår|vårt|våra)',
      'kanske (?:också |även )?något för (?:dig|er)',
      '(?:också|även) (?:kanske )?något för (?:dig|er)',
      '(?:snart|nu|nästa vecka|i höst|i vår) lanserar vi (?:\\p{L}+ ){0,2}(?:ny|nya|en ny|ett nytt)',
      'håll utkik (?:i|på|efter) (?:vår|vårt|våra|nya)',
      'missa inte (?:vår|vårt|våra|årets|veckans|den)',
      // A coupon code to type in: "ange koden HUGO15 i kassan".
      '(?:ange|använd|skriv in|uppge) (?:\\p{L}+ ){0,2}(?:rabatt|kampanj)?koden \\p{L}{2,12}\\d{1,3}',
      '(?:handlar|beställer|köper) (?:du|ni) (?:\\p{L}+ )?igen (?:\\p{L}+ ){0,4}(?:får|ger)',
      // A new line announced: "släpper vi vår nya kuddserie", "sök på ... på Amazon".
      '(?:släpper|lanserar) vi (?:\\p{L}+ ){0,2}(?:vår|vårt|våra|en|ett) (?:nya? )?\\p{L}{0,12}(?:serie|kollektion|kollektionen|sortiment|modell)',
      '(?:sök|söka|söker) (?:efter |på )[^.!?\\n]{0,40}(?:på|hos) amazon',
      'black[- ]week[- ]?(?:erbjudanden|rea|kampanj\\p{L}{0,3}|deals?)',
      'tillgång till (?:vår|vårt|våra) (?:[\\p{L}-]+ ){0,2}(?:erbjudanden|rea|kampanj\\p{L}{0,3}|deals)',
      '(?:före|innan) alla andra',
      // "med koden BADD10 får du tio procent av på ditt köp".
      'får (?:du|ni) (?:\\p{L}+ ){0,3}(?:\\d{1,3} ?%|(?:\\d{1,3}|fem|tio|femton|tjugo|tjugofem|trettio) procent) (?:rabatt|av (?:på )?(?:ditt|ert|nästa) (?:\\p{L}+ )?(?:köp|beställning|order))',
      '(?:med|via) (?:rabatt)?koden \\p{L}{2,12}\\d{1,3} (?:\\p{L}+ ){0,4}(?:rabatt|procent|\\d{1,3} ?%)',
      // Draws: "var med i vår månatliga utlottning".
      '(?:månatliga|veckovisa|årliga|stora) (?:utlottning|tävling|dragning)\\p{L}{0,2}',
    ],
    exceptions: [
      ...refusedOffers(REFUSALS, OFFERS),
      'pengarna[- ]tillbaka[- ]garanti',
      // A partial refund for damage, called a discount: "25 % rabatt på köpesumman som kompensation".
      '\\d{1,3} ?% rabatt[^.!?\\n]{0,60}(?:som|i) (?:kompensation|ersättning|plåster på såren)',
      '(?:som|i) (?:kompensation|ersättning)[^.!?\\n]{0,40}\\d{1,3} ?% rabatt',
      // The buyer asked for a discount and the seller refuses or refunds instead.
      '(?:bad|frågade) (?:\\p{L}+ ){0,3}om (?:en )?(?:extra )?rabatt\\p{L}*',
      'rabatt\\p{L}* (?:\\p{L}+ ){0,3}(?:får|kan) vi (?:\\p{L}+ ){0,2}inte',
      '(?:köp|försäljnings|leverans)villkor\\p{L}{0,2}',
      'via (?:vår|amazons) retur(?:sida|portal)',
      // A delay explained by a sales event is no invitation to it: "på grund av trycket under Black Week".
      '(?:på grund av|p\\.g\\.a\\.|under|efter|trycket|rusningen)(?: \\p{L}+){0,3} (?:black[- ](?:week|friday)|cyber[- ]monday|mellandagsrean|prime day)',
      // The item the buyer bought comes from the new collection: a fact, not an offer.
      '(?:beställde|beställt|köpte|köpt|valde|valt) [^.!?\\n]{0,60}(?:ur|från|av) (?:den|vår) nya (?:\\p{L}{0,12}kollektion(?:en)?|serien)',
      // "Följ våra instruktioner": steps to follow, not a social-media account.
      'följ (?:oss|våra|vår) (?:\\p{L}+ )?(?:instruktioner|anvisningar|steg|manual|tips|råd)',
    ],
  },

  reviewPositive: {
    patterns: [
      {
        pattern: `(?:positiv|positivt|positiva|bra|fin|fint|fina|gott|toppen|topp|strålande|lysande|högt|höga|utmärkt|utmärkta|perfekt|perfekta|superbra) (${REVIEW})`,
        replacement: '$1',
        label: 'reviewWithoutKind',
      },
      {
        pattern: `(?:5|fem)[- ]?(?:stjärnor|stjärnig\\p{L}{0,2}|stjärn(?:s|\\p{L}{0,2}))(?:[- ]?(${REVIEW}))?`,
        replacement: 'recension',
        label: 'reviewWithoutRating',
      },
      '(?:topp|toppen|super)-?(?:betyg|recension\\p{L}{0,4}|omdöme\\p{L}{0,3})',
      '(?:högsta|fullt?|maximalt?) (?:betyg|poäng|pott)',
      'alla (?:5|fem) stjärnor(?:na)?',
      `(?:nämn|nämna|skriv|skriva|säg|säga|betona)(?: \\p{L}+){0,3} i (?:din|ditt|er|ert) ${REVIEW}`,
      `i (?:din|ditt|er|ert) ${REVIEW},? (?:\\p{L}+ ){0,3}(?:nämna|skriva|betona)`,
      // The top rating without the word "stars", word of mouth with a review, only the fully satisfied asked, what to write.
      '(?:det )?högsta betyget?',
      'alla stjärnor',
      'full pott',
      '(?:berätta|tipsa) (?:\\p{L}+ ){0,2}(?:för |om )?(?:dina )?(?:vänner|familj)[^.!?\\n]{0,80}(?:recension|omdöme)',
      'bara (?:från )?kunder som är (?:100 ?%|helt|fullt) nöjda',
    ],
    exceptions: [`tack(?: \\p{L}+){0,2} för (?:din|ditt|er|ert|den|det) (?:positiva|fina|goda|snälla|trevliga) ${REVIEW}`],
  },

  reviewConditional: {
    patterns: [
      `(?:om|ifall|när) ${YOU} (?:\\p{L}+ ){0,4}(?:nöjd|nöjda|glad|glada|förtjust|förtjusta|belåten)(?: med)?[^.!?\\n]{0,80}${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}(?:om|ifall) ${YOU} (?:\\p{L}+ ){0,3}(?:nöjd|nöjda|glad|glada|förtjust)`,
      `(?:kontakta|hör av dig till|skriv till) (?:oss |mig )?(?:gärna |först |alltid |vänligen )?(?:först )?,? ?(?:innan|i stället för|istället för)`,
      `(?:innan|i stället för|istället för) ${YOU} (?:lämnar |skriver |ger )?(?:ett |en )?(?:negativt |negativ |dåligt |dålig |lågt |lågt |kritiskt |neutralt )?${REVIEW}`,
      `(?:innan|i stället för|istället för) (?:att )?(?:lämna|skriva|ge) (?:ett |en )?(?:negativt |negativ |dåligt |dålig |lågt )?${REVIEW}`,
      `innan ${YOU} (?:betygsätter|recenserar|bedömer|sätter betyg)`,
      '(?:om|ifall) (?:något (?:inte är|är fel|inte stämmer)|du inte är nöjd|ni inte är nöjda|det finns ett problem)[^.!?\\n]{0,60}(?:först|innan)',
      // "Var det något som inte funkade, hör av dig till oss först."
      '(?:var|är|fanns|finns) det något som inte[^.!?\\n]{0,60}(?:först|innan)',
    ],
  },

  reviewIncentive: {
    patterns: [
      `(?:i utbyte mot|som tack för|som belöning för|mot) (?:en |ett |din |ditt )?(?:ärlig |ärligt |positiv |positivt )?${REVIEW}`,
      `${INCENTIVE_WORDS}[^.!?\\n]{0,60} (?:för|efter|om|när|mot) [^.!?\\n]{0,30}${REVIEW}`,
      `${AMOUNT}[^.!?\\n]{0,60} (?:för|efter|om|när|mot) [^.!?\\n]{0,30}${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}(?:får|erhåller|kan få) ${YOU}[^.!?\\n]{0,40}${INCENTIVE}`,
      `(?:för|efter|mot) (?:en|ett|din|ditt|varje|er|ert) (?:\\p{L}+ ){0,2}${REVIEW}[^.!?\\n]{0,60}${INCENTIVE}`,
      `(?:när|så fort|om|efter att) ${YOU}[^.!?\\n]{0,40}${REVIEW}[^.!?\\n]{0,60}${INCENTIVE}`,
      `efter (?:att (?:du|ni) (?:har )?(?:skrivit|lämnat|publicerat|gett|delat) )?(?:en|ett|din|ditt|er|ert) (?:\\p{L}+ )?${REVIEW}[^.!?\\n]{0,60}${INCENTIVE}`,
      `(?:skärmdump|skärmbild|screenshot|länk) (?:på|av|till) (?:din|ditt|er|ert) (?:\\p{L}+ )?${REVIEW}`,
      '(?:alla som|den som|var och en som) (?:\\p{L}+ ){0,6}(?:på amazon|på produktsidan)[^.!?\\n]{0,60}(?:får|erhåller|vinner)',
      // Faster help or free products traded for a review: "once your review is up, we ship the part the same day", a tester club.
      'när din (?:recension|omdöme|betyg) är (?:uppe|publicerad|ute|synlig)',
      '(?:testpanel|testklubb|testarklubb|testargrupp)\\p{L}*',
      'i utbyte (?:\\p{L}+ ){0,3}(?:recension|omdöme)',
    ],
  },

  reviewChange: {
    patterns: [
      `${REVIEW} (?:\\p{L}+ ){0,2}(?:ändra|ändras|uppdatera|uppdateras|ta bort|tas bort|radera|raderas|justera|höja|revidera|ompröva|se över|dra tillbaka)`,
      `(?:ändra|uppdatera|ta bort|radera|justera|höj|revidera|ompröva|se över|dra tillbaka|redigera)(?: du)? (?:gärna |vänligen |snälla |bara )?(?:din|ditt|er|ert|den|det|detta|denna) (?:\\p{L}+ )?${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}(?:att ändra|att uppdatera|att ta bort|att radera|att justera|att höja|att revidera|att ompröva|att se över|att dra tillbaka)`,
      `(?:ändring|borttagning|uppdatering|justering) av (?:din|ditt|er|ert) ${REVIEW}`,
      `${REVIEW} (?:\\p{L}+ ){0,6}(?:stämmer|speglar|återspeglar) (?:\\p{L}+ ){0,4}inte längre`,
      // "om ditt betyg med en stjärna försvann från sidan"
      `${REVIEW} (?:[\\p{L}\\p{N}]+ ){0,6}(?:försvann|försvinner|försvinna|togs bort|tas ner|plockades bort|plockas bort)`,
    ],
    // The buyer's own question, reported: "du frågade om du kan ändra ditt omdöme".
    exceptions: ['(?:du|ni) (?:frågade|undrade|ville veta|frågar|undrar)(?: oss| mig)? om (?:du|ni) (?:kan|får|kunde|skulle|ska|borde) [^.!?\\n]{0,120}'],
  },

  messenger: {
    patterns: [
      '(?:via|per|med) sms',
      'sms:a (?:oss|mig)',
      '(?:ring|ringer) (?:oss|mig)',
      '(?:du|ni) (?:kan|får) (?:gärna )?ringa (?:oss|mig)',
      'nå (?:oss|mig) (?:\\p{L}+ ){0,2}(?:på telefon|telefonledes|per telefon)',
      '(?:mitt|vårt) (?:privata |personliga |direkta )?(?:telefonnummer|mobilnummer|nummer)',
      '(?:vår|vårt) (?:kundtjänst-?|service-?)?(?:nummer|telefon|hotline|växel)',
      '(?:mejla|maila|e-posta) (?:oss|mig) (?:på|till|via)',
    ],
    exceptions: ['(?:ring|ringer) (?:till )?(?:budet|chauffören|transportören|föraren|postnord)'],
  },

  optOut: {
    patterns: [
      'avregistrera',
      'avregistrering',
      'avprenumerera',
      'avsluta (?:\\p{L}+ )?(?:prenumeration\\p{L}{0,3}|utskick\\p{L}{0,3})',
      'säga upp (?:\\p{L}+ )?(?:prenumeration\\p{L}{0,3}|utskick\\p{L}{0,3}|nyhetsbrev\\p{L}{0,3})',
      '(?:inte|inga) (?:längre )?(?:vill|önskar) (?:\\p{L}+ ){0,2}(?:få|ta emot|motta) (?:\\p{L}+ ){0,2}(?:meddelanden|mejl|mail|e-post|utskick|information|erbjudanden|tips)',
      `(?:vill|önskar) (?:du|ni) (?:inte|inga) (?:längre )?(?:\\p{L}+ ){0,2}(?:få|ta emot|motta) (?:\\p{L}+ ){0,3}${MSGS}`,
      `(?:vill|önskar) (?:du|ni) (?:\\p{L}+ ){0,2}(?:slippa|sluta få) (?:\\p{L}+ ){0,3}${MSGS}`,
      'inga (?:fler |flera )?(?:meddelanden|mejl|mail|e-postmeddelanden|utskick|tips|erbjudanden)(?: från oss)?',
      '(?:meddelanden|mejl|mail|utskick|information) (?:\\p{L}+ ){0,3}inte längre',
      'inte (?:längre )?bli (?:kontaktad|kontaktade|mejlad)',
      'inte (?:längre )?(?:vill |önskar )?bli (?:kontaktad|kontaktade|kontaktat|mejlad|uppringd)(?: av oss)?',
      '(?:svara|svarar|skriv|skicka)(?: du)? (?:\\p{L}+ ){0,3}(?:med )?["”»\']?(?:stopp?|nej tack|avregistrera)\\b',
      'med ["”»\']?(?:stopp?|nej tack)["”»\']?',
      '(?:från|ur) (?:vår|vårt) (?:utskickslista|e-postlista|lista|register)',
      // "Vill du inte höra mer från oss, säg till så slutar vi skriva."
      '(?:inte|inget) (?:\\p{L}+ )?höra (?:mer|något mer|av oss)(?: (?:från|av) oss)?',
      'slutar vi (?:att )?(?:skriva|höra av oss|skicka|mejla)',
    ],
    exceptions: ['(?:appen|kontot|enheten|wifi) (?:\\p{L}+ ){0,3}avregistrera', 'sluta (?:använda|med att använda)'],
  },

  phoneWords: { patterns: spelledPhone({ words: ['(?:tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio)(?:ett|en|två|tre|fyra|fem|sex|sju|åtta|nio)', 'tretton', 'fjorton', 'sjutton', 'trettio', 'sjuttio', 'femton', 'sexton', 'nitton', 'fyrtio', 'femtio', 'sextio', 'nittio', 'hundra', 'arton', 'tjugo', 'åttio', 'noll', 'fyra', 'åtta', 'elva', 'tolv', 'ett', 'två', 'tre', 'fem', 'sex', 'sju', 'nio', 'tio', 'en'] }) },
  messengerApps: {
    patterns: [
      '(?:via|på|över|per) (?:whats ?app|telegram|signal|skype|wechat|line|viber|messenger)',
      '(?:whats ?app|telegram|signal|wechat|viber)[- ]?(?:meddelande|grupp|chatt|kontakt|nummer|profil)',
      '(?:skriv|skicka|kontakta|nå|lägg till|hör av dig till|sms:a) (?:till )?(?:oss|mig) (?:\\p{L}+ ){0,3}(?:via|på|per|i) (?:whats ?app|telegram|signal|we ?chat|viber|instagram|facebook|tiktok)',
      '(?:dm|pm|privat ?meddelande|direktmeddelande) (?:på|via|i) (?:instagram|facebook|tiktok|x|twitter)',
      '(?:via|på) (?:instagram|facebook|tiktok)[- ]?(?:dm|meddelande|messenger|chatt)',
    ],
    exceptions: [
      ...refusedWays(REFUSALS),
      '(?:ingen|inte|aldrig|inga)[^.!?;:\\n]{0,50}(?:whats ?app|telegram|signal|wechat|viber|messenger)',
      // The buyer's own question, reported and answered: "du frågade om du kan skicka bilderna via WhatsApp".
      '(?:du|ni) (?:frågade|undrade|ville veta|frågar|undrar)(?: oss| mig)? om [^.!?\\n]{0,120}',
    ],
  },

  offAmazonSale: {
    patterns: [
      '(?:beställ|beställer|beställa|köp|köper|köpa|handla|handlar)(?: du| ni)? (?:\\p{L}+ ){0,3}direkt (?:av|hos|från|via) (?:oss|mig)',
      'direkt (?:av|hos|från) oss (?:\\p{L}+ ){0,3}(?:köpa|beställa|köper|beställer|billigare|köpt|beställt)',
      '(?:via|på|i|hos) (?:vår|vårt|min|mitt) (?:egen |eget )?(?:hemsida|webbplats|webbutik|webbshop|nätbutik|sajt|onlinebutik|webbsida)(?: \\p{L}+){0,4} (?:beställa|köpa|finns|billigare|köpt|beställt|att köpa|att beställa)',
      '(?:vår|vårt|min|mitt) (?:egen|eget) (?:\\p{L}+-?)?(?:hemsida|webbplats|webbutik|webbshop|nätbutik|sajt|butik|shop)',
      '(?:vår|min) (?:webbutik|webbshop|nätbutik|onlinebutik)(?! (?:på|hos|via) amazon)',
      'billigare (?:\\p{L}+ ){0,4}(?:direkt hos oss|direkt av oss|hos oss direkt|i vår|på vår|via vår)',
      'billigare än (?:på|hos|via) amazon',
      '(?:utan|slippa|slipper|spara|sparar|undvik|undvika|undviker) (?:\\p{L}+ ){0,3}(?:amazons?|plattformens|plattforms)[- ]?(?:avgift\\p{L}{0,3}|provision\\p{L}{0,3})',
      '(?:köpa|handla|beställa|hämta) (?:\\p{L}+ ){0,2}direkt (?:hos|av|från) oss (?:\\p{L}+ ){0,2}(?:i butiken|på plats|i vår butik)',
      'utanför amazon',
      '(?:mejla|maila|ringa|kontakta|swisha|sms:a) (?:oss|mig) direkt[^.!?\\n]{0,60}(?:pris|rabatt|billigare|beställ\\p{L}{0,4})',
      '(?:bättre|lägre|specialt?) pris (?:\\p{L}+ ){0,3}(?:direkt|utanför amazon|hos oss)',
      '(?:där|hos oss) (?:är|blir) (?:allt|det|priset|priserna|våra produkter) (?:\\p{L}+ ){0,2}billigare',
      '(?:på|via|i) (?:vår|vårt) (?:egen |eget )?(?:hemsida|webbplats|webbutik|webbshop|sajt)(?:(?!amazon)[^.!?;\\n]){0,60}(?:billigare|rabatt|lägre pris)',
      'förbi amazon',
      'utan (?:att gå via )?amazon(?![-\\p{L}])',
      '(?:framtida|kommande|nästa) (?:beställningar|köp) (?:\\p{L}+ ){0,5}(?:direkt|via e-?post|via mejl|hos oss)',
      // "säljer vi inte på Amazon. Skriv hur många du vill ha, så skickar vi en faktura".
      '(?:säljer|levererar|erbjuder) (?:vi|jag) (?:\\p{L}+ ){0,3}inte (?:på|via) amazon[^\\n]{0,160}(?:faktura|betalning|direkt)',
      // "No need to order through Amazon", "settle it between us": the sale or the settlement taken off Amazon.
      'behöver (?:du|ni) inte (?:gå |handla |beställa )?(?:via|genom|på) amazon',
    ],
    exceptions: [
      ...refusedOutside(REFUSALS, OUTSIDE_AMAZON),
      '(?:inte|inget|aldrig|ingen) (?:\\p{L}+ ){0,6}utanför amazon',
      'utanför amazon (?:\\p{L}+ ){0,4}(?:inte|aldrig|förbjud\\p{L}{0,3}|tillåt\\p{L}{0,3})',
    ],
  },

  offAmazonPayment: {
    patterns: [
      'swish\\p{L}{0,2}',
      'swisha\\p{L}{0,2}',
      'banköverföring',
      '(?:via|per|med|genom) (?:en )?(?:bank)?överföring',
      '(?:för över|överför|sätt in) (?:\\p{L}+ ){0,4}(?:till|på) (?:vårt|mitt|vår|min)',
      '(?:till|på) (?:vårt|mitt|vår|min) (?:\\p{L}+ )?(?:konto|bankkonto|kontonummer|paypal-?konto|bankgiro|plusgiro)',
      '(?:vårt|mitt|våra|mina) (?:iban|kontonummer|bankuppgifter|bankgiro|plusgiro|clearingnummer)',
      'iban',
      'bankgiro\\p{L}{0,3}',
      'plusgiro\\p{L}{0,3}',
      '(?:via|per|med) paypal',
      'paypal',
      '(?:betala|betalar|betalning) (?:\\p{L}+ ){0,2}kontant\\p{L}{0,2}',
      'kontant (?:betalning|vid leverans|till)',
      '(?:betalning|betala) (?:vid|efter) (?:leverans|upphämtning|mottagandet)',
      'postförskott',
      'förskottsbetalning',
      '(?:betala|betalar)(?: du| ni)? (?:\\p{L}+ ){0,4}direkt (?:till|hos) (?:oss|mig|montören|chauffören)',
      // Money sent or asked for directly, to settle or to pay.
      'faktura som (?:du|ni) betalar',
    ],
    exceptions: [
      ...refusedWays(REFUSALS),
      // The buyer's own question, reported: "du frågade om du kan betala med Swish".
      '(?:du|ni) (?:frågade|undrade|ville veta|frågar|undrar)(?: oss| mig)? om (?:du|ni) (?:kan|får|kunde|skulle|ska) [^.!?\\n]{0,120}',
      '(?:ingen|inte|aldrig|inga)[^.!?;:\\n]{0,50}(?:kontant\\p{L}{0,2}|(?:bank)?överföring|banköverföring|paypal|swish\\p{L}{0,2}|iban|bankgiro|plusgiro|postförskott)',
      // Named, then declared unnecessary: "betalning vid leverans behövs inte".
      '(?:kontant\\p{L}{0,2}|(?:bank)?överföring|paypal|swish\\p{L}{0,2}|iban|postförskott|(?:betalning|betala) (?:vid|efter) (?:leverans|mottagandet))[^.!?;:\\n]{0,40}(?:behövs inte|behöver (?:du|ni) inte|krävs inte|är inte nödvändig)',
      // Import duties paid to the carrier are not a payment to the seller.
      '(?:tull\\p{L}{0,6}|import\\p{L}{0,8}|\\p{L}{0,12}avgift\\p{L}{0,3}|moms)[^.!?\\n]{0,60}(?:kontant\\p{L}{0,2}|postförskott)',
      // A refund through Amazon to the card or PayPal the buyer paid with.
      'återbetal\\p{L}{0,6}[^.!?\\n]{0,100}paypal',
    ],
  },

  cancellationRequest: {
    patterns: [
      // "Kan du avbeställa ordern?", "Skulle ni kunna annullera köpet?"
      `(?:kan|kunde|skulle|måste|får|bör) ${YOU} ${CLAUSE}${CANCEL}`,
      // "Du kan själv avbeställa beställningen."
      `${YOU} (?:kan|kunde|skulle|måste|behöver|bör|får) ${CLAUSE}${CANCEL}`,
      // The imperative: "Avbeställ gärna ordern".
      '(?:avbeställ|avboka|annullera|makulera|avbryt) (?:gärna |vänligen |bara |själv |då |snälla ){0,4}(?:din|ditt|er|ert|beställningen|ordern|köpet|varan|köp)',
      `(?:vänligen|snälla|gärna) ${CLAUSE}${CANCEL}(?! (?:vi|jag))`,
      // "Det vore bra om du avbeställer beställningen."
      `(?:bra|bäst|enklast|smidigast|snabbast|tacksamt|skönt|lättast|bättre) (?:\\p{L}+ ){0,3}(?:om|ifall|att) ${YOU} ${CLAUSE}${CANCEL}`,
      // "Vi ber dig att avbeställa."
      `(?:ber|vill be|skulle vilja be) (?:dig|er),? ${CLAUSE}(?:att )?${CANCEL}`,
      // "Begär en avbeställning via Mina beställningar."
      `(?<!(?:din|er|köparens|kundens) )(?:begär|ansök om|skicka in) ${CLAUSE}(?:en )?(?:avbeställning|annullering|makulering|avbokning)`,
      `${YOU} ${CLAUSE}(?:begär|begära|ansöker om|skickar in) (?:\\p{L}+ ){0,2}(?:avbeställning|annullering|makulering)`,
      `${YOU} (?:själv |själva )?(?:skickar in|lämnar in|gör|begär) (?:en )?(?:begäran om |förfrågan om )?(?:avbeställning|annullering|makulering)`,
      '(?:skicka in|lämna in) (?:\\p{L}+ ){0,2}(?:en )?(?:begäran om |förfrågan om )(?:avbeställning|annullering|makulering)',
      '(?:avbeställning|annullering|makulering) (?:\\p{L}+ ){0,3}(?:från din sida|från er sida|av dig|av er)',
      '(?:använd|klicka|tryck|välj)(?: du)? (?:\\p{L}+ ){0,4}(?:på )?["”»\']?(?:avbryt beställning|avbeställ artiklar|avbeställ|annullera beställning|avbeställningsknapp\\p{L}{0,3})',
      `(?:själv|själva|på egen hand) (?:\\p{L}+ ){0,2}${CANCEL}`,
      `(?:från|på) (?:din|er) sida ${CANCEL}`,
      `(?:om|att|ifall|när) ${YOU} (?:\\p{L}+ ){0,2}(?:drar tillbaka|återkallar|ångrar) (?:\\p{L}+ ){0,2}(?:beställningen|köpet|ordern|order|din beställning|ditt köp)`,
    ],
    exceptions: [
      `${YOU} [^.!?,;:\\n]{0,60}(?:inte|inget|ingen|aldrig)(?: längre)? [^.!?,;:\\n]{0,40}(?:${CANCEL}|avbeställning\\p{L}*|annullering\\p{L}*)`,
      `(?:vi|jag) (?:[\\p{L}\\p{N}-]+ ){0,8}(?:själva|själv|gärna|åt dig|åt er|för din räkning) (?:\\p{L}+ ){0,2}${CANCEL}`,
      `(?:vill|önskar) ${YOU} (?:\\p{L}+ ){0,4}(?:att (?:vi|jag)|oss|mig)`,
      `(?:avbeställ|avboka|annullera) (?:\\p{L}+ ){0,4}(?:inte|absolut inte|under inga omständigheter)`,
    ],
  },

  placeholderWords: [
    'namn', 'förnamn', 'efternamn', 'fullständigt', 'kundnamn', 'kund', 'kunden', 'köpare', 'köparen', 'köparens',
    'mottagare', 'mottagaren', 'hälsning', 'ordernummer', 'beställningsnummer', 'order', 'beställning', 'nr',
    'nummer', 'spårningsnummer', 'spårning', 'kolli-id', 'artikel', 'artikelnamn', 'artikelnummer', 'produkt',
    'produktnamn', 'butiksnamn', 'butik', 'företagsnamn', 'företag', 'märke', 'datum', 'leveransdatum', 'tid',
    'adress', 'leveransadress', 'gata', 'ort', 'stad', 'postnummer', 'belopp', 'pris', 'telefonnummer',
    'underskrift', 'signatur', 'avsändare', 'säljare', 'säljarens', 'här', 'infoga', 'fyll',
  ],
  placeholderKinds: {
    other: ['produkt', 'artikel', 'artikelnamn', 'produktnamn', 'spårningsnummer', 'kolli-id'],
    sellerName: ['säljare', 'säljarens', 'butik', 'butiksnamn', 'företag', 'underskrift', 'ditt namn', 'mitt namn'],
    orderId: ['order', 'ordernummer', 'beställning', 'beställningsnummer', 'order-id'],
    buyerName: ['köpare', 'köparen', 'köparens', 'kund', 'kundnamn', 'namn', 'förnamn', 'efternamn'],
  },

  concepts: {
    satisfied: [
      // "Om du är nöjd", "Ifall ni är glada med köpet".
      `(?:om|ifall|när|så länge) ${YOU} (?:[\\p{L}\\p{N}%]+ ){0,4}(?:nöjd|nöjda|glad|glada|förtjust|förtjusta|belåten|belåtna|happy|övertygad|imponerad)`,
      // "Om lampan faller dig i smaken", "Om du gillar den" (not "inte gillar").
      `(?:om|ifall|när) ${YOU} (?:(?!inte )\\p{L}+ ){0,3}(?:gillar|tycker om|älskar|uppskattar(?! (?:vi|jag) ))`,
      // "Levde tältet upp till dina förväntningar?"
      '(?:levde|lever|motsvarade|motsvarar) (?:[\\p{L}\\p{N}-]+ ){0,6}(?:upp till )?(?:dina|era) (?:\\p{L}+ )?förväntningar\\p{L}{0,2}\\s?\\?',
      '(?:om|ifall|när) (?:(?!inte )\\p{L}+ ){0,8}(?:faller (?:dig|er) i smaken|levde upp till|lever upp till|motsvarade|motsvarar|överträffade|gör (?:dig|er) glad|gjorde (?:dig|er) glad)',
      '(?:om|ifall) (?:allt|det|varan|produkten|din beställning|ditt köp|leveransen) (?:\\p{L}+ ){0,3}(?:är i sin ordning|var i sin ordning|till belåtenhet|kom fram bra|fungerar bra|motsvarade dina förväntningar)',
      `(?:är|var) ${YOU} (?:\\p{L}+ ){0,4}(?:nöjd|nöjda|glad|glada|förtjust|förtjusta)[^.!?\\n]{0,40}\\?`,
      `(?<!(?:hur|vad)(?: \\p{L}+){0,2} )(?:gillar|gillade|tycker) ${YOU} (?:om )?(?:\\p{L}+ ){0,4}\\p{L}+\\s?\\?`,
      '(?:har|hade) (?:\\p{L}+ ){0,3}(?:levt upp till|motsvarat|överträffat) (?:\\p{L}+ ){0,3}(?:förväntningar\\p{L}{0,2})[^.!?\\n]{0,40}\\?',
      '(?:nöjd|nöjda|glad|glada|förtjust|kär)(?: (?:med|i) (?:\\p{L}+ ){0,2}\\p{L}+)?\\s?\\?',
      `(?:om|ifall) ${YOU} (?:\\p{L}+ ){0,3}(?:en )?(?:bra|positiv|fin|trevlig) (?:\\p{L}+ )?(?:upplevelse|erfarenhet)`,
      `(?:om|bara om) ${YOU} (?:\\p{L}+ ){0,3}(?:tycker|anser|känner),? (?:att )?(?:\\p{L}+ ){0,4}(?:förtjänar|är bra|är värd)`,
      '(?:om|ifall) inte,? (?:\\p{L}+ ){0,5}(?:först|innan)',
      // "Om du inte har några klagomål", "Är allt som det ska? Då ...".
      `(?:om|ifall|när) ${YOU} (?:inte har (?:några )?|har inga |saknar )(?:klagomål|problem|invändningar|anmärkningar)`,
      '(?:är|var) (?:allt|det) (?:som det ska|bra|okej|ok|i sin ordning|toppen|i ordning)(?:\\s?\\?|,)',
      // A good effect as the condition: "if the lamp made your evenings cozier".
      'har (?:\\p{L}+ ){1,2}gjort (?:\\p{L}+ ){0,4}(?:mysigare|bättre|enklare|roligare|ljusare|skönare)\\s?\\?',
      'om (?:\\p{L}+ ){1,2}har gjort (?:\\p{L}+ ){0,4}(?:mysigare|bättre|enklare|roligare|ljusare|skönare)',
    ],
    reviewRef: [
      REVIEW,
      '(?:(?:5|fem|4|fyra|alla) )?stjärnor(?:na)?',
      '(?:några|ett par) (?:fina |snälla |korta |positiva |vänliga )?(?:ord|rader|meningar)',
      '(?:din|dina|ditt|er|era) (?:ärliga |personliga |egna )?(?:upplevelse\\p{L}{0,3}|erfarenhet\\p{L}{0,3}|intryck)',
      '(?:din|er) ärliga (?:åsikt|bedömning)',
      '(?:din|er) (?:\\p{L}+ )?åsikt (?:på|hos|via) amazon',
      'på produktsidan',
      'vad (?:du|ni) tycker om (?:\\p{L}+ ){0,3}',
      'andra (?:kunder|köpare|användare) (?:\\p{L}+ ){0,3}(?:hjälpa|hjälper|berätta|veta)',
      '(?:oss|produkten|varan|säljaren|ditt köp) (?:\\p{L}+ ){0,3}(?:att )?(?:betygsätta|recensera|bedöma)',
    ],
    reviewAsk: [
      '(?:foto|foton|bild|bilder|video)[^.!?\\n]{0,40}(?:på produktsidan|på amazon|hos amazon)',
      // "Lämna gärna en kort recension", "Dela din upplevelse".
      `(?:skriv|lämna|ge|dela|posta|publicera|berätta om)(?: du| ni)? (?:oss |mig |andra )?(?:gärna |vänligen |bara |kort |snälla |då |en stund ){0,4}(?:en|ett|din|ditt|dina|er|ert|era|några|ett par) (?:\\p{L}+ ){0,2}${REVIEW_WORDS}`,
      // "Vill du dela din upplevelse i en recension?", "om du skriver ett omdöme".
      `(?:en|ett|din|ditt|dina|er|ert|era|kort|kortare|ärlig|ärligt) (?:\\p{L}+ ){0,2}${REVIEW_WORDS}[^.!?\\n]{0,60}${WRITE_VERBS}`,
      `(?:betygsätt|recensera|bedöm)(?: du)? (?:gärna |vänligen |bara ){0,4}(?:oss|varan|produkten|ditt köp|butiken|vår service)`,
      '(?:oss|varan|produkten|ditt köp|vår service|vår butik|säljaren) (?:\\p{L}+ ){0,3}(?:att )?(?:betygsätta|recensera|bedöma)',
      `(?:du|ni|som) (?:\\p{L}+ ){0,2}(?:skriver|lämnar|ger|delar|postar|publicerar) (?:en|ett|din|ditt|dina|er|ert|era|några) (?:\\p{L}+ ){0,2}${REVIEW_WORDS}`,
      `(?:vi|jag) (?:skulle|blir|vore|är) (?:\\p{L}+ ){0,3}(?:glad|glada|tacksam|tacksamma) (?:\\p{L}+ ){0,3}(?:för|över|om) (?:en|ett|din|ditt|dina|några|ett par) (?:\\p{L}+ ){0,2}(?:${REVIEW_WORDS})`,
      '(?:ber|vill be) (?:dig|er) (?:\\p{L}+ ){0,3}om (?:en|ett|din|ditt) (?:\\p{L}+ )?(?:recension|omdöme|betyg|feedback|bedömning)',
      '(?:berätta|tala om)(?: \\p{L}+){0,3} (?:för )?(?:andra|världen|andra kunder) (?:\\p{L}+ ){0,5}',
      '(?:ord|rader|inlägg)[^.!?\\n]{0,30}på (?:produktsidan|amazon)',
      '(?:recensions|betygs|omdömes)(?:länk|sida|formulär|förfrågan)',
      '(?:andra|de andra) (?:kunder|köpare|användare) (?:\\p{L}+ ){0,7}(?:berätta|berättar|veta|tipsa)',
      '(?:alla som|den som) (?:\\p{L}+ ){0,3}(?:åsikt|upplevelse|erfarenhet|recension|omdöme|betyg) (?:\\p{L}+ ){0,3}(?:delar|skriver|lämnar|ger|postar)',
      '(?:alla som|den som) (?:delar|skriver|lämnar|ger|postar) (?:\\p{L}+ ){0,3}(?:åsikt|upplevelse|erfarenhet|recension|omdöme|betyg)',
      // A few words on Amazon: a review in other words.
      'några rader på amazon',
      'några ord på amazon',
    ],
    incentive: [
      '(?:bjuder (?:vi )?på|står vi för|på oss|på vår bekostnad)',
      '(?:liten |fin |gratis |speciell |exklusiv |extra ){0,3}(?:present\\p{L}{0,3}|gåva|gåvor|tackgåva|överraskning\\p{L}{0,3}|provförpackning\\p{L}{0,3}|varuprov|bonus|belöning\\p{L}{0,3}|godis)',
      '(?:som|ett|en) (?:litet |liten |extra )?(?:tack|tackgåva|motprestation|belöning)',
      'i utbyte',
      'gratis', 'kostnadsfri\\p{L}{0,2}', 'utan kostnad',
      '(?:amazon-?)?presentkort\\p{L}{0,3}',
      'rabatt\\p{L}{0,4}',
      '(?:del)?återbetalning\\p{L}{0,3}',
      'pengarna tillbaka',
      'cashback',
      'tillgodo(?:kvitto|havande)?',
      '(?!100 ?%)\\d{1,3} ?%',
      '\\d{1,5}(?:,\\d{2})? ?(?:kr|kronor|sek|€|euro)',
      '€ ?\\d{1,4}',
      '(?:förlängd garanti|garantiförlängning)',
      'paypal', 'swish\\p{L}{0,2}',
      // Something given "as a thank-you" for the time a review takes.
      'som tack',
      'kostnadsfritt',
      'gratis',
    ],
    pressure: [
      '(?:ännu ett|ett till|en till|ytterligare ett|ytterligare en) (?:\\p{L}+ )?(?:dåligt|negativt|lågt|dålig|negativ) (?:\\p{L}+ )?(?:omdöme|betyg|recension)',
      '(?:stänger|spärrar|stänga|spärra|blockera) (?:\\p{L}+ ){0,3}(?:butik|butiken|konto|kontot|säljarkonto|företag)',
      '(?:din|ditt|varje) (?:\\p{L}+ )?(?:stjärna|recension|omdöme|betyg|röst)(?: \\p{L}+){0,4} (?:räknas|gör (?:stor )?skillnad)',
      '(?:överleva|överlevnad|överlever)',
      '(?:hänger|beror) (?:\\p{L}+ ){0,4}på (?:din|ditt|dina|era|varje|bra|positiva|kundernas)',
      '(?:vår|min|vårt) (?:\\p{L}+ ){0,2}(?:butik|företag|familjeföretag|småföretag|verksamhet)(?: \\p{L}+){0,3} (?:stänga|lägga ner|slå igen|gå under|överleva)',
      '(?:mitt|mina|vårt|våra) (?:jobb|arbete|arbeten|levebröd|inkomst)',
      '(?:utan|inga) (?:din|ditt|dina|bra|positiva|fler) (?:\\p{L}+ )?(?:recension\\p{L}{0,4}|omdöme\\p{L}{0,3}|betyg|stjärnor|feedback|stöd)',
      '(?:vi )?(?:behöver|är beroende av) (?:verkligen |verkligen desperat |desperat )?(?:din|ditt|dina|fler|bra|positiva) (?:\\p{L}+ )?(?:recension\\p{L}{0,4}|omdöme\\p{L}{0,3}|betyg|stjärnor|feedback|stöd)',
      '(?:hjälp|stöd|stötta)(?: du)? (?:gärna |snälla )?(?:oss|ett litet|vårt lilla|ett lokalt)',
      'glöm (?:inte|för all del inte) (?:\\p{L}+ ){0,4}(?:att )?(?:betygsätta|recensera|lämna (?:en|ett))',
      '(?:väldigt|mycket|otroligt|så|enormt|livs)(?: ?viktig\\p{L}{0,2}| avgörande) (?:för oss|för ett litet|för vårt|för mig)',
      'betyder (?:allt|världen|otroligt mycket) för (?:oss|mig)',
      '(?:är|är vi|är jag) (?:helt |väldigt |så |verkligen )?beroende av (?:\\p{L}+ ){0,3}(?:recension\\p{L}{0,4}|omdöme\\p{L}{0,3}|betyg\\p{L}{0,2}|stjärn\\p{L}{0,4}|feedback)',
      '(?:vi )?(?:skulle bli|blir|vore|är) (?:väldigt |så |mycket |jätte)?(?:ledsna|besvikna|ledsen|besviken)',
      '(?:påminna|påminner) (?:dig|er) (?:igen|ännu en gång|en gång till)',
      '(?:sista|andra|ny) påminnelse',
      'väntar (?:fortfarande |fortsatt )?på (?:din|ditt|er|ert|en|ett) (?:\\p{L}+ )?(?:recension|omdöme|betyg|feedback)',
      '(?:ännu|än) inte (?:\\p{L}+ ){0,2}(?:lämnat|skrivit|gett) (?:\\p{L}+ )?(?:recension|omdöme|betyg)',
      'om vi (?:\\p{L}+ ){0,4}(?:kan fortsätta|överlever|klarar oss|finns kvar)',
      '(?:kan|skulle|kunde) (?:rädda|räddar) (?:oss|mig|vårt|vår)',
      'mot de stora (?:kedjorna|varumärkena|aktörerna|jättarna)',
      // "vi klarar oss inte utan recensioner"
      '(?:klarar|klara) (?:oss|mig|vi|jag) (?:\\p{L}+ )?inte utan',
    ],
    writeWhat: [
      '(?:nämn|betona|lyft fram|beröm)(?: du)? (?:gärna|vänligen|särskilt|bara)',
      '(?:att nämna|att betona|att lyfta fram|att berömma)',
      '(?:nämna|betona|lyfta fram) (?:skulle|kan|kunde|vill)',
      '(?:kan|kunde|skulle|vill) (?:du|ni) (?:\\p{L}+ ){0,2}(?:nämna|betona|lyfta fram|berömma|skriva att)',
      '(?:skriv|skriver)(?: \\p{L}+){0,5},? (?:att|hur)',
      '(?:kopiera|klistra in|använd|upprepa|ta)(?: du)? (?:\\p{L}+ ){0,4}(?:ord|meningar|text|texten|rader|meddelande|komplimang\\p{L}{0,3})',
      '(?:ord|orden|meningar|texten|rader|meddelande)[^.!?\\n]{0,40}(?:kopiera|klistra in|klistrar in|kopierar)',
      '(?:exakt )?(?:dessa|samma|de|dina (?:fina|snälla|vänliga)) (?:\\p{L}+ )?(?:meningar|ord|rader)',
      '(?:något|en mening|några ord|nåt) (?:i stil med|som)',
      '(?:följande|denna) (?:text|mening|ord|rader)',
      'ordagrant',
      `(?:där|i vilken) ${YOU} (?:\\p{L}+ ){0,4}(?:berättar|nämner|skriver|beskriver|betonar) (?:hur|att|om|vad)`,
      `(?:om|att|ifall) ${YOU} (?:\\p{L}+ ){0,8}(?:nämner|nämna|betonar|lyfter fram|berömmer)`,
    ],
    contactAsk: [
      // "Skicka oss din e-postadress", "Ge mig ditt nummer".
      `(?:skicka|ge|mejla|maila|sms:a|berätta|lämna|dela)(?: ${YOU})? (?:oss|mig) (?:gärna |vänligen |bara |snälla |här |också |då ){0,4}${CONTACT_DETAIL}`,
      `(?<!(?:till|på|via) )${CONTACT_DETAIL} (?:(?!inte )\\p{L}+ ){0,3}(?:skickar|skicka|lämnar|lämna|meddelar|meddela|att skicka|att lämna|att ge)(?! (?:vi|jag|amazon))`,
      `(?:kan|kunde|skulle|vill) ${YOU} (?:\\p{L}+ ){0,2}(?:skicka|ge|lämna|meddela|uppge|mejla|berätta) (?:oss |mig )?(?:\\p{L}+ ){0,2}${CONTACT_DETAIL}`,
      '(?:vad|hur) (?:är|lyder) (?:din|ditt|er|ert) (?:\\p{L}+ )?(?:e-?post(?:adress)?|mejl(?:adress)?|mail(?:adress)?|telefonnummer|mobilnummer|nummer|whats ?app-?nummer)',
      `(?:vi|jag) (?:behöver|skulle behöva|vill ha|skulle vilja ha|ber om) (?:gärna |också |då |bara ){0,4}${CONTACT_DETAIL}`,
      'på (?:vilket|vilken|det) (?:nummer|telefonnummer|mobilnummer|e-?postadress|mejladress) (?:\\p{L}+ ){0,5}(?:nå|ringa|kontakta|mejla|nås)',
      `(?:lämna|skriv|fyll i|ange)(?: ${YOU})? (?:gärna |vänligen |här |oss |mig ){0,4}${CONTACT_DETAIL}`,
      '(?:din|ditt|er|ert) (?:\\p{L}+ )?(?:e-?postadress|mejladress|mailadress|telefonnummer|mobilnummer),? (?:tack|gärna|så att|så|för att)',
      '(?:till|på) (?:vilken|vilket) (?:e-?postadress|mejladress|mailadress|e-?post|mejl|nummer|telefonnummer|mobilnummer)',
      'hur (?:kan|når) (?:vi|jag) (?:dig|er) (?:\\p{L}+ )?(?:per telefon|via e-?post|via mejl|på telefon|direkt)',
    ],
    deliveryContext: [
      'bud\\p{L}{0,4}', 'budfirma\\p{L}{0,2}', 'chaufför\\p{L}{0,3}', 'förare\\p{L}{0,2}', 'transportör\\p{L}{0,3}',
      'leverans\\p{L}{0,4}', 'leverera\\p{L}{0,3}', 'utkörning\\p{L}{0,2}', 'avisering\\p{L}{0,2}', 'avisera\\p{L}{0,2}',
      '(?:postnord|dhl|db schenker|schenker|bring|budbee|instabox|early bird|ups|dpd|gls|fedex)',
      'fraktsedel\\p{L}{0,2}', '(?:på|i) (?:paketet|etiketten|följesedeln|beställningen)',
    ],
    feedbackNotice: [
      // Swedish puts the verb first: "kan du uppdatera eller ta bort din feedback här".
      '(?:kan|får) (?![^.!?\\n]{0,120}\\?)(?:du|ni) (?:(?!gärna |snälla )\\p{L}+ ){0,2}(?:uppdatera|ändra|ta bort|radera)(?: eller (?:uppdatera|ändra|ta bort|radera))? (?:\\p{L}+ ){0,2}(?:din|ditt|er|ert|den|det) (?:\\p{L}+ ){0,2}(?:feedback|säljarfeedback|säljaromdöme|säljarbetyg)',
      '(?:kan|får) (?![^.!?\\n]{0,120}\\?)(?:du|ni) (?:(?!gärna |snälla )\\p{L}+ ){0,5}(?:din|ditt|er|ert|den|det) (?:\\p{L}+ ){0,2}(?:feedback|säljarfeedback|säljaromdöme|säljarbetyg)(?:(?!gärna |snälla )[^.!?\\n]){0,40}(?:uppdatera|ändra|ta bort|radera)',
      'det (?:är|finns) (?:\\p{L}+ ){0,2}(?:möjligt|möjlighet) (?:att )?(?:\\p{L}+ ){0,6}(?:feedback|säljarfeedback|säljaromdöme)[^.!?\\n]{0,40}(?:uppdatera|ändra|ta bort|radera)',
      '(?:möjligheten|möjlighet) (?:att )?(?:uppdatera|ändra|ta bort) (?:\\p{L}+ ){0,6}(?:feedback|säljarfeedback|säljaromdöme)',
      `(?:om|ifall) ${YOU} (?:\\p{L}+ ){0,4}(?:nöjd|nöjda|anser|tycker|känner),? (?:att )?(?:vi|ditt problem|problemet|ärendet)[^.!?\\n]{0,60}(?:löst|åtgärdat|lösts)`,
    ],
    settlement: [
      'ersättning\\p{L}{0,3}', 'ersättnings\\p{L}{2,8}', 'byte\\p{L}{0,2}', '(?:om)?byt\\p{L}{0,3}', 'ny (?:vara|produkt|leverans|försändelse|enhet|del)', 'nytt (?:exemplar|paket|ex)',
      'ber om ursäkt', 'ursäkta', 'beklagar', 'förlåt',
      'skad\\p{L}{0,4}', 'trasig\\p{L}{0,2}', 'sönder', 'defekt\\p{L}{0,2}', 'saknas', 'saknade?', 'fel\\p{L}{0,3}', 'försen\\p{L}{0,5}', 'förlorad\\p{L}{0,2}', 'borttappad\\p{L}{0,2}',
      'olägenhet\\p{L}{0,3}', 'retur\\p{L}{0,6}', 'skicka tillbaka', 'problem\\p{L}{0,3}', 'reklamation\\p{L}{0,3}', 'kompensation', 'som kompensation', 'ditt ärende',
    ],
  },

  amazonFeedbackNotice:
    'Om du anser att vi har löst dina problem på ett tillfredsställande sätt kan du uppdatera eller ta bort den feedback som du ursprungligen lämnade här.',

  courtesy: {
    thanks: [
      '(?:stort |tusen |varmt |hjärtligt |många |ett stort )?(?:tack|tackar)(?: så mycket| så hemskt mycket| igen)?(?: (?:för|till) (?:din|ditt|er|ert|den|det) (?:\\p{L}+ )?(?:beställning|köp|förtroende|tålamod|stöd|order|val)(?: (?:och|hos oss)(?: (?:ditt|ert) (?:\\p{L}+ )?(?:förtroende|tålamod))?)?)?',
      'tack för att (?:du|ni) (?:\\p{L}+ ){0,3}(?:handlade|beställde|köpte|valde|handlar|valt|handlat|beställt)(?: hos oss| från oss)?',
      '(?:vi är|jag är) (?:så |väldigt |jätte|mycket )?(?:glada?|tacksamma?) (?:att|för att|över att) (?:du|ni) (?:\\p{L}+ ){0,3}(?:handlade|beställde|köpte|valde|valt|handlat|beställt)',
      'vi tackar (?:dig|er) (?:varmt |hjärtligt )?(?:för (?:din|ditt|er|ert) (?:\\p{L}+ )?(?:beställning|köp|förtroende))?',
      'kul att (?:du|ni) (?:\\p{L}+ ){0,2}(?:handlade|beställde|valde|handlat|beställt|valt)',
      '(?:vad |så |jätte)?(?:roligt|kul|härligt|fint|glädjande) att (?:du|ni) (?:\\p{L}+ ){0,5}(?:valde|beställde|köpte|handlade|valt|beställt|köpt|handlat)',
      '(?:vill|ville) (?:vi|jag) (?:\\p{L}+ ){0,2}tacka (?:dig|er)(?: (?:\\p{L}+ ){0,2}för (?:din|ditt|er|ert) (?:\\p{L}+ )?(?:beställning|köp|förtroende|tålamod|val))?',
      '(?:vi|jag) (?:vill|ville) (?:\\p{L}+ ){0,2}tacka (?:dig|er) (?:\\p{L}+ ){0,2}(?:för (?:din|ditt|er|ert) (?:\\p{L}+ )?(?:beställning|köp|förtroende|tålamod|val)(?: (?:för|till) (?:vår|vårt|oss)(?: \\p{L}+)?)?)?',
      // Season's greetings alone say no more than thanks.
      'god jul', 'gott nytt år', 'glad påsk', 'trevliga helgdagar',
      // Season's greetings alone say no more than thanks.
      'glad midsommar',
    ],
    padding: [
      '(?:hej|hejsan|hallå|god dag|god morgon|god kväll|goddag|kära|bästa|hej hej)(?: (?:herr|fru))?(?: [\\p{L}\'-]{1,20}){0,2}',
      'bästa kund',
      '(?:med )?(?:vänliga|varma|bästa|soliga|glada) hälsningar(?: från \\p{L}+)?',
      '(?:mvh|vh|hälsningar|ha det bra|vi hörs|ha en fin dag|ha en trevlig dag|allt gott|med vänlig hälsning)',
      '(?:teamet|kundtjänst|kundservice|kundsupport|supporten)(?: på| hos)?',
      '(?:hela |vi på |ditt |ert )?(?:\\p{L}+ ){0,2}(?:teamet|kundtjänst|kundservice)',
      'mitt namn är \\p{L}+(?: \\p{L}+)?',
      'jag heter \\p{L}+(?: \\p{L}+)?',
      'jag är \\p{L}+(?: (?:från|på|hos) \\p{L}+)?',
      '(?:vi önskar|jag önskar) (?:dig|er) (?:\\p{L}+ ){0,3}(?:mycket nöje|en fin dag|en trevlig dag|allt gott|lycka till)[^.!?\\n]{0,80}',
      '(?:mycket |massor av )?(?:nöje|glädje) med[^.!?\\n]{0,60}',
      '(?:ha en|önskar en) (?:fin|trevlig|härlig|skön|bra) (?:dag|vecka|helg|kväll)(?: (?:önskar vi|önskar jag))?',
      'njut av[^.!?\\n]{0,40}',
      '(?:vi hoppas|jag hoppas|förhoppningsvis)[^.!?\\n]{0,80}',
      '(?:vi önskar|jag önskar) (?:dig|er)[^.!?\\n]{0,80}',
      '(?:vi är|jag är) (?:så |väldigt |jätte|mycket |verkligen )?(?:glada?|tacksamma?|stolta?|lyckliga?)[^.!?\\n]{0,80}',
      '(?:det )?betyder (?:mycket|jättemycket|otroligt mycket) för (?:oss|mig)[^.!?\\n]{0,60}',
      '(?:vi uppskattar|jag uppskattar) (?:din|ditt|dina|dig|er|ert)[^.!?\\n]{0,60}',
      '(?:vid|om du har|har du) (?:frågor|funderingar|problem)(?: (?:eller|och) (?:funderingar|frågor|önskemål))?(?: finns vi (?:här|till hands)(?: för dig)?)?',
      'finns vi (?:\\p{L}+ ){0,3}(?:här|till hands|tillgängliga)',
      'din (?:belåtenhet|nöjdhet) (?:är viktig för oss|kommer alltid först|är vårt mål)',
      '(?:goda|bra) nyheter:?',
      'att (?:du|ni) (?:\\p{L}+ ){0,3}(?:handlade|beställde|köpte|valde|valt|handlat|beställt)(?: hos oss)?',
      '(?:om|ifall) (?:du|ni) (?:\\p{L}+ ){0,6}(?:behöver|undrar|har frågor)(?: något| hjälp)?',
      'tack', 'tusen tack', 'stort tack',
      'på (?:hela )?(?:teamets|vårt teams|företagets|hela teamets) vägnar',
      'vi har packat (?:ditt|din|er|ert) (?:\\p{L}+ ){0,2}(?:paket|beställning|order) (?:\\p{L}+ ){0,4}',
      // The seller's small business introduced: warmth, no purpose.
      'vi är ett (?:litet )?(?:familjeföretag|företag)', 'som (?:ett )?litet familjeföretag', 'varje beställning betyder (?:mycket|allt) för oss',
    ],
    confirmation: [
      '(?:är|har|blev) (?:\\p{L}+ ){0,2}(?:packad|packat|packade|paketerad|paketerat|redo för leverans|redo att skickas)',
      '(?:din|ditt|er|ert) (?:beställning|order|paket|försändelse|vara|varor|leverans)(?: \\d{3}-\\d{7}-\\d{7})? (?:har|är|blev) (?:idag |nu |precis |just |redan |igår )?(?:skickats|skickad|skickat|skickats iväg|bekräftad|bekräftats|på väg|lämnats|överlämnats|postats|avsänd|avsänt)',
      'vi har (?:idag |nu |precis |just |redan )?(?:skickat|bekräftat|tagit emot|packat|postat) (?:din|ditt|er|ert) (?:beställning|order|paket|försändelse|vara|varor)',
      '(?:ditt|din|ert|er) (?:paket|beställning|order|försändelse|vara) (?:är|har) (?:nu |redan |redan nu )?(?:på väg|på väg till (?:dig|er)|i transit)',
      '(?:din|ditt|er|ert) (?:beställning|order|paket|vara)(?: \\d{3}-\\d{7}-\\d{7})? (?:skickas|packas|behandlas) (?:idag|imorgon|i morgon|inom kort|snarast|så snart som möjligt)',
      '(?:har|blev) (?:idag |igår |precis |just |redan )?(?:lämnats|överlämnats|lämnad|överlämnad) (?:till|hos) (?:\\p{L}+ ){0,2}',
      '(?:beräknad|förväntad|väntad) (?:leverans|ankomst|leveranstid)(?:dag|datum)?[^.!?\\n]{0,40}',
      '(?:paketet|beställningen|försändelsen|ordern) (?:bör|ska|beräknas|väntas|kommer att) (?:\\p{L}+ ){0,2}(?:komma fram|levereras|anlända|vara hos (?:dig|er))[^.!?\\n]{0,40}',
      '(?:ditt|din|ert) (?:spårnings|kolli)-?(?:nummer|id|länk)(?: (?:är|lyder))?:?',
      '(?:spårningsnummer|spårningslänk|kolli-?id|kollinummer|sändningsnummer)(?:et|en)?:?',
      '(?:har|blev) (?:\\p{L}+ ){0,2}(?:hämtats|hämtat|upphämtat|upphämtats)(?: av (?:\\p{L}+ ){0,1}\\p{L}+)?(?: och (?:är )?på väg(?: till (?:dig|er))?)?',
      '(?:är|har) (?:nu )?på väg till (?:dig|er)',
      '(?:lämnade|har lämnat|lämnar) (?:vårt |vår )?(?:lager|lagret|lagret i dag|verkstaden)(?: i dag| idag)?',
      '(?:du|ni) kan (?:räkna med|vänta dig) (?:dem|den|det|paketet|leveransen|varorna)(?: på [^.!?\\n]{0,30})?',
      'orderbekräftelse\\p{L}{0,2}', 'leveransbekräftelse\\p{L}{0,2}', 'beställningsbekräftelse\\p{L}{0,2}',
      '(?:du|ni) kan (?:följa|spåra) (?:ditt|din|ert|er|paketet|försändelsen|beställningen)',
    ],
    signOffs: [
      '(?:med )?(?:vänliga|varma|bästa|soliga|glada) hälsningar', 'med vänlig hälsning',
      'mvh', 'vh', 'hälsningar', 'ha det bra', 'vi hörs', 'allt gott', 'kram',
    ],
    checkIns: [
      '(?:din|ditt|er|ert) (?:beställning|order|paket|försändelse|leverans|vara)(?: \\d{3}-\\d{7}-\\d{7})? (?:har|är|blev) (?:\\p{L}+ ){0,3}(?:levererad|levererat|levererats|utlämnad|utlämnat|kommit fram)',
      'enligt (?:\\p{L}+ )?\\p{L}+ (?:har|är|blev) (?:din|ditt|er|ert) (?:beställning|paket|försändelse|order)(?: \\d{3}-\\d{7}-\\d{7})? (?:\\p{L}+ ){0,2}(?:levererad|levererat|levererats|utlämnat|utlämnad)',
      '(?:vi ville|jag ville|vi vill|jag vill) (?:bara |gärna |kort )?(?:höra|kolla|fråga|kontrollera|veta|stämma av),? (?:\\p{L}+ ){0,2}(?:om|att|hur) [^.!?\\n]{0,80}(?:kommit fram|kom fram|levererats|mottagit|fått|gick bra|är i sin ordning|gillar|fungerar)(?: (?:har|är))?\\s?\\??',
      `(?:har|kom) (?:din|ditt|er|ert|paketet|beställningen|allt|varan) (?:\\p{L}+ ){0,2}(?:${PARCEL}(?: \\d{3}-\\d{7}-\\d{7})? )?(?:\\p{L}+ ){0,4}(?:kommit fram|fram|anlänt|levererats)\\s?\\?`,
      `(?:har|fick) (?:du|ni) (?:din|ditt|er|ert|paketet|beställningen|varan) (?:\\p{L}+ ){0,2}(?:${PARCEL} )?(?:\\p{L}+ ){0,2}(?:fått|mottagit|tagit emot|fram)?\\s?\\?`,
      '(?:vi hoppas|jag hoppas|förhoppningsvis),? (?:att )?(?:din|ditt|er|ert|paketet|allt|varan|beställningen) [^.!?\\n]{0,60}(?:kommit fram|kom fram|anlänt|levererats)',
      'kom allt fram (?:\\p{L}+ ){0,2}\\s?\\?',
      '(?:har|kom) (?:allt|paketet|beställningen|varan|varorna|försändelsen|din beställning|ditt paket|din order) (?:\\p{L}+ ){0,3}(?:kommit fram|kom fram|fram|anlänt)(?: (?:som det ska|ordentligt|i god ordning|i gott skick|helt|välbehållen|välbehållet|utan problem))?\\s?\\?',
      'hur (?:nöjd|nöjda|glad|glada) (?:är du|är ni) (?:med )?[^.!?\\n]{0,40}\\?',
      '(?:är|var) (?:allt|paketet|leveransen|beställningen) (?:\\p{L}+ ){0,2}i (?:sin )?ordning(?: med [^.!?\\n]{0,40})?\\s?\\?',
      'hur (?:gillar|tycker) (?:du|ni) (?:om )?(?:\\p{L}+ ){0,4}\\p{L}+\\s?\\?',
      'hur (?:trivs|fungerar det för) (?:du|ni) (?:med )?(?:\\p{L}+ ){0,4}\\p{L}+\\s?\\?',
      '(?:ville|vill) (?:bara |gärna |kort ){0,3}(?:höra|fråga|veta|kolla),? hur (?:du|ni) [^.!?\\n]{0,60}(?:trivs|gillar|tycker|nöjd|fungerar|går)',
      '(?:kom|har) (?:\\p{L}+ ){0,4}(?:fram )?(?:helt|välbehållet?|säkert|i tid|i gott skick) (?:\\p{L}+ ){0,2}(?:fram)?[^.!?\\n]{0,30}\\?',
      '(?:är )?allt (?:bra|okej|ok|i sin ordning|som det ska|toppen)(?: (?:med|hos) [^.!?\\n]{0,40})?\\s?\\?',
      '(?:budet|föraren|chauffören|postnord|dhl|budbee|instabox|bring|ups|dpd|gls) (?:har|visar|anger|meddelar) (?:\\p{L}+ ){0,4}["”»\']?(?:levererat|levererad|utlämnad|utlämnat)["”»\']?',
    ],
    helpOffers: [
      '(?:vi finns|jag finns) (?:\\p{L}+ ){0,3}(?:här )?(?:för dig|för er|till hands|tillgängliga?)',
      '(?:finns|är|står) (?:vi|jag) (?:\\p{L}+ ){0,3}(?:här )?(?:för dig|för er|till hands|tillgängliga?|till (?:din|er) tjänst)',
      '(?:vi är|jag är) (?:\\p{L}+ ){0,3}(?:här )?(?:för dig|för er)',
      '(?:vid|om du har|har du|om ni har) (?:frågor|fler frågor|ytterligare frågor)',
      '(?:om|ifall) (?:du|ni) (?:\\p{L}+ ){0,6}(?:behöver|undrar|vill ha) (?:något|hjälp|mer information)',
      '(?:hör|hör av) (?:gärna |bara |alltid )?(?:av )?(?:dig|er) (?:till oss|till mig)?',
      '(?:vi hjälper|jag hjälper) (?:dig|er) (?:alltid |gärna |mer än gärna ){1,3}',
      '(?:jag är|vi är|är jag|är vi) (?:från och med nu |från idag |hädanefter )?(?:din|er) (?:\\p{L}+ ){0,2}(?:kontaktperson|kundansvarig|rådgivare|handläggare|supportansvarig)',
      '(?:från och med nu|från och med i dag|hädanefter|från idag) (?:är jag|är vi|har du) (?:\\p{L}+ ){0,3}(?:kontaktperson|kundansvarig|rådgivare|handläggare)',
      'tveka inte (?:att )?(?:\\p{L}+ ){0,3}(?:kontakta|höra av|skriva|mejla)',
      '(?:du kan|ni kan) (?:alltid |gärna |när som helst ){1,3}(?:kontakta oss|höra av dig|skriva till oss|nå oss)',
      '(?:vi är|jag är) (?:\\p{L}+ ){0,4}(?:för dig |för er )?(?:nåbara|nåbar|tillgängliga|tillgänglig)',
      '(?:som|din|er) (?:fasta |personliga |direkta |egna ){1,2}(?:kontaktperson|rådgivare|handläggare)',
      '(?:skriv|skicka) (?:till )?(?:mig|oss) (?:\\p{L}+,? ){0,4}(?:när|så fort|om) (?:något händer|du behöver något|ni behöver något|frågor dyker upp)',
      // Help offered for whenever the buyer needs it.
      '(?:om|ifall) (?:du|ni) (?:någon gång )?(?:har frågor|behöver hjälp|undrar något)', 'svara bara på det här meddelandet',
      // Help offered for whenever the buyer needs it.
      'skriv till oss när som helst', 'så hjälper vi (?:dig|er) gärna', 'har (?:du|ni) några frågor',
    ],
    purpose: [
      'tyvärr', 'beklagar', 'ber om ursäkt', 'ursäkta', 'skad\\p{L}{0,4}', 'trasig\\p{L}{0,2}', 'sönder', 'defekt\\p{L}{0,2}', 'saknas', 'saknade?',
      'fel\\p{L}{0,3}', '(?<!(?:vid|eller|och|eventuella|några) )problem\\p{L}{0,3}', 'försen\\p{L}{0,5}', 'slut i lager', 'inte (?:längre )?(?:i lager|tillgänglig)',
      'slutsåld\\p{L}{0,2}', 'retur\\p{L}{0,6}', 'skicka tillbaka', 'återbetal\\p{L}{0,6}', 'ersättning\\p{L}{0,3}', '(?:om)?byte',
      'tull\\p{L}{0,4}', 'återkall\\p{L}{0,4}', 'säkerhet\\p{L}{0,8}', 'montering\\p{L}{0,3}', 'installation\\p{L}{0,3}',
      'leverans(?:tid|datum|dag|fönster)\\p{L}{0,3}', 'tid(?:punkt)?', 'obs', 'observera', 'bifoga\\p{L}{0,3}', 'bilaga\\p{L}{0,2}',
      'licens\\p{L}{0,4}', 'serienummer\\p{L}{0,2}', 'montör\\p{L}{0,3}', 'tekniker\\p{L}{0,3}', 'design\\p{L}{0,2}', 'korrektur\\p{L}{0,2}',
      'godkänn\\p{L}{0,4}', 'typsnitt\\p{L}{0,2}', 'gravyr\\p{L}{0,2}', 'gravera\\p{L}{0,3}', 'personlig\\p{L}{0,2} (?:gravyr|text|tryck|design|hälsning)', 'personifier\\p{L}{0,4}',
      'din (?:fråga|förfrågan)', 'avbeställ\\p{L}{0,6}', 'annuller\\p{L}{0,4}', '(?:leverans)?adress\\p{L}{0,3}', 'gatunummer', 'postnummer', 'portkod',
      '(?:kan|skulle|vill) (?:du|ni) ', '(?:skicka|bekräfta|kontrollera|välj|svara|meddela)(?: oss| mig)? (?:gärna|vänligen|snälla)',
      'faktura\\p{L}{0,3}', 'kvitto\\p{L}{0,2}', 'bruksanvisning\\p{L}{0,3}', 'manual\\p{L}{0,3}', 'garanti\\p{L}{0,3}',
      'recension\\p{L}{0,4}', 'omdöme\\p{L}{0,3}', 'betyg\\p{L}{0,3}', 'feedback', 'underskrift', 'hemma', 'foto\\p{L}{0,3}', 'bild\\p{L}{0,3}', 'mått\\p{L}{0,2}',
      '(?:vi|jag) behöver',
      // Instructions for the item (what to do before use) are a purpose of their own.
      'observera att', 'före användning', 'innan användning',
    ],
  },

  topics: {
    address: [
      '(?:leverans|post|faktura|hem)?adress\\p{L}{0,3}', 'gatunummer', 'husnummer', 'postnummer', 'gatunamn', 'lägenhetsnummer',
      'portkod', 'brevlåda\\p{L}{0,2}', 'c/o', 'ombud\\p{L}{0,3}', 'utlämningsställe\\p{L}{0,2}', 'paketbox\\p{L}{0,2}',
      'bostad\\p{L}{0,2}', 'hittade inte', '\\p{L}{2,20}(?:gatan|vägen|gränd|torget|backen) \\d{1,4}', 'mottagare\\p{L}{0,2}', 'våning', 'trappor', 'lägenhet\\p{L}{0,2}', 'ofullständig\\p{L}{0,2}', 'returnerad till avsändaren', 'flyttat', 'namnskylt',
    ],
    deliveryScheduling: [
      'leveranstid\\p{L}{0,3}', '(?:tid|leverans|utkörning) (?:boka|bokas|bestämma|planera|komma överens om)', 'bokning\\p{L}{0,3}', 'tidsfönster\\p{L}{0,2}',
      'leveransdag\\p{L}{0,2}', 'leveransdatum', 'leveransfönster', 'tidslucka\\p{L}{0,2}', 'förmiddag\\p{L}{0,2}', 'eftermiddag\\p{L}{0,2}', 'kväll\\p{L}{0,2}',
      'vilken dag', 'kantsten\\p{L}{0,2}', 'tomtgräns\\p{L}{0,2}', 'pall\\p{L}{0,2}', 'hiss\\p{L}{0,2}', 'trappa', 'trappor', 'installation\\p{L}{0,3}', 'hämtning',
      'budfirma\\p{L}{0,2}', 'montör\\p{L}{0,3}', 'montering\\p{L}{0,3}', 'montera',
      'vilken (?:dag|tid|tidpunkt) (?:passar|fungerar)', '(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?', 'mellan (?:kl\\.? )?\\d{1,2}(?:[:.]\\d{2})? och \\d{1,2}', 'passar (?:det|dig|er) (?:på )?(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)',
    ],
    delivery: [
      'bud\\p{L}{0,4}', 'chaufför\\p{L}{0,3}', 'förare\\p{L}{0,2}', 'levererad\\p{L}{0,2}', 'levererats', 'leverans\\p{L}{0,4}', 'utkörning\\p{L}{0,2}',
      '(?:postnord|dhl|bring|budbee|instabox|schenker|ups|dpd|gls|fedex)', 'hemma', '(?:mellan|kring|runt|från|vid|före) (?:kl\\.? )?\\d{1,2}(?:[:.]\\d{2})?(?: och \\d{1,2}(?:[:.]\\d{2})?)?',
      'grannar\\p{L}{0,2}', 'utlämningsställe\\p{L}{0,2}', 'ombud\\p{L}{0,3}', 'inte hemma', 'avisering\\p{L}{0,2}',
    ],
    customization: [
      'versaler', 'gemener', 'stora bokstäver', 'innan vi (?:\\p{L}+ ){0,5}(?:graverar|trycker|broderar|skär|tillverkar|producerar|lasrar)',
      'gravyr\\p{L}{0,2}', 'gravera\\p{L}{0,3}', 'graverad\\p{L}{0,2}', 'personlig\\p{L}{0,4}', 'personifier\\p{L}{0,4}', 'måttbeställ\\p{L}{0,4}', 'på beställning',
      'design\\p{L}{0,2}', 'korrektur\\p{L}{0,2}', 'provtryck', 'skiss\\p{L}{0,3}', 'layout\\p{L}{0,2}', 'typsnitt\\p{L}{0,2}', 'textfärg\\p{L}{0,2}', 'stavning\\p{L}{0,2}',
      'brodyr\\p{L}{0,2}', 'brodera\\p{L}{0,3}', 'tryck\\p{L}{0,2}', 'foto\\p{L}{0,3}', 'uppladdad\\p{L}{0,2}', 'ladda upp', 'mått\\p{L}{0,2}', 'färgval',
      'initialer\\p{L}{0,2}', 'monogram\\p{L}{0,2}', 'storlek\\p{L}{0,2}', '\\d{1,4} ?(?:x|×) ?\\d{1,4}(?: ?(?:cm|mm|m))?', '\\d{1,4} ?(?:cm|mm)', 'färgen', 'formgivar\\p{L}{0,3}', 'bordsskiva\\p{L}{0,2}', 'i rätt längd', 'skrivstil', 'tryckbokstäver', 'bokstäver', '\\p{L}{2,8}bokstäver', 'namnet', 'symbol\\p{L}{0,3}', 'angett', 'angivit', 'hjärta', 'godkänn\\p{L}{0,4}', 'text\\p{L}{0,2}', 'inskription\\p{L}{0,2}', 'logotyp\\p{L}{0,2}', 'logga',
    ],
    review: [REVIEW],
    problem: [
      // A part that only the seller has, a lost parcel, a repair, an order that could not ship.
      'reserv(?:ben|del|delar|bit)\\p{L}{0,3}', 'finns inte i (?:\\p{L}+ )?lager', 'försvunn\\p{L}{1,3}', 'lagas', 'laga', 'lagning\\p{L}{0,2}', 'söm(?:men|mar)?',
      '(?:gick|går) inte (?:längre )?att (?:leverera|skicka|få tag på)', 'avbr(?:utit|öt|yta|yter)',
      'storm\\p{L}{0,2}', 'oväder\\p{L}{0,2}', 'snö\\p{L}{0,3}', 'strejk\\p{L}{0,2}', 'översvämning\\p{L}{0,2}', '(?:dagar|veckor|timmar) senare',
      'tyvärr', 'beklagar', 'ber om ursäkt', 'ursäkta', 'förlåt',
      'skad\\p{L}{0,4}', 'trasig\\p{L}{0,2}', 'sönder', 'defekt\\p{L}{0,2}', 'spricka', 'sprucken', 'spruckna', 'repa', 'repor', 'repig\\p{L}{0,2}', 'buckla', 'bucklor',
      'saknas', 'saknade?', 'fel\\p{L}{0,3}', 'förväxla\\p{L}{0,3}', 'försen\\p{L}{0,5}', 'försening\\p{L}{0,3}', 'förlorad\\p{L}{0,2}', 'borttappad\\p{L}{0,2}', 'försvunnen',
      'slut i lager', 'inte (?:längre )?(?:i lager|tillgänglig|levererbar)', 'slutsåld\\p{L}{0,2}', 'brist', 'återkall\\p{L}{0,4}', 'säkerhet\\p{L}{0,8}',
      'problem\\p{L}{0,3}', 'brist\\p{L}{0,3}', 'reklamation\\p{L}{0,3}', 'återbetal\\p{L}{0,6}', 'ersättning\\p{L}{0,3}', '(?:om)?byte', 'avbeställ\\p{L}{0,6}', 'tull\\p{L}{0,4}',
      '(?:fungerar|laddar|startar|svarar) inte', 'inte (?:längre |riktigt )?(?:fungerar|startar|laddar|passar)',
      'inte (?:levererad|levererats|kommit fram|skickad|skickats)', 'fastnat', 'ofullständig\\p{L}{0,2}', 'reparation\\p{L}{0,3}',
      'överhettning', 'överhett\\p{L}{0,4}', 'läcker', 'läckage', 'uppskjut\\p{L}{0,3}', 'flyttad\\p{L}{0,2}', 'misslyckad\\p{L}{0,2}', 'retur\\p{L}{0,6}',
      'fläck\\p{L}{0,3}', 'böjd\\p{L}{0,2}', 'lös\\p{L}{0,2}', 'i stället för', 'istället för', 'varning\\p{L}{0,3}', 'fara', 'risk\\p{L}{0,3}',
      'leverantör\\p{L}{0,3}', 'lagret', 'lagerstatus', 'fabrik\\p{L}{0,3}', 'produktion\\p{L}{0,2}', 'eftersläpning', 'leveranstid\\p{L}{0,3}', 'väntetid\\p{L}{0,3}', 'dröjer', 'dröja', 'ta längre tid', 'tar längre tid', 'felmeddelande\\p{L}{0,2}', 'klagomål\\p{L}{0,2}', 'inte i tid', 'senare än', 'returnerad\\p{L}{0,2}', 'skickats tillbaka', 'uppstått',
      'grannar\\p{L}{0,2}', 'fel (?:dörr|adress|hus)', 'hakar upp', 'kärva\\p{L}{0,2}', 'kärvar', 'inte (?:längre |ordentligt )?(?:reagerade|reagerar|fungerade|startade|laddade)', '(?:ny|nytt|nya) (?:\\p{L}+ )?(?:del|delar|exemplar|fjärrkontroll|sladd|lock|ben)', 'tillverkning\\p{L}{0,3}',
      'utredning\\p{L}{0,3}', 'inte (?:har |hade )?fått', 'ny vara', 'ersättnings\\p{L}{2,8}', 'varm\\p{L}{0,2}', 'sluta (?:\\p{L}+ )?använda', 'inte (?:längre )?använda', 'skicka tillbaka',
      '(?:tänds|hjälper|lyser|värmer|stänger av) inte', 'inte (?:tänds|lyser|värmer)', 'tillverkningsserie\\p{L}{0,2}', 'inte kommit fram', 'reservdel\\p{L}{0,3}',
      // A part left out: "i paketet saknades av misstag insexnyckeln".
      'saknades', 'av misstag',
    ],
  },
};
