/** German phrases. Syntax: see ./types.ts. */
import type { PhraseBook } from './types.ts';

/** Bewertung, Rezension, Feedback, Sterne (with German's compounds: Produktbewertung). */
const REVIEW =
  '(?:(?:produkt|kunden|verkäufer)?(?:bewertung|rezension|beurteilung)(?:en)?|feedbacks?|sternebewertung(?:en)?)';
const INCENTIVE_WORDS =
  '(?:kostenlos\\p{L}{0,3}|gratis|umsonst|rabatt\\p{L}{0,6}|gutschein\\p{L}{0,6}|geschenk\\p{L}{0,6}|(?:teil)?rückerstattung|erstatt\\p{L}{0,4}|geld zurück|geld|prämie|belohnung)';
/** Money and percentages: "$10", "20 %". */
const AMOUNT = '(?:\\d{1,3} ?%|\\d{1,4} ?(?:€|euro))';
const INCENTIVE = `(?:${INCENTIVE_WORDS}|${AMOUNT})`;

export const de: PhraseBook = {
  language: 'de',
  name: 'German',
  wordBoundaries: true,
  stopWords: [
    'der', 'die', 'das', 'und', 'ist', 'nicht', 'sie', 'ihre', 'ihr', 'ihnen', 'wir', 'uns', 'mit',
    'für', 'auf', 'bitte', 'danke', 'vielen', 'ein', 'eine', 'einen', 'den', 'dem', 'bei', 'zu',
    'sehr', 'geehrte', 'geehrter', 'grüße', 'freundlichen', 'bestellung', 'haben', 'wurde', 'noch',
  ],
  importantTagWords: ['wichtig', 'dringend', 'achtung', 'wichtige information', 'wichtiger hinweis'],

  promotion: {
    patterns: [
      '\\d{1,3} ?% (?:rabatt|nachlass|ermäßigung|reduziert|günstiger|sparen)',
      '(?:rabatt|gutschein|aktions|promo|code|vorteils)codes?',
      '(?:rabatt|gutschein|promo|aktions) code',
      '(?:einen|ihren|unseren|exklusiven) (?:\\d{1,3} ?% )?(?:gutschein|rabatt)',
      'gutschein (?:für|auf) (?:ihre|ihren|die) (?:nächste|nächsten)',
      '(?:bei|auf|für) (?:ihre|ihren|die) (?:nächste|nächsten) (?:bestellung|einkauf|kauf)',
      '(?:sommer|winter|oster|weihnachts|black[- ]friday|mid[- ]season)[- ]?(?:schluss)?(?:sale|ausverkauf)',
      '(?:schlussverkauf|rabattaktion(?:en)?|räumungsverkauf)',
      '(?:unser|unsere|unseren) (?:aktuelle[nr]? )?(?:angebote?|aktion(?:en)?|sonderangebot(?:e)?)',
      '(?:sonder|spar|top|exklusiv|tages|wochen)angebote?',
      'zeitlich begrenzt(?:es|en)? angebot',
      'schnäppchen',
      '(?:erneut|wieder) (?:bei uns )?(?:kaufen|bestellen|einkaufen)',
      '(?:unsere|unser) (?:neue[ns]?|weitere[ns]?|anderen?|gesamte[ns]?) (?:\\p{L}{0,12}kollektion|produkte|artikel|sortiment|modelle)',
      'neue kollektion',
      '(?:besuchen|entdecken|stöbern)(?: sie)? (?:gerne )?(?:auch )?(?:in )?(?:unsere[nm]?|unser) (?:\\p{L}+ )?(?:shop|store|markenshop|sortiment)',
      'schauen sie (?:gerne |doch )?(?:auch )?(?:mal )?(?:in |bei )?(?:unsere[nm]?|unser) (?:\\p{L}+ )?(?:shop|store|sortiment|produkte)',
      'das könnte ihnen auch gefallen',
      'newsletter',
      '(?:abonnieren|melden) sie sich (?:für|bei) unsere[nm]?',
      'freunde werben',
      'empfehlungs(?:programm|bonus|link)',
      'folgen sie uns',
      '(?:auf|bei) (?:instagram|facebook|tiktok|pinterest|youtube)',
      'gewinnspiel\\p{L}{0,2}',
      'verlosung\\p{L}{0,2}',
      'treue(?:programm|punkte|bonus)',
      '(?:in|aus|bei) unserem (?:\\p{L}+[- ])?(?:shop|store|markenshop)',
      'empfehlen sie uns (?:weiter|ihren freunden)',
      'für jeden (?:freund|kunden|neukunden),? de[rn]',
    ],
    exceptions: ['geld zurück (?:garantie|erhalten)'],
  },

  reviewPositive: {
    patterns: [
      {
        pattern: `(?:positive|positiven|positives|gute|guten|gutes|tolle|tollen|super|sehr gute|sehr guten|hervorragende|beste|ausgezeichnete|ausgezeichneten|volle) (${REVIEW})`,
        replacement: '$1',
        label: 'reviewWithoutKind',
      },
      {
        pattern: `(?:5|fünf)[- ]?(?:sterne|sternen)(?:[- ]?(${REVIEW}))?`,
        replacement: 'Bewertung',
        label: 'reviewWithoutRating',
      },
      `(?:mit|volle) (?:5|fünf) sternen? (?:bewerten|zu bewerten)`,
      `(?:erwähnen|schreiben|sagen|betonen|hervorheben)(?: sie)?[^.!?\\n]{0,40} in (?:ihrer|der|ihrem) ${REVIEW}`,
      `in (?:ihrer|der) ${REVIEW},? (?:bitte )?(?:erwähnen|schreiben|betonen)`,
    ],
    exceptions: [`(?:danke|vielen dank|herzlichen dank)(?: \\p{L}+)? für (?:ihre|die) (?:positive|gute|tolle|nette)[nr]? ${REVIEW}`],
  },

  reviewConditional: {
    patterns: [
      `wenn sie (?:mit \\p{L}+ (?:\\p{L}+ )?)?(?:zufrieden|glücklich|begeistert)(?: sind| waren)?[^.!?\\n]{0,80}${REVIEW}`,
      `falls sie (?:mit \\p{L}+ (?:\\p{L}+ )?)?(?:zufrieden|glücklich|begeistert)(?: sind| waren)?[^.!?\\n]{0,80}${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}(?:wenn|falls) sie (?:\\p{L}+ ){0,3}(?:zufrieden|glücklich|begeistert)`,
      `(?:kontaktieren|schreiben|melden|wenden) sie sich (?:bitte )?(?:zuerst|zunächst|vorher|erst)? ?(?:an uns|bei uns)?,? (?:bevor|statt|anstatt)[^.!?\\n]{0,40}${REVIEW}`,
      `(?:bevor|statt|anstatt|anstelle) sie (?:eine |einen )?(?:negative[n]? |schlechte[n]? |neutrale[n]? )?${REVIEW}`,
      `(?:bevor|statt|anstatt) (?:eine |einen )?(?:negative[n]? |schlechte[n]? )${REVIEW}`,
      '(?:falls|wenn) (?:nicht|sie nicht zufrieden sind)[^.!?\\n]{0,40}(?:kontaktieren|melden|schreiben) sie (?:sich )?(?:bitte )?(?:zuerst|zunächst|vorher|erst)',
    ],
  },

  reviewIncentive: {
    patterns: [
      `(?:im austausch|als gegenleistung|als dankeschön) für (?:eine |ihre )?(?:ehrliche |positive )?${REVIEW}`,
      `${INCENTIVE_WORDS}[^.!?\\n]{0,60}(?:für|nach|wenn|sobald|gegen)[^.!?\\n]{0,30}${REVIEW}`,
      `${AMOUNT}[^.!?\\n]{0,60}(?:für|nach|wenn|sobald|gegen)[^.!?\\n]{0,30}${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}(?:erhalten|bekommen) sie[^.!?\\n]{0,40}${INCENTIVE}`,
      `(?:sobald|wenn|nachdem) sie[^.!?\\n]{0,40}${REVIEW}[^.!?\\n]{0,60}${INCENTIVE}`,
      `(?:screenshot|link) (?:ihrer|der) ${REVIEW}`,
    ],
  },

  reviewChange: {
    patterns: [
      `${REVIEW} (?:zu |bitte )?(?:ändern|anpassen|aktualisieren|löschen|entfernen|zurückziehen|überdenken|korrigieren|abändern)`,
      `(?:ändern|anpassen|aktualisieren|löschen|entfernen|zurückziehen|überdenken|korrigieren)(?: sie)? (?:bitte )?(?:ihre|die|diese) (?:\\p{L}+ )?${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,40}(?:zu )?(?:ändern|anzupassen|aktualisieren|zu löschen|zu entfernen|zurückzuziehen|zu überdenken|zu korrigieren)`,
      `(?:änderung|löschung|entfernung|anpassung) (?:ihrer|der) ${REVIEW}`,
    ],
  },

  messenger: {
    patterns: [
      '(?:per|über|via|auf) sms',
      '(?:erreichen|kontaktieren) sie (?:mich|uns) (?:gerne )?(?:direkt )?(?:telefonisch|unter)',
      '(?:meine|unsere) (?:private |persönliche )?(?:handynummer|telefonnummer|mobilnummer|nummer)',
      'rufen sie (?:mich|uns) (?:gerne |einfach )?an',
    ],
    exceptions: ['rufen sie (?:den|beim) (?:paketdienst|zusteller|versanddienstleister)'],
  },

  optOut: {
    patterns: [
      'abmelden',
      'abbestellen',
      'abmeldung',
      '(?:keine|keinerlei) (?:weiteren )?(?:nachrichten|e-mails|emails|mails|benachrichtigungen) (?:mehr )?(?:erhalten|bekommen|wünschen)',
      'nicht mehr (?:kontaktiert werden|angeschrieben werden)',
      'aus (?:unserem|dem) (?:verteiler|newsletter) (?:entfernen|austragen)',
    ],
    exceptions: ['(?:vom|beim) (?:paketdienst|zusteller) abmelden'],
  },

  messengerApps: {
    patterns: [
      '(?:per|über|via|auf) (?:whatsapp|telegram|signal|skype|threema|wechat|line)',
    ],
  },

  offAmazonSale: { patterns: [] },

  offAmazonPayment: { patterns: [] },

  cancellationRequest: { patterns: [] },

  placeholderWords: [],

  concepts: {
    satisfied: [],
    reviewRef: [],
    reviewAsk: [],
    incentive: [],
    pressure: [],
    writeWhat: [],
    contactAsk: [],
    deliveryContext: [],
    feedbackNotice: [],
    settlement: [],
  },

  amazonFeedbackNotice: '',

  courtesy: {
    thanks: [
      '(?:vielen |herzlichen |recht herzlichen |ganz herzlichen )?(?:dank|danke)(?: schön| sehr)?(?: (?:für|zu) (?:ihre[nm]?|die|den|das) (?:\\p{L}+ )?(?:bestellung|einkauf|kauf|vertrauen|geduld))?',
      'wir (?:bedanken uns|danken ihnen) (?:herzlich |recht herzlich )?(?:für (?:ihre[nm]?|die) (?:\\p{L}+ )?(?:bestellung|einkauf|kauf|vertrauen))?',
      'wir freuen uns,? dass sie sich für (?:uns|unser(?:e|en)? \\p{L}+) entschieden haben',
    ],
    padding: [
      '(?:hallo|guten tag|guten morgen|guten abend|liebe[rs]?|sehr geehrte[rs]?|servus|moin|hi)(?: (?:herr|frau|dr\\.?))?(?: [\\p{L}\'-]{1,20}){0,2}',
      '(?:mit )?(?:freundlichen|besten|herzlichen|lieben|viele) grüßen?',
      '(?:viele|beste|liebe|herzliche) grüße',
      '(?:ihr|ihre|das) (?:\\p{L}+ )?(?:team|kundenservice|kundendienst|shop)',
      'wir wünschen ihnen (?:viel (?:freude|spaß)|einen schönen tag)[^.!?\\n]{0,40}',
      'viel (?:freude|spaß) (?:mit|beim)[^.!?\\n]{0,40}',
      '(?:bei|für) (?:fragen|rückfragen|problemen)(?: (?:oder|und) (?:anliegen|problemen|fragen))?(?: stehen wir (?:ihnen )?(?:jederzeit |gerne )*(?:gerne )?zur verfügung)?',
      'stehen wir (?:ihnen )?(?:jederzeit |gerne )*zur verfügung',
      '(?:melden|wenden) sie sich (?:gerne|jederzeit)(?: bei uns| an uns)?',
      'wir sind (?:jederzeit |gerne )*für sie da',
    ],
    confirmation: [
      'ihre (?:bestellung|sendung|lieferung|ware|artikel|paket)(?: \\d{3}-\\d{7}-\\d{7})? (?:wurde|ist) (?:heute |soeben |bereits |gerade )?(?:versendet|verschickt|versandt|bestätigt|abgeschickt|an den versanddienstleister übergeben|unterwegs|auf dem weg)',
      'wir haben ihre (?:bestellung|sendung|ware|artikel|paket) (?:heute |soeben |bereits )?(?:versendet|verschickt|versandt|bestätigt)',
      '(?:sie|es|die sendung|das paket|ihre bestellung) (?:wird|sollte) (?:voraussichtlich )?(?:am|bis|in|innerhalb)[^.!?\\n]{0,40}(?:ankommen|eintreffen|zugestellt werden|geliefert werden|bei ihnen sein)',
      'ihre sendungsnummer (?:lautet|ist)[^.!?\\n]{0,60}',
      'bestellbestätigung',
      'ihre (?:bestellung|sendung|lieferung|ware|artikel|paket)(?: \\d{3}-\\d{7}-\\d{7})? (?:wurde|ist)[^.!?\\n]{0,40}(?:versendet|verschickt|versandt|unterwegs|übergeben)',
      'voraussichtliche (?:zustellung|lieferung)',
      'versandbestätigung',
    ],
    signOffs: ['(?:mit )?(?:freundlichen|besten|herzlichen|lieben|vielen) grüßen', '(?:viele|beste|liebe|herzliche|freundliche) grüße', 'mfg', 'lg'],
    checkIns: [],
    helpOffers: [
      'wir sind (?:jederzeit |gerne )*für sie da',
      'stehen (?:wir )?(?:ihnen )?(?:jederzeit |gerne )*zur verfügung',
      '(?:bei|für) (?:fragen|rückfragen)',
      'helfen (?:ihnen )?gerne',
    ],
    purpose: [
      'leider', 'entschuldig\\p{L}{0,4}', 'beschädigt\\p{L}{0,2}', 'defekt\\p{L}{0,2}', 'kaputt', 'fehl(?:t|en|ende[nr]?)',
      'falsch\\p{L}{0,2}', 'problem\\p{L}{0,2}', 'verzöger\\p{L}{0,4}', 'verspät\\p{L}{0,4}', 'nicht (?:mehr )?(?:vorrätig|lieferbar)',
      'ausverkauft', 'rücksendung', 'retoure', 'rückerstattung', 'erstatt\\p{L}{0,4}', 'ersatz\\p{L}{0,4}', 'umtausch',
      'storn\\p{L}{0,6}', '(?:liefer)?adresse', 'anschrift', 'hausnummer', 'gravur', 'personalisier\\p{L}{0,4}', 'termin\\p{L}{0,2}',
      'bitte (?:senden|bestätigen|prüfen|wählen|teilen|geben|antworten|schicken)', 'könnten sie', 'würden sie', 'möchten sie',
      'anbei', 'im anhang', 'rechnung', 'anleitung', 'garantie',
      'fehlt\\p{L}{0,2}', 'tut uns leid', 'bewertung\\p{L}{0,2}', 'rezension\\p{L}{0,2}', 'feedback', 'unterschrift', 'zu hause', 'stellen sie sicher',
      'fotos?',
      'maße',
      '(?:schicken|senden) sie uns',
      '\\p{L}{0,12}bewertung\\p{L}{0,2}',
      'wir (?:benötigen|brauchen)',
    ],
  },

  topics: {
    address: ['(?:liefer|versand|post)?adresse', 'anschrift', 'hausnummer', 'postleitzahl', 'plz'],
    deliveryScheduling: ['liefertermin', '(?:termin|zustelltermin|anlieferung) (?:vereinbaren|abstimmen)', 'termin\\p{L}{0,2}', 'zeitfenster'],
    customization: ['gravur\\p{L}{0,2}', 'personalisier\\p{L}{0,4}', 'individualisier\\p{L}{0,4}', 'wunschtext', 'ihr design', 'entwurf'],
    review: [REVIEW],
    problem: [],
  },
};
