/** German phrases. Syntax: see ./types.ts. */
import type { PhraseBook } from './types.ts';

/** Bewertung, Rezension, Feedback, Sterne (with German's compounds: Produktbewertung). */
const REVIEW =
  '(?:(?:produkt|kunden|verkäufer|händler|amazon-?|sterne)?(?:bewertung|rezension|beurteilung)(?:en)?|(?:verkäufer-?)?feedbacks?)';
const INCENTIVE_WORDS =
  '(?:kostenlos\\p{L}{0,3}|gratis|umsonst|rabatt\\p{L}{0,6}|gutschein\\p{L}{0,6}|geschenk\\p{L}{0,6}|(?:teil)?rückerstattung|erstatt\\p{L}{0,4}|geld zurück|geld|prämie|belohnung)';
/** Money and percentages: "10 €", "20 %", "4,99 Euro". */
const AMOUNT = '(?:\\d{1,3} ?%|\\d{1,4}(?:,\\d{2})? ?(?:€|euro|eur))';
const INCENTIVE = `(?:${INCENTIVE_WORDS}|${AMOUNT})`;

/** What a buyer could write about a purchase: "eine Bewertung", "Ihre Eindrücke", "ein paar Sterne". */
const REVIEW_WORDS =
  '(?:bewertung(?:en)?|rezension(?:en)?|\\p{L}{1,12}bewertung(?:en)?|\\p{L}{1,12}rezension(?:en)?|(?:verkäufer-?)?feedback|sterne|sternchen|erfahrung(?:en)?|erfahrungsbericht|eindrücke|eindruck|einschätzung|kommentar)';
/** Verbs of leaving a review, infinitive and the forms that end a German clause. */
const WRITE_VERBS =
  '(?:schreiben|hinterlassen|abgeben|abzugeben|verfassen|teilen|mitteilen|posten|veröffentlichen|schildern|schreibst|hinterlässt|teilst|abgibst|postest|schreibt|teilt|hinterlasst|zu schreiben|zu hinterlassen|zu teilen|zu verfassen)';
/** The buyer's e-mail or phone, as sellers ask for it (not the one on the order: see deliveryContext). */
const CONTACT_DETAIL =
  '(?:(?:ihre|eine|deine|die|eure|ihr|dein) (?:\\p{L}+ )?(?:e-?mail(?:-?adresse)?|mail-?adresse|handy-?nummer|telefon-?nummer|mobil(?:funk)?-?nummer|rufnummer|festnetz-?nummer|whats ?app-?nummer|kontaktdaten)|(?:ihre|deine|eure|ihr|dein) (?:private |persönliche |direkte |aktuelle )?(?:nummer|handy|e-?mail))';
/** Cancelling, as sellers write it (including the anglicism "canceln"). */
const CANCEL = '(?:stornieren|canceln|cancelen|cancellen|annullieren)';
/** A gap within one clause that does not pass the seller's own "wir"/"ich" (the seller cancelling). */
const CLAUSE = '(?:(?!wir |ich )[^.!?,;:\\n]){0,60}';
/** The order, parcel, item: what arrives. */
const PARCEL = '(?:bestellung|paket|päckchen|sendung|lieferung|ware|artikel|\\p{L}{0,20}paket)';

export const de: PhraseBook = {
  language: 'de',
  name: 'German',
  wordBoundaries: true,
  stopWords: [
    'der', 'die', 'das', 'und', 'ist', 'nicht', 'sie', 'ihre', 'ihr', 'ihnen', 'wir', 'uns', 'mit',
    'für', 'auf', 'bitte', 'danke', 'vielen', 'ein', 'eine', 'einen', 'den', 'dem', 'bei', 'zu',
    'sehr', 'geehrte', 'geehrter', 'grüße', 'freundlichen', 'bestellung', 'haben', 'wurde', 'noch',
    'dass', 'dir', 'dich', 'dein', 'deine', 'deinen', 'auch', 'oder', 'sind', 'können', 'wird',
    'werden', 'gerne', 'leider', 'ihren', 'ihrem', 'ihrer', 'unser', 'unsere',
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
      '(?:beim|bei ihrem|bei deinem) nächsten (?:einkauf|kauf|bestellen)',
      '(?:sommer|winter|oster|weihnachts|black[- ]friday|mid[- ]season)[- ]?(?:schluss)?(?:sale|ausverkauf)',
      '(?:schlussverkauf|rabattaktion(?:en)?|räumungsverkauf)',
      '(?:unser|unsere|unseren) (?:aktuelle[nr]? )?(?:angebote?|aktion(?:en)?|sonderangebot(?:e)?)',
      '(?:sonder|spar|top|exklusiv|tages|wochen)angebote?',
      'zeitlich begrenzt(?:es|en)? angebot',
      'schnäppchen',
      '(?:erneut|wieder) (?:bei uns )?(?:kaufen|bestellen|einkaufen)',
      // Reordering: "Nachbestellen geht mit einem Klick", "einfach wieder bestellen".
      '(?:nachbestellen|nachkaufen|wiederbestellen) (?:geht|können sie|kannst du|ist|lohnt)',
      '(?:jetzt|einfach|bequem|gleich|schnell) (?:nachbestellen|nachkaufen|wiederbestellen)',
      'mit einem klick (?:nach|wieder)?(?:bestellen|kaufen)',
      '(?:unsere|unser) (?:neue[ns]?|weitere[ns]?|anderen?|gesamte[ns]?) (?:\\p{L}{0,12}kollektion|produkte|artikel|sortiment|modelle)',
      '(?:unser|unseren|unserem) (?:komplette[ns]?|gesamte[ns]?|ganze[ns]?|vollständige[ns]?|restliche[ns]?|breite[ns]?) (?:sortiment|angebot|produktpalette|auswahl)',
      'die (?:ganze|gesamte|komplette) auswahl',
      'neue kollektion',
      '(?:besuchen|entdecken|stöbern)(?: sie)? (?:gerne )?(?:auch )?(?:in )?(?:unsere[nm]?|unser) (?:\\p{L}+ )?(?:shop|store|markenshop|sortiment|onlineshop|webshop)',
      'schauen sie (?:gerne |doch )?(?:auch )?(?:mal )?(?:in |bei )?(?:unsere[nm]?|unser) (?:\\p{L}+ )?(?:shop|store|sortiment|produkte)',
      '(?:schauen|sehen) sie sich (?:gerne |gern |doch |auch |mal |einfach )*(?:unsere[nm]?|unser|weitere|andere) (?:\\p{L}+ )?(?:produkte|artikel|angebote|sortiment|kollektion|modelle|designs|shop|store)',
      '(?:schau|schaut|stöber|stöbere) (?:doch |gerne |gern |mal |auch )*(?:in |bei )?(?:unsere[nm]?|unser) (?:\\p{L}+ )?(?:shop|store|sortiment|produkte)',
      'werfen sie (?:doch |gerne |gern |mal |auch )*(?:einen )?blick (?:in|auf) (?:unsere[nm]?|unser)',
      'stöbern sie',
      // Other products, offered in passing: "Wir haben auch viele andere schöne Produkte".
      '(?:wir haben|wir führen|wir bieten|wir verkaufen|wir fertigen|wir produzieren|wir machen|wir stellen|es gibt) (?:jetzt |übrigens |außerdem |ebenfalls |noch |auch |bei uns )*(?:viele |zahlreiche |weitere |andere |passende |neue |tolle |schöne |noch mehr )+(?:\\p{L}+ ){0,2}(?:produkte|artikel|modelle|designs|kollektionen|accessoires|sorten|motive)',
      'im (?:gleichen|selben|passenden) (?:design|stil|look) (?:fertigen|gibt es|bieten|haben|führen|machen|produzieren) (?:wir )?(?:jetzt |nun |übrigens |ab sofort )*(?:auch|ebenfalls)',
      '(?:vielleicht|übrigens) interessiert (?:sie|dich) (?:auch|ebenfalls)?',
      'das könnte (?:sie|dich) (?:auch |ebenfalls )?interessieren',
      'das könnte ihnen auch gefallen',
      'passend (?:dazu|zu ihre[mr]|zu deine[mr]) (?:\\p{L}+ ){0,3}(?:gibt es|bieten wir|finden sie|empfehlen wir|haben wir)',
      'newsletter',
      '(?:abonnieren|melden) sie sich (?:für|bei) unsere[nm]?',
      '(?:kundenclub|kundenclubs|vip-?(?:club|programm|kunde\\p{L}{0,2})|stammkunden(?:rabatt|programm|club))',
      '(?:erfahren|informiert|wissen)(?: sie| du)? (?:\\p{L}+ )?als erste[rn]?',
      'freunde werben',
      'empfehlungs(?:programm|bonus|link)',
      'folgen sie uns',
      'folg(?:e|t)? uns',
      '(?:auf|bei) (?:instagram|facebook|tiktok|pinterest|youtube)',
      'gewinnspiel\\p{L}{0,2}',
      'verlosung\\p{L}{0,2}',
      '\\p{L}{2,12}verlosung\\p{L}{0,2}',
      'gewinnchance\\p{L}{0,2}',
      'treue(?:programm|punkte|bonus)',
      '(?:in|aus|bei) unserem (?:\\p{L}+[- ])?(?:shop|store|markenshop|onlineshop|webshop|online-shop)',
      'empfehlen sie uns (?:weiter|ihren freunden)',
      'für jeden (?:freund|kunden|neukunden),? de[rn]',
    ],
    exceptions: ['geld zurück (?:garantie|erhalten)', 'stöbern sie (?:in der|im) (?:anleitung|handbuch)'],
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
      `(?:kontaktieren|schreiben|informieren) sie uns (?:bitte )?(?:zuerst|zunächst|vorher|erst),? (?:bevor|statt|anstatt)`,
      `(?:bevor|statt|anstatt|anstelle) sie (?:eine |einen )?(?:negative[n]? |schlechte[n]? |neutrale[n]? )?${REVIEW}`,
      `(?:bevor|statt|anstatt) (?:eine |einen )?(?:negative[n]? |schlechte[n]? )${REVIEW}`,
      '(?:bevor|ehe) (?:sie|du) (?:uns |den artikel |das produkt |es )?(?:schlecht |negativ )?(?:bewerten|bewertest|rezensieren)',
      '(?:falls|wenn|sollte) (?:nicht|sie nicht zufrieden sind|etwas nicht stimmt|es ein problem gibt|etwas nicht passt)[^.!?\\n]{0,60}(?:zuerst|zunächst|vorher|erst einmal|erstmal|als erstes)',
    ],
  },

  reviewIncentive: {
    patterns: [
      `(?:im austausch|als gegenleistung|als dankeschön) für (?:eine |ihre )?(?:ehrliche |positive )?${REVIEW}`,
      `${INCENTIVE_WORDS}[^.!?\\n]{0,60}(?:für|nach|wenn|sobald|gegen)[^.!?\\n]{0,30}${REVIEW}`,
      `${AMOUNT}[^.!?\\n]{0,60}(?:für|nach|wenn|sobald|gegen)[^.!?\\n]{0,30}${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}(?:erhalten|bekommen) sie[^.!?\\n]{0,40}${INCENTIVE}`,
      `(?:für|nach|gegen) (?:eine|ihre|jede|deine) (?:\\p{L}+ ){0,2}${REVIEW}[^.!?\\n]{0,60}(?:erstatten|schenken|schicken|senden|geben|zahlen) (?:wir|ich)[^.!?\\n]{0,40}${INCENTIVE}`,
      `(?:sobald|wenn|nachdem) sie[^.!?\\n]{0,40}${REVIEW}[^.!?\\n]{0,60}${INCENTIVE}`,
      `(?:screenshot|link) (?:ihrer|der|deiner) ${REVIEW}`,
    ],
  },

  reviewChange: {
    patterns: [
      `${REVIEW} (?:zu |bitte )?(?:ändern|anpassen|aktualisieren|löschen|entfernen|zurückziehen|überdenken|korrigieren|abändern|überarbeiten|revidieren|zurücknehmen|nach oben korrigieren)`,
      `(?:ändern|anpassen|aktualisieren|löschen|entfernen|zurückziehen|überdenken|korrigieren|überarbeiten|revidieren|zurücknehmen|verbessern|aufwerten)(?: sie| du)? (?:bitte |doch )?(?:ihre|die|diese|deine|ihr|dein) (?:\\p{L}+ )?${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,40}(?:zu )?(?:ändern|anzupassen|aktualisieren|zu löschen|zu entfernen|zurückzuziehen|zu überdenken|zu korrigieren|zu überarbeiten|zu revidieren|zurückzunehmen)`,
      `(?:änderung|löschung|entfernung|anpassung|aktualisierung|überarbeitung) (?:ihrer|der|deiner) ${REVIEW}`,
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
      '(?:nachrichten|newsletter|e-mails|emails|mails|infos|benachrichtigungen|werbung|mitteilungen) (?:\\p{L}+ ){0,2}abbestellen',
      '(?:hier|jederzeit) abbestellen',
      'abbestellen (?:sie )?(?:diese|unsere|den|die) (?:nachrichten|newsletter|e-mails|mails|infos|benachrichtigungen)',
      'abmeldung',
      '(?:keine|keinerlei) (?:weiteren |solchen |derartigen )?(?:nachrichten|e-mails|emails|mails|benachrichtigungen|infos|informationen|werbung|post)(?: dieser art| mehr| von uns)* (?:erhalten|bekommen|wünschen|möchten|wollen)',
      '(?:nachrichten|e-mails|emails|mails|infos|informationen|benachrichtigungen|werbung|post) (?:\\p{L}+ ){0,3}nicht mehr (?:\\p{L}+ ){0,3}(?:erhalten|bekommen|haben|wünschen)',
      'nicht mehr (?:kontaktiert werden|angeschrieben werden|von uns hören)',
      'aus (?:unserem|dem) (?:verteiler|newsletter) (?:entfernen|austragen)',
      '(?:antwort|antworten|zurückschreiben|schreiben|schreib|antwortet)(?: sie| du)? (?:\\p{L}+ ){0,3}(?:mit )?["„“»‚]?(?:stopp?|nein danke|abmelden)\\b',
      'mit ["„“»‚]?(?:stopp?|nein danke)["“”«‘]?(?: zurück| antworten)?',
    ],
    exceptions: ['(?:vom|beim) (?:paketdienst|zusteller) abmelden', '(?:gerät|konto|app) (?:\\p{L}+ ){0,3}abmelden'],
  },

  messengerApps: {
    patterns: [
      '(?:per|über|via|auf) (?:whatsapp|telegram|signal|skype|threema|wechat|line)',
      '(?:whats ?app|telegram|signal|threema|wechat|viber)[- ]?(?:nachricht|gruppe|chat|kontakt|nummer|profil)',
      '(?:schreiben|kontaktieren|erreichen|adden|hinzufügen|anschreiben|melden)(?: sie| du)? (?:uns|mich) (?:\\p{L}+ ){0,3}(?:per|über|via|auf|bei|in|unter) (?:whats ?app|telegram|signal|threema|we ?chat|viber|instagram|facebook|tiktok)',
      '(?:direktnachricht|privatnachricht|pn|dm) (?:auf|bei|über|via|per) (?:instagram|facebook|tiktok|x|twitter)',
      '(?:per|über|via) (?:instagram|facebook|tiktok)[- ]?(?:dm|direktnachricht|nachricht|messenger|chat)',
    ],
  },

  offAmazonSale: {
    patterns: [
      '(?:bestellen|kaufen|beziehen|erwerben|ordern|nachbestellen|nachkaufen)(?: sie| du)? (?:\\p{L}+ ){0,3}direkt (?:bei|von|über) (?:uns|mir)',
      'direkt (?:bei|von) uns (?:\\p{L}+ ){0,3}(?:kaufen|bestellen|beziehen|erwerben|bestellt|gekauft|ordern|zu kaufen|zu bestellen|gegen)',
      'bieten (?:wir )?(?:\\p{L}+ ){0,3}direkt (?:bei|von) uns',
      '(?:in|über|auf|bei) (?:unserem|unserer|meinem|meiner) (?:eigenen )?(?:online-?shop|webshop|web-shop|internetshop|internet-shop|online-store|website|webseite|homepage|internetseite)(?: \\p{L}+){0,4} (?:bestellen|kaufen|erhältlich|günstiger|billiger|bestellt|gekauft|zu kaufen|zu bestellen)',
      '(?:in|über|auf|bei) (?:unserem|meinem) eigenen (?:\\p{L}+-?)?(?:shop|store|laden)',
      '(?:unser|unseren|unserem|mein|meinen|meinem) (?:eigene[nm]? )?(?:online-?shop|webshop|web-shop|internetshop|internet-shop|online-store)',
      'günstiger (?:\\p{L}+ ){0,4}(?:bei uns direkt|direkt bei uns|in unserem|auf unserer|im eigenen|über unsere)',
      '(?:dort|da|bei uns) (?:sind|ist|gibt es|bekommen sie) (?:die preise |der preis |alles |es )?(?:\\p{L}+ ){0,3}(?:günstiger|billiger|preiswerter)',
      '(?:ohne|keine|spart|sparen|sparen sie|umgehen|entfallen) (?:die )?(?:amazon|marktplatz|plattform)-?(?:gebühren|provision|provisionen)',
      '(?:amazon|marktplatz)-?gebühren (?:\\p{L}+ ){0,3}(?:sparen|entfallen|umgehen|fallen weg|anfallen)',
      'außerhalb (?:von )?amazons?',
      'am amazon vorbei',
      'ohne (?:den )?umweg über amazon',
    ],
    exceptions: [
      '(?:nicht|keine[nm]?|niemals|nie) (?:\\p{L}+ ){0,6}außerhalb (?:von )?amazons?',
      'außerhalb (?:von )?amazons? (?:\\p{L}+ ){0,4}(?:nicht|verboten|untersagt|unzulässig)',
    ],
  },

  offAmazonPayment: {
    patterns: [
      'banküberweisung',
      '(?:per|via|über|mit|durch|gegen) (?:eine )?(?:bank)?überweisung',
      'überweisen (?:sie|du) (?:\\p{L}+ ){0,4}(?:auf|an|den|die|das)',
      '(?:auf|an) (?:unser|mein|unsere|meine) (?:\\p{L}+ )?(?:konto|bankkonto|geschäftskonto|paypal-?konto)',
      '(?:unsere|meine) (?:iban|bankverbindung|kontonummer|kontodaten)',
      'iban',
      'bankverbindung',
      'in bar',
      'bar (?:bezahlen|zahlen|bereithalten|kassieren|übergeben)',
      'barzahlung',
      'bargeld',
      '(?:per )?nachnahme',
      'vorkasse',
      '(?:zahlen|bezahlen|begleichen)(?: sie| du)? (?:\\p{L}+ ){0,4}direkt (?:an|bei) (?:uns|mich|den|unseren?)',
    ],
    exceptions: [
      '(?:kein|keine|nicht|niemals|nie) (?:\\p{L}+ ){0,4}(?:in bar|per (?:bank)?überweisung|banküberweisung|bargeld|per nachnahme)',
    ],
  },

  cancellationRequest: {
    patterns: [
      // "Könnten Sie die Bestellung bitte auf Ihrer Seite stornieren?", "Magst du sie einfach canceln?"
      `(?:könnten|können|würden|kannst|könntest|würdest|magst|mögen|könnt|würdet) (?:sie|du|ihr) ${CLAUSE}${CANCEL}`,
      // "Sie können die Bestellung selbst stornieren", "du musst sie im Konto canceln".
      `(?:sie|du|ihr) (?:können|könnten|sollten|müssten|müssen|kannst|könntest|solltest|musst|müsstest|könnt|solltet) ${CLAUSE}${CANCEL}`,
      // The imperative: "Stornieren Sie bitte die Bestellung".
      '(?:stornieren|canceln|storniere|stornier|cancel) (?:sie|du|ihr) (?:bitte |doch |einfach |gerne |gern |selbst |selber |dann |kurz )*(?:die|ihre|deine|den|diese|eure|das|ihren|deinen) (?:\\p{L}+ )?(?:bestellung|kauf|auftrag|order|artikel)',
      // "Wir möchten Sie bitten, die Bestellung zu stornieren."
      `(?:bitte|bitten|bitte ich|bitten wir)(?: sie| dich| euch)?,? ${CLAUSE}zu ${CANCEL}`,
      `bitte (?:sie )?${CLAUSE}${CANCEL}(?! (?:wir|ich))`,
      // "Beantragen Sie unter „Meine Bestellungen“ eine Stornierung."
      `(?:beantragen|veranlassen|anfordern|einreichen|auslösen|anstoßen|beantrage|beantragt)(?: sie| du| ihr)? ${CLAUSE}(?:stornierung|stornierungsanfrage|stornoanfrage|storno|stornierungsantrag)`,
      `(?:sie|du|ihr) ${CLAUSE}(?:stornierung|stornierungsanfrage|stornoanfrage|storno|stornierungsantrag) (?:\\p{L}+ ){0,2}(?:zu )?(?:beantragen|anfordern|einreichen|stellen|veranlassen|auslösen|beantragst|stellst)`,
      // "Am einfachsten wäre es, wenn Sie vom Kauf zurücktreten."
      `(?:wenn|dass|falls|indem|bitte) (?:sie|du) ${CLAUSE}vom (?:kauf|kaufvertrag|vertrag) zurücktr\\p{L}{2,4}`,
      '(?:treten|tritt) (?:sie|du) (?:\\p{L}+ ){0,3}vom (?:kauf|kaufvertrag|vertrag) zurück',
      // The button: "Klicken Sie auf „Artikel stornieren“".
      '(?:klicken|drücken|tippen|klick|drück|tipp)(?: sie| du)? (?:\\p{L}+ ){0,3}auf (?:die schaltfläche |den button |den knopf )?["„“»‚]?(?:artikel |bestellung )?stornieren',
      '(?:schaltfläche|button|knopf)(?: \\p{L}+){0,2} ["„“»‚]?(?:artikel |bestellung )?stornieren',
      `(?:selbst|selber|eigenständig|eigenhändig) (?:\\p{L}+ ){0,2}${CANCEL}`,
      `(?:auf|von) (?:ihrer|deiner) seite (?:aus )?${CANCEL}`,
    ],
    exceptions: [
      `(?:sie|du|ihr) [^.!?,;:\\n]{0,60}(?:nicht|nichts|kein\\p{L}{0,2}|niemals)(?: mehr)? [^.!?,;:\\n]{0,40}(?:${CANCEL}|stornierung\\p{L}*|storno\\p{L}*)`,
      `(?:wir|ich) (?:[\\p{L}\\p{N}-]+ ){0,8}(?:selbst|selber|gern|gerne|für sie|für dich) (?:\\p{L}+ ){0,2}${CANCEL}`,
      `(?:nicht|nichts) (?:\\p{L}+ ){0,4}(?:selbst|selber) (?:\\p{L}+ ){0,2}${CANCEL}`,
    ],
  },

  placeholderWords: [
    'name', 'namen', 'vorname', 'nachname', 'vollständiger', 'kundenname', 'käufername', 'kunde', 'kunden', 'kundin',
    'käufer', 'käufers', 'käuferin', 'empfänger', 'empfängers', 'anrede', 'bestellnummer', 'bestellung', 'bestell',
    'auftragsnummer', 'nr', 'nummer', 'sendungsnummer', 'trackingnummer', 'tracking', 'artikel', 'artikelname',
    'artikelnummer', 'produkt', 'produktname', 'shopname', 'firmenname', 'firma', 'marke', 'datum', 'lieferdatum',
    'liefertermin', 'termin', 'adresse', 'lieferadresse', 'straße', 'ort', 'stadt', 'plz', 'betrag', 'preis',
    'telefonnummer', 'unterschrift', 'signatur', 'absender', 'mitarbeiter', 'mitarbeiterin', 'verkäufer', 'hier',
    'einfügen', 'eintragen', 'platzhalter',
  ],

  concepts: {
    satisfied: [
      // "Wenn Sie zufrieden sind", "Sollten Sie mit dem Kauf glücklich sein".
      '(?:wenn|falls|sofern|sollten|solltest|solange) (?:sie|du|ihr) (?:\\p{L}+ ){0,4}(?:zufrieden|glücklich|begeistert|happy|froh|überzeugt|angetan)',
      // "Falls die Jacke Sie überzeugt hat", "Wenn Ihnen die Lampe gefällt" (not "nicht gefällt").
      '(?:wenn|falls|sofern|sollte|solange) (?:(?!nicht )\\p{L}+ ){0,8}(?:gefällt|gefallen|gefiel|gefielen|überzeugt|begeistert|zusagt|zugesagt|überzeugen konnte|erfüllt|übertroffen|entsprochen|entspricht)',
      '(?:wenn|falls|sofern) (?:alles|es|der artikel|das produkt|die ware|ihre bestellung|ihr einkauf|ihr kauf) (?:\\p{L}+ ){0,3}(?:in ordnung|zu ihrer zufriedenheit|zu deiner zufriedenheit|gut angekommen|gepasst|passt|geklappt|ihren erwartungen|deinen erwartungen)',
      '(?:sind sie|bist du|seid ihr|waren sie|warst du) (?:\\p{L}+ ){0,4}(?:zufrieden|glücklich|begeistert|happy)[^.!?\\n]{0,40}\\?',
      '(?<!wie )(?:gefällt|gefallen|gefiel) (?:ihnen|dir|euch) (?:\\p{L}+ ){0,4}\\p{L}+\\s?\\?',
      '(?:hat|haben) (?:ihnen|dir|euch) (?:\\p{L}+ ){0,4}(?:gefallen|zugesagt)\\s?\\?',
      '(?:zufrieden|begeistert|glücklich)(?: mit (?:\\p{L}+ ){0,2}\\p{L}+)?\\s?\\?',
      '(?:wenn|falls) (?:sie|du) (?:\\p{L}+ ){0,3}(?:eine )?(?:gute|positive|tolle|schöne|angenehme) (?:\\p{L}+ )?erfahrung',
      '(?:wenn|falls|nur wenn) (?:sie|du) (?:\\p{L}+ ){0,3}(?:finden|findest|meinen|meinst|denken|denkst),? (?:dass )?(?:\\p{L}+ ){0,4}(?:verdient|gut|toll|wert)',
    ],
    reviewRef: [
      REVIEW,
      '(?:(?:5|fünf|4|vier|volle[n]?|alle) )?sterne[n]?',
      '(?:ein paar|einige|wenige|ein|zwei) (?:nette |kurze |lobende |positive |freundliche )?(?:zeilen|worte|sätze)',
      '(?:ihre|deine|eure) (?:ehrliche[n]? |persönliche[n]? |eigene[n]? )?(?:meinung|eindrücke|erfahrung(?:en)?|einschätzung|erfahrungsbericht)',
      'rückmeldung(?:en)? (?:auf|bei|über) amazon',
      'auf (?:der|die) produktseite',
      'was (?:sie|du) (?:von|über) (?:\\p{L}+ ){0,3}(?:denken|denkst|halten|hältst)',
      'anderen (?:kunden|käufern|käuferinnen|interessenten|nutzern) (?:\\p{L}+ ){0,3}(?:helfen|hilft|zeigen|berichten)',
      'bewertungs\\p{L}{3,10}',
      '(?:uns|es|ihn|das produkt|den artikel|den verkäufer) (?:\\p{L}+ ){0,3}(?:zu )?bewerten',
    ],
    reviewAsk: [
      // "Schreiben Sie uns eine kurze Bewertung", "Teilen Sie Ihre Erfahrungen".
      `(?:schreiben|hinterlassen|verfassen|abgeben|geben|teilen|posten|veröffentlichen|schreib|schreibe|hinterlass|hinterlasse|gib|teil|teile|poste)(?: sie| du| ihr)? (?:uns |mir |anderen )?(?:doch |bitte |gern |gerne |kurz |einfach |ruhig |mal )*(?:eine[nm]?|ihre[nm]?|ihr|deine[nm]?|dein|eure[nm]?|ein paar|einige) (?:\\p{L}+ ){0,2}${REVIEW_WORDS}`,
      // "Würden Sie Ihre Erfahrungen in einer Bewertung teilen?", "wenn du eine Rezension schreibst".
      `(?:eine[nm]?|ihre[nm]?|ihr|deine[nm]?|dein|eure[nm]?|kurze[nm]?|ehrliche[nm]?) (?:\\p{L}+ ){0,2}${REVIEW_WORDS}[^.!?\\n]{0,60}${WRITE_VERBS}`,
      '(?:bewerten|rezensieren|beurteilen)(?: sie| du)? (?:bitte |doch |gern |gerne |kurz )*(?:uns|den artikel|das produkt|ihren kauf|ihre bestellung|unseren shop|unser produkt|unseren service|ihn|es)',
      '(?:uns|den artikel|das produkt|ihren kauf|deinen kauf|unser produkt|unseren service|unseren shop|den verkäufer) (?:\\p{L}+ ){0,3}(?:zu )?(?:bewerten|rezensieren)',
      `(?:freuen|freue|würden|würde|wären|wäre) (?:\\p{L}+ ){0,3}(?:über|für) (?:eine[nm]?|ihre[nm]?|ihr|deine[nm]?|dein|ein paar|einige) (?:\\p{L}+ ){0,2}(?:${REVIEW_WORDS}|meinung)`,
      '(?:bitten|bitte|bitten wir) (?:sie |dich )?(?:\\p{L}+ ){0,3}um (?:eine|ihre|ihr|deine|dein) (?:\\p{L}+ )?(?:bewertung|rezension|feedback|einschätzung|sternebewertung|produktbewertung)',
      '(?:berichten|erzählen)(?: sie| du)? (?:\\p{L}+ ){0,4}von (?:ihren|deinen|ihrer|deiner) (?:\\p{L}+ )?(?:erfahrung(?:en)?|eindrücken)',
      '(?:zeilen|worte|beitrag)[^.!?\\n]{0,30}auf (?:der produktseite|amazon)',
      'bewertungs(?:link|seite|formular|anfrage|aufforderung)',
    ],
    incentive: [
      '(?:kleine[ns]? |kostenlose[ns]? |gratis |besondere[ns]? |nette[ns]? |exklusive[ns]? )*(?:geschenk\\p{L}{0,2}|präsent\\p{L}{0,2}|überraschung\\p{L}{0,2}|überraschungs\\p{L}{2,10}|gratisprobe|gratisartikel|warenprobe|probepackung|zugabe|bonus|prämie|belohnung|goodie\\p{L}{0,2})',
      '(?:als|ein|zum) (?:kleines |besonderes )?(?:dankeschön|dank|gegenleistung|belohnung)',
      '(?:im austausch|als gegenleistung|zum ausgleich dafür)',
      'gratis',
      'kostenlos\\p{L}{0,3}',
      'umsonst',
      'geschenkt',
      '(?:amazon-?)?gutschein\\p{L}{0,4}',
      'rabatt\\p{L}{0,4}',
      '(?:preis)?nachlass',
      'vergünstig\\p{L}{0,4}',
      '(?:teil|rück)?erstattung\\p{L}{0,2}',
      'erstatt\\p{L}{1,4}',
      'geld zurück',
      'cashback',
      'gutschrift',
      AMOUNT,
      '€ ?\\d{1,4}',
      '(?:garantieverlängerung|verlängerte garantie)',
      'paypal',
    ],
    pressure: [
      '(?:nur eine|keine|eine letzte) chance',
      'überleben\\p{L}{0,2}',
      'existenz\\p{L}{0,6}',
      '(?:hängt|hängen|abhängig) (?:\\p{L}+ ){0,4}(?:von|an) (?:ihrer|ihren|ihrem|deiner|deinen|jeder|jedem|guten|positiven|den|kundinnen|kunden)',
      'wie lange wir (?:noch )?(?:\\p{L}+ )?(?:weitermachen|durchhalten|existieren|bestehen|überleben)',
      '(?:unser|unseren|mein|meinen) (?:\\p{L}+ ){0,2}(?:laden|shop|geschäft|betrieb|unternehmen|familienbetrieb|kleinbetrieb|team)(?: \\p{L}+){0,3} (?:schließen|aufgeben|zumachen|dichtmachen)',
      '(?:mein|meinen|unser|unseren|unsere) (?:job|jobs|arbeitsplatz|arbeitsplätze|lebensunterhalt|einkommen)',
      '(?:ohne|keine) (?:ihre|deine|gute|positive|weitere|mehr) (?:\\p{L}+ )?(?:bewertung\\p{L}{0,2}|rezension\\p{L}{0,2}|sterne|rückmeldung|feedback|unterstützung)',
      '(?:wir )?(?:brauchen|benötigen) (?:dringend |wirklich )?(?:ihre|deine|mehr|gute|positive) (?:\\p{L}+ )?(?:bewertung\\p{L}{0,2}|rezension\\p{L}{0,2}|sterne|feedback|unterstützung)',
      'bitte (?:helfen|unterstützen) sie (?:uns|einem|unserem|unser)',
      '(?:unterstützen|helfen) sie (?:uns|einen kleinen|unseren kleinen|einem kleinen)',
      '(?:uns )?mit (?:\\p{L}+ )?sternen unterstützen',
      'vergessen sie (?:bitte )?nicht,? (?:\\p{L}+ ){0,4}(?:zu )?(?:bewerten|bewertung|rezension)',
      '(?:sehr|extrem|unglaublich|so|enorm|lebens)(?: ?wichtig| entscheidend) (?:für|für uns|für unser|für einen kleinen)',
      'bedeute[tn] (?:uns |mir )?(?:alles|die welt)',
      'auf (?:\\p{L}+ ){0,3}(?:bewertungen|rezensionen|sterne|feedback|unterstützung) angewiesen',
      'wir (?:wären|sind|wäre|waren) (?:sehr |so |wirklich |ziemlich )?(?:traurig|enttäuscht)',
      '(?:erinnern (?:sie )?(?:noch einmal|nochmals|erneut)|(?:noch einmal|nochmals|erneut) (?:daran )?erinnern)',
      'warten (?:immer )?noch auf (?:ihre|eine|deine) (?:\\p{L}+ )?(?:bewertung|rezension|rückmeldung|feedback)',
      'noch (?:keine|nicht) (?:\\p{L}+ )?(?:bewertung|rezension) (?:abgegeben|geschrieben|hinterlassen)',
      '(?:gegen|neben) (?:die|den) (?:großen|großen marken|konzernen|konzerne)',
    ],
    writeWhat: [
      '(?:erwähnen|betonen|hervorheben|loben) (?:sie|du) (?:bitte|doch|gern|gerne)',
      '(?:bitte|gern|gerne|doch) (?:\\p{L}+ ){0,3}(?:erwähnen|hervorheben|betonen|loben)',
      '(?:zu erwähnen|hervorzuheben|zu betonen|zu loben)',
      '(?:erwähnen|betonen|hervorheben|loben|erwähnst|betonst) (?:würden|könnten|würdest|könntest)',
      '(?:schreiben sie|schreib|schreibe) (?:\\p{L}+ ){0,3}(?:dass|wie)',
      '(?:kopieren|einfügen|übernehmen|verwenden|nutzen|wiederholen|kopiere|kopier|einkopieren)(?: sie| du)? (?:\\p{L}+ ){0,4}(?:worte|wörter|sätze|text|zeilen|nachricht|formulierung|kompliment\\p{L}{0,2})',
      '(?:worte|wörter|sätze|text|zeilen|nachricht|formulierung)[^.!?\\n]{0,40}(?:kopieren|einfügen|übernehmen|hineinkopieren|einkopieren)',
      '(?:genau )?(?:diese|dieselben|die gleichen|die selben|ihre (?:netten|lieben|freundlichen|schönen)) (?:\\p{L}+ )?(?:sätze|worte|zeilen|wörter)',
      '(?:etwas|einen satz|ein paar worte) wie',
      'folgende[nr]? (?:text|satz|wortlaut|worte|zeilen)',
      'eins zu eins',
    ],
    contactAsk: [
      // "Nennen Sie uns bitte eine Handynummer", "Gib uns doch kurz deine Nummer".
      `(?:nennen|geben|schicken|senden|schreiben|verraten|hinterlassen|mailen|übermitteln|teilen|nenn|nenne|gib|schick|schicke|send|sende|schreib|verrat|verrate|hinterlass|teil|teile)(?: sie| du| ihr)? (?:uns|mir) (?:bitte |doch |kurz |gerne |gern |einfach |noch |dafür |hier )*${CONTACT_DETAIL}`,
      // "wenn Sie uns Ihre E-Mail-Adresse schicken" (not "an Ihre E-Mail-Adresse schicken").
      `(?<!(?:an|auf|über|unter) )${CONTACT_DETAIL} (?:(?!nicht )\\p{L}+ ){0,3}(?:zu )?(?:schicken|senden|geben|nennen|mitteilen|mitzuteilen|hinterlassen|zukommen lassen|verraten|durchgeben|schickst|sendest|gibst|nennst|mitteilst)`,
      '(?:wie|was) (?:lautet|ist) (?:ihre|deine|eure) (?:\\p{L}+ )?(?:e-?mail(?:-?adresse)?|handynummer|telefonnummer|mobilnummer|nummer|rufnummer|whats ?app-?nummer)',
      `(?:wir|ich) (?:benötigen|brauchen|bräuchten|bräuchte|benötigte|hätten gern|hätten gerne|hätte gern|hätte gerne|bitten um) (?:noch |dafür |kurz |bitte )*${CONTACT_DETAIL}`,
      'unter (?:welcher|der) (?:nummer|telefonnummer|handynummer|rufnummer) (?:\\p{L}+ ){0,3}(?:erreichen|anrufen|zurückrufen|kontaktieren)',
      '(?:ihre|deine) (?:\\p{L}+ )?(?:e-?mail-?adresse|handynummer|telefonnummer|mobilnummer),? (?:bitte|damit|dann|sodass|so dass|um)',
    ],
    deliveryContext: [
      '(?:paket|zustell|liefer|versand|kurier)dienst\\p{L}{0,3}',
      'spedition\\p{L}{0,3}',
      'fahrer\\p{L}{0,3}',
      'kurier\\p{L}{0,3}',
      'zusteller\\p{L}{0,3}',
      'zustell\\p{L}{0,6}',
      'liefer\\p{L}{0,8}',
      'anliefer\\p{L}{0,4}',
      'ausliefer\\p{L}{0,4}',
      '(?:dhl|dpd|ups|gls|hermes|fedex|post)',
      'versandetikett',
      '(?:auf|in|bei) (?:dem|der|ihrer) (?:paket|etikett|lieferschein|bestellung)',
    ],
    feedbackNotice: [
      // A statement ("..., können Sie das Feedback hier aktualisieren"), not a question or a plea.
      '(?:können|dürfen) (?![^.!?\\n]{0,120}\\?)(?:sie|du) (?:(?!bitte )\\p{L}+ ){0,5}(?:ihr|ihre|ihren|das|die|dein|deine) (?:\\p{L}+ ){0,2}(?:feedback|verkäuferbewertung|verkäufer-feedback|händlerbewertung)(?:(?!bitte )[^.!?\\n]){0,30}(?:aktualisieren|ändern|anpassen|entfernen|löschen|überarbeiten)',
      'es (?:ist|besteht) (?:\\p{L}+ ){0,2}(?:möglich|die möglichkeit),? (?:\\p{L}+ ){0,6}(?:feedback|verkäuferbewertung|händlerbewertung)[^.!?\\n]{0,30}(?:zu )?(?:aktualisieren|ändern|entfernen|überarbeiten|löschen)',
      '(?:die )?möglichkeit,? (?:\\p{L}+ ){0,6}(?:feedback|verkäuferbewertung|händlerbewertung)[^.!?\\n]{0,30}(?:zu )?(?:aktualisieren|ändern|entfernen|überarbeiten|löschen)',
      '(?:wenn|falls) (?:sie|du) (?:\\p{L}+ ){0,4}(?:zufrieden|der meinung|der ansicht|den eindruck haben)(?: sind| bist)?,? (?:dass )?(?:wir|ihr anliegen|das problem|die angelegenheit|dein anliegen)[^.!?\\n]{0,60}(?:gelöst|behoben|geklärt|erledigt)',
      '(?:wenn|falls|nachdem) wir (?:\\p{L}+ ){0,4}(?:anliegen|problem|angelegenheit) (?:\\p{L}+ ){0,4}(?:gelöst|behoben|geklärt)',
    ],
    settlement: [
      'ersatz\\p{L}{0,8}',
      '(?:aus|um)tausch\\p{L}{0,4}',
      'neue[nsrm]? (?:exemplar|gerät|artikel|lieferung|paket|ware|teil|sendung)',
      'entschuldig\\p{L}{0,4}',
      'tut (?:uns|mir) (?:sehr |wirklich |aufrichtig )?leid',
      'bedauer\\p{L}{0,4}',
      'beschädig\\p{L}{0,4}',
      'defekt\\p{L}{0,3}',
      'kaputt\\p{L}{0,3}',
      '(?:fehlt|fehlen|fehlend\\p{L}{0,2})',
      'falsch\\p{L}{0,3}',
      'verspät\\p{L}{0,4}',
      'verzöger\\p{L}{0,4}',
      'verloren',
      'unannehmlichkeit\\p{L}{0,2}',
      'rücksend\\p{L}{0,4}',
      'retoure\\p{L}{0,2}',
      '(?:zurücksenden|zurückschicken)',
      'problem\\p{L}{0,2}',
      'reklamation\\p{L}{0,2}',
      '(?:mangel|mängel)',
      'wiedergutmachung',
      '(?:ihr|dein) anliegen',
    ],
  },

  amazonFeedbackNotice:
    'Wenn Sie der Ansicht sind, dass wir Ihr Anliegen zu Ihrer Zufriedenheit gelöst haben, können Sie das ursprünglich abgegebene Feedback hier aktualisieren oder entfernen.',

  courtesy: {
    thanks: [
      '(?:vielen |herzlichen |recht herzlichen |ganz herzlichen |tausend |lieben )?(?:dank|danke)(?: schön| sehr| nochmals| nochmal)?(?: (?:für|zu) (?:ihr|ihre[nm]?|dein|deine[nm]?|die|den|das) (?:\\p{L}+ )?(?:bestellung|einkauf|kauf|vertrauen|geduld|treue|interesse)(?: und (?:ihr|ihre[nm]?|dein|deine[nm]?|die|den|das) (?:\\p{L}+ )?(?:bestellung|einkauf|kauf|vertrauen|geduld|treue))?)?',
      '(?:danke|vielen dank|herzlichen dank),? dass (?:sie|du|ihr) (?:sich |dich |euch )?(?:\\p{L}+ ){0,3}(?:bestellt|gekauft|eingekauft|entschieden|gewählt|vertraut)(?: hast| haben| habt)?',
      'wir (?:bedanken uns|danken ihnen|danken dir) (?:herzlich |recht herzlich |sehr )?(?:für (?:ihr|ihre[nm]?|dein|deine[nm]?|die) (?:\\p{L}+ )?(?:bestellung|einkauf|kauf|vertrauen))?',
      'wir freuen uns,? dass (?:sie|du) (?:sich |dich )?für (?:uns|unser(?:e|en)? \\p{L}+) entschieden (?:haben|hast)',
      'schön,? dass (?:sie|du) (?:bei uns )?(?:bestellt|eingekauft|gekauft) (?:haben|hast)',
    ],
    padding: [
      '(?:hallo|guten tag|guten morgen|guten abend|liebe[rs]?|sehr geehrte[rs]?|servus|moin|hi|hey|grüß gott|grüezi)(?: (?:herr|frau|dr\\.?))?(?: [\\p{L}\'-]{1,20}){0,2}',
      'sehr geehrte damen und herren',
      '(?:mit )?(?:freundlichen|besten|herzlichen|lieben|viele|sonnigen|sportlichen|schönen) grüßen?(?: aus (?:dem |der )?\\p{L}+)?',
      '(?:viele|beste|liebe|herzliche|sonnige|sportliche|schöne|freundliche) grüße(?: aus (?:dem |der )?\\p{L}+)?',
      '(?:alles liebe|alles gute|bis bald|bis dann|tschüss|ciao|cheers|von herzen|herzlichst|gruß)',
      '(?:ihr|ihre|das|dein|deine|euer) (?:\\p{L}+ ){0,2}(?:team|kundenservice|kundendienst|shop|support|serviceteam)',
      '(?:kundenservice|kundendienst|serviceteam|team)(?: von)?',
      'mein name ist \\p{L}+(?: \\p{L}+)?',
      '(?:wir wünschen|ich wünsche) (?:ihnen|dir|euch) (?:\\p{L}+ ){0,3}(?:viel (?:freude|spaß)|einen schönen tag|alles gute|eine schöne zeit|gute fahrt|einen guten start|viel vergnügen)[^.!?\\n]{0,80}',
      'viel (?:freude|spaß|vergnügen) (?:mit|beim|damit|an)[^.!?\\n]{0,60}',
      '(?:einen )?schöne[nr]? (?:tag|woche|wochenende|abend|sonntag)(?: noch)?',
      'genießen sie (?:ihren|ihre|ihr|den|die|das) [^.!?\\n]{0,40}',
      '(?:wir|ich) (?:haben uns|habe mich|freuen uns|freue mich) (?:riesig |sehr |total |wahnsinnig |wirklich |so |sehr darüber )?(?:gefreut|darüber)',
      '(?:wir|ich) freuen? (?:uns|mich) (?:sehr |riesig )?,? (?:sie|dich) als (?:\\p{L}+ )?kund(?:en|in|e) (?:zu haben|begrüßen zu dürfen)',
      '(?:wir )?hoffen,? (?:dass )?(?:ihnen|dir|euch|sie|du) (?:\\p{L}+ ){0,5}(?:gefällt|gefallen|freude (?:macht|bereitet|haben)|spaß (?:macht|haben)|zufrieden)[^.!?\\n]{0,60}',
      '(?:wir hoffen|ich hoffe|hoffentlich),? (?:dass )?(?:ihr|ihre|dein|deine|der|die|das) (?:\\p{L}+ ){0,4}(?:ihnen|dir) (?:\\p{L}+ ){0,2}(?:gefällt|gefallen|freude macht)[^.!?\\n]{0,40}',
      '(?:bei|für) (?:fragen|rückfragen|problemen)(?: (?:oder|und) (?:anliegen|problemen|fragen|wünschen))?(?: stehen wir (?:ihnen )?(?:jederzeit |gerne |gern )*zur verfügung)?',
      'stehen wir (?:ihnen )?(?:jederzeit |gerne |gern )*zur verfügung',
      '(?:melden|wenden) sie sich (?:gerne|gern|jederzeit)(?: bei uns| an uns)?',
      'wir sind (?:jederzeit |gerne |gern |immer )*für sie da',
      'für alle (?:\\p{L}+ )?(?:anliegen|fragen) (?:rund um|zu) (?:ihre|deine|ihren|deinen) (?:\\p{L}+ )?(?:bestellung|einkauf|kauf)(?: \\d{3}-\\d{7}-\\d{7})?',
      'egal,? (?:worum|was|wann) es (?:geht|ist)',
      '(?:und )?viele (?:gemütliche|schöne|tolle) (?:stunden|momente|jahre)[^.!?\\n]{0,30}',
    ],
    confirmation: [
      'ihre (?:bestellung|sendung|lieferung|ware|artikel|paket)(?: \\d{3}-\\d{7}-\\d{7})? (?:wurde|ist) (?:heute |soeben |bereits |gerade )?(?:versendet|verschickt|versandt|bestätigt|abgeschickt|an den versanddienstleister übergeben|unterwegs|auf dem weg)',
      'wir haben ihre (?:bestellung|sendung|ware|artikel|paket) (?:heute |soeben |bereits )?(?:versendet|verschickt|versandt|bestätigt)',
      '(?:sie|es|die sendung|das paket|ihre bestellung) (?:wird|sollte) (?:voraussichtlich )?(?:am|bis|in|innerhalb)[^.!?\\n]{0,40}(?:ankommen|eintreffen|zugestellt werden|geliefert werden|bei ihnen sein)',
      'ihre sendungsnummer (?:lautet|ist)[^.!?\\n]{0,60}',
      'bestellbestätigung',
      'ihre (?:bestellung|sendung|lieferung|ware|artikel|paket)(?: \\d{3}-\\d{7}-\\d{7})? (?:wurde|ist)[^.!?\\n]{0,40}(?:versendet|verschickt|versandt|unterwegs|übergeben)',
      '(?:ihre|deine) (?:bestellung|sendung|lieferung|paket|ware)(?: \\d{3}-\\d{7}-\\d{7})? (?:wurde|ist) (?:\\p{L}+ ){0,3}(?:zugestellt|ausgeliefert)',
      '(?:laut (?:\\p{L}+ )?\\p{L}+ )?wurde (?:ihre|deine|ihr|dein) (?:bestellung|sendung|paket|lieferung)(?: \\d{3}-\\d{7}-\\d{7})? (?:\\p{L}+ ){0,2}(?:zugestellt|versendet|verschickt|geliefert|ausgeliefert)',
      'voraussichtliche (?:zustellung|lieferung)',
      'versandbestätigung',
      'sendungsnummer:?',
    ],
    signOffs: [
      '(?:mit )?(?:freundlichen|besten|herzlichen|lieben|vielen|sonnigen|sportlichen) grüßen',
      '(?:viele|beste|liebe|herzliche|freundliche|sonnige|sportliche|schöne) grüße',
      'alles liebe', 'alles gute', 'bis bald', 'mfg', 'lg', 'vg', 'gruß', 'herzlichst',
    ],
    checkIns: [
      '(?:wir wollten|ich wollte|wir möchten|ich möchte|wollten|wollte) (?:\\p{L}+ ){0,3}(?:nachhören|nachfragen|fragen|sichergehen|wissen|erkundigen|prüfen|checken),? (?:\\p{L}+ ){0,2}ob [^.!?\\n]{0,80}(?:angekommen|eingetroffen|zugestellt|geliefert|erhalten|bekommen|gut gegangen|in ordnung|alles gut|alles passt|gefällt)',
      `(?:ist|sind) (?:ihre|ihr|deine|dein|die|das|der|alles) (?:\\p{L}+ ){0,2}(?:${PARCEL} )?(?:\\p{L}+ ){0,3}(?:angekommen|eingetroffen|zugestellt)\\s?\\?`,
      `(?:haben|hast) (?:sie|du) (?:ihre|deine|das|die|den|ihr|dein) (?:\\p{L}+ ){0,2}${PARCEL} (?:\\p{L}+ ){0,2}(?:erhalten|bekommen)\\s?\\?`,
      `(?:wir hoffen|ich hoffe|hoffentlich),? (?:dass )?(?:ihre|deine|das|die|der|ihr|dein) (?:\\p{L}+ ){0,4}(?:angekommen|eingetroffen) (?:ist|sind)`,
      'alles (?:gut |heil |sicher |wohlbehalten )?angekommen\\s?\\?',
      'wie (?:gefällt|gefallen) (?:ihnen|dir|euch) (?:\\p{L}+ ){0,4}\\p{L}+\\s?\\?',
      '(?:melde|melden) (?:mich|uns) (?:nur )?(?:kurz|mal),? um (?:zu (?:fragen|hören)|nachzufragen|nachzuhören)',
      '(?:nur )?(?:kurz |mal )?nachfragen,? (?:ob|wie) [^.!?\\n]{0,60}(?:angekommen|gefällt|zufrieden|alles)',
    ],
    helpOffers: [
      'wir sind (?:jederzeit |gerne |gern |immer )*für sie da',
      '(?:ich bin|wir sind|ich stehe|wir stehen) (?:\\p{L}+ ){0,3}(?:für sie|für dich|für euch) da',
      'stehen (?:wir )?(?:ihnen )?(?:jederzeit |gerne |gern )*zur verfügung',
      '(?:ich stehe|stehe ich) (?:ihnen )?(?:jederzeit |gerne |gern )*zur verfügung',
      '(?:bei|für) (?:fragen|rückfragen)',
      'helfen (?:ihnen |dir )?(?:jederzeit |gerne |gern )+(?:weiter)?',
      '(?:ich bin|wir sind) (?:ab (?:heute|sofort|jetzt) |von nun an |ab jetzt |ihre? |deine? )*(?:ihr|ihre|dein|deine|euer|eure) (?:\\p{L}+ ){0,2}(?:ansprechpartner(?:in)?|ansprechperson|kontaktperson|betreuer(?:in)?|kundenbetreuer(?:in)?|berater(?:in)?|servicepartner(?:in)?|support)',
      '(?:zögern sie nicht|zögere nicht),? (?:\\p{L}+ ){0,3}(?:zu kontaktieren|zu melden|sich (?:bei uns )?zu melden|uns zu schreiben)',
      '(?:sie können|du kannst) (?:sich |dich )?(?:jederzeit |gerne |gern )+(?:an uns wenden|bei uns melden|uns schreiben|uns kontaktieren)',
    ],
    purpose: [
      'leider', 'entschuldig\\p{L}{0,4}', 'beschädigt\\p{L}{0,2}', 'defekt\\p{L}{0,2}', 'kaputt', 'fehl(?:t|en|ende[nr]?)',
      'falsch\\p{L}{0,2}', '(?<!(?:bei|oder|und|sie|du) )problem\\p{L}{0,2}', 'verzöger\\p{L}{0,4}', 'verspät\\p{L}{0,4}', 'nicht (?:mehr )?(?:vorrätig|lieferbar)',
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
    address: [
      '(?:liefer|versand|post|rechnungs)?adresse\\p{L}{0,2}', 'anschrift', 'hausnummer', 'postleitzahl', 'plz', 'straßenname',
      'adress(?:angabe|zusatz|daten|änderung)\\p{L}{0,2}', 'briefkasten', 'klingel\\p{L}{0,6}', 'c/o', 'packstation',
      '(?:un)?zustellbar', 'empfänger\\p{L}{0,3}', 'hinterhaus', 'etage',
    ],
    deliveryScheduling: [
      'liefertermin', '(?:termin|zustelltermin|anlieferung) (?:vereinbaren|abstimmen)', 'termin\\p{L}{0,2}', 'zeitfenster',
      'liefer(?:tag|tage|fenster|zeit|datum|wunsch|termine)\\p{L}{0,2}', 'zustell(?:termin|tag|fenster|versuch|zeit)\\p{L}{0,2}',
      'wunschtermin', 'spedition\\p{L}{0,3}', 'anlieferung', 'monteur\\p{L}{0,2}', 'montage\\p{L}{0,4}', 'aufbau\\p{L}{0,6}', 'aufzubauen',
      'fahrer\\p{L}{0,2}', '(?:zwischen|gegen|ab|um|bis) \\d{1,2}(?::\\d{2})? (?:und \\d{1,2}(?::\\d{2})? )?uhr', 'zu hause',
      'welche[rs]? (?:tag|termin|uhrzeit|zeit) (?:passt|ihnen|dir)', 'ablageort', 'abstellort', 'abstellgenehmigung',
    ],
    customization: [
      'gravur\\p{L}{0,6}', 'gravieren', 'mitgraviert', 'personalisier\\p{L}{0,4}', 'individualisier\\p{L}{0,4}', 'individuell', 'wunschtext',
      'wunschname', 'ihr design', 'entwurf\\p{L}{0,2}', 'entwürfe', 'vorschau\\p{L}{0,2}', 'druckvorlage', 'druckdatei', 'korrekturabzug',
      'layout\\p{L}{0,2}', 'schriftart', 'schriftfarbe', 'schriftzug', 'schreibweise', 'bestick\\p{L}{0,4}', 'stickerei', 'flock\\p{L}{0,4}',
      'beflock\\p{L}{0,4}', 'aufdruck\\p{L}{0,2}', 'bedruck\\p{L}{0,4}', 'drucken', 'gedruckt', 'foto(?:s|buch|tasse|leinwand|druck)?',
      'hochgeladen\\p{L}{0,2}', 'hochladen', 'maßanfertigung', 'nach maß', '\\p{L}{0,10}maße', 'zuschnitt', 'vormontier\\p{L}{0,4}',
      'anfertigung', 'farbton', 'farbwahl', 'initialen', 'monogramm\\p{L}{0,3}', 'freigabe', 'motiv\\p{L}{0,2}',
    ],
    review: [REVIEW],
    problem: [
      'leider', 'entschuldig\\p{L}{0,4}', 'tut (?:uns|mir) (?:sehr |wirklich |aufrichtig )?leid', 'bedauer\\p{L}{0,4}',
      'beschädig\\p{L}{0,4}', 'schaden\\p{L}{0,4}', '\\p{L}{2,12}schaden', 'schäden', 'defekt\\p{L}{0,3}', 'kaputt\\p{L}{0,3}',
      '(?:zer)?brochen', 'sprung', 'riss\\p{L}{0,2}', 'kratzer\\p{L}{0,2}', 'delle\\p{L}{0,2}', 'verbeult\\p{L}{0,2}',
      '(?:fehlt|fehlen|fehlend\\p{L}{0,2})', 'falsch\\p{L}{0,3}', 'verwechs\\p{L}{0,4}', 'verzöger\\p{L}{0,4}', '\\p{L}{2,12}verzögerung',
      'verspät\\p{L}{0,4}', 'rückstau', 'verloren', 'vermisst', 'nicht (?:mehr )?(?:vorrätig|lieferbar|auf lager|verfügbar)',
      'ausverkauft', 'vergriffen', 'lieferengpass', 'rückruf\\p{L}{0,4}', 'sicherheit\\p{L}{0,8}', 'betroffen\\p{L}{0,2}',
      'problem\\p{L}{0,2}', 'fehler\\p{L}{0,2}', '\\p{L}{2,12}fehler', 'mangel', 'mängel', 'reklamation\\p{L}{0,2}',
      '(?:rück|teil)?erstatt\\p{L}{0,4}', 'ersatz\\p{L}{0,6}', 'austausch\\p{L}{0,2}', 'umtausch', 'storn\\p{L}{0,6}', 'zoll\\p{L}{0,2}',
      '(?:funktioniert|geht|lädt|startet) nicht', 'nicht (?:zugestellt|angekommen|geliefert|versendet|ausführen)', 'abweich\\p{L}{0,4}',
      'weicht', 'unterlaufen', 'versehen\\p{L}{0,2}', 'irrtum', 'überhitz\\p{L}{0,4}', 'erwärm\\p{L}{0,4}', 'undicht',
      'ausgelaufen', 'nicht mehr (?:versenden|liefern|ausführen|herstellen)', 'stoppen sie',
    ],
  },
};
