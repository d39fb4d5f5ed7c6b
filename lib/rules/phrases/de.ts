/** German phrases. Syntax: see ./types.ts. */
import type { PhraseBook } from './types.ts';
import { spelledPhone } from './numbers.ts';
import { refusedOffers, refusedOutside, refusedWays, type RefusalWords } from './refusals.ts';

/** Bewertung, Rezension, Feedback, Sterne (with German's compounds: Produktbewertung). */
const REVIEW =
  '(?:(?:produkt|kunden|verkäufer|händler|amazon-?|sterne)?(?:bewertung|rezension|beurteilung)(?:en)?|(?:verkäufer-?)?feedbacks?)';
const INCENTIVE_WORDS =
  '(?:kostenlos\\p{L}{0,3}|gratis\\p{L}{0,10}|umsonst|rabatt\\p{L}{0,6}|gutschein\\p{L}{0,6}|geschenk\\p{L}{0,6}|(?:teil)?rückerstattung|erstatt\\p{L}{0,4}|geld zurück|geld|prämie|belohnung)';
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
  '(?:(?:ihre|eine|deine|die|eure|ihr|dein) (?:\\p{L}+ )?(?:e-?mail-?adresse|mail-?adresse|handy-?nummer|telefon-?nummer|mobil(?:funk)?-?nummer|rufnummer|rückrufnummer|festnetz-?nummer|whats ?app-?nummer|kontaktdaten)|(?:ihre|deine|eure|ihr|dein) (?:private |persönliche |direkte |aktuelle )?(?:nummer|handy|e-?mail))';
/** Cancelling, as sellers write it (including the anglicism "canceln"). */
const CANCEL = '(?:stornieren|canceln|cancelen|cancellen|annullieren)';
/** A gap within one clause that does not pass the seller's own "wir"/"ich" (the seller cancelling) nor a condition. */
const CLAUSE = '(?:(?!wir |ich |ob |falls |wenn |sofern )[^.!?,;:\\n]){0,60}';
/** The order, parcel, item: what arrives. */
const PARCEL = '(?:bestellung|paket|päckchen|sendung|lieferung|ware|artikel|\\p{L}{0,20}paket)';

/** A way of paying or a messenger named only to refuse it (refusals.ts). */
const REFUSALS: RefusalWords = {
  ways: ['überweisung\\p{L}*', 'banküberweisung\\p{L}*', 'überweisen', 'iban', 'bankverbindung', 'kontodaten', 'bargeld', 'barzahlung', 'in bar', 'bar', 'nachnahme', 'vorkasse', 'kauf auf rechnung'],
  joiners: [',', ',? oder', ',? und', ',? noch', ',? bzw\\.'],
  negations: ['nicht', 'kein\\p{L}*', 'nie', 'niemals', 'weder', 'ohne'],
  refusals: ['nicht (?:\\p{L}+ ){0,2}(?:möglich|anbieten|annehmen|akzeptieren|nötig|notwendig|erforderlich|vorgesehen|erlaubt|zulässig|nutzen|verwenden|an)', '(?:geht|klappt) (?:leider )?nicht', 'ist (?:leider )?(?:keine option|ausgeschlossen)', '(?:können|nehmen|akzeptieren|nutzen|verwenden|bieten) wir (?:\\p{L}+ ){0,3}(?:nicht|keine?\\p{L}*)', 'brauch\\p{L}* (?:\\p{L}+ ){0,3}(?:nicht|kein\\p{L}*)', '(?:geht|klappt|funktioniert) (?:es|das) (?:leider )?nicht', '(?:\\p{L}+ ){0,2}(?:also |bitte |dann )?nichts'],
  reported: ['(?:sie|du) (?:hatten|hattest|haben|hast) (?:uns |mich )?(?:angeboten|gefragt|vorgeschlagen|geschrieben|angefragt)', '(?:hatten|haben|hattest|hast) (?:\\p{L}+ ){0,2}(?:angeboten|gefragt|vorgeschlagen)', '(?:sie|du) (?:fragten|fragtest|fragen|fragst|boten|botest|schrieben|schriebst|wollten wissen|möchten wissen|wollen wissen)', '(?:ihre|deine|ihrer|deiner|ihren|deinen) (?:frage|anfrage|nachricht|vorschlag|angebot)'],
  acknowledged: ['ich verstehe,? dass', 'ich kann verstehen,? dass', 'danke,? dass (?:sie|du)'],
  neverAsk: ['(?:niemals|nie) (?:\\p{L}+ ){0,3}(?:bitten|auffordern|verlangen|fragen)', '(?:bitten|fordern) (?:sie|dich) (?:niemals|nie)', 'werden (?:sie|dich) (?:niemals|nie)'],
  prepositions: ['per', 'über', 'via', 'mit', 'durch', 'gegen', 'auf'],
};
const OUTSIDE_AMAZON = 'außerhalb (?:von )?amazon\\p{L}*';

/** A discount code or a better price the buyer asked for, refused (refusals.ts refusedOffers). */
const OFFERS = ['rabatt(?:code|gutschein)s?', 'rabatte', 'rabatt', 'gutschein(?:code)?s?', 'gutscheine', 'coupons?', 'aktionscodes?', 'sonderpreise?', 'preisnachlass', 'nachlass', 'besseren preis'];

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
      'unsere[rnm]? amazon-?(?:seite|shop|store|markenseite)',
      '(?:viele |die meisten )?(?:kunden|käufer|kundinnen|käuferinnen) (?:\\p{L}+ ){0,4}(?:auch|gleich|zusätzlich|oft|gern|gerne) (?:unsere[nmrs]?|den passenden|die passende|das passende)',
      'suchen sie (?:\\p{L}+ ){0,3}(?:auf|bei) amazon (?:\\p{L}+ ){0,2}nach',
      '(?:auf|bei) amazon (?:\\p{L}+ ){0,2}nach [^.!?\\n]{1,30}(?:suchen|eingeben)',
      '\\d{1,3} ?% (?:rabatt|nachlass|ermäßigung|reduziert|günstiger|sparen)',
      '(?:rabatt|gutschein|aktions|promo|code|vorteils)codes?',
      '(?:rabatt|gutschein|promo|aktions) code',
      '(?:einen|ihren|unseren|exklusiven) (?:\\d{1,3} ?% )?(?:gutschein|rabatt)',
      'gutschein (?:für|auf) (?:ihre|ihren|die) (?:nächste|nächsten)',
      '(?:bei|auf|für) (?:ihre|ihren|ihrer|deine|deinen|deiner|die) (?:nächste|nächsten) (?:bestellung|einkauf|kauf)',
      'sparen (?:sie |du )?(?:bis zu )?\\d{1,3} ?%',
      'sparen (?:sie |du )?bis zu \\d{1,4} ?(?:€|euro)',
      '(?:beim|bei ihrem|bei deinem) nächsten (?:einkauf|kauf|bestellen)',
      '(?:sommer|winter|oster|weihnachts|black[- ]friday|mid[- ]season)[- ]?(?:schluss)?(?:sale|ausverkauf)',
      '(?:schlussverkauf|rabattaktion(?:en)?|räumungsverkauf)',
      '\\p{L}{2,12}(?:schlussverkauf|rabattaktion|räumungsverkauf)',
      '(?:unser|unsere|unseren) (?:aktuelle[nr]? )?(?:angebote?|aktion(?:en)?|sonderangebot(?:e)?)',
      '(?:sonder|spar|top|exklusiv|tages|wochen)angebote?',
      'zeitlich begrenzt(?:es|en)? angebot',
      'schnäppchen',
      '(?:erneut|wieder) bei uns (?:kaufen|bestellen|einkaufen)',
      '(?:gerne?|jederzeit|bald) (?:wieder|erneut) (?:bei uns )?(?:kaufen|bestellen|einkaufen)',
      'wieder bei uns',
      // Reordering: "Nachbestellen geht mit einem Klick", "einfach wieder bestellen".
      '(?:nachbestellen|nachkaufen|wiederbestellen) (?:geht|können sie|kannst du|ist|lohnt)',
      '(?:jetzt|einfach|bequem|gleich|schnell) (?:nachbestellen|nachkaufen|wiederbestellen)',
      'mit einem klick (?:nach|wieder)?(?:bestellen|kaufen)',
      '(?:unsere|unser) (?:neue[ns]?|weitere[ns]?|anderen?|gesamte[ns]?) (?:\\p{L}{0,12}kollektion|produkte|artikel|sortiment|modelle)',
      '(?:unser|unseren|unserem) (?:komplette[ns]?|gesamte[ns]?|ganze[ns]?|vollständige[ns]?|restliche[ns]?|breite[ns]?) (?:sortiment|angebot|produktpalette|auswahl)',
      'die (?:ganze|gesamte|komplette) auswahl (?:finden sie|gibt es|sehen sie|entdecken sie)',
      'unsere (?:ganze|gesamte|komplette) auswahl',
      'neue kollektion',
      '(?:besuchen|entdecken|stöbern)(?: sie)? (?:gerne )?(?:auch )?(?:in )?(?:unsere[nm]?|unser) (?:\\p{L}+[- ])?(?:shop|store|markenshop|sortiment|onlineshop|webshop)',
      'schauen sie (?:gern |gerne |doch |mal |einfach ){0,3}(?:auf|in|bei) (?:unserer|unserem|unseren|unsere) (?:\\p{L}+[- ])?(?:seite|shop|store|website|markenshop|profil) vorbei',
      'sortiment (?:umfasst|bietet|hat) (?:\\p{L}+ ){0,3}(?:weitere|viele|noch mehr|zahlreiche)',
      // "Schauen Sie sich den Rest unseres Sortiments an": an invitation to see other products (G1701).
      '(?:rest|übrige[ns]?|restliche[ns]?) (?:\\p{L}+ )?(?:unseres|unserer|unser) (?:\\p{L}+ )?(?:sortiments?|kollektion|produktpalette|angebots|shops|produkte)',
      // Referral schemes: "Wer uns weiterempfiehlt, bekommt 10 Euro".
      '(?:wer|wenn sie|wenn du|falls sie) uns (?:\\p{L}+ )?weiter(?:zu)?empf\\p{L}{2,7}',
      '(?:für|pro) jede (?:\\p{L}+ )?empfehlung',
      '(?:auf|für|bei) den nächsten (?:einkauf|kauf)',
      'passende[ns]? (?:\\p{L}+ ){0,2}(?:gibt es|haben wir|bieten wir|führen wir) (?:\\p{L}+ ){0,2}(?:auch|ebenfalls|außerdem|übrigens|in unserem|bei uns|im sortiment)',
      '(?:demnächst|bald|ab sofort) (?:auch )?(?:neu |erhältlich |bei uns )',
      '(?:kostenlose[rn]?|gratis) (?:versand|lieferung) (?:ab|für|bei|auf) (?:ihre[rn]? |die |der |den )?nächste',
      'neuheit(?:en)? (?:aus|in|bei|von) (?:unserem|unserer|unser)',
      'schauen sie (?:gerne |gern |doch )?(?:auch )?(?:mal )?(?:in |bei )?(?:unsere[nm]?|unser) (?:\\p{L}+[- ])?(?:shop|store|sortiment|produkte|markenshop)',
      '(?:finden|entdecken) sie (?:dort |hier |bei uns )?(?:auch )?(?:weitere|noch mehr|viele weitere|viele andere|unsere anderen) (?:\\p{L}+ )?(?:farben|modelle|produkte|artikel|designs|varianten|motive|sorten)',
      'kennen (?:sie|du) (?:schon|bereits) (?:unsere?n?|die neue[nr]?|das neue)',
      '(?:passt|passen) (?:übrigens|auch|ebenfalls) (?:\\p{L}+ )?(?:unser|unsere|unseren) (?:\\p{L}+[- ]){1,3}(?:perfekt|ideal|wunderbar|super|toll|hervorragend|bestens)',
      '(?:sichern sie sich|nutzen sie|profitieren sie von) (?:jetzt |noch |gleich ){0,4}(?:unser|unsere|unseren|das|die|den) (?:\\p{L}+ )?(?:\\p{L}{0,12}angebot\\p{L}{0,2}|aktion\\p{L}{0,2}|rabatt\\p{L}{0,2}|gutschein\\p{L}{0,2}|vorteil\\p{L}{0,2})',
      '(?:herbst|sommer|winter|frühlings|frühjahrs|oster|weihnachts|neujahrs|jubiläums|einführungs|treue|neukunden)(?:angebot|aktion|rabatt)\\p{L}{0,2}',
      'als (?:stammkunde|stammkundin|vip-kunde|vip-kundin|treuer kunde|treue kundin)',
      'jetzt neu:',
      '(?:jetzt |ganz )?neu (?:bei uns|im sortiment|in unserem (?:\\p{L}+-?)?(?:shop|sortiment|store))(?! (?:eingegangen|angekommen|eingetroffen))',
      'neu (?:im|in unserem) sortiment',
      '(?:schauen|sehen) sie sich (?:gerne |gern |doch |auch |mal |einfach ){0,4}(?:unsere[nm]?|unser|weitere|andere) (?:\\p{L}+ )?(?:produkte|artikel|angebote|sortiment|kollektion|modelle|designs|shop|store)',
      '(?:schau|schaut|stöber|stöbere) (?:doch |gerne |gern |mal |auch ){0,4}(?:in |bei )?(?:unsere[nm]?|unser) (?:\\p{L}+ )?(?:shop|store|sortiment|produkte)',
      'werfen sie (?:doch |gerne |gern |mal |auch ){0,4}(?:einen )?blick (?:in|auf) (?:unsere[nm]?|unser)',
      'stöbern sie',
      // Other products, offered in passing: "Wir haben auch viele andere schöne Produkte".
      '(?:wir haben|wir führen|wir bieten|wir verkaufen|wir fertigen|wir produzieren|wir machen|wir stellen|es gibt) (?:jetzt |bei uns ){0,4}(?:(?:übrigens|außerdem|ebenfalls|noch|auch) ){1,4}(?:viele |zahlreiche |weitere |andere |passende |neue |tolle |schöne |noch mehr ){1,4}(?:\\p{L}+ ){0,2}(?:produkte|artikel|modelle|designs|kollektionen|accessoires|sorten|motive)',
      '(?:wir haben|wir führen|wir bieten|wir verkaufen|wir fertigen|wir produzieren|wir machen|wir stellen|es gibt) (?:jetzt |übrigens |außerdem |ebenfalls |noch |auch |bei uns ){0,4}(?:viele |zahlreiche |tolle |schöne |noch mehr ){1,4}(?:\\p{L}+ ){0,2}(?:produkte|artikel|modelle|designs|kollektionen|accessoires|sorten|motive)',
      '(?:wir haben|wir führen|wir bieten|wir verkaufen|wir fertigen|es gibt) (?:jetzt |bei uns ){0,4}(?:(?:übrigens|außerdem|ebenfalls|noch|auch) ){1,4}(?:viele |zahlreiche |weitere |andere |passende |neue |noch mehr ){1,4}\\p{L}+ (?:im sortiment|in unserem (?:\\p{L}+-?)?(?:shop|sortiment|store)|bei amazon|zur auswahl)',
      '(?:auch|ebenfalls|außerdem|übrigens) (?:(?!nicht |kein\\p{L}{0,2} )\\p{L}+ ){0,3}(?:im|in unserem) sortiment',
      'im (?:gleichen|selben|passenden) (?:design|stil|look) (?:fertigen|gibt es|bieten|haben|führen|machen|produzieren) (?:wir )?(?:jetzt |nun |übrigens |ab sofort ){0,4}(?:auch|ebenfalls)',
      '(?:vielleicht|übrigens) interessiert (?:sie|dich)(?: auch| ebenfalls|:| (?:unser|unsere))',
      'das könnte (?:sie|dich) (?:auch |ebenfalls )?interessieren',
      'das könnte ihnen auch gefallen',
      'passend (?:dazu|zu ihre[mr]|zu deine[mr]) (?:\\p{L}+ ){0,3}(?:gibt es|bieten wir|empfehlen wir|haben wir (?:auch|noch|übrigens))',
      'newsletter',
      '(?:abonnieren|melden) sie sich (?:für|bei) unsere[nm]?',
      '(?:kundenclub|kundenclubs|vip-?(?:club|programm|kunde\\p{L}{0,2})|stammkunden(?:rabatt|programm|club))',
      'als erste[rn]? (?:von|über) (?:unseren |unsere )?(?:neue[nm]?|neuheiten|aktionen|angebote[nm]?|rabatte[nm]?|sonderangebote[nm]?)',
      'freunde werben',
      'empfehlungs(?:programm|bonus|link)',
      'folgen sie uns',
      'folg(?:e|t)? uns',
      '(?:auf|bei) (?:instagram|facebook|tiktok|pinterest|youtube)',
      '(?:instagram|facebook|tiktok|pinterest|youtube)-?(?:seite|kanal|profil|account|community)',
      '(?:verlosen|gewinnen sie)',
      'zu gewinnen (?:gibt es|sind|ist)',
      'gewinnspiel\\p{L}{0,2}',
      'verlosung\\p{L}{0,2}',
      '\\p{L}{2,12}verlosung\\p{L}{0,2}',
      'gewinnchance\\p{L}{0,2}',
      'treue(?:programm|punkte|bonus)',
      '(?:in|aus|bei) unserem (?:\\p{L}+[- ])?(?:shop|store|markenshop|onlineshop|webshop|online-shop)',
      'empfehlen sie uns (?:weiter|ihren freunden)',
      'für jeden (?:freund|kunden|neukunden),? de[rn]',
      // New arrivals: "Frisch eingetroffen sind bei uns die Wintermodelle", "die neuen Farben sind jetzt da".
      '(?:frisch|neu|gerade|soeben|ganz neu) (?:eingetroffen|eingetrudelt|reingekommen|hereingekommen|erschienen|eingezogen) (?:sind|ist) (?:bei uns|jetzt|übrigens|auch|ab sofort|endlich)',
      '(?:die|unsere) neue[nr]? (?:\\p{L}+ )?\\p{L}{0,12}(?:modelle|kollektion|farben|sorten|designs|motive|varianten) (?:sind|ist) (?:jetzt |ab sofort |übrigens |endlich |auch ){0,3}(?:da|erhältlich|verfügbar|eingetroffen|online|im sortiment)',
      // "Vielleicht ist ja etwas für Ihren Mann dabei."
      'vielleicht (?:ist|findet sich) (?:ja |da |auch |dort ){0,3}(?:etwas|was) (?:passendes |schönes )?für (?:sie|dich|euch|ihren|ihre|deinen|deine|ihr|dein)(?: \\p{L}+)? dabei',
      // "Kunden, die diese Pfanne gekauft haben, greifen oft auch zu ...".
      'kunden,? die (?:\\p{L}+ ){0,3}(?:gekauft|bestellt) haben,? (?:\\p{L}+ ){0,3}(?:auch|oft|gern|gerne|außerdem)',
      '(?:schauen|sehen) sie (?:\\p{L}+ ){0,3}(?:auf|in|bei) (?:unserer|unserem|unseren|unsere) (?:\\p{L}+[- ])?\\p{L}{0,12}(?:seite|shop|store|website|profil) vorbei',
      '(?:auf|in) (?:unserer|unserem|unsere) (?:\\p{L}+[- ])?\\p{L}{0,12}(?:markenseite|shop|store|markenshop) vorbei(?:zu)?schauen',
    ],
    exceptions: [
      ...refusedOffers(REFUSALS, OFFERS),
      'geld zurück (?:garantie|erhalten)', 'stöbern sie (?:in der|im) (?:anleitung|handbuch)'],
  },

  reviewPositive: {
    patterns: [
      {
        pattern: `(?:positive|positiven|positives|gute|guten|gutes|tolle|tollen|super|sehr gute|sehr guten|hervorragende|beste|ausgezeichnete|ausgezeichneten|volle) (${REVIEW})`,
        replacement: '$1',
        label: 'reviewWithoutKind',
      },
      {
        pattern: `(?:5|fünf)[- ]?(?:sterne|sternen|stern)(?:[- ]?(${REVIEW}))?`,
        replacement: 'Bewertung',
        label: 'reviewWithoutRating',
      },
      `(?:mit|volle) (?:5|fünf) sternen? (?:bewerten|zu bewerten)`,
      '(?:top|spitzen|super|bestnoten?)-?(?:bewertung(?:en)?|rezension(?:en)?)',
      '(?:volle punktzahl|bestnote|(?:5|fünf) sternchen)',
      `(?:erwähnen|schreiben|sagen|betonen|hervorheben)(?: sie)?[^.!?\\n]{0,40} in (?:ihrer|der|ihrem) ${REVIEW}`,
      `in (?:ihrer|der) ${REVIEW},? (?:bitte )?(?:erwähnen|schreiben|betonen)`,
      // The top rating without the word "stars", word of mouth with a review, only the fully satisfied asked, what to write.
      'volle punktzahl',
      '(?:die )?(?:höchste|beste) (?:bewertung|note|punktzahl)',
      'bestnote',
      'alle sterne',
      '(?:erzählen|empfehlen) sie (?:\\p{L}+ ){0,3}(?:freunden|familie|bekannten)[^.!?\\n]{0,60}(?:bewertung|rezension)',
      'nur (?:von )?(?:kunden|käufern) (?:\\p{L}+ ){0,2}(?:100 ?%|voll|rundum|absolut) zufrieden',
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
      `${INCENTIVE_WORDS}[^.!?\\n]{0,60} (?:für|nach|wenn|sobald|gegen) [^.!?\\n]{0,30}${REVIEW}`,
      `${AMOUNT}[^.!?\\n]{0,60} (?:für|nach|wenn|sobald|gegen) [^.!?\\n]{0,30}${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}(?:erhalten|bekommen) sie[^.!?\\n]{0,40}${INCENTIVE}`,
      `(?:für|gegen) (?:eine|ihre|jede|deine|ihr|dein) (?:\\p{L}+ ){0,2}${REVIEW}[^.!?\\n]{0,60}${INCENTIVE}`,
      `nach (?:(?:der )?(?:abgabe|veröffentlichung) )?(?:ihrer|deiner|einer|jeder) (?:\\p{L}+ ){0,2}(?:bewertung|rezension|sternebewertung|produktbewertung|kundenbewertung)[^.!?\\n]{0,60}${INCENTIVE}`,
      `(?:sobald|wenn|nachdem) sie[^.!?\\n]{0,40}${REVIEW}[^.!?\\n]{0,60}${INCENTIVE}`,
      `(?:screenshot|link) (?:ihrer|der|deiner) ${REVIEW}`,
      // "Wer anderen Käufern auf Amazon erzählt, wie ..., bekommt ein Geschenk": a reward for writing.
      '(?:wer|alle,? die) (?:\\p{L}+ ){0,6}(?:auf amazon|bei amazon|auf der produktseite)[^.!?\\n]{0,60}(?:bekommt|erhält|kriegt|bekommen|erhalten|kriegen)',
      '(?:screenshot|bildschirmfoto) (?:ihres|deines|des|ihrer|deiner) (?:\\p{L}+ )?(?:beitrags|kommentars|eintrags|sterne)',
      // Faster help or free products traded for a review: "once your review is up, we ship the part the same day", a tester club.
      'sobald (?:ihre|deine) (?:\\p{L}+ )?(?:bewertung|rezension) (?:\\p{L}+ ){0,4}(?:online|veröffentlicht|sichtbar|da|erschienen) ist',
      '(?:produkttester|testerkreis|tester-club|testerclub)\\p{L}*',
      '(?:schreiben|verfassen) (?:sie |du )?dafür (?:\\p{L}+ ){0,4}(?:rezension|bewertung)',
    ],
  },

  reviewChange: {
    patterns: [
      `${REVIEW} (?:zu |bitte )?(?:ändern|anpassen|aktualisieren|löschen|entfernen|zurückziehen|überdenken|korrigieren|abändern|überarbeiten|revidieren|zurücknehmen|nach oben korrigieren|anheben|hochsetzen)`,
      `(?:ändern|anpassen|aktualisieren|löschen|entfernen|zurückziehen|überdenken|korrigieren|überarbeiten|revidieren|zurücknehmen|verbessern|aufwerten)(?: sie| du)? (?:bitte |doch )?(?:ihre|die|diese|deine|ihr|dein) (?:\\p{L}+ )?${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,40}(?:zu )?(?:ändern|anzupassen|aktualisieren|zu löschen|zu entfernen|zurückzuziehen|zu überdenken|zu korrigieren|zu überarbeiten|zu revidieren|zurückzunehmen|anheben|anzuheben|hochsetzen|hochzusetzen|nach oben korrigieren)`,
      `(?:änderung|löschung|entfernung|anpassung|aktualisierung|überarbeitung) (?:ihrer|der|deiner) ${REVIEW}`,
      // "Ihre Verkäuferbewertung ... Vielleicht mögen Sie sie entsprechend ergänzen?"
      `${REVIEW}[^\\n]{0,140}?(?:milder|freundlicher|positiver|wohlwollender|besser) (?:formulieren|ausfallen lassen|darstellen)`,
      `${REVIEW}[^\\n]{0,140}?(?:mögen|möchten|könnten|würden|magst|möchtest|könntest|würdest) (?:sie|du) (?:\\p{L}+ ){0,2}(?:sie|es|ihn|diese|dieses|das feedback|die bewertung|ihr feedback|ihre bewertung) (?:\\p{L}+ ){0,3}(?:ergänzen|umformulieren|abschwächen|nachbessern|aktualisieren|anpassen|überarbeiten|ändern)\\s?\\?`,
      `${REVIEW} (?:\\p{L}+ ){0,6}(?:gibt|spiegelt|entspricht) (?:\\p{L}+ ){0,4}nicht mehr (?:\\p{L}+ ){0,2}(?:wieder|wider|stand|lage)`,
    ],
  },

  messenger: {
    patterns: [
      '(?:per|über|via|auf) sms',
      '(?:erreichen|kontaktieren) sie (?:mich|uns) (?:gerne )?(?:direkt )?(?:telefonisch|unter)',
      '(?:meine|unsere) (?:private |persönliche )?(?:handynummer|telefonnummer|mobilnummer|nummer)',
      'rufen sie (?:mich|uns) (?:gerne |einfach )?an',
      '(?:unsere|die) (?:service-?|kunden-?)?hotline',
      '(?:per|via) (?:e-?mail|telefon|mail) (?:an|unter) ',
    ],
    exceptions: ['rufen sie (?:den|beim) (?:paketdienst|zusteller|versanddienstleister)'],
  },

  optOut: {
    patterns: [
      'abmelden',
      'abzumelden',
      '(?:nachrichten|newsletter|e-mails|emails|mails|infos|benachrichtigungen|werbung|mitteilungen) (?:\\p{L}+ ){0,2}abbestellen',
      '(?:hier|jederzeit) abbestellen',
      'abbestellen (?:sie )?(?:diese|unsere|den|die) (?:nachrichten|newsletter|e-mails|mails|infos|benachrichtigungen)',
      'abmeldung',
      '(?:keine|keinerlei) (?:weiteren |solchen |derartigen )?(?:nachrichten|e-mails|emails|mails|benachrichtigungen|infos|informationen|werbung|newsletter)(?: dieser art| mehr| von uns){0,3} (?:wünschen|möchten|wollen|erhalten möchten|bekommen möchten|erhalten wollen|bekommen wollen|zu erhalten|zu bekommen)',
      '(?:keine|keinerlei) (?:weiteren |solchen |derartigen )?(?:nachrichten|e-mails|emails|mails|benachrichtigungen|werbung|newsletter)(?: dieser art| mehr| von uns){0,3} (?:erhalten|bekommen)',
      '(?:nachrichten|e-mails|emails|mails|infos|informationen|benachrichtigungen|werbung) (?:(?!wir )\\p{L}+ ){0,3}nicht mehr (?:(?!wir )\\p{L}+ ){0,3}(?:erhalten|bekommen|haben|wünschen)',
      '(?:nachrichten|e-mails|emails|mails|infos|informationen|benachrichtigungen|werbung) (?:\\p{L}+ ){0,3}nicht mehr\\s?\\?',
      'nicht mehr (?:kontaktiert werden|angeschrieben werden|von uns hören)',
      'aus (?:unserem|dem) (?:verteiler|newsletter) (?:entfernen|austragen)',
      '(?:nachrichten|e-mails|mails|werbung|newsletter|zusendung\\p{L}{0,2}) (?:\\p{L}+ ){0,4}(?:jederzeit )?widersprechen',
      '(?:antwort|antworten|zurückschreiben|schreiben|schreib|antwortet)(?: sie| du)? (?:\\p{L}+ ){0,3}(?:mit )?["„“»‚]?(?:stopp?|nein danke|abmelden)\\b',
      'mit ["„“»‚]?(?:stopp?|nein danke)["“”«‘]?(?: zurück| antworten)?',
      // "Ein kurzes „Stopp“ als Antwort genügt."
      '["„“»‚]?(?:stopp?|nein danke|abmelden)["“”«‘]? (?:als antwort|zurück)',
      '(?:keine|keinerlei) (?:weiteren )?\\p{L}{0,15}(?:tipps|nachrichten|hinweise|infos|e-mails|mails|angebote|neuigkeiten) (?:mehr )?(?:von uns )?(?:möchten|wünschen|wollen|erhalten möchten|bekommen möchten)',
    ],
    exceptions: ['(?:vom|beim) (?:paketdienst|zusteller) abmelden', '(?:gerät|konto|app) (?:\\p{L}+ ){0,3}abmelden'],
  },

  phoneWords: { patterns: spelledPhone({ words: ['(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(?:zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)', '(?:drei|vier|fünf|sech|sieb|acht|neun)zehn', 'dreissig', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig', 'hundert', 'sieben', 'fuenf', 'sechs', 'zwölf', 'null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'acht', 'neun', 'zehn', 'zwo', 'elf'] }) },
  messengerApps: {
    patterns: [
      '(?:per|über|via|auf) (?:whatsapp|telegram|signal|skype|threema|wechat|line)',
      '(?:whats ?app|telegram|signal|threema|wechat|viber)[- ]?(?:nachricht|gruppe|chat|kontakt|nummer|profil)',
      '(?:schreiben|kontaktieren|erreichen|adden|hinzufügen|anschreiben|melden)(?: sie| du)? (?:uns|mich) (?:\\p{L}+ ){0,3}(?:per|über|via|auf|bei|in|unter) (?:whats ?app|telegram|signal|threema|we ?chat|viber|instagram|facebook|tiktok)',
      '(?:direktnachricht|privatnachricht|pn|dm) (?:auf|bei|über|via|per) (?:instagram|facebook|tiktok|x|twitter)',
      '(?:per|über|via) (?:instagram|facebook|tiktok)[- ]?(?:dm|direktnachricht|nachricht|messenger|chat)',
    ],
    exceptions: [...refusedWays(REFUSALS)],
  },

  offAmazonSale: {
    patterns: [
      '(?:bestellen|kaufen|beziehen|erwerben|ordern|nachbestellen|nachkaufen)(?: sie| du)? (?:\\p{L}+ ){0,3}direkt (?:bei|von|über) (?:uns|mir)',
      'direkt (?:bei|von) uns (?:\\p{L}+ ){0,3}(?:kaufen|bestellen|beziehen|erwerben|bestellt|gekauft|ordern|zu kaufen|zu bestellen|gegen)',
      'bieten (?:wir )?(?:\\p{L}+ ){0,3}direkt (?:bei|von) uns',
      'direkt (?:über|auf|bei|in) (?:unsere[rnm]?|unser|meine[rnm]?) (?:eigene[nr]? )?(?:website|webseite|homepage|internetseite|online-?shop|webshop|internetshop)',
      '(?:in|über|auf|bei) (?:unserem|unserer|unsere|meinem|meiner|meine) (?:eigenen? )?(?:online-?shop|webshop|web-shop|internetshop|internet-shop|online-store|website|webseite|homepage|internetseite)(?: \\p{L}+){0,4} (?:bestellen|kaufen|erhältlich|günstiger|billiger|bestellt|gekauft|zu kaufen|zu bestellen)',
      '(?:in|über|auf|bei) (?:unserem|meinem) eigenen (?:\\p{L}+-?)?(?:shop|store|laden)',
      '(?:unser|unseren|unserem|mein|meinen|meinem) (?:eigene[nm]? )?(?:online-?shop|webshop|web-shop|internetshop|internet-shop|online-store)',
      'günstiger (?:\\p{L}+ ){0,4}(?:bei uns direkt|direkt bei uns|in unserem|auf unserer|im eigenen|über unsere)',
      '(?:dort|da|bei uns) (?:sind|ist|gibt es|bekommen sie) (?:die preise |der preis |alles |es )?(?:\\p{L}+ ){0,3}(?:günstiger|billiger|preiswerter)',
      '(?:ohne|keine|spart|sparen|sparen sie|umgehen|entfallen) (?:die )?(?:amazon|marktplatz|plattform)-?(?:gebühren|provision|provisionen)',
      '(?:amazon|marktplatz)-?gebühren (?:\\p{L}+ ){0,3}(?:sparen|entfallen|umgehen|fallen weg|anfallen)',
      'außerhalb (?:von )?amazons?',
      'am amazon vorbei',
      'ohne (?:den )?umweg über amazon',
      'ohne amazon(?![-\\p{L}])',
      '(?:günstiger|billiger|preiswerter) als (?:bei|auf|über) amazon',
      '(?:nachbestellungen|(?:künftige|weitere|zukünftige) bestellungen) (?:\\p{L}+ ){0,5}(?:direkt|per e-?mail|bei uns)',
      '(?:in|über|auf|bei) (?:unserem|unserer|unsere|meinem|meiner|meine) (?:eigenen? )?(?:online-?shop|webshop|internetshop|website|webseite|homepage|internetseite)(?:(?!amazon)[^.!?;\\n]){0,40}(?:rabatt|sparen|preiswerter|günstiger|billiger)',
      // "No need to order through Amazon", "settle it between us": the sale or the settlement taken off Amazon.
      'unter uns (?:regeln|klären|lösen|ausmachen)',
      '(?:ohne|nicht (?:mehr |extra )?über) amazon (?:\\p{L}+ ){0,2}(?:bestellen|kaufen|abwickeln)',
    ],
    exceptions: [
      ...refusedOutside(REFUSALS, OUTSIDE_AMAZON),
      '(?:nicht|nichts|keine[nm]?|niemals|nie) (?:\\p{L}+ ){0,6}außerhalb (?:von )?amazons?',
      'außerhalb (?:von )?amazons? (?:\\p{L}+ ){0,4}(?:nicht|nichts|keine[nmr]?|verboten|untersagt|unzulässig)',
    ],
  },

  offAmazonPayment: {
    patterns: [
      'banküberweisung',
      '(?:per|via|über|mit|durch|gegen) (?:eine )?(?:bank)?überweisung',
      'überweisen (?:sie|du) (?:\\p{L}+ ){0,4}(?:auf|an|den|die|das)',
      'überweisen (?:sie|du) (?:uns|mir)',
      '(?:auf|an) (?:unser|mein|unsere|meine) (?:\\p{L}+ )?(?:konto|bankkonto|geschäftskonto|paypal-?konto)',
      '(?:unsere|meine) (?:iban|bankverbindung|kontonummer|kontodaten)',
      'iban',
      'bankverbindung',
      'in bar',
      'bar (?:bezahlen|zahlen|bereithalten|kassieren|übergeben|geben|mitgeben)',
      '(?:zahlung|bezahlung|barzahlung) (?:bei|an der|nach) (?:lieferung|abholung|übergabe|haustür|erhalt)',
      'barzahlung',
      'bargeld',
      '(?:per )?nachnahme',
      'vorkasse',
      '(?:zahlen|bezahlen|begleichen)(?: sie| du)? (?:\\p{L}+ ){0,4}direkt (?:an|bei) (?:uns|mich|(?:den|unseren?) (?:monteur|techniker|handwerker|mitarbeiter|fahrer des (?:shops|händlers)))',
      // Money sent or asked for directly, to settle or to pay.
      'ich überweise (?:ihnen|dir)',
      'auf welches konto',
    ],
    exceptions: [
      ...refusedWays(REFUSALS),
      '(?:kein|keine|nicht|niemals|nie) (?:\\p{L}+ ){0,4}(?:in bar|per (?:bank)?überweisung|banküberweisung|bargeld|per nachnahme|iban|bankverbindung)',
      '(?:iban|bankverbindung) (?:\\p{L}+ ){0,3}(?:nicht|niemals|nie)',
      // Import duties paid to the carrier are not a payment to the seller.
      '(?:zoll\\p{L}{0,8}|einfuhr\\p{L}{0,12}|\\p{L}{0,12}gebühr\\p{L}{0,2}|\\p{L}{0,12}steuer)[^.!?\\n]{0,60}(?:in bar|bar (?:bezahlen|zahlen)|per nachnahme)',
      'in bar [^.!?\\n]{0,40}(?:zusteller|paketdienst|dhl|dpd|ups|gls|hermes|post|zoll)',
    ],
  },

  cancellationRequest: {
    patterns: [
      '(?:fordern|fordere|fordert) (?:sie|du|ihr) (?:\\p{L}+ ){0,3}(?:die |eine )?(?:stornierung|stornierungsanfrage|storno)',
      // "Könnten Sie die Bestellung bitte auf Ihrer Seite stornieren?", "Magst du sie einfach canceln?"
      `(?:könnten|können|würden|kannst|könntest|würdest|magst|mögen|könnt|würdet) (?:sie|du|ihr) ${CLAUSE}${CANCEL}`,
      // "Sie können die Bestellung selbst stornieren", "du musst sie im Konto canceln".
      `(?:sie|du|ihr) (?:können|könnten|sollten|müssten|müssen|kannst|könntest|solltest|musst|müsstest|könnt|solltet) ${CLAUSE}${CANCEL}`,
      // The imperative: "Stornieren Sie bitte die Bestellung".
      '(?:stornieren|canceln|storniere|stornier|cancel) (?:sie|du|ihr) (?:bitte |doch |einfach |gerne |gern |selbst |selber |dann |kurz ){0,4}(?:die|ihre|deine|den|diese|eure|das|ihren|deinen) (?:\\p{L}+ )?(?:bestellung|kauf|auftrag|order|artikel)',
      // "Wir möchten Sie bitten, die Bestellung zu stornieren."
      `(?:bitte|bitten|bitte ich|bitten wir)(?: sie| dich| euch)?,? ${CLAUSE}zu ${CANCEL}`,
      `bitte (?:sie )?${CLAUSE}${CANCEL}(?! (?:wir|ich))`,
      `(?:bitte|bitten|bitte ich|bitten wir)(?: sie| dich| euch)?,? ${CLAUSE}(?:stornierung|stornierungsanfrage|stornoanfrage|storno|stornierungsantrag) (?:\\p{L}+ ){0,3}zu (?:beantragen|anfordern|stellen|veranlassen|einreichen)`,
      `(?:bitte|bitten|bitte ich|bitten wir)(?: sie| dich| euch)?,? ${CLAUSE}vom (?:kauf|kaufvertrag|vertrag) zurückzutreten`,
      // "Beantragen Sie unter „Meine Bestellungen“ eine Stornierung."
      `(?:beantragen|veranlassen|anfordern|anfragen|einreichen|auslösen|anstoßen|einleiten|beantrage|beantragt)(?: sie| du| ihr)? ${CLAUSE}(?:stornierung|stornierungsanfrage|stornoanfrage|storno|stornierungsantrag)`,
      `(?:sie|du|ihr) ${CLAUSE}(?:stornierung|stornierungsanfrage|stornoanfrage|storno|stornierungsantrag) (?:\\p{L}+ ){0,2}(?:zu )?(?:beantragen|anfordern|anfragen|einreichen|stellen|veranlassen|auslösen|einleiten|beantragst|stellst)`,
      // "Am einfachsten wäre es, wenn Sie vom Kauf zurücktreten."
      `(?:wenn|dass|falls|indem|bitte) (?:sie|du) ${CLAUSE}vom (?:kauf|kaufvertrag|vertrag) zurücktr\\p{L}{2,4}`,
      '(?:treten|tritt) (?:sie|du) (?:\\p{L}+ ){0,3}vom (?:kauf|kaufvertrag|vertrag) zurück',
      '(?:stornierung|storno) (?:\\p{L}+ ){0,3}(?:von ihnen|von ihrer seite|von dir|von deiner seite|durch sie|durch dich)',
      '(?:nutzen|verwenden|klicken|wählen|drücken)(?: sie| du)? (?:\\p{L}+ ){0,4}(?:stornierungsfunktion|stornierungsbutton|stornierungsoption|stornierungslink|storno-button)',
      '(?:brechen|brich) (?:sie|du) (?:\\p{L}+ ){0,4}(?:bestellung|kauf|auftrag) (?:\\p{L}+ ){0,4}ab',
      'von (?:ihnen|dir|ihrer seite|deiner seite) (?:aus )?(?:\\p{L}+ ){0,2}storniert werden',
      // The button: "Klicken Sie auf „Artikel stornieren“".
      '(?:klicken|drücken|tippen|klick|drück|tipp)(?: sie| du)? (?:\\p{L}+ ){0,3}auf (?:die schaltfläche |den button |den knopf )?["„“»‚]?(?:artikel |bestellung )?stornieren',
      '(?:schaltfläche|button|knopf)(?: \\p{L}+){0,2} ["„“»‚]?(?:artikel |bestellung )?stornieren',
      `(?:selbst|selber|eigenständig|eigenhändig) (?:\\p{L}+ ){0,2}${CANCEL}`,
      `(?:auf|von) (?:ihrer|deiner) seite (?:aus )?${CANCEL}`,
      // "wenn Sie den Kauf über „Meine Bestellungen“ rückgängig machen".
      `(?:wenn|dass|falls|indem|bitte) (?:sie|du) (?:die|den|ihre|ihren|deine|deinen|diese[nr]?) (?:\\p{L}+ )?(?:bestellung|kauf|auftrag)${CLAUSE}rückgängig mach\\p{L}{0,3}`,
      `(?:machen sie|mach|macht) (?:\\p{L}+ ){0,3}(?:bestellung|kauf|auftrag)${CLAUSE}rückgängig`,
      // "wenn Sie die Bestellung in Ihrem Konto zurückziehen": the buyer cancelling, in other words (G1701).
      `(?:wenn|dass|falls|indem|bitte) (?:sie|du) (?:die|den|ihre|ihren|deine|deinen|diese[nr]?) (?:\\p{L}+ )?(?:bestellung|kauf|auftrag)${CLAUSE}(?:zurückzieh\\p{L}{0,3}|zurückzuziehen|widerruf\\p{L}{0,3}|zurücknehm\\p{L}{0,3})`,
    ],
    exceptions: [
      `(?:sie|du|ihr) [^.!?,;:\\n]{0,60}(?:nicht|nichts|kein\\p{L}{0,2}|niemals)(?: mehr)? [^.!?,;:\\n]{0,40}(?:${CANCEL}|(?:stornierung|storno)\\p{L}*(?: (?:\\p{L}+ ){0,3}(?:zu )?(?:beantragen|anfordern|einreichen|stellen|veranlassen|auslösen))?)`,
      `(?:wir|ich) (?:[\\p{L}\\p{N}-]+ ){0,8}(?:selbst|selber|gern|gerne|für sie|für dich) (?:\\p{L}+ ){0,2}${CANCEL}`,
      `(?:nicht|nichts) (?:\\p{L}+ ){0,4}(?:selbst|selber) (?:\\p{L}+ ){0,2}${CANCEL}`,
      // "Bitte stornieren Sie die Bestellung nicht."
      `(?:bitte )?${CANCEL} (?:sie|du) (?:[\\p{L}\\p{N}-]+ ){0,4}(?:nicht|keinesfalls|auf keinen fall)`,
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
  /** Which page value a template variable stands for, by the words in it (a fix fills it in). */
  placeholderKinds: {
    other: ['produkt', 'artikel', 'artikelname', 'produktname', 'sendungsnummer'],
    sellerName: ['verkäufer', 'verkäufername', 'shop', 'händler', 'firma', 'unterschrift', 'ihr name', 'mein name'],
    orderId: ['bestellung', 'bestellnummer', 'bestell-nr', 'auftrag', 'auftragsnummer'],
    buyerName: ['käufer', 'käufername', 'kunde', 'kundin', 'kundenname', 'name', 'vorname', 'nachname'],
  },

  concepts: {
    satisfied: [
      '(?:wenn|falls|sofern) (?:\\p{L}+ ){0,6}(?:verschönert|versüßt|erleichtert|bereichert|erhellt|verbessert|aufgewertet|freude (?:macht|gemacht|bereitet)|spaß macht)',
      '(?:hat|haben|hatte|hatten) (?:der|die|das|ihr|ihre|dein|deine) (?:\\p{L}+ ){0,3}(?:gehalten|erfüllt|überzeugt|bewährt|gefallen)[^.!?\\n]{0,40}\\?',
      '(?:wenn|falls) nicht,? (?:\\p{L}+ ){0,5}(?:vorher|zuerst|erst|bevor)',
      // "Wenn Sie zufrieden sind", "Sollten Sie mit dem Kauf glücklich sein".
      '(?:wenn|falls|sofern|sollten|solltest|solange) (?:sie|du|ihr) (?:[\\p{L}\\p{N}%]+ ){0,4}(?:zufrieden|glücklich|begeistert|happy|froh|überzeugt|angetan)',
      // "Falls die Jacke Sie überzeugt hat", "Wenn Ihnen die Lampe gefällt" (not "nicht gefällt").
      '(?:wenn|falls|sofern|sollte|solange) (?:(?!nicht )\\p{L}+ ){0,8}(?:gefällt|gefallen|gefiel|gefielen|überzeugt|begeistert|zusagt|zugesagt|überzeugen konnte|erfüllt|übertroffen|entsprochen|entspricht)',
      '(?:wenn|falls|sofern) (?:alles|es|der artikel|das produkt|die ware|ihre bestellung|ihr einkauf|ihr kauf) (?:\\p{L}+ ){0,3}(?:in ordnung|zu ihrer zufriedenheit|zu deiner zufriedenheit|gut angekommen|gepasst|passt|geklappt|ihren erwartungen|deinen erwartungen)',
      // "Wenn alles gut bei Ihnen gelandet ist": the condition worded as the delivery.
      '(?:wenn|falls|sofern) (?:alles|es|der artikel|das produkt|die ware|ihre bestellung|das paket) (?:\\p{L}+ ){0,3}(?:gut|heil|wohlbehalten|problemlos|reibungslos|einwandfrei) (?:\\p{L}+ ){0,3}(?:gelandet|angekommen|eingetroffen|gelaufen|funktioniert|geklappt)',
      '(?:sind sie|bist du|seid ihr|waren sie|warst du) (?:\\p{L}+ ){0,4}(?:zufrieden|glücklich|begeistert|happy)[^.!?\\n]{0,40}\\?',
      '(?<!(?:wie|was|welche[rsnm]?(?: \\p{L}+){0,2}) )(?:gefällt|gefallen|gefiel) (?:ihnen|dir|euch) (?:\\p{L}+ ){0,4}\\p{L}+\\s?\\?',
      '(?:hat|haben) (?:ihnen|dir|euch) (?:\\p{L}+ ){0,4}(?:gefallen|zugesagt)\\s?\\?',
      '(?:zufrieden|begeistert|glücklich)(?: mit (?:\\p{L}+ ){0,2}\\p{L}+)?\\s?\\?',
      '(?:wenn|falls) (?:sie|du) (?:\\p{L}+ ){0,3}(?:eine )?(?:gute|positive|tolle|schöne|angenehme) (?:\\p{L}+ )?erfahrung',
      '(?:wenn|falls|nur wenn) (?:sie|du) (?:\\p{L}+ ){0,3}(?:finden|findest|meinen|meinst|denken|denkst),? (?:dass )?(?:\\p{L}+ ){0,4}(?:verdient|gut|toll|wert)',
      // A question on the buyer's joy: "Hat Ihnen der Wasserkocher den Morgen versüßt?"
      '(?:hat|haben|hatte|hatten|konnte|konnten) (?:ihnen|dir|euch|sie|du) [^.!?\\n]{0,120}(?:versüßt|verschönert|erleichtert|freude (?:gemacht|bereitet)|spaß gemacht|gute dienste geleistet|überzeugt|begeistert)\\s?\\?',
      '(?:läuft|funktioniert|passt|sitzt|klappt|ist) (?:\\p{L}+ ){0,6}so,? wie (?:sie|du|ihr) (?:\\p{L}+ ){0,3}(?:vorgestellt|erhofft|erwartet|gewünscht)',
      // A good effect as the condition: "if the lamp made your evenings cozier".
      'wenn (?:die|der|das|ihr|ihre|unser\\p{L}*) \\p{L}+ (?:\\p{L}+ ){0,5}(?:gemütlicher|schöner|leichter|angenehmer|besser|heller|entspannter) (?:macht|gemacht hat)',
    ],
    reviewRef: [
      REVIEW,
      '(?:(?:5|fünf|4|vier|volle[n]?|alle) )?sterne[n]?',
      '(?:ein paar|einige|wenige|ein|zwei) (?:nette |kurze |lobende |positive |freundliche )?(?:zeilen|worte|sätze)',
      '(?:ihre|deine|eure) (?:ehrliche[n]? |persönliche[n]? |eigene[n]? )?(?:eindrücke|erfahrung(?:en)?|erfahrungsbericht)',
      '(?:ihre|deine|eure) ehrliche[n]? (?:meinung|einschätzung)',
      '(?:ihre|deine|eure) (?:\\p{L}+ )?meinung (?:auf|bei|über) amazon',
      'rückmeldung(?:en)? (?:auf|bei|über) amazon',
      'auf (?:der|die) produktseite',
      'was (?:sie|du) (?:von|über) (?:\\p{L}+ ){0,3}(?:denken|denkst|halten|hältst)',
      'anderen (?:kunden|käufern|käuferinnen|interessenten|nutzern) (?:\\p{L}+ ){0,3}(?:helfen|hilft|zeigen|berichten)',
      'bewertungs\\p{L}{3,10}',
      'stimmen? (?:auf|bei) amazon',
      '(?:ihre|deine|eure) erfahrungen? (?:\\p{L}+ ){0,3}(?:auf amazon|festzuhalten|festhalten)',
      '(?:uns|es|ihn|das produkt|den artikel|den verkäufer) (?:\\p{L}+ ){0,3}(?:zu )?bewerten',
    ],
    reviewAsk: [
      // Ein Foto auf der Produktseite ist eine Bewertung.
      '(?:foto|fotos|bild|bilder|video)[^.!?\\n]{0,40}(?:auf der produktseite|auf amazon|bei amazon)',
      // "Schreiben Sie uns eine kurze Bewertung", "Teilen Sie Ihre Erfahrungen".
      `(?:schreiben|hinterlassen|verfassen|abgeben|geben|teilen|posten|veröffentlichen|schreib|schreibe|hinterlass|hinterlasse|gib|teil|teile|poste)(?: sie| du| ihr)? (?:uns |mir |anderen )?(?:doch |bitte |gern |gerne |kurz |einfach |ruhig |mal ){0,4}(?:eine[nm]?|ihre[nm]?|ihr|deine[nm]?|dein|eure[nm]?|seine[nm]?|ein paar|einige) (?:\\p{L}+ ){0,2}${REVIEW_WORDS}`,
      // "Würden Sie Ihre Erfahrungen in einer Bewertung teilen?", "wenn du eine Rezension schreibst".
      `(?:eine[nm]?|ihre[nm]?|ihr|deine[nm]?|dein|eure[nm]?|seine[nm]?|kurze[nm]?|ehrliche[nm]?) (?:\\p{L}+ ){0,2}${REVIEW_WORDS}[^.!?\\n]{0,60}${WRITE_VERBS}`,
      '(?:bewerten|rezensieren|beurteilen)(?: sie| du)? (?:bitte |doch |gern |gerne |kurz ){0,4}(?:uns|den artikel|das produkt|ihren kauf|ihre bestellung|unseren shop|unser produkt|unseren service|ihn|es)',
      '(?:uns|den artikel|das produkt|ihren kauf|deinen kauf|unser produkt|unseren service|unseren shop|den verkäufer) (?:\\p{L}+ ){0,3}(?:zu )?(?:bewerten|rezensieren)',
      `(?:freuen|freue|würden|würde|wären|wäre) (?:\\p{L}+ ){0,3}(?:über|für) (?:eine[nm]?|ihre[nm]?|ihr|deine[nm]?|dein|ein paar|einige) (?:\\p{L}+ ){0,2}(?:${REVIEW_WORDS}|meinung)`,
      '(?:bitten|bitte|bitten wir) (?:sie |dich )?(?:\\p{L}+ ){0,3}um (?:eine|ihre|ihr|deine|dein) (?:\\p{L}+ )?(?:bewertung|rezension|feedback|einschätzung|sternebewertung|produktbewertung)',
      '(?:berichten|erzählen)(?: sie| du)? (?:\\p{L}+ ){0,4}von (?:ihren|deinen|ihrer|deiner) (?:\\p{L}+ )?(?:erfahrung(?:en)?|eindrücken)',
      '(?:zeilen|worte|beitrag)[^.!?\\n]{0,30}auf (?:der produktseite|amazon)',
      'von (?:ihren|deinen|ihrer|deiner) (?:\\p{L}+ )?(?:erfahrung(?:en)?|eindrücken) (?:zu )?(?:berichten|erzählen)',
      'bewertungs(?:link|seite|formular|anfrage|aufforderung)',
      '(?:abgabe|verfassen|schreiben|veröffentlichung|veröffentlichen) (?:ihrer|einer|deiner|eurer) (?:\\p{L}+ )?(?:bewertung|rezension|sternebewertung|produktbewertung)',
      // "Wer anderen Käufern auf Amazon erzählt, wie ...": telling other buyers is reviewing.
      '(?:anderen|den anderen) (?:kunden|käufern|käuferinnen|interessenten|nutzern) (?:\\p{L}+ ){0,7}(?:erzählen|erzählt|erzählst|berichten|berichtet|berichtest|schildern|mitteilen|verraten)',
      'wer (?:\\p{L}+ ){0,6}(?:auf amazon|auf der produktseite|bei amazon) (?:\\p{L}+ ){0,3}(?:erzählt|berichtet|schreibt|teilt|bewertet|kommentiert|postet|schildert)',
      // A few words on Amazon: a review in other words.
      'ein paar (?:worte|zeilen) (?:auf|bei) amazon',
    ],
    incentive: [
      '(?:geht|gehen|geht dann|gehen dann) (?:\\p{L}+ )?auf (?:uns|unsere kosten|unsere rechnung)', 'auf unsere kosten',
      '(?:kleine[ns]? |kostenlose[ns]? |gratis |besondere[ns]? |nette[ns]? |exklusive[ns]? ){0,3}(?:geschenk\\p{L}{0,2}|präsent\\p{L}{0,2}|überraschung\\p{L}{0,2}|überraschungs\\p{L}{2,10}|gratisprobe|gratisartikel|warenprobe|probepackung|zugabe|bonus|prämie|belohnung|goodie\\p{L}{0,2})',
      '(?:als|ein|zum) (?:kleines |besonderes )?(?:dankeschön|dank|gegenleistung|belohnung)',
      '(?:im austausch|als gegenleistung|zum ausgleich dafür)',
      'gratis\\p{L}{0,10}',
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
      // "100 % zufrieden" is no discount.
      '(?!100 ?%)\\d{1,3} ?%',
      '\\d{1,4}(?:,\\d{2})? ?(?:€|euro|eur)',
      '€ ?\\d{1,4}',
      '(?:garantieverlängerung|verlängerte garantie)',
      'paypal',
      'obendrauf',
      'als (?:kleines |kleine |besonderes )?(?:extra|bonus|zugabe|dreingabe)',
      // Something given "as a thank-you" for the time a review takes.
      'als (?:kleines )?dankeschön',
      'kostenlos',
      'gratis',
    ],
    pressure: [
      '(?:noch|eine weitere|nur noch) (?:eine? )?(?:schlechte|negative|niedrige) (?:\\p{L}+ )?(?:note|bewertung|rezension|sterne?)',
      '(?:sperrt|schließt|löscht|sperren|schließen) (?:\\p{L}+ ){0,3}(?:laden|shop|konto|geschäft|angebot|händlerkonto)',
      '(?:ihre|deine|eure|jede[rs]?) (?:\\p{L}+ )?(?:sterne|bewertung|stimme|note)(?: \\p{L}+){0,4} (?:zählt|zählen|macht den unterschied)',
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
      'unterstützen sie (?:uns|einen kleinen|unseren kleinen|einem kleinen)',
      '(?:uns )?mit (?:\\p{L}+ )?sternen unterstützen',
      'vergessen sie (?:bitte )?nicht,? (?:\\p{L}+ ){0,4}(?:zu )?(?:bewerten|bewertung|rezension)',
      '(?:sehr|extrem|unglaublich|so|enorm|lebens)(?: ?wichtig| entscheidend) (?:für|für uns|für unser|für einen kleinen)',
      'bedeute[tn] (?:uns |mir )?(?:alles|die welt)',
      'auf (?:\\p{L}+ ){0,3}(?:bewertung(?:en)?|rezension(?:en)?|sterne|feedback|unterstützung|kundenmeinungen) angewiesen',
      'wir (?:wären|sind|wäre|waren) (?:sehr |so |wirklich |ziemlich )?(?:traurig|enttäuscht)',
      '(?:erinnern (?:sie )?(?:noch einmal|nochmals|erneut)|(?:noch einmal|nochmals|erneut) (?:daran )?erinnern)',
      '(?:letzte|nochmalige|erneute) erinnerung',
      'entscheide[tn] über (?:unsere|meine) (?:zukunft|existenz)',
      'warten (?:immer )?noch auf (?:ihre|eine|deine) (?:\\p{L}+ )?(?:bewertung|rezension|rückmeldung|feedback)',
      'noch (?:keine|nicht) (?:\\p{L}+ )?(?:bewertung|rezension) (?:abgegeben|geschrieben|hinterlassen)',
      '(?:gegen|neben) (?:die|den) (?:großen|großen marken|konzernen|konzerne)',
      'ob wir (?:\\p{L}+ ){0,4}(?:weitermachen|überleben|durchhalten|weiterbestehen|weiter existieren|noch da sind|bestehen bleiben)',
      '(?:würde|würden|wäre|wären|kann|können|könnte|könnten) (?:uns|mich|unseren? \\p{L}+) (?:\\p{L}+ ){0,2}retten',
    ],
    writeWhat: [
      '(?:erwähnen|betonen|hervorheben|loben) (?:sie|du) (?:bitte|doch|gern|gerne)',
      '(?:bitte|gern|gerne|doch) (?:\\p{L}+ ){0,3}(?:erwähnen|hervorheben|betonen|loben)',
      '(?:zu erwähnen|hervorzuheben|zu betonen|zu loben)',
      '(?:erwähnen|betonen|hervorheben|loben|erwähnst|betonst) (?:würden|könnten|würdest|könntest)',
      '(?:schreiben sie|schreib|schreibe|schreibt)(?: \\p{L}+){0,5},? (?:dass|wie)',
      '(?:kopieren|einfügen|übernehmen|verwenden|nutzen|wiederholen|kopiere|kopier|einkopieren)(?: sie| du)? (?:\\p{L}+ ){0,4}(?:worte|wörter|sätze|text|zeilen|nachricht|formulierung|kompliment\\p{L}{0,2})',
      '(?:worte|wörter|sätze|text|zeilen|nachricht|formulierung)[^.!?\\n]{0,40}(?:kopieren|einfügen|übernehmen|hineinkopieren|einkopieren)',
      '(?:genau )?(?:diese|dieselben|die gleichen|die selben|ihre (?:netten|lieben|freundlichen|schönen)) (?:\\p{L}+ )?(?:sätze|worte|zeilen|wörter)',
      '(?:etwas|einen satz|ein paar worte) wie',
      'folgende[nr]? (?:text|satz|wortlaut|worte|zeilen)',
      'eins zu eins',
      // "wenn Sie dabei die schnelle Lieferung ansprechen könnten".
      '(?:dabei|darin|dort) (?:\\p{L}+ ){0,6}(?:ansprechen|erwähnen|hervorheben|betonen|loben|anmerken|aufgreifen)(?: würden| könnten| würdest| könntest)',
      '(?:ansprechen|anmerken|aufgreifen) (?:würden|könnten|würdest|könntest)',
      // "wäre es prima, wenn Sie den schnellen Austausch hervorheben".
      '(?:wenn|dass|falls) (?:sie|du) (?:\\p{L}+ ){0,8}(?:erwähnen|hervorheben|hervorhebst|betonen|betonst|loben|lobst|ansprechen|herausstellen)',
    ],
    contactAsk: [
      // "Nennen Sie uns bitte eine Handynummer", "Gib uns doch kurz deine Nummer".
      `(?:nennen|geben|schicken|senden|schreiben|verraten|hinterlassen|mailen|übermitteln|teilen|nenn|nenne|gib|schick|schicke|send|sende|schreib|verrat|verrate|hinterlass|teil|teile)(?: sie| du| ihr)? (?:uns|mir) (?:bitte |doch |kurz |gerne |gern |einfach |noch |dafür |hier ){0,4}${CONTACT_DETAIL}`,
      // "wenn Sie uns Ihre E-Mail-Adresse schicken" (not "an Ihre E-Mail-Adresse schicken").
      `(?<!(?:an|auf|über|unter) )${CONTACT_DETAIL} (?:(?!nicht )\\p{L}+ ){0,3}(?:zu )?(?:schicken|senden|nennen|mitteilen|mitzuteilen|hinterlassen|zukommen lassen|verraten|durchgeben|schickst|sendest|nennst|mitteilst)(?! (?:wir|ich|amazon))`,
      '(?:wie|was) (?:lautet|ist) (?:ihre|deine|eure) (?:\\p{L}+ )?(?:e-?mail(?:-?adresse)?|handynummer|telefonnummer|mobilnummer|nummer|rufnummer|whats ?app-?nummer)',
      `(?:wir|ich) (?:benötigen|brauchen|bräuchten|bräuchte|benötigte|hätten gern|hätten gerne|hätte gern|hätte gerne|bitten um) (?:noch |dafür |kurz |bitte ){0,4}${CONTACT_DETAIL}`,
      'unter (?:welcher|der) (?:nummer|telefonnummer|handynummer|rufnummer) (?:\\p{L}+ ){0,5}(?:erreichen|anrufen|zurückrufen|kontaktieren)',
      'unter (?:welcher|welche) (?:e-?mail-?adresse|mail-?adresse|e-?mail|mail|mobilnummer) (?:\\p{L}+ ){0,5}(?:erreichen|kontaktieren|zu erreichen|erreichbar)',
      '(?:an|auf) welche (?:e-?mail-?adresse|mail-?adresse|e-?mail|handynummer|nummer) (?:\\p{L}+ ){0,4}(?:schicken|senden|mailen|schreiben)',
      `(?:hinterlegen|hinterlege|hinterleg|notieren|eintragen|tragen)(?: sie| du)? (?:bitte |kurz |doch |einfach |hier |uns |mir ){0,4}${CONTACT_DETAIL}`,
      '(?:ihre|deine) (?:\\p{L}+ )?(?:e-?mail-?adresse|handynummer|telefonnummer|mobilnummer),? (?:bitte|damit|dann|sodass|so dass|um)',
      'wie (?:können|kann) (?:wir|ich) (?:sie|dich) (?:\\p{L}+ )?(?:telefonisch|per e-?mail|per telefon|per mail|direkt) erreichen',
      'wie erreichen (?:wir|ich) (?:sie|dich) (?:\\p{L}+ ){0,3}(?:telefonisch|per telefon|per e-?mail|per mail|per handy)',
      `${CONTACT_DETAIL} (?:\\p{L}+ ){0,3}(?:wäre|ist|wären) (?:sehr |uns |für uns ){0,3}(?:hilfreich|nützlich|praktisch|wichtig)`,
      '(?:antworten|antworte) (?:sie )?(?:uns |mir )?(?:bitte |einfach |kurz ){0,4}mit (?:ihrer|deiner) (?:\\p{L}+ )?(?:handynummer|telefonnummer|e-?mail-?adresse|mailadresse|nummer)',
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
      '(?:vielen |herzlichen |ganz |tausend |lieben |recht )+(?:dank|danke)(?: schön)? für (?:ihre|deine|eure|die|ihren|deinen|ihr|dein) (?:\\p{L}+ )?(?:unterstützung|treue|bestellung|vertrauen|geduld|einkauf)[^.!?\\n]{0,40}',
      '(?:vielen |herzlichen |recht herzlichen |ganz herzlichen |tausend |lieben )?(?:dank|danke)(?: schön| sehr| nochmals| nochmal| dir| euch| ihnen)?(?: (?:für|zu) (?:ihr|ihre[nm]?|dein|deine[nm]?|die|den|das) (?:\\p{L}+ )?(?:bestellung|einkauf|kauf|vertrauen|geduld|treue|interesse)(?: und (?:ihr|ihre[nm]?|dein|deine[nm]?|die|den|das) (?:\\p{L}+ )?(?:bestellung|einkauf|kauf|vertrauen|geduld|treue))?)?',
      '(?:danke|vielen dank|herzlichen dank),? dass (?:sie|du|ihr) (?:sich |dich |euch )?(?:\\p{L}+ ){0,3}(?:bestellt|gekauft|eingekauft|entschieden|gewählt|vertraut|unterstützen|unterstützt)(?: hast| haben| habt)?',
      '(?:wir freuen uns|es freut uns|ich freue mich|es freut mich)(?: sehr| riesig| wirklich)?,? dass (?:sie|du|ihr) (?:sich |dich )?(?:\\p{L}+ ){0,3}(?:bestellt|gekauft|eingekauft|entschieden|gewählt)(?: haben| hast| habt)',
      'wir (?:bedanken uns|danken ihnen|danken dir) (?:herzlich |recht herzlich |sehr )?(?:für (?:ihr|ihre[nm]?|dein|deine[nm]?|die) (?:\\p{L}+ )?(?:bestellung|einkauf|kauf|vertrauen))?',
      'wir freuen uns,? dass (?:sie|du) (?:sich |dich )?für (?:uns|unser(?:e|en)? \\p{L}+) entschieden (?:haben|hast)',
      'schön,? dass (?:sie|du) (?:bei uns )?(?:bestellt|eingekauft|gekauft) (?:haben|hast)',
      'wir sagen (?:herzlich |vielen |ganz herzlich )?danke',
      'dankeschön', 'wir sind (?:ihnen |dir )?(?:sehr |wirklich |so )?dankbar', 'wir bedanken uns',
      // Season's greetings alone say no more than thanks.
      'frohe (?:weihnachten|ostern|feiertage|festtage)', '(?:ein )?(?:gutes|frohes|glückliches) neues jahr', 'guten rutsch', 'schöne (?:feiertage|festtage|weihnachten)', 'besinnliche (?:feiertage|weihnachten|festtage)',
    ],
    padding: [
      '(?:vielen |herzlichen |ganz |tausend |lieben |recht )+(?:dank|danke)(?: schön)? für (?:ihre|deine|eure|die|ihren|deinen|ihr|dein) (?:\\p{L}+ )?(?:unterstützung|treue|bestellung|vertrauen|geduld|einkauf)[^.!?\\n]{0,40}',
      '(?:ihre|deine|eure) (?:bestellung|unterstützung|treue|vertrauen) (?:bedeutet|bedeuten) (?:uns|mir)[^.!?\\n]{0,40}',
      'wir geben (?:auch )?(?:weiterhin |immer )?unser bestes',
      '(?:kurz )?zur info:?',
      'ich bin [\\p{L}-]+',
      '(?:bei|für) (?:allem|alles|alle (?:fragen|anliegen)) rund um (?:ihr|ihre[nm]?|dein|deine[nm]?|den|die|das) (?:\\p{L}+ ){0,2}\\p{L}+',
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
      '(?:wir|ich) freuen? (?:uns|mich)(?: sehr| riesig)?,? (?:sie|dich) als (?:\\p{L}+ )?kund(?:en|in|e) (?:zu haben|begrüßen zu dürfen)',
      '(?:wir )?hoffen,? (?:dass )?(?:ihnen|dir|euch|sie|du) (?:\\p{L}+ ){0,5}(?:gefällt|gefallen|freude (?:macht|bereitet|haben)|spaß (?:macht|haben)|zufrieden)[^.!?\\n]{0,60}',
      '(?:wir hoffen|ich hoffe|hoffentlich),? (?:dass )?(?:ihr|ihre|dein|deine|der|die|das|sie|es|er) [^.!?\\n]{0,60}(?:gefällt|gefallen|passt|passen|freude|spaß|zufrieden|gut ankommt)[^.!?\\n]{0,40}',
      '(?:bei|für) (?:fragen|rückfragen|problemen)(?: (?:oder|und) (?:anliegen|problemen|fragen|wünschen))?(?: stehen wir (?:ihnen )?(?:jederzeit |gerne |gern ){0,4}zur verfügung)?',
      'stehen wir (?:ihnen )?(?:jederzeit |gerne |gern ){0,4}zur verfügung',
      '(?:melden|wenden) sie sich (?:gerne|gern|jederzeit)(?: bei uns| an uns)?',
      'wir sind (?:jederzeit |gerne |gern |immer ){0,4}für sie da',
      'für alle (?:\\p{L}+ )?(?:anliegen|fragen) (?:rund um|zu) (?:ihre|deine|ihren|deinen) (?:\\p{L}+ )?(?:bestellung|einkauf|kauf)(?: \\d{3}-\\d{7}-\\d{7})?',
      'egal,? (?:worum|was|wann) es (?:geht|ist)',
      'ihre zufriedenheit (?:liegt uns (?:sehr )?am herzen|ist uns (?:sehr )?wichtig|ist unser (?:oberstes |wichtigstes )?ziel)',
      '(?:und )?viele (?:gemütliche|schöne|tolle) (?:stunden|momente|jahre)[^.!?\\n]{0,30}',
      // Warm words with nothing to say: "mit Ihrer Bestellung haben Sie uns den Tag gerettet".
      '(?:mit )?(?:ihrer|ihre|deiner|deine|ihr|dein) (?:bestellung|einkauf|kauf) (?:hat|haben|hast) (?:\\p{L}+ ){0,6}(?:den tag (?:gerettet|versüßt|verschönert)|(?:eine |riesige |große ){0,2}freude (?:gemacht|bereitet)|glücklich gemacht)',
      'es ist (?:so |einfach |wirklich )?(?:schön|toll|wunderbar|ein gutes gefühl) zu (?:wissen|sehen|hören),? dass [^.!?\\n]{0,80}',
      'ich bin \\p{L}+ (?:von|vom) \\p{L}+(?: \\p{L}+)?',
      'gute nachrichten:?',
      '(?:es|das) freut (?:uns|mich|unser (?:\\p{L}+ ){0,3}team)(?: \\p{L}+){0,3}',
      // The rest of a thank-you: "(Danke,) dass Sie sich für unser Kissen entschieden haben".
      '(?:dass|weil) (?:sie|du|ihr) (?:sich |dich |euch )?(?:\\p{L}+ ){0,3}(?:bestellt|gekauft|eingekauft|entschieden|gewählt|vertraut)(?: haben| hast| habt)?',
      '(?:wir hoffen|ich hoffe|hoffentlich),? (?:dass )?(?:sie|es|er|ihr|ihre|der|die|das) [^.!?\\n]{0,70}',
      '(?:service|support|kunden)-?team',
      // Warme Worte in allgemeiner Form: eine Nachricht nur aus ihnen ist nur ein Dank (G1701).
      '(?:wir hoffen|ich hoffe|hoffentlich)[^.!?\\n]{0,80}',
      '(?:wir wünschen|ich wünsche) (?:ihnen|dir|euch)[^.!?\\n]{0,80}',
      '(?:wir sind|ich bin) (?:so |sehr |wirklich |total |riesig )?(?:froh|glücklich|dankbar|stolz|begeistert)[^.!?\\n]{0,80}',
      '(?:es|das) (?:bedeutet|heißt) (?:uns|mir) (?:sehr |unglaublich |wirklich )?viel[^.!?\\n]{0,60}',
      'wir schätzen (?:ihr|ihre|dein|deine|sie|dich|euch)[^.!?\\n]{0,60}',
      'dankeschön',
      '(?:falls|wenn|sollten) (?:sie|du) (?:\\p{L}+ ){0,6}(?:etwas|irgendetwas|was|hilfe) (?:brauchen|benötigen|brauchst|benötigst)',
      // The seller's small business introduced: warmth, no purpose.
      'als kleine[rs]? (?:familienbetrieb|familienunternehmen|manufaktur|werkstatt|team)(?: aus (?:dem |der )?\\p{L}+)?', 'wir sind (?:ein )?kleine[rs]? (?:familienbetrieb|familienunternehmen|manufaktur|werkstatt)', 'freuen wir uns über jede(?:n)? (?:einzelne[n]? )?(?:bestellung|auftrag)',
    ],
    confirmation: [
      '(?:ist|sind|wurde|wurden) (?:\\p{L}+ ){0,2}(?:gepackt|verpackt|versandfertig|versandbereit)',
      'wird (?:\\p{L}+ ){0,3}(?:von|durch) (?:\\p{L}+ ){0,2}abgeholt',
      'ihre (?:bestellung|sendung|lieferung|ware|artikel|paket)(?: \\d{3}-\\d{7}-\\d{7})? (?:wurde|ist) (?:heute |soeben |bereits |gerade )?(?:versendet|verschickt|versandt|bestätigt|abgeschickt|an den versanddienstleister übergeben|unterwegs|auf dem weg)',
      'wir haben ihre (?:bestellung|sendung|ware|artikel|paket) (?:heute |soeben |bereits )?(?:versendet|verschickt|versandt|bestätigt|erhalten|verpackt)',
      '(?:ihr|dein|ihre|deine) (?:paket|päckchen|bestellung|sendung|artikel) (?:ist|sind) (?:bereits |jetzt |nun |schon )?(?:unterwegs|auf dem weg)',
      '(?:ihre|deine|ihr|dein) (?:bestellung|sendung|paket|artikel|ware)(?: \\d{3}-\\d{7}-\\d{7})? wird (?:heute|morgen|in kürze|noch heute|umgehend|schnellstmöglich|gerade|bereits)(?: noch)? (?:versendet|verschickt|versandt|verpackt|bearbeitet)',
      'sendungsverfolgung',
      '(?:wurde|wurden|ist|sind) (?:heute |gestern |soeben |gerade |bereits |eben )?(?:an|mit|per|über) (?:\\p{L}+ ){0,2}(?:übergeben|versendet|verschickt|versandt|abgeschickt|rausgegangen)',
      '(?:ist|sind|wurde|wurden) (?:\\p{L}+ ){0,3}(?:unterwegs|auf dem weg|versandbereit|verpackt|verschickt|versandt|versendet)',
      'voraussichtlich (?:am|bis|in|ab|zwischen)[^.!?\\n]{0,40}',
      '(?:sie|es|die sendung|das paket|ihre bestellung) (?:wird|sollte) (?:voraussichtlich )?(?:am|bis|in|innerhalb)[^.!?\\n]{0,40}(?:ankommen|eintreffen|zugestellt werden|geliefert werden|bei ihnen sein)',
      'ihre sendungsnummer (?:lautet|ist)[^.!?\\n]{0,60}',
      'bestellbestätigung',
      'ihre (?:bestellung|sendung|lieferung|ware|artikel|paket)(?: \\d{3}-\\d{7}-\\d{7})? (?:wurde|ist)[^.!?\\n]{0,40}(?:versendet|verschickt|versandt|unterwegs|übergeben)',
      '(?:laut (?:\\p{L}+ )?\\p{L}+ )?wurde (?:ihre|deine|ihr|dein) (?:bestellung|sendung|paket|lieferung)(?: \\d{3}-\\d{7}-\\d{7})? (?:\\p{L}+ ){0,2}(?:versendet|verschickt|versandt)',
      'voraussichtliche (?:zustellung|lieferung)',
      'versandbestätigung',
      'sendungsnummer:?',
      '(?:tracking|sendungs|paket|verfolgungs)-?(?:nummer|code|link|id)(?: (?:zu|für|zur|zum) (?:ihre[rnm]? |deine[rnm]? |der |dem )?(?:bestellung|sendung|paket|auftrag)(?: \\d{3}-\\d{7}-\\d{7})?)?:?',
      '(?:ihr|ihre|dein|deine) (?:\\p{L}+ ){0,2}(?:hat|haben) (?:heute |gerade |soeben |gestern |eben |bereits ){0,2}(?:unser|das) (?:lager|haus|werk|atelier|werkstatt|versandzentrum) verlassen(?: und (?:\\p{L}+ ){0,2}(?:richtung|nach|zu) \\p{L}+)?',
      '(?:heute|morgen|übermorgen|bald)(?: oder (?:morgen|übermorgen))? (?:sollte|müsste|dürfte|wird) (?:es|er|sie|das paket|die sendung) (?:\\p{L}+ ){0,2}(?:bei (?:ihnen|dir) )?(?:sein|ankommen|eintreffen)',
    ],
    signOffs: [
      '(?:mit )?(?:freundlichen|besten|herzlichen|lieben|vielen|sonnigen|sportlichen) grüßen',
      '(?:viele|beste|liebe|herzliche|freundliche|sonnige|sportliche|schöne) grüße',
      'alles liebe', 'alles gute', 'bis bald', 'mfg', 'lg', 'vg', 'gruß', 'herzlichst',
    ],
    checkIns: [
      // "Laut DHL wurde Ihre Bestellung gestern zugestellt": a delivery, told to see whether it arrived.
      '(?:ihre|deine|ihr|dein) (?:bestellung|sendung|lieferung|paket|ware)(?: \\d{3}-\\d{7}-\\d{7})? (?:wurde|ist) (?:\\p{L}+ ){0,3}(?:zugestellt|ausgeliefert)',
      '(?:laut (?:\\p{L}+ )?\\p{L}+ )?wurde (?:ihre|deine|ihr|dein) (?:bestellung|sendung|paket|lieferung)(?: \\d{3}-\\d{7}-\\d{7})? (?:\\p{L}+ ){0,2}(?:zugestellt|geliefert|ausgeliefert)',
      '(?:wir wollten|ich wollte|wir möchten|ich möchte|wollten|wollte) (?:\\p{L}+ ){0,3}(?:nachhören|nachfragen|fragen|sichergehen|sicherstellen|wissen|erkundigen|prüfen|checken),? (?:\\p{L}+ ){0,2}(?:ob|dass) [^.!?\\n]{0,80}(?:angekommen|eingetroffen|zugestellt|geliefert|erhalten|bekommen|gut gegangen|in ordnung|alles gut|alles passt|gefällt)(?: (?:ist|sind|hat|haben|wurde))?\\s?\\??',
      `(?:ist|sind) (?:ihre|ihr|deine|dein|die|das|der|alles) (?:\\p{L}+ ){0,2}(?:${PARCEL}(?: \\d{3}-\\d{7}-\\d{7})? )?(?:\\p{L}+ ){0,4}(?:angekommen|eingetroffen|zugestellt)\\s?\\?`,
      `(?:haben|hast) (?:sie|du) (?:ihre|deine|das|die|den|ihr|dein) (?:\\p{L}+ ){0,2}${PARCEL} (?:\\p{L}+ ){0,2}(?:erhalten|bekommen)\\s?\\?`,
      '(?:wir hoffen|ich hoffe|hoffentlich),? (?:dass )?(?:ihre|deine|das|die|der|ihr|dein|alles) [^.!?\\n]{0,60}(?:angekommen|eingetroffen|zugestellt)(?: (?:ist|sind))?',
      'alles (?:gut |heil |sicher |wohlbehalten )?angekommen\\s?\\?',
      `(?:konnten|haben|hast|konntest) (?:sie|du) (?:ihr|ihre|das|die|den|dein|deine) (?:\\p{L}+ ){0,2}${PARCEL} (?:\\p{L}+ ){0,3}(?:in empfang nehmen|entgegennehmen|erhalten|bekommen|auspacken)\\s?\\??`,
      'wie zufrieden (?:sind sie|bist du|seid ihr) (?:mit )?[^.!?\\n]{0,40}\\?',
      '(?:ist|war) (?:alles|das paket|die lieferung|die bestellung) (?:\\p{L}+ ){0,2}in ordnung(?: mit [^.!?\\n]{0,40})?\\s?\\?',
      'wie (?:gefällt|gefallen) (?:ihnen|dir|euch) (?:\\p{L}+ ){0,4}\\p{L}+\\s?\\?',
      '(?:melde|melden) (?:mich|uns) (?:nur )?(?:kurz|mal),? um (?:zu (?:fragen|hören)|nachzufragen|nachzuhören)',
      '(?:nur )?(?:kurz |mal )?nachfragen,? (?:ob|wie) [^.!?\\n]{0,60}(?:angekommen|gefällt|zufrieden|alles)',
      // "nur kurz nachfragen, wie Sie mit der Kanne zurechtkommen": a check-in without a purpose.
      '(?:nachfragen|nachhören|erkundigen|wissen|hören),? wie (?:sie|du|ihr) [^.!?\\n]{0,60}(?:zurechtkomm\\p{L}{0,2}|klarkomm\\p{L}{0,2}|zufrieden|gefällt|läuft)',
      '(?:ist|sind|kam|kamen) (?:\\p{L}+ ){0,4}(?:gut|heil|sicher|wohlbehalten|pünktlich) (?:\\p{L}+ ){0,2}(?:angekommen|eingetroffen|an)[^.!?\\n]{0,30}\\?',
      '(?:wie|was) (?:\\p{L}+ ){0,3}(?:macht sich|schlägt sich|läuft|funktioniert|gefällt)[^.!?\\n]{0,60}\\?',
      '(?:ist )?alles (?:gut|okay|ok|in ordnung|bestens|klar)(?: (?:mit|bei) [^.!?\\n]{0,40})?\\s?\\?',
      // "Passt soweit alles mit der Lieferung?"
      '(?:passt|ist|lief|klappt|war|lief) (?:soweit |so weit |denn |auch |bei ihnen |bei dir ){0,3}alles (?:gut |glatt |bestens )?(?:mit|bei) (?:der|ihrer|deiner|dem|ihrem|deinem) (?:\\p{L}+ )?(?:lieferung|zustellung|paket|sendung|bestellung)\\s?\\?',
      '(?:der |die |das )?(?:kurier|zusteller|paketdienst|fahrer|dhl|dpd|ups|gls|hermes) (?:hat|meldet|zeigt) (?:\\p{L}+ ){0,4}["„“»‚]?(?:zugestellt|geliefert)["“”«‘]?(?: gemeldet| angezeigt| vermerkt)?',
    ],
    helpOffers: [
      '(?:können sie sich|kannst du dich) (?:\\p{L}+ ){0,3}an (?:mich|uns) wenden',
      'wir sind (?:jederzeit |gerne |gern |immer ){0,4}für sie da',
      '(?:ich bin|wir sind|ich stehe|wir stehen) (?:\\p{L}+ ){0,3}(?:für sie|für dich|für euch) da',
      'stehen (?:wir )?(?:ihnen )?(?:jederzeit |gerne |gern ){0,4}zur verfügung',
      '(?:ich stehe|stehe ich) (?:ihnen )?(?:jederzeit |gerne |gern ){0,4}zur verfügung',
      '(?:bei|für) (?:fragen|rückfragen)',
      '(?:falls|wenn|sollten) (?:sie|du) (?:\\p{L}+ ){0,6}(?:etwas|irgendetwas|hilfe) (?:brauchen|benötigen|brauchst|benötigst)',
      '(?:melden|wenden) sie sich (?:einfach |gerne |gern |jederzeit ){0,3}(?:bei uns|an uns|bei mir|an mich)[^.!?\\n]{0,60}',
      '(?:wir sind|ich bin) (?:immer |jederzeit |gerne |gern |weiterhin ){1,3}(?:für sie |für dich |für euch )?(?:da|erreichbar)',
      'helfen (?:ihnen |dir )?(?:jederzeit |gerne |gern ){1,4}(?:weiter)?',
      '(?:ich bin|wir sind) (?:ab (?:heute|sofort|jetzt) |von nun an |ab jetzt )?(?:ihr|ihre|dein|deine|euer|eure) (?:\\p{L}+ ){0,2}(?:ansprechpartner(?:in)?|ansprechperson|kontaktperson|betreuer(?:in)?|kundenbetreuer(?:in)?|berater(?:in)?|servicepartner(?:in)?|support)',
      '(?:zögern sie nicht|zögere nicht),? (?:\\p{L}+ ){0,3}(?:zu kontaktieren|zu melden|sich (?:bei uns )?zu melden|uns zu schreiben)',
      '(?:sie können|du kannst) (?:sich |dich )?(?:jederzeit |gerne |gern ){1,4}(?:an uns wenden|bei uns melden|uns schreiben|uns kontaktieren)',
      '(?:wir sind|ich bin) (?:\\p{L}+ ){0,4}(?:für sie |für dich )?erreichbar',
      '(?:als|ihr|ihre|dein|deine) (?:feste[rn]? |persönliche[rn]? |direkte[rn]? |eigene[rn]? ){1,2}(?:ansprechpartner(?:in)?|ansprechperson|kontaktperson|betreuer(?:in)?|kundenbetreuer(?:in)?)',
      // "ich begleite Sie als fester Ansprechpartner durch alles, was nach dem Kauf kommt".
      '(?:begleite|begleiten|betreue|betreuen) (?:sie|dich|euch) (?:\\p{L}+ ){0,4}(?:als|bei|durch|rund um)[^.!?\\n]{0,80}',
      '(?:schreiben sie|schreib|schreibe|melden sie sich|meld dich|melde dich) (?:mir |uns )?(?:\\p{L}+,? ){0,4}(?:wann immer|sobald|immer wenn) (?:etwas ist|sie etwas brauchen|du etwas brauchst|etwas anliegt|fragen auftauchen)',
      // Help offered for whenever the buyer needs it.
      '(?:wenn|falls) sie (?:jemals |einmal )?(?:etwas|fragen) (?:brauchen|haben)', 'antworten sie einfach auf diese nachricht',
    ],
    purpose: [
      'leider', 'entschuldig\\p{L}{0,4}', 'beschädigt\\p{L}{0,2}', 'defekt\\p{L}{0,2}', 'kaputt', 'fehl(?:t|en|ende[nr]?)',
      'falsch\\p{L}{0,2}', '(?<!(?:bei|oder|und|sie|du|es|irgendwelche|eventuelle[n]?|etwaige[n]?) )problem\\p{L}{0,2}', 'verzöger\\p{L}{0,4}', 'verspät\\p{L}{0,4}', 'nicht (?:mehr )?(?:vorrätig|lieferbar)',
      'ausverkauft', 'rücksend\\p{L}{0,8}', 'retoure\\p{L}{0,2}', 'rückerstattung', 'erstatt\\p{L}{0,4}', 'ersatz\\p{L}{0,10}', 'umtausch',
      'austausch\\p{L}{0,2}', 'nachliefer\\p{L}{0,4}', 'schaden\\p{L}{0,4}', '\\p{L}{2,12}schaden', 'kratzer', 'zoll\\p{L}{0,2}', 'rückruf\\p{L}{0,4}',
      'sicherheit\\p{L}{0,8}', 'montage\\p{L}{0,4}', 'aufbau\\p{L}{0,8}', 'spedition\\p{L}{0,3}', '(?:liefer|zustell|wunsch)termin\\p{L}{0,2}',
      'hinweis\\p{L}{0,2}', 'beachten', 'angehängt\\p{L}{0,2}', 'beigefügt\\p{L}{0,2}', 'anhang', 'lizenz\\p{L}{0,8}', 'seriennummer',
      'techniker\\p{L}{0,2}', 'monteur\\p{L}{0,2}', 'entwurf\\p{L}{0,2}', 'entwürfe', 'vorschau\\p{L}{0,2}', 'freigabe', 'layout\\p{L}{0,2}',
      'schrift(?:art|farbe|zug|größe)\\p{L}{0,2}', 'gravier\\p{L}{0,4}', 'motiv\\p{L}{0,2}',
      'ihre (?:frage|anfrage)', '(?:sie|du) (?:hatten|haben|hattest|hast) (?:\\p{L}+ )?(?:gefragt|angefragt)',
      'storn\\p{L}{0,12}', '(?:liefer)?adresse', 'anschrift', 'hausnummer', 'gravur', 'personalisier\\p{L}{0,4}', 'termin\\p{L}{0,2}',
      'bitte (?:senden|bestätigen|prüfen|wählen|teilen|geben|antworten|schicken)', 'könnten sie', 'würden sie', 'möchten sie',
      'anbei', 'im anhang', 'rechnung', 'anleitung', 'garantie',
      'fehlt\\p{L}{0,2}', 'tut uns leid', 'bewertung\\p{L}{0,2}', 'rezension\\p{L}{0,2}', 'feedback', 'unterschrift', 'zu hause', 'stellen sie sicher',
      'fotos?',
      'maße',
      '(?:schicken|senden) sie uns',
      '\\p{L}{0,12}bewertung\\p{L}{0,2}',
      'wir (?:benötigen|brauchen)',
      // Instructions for the item (what to do before use) are a purpose of their own.
      'bitte beachten', 'vor (?:dem ersten )?gebrauch', 'vor der ersten benutzung',
    ],
  },

  topics: {
    address: [
      '(?:liefer|versand|post|rechnungs)?adresse\\p{L}{0,2}', 'anschrift', 'hausnummer', 'postleitzahl', 'plz', 'straßenname',
      'adress(?:angabe|zusatz|daten|änderung)\\p{L}{0,2}', 'briefkasten', 'klingel\\p{L}{0,6}', 'c/o', 'packstation',
      '(?:un)?zustellbar', 'empfänger\\p{L}{0,3}', 'hinterhaus', 'etage',
      'straße', 'stockwerk', 'wohnung\\p{L}{0,2}', 'postfach', 'paketshop', 'unvollständig', 'zurück an (?:den )?absender', 'verzogen', 'türschild',
    ],
    deliveryScheduling: [
      'liefertermin\\p{L}{0,2}', '(?:termin|zustelltermin|anlieferung|lieferung) (?:vereinbaren|abstimmen|absprechen)', 'termin\\p{L}{0,2}',
      'zeitfenster', 'liefer(?:tag|tage|fenster|zeitfenster|datum|wunsch)\\p{L}{0,2}', 'zustell(?:termin|tag|fenster)\\p{L}{0,2}', 'wunschtermin',
      'uhrzeit', 'vormittag\\p{L}{0,2}', 'nachmittag\\p{L}{0,2}', 'welche[nrm]? tag', 'bordstein\\p{L}{0,5}', 'palette', 'aufzug', 'treppe\\p{L}{0,3}', 'installation', 'abholung',
      'spedition\\p{L}{0,3}', 'speditionslieferung', 'anlieferung', 'monteur\\p{L}{0,2}', 'montage\\p{L}{0,4}', 'aufbau\\p{L}{0,6}', 'aufzubauen',
      'welche[rs]? (?:tag|termin|uhrzeit|zeit) (?:passt|ihnen|dir)', 'passt (?:ihnen|dir) (?:der |ein |am )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|termin|vormittag|nachmittag)',
    ],
    delivery: [
      'fahrer\\p{L}{0,2}', 'zusteller\\p{L}{0,2}', 'zustell\\p{L}{0,6}', 'zugestellt', 'geliefert', 'liefer(?:ung|ungen|n|t|te|ten|zeit|wagen|schein)', 'ausliefer\\p{L}{0,4}',
      '(?:paket|versand|kurier)dienst\\p{L}{0,3}', '(?:dhl|dpd|ups|gls|hermes|fedex)', 'zu hause',
      '(?:zwischen|gegen|ab|um|bis) \\d{1,2}(?::\\d{2})? (?:und \\d{1,2}(?::\\d{2})? )?uhr', 'ablageort', 'abstellort', 'abstellgenehmigung',
      'packstation', 'nicht angetroffen', 'zustellversuch\\p{L}{0,2}',
    ],
    customization: [
      'großbuchstaben', 'kleinbuchstaben', 'bevor wir (?:\\p{L}+ ){0,5}(?:zuschneiden|gravieren|drucken|besticken|nähen|fertigen|anfertigen|lasern)',
      'gravur\\p{L}{0,6}', 'gravieren', 'mitgraviert', 'personalisier\\p{L}{0,4}', 'individualisier\\p{L}{0,4}', 'individuell', 'wunschtext',
      'wunschname', 'ihr design', 'entwurf\\p{L}{0,2}', 'entwürfe', 'vorschau\\p{L}{0,2}', 'druckvorlage', 'druckdatei', 'korrekturabzug',
      'layout\\p{L}{0,2}', 'schriftart', 'schriftfarbe', 'schriftzug', 'schreibweise', 'bestick\\p{L}{0,4}', 'stickerei', 'flock\\p{L}{0,4}',
      'beflock\\p{L}{0,4}', 'aufdruck\\p{L}{0,2}', 'bedruck\\p{L}{0,4}', 'drucken', 'gedruckt', 'foto(?:s|buch|tasse|leinwand|druck)?',
      'hochgeladen\\p{L}{0,2}', 'hochladen', 'maßanfertigung', 'nach maß', '\\p{L}{0,10}maße', 'zuschnitt', 'zuschneid\\p{L}{0,3}', 'zugeschnitten', 'vormontier\\p{L}{0,4}',
      'anfertigung', 'farbton', 'farbwahl', 'initialen', 'monogramm\\p{L}{0,3}', 'freigabe', 'motiv\\p{L}{0,2}',
      'beschriftung', 'wortlaut', 'widmung', 'inschrift', 'logo', 'ihr (?:text|foto|bild)', 'ihre (?:initialen|fotos|bilder)',
    ],
    review: [REVIEW],
    problem: [
      'sturm\\p{L}{0,2}', 'ausgefallen', 'ausfall\\p{L}{0,2}', '(?:tage?|wochen?|stunden?) später',
      'leider', 'entschuldig\\p{L}{0,4}', 'tut (?:uns|mir) (?:sehr |wirklich |aufrichtig )?leid', 'bedauer\\p{L}{0,4}',
      'beschädig\\p{L}{0,4}', 'schaden\\p{L}{0,4}', '\\p{L}{2,12}schaden', 'schäden', 'defekt\\p{L}{0,3}', 'kaputt\\p{L}{0,3}',
      '(?:zer)?brochen', 'sprung', 'riss\\p{L}{0,2}', 'kratzer\\p{L}{0,2}', 'delle\\p{L}{0,2}', 'verbeult\\p{L}{0,2}',
      '(?:fehlt|fehlen|fehlend\\p{L}{0,2})', 'falsch\\p{L}{0,3}', 'verwechs\\p{L}{0,4}', 'verzöger\\p{L}{0,4}', '\\p{L}{2,12}verzögerung',
      'verspät\\p{L}{0,4}', 'rückstau', 'verloren', 'vermisst', 'nicht (?:mehr )?(?:vorrätig|lieferbar|auf lager|verfügbar)',
      'ausverkauft', 'vergriffen', 'lieferengpass', 'rückruf\\p{L}{0,4}', 'sicherheit\\p{L}{0,8}', 'betroffen\\p{L}{0,2}',
      'problem\\p{L}{0,2}', 'fehler\\p{L}{0,2}', '\\p{L}{2,12}fehler', 'mangel', 'mängel', 'reklamation\\p{L}{0,2}',
      '(?:rück|teil)?erstatt\\p{L}{0,4}', 'ersatz\\p{L}{0,12}', 'austausch\\p{L}{0,2}', 'umtausch', 'storn\\p{L}{0,6}', 'zoll\\p{L}{0,2}',
      '(?:funktioniert|geht|lädt|startet|reagiert) nicht', 'nicht (?:mehr |richtig )?(?:funktioniert|funktionieren|startet|angeht|lädt|läuft|reagiert|einrastet|passt)',
      'nicht (?:zugestellt|angekommen|ankommen|ankam|geliefert|versendet|ausführen)', '(?:hängt|steckt|hing|steckte) (?:\\p{L}+ ){0,5}fest', 'verschollen',
      'nachforschung\\p{L}{0,8}', '(?:un|nicht )vollständig', 'fehlerhaft\\p{L}{0,2}', 'reparatur\\p{L}{0,4}', 'garantiefall', 'gewährleistung\\p{L}{0,6}',
      'tauschen (?:\\p{L}+ ){0,3}um', 'nach(?:geschickt|schicken|senden|liefern|geliefert)', 'abweich\\p{L}{0,4}',
      'weicht', 'unterlaufen', 'versehen\\p{L}{0,2}', 'irrtum', 'überhitz\\p{L}{0,4}', 'erwärm\\p{L}{0,4}', 'undicht',
      'ausgelaufen', 'zurückgerufen', '(?:ge|zer)sprungen\\p{L}{0,2}', 'gerissen\\p{L}{0,2}', 'nicht mehr (?:versenden|liefern|ausführen|herstellen)', 'stoppen sie',
      // Mehr Wörter eines unerwarteten Problems (kritischer Kontaktgrund).
      'streik\\p{L}{0,2}', 'unwetter', 'wetter\\p{L}{0,6}', 'schnee\\p{L}{0,4}', 'hochwasser', 'engpass', 'nicht erhältlich', 'eingestellt', 'verschoben',
      'verschieb\\p{L}{0,3}', 'fehlgeschlagen', 'zurückgeschickt', 'zurückgesendet', 'zurückgegangen', 'fleck\\p{L}{0,2}', 'verbogen', 'locker',
      'anstatt', 'nur (?:ein|einer|eins|teilweise)', 'warnung', 'gefahr\\p{L}{0,4}', 'risiko', 'reklamier\\p{L}{0,3}', 'beanstand\\p{L}{0,4}',
      '(?:andere[nr]?|falsche[nr]?) (?:tür|haustür|haus|adresse)', 'nachbar\\p{L}{0,2}', 'reklamation', 'vertauscht',
    ],
  },
};
