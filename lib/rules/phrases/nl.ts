/**
 * Dutch phrases (the Netherlands and Flanders: u-form, je/jij and the Flemish ge/gij). Syntax:
 * see ./types.ts.
 */
import type { PhraseBook } from './types.ts';
import { spelledPhone } from './numbers.ts';
import { refusedOffers, refusedOutside, refusedWays, type RefusalWords } from './refusals.ts';

/** Recensie, beoordeling, review, waardering, feedback (with Dutch compounds: productrecensie). */
const REVIEW =
  '(?:(?:product|klant(?:en)?|verkopers?|amazon-?|sterren)?(?:recensie|beoordeling|review|waardering)(?:s|en)?|(?:verkopers-?)?feedback)';
const INCENTIVE_WORDS =
  '(?:gratis|kosteloos|korting\\p{L}{0,6}|cadeau\\p{L}{0,6}|kado\\p{L}{0,6}|presentje|tegoed\\p{L}{0,4}|waardebon\\p{L}{0,3}|terugbetaling|geld terug|geld|beloning|bonus|verrassing)';
/** Money and percentages: "10 €", "€ 5", "20%", "4,99 euro". */
const AMOUNT = '(?:\\d{1,3} ?%|\\d{1,4}(?:,\\d{2})? ?(?:€|euro|eur)|€ ?\\d{1,4})';
const INCENTIVE = `(?:${INCENTIVE_WORDS}|${AMOUNT})`;

/** What a buyer could write: "een recensie", "uw ervaring", "een paar sterren". */
const REVIEW_WORDS =
  '(?:recensies?|beoordelingen|beoordeling|reviews?|\\p{L}{1,12}recensies?|\\p{L}{1,12}beoordeling(?:en)?|(?:verkopers-?)?feedback|sterren|sterretjes|ervaring(?:en)?|mening|indruk(?:ken)?|waardering)';
/** Verbs of leaving a review, the forms that close a Dutch clause included. */
const WRITE_VERBS =
  '(?:schrijven|achterlaten|plaatsen|delen|geven|posten|publiceren|schrijft|laat|deelt|geeft|plaatst|te schrijven|achter te laten|te plaatsen|te delen|te geven)';
/** The buyer's e-mail or phone, as sellers ask for it. */
const CONTACT_DETAIL =
  '(?:(?:uw|je|jouw|een|het|uwe) (?:\\p{L}+ )?(?:e-?mail-?adres|mailadres|telefoonnummer|gsm-?nummer|mobiele nummer|mobiel nummer|06-?nummer|whats ?app-?nummer|contactgegevens)|(?:uw|je|jouw) (?:persoonlijke |directe |eigen |privé-?)?(?:nummer|e-?mail|gsm|mobiel))';
/** Cancelling, as sellers write it. */
const CANCEL = '(?:annuleren|annuleert|annuleer|cancelen|cancellen|te annuleren|te cancel(?:l)?en|laat vervallen|laten vervallen|te laten vervallen)';
/** A gap within one clause that does not pass the seller's own "wij"/"ik" (the seller cancelling) nor a condition. */
const CLAUSE = '(?:(?!wij |we |ik |of |als |indien |wanneer )[^.!?,;:\\n]){0,60}';
/** The order, parcel, item: what arrives. */
const PARCEL = '(?:bestelling|pakket|pakketje|zending|levering|artikel|product|order)';
/** The buyer addressed: u, je, jij, ge, gij. */
const YOU = '(?:u|je|jij|ge|gij)';

/** A way of paying or a messenger named only to refuse it (refusals.ts). */
const REFUSALS: RefusalWords = {
  ways: ['overschrijving', 'bankoverschrijving', 'overmaken', 'iban', 'rekeningnummer', 'bankgegevens', 'tikkie', 'betaalverzoek\\p{L}{0,2}', 'betaallink\\p{L}{0,2}', 'contant(?: geld)?', 'rembours', 'vooruitbetaling', 'ideal'],
  joiners: [',', ',? of', ',? en', ',? noch'],
  negations: ['niet', 'geen', 'nooit', 'zonder', 'noch', 'hoef(?:t|en)?'],
  refusals: ['(?:is|zijn) (?:\\p{L}+ )?niet (?:\\p{L}+ )?(?:mogelijk|nodig|toegestaan|de bedoeling|een optie)', 'niet (?:mogelijk|nodig|toegestaan|aan)', '\\p{L}+ (?:we|wij) (?:\\p{L}+ ){0,3}(?:niet|geen)', 'hoeft niet', 'hoeven niet'],
  reported: ['(?:u|je|jij|ge) (?:vroeg|vroegt|vraagt|bood|bood aan|stelde voor|schreef|wilde weten|wou weten)', '(?:u|je|jij|ge) (?:hebt|heeft) (?:ons |mij |me )?(?:gevraagd|voorgesteld|geschreven|aangeboden)', '(?:uw|je|jouw) (?:vraag|voorstel|bericht|melding)'],
  acknowledged: ['ik begrijp (?:goed )?dat', 'ik snap dat', 'bedankt voor (?:het aanbod|uw voorstel|je voorstel)'],
  neverAsk: ['(?:vragen|vraagt|zullen|zal) (?:wij |we )?(?:u|je|jou) (?:nooit|nimmer)', 'nooit (?:\\p{L}+ ){0,2}(?:vragen|verzoeken)'],
  prepositions: ['per', 'via', 'met', 'door', 'op'],
};
const OUTSIDE_AMAZON = 'buiten amazon(?: om)?';

/** A discount code or a better price the buyer asked for, refused (refusals.ts refusedOffers). */
const OFFERS = ['kortingscodes?', 'kortingsbon(?:nen)?', 'kortingscoupons?', 'actiecodes?', 'promocodes?', 'couponcodes?', 'coupons?', 'kortingen', 'korting', 'aparte prijs(?:afspraken)?', 'speciale prijs', 'prijsafspraken'];

export const nl: PhraseBook = {
  language: 'nl',
  name: 'Dutch',
  wordBoundaries: true,
  stopWords: [
    'het', 'een', 'van', 'niet', 'u', 'uw', 'je', 'jouw', 'jij', 'wij', 'ons', 'onze', 'met', 'voor',
    'op', 'aan', 'bij', 'dat', 'dit', 'deze', 'zijn', 'hebben', 'heeft', 'hebt', 'heb', 'wordt',
    'worden', 'kunnen', 'kunt', 'graag', 'bedankt', 'hartelijk', 'vriendelijke', 'groet', 'groeten',
    'bestelling', 'ook', 'nog', 'maar', 'als', 'wat', 'hoe', 'naar', 'uit', 'dan', 'wel', 'geen',
    'even', 'zou', 'zouden', 'hallo', 'beste', 'ik', 'mijn', 'jullie', 'zal', 'zullen', 'kun', 'alvast',
    'helaas', 'gaat', 'omdat', 'waar', 'mvg', 'hoi', 'groetjes', 'pakketje', 'onderweg', 'bezorgd',
    'zo', 'er', 'iets', 'mag', 'sturen', 'levering', 'adres', 'nieuwe', 'klopt', 'daarvoor', 'ge',
    'gij', 'uwe', 'we', 'te', 'goed', 'dank', 'heel',
  ],
  importantTagWords: ['belangrijk', 'dringend', 'spoed', 'urgent', 'let op', 'attentie', 'belangrijke informatie', 'belangrijke mededeling'],

  promotion: {
    patterns: [
      'onze amazon-?(?:winkel|shop|store|pagina|merkpagina|etalage)',
      '\\d{1,3} ?% (?:korting|voordeel|goedkoper|extra korting|off)',
      '(?:kortings|actie|promo|coupon|voordeel|cadeau)codes?',
      '(?:kortings|actie|promo) code',
      'kortingsbon(?:nen)?',
      'kortingscoupon\\p{L}{0,2}',
      '(?:onze|exclusieve|extra|speciale|persoonlijke|welkomst|trouwe klanten) (?:\\d{1,3} ?% )?(?:korting|kortingsbon)(?! (?:op de (?:verzendkosten|terugzending)|als compensatie|ter compensatie))',
      'korting (?:op|bij|voor) (?:uw|je|jouw|de|een) (?:volgende|eerstvolgende|nieuwe|tweede) (?:bestelling|aankoop|order)',
      '(?:op|bij|voor) (?:uw|je|jouw) (?:volgende|eerstvolgende|nieuwe) (?:bestelling|aankoop|order|bezoek)',
      'bespaar (?:nu )?(?:tot )?(?:\\d{1,3} ?%|\\d{1,4} ?(?:€|euro))',
      '(?:zomer|winter|voorjaars|najaars|lente|herfst|kerst|black[- ]friday|cyber[- ]monday|midseason)[- ]?(?:sale|uitverkoop|actie|korting|deals?)',
      '(?:totale |grote )?uitverkoop',
      'opruiming(?:sactie)?',
      '(?:onze|alle|tijdelijke|speciale|exclusieve|actuele) aanbieding(?:en)?',
      '(?:dag|week|weekend|maand|seizoens)aanbieding\\p{L}{0,2}',
      'tijdelijk (?:\\d{1,3} ?% )?(?:korting|voordeel|aanbod|extra)',
      'profiteer (?:nu |dan |direct )?van (?:onze|ons|de|deze|een)',
      '(?:bestel|koop|shop) (?:gerust |snel |gewoon |dan |voortaan )?(?:opnieuw|nog eens|weer|nogmaals) (?:bij ons)?',
      '(?:opnieuw|weer|nog eens) bij ons (?:bestellen|kopen|shoppen|winkelen)',
      '(?:nabestellen|bijbestellen) (?:kan|is|gaat|doet)',
      '(?:eenvoudig|snel|gemakkelijk|makkelijk|met één klik) (?:na|bij)bestellen',
      '(?:onze|ons) (?:nieuwe|andere|overige|complete|hele|volledige|uitgebreide|nieuwste) (?:\\p{L}{0,12}collectie|producten|artikelen|assortiment|modellen|ontwerpen|kleuren|lijn)',
      'ons (?:hele |complete |volledige |overige |nieuwe |uitgebreide |ruime )assortiment',
      '(?:de|onze) nieuwe (?:\\p{L}{0,12}collectie|lijn)',
      '(?:bekijk|ontdek|bezoek|check|kijk|snuffel|neem)(?: \\p{L}+){0,4} (?:in |op |bij |naar )?(?:onze|ons) (?:\\p{L}+[- ])?(?:winkel|shop|webshop|store|assortiment|collectie|producten|merkpagina|etalage|aanbod|pagina)',
      '(?:neem|werp) (?:gerust |eens |ook )?een (?:kijkje|blik) (?:in|op|bij) (?:onze|ons)',
      '(?:misschien|wellicht) (?:is|zijn|vindt u|vind je|vindt ge) (?:\\p{L}+ ){0,4}(?:ook )?(?:interessant|iets voor|leuk)',
      '(?:dit|dat|deze) (?:\\p{L}+ ){0,2}(?:zal|zou|zouden|kan|kunnen) (?:u|je|jou) (?:ook |misschien ook )?(?:bevallen|interesseren|aanspreken)',
      'wist (?:u|je|jij|ge) (?:al )?dat (?:wij|we) (?:\\p{L}+ ){0,2}ook',
      // Other products, offered in passing: "we maken ook bijpassende kussenslopen".
      '(?:wij|we) (?:hebben|verkopen|maken|bieden|voeren|ontwerpen) (?:nu |inmiddels |trouwens |overigens )?ook (?:\\p{L}+ ){0,2}(?:bijpassende|andere|nieuwe|mooie|leuke|meer|diverse|allerlei) (?:\\p{L}+ ){0,2}\\p{L}+',
      '(?:wij|we) (?:hebben|verkopen|maken|bieden|voeren) (?:\\p{L}+ ){0,2}(?:bijpassende|andere|nieuwe|mooie|leuke) (?:\\p{L}+ ){0,2}(?:producten|artikelen|modellen|ontwerpen|accessoires|varianten|collecties)',
      // The subordinate clause: "wist je dat we ook bijpassende kussenslopen maken".
      '(?:wij|we) (?:nu |inmiddels |trouwens |overigens )?ook (?:\\p{L}+ ){0,2}(?:bijpassende|andere|nieuwe|mooie|leuke|meer) (?:\\p{L}+ ){0,2}\\p{L}+ (?:maken|hebben|verkopen|aanbieden|voeren|ontwerpen|in ons assortiment hebben)',
      'bijpassende (?:\\p{L}+ ){0,2}(?:vindt u|vind je|hebben we|hebben wij|zijn er|verkopen we|maken we)',
      'klanten die (?:\\p{L}+ ){0,4}(?:kochten|kocht|bestelden|hebben gekocht|hebben besteld),? (?:\\p{L}+ ){0,3}(?:ook|vaak|eveneens)',
      'gratis (?:verzending|levering) (?:op|bij|voor) (?:uw |je |de )?(?:volgende|eerstvolgende)',
      '(?:nu |vanaf nu |binnenkort )?nieuw (?:in ons assortiment|bij ons|in onze (?:\\p{L}+-?)?(?:winkel|shop|webshop|store))',
      '(?:exclusief|speciaal|alleen) voor (?:onze )?(?:vaste |trouwe |bestaande )klanten',
      'als (?:vaste|trouwe) klant',
      'nieuwsbrie(?:f|ven)',
      '(?:abonneer|meld) (?:u|je) (?:\\p{L}+ ){0,2}(?:aan|in) (?:voor|op) (?:onze|de) (?:nieuwsbrief|mailinglijst)',
      'volg (?:ons|onze|je ons|u ons)',
      '(?:op|via) (?:instagram|facebook|tiktok|pinterest|youtube)',
      '(?:instagram|facebook|tiktok|pinterest|youtube)-?(?:pagina|kanaal|profiel|account)',
      'winactie\\p{L}{0,2}',
      'maak(?:t|en)? (?:kans|een kans|nu kans) op',
      'win (?:een|één|nu|gratis)',
      'verloting\\p{L}{0,2}',
      '(?:weggeef|give-?away)(?:actie)?',
      'giveaway',
      'spaarpunten', 'spaar (?:\\p{L}+ )?punten', 'klanten(?:programma|club|pas)\\p{L}{0,2}', 'spaaractie\\p{L}{0,2}', 'klantenkaart', 'loyaliteitsprogramma\\p{L}{0,2}', 'vip-?(?:klant\\p{L}{0,2}|club|programma)',
      // Referral schemes: "Beveel ons aan bij vrienden en ontvang 10 euro".
      'vrienden (?:\\p{L}+ )?(?:aanbevelen|uitnodigen|doorverwijzen|aanbrengen)',
      '(?:beveel|raad) (?:ons|onze winkel|onze shop) (?:\\p{L}+ ){0,3}aan',
      'doorverwijs\\p{L}{2,8}',
      'voor (?:elke|iedere) (?:\\p{L}+ )?(?:vriend|vriendin|aanbeveling|doorverwijzing|nieuwe klant)',
      '(?<!(?:vertrouwen|interesse|aankoop|bestelling|besteld|gekocht|geduld|keuze) )(?:in|uit|bij|via) onze (?:\\p{L}+[- ])?(?:winkel|shop|webshop|store|etalage)',
      '(?<!(?:niet|meer|geen|nooit) )in ons (?:\\p{L}+[- ])?(?:assortiment|aanbod)(?! (?:niet|helaas|uitverkocht|opgenomen))',
      '(?:net|pas|zojuist|vers) (?:binnen|binnengekomen|verschenen|gelanceerd)(?:[:,]| bij ons| in onze)',
      '(?:kent|ken) (?:u|je|jij|ge) (?:onze|ons) (?:\\p{L}+ )?\\p{L}+ (?:al|ook al)\\s?\\?',
      '(?:past|passen) (?:trouwens|overigens|ook|perfect|prachtig) (?:\\p{L}+ ){0,2}bij (?:onze|ons)',
      '(?:binnenkort|nu|vanaf nu|deze maand|volgende week) (?:lanceren|introduceren|presenteren|verwachten) (?:we|wij) (?:\\p{L}+ ){0,2}(?:nieuwe|een nieuwe|onze nieuwe)',
      '(?:lanceren|introduceren|presenteren) (?:we|wij) (?:binnenkort |nu |ook )?(?:een )?(?:nieuwe|onze nieuwe)',
      '(?:houd|hou|houdt) (?:onze|ons) (?:\\p{L}+ )?(?:winkel|shop|pagina|aanbod|assortiment|account) in de gaten',
      '(?:misschien|wellicht) ook iets voor (?:u|jou|je|jullie)',
      // A coupon code handed over: "geef de code WOUT15 op", "met code ZOMER10".
      '(?:geef|voer) (?:\\p{L}+ ){0,2}code \\p{L}{2,12}\\d{1,3} (?:op|in)',
      '(?:op|bij) een (?:tweede|derde|herhaal)(?:bestelling| bestelling| aankoop| order)',
      // A new line announced: "deze maand komt onze zijden kussenlijn uit", "zoek op Amazon naar ...".
      '(?:komt|komen|verschijnt|verschijnen) (?:\\p{L}+ ){0,2}(?:onze|ons) (?:\\p{L}+ ){0,2}\\p{L}{0,12}(?:lijn|collectie|serie|assortiment) (?:\\p{L}+ ){0,2}uit',
      '(?:onze|ons) (?:\\p{L}+ )?\\p{L}{2,12}(?:lijn|collectie|serie) (?:\\p{L}+ ){0,3}(?:uit|verkrijgbaar|beschikbaar|te koop|in de winkel)',
      'zoek (?:\\p{L}+ ){0,2}(?:op|bij) amazon (?:\\p{L}+ )?(?:naar|op)',
      // Giveaways and draws: "doe mee aan onze maandelijkse trekking".
      '(?:maandelijkse|wekelijkse|jaarlijkse|grote) (?:trekking|loterij|winactie|wedstrijd|verloting)',
      'doe (?:\\p{L}+ )?mee (?:aan|met) (?:onze|ons|de) (?:\\p{L}+ ){0,2}(?:trekking|actie|winactie|wedstrijd|loterij|verloting|give-?away)',
      'vroege toegang (?:\\p{L}+ ){0,3}(?:deals|aanbiedingen|acties|sale|korting\\p{L}*)',
      'als eerste (?:\\p{L}+ )?toegang',
      'ook (?:misschien |wellicht )?iets voor (?:u|jou|je|jullie)',
      // "met de code MAND10 krijg je bij ons tien procent van je aankoop af".
      'krijg(?:t|en)? (?:je|u|jij) (?:\\p{L}+ ){0,3}(?:\\d{1,3} ?%|(?:\\d{1,3}|vijf|tien|vijftien|twintig|vijfentwintig|dertig) procent) (?:korting|van (?:je|uw|jouw) (?:\\p{L}+ )?(?:aankoop|bestelling|order) af)',
      '(?:met|via) (?:de )?(?:code|kortingscode) \\p{L}{2,12}\\d{1,3} (?:\\p{L}+ ){0,4}(?:korting|procent|\\d{1,3} ?%)',
    ],
    exceptions: [
      ...refusedOffers(REFUSALS, OFFERS),
      'geld[- ]terug[- ]garantie',
      // A partial refund for damage, called a discount: "30% korting op het aankoopbedrag als compensatie".
      '\\d{1,3} ?% korting[^.!?\\n]{0,60}(?:als|ter) (?:compensatie|tegemoetkoming|schadevergoeding)',
      '(?:als|ter) (?:compensatie|tegemoetkoming|schadevergoeding)[^.!?\\n]{0,40}\\d{1,3} ?% korting',
      // The buyer asked for a discount and the seller refuses or refunds instead.
      '(?:vroeg|vroeg u|vroeg je|vraagt|vroegen) (?:\\p{L}+ ){0,3}om (?:een )?(?:extra )?korting\\p{L}*',
      'korting\\p{L}* (?:\\p{L}+ ){0,3}(?:mogen|kunnen|mag|kan) (?:we|wij|ik) (?:\\p{L}+ ){0,2}niet',
      '(?:verkoop|leverings)voorwaarden',
      // Amazon's own shop and a return label are not marketing.
      'via onze (?:retourpagina|retourportaal)',
      // The item the buyer bought comes from the new collection: a fact, not an offer.
      '(?:bestelde|bestelt|besteld|kocht|gekocht|koos|gekozen) (?:[^.!?\\n]{0,60})(?:uit|van) (?:de|onze) nieuwe (?:\\p{L}{0,12}collectie|lijn)',
      // "Volg onze instructies": steps to follow, not a social-media account.
      'volg (?:ons|onze) (?:\\p{L}+ )?(?:instructies|aanwijzingen|stappen|uitleg|handleiding|montagehandleiding|tips|advies)',
    ],
  },

  reviewPositive: {
    patterns: [
      {
        pattern: `(?:positieve|positief|goede|mooie|lovende|uitstekende|geweldige|top|toffe|super|prachtige|fantastische|hoge|perfecte) (${REVIEW})`,
        replacement: '$1',
        label: 'reviewWithoutKind',
      },
      {
        pattern: `(?:5|vijf)[- ]?(?:sterren|ster|sterretjes)(?:[- ]?(${REVIEW}))?`,
        replacement: 'beoordeling',
        label: 'reviewWithoutRating',
      },
      '(?:top|super|topper)-?(?:recensie|beoordeling|review)s?',
      '(?:maximale|volle|hoogste) (?:score|waardering|beoordeling|punten|sterren)',
      '(?:goede|hoge|mooie|perfecte|top)(?:-| )?score (?:op|bij|via|voor) (?:amazon|ons|onze)',
      'alle (?:5|vijf) sterren',
      `(?:vermeld|noem|schrijf|zeg|benadruk)(?: \\p{L}+){0,3} in (?:uw|je|jouw|de) ${REVIEW}`,
      `in (?:uw|je|jouw|de) ${REVIEW},? (?:\\p{L}+ ){0,3}(?:vermelden|noemen|schrijven|benadrukken|zetten|opnemen)`,
      // The top rating without the word "stars", word of mouth with a review, only the fully satisfied asked, what to write.
      'de hoogste (?:score|beoordeling|waardering)',
      'alle sterren',
      'volle punten',
      '(?:vertel|vertelt) (?:het|dat) (?:dan )?(?:aan|tegen) (?:je|uw) (?:vrienden|familie)[^.!?\\n]{0,80}(?:review|recensie|beoordeling)',
      'alleen (?:aan )?klanten die (?:\\p{L}+ ){0,2}(?:100 ?%|helemaal|volledig) tevreden',
      '(?:bij|in) (?:uw|je) (?:beoordeling|recensie|review) (?:\\p{L}+ ){0,2}(?:vermelden|noemen|schrijven)',
    ],
    exceptions: [`(?:bedankt|dank|dank u|dank je)(?: \\p{L}+){0,2} voor (?:uw|je|jouw|de) (?:positieve|goede|mooie|lovende|fijne) ${REVIEW}`],
  },

  reviewConditional: {
    patterns: [
      `(?:als|indien|wanneer|mocht) ${YOU} (?:\\p{L}+ ){0,4}(?:tevreden|tevree|content|blij|enthousiast)(?: bent| was| zijt| bent geweest| zijn)?[^.!?\\n]{0,80}${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}(?:als|indien|wanneer) ${YOU} (?:\\p{L}+ ){0,3}(?:tevreden|blij|enthousiast)`,
      `(?:neem|neemt) (?:dan |eerst |alstublieft |aub |gerust )?(?:eerst )?contact (?:met ons )?op,? (?:voordat|alvorens|in plaats van)`,
      `(?:voordat|alvorens|in plaats van) ${YOU} (?:een |uw |je )?(?:negatieve |slechte |neutrale |kritische |lage )?${REVIEW}`,
      `(?:voordat|alvorens|in plaats van) (?:een |uw |je )?(?:negatieve |slechte |kritische |lage )${REVIEW}`,
      `(?:voordat|alvorens) ${YOU} (?:ons |het product |het artikel |het )?(?:negatief |slecht )?(?:beoordeelt|recenseert|beoordeeld|reviewt)`,
      '(?:als|indien|mocht|wanneer) (?:er )?(?:iets niet (?:in orde|goed|naar wens) is|u niet tevreden bent|je niet tevreden bent|er een probleem is)[^.!?\\n]{0,60}(?:eerst|allereerst|vooraf|voordat)',
      // "Viel hij tegen, meld het dan eerst bij ons."
      '(?:viel|valt|vielen|vallen|bevalt|beviel) (?:\\p{L}+ ){0,3}(?:tegen|niet),? (?:\\p{L}+ ){0,4}(?:eerst|allereerst|vooraf)',
    ],
  },

  reviewIncentive: {
    patterns: [
      `(?:in ruil voor|als dank voor|als bedankje voor|als tegenprestatie voor) (?:een |uw |je |jouw )?(?:eerlijke |positieve )?${REVIEW}`,
      `${INCENTIVE_WORDS}[^.!?\\n]{0,60} (?:voor|na|als|zodra|bij|tegen) [^.!?\\n]{0,30}${REVIEW}`,
      `${AMOUNT}[^.!?\\n]{0,60} (?:voor|na|als|zodra|bij|tegen) [^.!?\\n]{0,30}${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}(?:ontvangt|krijgt|krijg|ontvang) ${YOU}[^.!?\\n]{0,40}${INCENTIVE}`,
      `(?:voor|na|tegen) (?:een|uw|elke|je|jouw|iedere) (?:\\p{L}+ ){0,2}${REVIEW}[^.!?\\n]{0,60}${INCENTIVE}`,
      `(?:zodra|als|nadat|wanneer) ${YOU}[^.!?\\n]{0,40}${REVIEW}[^.!?\\n]{0,60}${INCENTIVE}`,
      `na (?:het )?(?:plaatsen|schrijven|achterlaten|publiceren|delen|geven) van (?:een|uw|je|jouw) (?:\\p{L}+ )?${REVIEW}[^.!?\\n]{0,60}${INCENTIVE}`,
      `(?:screenshot|schermafbeelding|link) van (?:uw|je|jouw|de) (?:\\p{L}+ )?${REVIEW}`,
      // "Iedereen die zijn mening op Amazon deelt, krijgt een presentje."
      '(?:iedereen die|wie|alle klanten die) (?:\\p{L}+ ){0,6}(?:op amazon|bij amazon|op de productpagina)[^.!?\\n]{0,60}(?:krijgt|ontvangt|krijgen|ontvangen|maakt kans)',
      // Faster help or free products traded for a review: "once your review is up, we ship the part the same day", a tester club.
      'zodra (?:uw|je) (?:beoordeling|recensie|review) (?:\\p{L}+ ){0,3}(?:online|geplaatst|zichtbaar) (?:staat|is)',
      '(?:vip-?)?testpanel\\p{L}*',
      'in ruil (?:daarvoor )?(?:\\p{L}+ ){0,4}(?:beoordeling|recensie|review)',
    ],
  },

  reviewChange: {
    patterns: [
      `${REVIEW} (?:te |alstublieft |aub |graag |even )?(?:aanpassen|wijzigen|bijwerken|verwijderen|intrekken|herzien|heroverwegen|aan te passen|te wijzigen|bij te werken|te verwijderen|in te trekken|te herzien|te heroverwegen|verhogen|op te hogen|ophogen|veranderen|te veranderen)`,
      `(?:pas|wijzig|verwijder|herzie|heroverweeg|update|verander|trek|werk)(?: u| je| ge)? (?:alstublieft |aub |a\\.u\\.b\\. |even |dan |toch |nog eens )?(?:uw|je|jouw|de|die|deze) (?:\\p{L}+ )?${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}(?:aan te passen|te wijzigen|bij te werken|te verwijderen|in te trekken|te herzien|te heroverwegen|op te hogen|te veranderen)`,
      // "Zou u uw beoordeling daarom willen aanpassen?"
      `${REVIEW} (?:\\p{L}+ ){0,3}(?:willen|kunnen|wilt|kunt|zou|zouden|wil|kan) (?:\\p{L}+ )?(?:aanpassen|wijzigen|bijwerken|verwijderen|intrekken|herzien|heroverwegen|veranderen|ophogen|verhogen)`,
      `(?:zou|zoudt|wilt|kunt|kan|wil|zouden) ${YOU} (?:\\p{L}+ ){0,4}${REVIEW}[^.!?\\n]{0,40}(?:aanpassen|wijzigen|bijwerken|verwijderen|intrekken|herzien|heroverwegen|veranderen|ophogen)`,
      `(?:aanpassing|wijziging|verwijdering|herziening|intrekking) van (?:uw|je|jouw|de) ${REVIEW}`,
      `${REVIEW} (?:\\p{L}+ ){0,6}(?:klopt|geeft|weerspiegelt) (?:\\p{L}+ ){0,4}niet meer`,
      // "als uw review van één ster van de pagina verdwijnt"
      `${REVIEW} (?:[\\p{L}\\p{N}]+ ){0,6}(?:verdwijnt|verdwijnen|weggehaald|weghaalt|weghalen|offline haalt|offline gaat)`,
    ],
    // The buyer's own question, reported: "u vroeg of u uw review kunt aanpassen".
    exceptions: ['(?:(?:u|je|jij|ge) (?:vroeg|vroegt|vraagt|wilde weten|wou weten)(?: ons| mij| me)?|(?:u|je|jij|ge) (?:hebt|heeft) (?:ons |mij |me )?gevraagd) of (?:u|je|jij|ge) (?:\\p{L}+ ){0,8}(?:kunt|kan|kun|mag|moet|zou|kon) [^.!?\\n]{0,120}'],
  },

  messenger: {
    patterns: [
      '(?:per|via|met een) sms(?:je)?',
      '(?:bel|belt|bellen) (?:ons|me|mij)',
      '(?:belt|bel) (?:u|je) (?:ons|me|mij)',
      'telefonisch (?:contact|bereikbaar)',
      '(?:mijn|ons|onze) (?:privé-?|persoonlijke |directe )?(?:telefoonnummer|gsm-?nummer|mobiele nummer|nummer|06-?nummer)',
      '(?:onze|de) (?:klantenservice-?|service-?)?(?:hotline|helpdesk-?nummer|klantenservicenummer)',
      '(?:per|via) (?:e-?mail|mail|telefoon) (?:op|naar|via) ',
      '(?:mail|e-?mail) (?:ons|me|mij) (?:even |gerust |direct )?(?:op|via|naar)',
    ],
    exceptions: ['(?:bel|belt|bellen) (?:de|met de) (?:bezorger|vervoerder|koerier|chauffeur)'],
  },

  optOut: {
    patterns: [
      'afmelden',
      'af te melden',
      'uitschrijven',
      'uit te schrijven',
      'afmeldlink',
      'afmelding',
      '(?:geen|niet langer) (?:verdere |zulke |dergelijke )?(?:berichten|e-?mails|mails|nieuwsbrieven|nieuwsbrief|meldingen|informatie|tips|aanbiedingen)(?: meer| van ons| van deze soort){0,3} (?:wilt|wil|wenst|wenst te|meer wilt|meer wil|meer wenst|wilt ontvangen|wil ontvangen|wenst te ontvangen|ontvangen|te ontvangen|krijgen|wilt krijgen)',
      '(?:berichten|e-?mails|mails|informatie|meldingen|tips) (?:\\p{L}+ ){0,3}niet (?:meer|langer) (?:\\p{L}+ ){0,2}(?:ontvangen|krijgen)',
      'niet (?:meer|langer) (?:benaderd|gecontacteerd|gemaild) (?:wilt|wil|wenst) (?:worden)?',
      'niet (?:meer|langer) (?:benaderd|gecontacteerd|gemaild) (?:te )?worden',
      'niet (?:meer|langer) (?:door ons |van ons )?(?:benaderd|gecontacteerd|gemaild|aangeschreven) (?:wilt |wil |wenst )?(?:te )?(?:worden|wordt)',
      '(?:antwoord|antwoordt|reageer|stuur|beantwoord)(?: u| je)? (?:\\p{L}+ ){0,3}(?:met )?["„“»‚\']?(?:stop|nee bedankt|afmelden)\\b',
      'met ["„“»‚\']?(?:stop|nee bedankt)["“”«‘\']?',
      'van (?:onze|de) (?:mailinglijst|verzendlijst|lijst) (?:halen|verwijderen|af)',
      // "Liever geen mails meer van ons?"
      '(?:liever )?geen (?:\\p{L}+ ){0,2}(?:berichten|e-?mails|mails|tips|nieuwsbrieven|aanbiedingen|meldingen) meer(?: (?:van ons|ontvangen|krijgen))?\\s?\\?',
      // "Wilt u verder niets meer van ons horen, laat het ons weten."
      '(?:niets|niks) (?:meer )?van ons (?:\\p{L}+ )?(?:horen|ontvangen|vernemen|lezen)',
    ],
    exceptions: ['(?:app|apparaat|account|wifi|wi-fi) (?:\\p{L}+ ){0,3}afmelden', 'stop (?:het gebruik|met gebruiken|direct met)'],
  },

  phoneWords: { patterns: spelledPhone({ words: ['(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)', 'zeventien', 'negentien', 'veertien', 'vijftien', 'achttien', 'zeventig', 'negentig', 'dertien', 'zestien', 'twintig', 'veertig', 'vijftig', 'tachtig', 'honderd', 'twaalf', 'dertig', 'zestig', 'zeven', 'negen', 'twee', 'drie', 'vier', 'vijf', 'acht', 'tien', 'nul', 'een', 'één', 'zes', 'elf'] }) },
  messengerApps: {
    patterns: [
      '(?:per|via|op|over) (?:whats ?app|telegram|signal|skype|wechat|line|viber|messenger)',
      '(?:whats ?app|telegram|signal|wechat|viber)[- ]?(?:bericht|berichtje|groep|chat|contact|nummer|profiel)',
      '(?:app|appen|appt|stuur|stuurt|contacteer|bereik|voeg|sms) (?:ons|me|mij) (?:\\p{L}+ ){0,3}(?:via|op|per|in) (?:whats ?app|telegram|signal|we ?chat|viber|instagram|facebook|tiktok)',
      '(?:app|appt) (?:ons|me|mij) (?:gerust|even|gewoon|dan|op)',
      '(?:dm|pb|privébericht|direct bericht) (?:op|via|bij|naar) (?:instagram|facebook|tiktok|x|twitter)',
      '(?:via|per) (?:instagram|facebook|tiktok)[- ]?(?:dm|bericht|messenger|chat)',
    ],
    exceptions: [
      ...refusedWays(REFUSALS),
      '(?:geen|niet|nooit)[^.!?;:\\n]{0,50}(?:whats ?app|telegram|signal|wechat|viber|messenger)',
      // The buyer's own question, reported and then answered: "je vroeg of je de foto's via WhatsApp kunt sturen".
      '(?:(?:u|je|jij|ge) (?:vroeg|vroegt|vraagt|wilde weten|wou weten)(?: ons| mij| me)?|(?:u|je|jij|ge) (?:hebt|heeft) (?:ons |mij |me )?gevraagd) of [^.!?\\n]{0,120}',
    ],
  },

  offAmazonSale: {
    patterns: [
      '(?:bestel|bestelt|bestellen|koop|koopt|kopen|shop|shoppen)(?: u| je| ge)? (?:\\p{L}+ ){0,3}(?:rechtstreeks|direct) (?:bij|via) (?:ons|mij)',
      '(?:rechtstreeks|direct) (?:bij|van) ons (?:\\p{L}+ ){0,3}(?:kopen|bestellen|bestelt|koopt|besteld|gekocht|te koop|te bestellen|goedkoper)',
      '(?:via|op|in|bij) (?:onze|mijn|ons) (?:eigen )?(?:website|webshop|webwinkel|site|online ?winkel|online ?shop|internetwinkel)(?: \\p{L}+){0,4} (?:bestellen|kopen|verkrijgbaar|goedkoper|voordeliger|besteld|gekocht|te koop|te bestellen)',
      '(?:onze|mijn) eigen (?:\\p{L}+-?)?(?:website|webshop|webwinkel|site|winkel|shop)',
      '(?:onze|mijn) (?:webshop|webwinkel|internetwinkel|online ?winkel|online ?shop)(?! (?:op|bij|via) amazon)',
      '(?:goedkoper|voordeliger) (?:\\p{L}+ ){0,4}(?:rechtstreeks bij ons|direct bij ons|bij ons direct|in onze|op onze|via onze)',
      '(?:goedkoper|voordeliger) dan (?:op|bij|via) amazon',
      '(?:zonder|geen|bespaar|bespaart|omzeil|omzeilen) (?:de )?(?:amazon|platform)-?(?:kosten|commissie|provisie|toeslag)',
      'buiten amazon(?: om)?',
      '(?:rechtstreeks|direct) (?:\\p{L}+ ){0,2}(?:mailen|e-?mailen|appen|bellen|contacteren)[^.!?\\n]{0,60}(?:prijs|korting|goedkoper|voordeliger|bestel(?:len|t|en)?(?![\\p{L}-]))',
      // "dat scheelt ons allebei de Amazon-commissie"
      '(?:scheelt|scheelde|bespaart|besparen|bespaar|ontlopen|ontloopt|vermijden|vermijdt|omzeilt) (?:\\p{L}+ ){0,3}(?:de )?(?:amazon|platform)-?(?:kosten|commissie|provisie|toeslag|marge|fee)',
      // "voortaan ook bij ons in de winkel", "die kunt u bij ons halen".
      'voortaan (?:\\p{L}+ ){0,3}(?:bij ons|rechtstreeks|direct|in onze|in de winkel)',
      'bij ons (?:\\p{L}+ ){0,6}(?:kunt|kan|kun) (?:halen|kopen|afhalen|bestellen|krijgen)',
      '(?:betere|lagere|scherpere|speciale) prijs (?:\\p{L}+ ){0,3}(?:rechtstreeks|direct|buiten amazon|bij ons)',
      '(?:daar|bij ons) (?:is|zijn) (?:alles|het|de prijs|de prijzen|onze producten) (?:\\p{L}+ ){0,2}(?:goedkoper|voordeliger)',
      '(?:op|via|in) onze (?:eigen )?(?:website|webshop|site|webwinkel)(?:(?!amazon)[^.!?;\\n]){0,60}(?:goedkoper|voordeliger|korting)',
      'langs amazon heen',
      'zonder (?:tussenkomst van )?amazon(?![-\\p{L}])',
      '(?:nabestellingen|(?:toekomstige|volgende|verdere) bestellingen) (?:\\p{L}+ ){0,5}(?:rechtstreeks|direct|per e-?mail|bij ons)',
      // "verkopen wij niet op Amazon. Stuur ons een berichtje, dan sturen we een factuur".
      '(?:verkopen|verkoop|leveren|bieden) (?:wij|we|ik) (?:\\p{L}+ ){0,3}niet (?:op|via) amazon[^\\n]{0,160}(?:factuur|betaling|rechtstreeks|direct)',
      // "No need to order through Amazon", "settle it between us": the sale or the settlement taken off Amazon.
      'onderling (?:oplossen|regelen)',
      '(?:hoeft|hoef|hoeven) (?:u|je|jij|ge) (?:\\p{L}+ ){0,2}niet (?:\\p{L}+ ){0,2}via amazon (?:te )?(?:bestellen|kopen)',
    ],
    exceptions: [
      ...refusedOutside(REFUSALS, OUTSIDE_AMAZON),
      '(?:niet|niets|nooit|geen) (?:\\p{L}+ ){0,6}buiten amazon',
      'buiten amazon (?:\\p{L}+ ){0,4}(?:niet|nooit|geen|verboden|toegestaan)',
    ],
  },

  offAmazonPayment: {
    patterns: [
      'bankoverschrijving',
      '(?:per|via|met|door) (?:een )?(?:bank)?overschrijving',
      '(?:maak|maakt|maken) (?:\\p{L}+ ){0,4}over (?:op|naar|aan)',
      'over (?:te )?maken (?:op|naar|aan) (?:ons|onze|mijn|het)',
      '(?:op|naar) (?:ons|onze|mijn) (?:\\p{L}+ )?(?:rekening|bankrekening|rekeningnummer|paypal-?account)',
      '(?:ons|onze|mijn) (?:iban|rekeningnummer|bankgegevens|bankrekening)',
      'iban',
      'tikkie',
      'betaalverzoek\\p{L}{0,2}',
      'betaallink\\p{L}{0,2}', 'betaal-?link\\p{L}{0,2}',
      '(?:per|via|met) paypal',
      'paypal',
      'contant (?:betalen|afrekenen|geld|aan)',
      '(?:betaling|betalen) (?:bij|aan de deur|na) (?:levering|ophalen|afhalen|ontvangst)',
      '(?:onder )?rembours',
      'vooruitbetaling',
      // "Maak gewoon € 42 over naar het rekeningnummer op de pakbon"
      '(?:maak|maakt|stort|stuur)(?: \\p{L}+)? (?:€ ?)?\\d+(?:[.,]\\d+)? (?:euro )?(?:over )?(?:naar|op) (?:het|ons|onze|de) (?:rekening(?:nummer)?|iban)',
      '(?:betaal|betaalt|betalen)(?: u| je)? (?:\\p{L}+ ){0,4}(?:rechtstreeks|direct|contant) (?:aan|bij) (?:ons|mij|de monteur|onze monteur|de chauffeur)',
      // Money sent or asked for directly, to settle or to pay.
      'maak (?:\\p{L}+ ){0,3}(?:naar je|naar u|aan je|aan u) over',
      'op welk rekeningnummer',
    ],
    exceptions: [
      ...refusedWays(REFUSALS),
      '(?:geen|niet|nooit)[^.!?;:\\n]{0,50}(?:contant|(?:bank)?overschrijving|overmaken|paypal|tikkie|betaalverzoek|iban|rembours)',
      // Named, then declared unnecessary: "uw IBAN niet nodig", "betalen bij levering is niet nodig".
      '(?:contant|(?:bank)?overschrijving|paypal|tikkie|iban|rembours|(?:betaling|betalen) (?:bij|aan de deur|na) (?:levering|ontvangst))[^.!?;:\\n]{0,40}(?:niet nodig|niet (?:\\p{L}+ )?nodig|hoeft niet|hoeven niet|is niet)',
      // The buyer's question, named: "uw vraag over een betaling per bankoverschrijving".
      '(?:uw|je|jouw) vraag (?:over|naar|om) [^.!?\\n]{0,60}(?:(?:bank)?overschrijving|paypal|contant|tikkie|rembours)',
      // The buyer's own question, reported: "u vroeg of u met PayPal kunt betalen".
      '(?:(?:u|je|jij|ge) (?:vroeg|vroegt|vraagt|wilde weten|wou weten)(?: ons| mij| me)?|(?:u|je|jij|ge) (?:hebt|heeft) (?:ons |mij |me )?gevraagd) of (?:u|je|jij|ge) (?:\\p{L}+ ){0,6}(?:kunt|kan|kun|mag|zou|kon) [^.!?\\n]{0,120}',
      // A refund through Amazon to the PayPal account the buyer paid with.
      'terug(?:betaald|gestort|betaling|betalen|storten|geboekt)[^.!?\\n]{0,100}paypal',
      // Import duties paid to the carrier are not a payment to the seller.
      '(?:invoer\\p{L}{0,8}|douane\\p{L}{0,8}|\\p{L}{0,12}kosten|btw)[^.!?\\n]{0,60}(?:contant|rembours)',
      'contant [^.!?\\n]{0,40}(?:bezorger|koerier|postnl|bpost|dhl|dpd|ups|gls|douane)',
      // A refund through Amazon back to PayPal or the account the buyer used.
      'terug(?:betaald|gestort|betaling) (?:\\p{L}+ ){0,4}(?:via|op) (?:uw|je|jouw) ',
    ],
  },

  cancellationRequest: {
    patterns: [
      // "Kunt u de bestelling annuleren?", "Wil je hem even cancelen?"
      `(?:kunt|kan|kun|wilt|wil|zou|zoudt|zouden|kunnen|moet|moeten|zult) ${YOU} ${CLAUSE}${CANCEL}`,
      // "U kunt de bestelling zelf annuleren."
      `${YOU} (?:kunt|kan|kun|moet|moeten|zou|zoudt|kunnen|mag|zult) ${CLAUSE}${CANCEL}`,
      // The imperative: "Annuleer alstublieft de bestelling".
      '(?:annuleer|annuleert|cancel) (?:u |je |ge )?(?:alstublieft |aub |a\\.u\\.b\\. |gerust |even |dan |zelf |gewoon ){0,4}(?:de|uw|je|jouw|deze|die|het) (?:\\p{L}+ )?(?:bestelling|aankoop|order|artikel)',
      // "Wij vragen u de bestelling te annuleren."
      `(?:vragen|vraag|verzoeken|verzoek)(?: wij| we| ik)? ${YOU},? ${CLAUSE}te annuleren`,
      `(?:alstublieft|aub|graag|a\\.u\\.b\\.) ${CLAUSE}${CANCEL}(?! (?:wij|we|ik))`,
      // "Wij willen u vragen om de bestelling te annuleren", "mag ik u vragen de order te cancellen".
      `${YOU} (?:\\p{L}+ ){0,2}(?:vragen|verzoeken) (?:om )?${CLAUSE}(?:te annuleren|te cancel(?:l)?en)`,
      // "Het zou fijn zijn als u de bestelling annuleert."
      `(?:fijn|handig|beter|makkelijk|makkelijker|makkelijkst|het beste|prettig|snelst|sneller|eenvoudigst|fijner) (?:\\p{L}+ ){0,3}(?:als|wanneer|indien) ${YOU} ${CLAUSE}${CANCEL}`,
      // "Vraag een annulering aan via Mijn bestellingen."
      `(?:vraag|vraagt|dien|dient|verzoek)(?: ${YOU})? ${CLAUSE}(?:annulering|annuleringsverzoek|annuleringsaanvraag) (?:\\p{L}+ ){0,3}(?:aan|in)`,
      `${YOU} ${CLAUSE}(?:annulering|annuleringsverzoek|annuleringsaanvraag) (?:\\p{L}+ ){0,3}(?:aan(?:vragen|vraagt|te vragen)|in(?:dienen|dient|te dienen))`,
      `(?:annulering|annuleringsverzoek|annuleringsaanvraag) (?:\\p{L}+ ){0,3}(?:aan te vragen|in te dienen|aanvragen|indienen)`,
      '(?:annulering|annuleren) (?:\\p{L}+ ){0,3}(?:van uw kant|van jouw kant|door u|door jou|door uzelf)',
      '(?:gebruik|klik|druk|tik|kies)(?: u| je)? (?:\\p{L}+ ){0,4}(?:op )?(?:de )?["„“»‚\']?(?:artikelen annuleren|bestelling annuleren|annuleringsknop|annuleringsoptie|annuleerknop|annuleren["“”«‘\']? ?knop)',
      `(?:zelf|zelfstandig) (?:\\p{L}+ ){0,3}${CANCEL}`,
      `(?:van|aan) (?:uw|jouw|je) kant ${CANCEL}`,
      // "als u de bestelling intrekt", "de aankoop ongedaan maakt": cancelling in other words (G1701).
      `(?:als|dat|indien|wanneer) ${YOU} (?:de|uw|je|jouw|deze) (?:\\p{L}+ )?(?:bestelling|aankoop|order)${CLAUSE}(?:intrekt|intrekken|in te trekken|ongedaan maakt|ongedaan te maken|ongedaan maken)`,
      '(?:trek|maak)(?: u| je)? (?:\\p{L}+ ){0,3}(?:bestelling|aankoop|order) (?:\\p{L}+ ){0,3}(?:in|ongedaan)',
    ],
    exceptions: [
      `${YOU} [^.!?,;:\\n]{0,60}(?:niet|niets|geen|nooit)(?: meer)? [^.!?,;:\\n]{0,40}(?:${CANCEL}|annulering\\p{L}*(?: (?:\\p{L}+ ){0,3}(?:aan te vragen|in te dienen|aanvragen|indienen))?)`,
      `(?:wij|we|ik) (?:[\\p{L}\\p{N}-]+ ){0,8}(?:zelf|graag|voor u|voor je|voor jou) (?:\\p{L}+ ){0,2}${CANCEL}`,
      `(?:annuleer|annuleert) ${YOU} (?:[\\p{L}\\p{N}-]+ ){0,4}(?:niet|geenszins|in geen geval)`,
      `(?:wilt|wil) ${YOU} (?:\\p{L}+ ){0,4}(?:dat (?:wij|we|ik)|ons|mij)`,
    ],
  },

  placeholderWords: [
    'naam', 'voornaam', 'achternaam', 'volledige', 'klantnaam', 'klant', 'klanten', 'koper', 'kopers', 'ontvanger',
    'aanhef', 'bestelnummer', 'bestelling', 'bestel', 'ordernummer', 'order', 'nr', 'nummer', 'trackingnummer',
    'tracking', 'zendingsnummer', 'artikel', 'artikelnaam', 'artikelnummer', 'product', 'productnaam', 'winkelnaam',
    'shopnaam', 'bedrijfsnaam', 'bedrijf', 'merk', 'datum', 'leverdatum', 'afspraak', 'adres', 'afleveradres',
    'straat', 'plaats', 'stad', 'postcode', 'bedrag', 'prijs', 'telefoonnummer', 'handtekening', 'afzender',
    'medewerker', 'verkoper', 'hier', 'invullen', 'invoegen', 'plaatshouder',
  ],
  placeholderKinds: {
    other: ['product', 'artikel', 'artikelnaam', 'productnaam', 'trackingnummer', 'zendingsnummer'],
    sellerName: ['verkoper', 'verkopersnaam', 'winkel', 'shop', 'bedrijf', 'handtekening', 'uw naam', 'jouw naam', 'mijn naam'],
    orderId: ['bestelling', 'bestelnummer', 'ordernummer', 'order', 'bestel-nr'],
    buyerName: ['koper', 'kopersnaam', 'klant', 'klantnaam', 'naam', 'voornaam', 'achternaam'],
  },

  concepts: {
    satisfied: [
      // "Viel de tent mee?", "Valt het mee?": the buyer's satisfaction asked before a review.
      '(?:viel|valt|vielen|vallen) (?:\\p{L}+ ){0,8}mee\\s?\\?',
      // "Als u tevreden bent", "Mocht je blij zijn met de lamp".
      `(?:als|indien|mocht|mochten|wanneer|zolang) ${YOU} (?:[\\p{L}\\p{N}%]+ ){0,4}(?:tevreden|tevree|content|blij|enthousiast|happy|gelukkig|overtuigd|te spreken|opgetogen|in de wolken)`,
      // "Als de lamp u bevalt", "Bevalt het kussen?" (not "niet bevalt").
      '(?:als|indien|mocht|wanneer|zolang) (?:(?!niet )\\p{L}+ ){0,8}(?:bevalt|bevallen|beviel|bevielen|aanspreekt|overtuigd|overtuigt|voldoet|voldaan|waargemaakt|waarmaakt|overtroffen|blij maakt|plezier (?:doet|geeft|heeft gedaan))',
      '(?:als|indien|mocht|wanneer) (?:alles|het|het artikel|het product|uw bestelling|je bestelling|de levering) (?:\\p{L}+ ){0,3}(?:in orde|naar wens|naar tevredenheid|goed is aangekomen|goed aangekomen|bevalt|aan uw verwachtingen|aan je verwachtingen)',
      '(?:bent u|ben je|zijt ge|zijde gij|waart ge|was u|was je) (?:\\p{L}+ ){0,4}(?:tevreden|tevree|content|blij|enthousiast|happy)[^.!?\\n]{0,40}\\?',
      '(?<!(?:hoe|wat|welke?)(?: \\p{L}+){0,2} )(?:bevalt|beviel|bevallen) (?:het|de|uw|je|jouw|deze|dit) (?:\\p{L}+ ){0,4}\\p{L}+\\s?\\?',
      '(?:heeft|hebben) (?:het|de|uw|je) (?:\\p{L}+ ){0,3}(?:aan uw verwachtingen|aan je verwachtingen|u|je) (?:\\p{L}+ ){0,2}(?:voldaan|bevallen|overtuigd|verrast|plezier gedaan)[^.!?\\n]{0,40}\\?',
      '(?:tevreden|blij|enthousiast)(?: met (?:\\p{L}+ ){0,2}\\p{L}+)?\\s?\\?',
      `(?:als|indien|mocht) ${YOU} (?:\\p{L}+ ){0,3}(?:een )?(?:goede|positieve|fijne|mooie|prettige) (?:\\p{L}+ )?ervaring`,
      `(?:als|indien|alleen als) ${YOU} (?:\\p{L}+ ){0,3}(?:vindt|vind|denkt|denk|meent),? (?:dat )?(?:\\p{L}+ ){0,4}(?:verdient|goed|top|waard)`,
      '(?:als|indien) niet,? (?:\\p{L}+ ){0,5}(?:eerst|vooraf|voordat)',
      // "Indien u geen klachten heeft", "Is alles naar wens? Dan ...".
      `(?:als|indien|mocht|wanneer) ${YOU} geen (?:\\p{L}+ )?(?:klachten|problemen|opmerkingen|bezwaren) (?:hebt|heeft|hebben|hadden|had)`,
      '(?:is|was) (?:alles|het) (?:naar wens|in orde|goed|prima|naar tevredenheid|oké|ok|helemaal goed)(?:\\s?\\?|,)',
      // A question on the buyer's joy: "Heeft de waterkoker uw ochtenden wat aangenamer gemaakt?"
      '(?:heeft|hebben|kon|konden) (?:\\p{L}+ ){0,3}(?:u|je|jou|uw|jouw) [^.!?\\n]{0,100}(?:plezier (?:gedaan|bezorgd)|blij gemaakt|aangenamer gemaakt|makkelijker gemaakt|goede diensten|verrast|overtuigd)\\s?\\?',
      // A good effect as the condition: "if the lamp made your evenings cozier".
      '(?:heeft|maakte) (?:de|het|uw|je|onze?) \\p{L}+ (?:\\p{L}+ ){0,4}(?:gezelliger|mooier|makkelijker|fijner|beter|lichter)(?: gemaakt)?\\s?\\?',
      'als (?:de|het|uw|je) \\p{L}+ (?:\\p{L}+ ){0,4}(?:gezelliger|mooier|fijner|beter|makkelijker) (?:heeft gemaakt|maakt)',
    ],
    reviewRef: [
      REVIEW,
      '(?:(?:5|vijf|4|vier|alle|volle) )?(?:sterren|sterretjes)',
      '(?:een paar|enkele|wat) (?:mooie |lieve |korte |positieve |vriendelijke )?(?:woorden|zinnen|regels)',
      '(?:uw|je|jouw) (?:eerlijke |persoonlijke |eigen )?(?:ervaring(?:en)?|indruk(?:ken)?)',
      '(?:uw|je|jouw) eerlijke (?:mening|oordeel)',
      '(?:uw|je|jouw) (?:\\p{L}+ )?mening (?:op|bij|via) amazon',
      'op de productpagina',
      '(?:\\p{L}+ )?score (?:op|bij|via) amazon',
      'wat (?:u|je|jij|ge) (?:van|over) (?:\\p{L}+ ){0,3}(?:vindt|vind|denkt|denk)',
      'andere (?:klanten|kopers|shoppers|gebruikers) (?:\\p{L}+ ){0,3}(?:helpen|helpt|laten weten|vertellen)',
      '(?:ons|het product|het artikel|de verkoper|uw aankoop) (?:\\p{L}+ ){0,3}(?:te )?(?:beoordelen|recenseren|reviewen)',
    ],
    reviewAsk: [
      '(?:foto|foto\'s|fotos|afbeelding|video)[^.!?\\n]{0,40}(?:op de productpagina|op amazon|bij amazon)',
      // "Laat een korte recensie achter", "Deel je ervaring".
      `(?:schrijf|schrijft|laat|laten|plaats|plaatst|geef|geeft|deel|deelt|post|publiceer)(?: ${YOU})? (?:ons |mij |anderen )?(?:alstublieft |aub |gerust |even |gewoon |eens |graag |kort |dan ){0,4}(?:een|uw|je|jouw|zijn|haar|enkele|een paar) (?:\\p{L}+ ){0,2}${REVIEW_WORDS}`,
      // "Wilt u uw ervaring in een recensie delen?", "als je een review schrijft".
      `(?:een|uw|je|jouw|korte|eerlijke) (?:\\p{L}+ ){0,2}${REVIEW_WORDS}[^.!?\\n]{0,60}${WRITE_VERBS}`,
      `(?:beoordeel|beoordeelt|recenseer|review)(?: ${YOU})? (?:alstublieft |aub |gerust |even |graag ){0,4}(?:ons|het artikel|het product|uw aankoop|je aankoop|onze winkel|onze service)`,
      '(?:ons|het artikel|het product|uw aankoop|je aankoop|onze service|onze winkel|de verkoper) (?:\\p{L}+ ){0,3}(?:te )?(?:beoordelen|recenseren|reviewen|waarderen)',
      `(?:zouden|zou|zijn|ben|stellen|stel|waarderen|waardeer) (?:\\p{L}+ ){0,4}(?:blij|dankbaar|erg op prijs|op prijs|erg blij) (?:\\p{L}+ ){0,2}(?:met|voor) (?:een|uw|je|jouw|enkele|een paar) (?:\\p{L}+ ){0,2}(?:${REVIEW_WORDS})`,
      '(?:vragen|vraag|verzoeken) (?:wij |we |ik )?(?:u |je |jou )?(?:\\p{L}+ ){0,3}(?:om|vriendelijk om) (?:een|uw|je|jouw) (?:\\p{L}+ )?(?:recensie|beoordeling|review|feedback|waardering)',
      '(?:vertel|vertelt|laat)(?: \\p{L}+){0,3} (?:andere|anderen|de wereld) (?:\\p{L}+ ){0,5}(?:weten|vertellen|horen)',
      '(?:woorden|zinnen|bericht)[^.!?\\n]{0,30}op (?:de productpagina|amazon)',
      '(?:recensie|beoordelings|review)(?:link|pagina|formulier|verzoek)',
      '(?:plaatsen|schrijven|achterlaten|publiceren) van (?:een|uw|je|jouw) (?:\\p{L}+ )?(?:recensie|beoordeling|review)',
      '(?:andere|de andere) (?:klanten|kopers|shoppers|gebruikers) (?:\\p{L}+ ){0,7}(?:vertellen|vertelt|laten weten|informeren)',
      'wie (?:\\p{L}+ ){0,6}(?:op amazon|op de productpagina|bij amazon) (?:\\p{L}+ ){0,3}(?:vertelt|schrijft|deelt|beoordeelt|plaatst|post)',
      '(?:iedereen|alle klanten|klanten) die (?:\\p{L}+ ){0,3}(?:mening|ervaring|review|recensie|beoordeling) (?:\\p{L}+ ){0,3}(?:deelt|delen|plaatst|plaatsen|schrijft|schrijven|geeft|geven|achterlaat|achterlaten)',
      // A few words on Amazon: a review in other words.
      'een paar woorden op amazon',
      'een paar regels op amazon',
    ],
    incentive: [
      '(?:is|zijn|gaat|gaan) (?:\\p{L}+ )?(?:voor onze rekening|op onze kosten|van ons|op ons)',
      '(?:klein |leuk |gratis |speciaal |exclusief |extra ){0,3}(?:cadeau\\p{L}{0,4}|kado\\p{L}{0,4}|cadeautje|presentje|verrassing\\p{L}{0,2}|proefpakket\\p{L}{0,2}|monster\\p{L}{0,2}|bonus|beloning|attentie\\p{L}{0,2})',
      '(?:als|een|ter) (?:klein |klein |speciaal )?(?:bedankje|dankjewel|dank|tegenprestatie|beloning)',
      '(?:in ruil|als tegenprestatie)',
      'gratis', 'kosteloos', 'voor niets', 'cadeau (?:krijgen|geven|doen)',
      '(?:amazon-?)?(?:cadeaubon|cadeaukaart|waardebon|tegoedbon)\\p{L}{0,2}',
      'korting\\p{L}{0,4}',
      '(?:gedeeltelijke )?terugbetaling\\p{L}{0,2}',
      'geld terug',
      'cashback',
      'tegoed',
      '(?!100 ?%)\\d{1,3} ?%',
      '\\d{1,4}(?:,\\d{2})? ?(?:€|euro|eur)',
      '€ ?\\d{1,4}',
      '(?:garantieverlenging|verlengde garantie)',
      'paypal',
      'als (?:kleine |extra )?(?:extraatje|bonus|toegift)',
      // Something given "as a thank-you" for the time a review takes.
      'als (?:klein )?bedankje',
      'gratis',
      'kosteloos',
    ],
    pressure: [
      '(?:nog|nog een|nog één|één) (?:\\p{L}+ )?(?:slechte|negatieve|lage) (?:\\p{L}+ )?(?:recensie|beoordeling|review|score|sterren?)',
      '(?:blokkeert|sluit|schorst|verwijdert|blokkeren|sluiten|schorsen) (?:\\p{L}+ ){0,3}(?:winkel|shop|account|verkopersaccount|bedrijf|aanbod)',
      '(?:uw|je|jouw|elke|iedere) (?:\\p{L}+ )?(?:sterren|recensie|beoordeling|review|stem)(?: \\p{L}+){0,4} (?:telt|tellen|maakt het verschil|maakt echt verschil)',
      '(?:overleven|overleving|voortbestaan|bestaan)\\b',
      '(?:hangt|hangen|afhankelijk) (?:\\p{L}+ ){0,4}(?:af van|van) (?:uw|je|jouw|elke|iedere|goede|positieve|de|klanten)',
      '(?:onze|mijn|ons) (?:\\p{L}+ ){0,2}(?:winkel|shop|zaak|bedrijf|bedrijfje|familiebedrijf|team)(?: \\p{L}+){0,3} (?:sluiten|stoppen|ophouden|opdoeken|de deuren sluiten)',
      '(?:mijn|onze) (?:baan|banen|werk|baantje|inkomen|levensonderhoud)',
      '(?:zonder|geen) (?:uw|je|jouw|goede|positieve|meer) (?:\\p{L}+ )?(?:recensie\\p{L}{0,2}|beoordeling\\p{L}{0,2}|review\\p{L}{0,2}|sterren|feedback|steun)',
      '(?:wij |we )?(?:hebben|heb) (?:dringend |echt |echt dringend )?(?:uw|je|jouw|meer|goede|positieve) (?:\\p{L}+ )?(?:recensie\\p{L}{0,2}|beoordeling\\p{L}{0,2}|review\\p{L}{0,2}|sterren|feedback|steun) nodig',
      '(?:help|steun|helpt|steunt)(?: u| je)? (?:alstublieft |aub |ons )?(?:ons|een klein|ons kleine|onze kleine)',
      'vergeet (?:u |je )?(?:alstublieft |aub )?niet (?:\\p{L}+ ){0,4}(?:te )?(?:beoordelen|recenseren|review|recensie|beoordeling)',
      '(?:heel|erg|ontzettend|enorm|zo|super|van levensbelang)(?: ?belangrijk| cruciaal) (?:voor ons|voor een klein|voor onze|voor mijn)',
      'betekent (?:voor ons |voor mij )?(?:alles|de wereld|ontzettend veel)',
      '(?:zijn|ben) (?:\\p{L}+ ){0,2}afhankelijk van (?:\\p{L}+ ){0,3}(?:recensies|beoordelingen|reviews|sterren|feedback|steun)',
      '(?:wij |we )?(?:zouden|zijn|waren|zou) (?:erg |heel |echt |zo )?(?:verdrietig|teleurgesteld)',
      '(?:herinneren|herinner) (?:u |je )?(?:nog eens|nogmaals|opnieuw)',
      '(?:laatste|nogmaals een|tweede) herinnering',
      '(?:wachten|wacht) (?:nog steeds|nog altijd|nog) op (?:uw|je|jouw|een) (?:\\p{L}+ )?(?:recensie|beoordeling|review|feedback)',
      'nog (?:geen|niet) (?:\\p{L}+ )?(?:recensie|beoordeling|review) (?:geschreven|achtergelaten|geplaatst|gegeven)',
      'of (?:wij|we) (?:\\p{L}+ ){0,4}(?:kunnen blijven bestaan|door kunnen gaan|overleven|blijven bestaan|het redden)',
      '(?:zou|zouden|kan|kunnen) (?:ons|mij|onze \\p{L}+) (?:\\p{L}+ ){0,2}redden',
      'tegen de (?:grote|grote merken|grote spelers|concerns)',
    ],
    writeWhat: [
      '(?:vermeld|noem|benadruk|prijs)(?: u| je)? (?:alstublieft|aub|gerust|graag|even|vooral)',
      '(?:te vermelden|te noemen|te benadrukken|te roemen)',
      '(?:vermelden|noemen|benadrukken) (?:zou|zouden|wilt|wil|kunt|kan)',
      '(?:schrijf|schrijft)(?: \\p{L}+){0,5},? (?:dat|hoe)',
      '(?:kopieer|kopiëren|plak|plakken|gebruik|herhaal|neem)(?: u| je)? (?:\\p{L}+ ){0,4}(?:woorden|zinnen|tekst|regels|bericht|compliment\\p{L}{0,2}) (?:\\p{L}+ ){0,4}(?:over|in|erin)?',
      '(?:woorden|zinnen|tekst|regels|bericht)[^.!?\\n]{0,40}(?:kopiëren|plakken|overnemen|erin zetten)',
      '(?:precies )?(?:deze|dezelfde|die|uw (?:lieve|vriendelijke|mooie|aardige)|je (?:lieve|vriendelijke|mooie|aardige)) (?:\\p{L}+ )?(?:zinnen|woorden|regels)',
      '(?:iets|een zin|een paar woorden|zoiets) als',
      '(?:de )?volgende (?:tekst|zin|woorden|regels)',
      'letterlijk',
      `(?:waarin|waar) ${YOU} (?:\\p{L}+ ){0,4}(?:vertelt|vermeldt|noemt|schrijft|beschrijft|benadrukt) (?:hoe|dat|wat|over)`,
      `(?:als|dat|indien) ${YOU} (?:\\p{L}+ ){0,8}(?:vermeldt|vermelden|noemt|noemen|benadrukt|benadrukken|prijst)`,
    ],
    contactAsk: [
      // "Stuur ons uw e-mailadres", "Geef je nummer even door".
      `(?:stuur|stuurt|geef|geeft|laat|mail|mailt|noem|noemt|deel|deelt|sms|stuurt)(?: ${YOU})? (?:ons|mij|me) (?:alstublieft |aub |even |gerust |graag |dan |hier |nog ){0,4}${CONTACT_DETAIL}`,
      `(?<!(?:naar|op|via|aan) )${CONTACT_DETAIL} (?:(?!niet )\\p{L}+ ){0,3}(?:door(?:geven|geeft|sturen|stuurt)|sturen|stuurt|doorgeven|te geven|te sturen|door te geven|door te sturen|mailen|sms\\'en|laten weten)(?! (?:wij|we|ik|amazon))`,
      '(?:wat|hoe) (?:is|luidt) (?:uw|je|jouw) (?:\\p{L}+ )?(?:e-?mail(?:-?adres)?|mailadres|telefoonnummer|gsm-?nummer|mobiele nummer|nummer|whats ?app-?nummer)',
      `(?:wij|we|ik) (?:hebben|heb|zouden|zou) (?:graag |nog |dan |even ){0,4}${CONTACT_DETAIL} (?:\\p{L}+ ){0,2}(?:nodig|willen|ontvangen|hebben)`,
      'op (?:welk|welke|het) (?:nummer|telefoonnummer|gsm-?nummer|e-?mailadres|mailadres) (?:\\p{L}+ ){0,5}(?:bereiken|bellen|terugbellen|contacteren|mailen|bereikbaar)',
      `(?:laat|noteer|vul)(?: ${YOU})? (?:alstublieft |aub |even |hier |ons |mij ){0,4}${CONTACT_DETAIL}`,
      '(?:uw|je|jouw) (?:\\p{L}+ )?(?:e-?mailadres|mailadres|telefoonnummer|gsm-?nummer|mobiele nummer),? (?:alstublieft|aub|graag|zodat|dan|om)',
      '(?:naar|op|via) (?:welk|welke) (?:e-?mailadres|mailadres|e-?mail|telefoonnummer|gsm-?nummer|nummer|mobiele nummer)',
      'hoe (?:kunnen|kan) (?:wij|we|ik) (?:u|je|jou) (?:\\p{L}+ )?(?:telefonisch|per e-?mail|per telefoon|per mail|rechtstreeks|direct) bereiken',
      `${CONTACT_DETAIL} (?:\\p{L}+ ){0,3}(?:zou|is|zijn) (?:erg |heel |ons |voor ons ){0,3}(?:handig|nuttig|fijn|welkom)`,
    ],
    deliveryContext: [
      'bezorg\\p{L}{0,8}',
      'bezorger\\p{L}{0,2}',
      'koerier\\p{L}{0,3}',
      'chauffeur\\p{L}{0,2}',
      'vervoerder\\p{L}{0,2}',
      'pakketdienst\\p{L}{0,2}',
      'lever\\p{L}{0,8}',
      'aflever\\p{L}{0,6}',
      'transporteur\\p{L}{0,2}',
      '(?:postnl|bpost|dhl|dpd|ups|gls|fedex|post)',
      'verzendlabel',
      '(?:op|in|bij) (?:het|de|uw) (?:pakket|label|pakbon|bestelling)',
    ],
    feedbackNotice: [
      // A statement ("..., kunt u de feedback hier bijwerken"), not a question or a plea.
      '(?:kunt|kan|kun|mag) (?![^.!?\\n]{0,120}\\?)(?:u|je|ge) (?:(?!alstublieft |aub )\\p{L}+ ){0,5}(?:uw|je|jouw|de|die) (?:\\p{L}+ ){0,2}(?:feedback|verkopersfeedback|verkopersbeoordeling)(?:(?!alstublieft |aub )[^.!?\\n]){0,40}(?:bijwerken|wijzigen|aanpassen|verwijderen)',
      'het is mogelijk (?:om )?(?:\\p{L}+ ){0,6}(?:feedback|verkopersfeedback|verkopersbeoordeling)[^.!?\\n]{0,40}(?:bij te werken|te wijzigen|te verwijderen|aan te passen)',
      '(?:de )?mogelijkheid (?:om )?(?:\\p{L}+ ){0,6}(?:feedback|verkopersfeedback|verkopersbeoordeling)[^.!?\\n]{0,40}(?:bij te werken|te wijzigen|te verwijderen|aan te passen)',
      `(?:als|indien) ${YOU} (?:\\p{L}+ ){0,4}(?:tevreden|van mening|van oordeel|het gevoel heeft|het gevoel hebt)(?: bent| zijt)?,? (?:dat )?(?:wij|we|uw probleem|het probleem|uw vraag|de kwestie)[^.!?\\n]{0,60}(?:opgelost|verholpen|afgehandeld)`,
    ],
    settlement: [
      'vervang\\p{L}{0,8}',
      '(?:om)?ruil\\p{L}{0,4}',
      'nieuw(?:e)? (?:exemplaar|apparaat|artikel|levering|pakket|onderdeel|zending)',
      'excuses', 'excuus', 'verontschuldig\\p{L}{0,6}',
      'het spijt (?:ons|me|mij)', 'sorry',
      'beschadig\\p{L}{0,4}', 'defect\\p{L}{0,2}', 'kapot\\p{L}{0,2}', 'stuk',
      'ontbre\\p{L}{0,4}', 'verkeerd\\p{L}{0,2}', 'vertraag\\p{L}{0,4}', 'vertraging\\p{L}{0,2}', 'te laat', 'verloren', 'zoekgeraakt',
      'ongemak\\p{L}{0,2}', 'retour\\p{L}{0,8}', 'terugsturen', 'terug te sturen', 'probleem', 'problemen', 'klacht\\p{L}{0,2}',
      'uw (?:klacht|melding|vraag)', 'compensatie', 'ter compensatie', 'goedmak\\p{L}{0,4}',
    ],
  },

  amazonFeedbackNotice:
    'Als u van mening bent dat wij uw problemen naar tevredenheid hebben opgelost, kunt u de feedback die u oorspronkelijk hebt gegeven hier bijwerken of verwijderen.',

  courtesy: {
    thanks: [
      '(?:hartelijk |heel hartelijk |ontzettend |heel erg |enorm |nogmaals )?(?:bedankt|dank|dank u|dank je|dankjewel|dankuwel|merci)(?: wel)?(?: (?:voor|om) (?:uw|je|jouw|de|het) (?:\\p{L}+ )?(?:bestelling|aankoop|vertrouwen|geduld|steun|order|keuze)(?: (?:en|bij ons)(?: (?:uw|je|jouw|het) (?:\\p{L}+ )?(?:vertrouwen|geduld))?)?)?',
      '(?:bedankt|dank (?:u|je) wel|hartelijk dank),? dat (?:u|je|jij|ge) (?:\\p{L}+ ){0,3}(?:besteld|gekocht|gekozen|vertrouwd|koos)(?: hebt| heeft| hebben)?',
      '(?:wij zijn|we zijn|ik ben) (?:heel |erg |super |ontzettend )?blij (?:dat|met) (?:u|je|jij|uw|je|jouw) (?:\\p{L}+ ){0,3}(?:besteld|gekocht|gekozen|bestelling|aankoop)(?: hebt| heeft)?',
      '(?:wij|we) (?:danken|bedanken) (?:u|je|jou) (?:hartelijk |van harte )?(?:voor (?:uw|je|jouw|de) (?:\\p{L}+ )?(?:bestelling|aankoop|vertrouwen))?',
      'fijn dat (?:u|je|jij) (?:bij ons )?(?:besteld|gekocht|gekozen) (?:hebt|heeft)',
      '(?:wij|we|ik) (?:willen|wil|wilden|wilde) (?:u|je|jou|jullie) (?:\\p{L}+ ){0,3}(?:bedanken|danken)(?: voor (?:uw|je|jouw|het|de) (?:\\p{L}+ )?(?:bestelling|aankoop|vertrouwen|geduld|keuze)(?: in (?:onze|ons) (?:winkel|shop|bedrijf|team|merk))?)?',
      'wij zijn (?:u |je )?(?:erg |heel |zeer )?dankbaar',
      '(?:wat |heel |super |erg |echt )?(?:leuk|fijn|mooi|tof|geweldig) dat (?:u|je|jij|ge) (?:\\p{L}+ ){0,5}(?:besteld|gekocht|gekozen|koos|bestelde|kocht)(?: hebt| heeft| hebben)?',
      '(?:willen|wil|wilden|wilde) (?:wij|we|ik) (?:u|je|jou|jullie) (?:\\p{L}+ ){0,3}(?:bedanken|danken)(?: voor (?:uw|je|jouw|het|de) (?:\\p{L}+ )?(?:bestelling|aankoop|vertrouwen|geduld|keuze))?',
      // Season's greetings alone say no more than thanks.
      'fijne feestdagen', 'prettige feestdagen', 'gelukkig nieuwjaar', 'vrolijk kerstfeest', 'prettige kerstdagen', 'fijne kerstdagen', 'zalig kerstfeest',
    ],
    padding: [
      '(?:hallo|goedendag|goedemorgen|goedemiddag|goedenavond|goeiedag|dag|beste|geachte|lieve|hoi|hey|hi)(?: (?:heer|mevrouw|mevr\\.?|dhr\\.?|meneer))?(?: [\\p{L}\'-]{1,20}){0,2}',
      'geachte heer(?:,)? mevrouw',
      'geachte klant',
      '(?:met )?(?:vriendelijke|hartelijke|zonnige|warme|beste|lieve) groet(?:en)?(?: uit \\p{L}+)?',
      '(?:groetjes|groeten|mvg|vriendelijke groet|tot ziens|tot snel|fijne dag|hartelijke groet)',
      '(?:het|uw|je|ons) (?:\\p{L}+ ){0,2}(?:team|klantenservice|klantendienst|serviceteam|supportteam|winkel)',
      '(?:klantenservice|klantendienst|serviceteam|team)(?: van)?',
      'mijn naam is \\p{L}+(?: \\p{L}+)?',
      'ik ben \\p{L}+(?: van \\p{L}+)?',
      '(?:wij wensen|we wensen|ik wens) (?:u|je|jullie) (?:\\p{L}+ ){0,3}(?:veel plezier|een fijne dag|een prettige dag|alle goeds|veel gemak|een mooie)[^.!?\\n]{0,80}',
      'veel (?:plezier|gemak|genot) (?:met|van|ermee|bij)[^.!?\\n]{0,60}',
      '(?:nog )?een (?:fijne|prettige|mooie|goede) (?:dag|week|weekend|avond)(?: (?:nog|toegewenst|gewenst))?',
      'geniet (?:van|ervan)[^.!?\\n]{0,40}',
      '(?:wij hopen|we hopen|ik hoop|hopelijk)[^.!?\\n]{0,80}',
      '(?:wij wensen|we wensen|ik wens) (?:u|je|jullie)[^.!?\\n]{0,80}',
      '(?:wij zijn|we zijn|ik ben) (?:zo |erg |heel |echt |super |ontzettend )?(?:blij|dankbaar|trots|gelukkig|verheugd)[^.!?\\n]{0,80}',
      '(?:het|dat) betekent (?:veel|ontzettend veel|heel veel) voor (?:ons|mij)[^.!?\\n]{0,60}',
      '(?:wij waarderen|we waarderen|ik waardeer) (?:uw|je|jouw|u|jou|jullie)[^.!?\\n]{0,60}',
      '(?:bij|voor) (?:vragen|opmerkingen|problemen)(?: (?:of|en) (?:opmerkingen|problemen|vragen|wensen))?(?: staan (?:wij|we) (?:altijd |graag |voor u |voor je ){0,4}(?:klaar|voor u klaar|tot uw beschikking))?',
      'staan (?:wij|we) (?:\\p{L}+ ){0,3}(?:klaar|tot uw beschikking|voor u klaar)',
      'uw tevredenheid (?:staat bij ons voorop|is (?:voor )?ons (?:erg )?belangrijk|is ons doel)',
      '(?:goed|fijn) nieuws:?',
      '(?:dat|omdat) (?:u|je|jij) (?:\\p{L}+ ){0,3}(?:besteld|gekocht|gekozen|vertrouwd)(?: hebt| heeft)?',
      '(?:als|indien|mocht) (?:u|je) (?:\\p{L}+ ){0,6}(?:iets|hulp|vragen) (?:nodig hebt|nodig heeft|heeft|hebt)',
      'bedankt', 'dankjewel', 'dankuwel',
      'namens (?:het )?(?:hele |voltallige )?(?:team|ons team|iedereen)(?: van \\p{L}+)?',
      '(?:wij|we) hebben (?:je|uw|jouw) (?:\\p{L}+ ){0,2}(?:pakket|pakketje|bestelling) (?:\\p{L}+ ){0,4}(?:ingepakt|verpakt)',
      '(?:als|indien|mocht) (?:u|je|jij|ge) (?:\\p{L}+ ){0,4}(?:vragen|opmerkingen) (?:hebt|heeft|hebben)(?: (?:over|bij|rond) (?:uw|je|jouw|de|het) (?:\\p{L}+ )?\\p{L}+)?',
      // The seller's small business introduced: warmth, no purpose.
      'als (?:klein )?familiebedrijf', 'wij zijn een (?:klein )?(?:familiebedrijf|bedrijfje|team)',
    ],
    confirmation: [
      '(?:is|zijn|werd|werden) (?:\\p{L}+ ){0,2}(?:ingepakt|verpakt|klaar voor verzending|verzendklaar)',
      '(?:uw|je|jouw) (?:bestelling|zending|pakket|pakketje|artikel|order)(?: \\d{3}-\\d{7}-\\d{7})? (?:is|werd) (?:vandaag |zojuist |net |al |inmiddels |gisteren )?(?:verzonden|verstuurd|bevestigd|onderweg|overgedragen|meegegeven|opgehaald)',
      '(?:wij|we) hebben (?:uw|je|jouw) (?:bestelling|zending|pakket|artikel|order) (?:vandaag |zojuist |net |al )?(?:verzonden|verstuurd|bevestigd|ontvangen|ingepakt|meegegeven)',
      '(?:uw|je|jouw) (?:pakket|pakketje|bestelling|zending|artikel) (?:is|zijn) (?:al |nu |inmiddels )?(?:onderweg|op weg|onderweg naar (?:u|je|jou))',
      '(?:uw|je|jouw) (?:bestelling|zending|pakket|artikel)(?: \\d{3}-\\d{7}-\\d{7})? wordt (?:vandaag|morgen|binnenkort|zo snel mogelijk|snel|nog vandaag) (?:verzonden|verstuurd|ingepakt|verwerkt)',
      '(?:is|zijn|werd|werden) (?:vandaag |gisteren |zojuist |net |al )?(?:aan|met|via|bij) (?:\\p{L}+ ){0,2}(?:overgedragen|meegegeven|afgegeven|verzonden|verstuurd)',
      '(?:verwacht|naar verwachting|verwachte) (?:\\p{L}+ ){0,2}(?:op|tussen|binnen|vóór|voor)[^.!?\\n]{0,40}',
      '(?:het|uw|je) (?:pakket|pakketje|bestelling|zending) (?:zou|moet|wordt|komt) (?:naar verwachting )?(?:op|tussen|binnen|morgen|vandaag|overmorgen)[^.!?\\n]{0,40}(?:aankomen|bezorgd|geleverd|binnen|bij (?:u|je))',
      '(?:uw|je) (?:track(?: ?& ?| en )trace|tracking|volg)-?(?:code|nummer|link)(?: (?:is|luidt))?:?',
      '(?:track(?: ?& ?| en )trace|trackingnummer|trackingcode|volgnummer|zendingsnummer|barcode)(?:-?(?:code|link|nummer))?:?',
      'orderbevestiging', 'verzendbevestiging', 'bestelbevestiging',
      '(?:zijn|is) (?:vandaag |zojuist |net |gisteren |al )?(?:de deur uit(?: ?gegaan)?|op de post gedaan)',
      '(?:u|je|jij) (?:kunt|kan) (?:ze|het|hem|uw pakket|je pakket|uw bestelling|je bestelling) (?:\\p{L}+ ){0,2}verwachten(?: op [^.!?\\n]{0,30})?',
      '(?:is|werd|zijn|werden) (?:\\p{L}+ ){0,2}(?:door (?:de )?(?:koerier|bezorger|vervoerder|postnl|dhl|dpd|ups|gls|bpost) )?(?:opgehaald|meegenomen)(?: en (?:is )?onderweg(?: naar (?:u|je|jou))?)?',
      '(?:u|je) (?:kunt|kan) (?:uw|je) (?:pakket|zending|bestelling) (?:\\p{L}+ ){0,2}volgen',
      // The expected delivery day is part of a shipping confirmation.
      '(?:de )?verwachte (?:bezorg|lever)(?:datum|dag|moment)(?: is)?',
    ],
    signOffs: [
      '(?:met )?(?:vriendelijke|hartelijke|zonnige|warme|beste|lieve) groet(?:en)?',
      'groetjes', 'groeten', 'mvg', 'met groet', 'hartelijke groet', 'tot ziens', 'tot snel', 'liefs', 'vriendelijke groet',
    ],
    checkIns: [
      '(?:uw|je|jouw) (?:bestelling|zending|levering|pakket|pakketje|artikel)(?: \\d{3}-\\d{7}-\\d{7})? (?:is|werd) (?:\\p{L}+ ){0,3}(?:bezorgd|afgeleverd|geleverd)',
      '(?:volgens (?:\\p{L}+ )?\\p{L}+ )?(?:is|werd) (?:uw|je|jouw) (?:bestelling|zending|pakket|pakketje|levering)(?: \\d{3}-\\d{7}-\\d{7})? (?:\\p{L}+ ){0,2}(?:bezorgd|afgeleverd|geleverd)',
      '(?:wij wilden|ik wilde|we wilden|wij willen|ik wil|we willen) (?:\\p{L}+ ){0,3}(?:navragen|vragen|nagaan|controleren|weten|checken|informeren),? (?:\\p{L}+ ){0,2}(?:of|dat) [^.!?\\n]{0,80}(?:aangekomen|binnen|bezorgd|geleverd|ontvangen|goed gegaan|in orde|bevalt)(?: (?:is|zijn|hebt|heeft))?\\s?\\??',
      `(?:is|zijn) (?:uw|je|jouw|het|de|alles) (?:\\p{L}+ ){0,2}(?:${PARCEL}(?: \\d{3}-\\d{7}-\\d{7})? )?(?:\\p{L}+ ){0,4}(?:aangekomen|bezorgd|binnen|afgeleverd)\\s?\\?`,
      `(?:hebt|heeft|heb) (?:u|je|jij) (?:uw|je|jouw|het|de) (?:\\p{L}+ ){0,2}${PARCEL} (?:\\p{L}+ ){0,2}(?:ontvangen|gekregen|binnen)\\s?\\?`,
      '(?:wij hopen|we hopen|ik hoop|hopelijk),? (?:dat )?(?:uw|je|jouw|het|de|alles) [^.!?\\n]{0,60}(?:aangekomen|bezorgd|binnen|afgeleverd)(?: (?:is|zijn))?',
      'alles (?:goed |heel |veilig )?(?:aangekomen|ontvangen|binnen)\\s?\\?',
      'hoe (?:tevreden|blij) (?:bent u|ben je|zijt ge) (?:met )?[^.!?\\n]{0,40}\\?',
      '(?:is|was) (?:alles|het pakket|de levering|de bestelling) (?:\\p{L}+ ){0,2}in orde(?: met [^.!?\\n]{0,40})?\\s?\\?',
      'hoe (?:bevalt|beviel|bevallen) (?:het|de|uw|je|jouw|deze|dit) (?:\\p{L}+ ){0,4}\\p{L}+(?: (?:u|je|jou))?\\s?\\?',
      '(?:wilde|wilden|wil|willen) (?:even |graag |gewoon ){0,3}(?:horen|vragen|weten|navragen),? hoe (?:u|je|jij) [^.!?\\n]{0,60}(?:bevalt|redt|vindt|tevreden|gaat|bevallen)',
      'is (?:\\p{L}+ ){0,4}(?:goed|heel|veilig|op tijd) (?:\\p{L}+ ){0,2}(?:aangekomen|binnengekomen|bezorgd)[^.!?\\n]{0,30}\\?',
      '(?:is )?alles (?:goed|oké|ok|in orde|naar wens|prima)(?: (?:met|bij) [^.!?\\n]{0,40})?\\s?\\?',
      '(?:de )?(?:bezorger|koerier|pakketdienst|chauffeur|postnl|bpost|dhl|dpd|ups|gls) (?:heeft|meldt|geeft aan|toont) (?:\\p{L}+ ){0,4}["„“»‚\']?(?:bezorgd|afgeleverd|geleverd)["“”«‘\']?',
    ],
    helpOffers: [
      '(?:wij staan|we staan|ik sta) (?:\\p{L}+ ){0,3}(?:voor u|voor je|voor jou|voor jullie)? ?(?:klaar|tot uw beschikking|tot je beschikking)',
      '(?:wij zijn|we zijn|ik ben) (?:\\p{L}+ ){0,3}(?:er )?(?:voor u|voor je|voor jou|voor jullie)',
      '(?:staan|sta|zijn|ben) (?:wij|we|ik) (?:\\p{L}+ ){0,3}(?:voor (?:u|je|jou|jullie) )?(?:klaar|tot uw beschikking|er voor (?:u|je|jou))',
      '(?:bij|voor) (?:vragen|verdere vragen)',
      '(?:als|indien|mocht) (?:u|je|jij|ge) (?:\\p{L}+ ){0,6}(?:iets|hulp|vragen) (?:nodig hebt|nodig heeft|heeft|hebt|hebben)',
      '(?:neem|neemt) (?:gerust |altijd |dan ){0,3}contact (?:met ons|met mij)? ?op',
      '(?:wij helpen|we helpen|ik help) (?:u|je|jou) (?:altijd |graag |gerust ){1,3}(?:verder)?',
      '(?:ik ben|wij zijn|we zijn) (?:vanaf nu |vanaf vandaag |voortaan )?(?:uw|je|jouw) (?:\\p{L}+ ){0,2}(?:contactpersoon|aanspreekpunt|klantadviseur|adviseur|begeleider|accountmanager)',
      'aarzel (?:dan )?niet (?:om )?(?:\\p{L}+ ){0,3}(?:contact op te nemen|te mailen|ons te schrijven|te reageren)',
      '(?:u kunt|je kunt|je kan|u kan) (?:altijd |gerust |graag ){1,3}(?:contact met ons opnemen|bij ons terecht|ons een bericht sturen|ons bereiken)',
      '(?:wij zijn|we zijn|ik ben) (?:\\p{L}+ ){0,4}(?:voor u |voor je )?bereikbaar',
      '(?:als|uw|je|jouw) (?:vaste |persoonlijke |directe |eigen ){1,2}(?:contactpersoon|aanspreekpunt|adviseur|begeleider)',
      '(?:stuur|schrijf|stuurt) (?:mij|ons|me) (?:\\p{L}+,? ){0,4}(?:wanneer|zodra|als) (?:er iets is|u iets nodig hebt|je iets nodig hebt|er vragen zijn)',
      // Help offered for whenever the buyer needs it.
      '(?:hebt|heeft|heb) (?:u|je) ooit een vraag', 'stuur (?:dan )?gerust een bericht',
      // Help offered for whenever the buyer needs it.
      'vanaf nu ben ik', 'voor alles wat met (?:uw|je) (?:\\p{L}+ ){0,2}te maken heeft',
    ],
    purpose: [
      'helaas', 'excuses', 'excuus', 'verontschuldig\\p{L}{0,6}', 'beschadig\\p{L}{0,4}', 'defect\\p{L}{0,2}', 'kapot', 'ontbre\\p{L}{0,4}',
      'verkeerd\\p{L}{0,2}', '(?<!(?:bij|of|en|eventuele|enige) )probleem', 'problemen', 'vertraag\\p{L}{0,4}', 'vertraging\\p{L}{0,2}', 'niet (?:meer )?(?:op voorraad|leverbaar)',
      'uitverkocht', 'retour\\p{L}{0,8}', 'terugstur\\p{L}{0,2}', 'terugbetal\\p{L}{0,4}', 'vervang\\p{L}{0,8}', 'omruil\\p{L}{0,4}',
      'schade\\p{L}{0,2}', 'kras\\p{L}{0,3}', 'douane\\p{L}{0,4}', 'terugroep\\p{L}{0,4}', 'veiligheid\\p{L}{0,6}', 'montage\\p{L}{0,4}',
      'installatie\\p{L}{0,2}', '(?:lever|bezorg)(?:datum|moment|afspraak|tijd)\\p{L}{0,2}', 'afspraak\\p{L}{0,2}', 'let op', 'bijgevoegd\\p{L}{0,2}',
      'in de bijlage', 'bijlage', 'licentie\\p{L}{0,6}', 'serienummer', 'monteur\\p{L}{0,2}', 'ontwerp\\p{L}{0,2}', 'proef\\p{L}{0,4}',
      'goedkeuring', 'lettertype\\p{L}{0,2}', 'graveer\\p{L}{0,4}', 'gravure', 'personalis\\p{L}{0,6}', 'uw (?:vraag|verzoek)',
      'annuler\\p{L}{0,6}', '(?:lever|aflever|bezorg)?adres\\p{L}{0,2}', 'huisnummer', 'postcode',
      '(?:kunt|wilt|zou) (?:u|je) ', '(?:stuur|bevestig|controleer|kies|laat|geef) (?:ons |mij )?(?:alstublieft|aub|even|graag)',
      'factuur', 'facturen', 'handleiding', 'garantie', 'recensie\\p{L}{0,2}', 'beoordeling\\p{L}{0,2}', 'review\\p{L}{0,2}', 'feedback',
      'handtekening', 'thuis', 'foto\\p{L}{0,2}', 'afmeting\\p{L}{0,2}', 'maten', '(?:wij|we) (?:hebben|heb) (?:\\p{L}+ ){0,3}nodig',
      // Instructions for the item (what to do before use) are a purpose of their own.
      'vóór gebruik', 'voor het eerste gebruik',
    ],
  },

  topics: {
    address: [
      '(?:lever|aflever|bezorg|verzend|post|factuur)?adres\\p{L}{0,3}', 'huisnummer\\p{L}{0,2}', 'toevoeging', 'postcode', 'straatnaam',
      'brievenbus', 'deurbel', 'belknop', 'onbestelbaar', 'ontvanger\\p{L}{0,2}', 'verdieping', 'straat', 'appartement',
      'postbus', 'afhaalpunt', 'pakketpunt', 'onvolledig', 'retour afzender', 'verhuisd', 'naambordje',
    ],
    deliveryScheduling: [
      'leverafspraak\\p{L}{0,2}', 'bezorgafspraak\\p{L}{0,2}', '(?:afspraak|levering|bezorging) (?:maken|inplannen|plannen|afspreken)', 'afspraak\\p{L}{0,2}',
      'tijdvak\\p{L}{0,2}', 'tijdslot\\p{L}{0,2}', '(?:lever|bezorg)(?:dag|datum|moment|tijd|venster)\\p{L}{0,2}', 'inplannen', 'ingepland',
      '(?:voor|na)middag', 'ochtend', 'welke dag', 'stoeprand\\p{L}{0,2}', 'pallet\\p{L}{0,2}', 'lift', 'trap(?:pen)?', 'installatie', 'ophalen',
      'expediteur', 'transporteur', 'monteur\\p{L}{0,2}', 'montage\\p{L}{0,4}', 'monteren', 'opbouwen',
      'welk(?:e)? (?:dag|moment|tijd|datum) (?:past|schikt|komt)', '(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)', 'tussen \\d{1,2}(?:[:.]\\d{2})? en \\d{1,2}', 'schikt (?:het|u|je)', 'past (?:u|je|het) (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)',
    ],
    delivery: [
      'bezorger\\p{L}{0,2}', 'koerier\\p{L}{0,2}', 'chauffeur\\p{L}{0,2}', 'bezorg\\p{L}{0,6}', 'geleverd', 'levering\\p{L}{0,2}', 'afgeleverd',
      '(?:postnl|bpost|dhl|dpd|ups|gls|fedex)', 'thuis', '(?:tussen|rond|vanaf|om|voor) \\d{1,2}(?:[:.]\\d{2})? (?:en \\d{1,2}(?:[:.]\\d{2})? )?uur',
      'buren', 'afhaalpunt', 'pakketpunt', 'niet thuis', 'bezorgpoging\\p{L}{0,2}',
    ],
    customization: [
      'hoofdletters', 'kleine letters', 'voordat (?:wij|we) (?:\\p{L}+ ){0,5}(?:graveren|drukken|borduren|snijden|maken|produceren|laseren|bedrukken)',
      'gravure\\p{L}{0,2}', 'graveer\\p{L}{0,4}', 'graveren', 'gegraveerd', 'personalis\\p{L}{0,6}', 'gepersonaliseerd\\p{L}{0,2}', 'op maat',
      'maatwerk', 'naar wens', 'ontwerp\\p{L}{0,2}', 'voorbeeld\\p{L}{0,2}', 'drukproef', 'proefdruk', 'lay-?out', 'lettertype\\p{L}{0,2}',
      'tekstkleur', 'spelling', 'schrijfwijze', 'borduur\\p{L}{0,4}', 'geborduurd', 'opdruk\\p{L}{0,2}', 'bedruk\\p{L}{0,4}', 'foto\\p{L}{0,3}',
      'geüpload', 'uploaden', 'afmeting\\p{L}{0,2}', 'op maat gemaakt', 'kleurkeuze', 'initialen', 'monogram\\p{L}{0,2}', 'goedkeuring',
      'opschrift', 'tekst', 'inscriptie', 'logo', 'maat', 'maten', '\\d{1,4} ?(?:x|×) ?\\d{1,4}(?: ?(?:cm|mm|m))?', '\\d{1,4} ?(?:cm|mm)', 'tafelblad', 'zaagsnede', 'op lengte', 'uw (?:tekst|foto|afbeelding|naam)',
      'blokletters', 'sierletters', 'sierlijke', 'letters', '\\p{L}{2,8}letters', 'symbool\\p{L}{0,2}', 'de naam', 'naam (?:die|en)', 'opgegeven', 'kleurcode', 'datum (?:en|op)',
    ],
    review: [REVIEW],
    problem: [
      'storm\\p{L}{0,2}', 'uitgevallen', 'uitval', '(?:dagen|weken|uren|dag|week) later',
      // A supplier's hold or a fault in other words: "de levering stilgezet", "de rits zit vast", "hersteld".
      'stilgezet', 'stilgelegd', 'tegengehouden', 'geblokkeerd', 'vrijgave', 'terugroepactie', '(?:controle|keuring) (?:op|van)',
      'vast(?:zit|zitten|zat|geraakt|gelopen)', 'zit (?:\\p{L}+ )?vast', 'klemt', 'klemmen',
      'herstel(?:d|len|t|ling)?', 'naad', 'losgeraakt', 'losgelaten', 'scheef', 'kromgetrokken',
      'helaas', 'excuses', 'excuus', 'verontschuldig\\p{L}{0,6}', 'het spijt (?:ons|me|mij)', 'sorry',
      'beschadig\\p{L}{0,4}', 'schade\\p{L}{0,2}', 'defect\\p{L}{0,2}', 'kapot\\p{L}{0,2}', 'gebroken', 'gebarsten', 'barst\\p{L}{0,2}',
      'scheur\\p{L}{0,2}', 'kras\\p{L}{0,3}', 'deuk\\p{L}{0,2}', 'ontbre\\p{L}{0,4}', 'verkeerd\\p{L}{0,2}', 'verwisseld',
      'vertraag\\p{L}{0,4}', 'vertraging\\p{L}{0,2}', 'te laat', 'verloren', 'zoekgeraakt', 'kwijt', 'niet (?:meer )?(?:op voorraad|leverbaar|beschikbaar)',
      'uitverkocht', 'tekort', 'terugroep\\p{L}{0,4}', 'veiligheid\\p{L}{0,6}', 'probleem', 'problemen', 'fout\\p{L}{0,2}', 'gebrek\\p{L}{0,2}',
      'klacht\\p{L}{0,2}', 'terugbetal\\p{L}{0,4}', 'vervang\\p{L}{0,8}', 'omruil\\p{L}{0,4}', 'annuler\\p{L}{0,6}', 'douane\\p{L}{0,4}',
      '(?:werkt|gaat|laadt|start|reageert) niet', 'niet (?:meer |goed )?(?:werkt|aan|laadt|start|reageert|past)',
      'niet (?:bezorgd|aangekomen|geleverd|verzonden)', 'vast(?:gelopen)?', 'onvolledig', 'reparatie\\p{L}{0,2}',
      'oververhit\\p{L}{0,4}', 'lekt', 'lekkage', 'staking', 'noodweer', 'sneeuw', 'overstroming', 'uitgesteld', 'verschoven',
      'mislukt', 'retour\\p{L}{0,8}', 'vlek\\p{L}{0,3}', 'verbogen', 'los', 'in plaats van', 'waarschuwing', 'gevaar\\p{L}{0,4}', 'risico',
      'leverancier\\p{L}{0,2}', 'voorraad', 'fabriek\\p{L}{0,2}', 'productie\\p{L}{0,2}', 'achterstand', 'levertijd\\p{L}{0,2}', 'wachttijd\\p{L}{0,2}', 'langer (?:duren|duurt|op zich)', 'loopt (?:\\p{L}+ )?(?:vertraging|uit)', 'storing\\p{L}{0,2}', 'melding\\p{L}{0,2}', 'foutmelding\\p{L}{0,2}', 'niet (?:op tijd|tijdig)', 'later dan', 'teruggestuurd', 'retour afzender',
      'buren', 'verkeerde (?:deur|adres|huis)', 'ontbre\\p{L}{0,6}', 'haper\\p{L}{0,4}', 'hapert', 'niet (?:meer |goed )?(?:reageer\\p{L}{0,3}|reageert|werkte|deed|startte|laadde)', 'ruil\\p{L}{0,4}', '(?:vervangende|nieuwe) (?:\\p{L}+ )?(?:onderdeel|exemplaar|poot|kabel|afstandsbediening|lamp|deksel)', 'heet', 'warm', 'stop met (?:het )?gebruik\\p{L}{0,2}', 'partij', 'reserveonderde(?:el|len)', '(?:gaat|brandt|helpt) niet', 'niet aan', 'onderzoek\\p{L}{0,2}', 'niets? (?:\\p{L}+ )?ontvangen', 'nieuw exemplaar', 'niet (?:\\p{L}+ )?aangekomen',
      // Discontinued, refunded, or a part left out: "wordt niet meer verkocht", "zat per ongeluk geen sleutel".
      'niet meer (?:verkocht|leveren|geleverd|gemaakt|geproduceerd)', 'terug(?:gestort|storten|geboekt|boeken)', 'per ongeluk', 'zat (?:\\p{L}+ ){0,2}geen',
    ],
  },
};
