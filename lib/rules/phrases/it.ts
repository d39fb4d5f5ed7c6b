/** Italian phrases. Syntax: see ./types.ts. */
import type { PhraseBook } from './types.ts';
import { spelledPhone } from './numbers.ts';
import { refusedOffers, refusedOutside, refusedWays, type RefusalWords } from './refusals.ts';

/** Words for a review or seller feedback. "Commento" and "commenti" both. */
const REVIEW = '(?:recension[ei]|feed ?back|valutazion[ei]|comment[oi]|giudizi[oi]?)';
const INCENTIVE_WORDS =
  '(?:gratis|gratuit\\p{L}{0,2}|omaggi[oi]|regal\\p{L}{0,4}|scont[oi]|buon[oi] (?:sconto|regalo|acquisto|amazon)|coupon|carta regalo|gift ?card|rimbors\\p{L}{0,5}|denaro|soldi|contanti|ricompensa|premi[oi]?|bonus)';
/** Money and percentages: "10 €", "20 %", "9,90 euro", "€ 10". */
const AMOUNT = '(?:\\d{1,3} ?%|\\d{1,4}(?:[,.]\\d{2})? ?(?:€|euro))';
const AMOUNT_SIGN = '€ ?\\d{1,4}';
const INCENTIVE = `(?:${INCENTIVE_WORDS}|${AMOUNT})`;

/** Posting a review: lasciare, scrivere, pubblicare, condividere, dare, mettere, raccontare (all forms). */
const POST_VERB =
  '(?:lasc\\p{L}{1,7}|scriv\\p{L}{0,6}|scritt[oaie]|pubblic\\p{L}{0,6}|condivi\\p{L}{1,6}|rilasc\\p{L}{1,6}|mett\\p{L}{1,6}|mess[oa]|raccont\\p{L}{1,6}|post\\p{L}{1,5}|dà|dia|dai|date|dare|darà|darai|darci|darmi|dato)';
/**
 * What a customisation message asks an opinion about: "il Suo parere sulla tonalità", "un
 * feedback sull'anteprima" is about a design choice, not a review.
 */
const CHOICE =
  "(?:anteprim\\p{L}|bozz\\p{L}|design|grafic\\p{L}|prov\\p{L}|campion\\p{L}|disegn\\p{L}|test\\p{L}|foto|propost\\p{L}|impaginazion\\p{L}|color\\p{L}|tonalit\\p{L}|tessut\\p{L}|misur\\p{L}|incision\\p{L}|ricam\\p{L}|stamp\\p{L}|font|caratter\\p{L}|version\\p{L}|opzion\\p{L}|modell\\p{L}|finitur\\p{L}|legno|scelt\\p{L})";
const NOT_ABOUT_CHOICE = `(?! (?:sull'|sulla |sul |sui |sulle |sugli |riguardo (?:al |alla |all'|ai |alle )|circa (?:il |la |l'|i |le )|per (?:il |la |l'|i |le ))(?:\\p{L}+ )?${CHOICE})`;
/** Words for an opinion a buyer could publish. */
const OPINION = `(?:recension[ei]|feed ?back${NOT_ABOUT_CHOICE}|valutazion[ei]|opinion[ei]${NOT_ABOUT_CHOICE}|parer[ei]${NOT_ABOUT_CHOICE}|comment[oi]${NOT_ABOUT_CHOICE}|giudizi[oi]?|impression[ei]${NOT_ABOUT_CHOICE}|esperienz[ae]|stell(?:e|ine)|vot[oi])`;
/** An order, a parcel, a purchase, with its article: "il Suo ordine", "l'articolo", "il pacco". */
const ORDER =
  "(?:l'|(?:il|lo|la|i|gli|le|questo|questa|quest') ?)?(?:(?:suo|sua|tuo|tua|vostro|vostra|suoi|sue|tuoi|tue|nuov[oaie]) )?(?:ordine|ordini|pacco|pacchi|articolo|articoli|spedizione|acquisto|prodotto|collo|colli|merce)";
/** Arrived, delivered, received (participles). */
const ARRIVED = '(?:arrivat\\p{L}|giunt\\p{L}|consegnat\\p{L}|ricevut\\p{L}|pervenut\\p{L}|stat\\p{L} consegnat\\p{L})';
/** The order a buyer could be asked to cancel. */
/** Buying: "ordinarla", "lo rifaccia", "acquisti". */
const BUY_VERB =
  '(?:ordinar\\p{L}{0,4}|ordini|ordina|ordinate|ordinerà|ordinerai|acquistar\\p{L}{0,4}|acquisti|acquista|acquistate|acquisterà|acquisterai|comprar\\p{L}{0,4}|compri|compra|comprate|comprerà|rifacci\\p{L}{0,2}|rifare|rifarlo|rifarla|rifallo|riordinar\\p{L}{0,4}|riordini|prenotar\\p{L}{0,4}|prenoti)';
/** Up to three words, not a shipping participle ("verrà spedito direttamente da noi"). */
const BUY_GAP = "(?:(?!spedit|inviat|consegnat|gestit|evas|prodott|realizzat|fabbricat)[\\p{L}\\p{N}'-]+ ){0,3}";
const CANCEL_OBJECT =
  "(?:(?:\\p{L}+ )?(?:l'|(?:il|lo|la|i|gli|le|questo|quest') ?)?(?:(?:suo|sua|tuo|tua|vostro|vostra) )?(?:ordine|ordini|acquisto|articol[oi]|prodott[oi]|prenotazione))";
const CANCEL_INFINITIVE = `(?:(?:fare|effettuare|eseguire) (?:lei |tu |voi |direttamente )?(?:l'|un')(?:annullamento|cancellazione)|(?:annullare|cancellare) ${CANCEL_OBJECT}|(?:annull|cancell)ar(?:lo|la|li|le)|richiedere (?:\\p{L}+ ){0,2}(?:la |l'|un'|una )?(?:cancellazione|annullamento)|procedere (?:\\p{L}+ )?(?:all'|alla |con l'|con la )(?:annullamento|cancellazione)|(?:inviare|inoltrare|fare|aprire|presentare) (?:una |la )?richiesta di (?:annullamento|cancellazione))`;
/** Contact details a seller could ask for (not the shipping address: that is an address question). */
const CONTACT =
  "(?:(?:(?<!\\p{L})l'|(?<!\\p{L})un'|(?:il|un|uno|una|la) )(?:(?:suo|sua|tuo|tua|vostro|vostra) )?(?:indirizzo (?:e-?mail|email|mail|di posta(?: elettronica)?|pec)|recapito (?:telefonico|e-?mail|email|mail|whatsapp|di posta(?: elettronica)?|di telefono|di cellulare)|contatto (?:di posta(?: elettronica)?|di telefono|di cellulare)|numero (?:a cui|dove|al quale|su cui|per) (?:chiamar|richiamar|contattar|raggiunger|sentir|trovar|telefonar)\\p{L}{1,4}|numero (?:di )?(?:telefono|cellulare|telefonico|whatsapp|di contatto|mobile|personale|privato)|numero whatsapp|contatto (?:whatsapp|telefonico|e-?mail|email)|e-?mail (?:personale|privata))|(?<!(?:del|dal|al|sul|nel|col|allo|dello|sullo|nello|della|dalla|alla|sulla|nella) )(?:(?:il|la|l') ?)?(?:suo|sua|tuo|tua|vostro|vostra) (?:indirizzo (?:e-?mail|email|mail|di posta(?: elettronica)?|pec)|e-?mail|email|mail|pec|cellulare|telefono|numero(?: di telefono| di cellulare| whatsapp| telefonico)?|whatsapp|recapito(?: telefonico)?)(?! (?:\\p{L}+ )?(?:rott|danneggiat|acces|spent|model|marca|schermo|display|caricat|civico)))";

/** A way of paying or a messenger named only to refuse it (refusals.ts). */
const REFUSALS: RefusalWords = {
  ways: ['bonific\\p{L}{0,3}', 'contanti', 'contrassegno', 'satispay', 'post ?e ?pay', 'ricaric\\p{L}+ post ?e ?pay', 'ricaric\\p{L}+', 'vaglia(?: postale)?', 'iban', 'assegn\\p{L}', 'carta prepagata'],
  joiners: [',', ',? o', ',? oppure', ',? e', ',? né'],
  negations: ['non', 'né', 'mai', 'nessun\\p{L}*', 'senza'],
  refusals: ['(?:non|mai) (?:\\p{L}+ ){0,2}(?:è possibile|sono possibili|è previsto|sono previsti|è un[\'’]opzione|sono accettat\\p{L}|è accettat\\p{L}|accettiamo|usiamo|utilizziamo|serve|servono|è necessari\\p{L}|occorre)', 'non (?:\\p{L}+ )?(?:è|sono) (?:\\p{L}+ )?(?:possibil\\p{L}|previst\\p{L}|accettat\\p{L}|un[\'’]opzione|necessari\\p{L})', 'non è una strada', '(?:hai|ha) usat\\p{L} per pagare su amazon'],
  reported: ['(?:ci |mi )?(?:chiede|chiedeva|ha chiesto|chiedi|chiedevi|hai chiesto|propone|proponeva|ha proposto|ha scritto|hai scritto|scrive|scriveva|vuole sapere|voleva sapere)', '(?:la sua|la tua|alla sua|alla tua|sua|tua) (?:domanda|richiesta|proposta)', 'ho letto che'],
  acknowledged: ['capisco che', 'comprendo che', 'grazie per (?:averci )?(?:proposto|offerto)'],
  neverAsk: ['non (?:le |ti |vi )?(?:chiederemo|chiediamo|chiederà|chiederanno) mai', 'mai (?:le |ti |vi )?(?:chiederemo|chiediamo)'],
  prepositions: ['con', 'tramite', 'via', 'su', 'per', 'in', 'mediante', '(?:il |un )?pagamento (?:con|tramite|via|in)', 'pag\\p{L}{1,6} (?:\\p{L}+ ){0,2}(?:con|tramite|via|in)'],
};
const OUTSIDE_AMAZON = 'fuori (?:da|di) amazon';

/** A discount code or a better price the buyer asked for, refused (refusals.ts refusedOffers). */
const OFFERS = ['codic[ei] (?:di )?(?:sconto|promozionali?|promo)', 'coupon', 'buoni? sconto', 'sconti', 'sconto', 'prezzo (?:speciale|migliore)', 'miglior prezzo'];

export const it: PhraseBook = {
  language: 'it',
  name: 'Italian',
  wordBoundaries: true,
  stopWords: [
    'il', 'lo', 'la', 'gli', 'le', 'e', 'è', 'di', 'che', 'per', 'con', 'una', 'un', 'del', 'della',
    'suo', 'sua', 'vostro', 'nostro', 'nostra', 'grazie', 'ordine', 'saluti', 'cordiali', 'gentile',
    'non', 'sono', 'abbiamo', 'ha', 'lei', 'ci', 'si', 'al', 'alla', 'nel', 'nella', 'questo',
    'anche', 'buongiorno', 'ciao', 'tuo', 'tua', 'dell', 'sul', 'sulla', 'molto', 'più',
  ],
  importantTagWords: ['importante', 'urgente', 'attenzione', 'avviso importante'],

  promotion: {
    patterns: [
      "(?:nostra pagina|nostro negozio|nostra vetrina) (?:su )?amazon",
      "(?:molti |tanti )?clienti (?:\\p{L}+ ){0,2}(?:aggiungono|prendono|comprano|acquistano|abbinano|scelgono) (?:anche |pure )?(?:il nostro|la nostra|i nostri|le nostre)",
      "(?:cerchi|cerca|cercare|digiti|digita) [^.!?\\n]{1,40}su amazon",
      // Altri prodotti e offerte nella forma generale (G1701).
      "(?:presto|prossimamente) (?:disponibil\\p{L}|in vendita|nel nostro)",
      "spedizione gratuita (?:sul|per il|dal) (?:suo |tuo )?prossimo",
      "novità (?:del|nel|dal) nostr[oa]",
      '\\d{1,3} ?% (?:di sconto|in meno|off)',
      "sconto (?:del |di )?\\d{1,3} ?% (?:su tutt\\p{L}+|sull'intero|sull'intera|sul nostro|sui nostri|sulle nostre|sulla nostra|su qualsiasi|su ogni|valido (?:fino|per|su|sul)|riservato|esclusivo|per (?:lei|te|voi) su)",
      'codic[ei] (?:sconto|promo(?:zionale)?|coupon|amico|invito|referral)',
      '(?:un|il nostro|uno|questo) (?:buono|coupon) (?:sconto|regalo|acquisto)',
      '(?:sul|sulla|per il|per la|al|nel|alla|dal) (?:suo |tuo |vostro |sua |tua )?(?:prossim[oa]|futur[oa]) (?:ordine|acquisto|spesa|ordinazione)',
      '(?:saldi|offerte (?:speciali|esclusive|riservate)|promozioni? (?:speciali?|esclusive?|riservat\\p{L}))',
      'offerta (?:esclusiva|limitata|speciale|lampo|riservata)',
      '(?:le|alle|sulle|delle|nostre|nuove|ultime) promozioni',
      '(?:le nostre|una nostra|nostre) (?:promozioni|promozione|offerte|novità)',
      '(?:è|sono|ora|attualmente|adesso|oggi) in (?:offerta|promozione|saldo)',
      '(?:offerte|sconti|promozioni) (?:del |di |per il |per la )?(?:black friday|cyber monday|prime day|natale|san valentino|festa della mamma|festa del papà)',
      '(?:acquistare|acquisti|ordinare|ordini|comprare|compri|acquisterà|ordinerà) (?:di nuovo|ancora|nuovamente) (?:da noi|nel nostro|presso di noi)',
      '(?:i nostri|le nostre) (?:nuov[ie]|altr[ie]|ultim[ie]) (?:collezion[ie]|prodotti|articoli|modelli|creazioni|proposte|accessori)',
      '(?:gli |le )?(?:altri nostri|altre nostre) (?:collezion[ie]|prodotti|articoli|modelli|creazioni|proposte|accessori)',
      'nuov[ae] (?:collezion[ei]|linea|linee|gamma)',
      'nuovi (?:arrivi|prodotti|modelli)',
      '(?:sono|è) appena (?:uscit|arrivat)[oaie] (?:le|i|gli|la|il|l\'|lo) (?:nostr\\p{L} )?nuov\\p{L}+',
      'collezione (?:autunn|invern|primaver|estat|estiv|natal)\\p{L}*',
      "(?:visiti|visita|visitate|visitare|scopra|scopri|scoprite|scoprire|esplori|esplora|sfogli|sfoglia|curiosi|curiosa|curiosate) (?:pure |anche |subito ){0,3}(?:\\p{L}+ ){0,6}(?:al|alla|il|la|i|le|nel|nella|sul|sulla|ai|alle|tra|fra) (?:nostr[oaie]|altr[ie]) (?:\\p{L}+ )?(?:negozio|negozi|store|vetrina|shop|prodotti|catalogo|gamma|collezion\\p{L}|articoli|linea|pagina amazon|brand store|creazioni|proposte|novità)",
      "(?:dia|dai|date|dare|diate|daremo) (?:pure |anche |subito |ora ){0,3}un'occhiata (?:anche )?(?:al|alla|ai|alle|agli|nel|nella|nei|sul|sulla|sui|tra|fra) (?:nostr[oaie]|altr[ie]) (?:\\p{L}+ )?(?:negozio|negozi|store|vetrina|shop|prodotti|catalogo|gamma|collezion\\p{L}|articoli|linea|pagina|creazioni|proposte|novità)",
      "un'occhiata (?:[\\p{L}'-]+ ){0,10}(?:nel|al|sul|nella|alla) nostr[oa] (?:\\p{L}+ )?(?:negozio|store|vetrina|shop|catalogo)",
      // "Dia anche un'occhiata al resto della nostra collezione": other products (G1701).
      '(?:il |al )?resto (?:della|del|dei|delle) nostr[oaie] (?:\\p{L}+ )?(?:collezion\\p{L}|gamma|catalogo|negozio|prodotti|articoli|linea|assortimento|creazioni)',
      '(?:le|li|lo|la) (?:trova|trovi|troverà|troverai|trovate) (?:tutt[ei] )?(?:\\p{L}+ )?(?:nel|nella|sul|sulla) nostr[oa] (?:\\p{L}+ )?(?:negozio|vetrina|store|shop|catalogo)',
      '(?:nella|sulla) nostra vetrina',
      '(?:disponibil\\p{L}+|in vendita) (?:anche |ora |già )?nel nostro (?:negozio|store|shop) (?:su amazon|amazon)',
      '(?:produciamo|realizziamo|vendiamo|offriamo|proponiamo|abbiamo) anche (?:\\p{L}+ ){0,3}(?:abbinat\\p{L}|coordinat\\p{L}|in tinta|altri|altre|simili)',
      '(?:molti|tanti|altri) (?:nostri )?clienti (?:\\p{L}+ ){0,2}(?:abbinano|acquistano anche|comprano anche|scelgono anche|hanno acquistato anche|prendono anche|abbinano anche)',
      "(?:potrebbe(?:ro)?|può|possono) (?:anche )?(?:interessarle|interessarti|interessarvi|piacerle|piacerti|piacervi) anche",
      'newsletter',
      '(?:iscriviti|si iscriva|iscriversi|iscrivervi|iscrivetevi|iscriverti) (?:\\p{L}+ )?(?:alla|al) nostr[ao]',
      '(?:seguici|ci segua|seguiteci|seguirci|ci segui|seguite) (?:anche )?(?:su|sui)',
      '(?:su|sulla nostra pagina|sul nostro profilo|sul nostro canale) (?:instagram|facebook|tiktok|pinterest|youtube)',
      '(?:presenti|porti|inviti|presenta|porta|invita) (?:un |una |i suoi |i tuoi )?(?:amic[oaie]|conoscent\\p{L})',
      '(?:concorso|concorsi) (?:a premi|mensile|fotografico|esclusivo)',
      '(?:estrazione|lotteria) a premi',
      '(?:partecipa|partecipi|partecipare) (?:\\p{L}+ ){0,2}(?:al|a un|alla|all\') (?:nostro |nostra )?(?:concorso|estrazione|lotteria|giveaway)',
      '(?:in palio|vincere (?:un|una|uno) (?:\\p{L}+ )?(?:buono|premio|carta regalo|gift card|prodotto))',
      'programma (?:fedeltà|di fedeltà|vip|punti)',
      '(?:carta|punti|club) fedeltà',
      '(?:riservat[oaie]|dedicat[oaie]) (?:ai|agli) (?:nostri )?(?:clienti (?:vip|fedeli|iscritti)|iscritti|abbonati)',
      'in anteprima (?:le|i|gli|la|il) (?:nostr\\p{L} )?(?:promozion|offert|novità|scont|nuov)\\p{L}*',
      // New arrivals: "abbiamo appena messo in catalogo tre fragranze nuove", "abbiamo lanciato la nuova linea".
      "(?:abbiamo|ho) (?:appena |da poco |ora |proprio )?(?:messo in catalogo|aggiunto al (?:nostro )?catalogo|inserito in catalogo|messo in vendita|lanciato|introdotto|presentato) (?:[\\p{L}\\p{N}'-]+ ){0,5}(?:nuov\\p{L}+|novità|inedit\\p{L}+)",
      '(?:nuov[ie]|ultim[ie]) (?:colori|fragranze|gusti|varianti|referenze|creazioni|fantasie|profumi|arrivi) (?:\\p{L}+ ){0,2}(?:appena|sono|è|ora|in catalogo|disponibili)',
      // A search for the shop or brand on Amazon: 'cercando "Essenze del Sud" su Amazon'.
      '(?:cercando|cerchi|cerca|cercate|cercare|digiti|digita|digitando|scrivendo) (?:pure |semplicemente )?["“«][^"”»\\n]{2,40}["”»] (?:su|nella ricerca di|nella barra di ricerca di) amazon',
      // "You might also like": "potrebbe interessarti il nostro set di filtri".
      '(?:potrebbe(?:ro)?|può|possono) (?:anche )?(?:interessarle|interessarti|interessarvi|piacerle|piacerti|piacervi|servirle|servirti|tornarle utile|tornarti utile) (?:anche )?(?:il nostro|la nostra|i nostri|le nostre|il nuovo|la nuova|un nostro|una nostra)',
      '(?:le|ti|vi) (?:potrebbe(?:ro)?|può|possono) (?:anche )?(?:interessare|piacere|servire|tornare utile) (?:anche )?(?:il nostro|la nostra|i nostri|le nostre|il nuovo|la nuova|un nostro|una nostra)',
      "chi (?:compra|acquista|prende|sceglie|ha comprato|ha acquistato|ha preso|ha scelto) (?:[\\p{L}']+ ){1,6}(?:(?:torna a )?(?:prende|compra|acquista|sceglie|ordina|abbina)(?:re)?) (?:spesso |di solito |quasi sempre )?(?:anche|pure)",
    ],
    exceptions: [
      ...refusedOffers(REFUSALS, OFFERS),
      'condizioni (?:generali )?di vendita',
      'post[- ]vendita',
      'assistenza post',
      "(?:durante|con|tramite|grazie a|in occasione de\\p{L}{0,3}) (?:l'|un'|la |una |le |il |i |gli )?(?:\\p{L}+ ){0,1}(?:offert\\p{L}|promozion\\p{L}|saldi|sconti)(?: (?:lampo|speciale|esclusiva|limitata|del black friday|del prime day|di natale|del cyber monday))?",
      "(?:nell'|dell'|all'|dall'|coll')offerta (?:lampo|speciale|esclusiva|limitata)",
      // The ordered item itself belongs to a new collection: "il tavolino che ha ordinato è della nuova collezione".
      "(?:ha|hai|avete) (?:ordinato|acquistato|comprato|scelto) (?:[\\p{L}'-]+ ){0,4}(?:della|dalla|nella|alla) nuova (?:collezione|linea|gamma)",
      // A gift card's balance spent at Amazon's checkout.
      'saldo (?:di|del) (?:un |tuo |suo )?buono regalo',
    ],
  },

  reviewPositive: {
    patterns: [
      {
        pattern: `(${REVIEW}) (?:positiv[oaie]|favorevol[ei]|eccellent[ei]|ottim[oaie]|entusiastic\\p{L}|entusiast[aei]|stupend[oaie]|meraviglios[oaie]|bell[oaie]|buon[oaie]?|splendid[oaie]|massim[oaie]|top|a (?:5|cinque) stell(?:e|ine)|da (?:5|cinque) stell(?:e|ine)|con (?:5|cinque) stell(?:e|ine))`,
        replacement: '$1',
        label: 'reviewWithoutKind',
      },
      {
        pattern: `(?:buon[ao]?|buone|ottim[oaie]|bell[ao]|bel|belle|splendid[ao]|positiv[oa]|fantastic[ao]|eccellente|super) (${REVIEW})`,
        replacement: '$1',
        label: 'reviewWithoutKind',
      },
      {
        pattern: '(?:5|cinque) stell(?:e|ine)',
        replacement: 'una recensione',
        label: 'reviewWithoutRating',
      },
      '(?:il )?massimo (?:dei voti|delle stelle|del punteggio|punteggio)',
      '(?:niente|nulla) (?:di )?meno di (?:5|cinque) stelle',
      `(?:menzionare|menzioni|menziona|scrivere|scriva|scrivi|dire|dica|di'|sottolineare|sottolinei|sottolinea|citare|citi|cita|raccontare|racconti|racconta)[^.!?\\n]{0,40} (?:nella|nel) (?:sua |tua |vostra )?${REVIEW}`,
      `(?:nella|nel) (?:sua |tua |vostra )?${REVIEW},? (?:\\p{L}+ ){0,2}(?:menzion|scriv|dic|sottoline|cit|parl|raccont)\\p{L}{1,6}`,
      `(?:quando|se|appena|una volta che) (?:\\p{L}+ )?(?:scriverà|scrive|scrivi|scriverai|lascerà|lascia|lasci|lascerai|pubblicherà|pubblica) (?:la|una|il|un) (?:sua |tua )?${REVIEW}[^.!?\\n]{0,80}(?:menzionasse|menzioni|scrivesse|scriva|dicesse|dica|sottolineasse|sottolinei|citasse|citi|parlasse|parli|parlare|menzionare|citare|sottolineare)`,
      // The top rating without the word "stars", word of mouth with a review, only the fully satisfied asked, what to write.
      '(?:il )?voto più alto',
      'punteggio pieno',
      'il massimo dei voti',
      'tutte le stelle',
      '(?:la )?facessi conoscere (?:ad |a )?(?:amici|colleghi)[^.!?\\n]{0,120}recensione',
      'solo (?:ai )?clienti (?:\\p{L}+ ){0,2}(?:100 ?%|pienamente|completamente|totalmente) soddisfatti',
    ],
    exceptions: [
      `(?:grazie|la ringraziamo|ti ringraziamo|vi ringraziamo|ringraziamo) (?:\\p{L}+ ){0,2}(?:per|della|del|dello|dei|delle) (?:la |il |l' ?)?(?:sua |tua |vostra |vostro |suo |tuo )?(?:\\p{L}+ )?${REVIEW} (?:positiv[oaie]|bell[oaie]|ottim[oaie]|splendid[oaie]|a (?:5|cinque) stelle)`,
      'buon (?:feedback|commento) (?:dal|del) (?:tecnico|corriere)',
      '(?:hotel|albergo|alberghi|resort|ristorante|ristoranti|struttur\\p{L}|campeggio) (?:a |di |da )?(?:5|cinque) stelle',
      "valutazion[ei] (?:positiv\\p{L}|negativ\\p{L}|favorevol\\p{L}) (?:\\p{L}+ )?(?:del|della|dell'|dei|delle|sul|sulla) (?:sua |tua )?(?:richiesta|reso|tecnico|garanzia|pratica|danno|reclamo|difetto|perizia|caso|domanda|assicurazione)",
      "(?:esito|in caso di|dopo|previa) (?:una |la )?valutazion[ei] (?:positiv\\p{L}|favorevol\\p{L})",
    ],
  },

  reviewConditional: {
    patterns: [
      `se (?:è|e'|sei|siete|fosse|foste|è stato|è stata|sei stato|sei stata|siete stati|è rimast[oa]|sei rimast[oa]|ne è|ne sei) (?:\\p{L}+ )?(?:soddisfatt[oaie]|content[oaie]|felic[ei])[^.!?\\n]{0,80}${REVIEW}`,
      `se (?:le|ti|vi|gli) (?:è piaciut[oaie]|sono piaciut[oaie]|piace|piacciono|è stat[oa] utile)[^.!?\\n]{0,80}${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}se (?:è|sei|siete|è stato|è stata|sei stato|sei stata) (?:\\p{L}+ )?(?:soddisfatt[oaie]|content[oaie])`,
      `(?:ci contatti|contattaci|contattateci|ci scriva|scrivici|scriveteci|ci avvisi|avvisaci|ci scrivi|mi scriva|mi contatti) (?:prima|direttamente|subito)? ?(?:prima di|invece di|anziché)[^.!?\\n]{0,40}${REVIEW}`,
      `(?:contatt\\p{L}{0,6}|scriv\\p{L}{0,6}|avvis\\p{L}{0,6}) (?:\\p{L}+ ){0,2}prima (?:a noi |a me )?(?:di|che) (?:\\p{L}+ ){0,2}(?:${POST_VERB}) (?:\\p{L}+ ){0,2}${REVIEW}`,
      `(?:prima di|invece di|anziché) (?:${POST_VERB}) (?:una |un |il |la |qualsiasi |eventuali |un')?(?:\\p{L}+ )?${REVIEW}`,
      `(?:prima di|invece di|anziché) (?:recensir\\p{L}{0,4}|valutarci|votarci)`,
      `(?:non|evit\\p{L}{1,4} di|eviti|evita) (?:lasci|scriv|pubblic|rilasc|d)\\p{L}{0,5} (?:\\p{L}+ )?(?:una |un |il |la |nessun[ao]? |alcun[ao]? )?${REVIEW} (?:negativ\\p{L}|cattiv\\p{L}|bass\\p{L}|da (?:1|una|2|due) stell\\p{L})`,
      '(?:altrimenti|in caso contrario|se (?:invece )?(?:non|qualcosa|ci fosse|ci sono|avesse|ha avuto qualche)|se invece)[^.!?\\n]{0,60}(?:ci contatti|contattaci|ci scriva|scrivici|scriva|scrivi|ci avvisi|avvisaci) (?:prima a noi|a noi prima|prima di tutto a noi|prima(?=\\s*(?:[,.;:!?]|$)))',
    ],
  },

  reviewIncentive: {
    patterns: [
      `(?:per|a fronte di|in cambio di|con) (?:ogni|ciascuna|qualsiasi) (?:\\p{L}+ )?${REVIEW}[^.!?\\n]{0,60}${INCENTIVE}`,
      `${INCENTIVE_WORDS}[^.!?\\n]{0,60}(?:per ogni|per ciascuna|per qualsiasi) (?:\\p{L}+ )?${REVIEW}`,
      `in cambio (?:di|della|del|per) (?:una |un |la |il |sua |tua |la sua |la tua |il suo |il tuo )?(?:\\p{L}+ )?${REVIEW}`,
      `${INCENTIVE_WORDS}[^.!?\\n]{0,60}(?:per|dopo|se|quando|appena|una volta che|a chi|a tutti quelli che|a tutti coloro che|a coloro che|dopo che|non appena) (?:lei |tu )?(?:ci |mi |ne )?(?:ha |hai |avrà |avrai |avete |avrete )?(?:${POST_VERB})[^.!?\\n]{0,30}${REVIEW}`,
      `${AMOUNT}[^.!?\\n]{0,60}(?:per|dopo|se|quando|appena|una volta che|a chi) (?:ci |mi |lei |ne )?(?:${POST_VERB})[^.!?\\n]{0,30}${REVIEW}`,
      `${AMOUNT_SIGN}[^.!?\\n]{0,60}(?:per|dopo|se|quando|appena|una volta che|a chi) (?:ci |mi |lei |ne )?(?:${POST_VERB})[^.!?\\n]{0,30}${REVIEW}`,
      `${INCENTIVE_WORDS} (?:per|a fronte di) (?:una |un |la sua |la tua |il suo |il tuo )?(?:\\p{L}+ )?${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}(?:e|per|così) (?:ricever\\p{L}{1,3}|otterr\\p{L}{1,3}|ottenere|avrà|avrai|avere|le (?:invieremo|regaleremo|daremo|spediremo|rimborseremo|offriremo)|ti (?:invieremo|regaleremo|daremo|spediremo|rimborseremo|offriremo))[^.!?\\n]{0,40}${INCENTIVE}`,
      `(?:screenshot|screen|schermata|link|prova|foto) (?:\\p{L}+ ){0,2}(?:della|del) (?:sua |tua |vostra |suo |tuo )?${REVIEW}`,
      `(?:vedere|mandarci|inviarci|mostrarci|ci mandi|ci invii|ci mostri|ci basta vedere) (?:\\p{L}+ ){0,3}(?:${REVIEW}) pubblicat\\p{L}`,
      // Faster help or free products traded for a review: "once your review is up, we ship the part the same day", a tester club.
      'appena (?:vediamo (?:online )?)?la (?:tua|sua) recensione',
      '(?:club|programma|gruppo) (?:di )?tester',
      'in cambio (?:\\p{L}+ ){0,3}(?:una )?recensione',
    ],
  },

  reviewChange: {
    patterns: [
      // "ritoccare le stelle che ci ha dato", "alzare il voto", "rivedere il punteggio".
      "(?:ritocc|modific|cambi|alz|aument|aggiorn|rived|corregg|riconsider|sistem)\\p{L}{0,6} (?:\\p{L}+ ){0,2}(?:stelle|stelline|stellette|voto|punteggio)(?! (?:della|del|dell') (?:pratica|richiesta|tecnico|perizia|esame|scuola|verifica))",
      `(?:modificare|cambiare|rimuovere|eliminare|cancellare|ritirare|aggiornare|riconsiderare|correggere|rivedere|togliere|alzare|migliorare)(?: la| il| sua| tua| questa| questo| quel| quella| lo){0,2} ?(?:\\p{L}+ )?${REVIEW}`,
      `(?:modifichi|cambi|rimuova|elimini|cancelli|ritiri|aggiorni|riconsideri|rivedere|tolga|alzi|modifica|cambia|rimuovi|elimina|cancella|ritira|aggiorna|togli) (?:la|il|quel|quella|questa|questo) (?:sua |tua |vostra )?(?:\\p{L}+ )?${REVIEW}`,
      `(?:modificarl[oa]|cambiarl[oa]|rimuoverl[oa]|eliminarl[oa]|cancellarl[oa]|ritirarl[oa]|aggiornarl[oa]|toglierl[oa])(?=[^.!?\\n]{0,40}${REVIEW})`,
      `${REVIEW} (?:negativ[oaie]|da (?:1|una|2|due) stell\\p{L})[^.!?\\n]{0,60}(?:rimuover\\p{L}*|modificar\\p{L}*|cambiar\\p{L}*|eliminar\\p{L}*|cancellar\\p{L}*|aggiornar\\p{L}*|ritirar\\p{L}*|toglier\\p{L}*)`,
      `(?:rimozione|modifica|eliminazione|cancellazione|revisione) (?:del|della|dei|delle) (?:sua |tua |suo |tuo )?(?:\\p{L}+ )?${REVIEW}`,
      `${REVIEW}[^\\n]{0,120}(?:se|quando|appena|una volta che|dopo che) (?:lei |tu )?(?:la|lo|li|le) (?:modific|rimuov|elimin|cancell|ritir|aggiorn|tog|corregg)\\p{L}{1,5}`,
    ],
    exceptions: [
      "(?:modificare|cambiare|rimuovere|eliminare|aggiornare|riconsiderare|correggere|rivedere|migliorare|alzare|modifichi|cambi|aggiorni|riconsideri|rivediamo|rivedremo) (?:la|le|il|sua|tua|questa|nostra|una) (?:\\p{L}+ )?valutazion[ei] (?:del|della|dell'|dei|delle|sul|sulla) (?:sua |tua )?(?:richiesta|reso|tecnico|garanzia|pratica|danno|danni|reclamo|difetto|perizia|caso|domanda|prodotto restituito|costi|spese|preventivo)",
    ],
  },

  messenger: {
    patterns: [
      "(?:la nostra|il nostro) (?:linea diretta|numero verde|servizio telefonico|hotline)",
      "(?:ci chiami|chiamaci|mi chiami|chiamami)",
      '(?:via|tramite|per|con un) sms',
      "(?:ci|mi) (?:mandi|invii|scriva|scrivi|manda) (?:un |uno )?(?:sms|messaggio (?:whatsapp|sul cellulare|al numero))",
      '(?:il mio|il nostro|al mio|al nostro) (?:numero (?:di telefono|di cellulare|personale|diretto|whatsapp)|cellulare|telefono (?:personale|diretto))',
      '(?:mi|ci) (?:chiami|chiamate|telefoni|telefonate|richiami)',
      '(?:chiamami|chiamaci|chiamateci|telefonaci|telefonateci|chiamarci|telefonarci|chiamarmi|telefonarmi)',
      '(?:chiami|chiama|contatti|contatta) (?:pure )?il nostro (?:ufficio|servizio|numero|centralino|assistenza|reparto)',
      '(?:contattarci|contattarmi|ci contatti|mi contatti|scriverci|ci scriva) (?:\\p{L}+ )?(?:al|allo|sul|via|tramite|per) (?:telefono|cellulare|numero|e-?mail|mail|whatsapp)',
    ],
    exceptions: ['chiami il corriere', '(?:ci|mi) (?:richiami|chiami) (?:qui|tramite amazon)'],
  },

  phoneWords: { patterns: spelledPhone({ words: ['(?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant)(?:uno|otto)', '(?:venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta)(?:due|tre|tré|quattro|cinque|sei|sette|nove)', 'quattordici', 'diciassette', 'diciannove', 'cinquanta', 'quindici', 'diciotto', 'quaranta', 'sessanta', 'settanta', 'quattro', 'tredici', 'ottanta', 'novanta', 'cinque', 'undici', 'dodici', 'sedici', 'trenta', 'sette', 'dieci', 'venti', 'cento', 'zero', 'otto', 'nove', 'uno', 'due', 'tre', 'sei'] }) },
  messengerApps: {
    patterns: [
      '(?:su|via|tramite|per|in|con) (?:whats ?app|telegram|signal|skype|wechat|viber|messenger)',
      '(?:su|via|tramite) line (?:app|id)',
      '(?:scriv|contatt|aggiung)\\p{L}{0,6} (?:\\p{L}+ ){0,2}(?:su|via|tramite|in) (?:instagram|facebook|tiktok|direct|dm)',
      '(?:messaggio|messaggi) (?:privat[oi]|diretto|diretti) (?:su|via|tramite) (?:instagram|facebook|tiktok)',
      '(?:in|un|per|nei) direct(?: (?:su )?instagram)?',
    ],
    exceptions: [...refusedWays(REFUSALS)],
  },

  offAmazonSale: {
    patterns: [
      `${BUY_VERB} ${BUY_GAP}direttamente (?:da noi|da me|presso di noi|a noi|sul nostro|sulla nostra|nel nostro|nella nostra|dal nostro|dalla nostra|tramite il nostro|tramite la nostra)`,
      `${BUY_VERB} ${BUY_GAP}(?:sul|nel|dal|tramite il|attraverso il|sulla|nella|dalla) nostr[oa] (?:sito|negozio online|negozio web|shop online|e-?shop|e-?commerce|webshop|portale|store online|shop|piattaforma|pagina web)`,
      '(?:lo|la|li|le) abbiamo (?:ancora|anche|sempre) (?:disponibil\\p{L} )?(?:nel|sul) nostro (?:negozio online|negozio web|shop online|shop|e-?shop|e-?commerce|sito(?: web| internet| ufficiale)?|webshop|store online)',
      '(?:disponibil\\p{L}+|acquistabil\\p{L}+) (?:ancora |anche |solo |soltanto |sempre )?(?:\\p{L}+ ){0,2}(?:nel|sul) nostro (?:negozio online|negozio web|shop online|e-?shop|e-?commerce|webshop|store online)',
      '(?:acquistabil\\p{L}+|in vendita|costa|costano|venduto|venduti) (?:ancora |anche |solo |soltanto |sempre )?(?:\\p{L}+ ){0,2}(?:nel|sul) nostro (?:negozio online|negozio web|shop online|shop|e-?shop|e-?commerce|sito(?: web| internet| ufficiale)?|webshop|store online)',
      '(?:costa|costano|conviene|più convenient\\p{L}|più economic\\p{L}|prezz\\p{L} (?:più bass\\p{L}|miglior\\p{L}|inferior\\p{L}|ridott\\p{L})|risparmi\\p{L}{0,4}) (?:\\p{L}+ ){0,4}(?:sul nostro|nel nostro|da noi|direttamente|sulla nostra)',
      `${BUY_VERB} (?:\\p{L}+ ){0,2}(?:da noi|da me|presso di noi) direttamente`,
      '(?:più (?:economic|convenient)\\p{L}|(?:costa|costano|spende|spendi) meno|prezz\\p{L} (?:più bass|miglior|inferior)\\p{L}) (?:\\p{L}+ ){0,2}(?:che|rispetto a|di) (?:su |sul sito di |in )?amazon',
      '(?:fuori|al di fuori) (?:da|di) amazon',
      '(?:invece che|anziché|invece di (?:acquistare|ordinare|comprare)) (?:su|tramite|da|attraverso) amazon',
      '(?:senza (?:passare (?:da|per|tramite) )?amazon)(?! (?:\\p{L}+ )?(?:messag|assistenza))',
      '(?:evitare|risparmiare|evitiamo|risparmiamo) (?:le |la )?(?:commission\\p{L}|tariff\\p{L}|costi) (?:di |della |delle )?amazon',
      '(?:senza|niente) commission\\p{L} (?:di )?amazon',
      '(?:la prossima volta|in futuro|per i prossimi ordini),? (?:\\p{L}+ ){0,4}(?:ci contatti|ci scriva|ordini|scriva|contatti|ordina|scrivici|contattaci) direttamente',
    ],
    exceptions: [
      ...refusedOutside(REFUSALS, OUTSIDE_AMAZON),
      "(?:non (?:possiamo|è possibile|è consentito|sono consentit\\p{L}|vendiamo|accettiamo|si può)|è vietato|non è permesso) (?:\\p{L}+ ){0,6}(?:fuori|al di fuori) (?:da|di) amazon",
    ],
  },

  offAmazonPayment: {
    patterns: [
      'bonific\\p{L}{0,3}',
      '(?:nostro|seguente|al nostro|sul nostro) (?:iban|conto corrente|conto bancario|c/c)',
      'iban:? ?(?:it|sm)\\d{2}',
      '(?:post ?e ?pay|satispay|vaglia postale|ricarica postepay|carta prepagata)',
      '(?:pag\\p{L}{1,6}|pagamento|saldare|salda|versare|versi|inviare|invii|mandare|mandi) (?:\\p{L}+ ){0,3}(?:in contanti|con bonifico|tramite bonifico|via bonifico|con paypal|su paypal|tramite paypal|via paypal|con satispay|in contrassegno|alla consegna in contanti)',
      '(?:ci )?(?:invii|versi|paghi|mandi|bonifichi|corrisponda|saldi|inviarci|versarci|pagarci|mandarci|ci invii|ci versi) (?:\\p{L}+ ){0,2}(?:la differenza|l\'importo|la somma|il saldo|il dovuto)',
    ],
    exceptions: [
      ...refusedWays(REFUSALS),
      '(?:rimbors\\p{L}+|restitu\\p{L}+|riaccredit\\p{L}+|accredit\\p{L}+)[^.!?\\n]{0,80}(?:bonific\\p{L}+|paypal)',
      'non (?:tramite|con|via|per|mediante) (?:un )?(?:bonific\\p{L}+|paypal)',
      "(?:non (?:possiamo|accettiamo|chiediamo|chiederemo|è possibile|utilizziamo)|mai) (?:\\p{L}+ ){0,4}(?:bonific\\p{L}+|paypal|contanti|pagamenti)",
    ],
  },

  cancellationRequest: {
    patterns: [
      "(?:annullare|cancellare) (?:lei|tu|voi) stess[oaie]",
      `(?:annulli|cancelli|annullate|cancellate|annullasse|cancellasse|annullaste|cancellaste|annullassi) (?:pure |gentilmente |cortesemente |lei |tu |voi |direttamente |per favore |subito ){0,3}${CANCEL_OBJECT}`,
      '(?:lo|la|li|le) (?:\\p{L}+ )?(?:annulli|cancelli)(?! noi)',
      `(?:può|potrebbe|puoi|potresti|potete|potreste|deve|dovrebbe|dovrà|devi|dovresti|dovete|dovreste|potesse|poteste|volesse|voleste) (?:\\p{L}+ ){0,2}${CANCEL_INFINITIVE}`,
      `(?:la|ti|vi|le) (?:preghiamo|prego|chiediamo|chiedo|chiederei|chiederemmo|invitiamo|invito|pregherei|pregheremmo|consigliamo|consiglio|suggeriamo|suggerisco) (?:\\p{L}+ ){0,3}di (?:\\p{L}+ ){0,2}${CANCEL_INFINITIVE}`,
      `grat\\p{L} se (?:\\p{L}+ ){0,3}${CANCEL_INFINITIVE}`,
      `(?:per favore|per cortesia|cortesemente|gentilmente|la cosa migliore è|la cosa più semplice è|l'ideale sarebbe|è meglio|sarebbe meglio|ti chiedo|le chiedo)(?: che)?,? (?:\\p{L}+ ){0,3}(?:${CANCEL_INFINITIVE}|annulli|cancelli|(?:annulla|cancella|annullate|cancellate) (?:l'|il (?:suo |tuo )?|tuo |suo )?ordine)`,
      "(?:annullare|cancellare|annulli|cancelli|annulla|cancella|annullarlo|annullarla|cancellarlo|cancellarla) (?:[\\p{L}\\p{N}'-]+ ){0,4}(?:da|dalla|dal) (?:sua|tua|vostra) (?:parte|account|area|profilo|lato)",
      '(?:proceda|procedi|procedete|procedesse) (?:\\p{L}+ )?(?:all\'|alla |con l\'|con la )(?:annullamento|cancellazione)',
      // "chieda ad Amazon di annullare l'ordine", "contatti Amazon per cancellarlo".
      "(?:chieda|chiedi|chiedete|chiedesse|chiedeste|domandi|scriva|scrivi|scrivesse|contatti|contatta|contattate|contattasse) (?:pure |direttamente )?(?:ad |al servizio clienti (?:di )?|all'assistenza (?:di )?)?amazon (?:di|per|e) (?:far(?:e|lo|la|li)? )?(?:\\p{L}+ )?(?:annull|cancell)\\p{L}+",
      // "faccia Lei l'annullamento", "effettui la cancellazione dal Suo account".
      "(?:faccia|fai|fate|effettui|effettua|esegua|esegui) (?:pure |lei |tu |voi |direttamente |gentilmente ){0,3}(?:l'|un'|la |una )(?:annullamento|cancellazione)(?! (?:del reso|della prenotazione del ritiro))",
      // "Sarebbe così gentile da annullare Lei l'acquisto?", "Le dispiacerebbe annullare l'ordine?"
      `(?:sarebbe|saresti|sareste|sia|sii|sarà) (?:così |tanto |molto )?(?:gentile|cortese|disponibile|carin[oa]) (?:da|di|a) (?:\\p{L}+ ){0,2}${CANCEL_INFINITIVE}`,
      `(?:le|ti|vi) (?:dispiacerebbe|dispiace|spiacerebbe|andrebbe|va) (?:di )?(?:\\p{L}+ ){0,2}${CANCEL_INFINITIVE}`,
      `(?:ci|mi) (?:farebbe|faresti|fareste|fa|fai|fate) (?:la |una |un )?(?:cortesia|piacere|favore|gentilezza) (?:di |a )?(?:\\p{L}+ ){0,2}${CANCEL_INFINITIVE}`,
      "(?:richieda|richiedi|richiedete|richiedesse|chieda|chiedi) (?:\\p{L}+ ){0,2}(?:la |l'|un'|una )?(?:cancellazione|annullamento)",
      '(?:invii|inoltri|faccia|apra|presenti|effettui|invia|inoltra|fai|apri|presenta|inviate|inoltrate) (?:\\p{L}+ ){0,2}(?:una |la )?richiesta di (?:annullamento|cancellazione)',
      "(?:voce|pulsante|tasto|opzione|funzione|link|bottone) [\"“«']?annulla (?:articol[oi]|ordine|l'ordine|l'acquisto)",
      "(?:clicc|prem|selezion|tocc|scegl)\\p{L}{0,5} (?:\\p{L}+ ){0,2}(?:su )?[\"“«']?annulla (?:articol[oi]|ordine|l'ordine)",
    ],
    exceptions: [
      "(?:non (?:deve|dovrà|serve|occorre|è necessario|c'è bisogno di|ha bisogno di|è tenut\\p{L} a|le chiediamo di|ti chiediamo di)|nessun bisogno di|senza) (?:\\p{L}+ ){0,3}(?:annull|cancell|richied|proced)\\p{L}*[^.!?\\n]{0,40}",
      "(?:amazon|il sistema|il corriere|il venditore|l'ordine|noi) (?:\\p{L}+ ){0,2}(?:può|potrebbe|potrà|deve|dovrà|dovrebbe)[^.!?\\n]{0,60}",
      "(?:se|qualora) (?:lei |tu )?(?:desidera|desideri|vuole|vuoi|preferisce|preferisci|volesse|decidesse|decidi|decide) (?:\\p{L}+ ){0,2}(?:annull|cancell)\\p{L}*[^.!?\\n]{0,40}",
    ],
  },

  placeholderWords: [
    'nome', 'cognome', 'nominativo', 'cliente', 'acquirente', "l'acquirente", "dell'acquirente", 'compratore',
    'destinatario', 'utente', 'ordine', "l'ordine", "dell'ordine", "d'ordine", 'numero', 'num', 'nr', 'codice',
    'prodotto', 'articolo', "l'articolo", "dell'articolo", 'titolo', 'venditore', 'negozio', 'marca', 'marchio',
    'azienda', 'ditta', 'data', 'consegna', 'spedizione', 'tracciamento', 'corriere', 'importo', 'prezzo',
    'totale', 'indirizzo', "l'indirizzo", 'città', 'cap', 'telefono', 'firma', 'inserire', 'inserisci',
    'inserisca', 'tuo', 'tua', 'suo', 'sua', 'vostro', 'di', 'del', 'della', 'dei', 'prevista', 'stimata',
    'operatore', 'agente', 'sig', 'signor', 'signora',
  ],
  /** Which page value a template variable stands for, by the words in it (a fix fills it in). */
  placeholderKinds: {
    other: ['prodotto', 'articolo', 'tracking'],
    sellerName: ['venditore', 'negozio', 'azienda', 'firma', 'il tuo nome', 'il mio nome'],
    orderId: ['ordine', 'numero ordine', 'numero d\'ordine'],
    buyerName: ['acquirente', 'cliente', 'nome', 'cognome', 'nome cliente'],
  },

  concepts: {
    satisfied: [
      "se (?:il|la|lo|i|le|gli|l'|il suo|la sua|questo|questa) (?:[\\p{L}'-]+ ){0,3}(?:le |ti |vi )?(?:ha|hanno) (?:rallegrato|facilitato|migliorato|illuminato|semplificato|cambiato|allietato|addolcito)",
      "se (?:è|e'|sei|siete|fosse|foste|sarà|sarai|è stato|è stata|sei stato|sei stata|siete stati|è rimast[oa]|sei rimast[oa]|ne è|ne sei|si ritiene|si sente|ti senti|si è trovat[oa]|ti sei trovat[oa]) (?:\\p{L}+ )?(?:\\p{L}+ )?(?:soddisfatt[oaie]|content[oaie]|felic[ei]|contentissim[oaie]|entusiast[ai]|bene)",
      "(?:qualora|nel caso (?:in cui)?|quando|una volta che|appena|purché|a patto che) (?:lei |tu )?(?:fosse|sia|foste|siate|sarà|sarai|si ritenga|si senta) (?:\\p{L}+ )?(?:soddisfatt[oaie]|content[oaie]|felic[ei])",
      "se (?:le|ti|vi|gli) (?:è|sono) (?:davvero |molto |tanto )?(?:piaciut[oaie]|stat[oaie] utili?)",
      "se (?:le|ti|vi) (?:piace|piacciono)",
      "se (?:l'|il |la |lo |i |gli |le |questo |questa |il suo |la sua |il tuo |la tua )?(?:[\\p{L}']+ ){0,3}(?:le|ti|vi) (?:è |sono )?(?:piaciut[oaie]|piace|piacciono)",
      "se (?:l'|il |la |lo |i |gli |le |tutto |questo |questa )?(?:[\\p{L}']+ ){0,3}(?:ha|hanno) (?:soddisfatto|rispettato|superato|soddisfatt\\p{L}|raggiunto) (?:\\p{L}+ ){0,2}(?:aspettativ\\p{L}|attes\\p{L})",
      "se (?:l'|il |la |lo |i |gli |le |questo |questa )?(?:[\\p{L}']+ ){0,3}(?:è|sono) (?:stat[oaie] )?all'altezza",
      "se (?:tutto|l'articolo|il prodotto|l'acquisto|l'ordine|la consegna|la spedizione|il pacco) (?:\\p{L}+ )?(?:è andat[oa]|va|sta andando|è|funziona|è arrivat[oa]) (?:\\p{L}+ )?(?:bene|ok|liscio|per il meglio|alla perfezione|come previsto|come si aspettava|come ti aspettavi|a dovere)",
      "se (?:ha|hai|avete) avuto (?:un'|una )(?:buona|bella|ottima|positiva|piacevole) esperienza",
      "se (?:ha|hai|avete) (?:davvero |molto )?apprezzat[oaie]",
      // "Se ha mantenuto le promesse", "se è stato all'altezza di quanto prometteva".
      "se (?:l'|il |la |lo |i |gli |le |questo |questa )?(?:[\\p{L}']+ ){0,3}(?:ha|hanno) mantenuto (?:le (?:sue |loro )?promesse|la (?:sua )?promessa|quanto (?:promesso|prometteva)|ciò che (?:prometteva|promette)|la parola)",
      "se (?:l'|il |la |lo |i |gli |le |questo |questa )?(?:[\\p{L}']+ ){0,3}(?:è|sono|è stat[oa]|sono stat[ie]) (?:proprio |esattamente |davvero )?(?:come|quello che|ciò che) (?:lei |tu )?(?:si aspettava|ti aspettavi|sperava|speravi|cercava|cercavi|desiderava|desideravi|immaginava|immaginavi)",
      // "Tutto perfetto con le scarpe?", "È stato di Suo gradimento?"
      "(?:è |è andato |è stato |sembra )?tutto (?:perfetto|alla grande|come sperava|come speravi|come si aspettava|come ti aspettavi|di suo gradimento|di tuo gradimento)[^.!?\\n]{0,50}\\?",
      "(?:è|sono) (?:stat[oaie] )?di (?:suo|tuo|vostro) (?:pieno )?gradimento",
      "(?:è|sei|siete|è rimast[oa]|sei rimast[oa]|siete rimast[ie]) (?:proprio |davvero |molto )?(?:soddisfatt[oaie]|content[oaie]|contentissim[oaie]|felic[ei])\\?",
      "(?:è|sono|è stat[oa]|sono stat[ie]) (?:proprio |esattamente |davvero )?(?:come|quello che|ciò che) (?:si aspettava|ti aspettavi|sperava|speravi|immaginava|immaginavi|desiderava|desideravi|cercava|cercavi)[^.!?\\n]{0,30}\\?",
      // Gating: "se invece qualcosa ti ha deluso, scrivi prima a noi".
      "(?:scriv|contatt|avvis|rivolg)\\p{L}{0,6} (?:pure |sempre )?(?:ci |mi )?prima (?:(?:qui|pure) )?(?:a noi|noi|di (?:lasciare|scrivere|recensire|pubblicare|valutare|dare))",
      "se (?:invece )?(?:qualcosa|qualcosa non|non) (?:\\p{L}+ )?(?:le|ti|vi) (?:ha deluso|ha delus[oa]|ha convint[oa]|convince|è piaciut[oa]|piace|va bene|soddisfa)",
      "se (?:l'|il |la |lo |i |gli |le )?(?:[\\p{L}']+ ){0,3}(?:le|ti|vi) (?:ha|hanno) (?:fatto piacere|convint[oaie]|soddisfatt[oaie])",
      "se (?:ha|hai|avete) trovato (?:\\p{L}+ ){0,3}(?:utile|soddisfacente|valid[oa]|di suo gradimento|di tuo gradimento)",
      "se (?:ne )?(?:pensa|pensi|ritiene|ritieni|crede|credi|trova|trovi) che (?:\\p{L}+ ){0,3}(?:meriti|merita|valga|vale|sia valid\\p{L}|sia buon\\p{L}|sia ottim\\p{L})",
      "(?:è|sei|siete|è rimast[oa]|sei rimast[oa]) (?:\\p{L}+ )?(?:soddisfatt[oaie]|content[oaie]) (?:del|della|dello|dei|delle|dell'|di|con)[^.!?\\n]{0,40}\\?",
      "(?:le|ti|vi) (?:è|sono) (?:piaciut[oaie]|stat[oaie] utili?)[^.!?\\n]{0,40}\\?",
      "(?:le|ti|vi) (?:piace|piacciono)[^.!?\\n]{0,40}\\?",
      "se (?:non (?:è|sei|siete|fosse|foste)|non ne è|non ne sei) (?:\\p{L}+ )?(?:soddisfatt[oaie]|content[oaie])[^.!?\\n]{0,60}(?:ci contatti|contattaci|ci scriva|scrivici|ci avvisi|avvisaci|ci faccia sapere|facci sapere|ci scrivi|mi scriva)",
      // A good effect as the condition: "if the lamp made your evenings cozier".
      'se (?:il|la|lo|l[\'’]) ?\\p{L}+ (?:\\p{L}+ ){0,3}(?:ha reso|rende|ha fatto|ha migliorato|ha allietato)',
    ],
    reviewRef: [
      'recension[ei]',
      'recensir\\p{L}{0,4}',
      `(?:un|il|suo|tuo|vostro|qualche|del|al|sul|nel|dei|i|breve|piccolo|sincero|onesto|gentile|vostri|suoi|tuoi) (?:\\p{L}+ )?feed ?back${NOT_ABOUT_CHOICE}`,
      'feed ?back (?:su amazon|sul venditore|sul prodotto|sull\'acquisto|sull\'ordine|sul nostro (?:negozio|servizio))',
      '(?<=\\bogni\\s(?:singola\\s)?)(?:valutazione|recensione|stella|voto)',
      '(?:valutazion[ei]|vot[oi]|stell(?:e|ine)|giudizi[oi]?) (?:su amazon|del prodotto|dell\'acquisto|sul prodotto|del venditore|dei clienti|degli acquirenti|della clientela|positiv\\p{L}|negativ\\p{L})',
      '(?:sua|tua|vostra|una sua|una tua|le sue|le tue|qualche|una buona|una breve|le vostre|una) valutazion[ei]',
      '(?:(?:5|cinque|4|quattro|tutte le|massimo delle) stell(?:e|ine))',
      `(?:sua|tua|vostra|la sua|la tua|una sua|un suo|il suo|il tuo|un|una|qualche|le sue|le tue|i suoi|i tuoi|ogni|un'|sincer[oa]|onest[oa]|breve) (?:sincer[oa] |onest[oa] |breve |piccol[oa] )?(?:opinion[ei]${NOT_ABOUT_CHOICE}|parer[ei]${NOT_ABOUT_CHOICE}|giudizi[oi]?|comment[oi]${NOT_ABOUT_CHOICE}|impression[ei]${NOT_ABOUT_CHOICE})`,
      "(?:la sua|la tua|sua|tua|vostra|la vostra) esperienza (?:con|d'acquisto|di acquisto|col|coi|sul|sulla)",
      `(?:(?<!\\p{L})un'|(?<!\\p{L})l')(?:opinion[ei]${NOT_ABOUT_CHOICE}|impression[ei]${NOT_ABOUT_CHOICE})`,
      "(?:che )?cosa (?:ne )?(?:pensa|pensi|pensate|ne pensa|ne pensi)(?: del| della| dei| delle| dell')?",
      "(?:come si è trovat[oa]|come ti sei trovat[oa]|come vi siete trovati|com'è andata)",
      '(?:agli|ad|gli) altri (?:clienti|acquirenti|utenti|compratori)',
      // "due righe sulla pagina del prodotto", "qualche parola su Amazon".
      "(?:due|qualche|poche|quattro|un paio di) (?:righe|parole|frasi) (?:su amazon|sulla pagina|nella pagina|sul prodotto|sull'articolo|sul nostro (?:negozio|servizio))",
      // "ogni voto", "ogni singola stella", "anche una sola recensione".
      '(?:ogni|ciascun[ao]|una sola|un solo|anche una|anche un|una singola|un singolo|ogni singol[ao]) (?:sola |singola )?(?:stell[ae]|stellina|voto|valutazione|recensione|giudizio)',
      "(?:le|la|quelle) stell(?:e|ine) (?:che|in cima|sotto|accanto|della pagina|del prodotto|dell'articolo)",
      '(?:pagina|sezione|modulo|link) (?:\\p{L}+ )?(?:delle |della |per le |per la )?(?:recension\\p{L}|valutazion\\p{L})',
    ],
    reviewAsk: [
      "(?:foto|video|immagin\\p{L})[^.!?\\n]{0,40}(?:nella pagina del prodotto|sulla pagina del prodotto|su amazon)",
      `(?<!(?:ha|hai|avete|hanno|aveva|avevi|avevate|abbia|è|sono) )(?:${POST_VERB}) (?:ci |mi |pure |anche |gentilmente )?(?:\\p{L}+ ){0,3}(?:un'|l'|dell')?${OPINION}`,
      "(?:raccont\\p{L}{1,6}|condivid\\p{L}{1,6}|parl\\p{L}{1,6}) (?:\\p{L}+ ){0,3}(?:su amazon|a tutti|agli altri|ad altri|al mondo|com'è andata|come si trova|come ti trovi|come si è trovat\\p{L}|come ti sei trovat\\p{L}|cosa ne pensa|cosa ne pensi)",
      'recensir\\p{L}{0,4}',
      'recensisc\\p{L}{1,4}',
      "(?:scriv|dic|dir|raccont|condivid)\\p{L}{0,6} (?:\\p{L}+ )?(?:cosa|che cosa|quello che|come) (?:ne )?(?:pensa|pensi|pensate|si trova|ti trovi|vi trovate)",
      '(?:valutarci|valutateci|ci valuti|ci valuta|votarci|ci voti)',
      "(?:valutare|valuti|valuta) (?:il|l'|lo|la) (?:nostro |nostra )?(?:venditore|negozio|servizio|esperienza|shop)",
      "(?:valutare|valuti|valuta) (?:il|l'|la|i|le) (?:suo |tuo |nostro |nostri )?(?:\\p{L}+ )?(?:acquisto|prodotto|articolo|prodotti|articoli) (?:su amazon|con (?:una|le|delle) stell\\p{L}+)",
      '(?:dare|dia|dai|assegnare|assegni|assegna) (?:\\p{L}+ ){0,2}(?:stelle|stelline|un voto|un punteggio)',
      '(?:ci |mi )?(?:dica|dicci|dite|dirci|faccia sapere|facci sapere) (?:\\p{L}+ )?cosa (?:ne )?(?:pensa|pensi|pensate)',
      'richiesta di (?:recensione|feedback|valutazione)',
      // "a chi scrive due parole su Amazon", "ci lasci due righe" (not "le scrivo due righe", not "ci scriva due righe": a message to us).
      "(?<!(?:ci|mi) )(?!scrivo |scriviamo |scriverò |scriveremo |lascio |lasciamo )(?:scriv\\p{L}{0,5}|lasc\\p{L}{1,6}|dedic\\p{L}{1,5}|spend\\p{L}{1,5}|mett\\p{L}{1,5}|pubblic\\p{L}{1,5}) (?:pure |anche |ci )?(?:\\p{L}+ )?(?:due|qualche|poche|quattro|un paio di) (?:righe|parole|frasi) (?:su amazon|sulla pagina|nella pagina|sul prodotto|sull'articolo|per gli altri|per chi)",
      "(?:raccont\\p{L}{1,6}|condivid\\p{L}{1,6}|scriv\\p{L}{1,6}) (?:\\p{L}+ ){0,2}(?:sulla|nella) pagina (?:amazon|del prodotto|dell'articolo|di amazon)",
      '(?:la sua|la tua|una|sua|tua) (?:\\p{L}+ )?recensione (?:ci aiuta|aiuta|è importante|sarebbe|significa|conta|ci farebbe|ci serve)',
      "(?:dedicare|dedichi|dedica|prendersi|prendesse|trovare|trova|trovasse|ha) (?:\\p{L}+ ){0,2}(?:un momento|un minuto|qualche minuto|due minuti|un attimo|pochi minuti|un istante)[^.!?\\n]{0,60}(?:recension|feed ?back|valutazion|valutar|opinion|parer|esperienz|stell)\\p{L}*",
      // A few words on Amazon: a review in other words.
      'due righe su amazon',
      'qualche riga su amazon',
      'raccontare la (?:sua|tua) esperienza su amazon',
    ],
    incentive: [
      "(?:la|lo|le|li|gliel[aoie]) (?:offriamo|regaliamo)(?: noi)?", 'offriamo noi', 'a nostre spese',
      '(?:piccol[oa] |bel |bella |simpatic[oa] |speciale )?(?:omaggi[oi]|regalin[oi]|pensierino|sorpresa|premi[oi]?|bonus|ricompensa|gadget)',
      '(?:in|come) (?:omaggio|regalo|ringraziamento|premio)',
      '(?:un|uno|una|piccolo|bel) (?:piccolo )?regalo',
      '(?:le|ti|vi) (?:regaliamo|regaleremo|regalerò|regalo|doniamo|doneremo)',
      '(?:regaliamo|regaleremo|regalerò|omaggiamo|doniamo|doneremo)',
      'buon[oi] (?:sconto|regalo|acquisto|amazon)',
      '(?:carta|carte) regalo',
      'gift ?cards?',
      'coupon',
      'codic[ei] (?:sconto|promo\\p{L}*)',
      '(?:\\d{1,3} ?% (?:di )?)?scont[oi]',
      '(?:rimborso|rimborsi) (?:totale|parziale|completo|integrale|del|di)',
      '(?:le|ti|vi) (?:rimborsiamo|rimborseremo|rimborserò|restituiamo|restituiremo)',
      '(?:gratis|gratuit[oaie]|senza costi|a costo zero)',
      "senza (?:spendere|pagare|sborsare|versare) (?:un centesimo|nulla|niente|un euro|un soldo|una lira)",
      '(?:non (?:le|ti|vi) costerà|non costa) (?:nulla|niente|un centesimo)',
      "(?:a chi|a chiunque|a tutti quelli che|a tutti coloro che|a coloro che|ai clienti che) [^.!?\\n]{0,80}(?:mandiamo|spediamo|inviamo|regaliamo|offriamo|riserviamo|diamo|manderemo|spediremo|invieremo|regaleremo|offriremo)",
      AMOUNT,
      AMOUNT_SIGN,
      '(?:denaro|soldi|contanti|paypal|compenso|compensazione|commissione)',
      '(?:in cambio|come ringraziamento|per ringraziarla|per ringraziarti|per ringraziarvi)',
      'garanzia (?:estesa|prolungata|di (?:\\d|due|tre|cinque) anni)',
      '(?:accesso|prezzo|prezzi|sconto) (?:vip|esclusiv\\p{L}|riservat\\p{L}|anticipat\\p{L})',
      '(?:prodotto|articolo|campione|campioni) (?:gratuit\\p{L}|in omaggio|omaggio)',
      // Something given "as a thank-you" for the time a review takes.
      'come (?:piccolo )?segno di gratitudine',
      'come ringraziamento',
      'in omaggio',
      'gratuitamente',
    ],
    pressure: [
      '(?:rischiamo|rischia|rischierebbe|rischieremmo|potremmo|potrebbe|dovremo|dovremmo|dovremmo anche) (?:\\p{L}+ ){0,2}(?:di )?(?:dover )?(?:chiudere|fallire|sparire|scomparire|smettere|non farcela|non sopravvivere|perdere il (?:nostro |mio )?lavoro|abbassare la serranda|chiudere bottega|chiudere il negozio|chiudere l\'attività)',
      '(?:negozio|attività|azienda|bottega|laboratorio|realtà|impresa|famiglia) (?:\\p{L}+ ){0,5}(?:sparisce|scompare|chiude|fallisce|muore|non sopravvive|non ce la fa|rischia)',
      '(?:sopravviv\\p{L}+|sopravvivenza|fallimento|non ce la facciamo|non ce la faremo|chiudere bottega)',
      // "Da ogni valutazione dipende se potremo restare aperti": the shop's future tied to the rating.
      '(?:da|dalla|dalle|dai) (?:ogni|ciascuna|ogni singola|una sola) (?:\\p{L}+ )?(?:recension\\p{L}|valutazion\\p{L}|stell\\p{L}|voto|feed ?back) (?:dipende|dipendono)',
      '(?:potremo|potremmo|possiamo|potremo ancora) (?:\\p{L}+ )?(?:restare|rimanere|stare) apert\\p{L}',
      '(?:dipende|dipendono|dipendiamo|dipendo) (?:\\p{L}+ ){0,2}(?:dalle|dalla|da|dai|dal|dagli) (?:\\p{L}+ )?(?:recension\\p{L}|valutazion\\p{L}|stelle|feed ?back|clienti|vostr\\p{L}|sue|tue|voti)',
      '(?:il mio posto(?: di lavoro)?|il mio stipendio|il nostro stipendio|il mio capo|il mio responsabile|la nostra sopravvivenza|il nostro futuro|il mio bonus)',
      '(?:perdere|perdo|perdiamo|perderò|perderemo) (?:il )?(?:mio |nostro )?(?:lavoro|posto|stipendio|negozio|attività)',
      '(?:supplic\\p{L}+|imploriamo|imploro|la prego davvero|ti prego|vi prego|la scongiuro)',
      '(?:senza|in mancanza di|senza le|senza la|senza il|senza i) (?:\\p{L}+ ){0,2}(?:recension\\p{L}|valutazion\\p{L}|stelle|feed ?back|voti)',
      '(?:fondamental\\p{L}|vital\\p{L}|di vitale importanza|cruciale|essenzial\\p{L}|importantissim\\p{L}|questione di vita) (?:per noi|per la nostra|per il nostro|per me|per una piccola|per un piccolo)',
      '(?:molto|davvero|veramente|estremamente) important\\p{L} per (?:noi |me )?(?:per )?(?:continuare|la sopravvivenza|restare|sopravvivere|andare avanti|non chiudere)',
      '(?:significa|significherebbe|vale|varrebbe) (?:tutto|il mondo|la vita|moltissimo) per (?:noi|me|la nostra|il nostro)',
      '(?:abbiamo|avremmo|ho) (?:davvero |tanto |disperatamente |urgentemente )?bisogno (?:di|della sua|della tua|delle sue|delle tue|di una) (?:\\p{L}+ ){0,2}(?:recension\\p{L}|valutazion\\p{L}|stelle|feed ?back|voti)',
      '(?:non dimentichi|non dimenticare|non si dimentichi|non scordarti|non si scordi|non dimenticate) (?:\\p{L}+ ){0,2}di (?:lasciare|scrivere|dare|valutare|recensire|pubblicare)',
      '(?:saremmo|sarei|saremo|sarò) (?:molto |davvero |così |tanto )?(?:tristi|triste|dispiaciut\\p{L}|delus\\p{L}) se',
      '(?:le|ti|vi) (?:ricordiamo|ricordo) (?:ancora|di nuovo|ancora una volta|nuovamente)',
      '(?:stiamo|sto) ancora aspettando (?:la sua|la tua|una|il suo|il tuo) (?:\\p{L}+ )?(?:recension\\p{L}|valutazion\\p{L}|feed ?back)',
      '(?:non (?:ha|hai) ancora) (?:lasciato|scritto|pubblicato|dato) (?:\\p{L}+ ){0,2}(?:recension\\p{L}|valutazion\\p{L}|feed ?back|stelle)',
      // "ogni voto decide se il mese chiude in pari", "fa la differenza tra restare aperti e chiudere".
      "(?:decid\\p{L}{1,5}|determin\\p{L}{1,5}|fa la differenza|fanno la differenza) (?:\\p{L}+ ){0,2}(?:se|tra|per|il|la) (?:[\\p{L}']+ ){0,4}(?:negozio|attività|bottega|mese|futuro|restare|chiud\\p{L}*|andare avanti|sopravviv\\p{L}*|lavoro|famiglia|pari|rosso|aperti|sorte|destino)",
      '(?:chiud\\p{L}{1,5}) (?:il mese |l\'anno )?in (?:pari|rosso|perdita)',
      '(?:arrivare|arriviamo|arrivo) a fine mese',
      '(?:per noi|per me) (?:ogni|ciascuna|una) (?:stell\\p{L}+|recension\\p{L}|valutazion\\p{L}|voto) (?:conta|vale|pesa|è)',
    ],
    writeWhat: [
      '(?:menzion(?:are|arlo|arla|i|a|asse|ando|ate)|sottoline(?:are|arlo|i|a|asse|ando|ate)|evidenzi(?:are|arlo|a|asse|ando|ate)?)(?: anche)?(?: che| come)?',
      '(?:citare|citi|cita|citasse|citando)(?: anche)?',
      '(?:mett\\p{L}{1,6}) in (?:evidenza|risalto)',
      "(?:parlar\\p{L}{0,3}|parli|parlasse|parlaste|parlando) (?:anche |bene |soprattutto |pure )?(?:del|della|dello|dei|degli|delle|di|dell')",
      "(?:scriva|scrivi|scrivere|scrivesse|scrivete|dica|di'|dire|dicesse|dite|racconti|racconta|raccontare|raccontasse|specifichi|specificare|specificasse) (?:anche |pure )?che",
      '(?:copi|incoll|ripet|riutilizz|riport|usi|utilizz|riprend)\\p{L}{0,6} (?:\\p{L}+ ){0,3}(?:parole|testo|frase|frasi|messaggio|commento|complimenti)',
      '(?:le|queste|quelle|stesse) (?:\\p{L}+ )?parole (?:gentili|che|del|della)',
      '(?:qualcosa|una frase) (?:come|del tipo|tipo)',
      '(?:il|questo|la|questa) (?:testo|frase) (?:seguente|qui sotto|che (?:le|ti) (?:proponiamo|suggeriamo))',
      '(?:le|ti) (?:suggeriamo|proponiamo) (?:\\p{L}+ )?(?:cosa|di) (?:scrivere|dire|menzionare)',
      // "se raccontasse anche quanto è stata veloce la consegna", "parlasse soprattutto dell'imballo".
      "(?:raccont|scriv|dic|dir|parl|spieg|descriv|nomin|accenn|ricord)\\p{L}{0,6} (?:anche|soprattutto|magari anche|in particolare) (?:quanto|come|quanta|quale|quali|della|del|dello|dell'|delle|dei|degli)",
      "(?:fare|faccia|facesse|fate) (?:un )?(?:cenno|riferimento|menzione) (?:anche )?(?:a|al|alla|all'|ai|alle|del|della)",
    ],
    contactAsk: [
      `(?:ci|mi) (?:(?:può|potrebbe|puoi|potresti|potete|potreste|vuole|vorrebbe|vuoi|vorresti) (?:\\p{L}+ )?)?(?:lasci|lascia|lasciate|dia|dai|date|mandi|manda|mandate|invii|invia|inviate|scriva|scrive|scrivi|scrivete|comunichi|comunica|comunicate|fornisca|fornisce|fornisci|indichi|indica|indicate|giri|gira|lascerebbe|darebbe|manderebbe|invierebbe|scriverebbe|comunicherebbe|indicherebbe|fornirebbe|lasciare|dare|mandare|inviare|scrivere|comunicare|fornire|indicare|girare)[^.!?\\n]{0,40}${CONTACT}`,
      `(?:lasciar|dar|mandar|inviar|scriver|comunicar|fornir|indicar|girar)(?:ci|mi|celo|melo)[^.!?\\n]{0,40}${CONTACT}`,
      `(?:(?<!non )(?:ci|mi) (?:serve|servono|servirebbe|servirebbero|occorre|occorrono|occorrerebbe)|(?<!non )(?:abbiamo|avremmo|avrei|ho) bisogno|qual è|qual'è|quale è|quale sia|(?:mi|ci) (?:dica|dice|dici) (?!se |che )|(?:la|ti|vi) preghiamo di|chiediamo|chiederle|chiederti|richiediamo|per favore|per cortesia|cortesemente)[^.!?\\n]{0,60}${CONTACT}`,
      `${CONTACT},? (?:per favore|per cortesia|grazie|così (?:che |da )?(?:possiamo|potremo|posso|potrò|la|ti|le))`,
      `(?:rispond|risponda|rispondi)\\p{L}{0,4} (?:\\p{L}+ ){0,2}(?:con|indicando|inserendo) ${CONTACT}`,
      // "A che numero La possiamo raggiungere?", "a quale indirizzo e-mail possiamo mandarLe il manuale?"
      "(?:a|su|con|tramite) (?:che|quale) (?:numero(?: di (?:telefono|cellulare))?|cellulare|telefono|indirizzo (?:e-?mail|email|mail|di posta(?: elettronica)?)|e-?mail|mail|recapito(?: (?:telefonico|e-?mail|di posta))?) (?:\\p{L}+ ){0,3}(?:raggiunger\\p{L}*|contattar\\p{L}*|chiamar\\p{L}*|richiamar\\p{L}*|scriver\\p{L}*|sentir\\p{L}*|mandar\\p{L}*|inviar\\p{L}*|spedir\\p{L}*|trovar\\p{L}*)",
    ],
    deliveryContext: [
      '(?:corrier\\p{L}|trasportator\\p{L}|autista|autisti|spedizionier\\p{L}|fattorino|consegn\\p{L}{1,4}|vettore|brt|bartolini|gls|sda|dhl|ups|tnt|fedex|poste(?: italiane)?|nexive|montator\\p{L})',
      "(?:indicat\\p{L}|presente|riportat\\p{L}|inserit\\p{L}|salvat\\p{L}) (?:\\p{L}+ )?(?:nell'|sull'|nel suo |nel tuo |sul suo |sul tuo |in )?(?:ordine|account)",
      "(?:nell'|sull')ordine",
      "(?:nei|nel) dettagli? dell'ordine",
    ],
    feedbackNotice: [
      "(?:è|e') possibile (?:aggiornare|rimuovere|modificare|cambiare|eliminare|rivedere) (?:o (?:aggiornare|rimuovere|modificare|cambiare|eliminare) )?(?:(?:il|l'|lo) ?)?(?:(?:suo|tuo|vostro) )?(?:\\p{L}+ )?feed ?back",
      "(?:può|potrà|puoi|potrai|potete|potrete|potrebbe) (?:sempre |anche |eventualmente )?(?:aggiornare|rimuovere|modificare|cambiare|eliminare|rivedere) (?:o (?:aggiornare|rimuovere|modificare|cambiare|eliminare) )?(?:(?:il|l'|lo) ?)?(?:(?:suo|tuo|vostro) )?(?:\\p{L}+ )?feed ?back",
      "(?:la )?(?:possibilità|opzione|facoltà) di (?:aggiornare|rimuovere|modificare|cambiare|eliminare|rivedere) (?:o (?:aggiornare|rimuovere|modificare|cambiare|eliminare) )?(?:(?:il|l'|lo) ?)?(?:(?:suo|tuo|vostro) )?(?:\\p{L}+ )?feed ?back",
      "se (?:ritiene|ritieni|pensa|pensi|considera|consideri|è convint[oa]|sei convint[oa]) (?:che )?(?:abbiamo|il problema (?:sia|è) stato|la questione (?:sia|è) stata|tutto (?:sia|è) stato) (?:\\p{L}+ ){0,2}(?:risolt\\p{L}|sistemat\\p{L}|chiarit\\p{L})",
      "se (?:è|sei) soddisfatt[oa] (?:di come|della (?:soluzione|risoluzione)|del modo in cui) (?:\\p{L}+ ){0,3}(?:risolt\\p{L}|gestit\\p{L}|sistemat\\p{L})",
    ],
    settlement: [
      'sostitu\\p{L}{2,7}',
      'ricambi[oi]?',
      'rispedi\\p{L}{0,6}',
      '(?:un|una) (?:nuov[oa]|altr[oa]) (?:pezzo|articolo|prodotto|unità|pacco|esemplare|copia)',
      '(?:un|una|uno) (?:\\p{L}+ )?nuov[oa]',
      '(?:le|ti|vi) (?:spediamo|spediremo|invieremo|inviamo|manderemo|mandiamo|rispediamo|rispediremo) (?:subito |oggi |domani |gratuitamente |senza costi )?(?:un|una|uno|il|la|i|le|gli) (?:\\p{L}+ )?(?:nuov|sostitut|ricambi|pezz)\\p{L}*',
      '(?:ci |mi )?scus\\p{L}{1,6}',
      '(?:ci|mi) dispiace',
      'dispiaciut\\p{L}',
      '(?:danneggiat\\p{L}|rott[oaie]|difettos\\p{L}|guast[oaie]|mancant\\p{L}|sbagliat\\p{L}|errat\\p{L}|smarrit\\p{L}|pers[oaie]|in ritardo|scheggiat\\p{L}|graffiat\\p{L}|incrinat\\p{L}|ammaccat\\p{L})',
      '(?:inconvenient\\p{L}|disagio|disagi)',
      '(?:per rimediare|a titolo di scusa|per compensare|come compensazione)',
      '(?:reso|resi|restituzione|restituir\\p{L}{0,4}|rimandar\\p{L}{0,4})',
      "(?:il|lo|questo|del|dal|al) (?:suo |tuo )?(?:problema|guasto|difetto|danno|reclamo|errore)",
    ],
  },

  amazonFeedbackNotice:
    'Se ritiene che abbiamo risolto i problemi che ci ha segnalato, è possibile aggiornare o rimuovere il feedback che ha lasciato in origine qui.',

  optOut: {
    patterns: [
      'disiscri\\p{L}{0,6}',
      "annullare l'iscrizione",
      "(?:annulli|annulla|cancelli|cancella) (?:la sua |la tua )?(?:l')?iscrizione",
      'cancellarsi',
      'cancellarla (?:dalla|dalle|dai) (?:nostra |nostre |nostri )?(?:lista|liste|mailing|contatti|comunicazioni)',
      'non (?:ricevere|desidera ricevere|vuole ricevere|desideri ricevere|vuoi ricevere) più',
      'non (?:desidera|desideri|vuole|vuoi|desiderate|volete) più ricevere',
      '(?:preferisce|preferisci|preferite) non ricevere più',
      // "Se preferisce che non Le scriviamo più", "La togliamo dalla nostra lista".
      '(?:preferisce|preferisci|preferite|desidera|desideri|vuole|vuoi) che non (?:le|ti|vi) (?:scriviamo|scriva|contattiamo|mandiamo|inviamo|mandino|si scriva) più',
      '(?:la|ti|vi) (?:togliamo|toglieremo|tolgo|rimuoviamo|rimuoveremo|cancelliamo|cancelleremo|escludiamo|escluderemo|depenniamo) (?:subito |volentieri |immediatamente )?(?:dalla|dalle|dai|dal|dall\')(?: nostra| nostre| nostri| nostro)? (?:lista|liste|mailing(?: list)?|elenco|rubrica|contatti|comunicazioni|invii|destinatari)',
      'non (?:le|ti|vi) (?:scriveremo|invieremo|manderemo) più (?:messaggi|comunicazioni|e-?mail|nulla|niente)',
      '(?:rispond\\p{L}{1,4}|scriv\\p{L}{1,4}) (?:\\p{L}+ ){0,2}(?:con )?["“«]?(?:stop|no grazie|cancellami|disiscrivimi|rimuovimi)',
      '(?:gestire|gestisca|gestisci|modificare|modifichi|modifica) (?:le sue |le tue |le )?preferenze (?:di comunicazione|sui messaggi|e-?mail|di contatto)',
    ],
  },

  courtesy: {
    thanks: [
      // "Tutto il nostro staff la ringrazia di cuore per la fiducia…": only thanks.
      "(?:(?:tutto )?(?:il )?(?:nostro )?(?:staff|team|gruppo) )?(?:la|ti|vi) ringrazi(?:a|ano) (?:di cuore |molto |tanto |sinceramente |ancora )?(?:per|del|dello|della|di)[^.!?\\n]{0,100}",
      "(?:mille |tante |infinite )?grazie(?: di cuore| mille| infinite| tante| ancora| davvero| ancora una volta){0,3}(?: (?:per|del|dello|della|di) (?:il |la |l'|lo )?(?:suo |tuo |vostro |sua |tua |vostra )?(?:\\p{L}+ )?(?:ordine|acquisto|fiducia|pazienza|preferenza|scelta|comprensione|collaborazione|supporto|sostegno))?(?: che (?:ci |mi )?(?:ha|hai|avete|dà|dai|date|ci ha|ci hai|ha dato|hai dato|ha riposto|hai riposto|ha dimostrato|hai dimostrato|ci ha dato|ci hai dato)[^.!?\\n]{0,50})?",
      "grazie (?:di cuore |mille |ancora )?(?:per|di) (?:aver(?:e|ci)?|avermi) (?:scelto|acquistato|ordinato|comprato|preferito)[^.!?\\n]{0,50}",
      "(?:la|ti|vi) ringrazi(?:amo|o) (?:di cuore |molto |tanto |sinceramente |ancora )?(?:per|del|dello|della|di)[^.!?\\n]{0,60}",
      "(?:volevamo|vogliamo|volevo|voglio|desideriamo|desideravamo|ci tenevamo a|ci teniamo a) (?:semplicemente |solo |soltanto )?ringraziar(?:la|ti|vi)(?: di cuore| sinceramente| tanto)?(?: per| di)?[^.!?\\n]{0,60}",
      "siamo (?:davvero |molto |così |tanto )?(?:felici|lieti|contenti|onorati|grati) (?:che (?:abbia|tu abbia|abbiate) (?:scelto|acquistato|ordinato)|di (?:averla|averti|avervi|contarla|contarti) (?:tra i nostri clienti|come cliente|tra noi)|della sua scelta|della tua scelta)[^.!?\\n]{0,40}",
      "(?:è|e') (?:stato )?un (?:vero )?piacere (?:averla|averti|avervi|avere|servirla|servirti|contarla)[^.!?\\n]{0,50}",
      "(?:il suo|il tuo|la sua|la tua) (?:ordine|acquisto|fiducia|sostegno) (?:significa|conta|vale) (?:molto|tanto|tantissimo)(?: per noi)?",
      // Season's greetings alone say no more than thanks.
      'buon natale', 'buone feste', 'felice anno nuovo', 'buon anno', 'buona pasqua',
      // Season's greetings alone say no more than thanks.
      'le augura', 'ti augura', 'auguri di cuore', 'buona pasqua',
    ],
    padding: [
      "(?:per|del) (?:il |la |vostro |suo |tuo )?(?:sostegno|supporto|fiducia)(?: (?:al|a) (?:nostro|nostra) (?:\\p{L}+ )?(?:negozio|bottega|attività|laboratorio))?",
      "continueremo a [^.!?\\n]{0,50}",
      "(?:le|ti|vi) comunichiamo che",
      'sono [\\p{L}]+',
      "per tutto (?:ciò|quello) che riguarda[^.!?\\n]{0,50}",
      // Parole gentili nella forma generale: un messaggio fatto solo di queste è solo un ringraziamento (G1701).
      "(?:speriamo|spero|ci auguriamo|mi auguro)(?: che)? [^.!?\\n]{0,80}",
      "(?:le|ti|vi) (?:auguriamo|auguro)[^.!?\\n]{0,80}",
      "(?:siamo|sono) (?:davvero |molto |così |tanto |super )?(?:felici|felice|content[ie]|contenta|lieti|lieta|orgogliosi|grati|grata|entusiasti)[^.!?\\n]{0,80}",
      "(?:buon|buona) (?:giornata|serata|settimana|fine settimana|weekend|utilizzo|divertimento|proseguimento)",
      "(?:si goda|goditi|godetevi) [^.!?\\n]{0,60}",
      // The thanks above, blanked with the padding before the rest is measured.
      "(?:(?:tutto )?(?:il )?(?:nostro )?(?:staff|team|gruppo) )?(?:la|ti|vi) ringrazi(?:a|ano) (?:di cuore |molto |tanto |sinceramente |ancora )?(?:per|del|dello|della|di)[^.!?\\n]{0,100}",
      "(?:ciao|buongiorno|buonasera|buon pomeriggio|salve|gentil(?:e|issim[oa])|egregi[oa]|car[oaie]|carissim[oa]|spett\\.?le|hey|ehi)(?: (?:sig\\.ra|sig\\.na|sig\\.?|signor[ae]?|sign\\.ra|dott\\.ssa|dott\\.?|dr\\.?|ing\\.?|avv\\.?|prof\\.?(?:ssa)?|cliente|clienti))?(?: [\\p{L}'/-]{1,20}){0,2}",
      '(?:cordiali|distinti|cari|calorosi|tanti|affettuosi|sinceri|i più cordiali|i miei più cordiali|con i più cordiali) salut[io]',
      '(?:saluti|salutoni)(?: cordiali| affettuosi| distinti)?',
      'un (?:caro|cordiale|affettuoso|grande|caloroso) saluto',
      'un (?:abbraccio|saluto)(?: (?:da|dal|dallo|dalla|da parte di) (?:\\p{L}+ ){0,3}(?:staff|team|tutti|noi|laboratorio|negozio))?',
      '(?:cordialmente|a presto|a risentirci|con affetto|con stima|con gratitudine|con riconoscenza|distintamente)',
      'buon[ae]? (?:giornata|serata|settimana|fine settimana|weekend|proseguimento|continuazione|lavoro|divertimento|utilizzo|uso|ascolto|lettura|viaggio|vacanze|feste|natale|anno|pittura|pedalate|cucina|camminata|escursioni|riposo|sonno|domenica|estate|pasqua|appetito)',
      "(?:il |lo |l')?(?:team|staff|servizio clienti|ufficio clienti|assistenza clienti|customer service)(?: (?:di|del|della))?(?: [\\p{L}'&-]{1,20}){0,2}",
      '(?:tutto lo staff|tutto il team|il titolare|la titolare)',
      '(?:speriamo|spero|ci auguriamo|mi auguro|le auguriamo|ti auguriamo|vi auguriamo|le auguro|ti auguro) (?:che|di|una|un|buon|buona)[^.!?\\n]{0,60}',
      "goder\\p{L}{1,4} (?:al meglio |appieno )?(?:il|la|i|le) (?:suo |tuo |sua |tua )?(?:nuov\\p{L} )?(?:\\p{L}+ )?(?:acquisto|prodotto|articolo|ordine)",
      "(?:ci|mi) (?:ha|hai|avete|hanno) (?:proprio |davvero |tanto |molto )?(?:reso|fatto|rallegrato|illuminato) (?:proprio |davvero |tanto |molto |così )?(?:la giornata|felici|contenti|la settimana|felicissimi|un gran piacere|piacere)[^.!?\\n]{0,30}",
      "(?:mi presento|ci presentiamo|permetta che mi presenti)[:,]? (?:mi chiamo|sono|siamo|io sono) [\\p{L}']+(?: [\\p{L}']+)?(?: e)?",
      "(?:per|in caso di|se ha|se hai|se avesse|se avete|qualora avesse|per eventuali) (?:qualsiasi|eventuali|qualche|ulteriori|altre|altri)? ?(?:domand[ae]|problem[ai]|dubbi?o?|chiariment[oi]|necessità|richiest[ae]|informazion[ei])(?:,? (?:non esiti a |non esitate a |non esitare a |può |puoi )?(?:contattarci|scriverci|ci contatti|ci scriva|scrivici|contattaci|siamo a (?:sua|tua|vostra) (?:completa )?disposizione|restiamo a (?:sua|tua|vostra) (?:completa )?disposizione))?",
      '(?:non esit\\p{L}{1,4} a|non esiti|non esitate) (?:contattarci|scriverci|contattarmi|scrivermi|chiedere)',
      '(?:restiamo|resto|rimaniamo|rimango|siamo|sono) (?:sempre )?a (?:sua|tua|vostra) (?:completa |totale |piena )?disposizione(?: (?:qui|per qualsiasi (?:domanda|dubbio|necessità|cosa)))?',
      '(?:siamo|sono) qui per (?:aiutarla|aiutarti|aiutarvi|lei|te|voi)',
      "(?:volevamo|vogliamo|volevo|voglio) (?:solo |semplicemente |soltanto )?(?:ricordarle|ricordarti|ricordarvi|dirle|dirti|dirvi|farle sapere|farti sapere|informarla|informarti) che",
      "(?:per|in caso di|se ha|se hai|se avesse) (?:qualsiasi|eventuali|qualche) (?:domand[ae]|dubbi?o?|necessità|informazion[ei]|chiariment[oi]) (?:su|sul|sulla|sui|sulle|sull'|riguardo|relativ\\p{L}|in merito|circa)[^.!?\\n]{0,60}",
      '(?:ci|mi) scriva pure',
      '(?:la|ti) aspettiamo',
      // The seller's small business introduced: warmth, no purpose.
      'siamo una (?:piccola )?(?:famiglia|azienda|bottega|realtà)(?: familiare)?', 'ogni ordine,? per noi,? è una (?:piccola )?(?:festa|gioia)',
    ],
    confirmation: [
      "(?:è|sono) (?:\\p{L}+ )?(?:imballat[oaie]|pront[oaie] per la spedizione|preparat[oaie])",
      "(?:verrà|verranno) (?:ritirat[oaie]|prelevat[oaie]) da[^.!?\\n]{0,40}",
      "(?:è|sono) stat[oaie] (?:\\p{L}+ )?(?:spedit[oaie]|inviat[oaie]|consegnat[oaie] (?:a|al)|affidat[oaie] (?:a|al))[^.!?\\n]{0,60}",
      "(?:è|sono) (?:ora |già )?(?:in viaggio|in transito|in consegna|in arrivo|partit[oaie])",
      "(?:consegna|arrivo) (?:previst[oa]|stimat[oa])[^.!?\\n]{0,40}",
      "(?:numero|codice) di (?:tracciamento|tracking|spedizione)[^.!?\\n]{0,40}",
      // "Le è stato consegnato ieri pomeriggio", "risulta consegnato".
      "(?:le |ti |vi )?(?:è|sono) stat[oaie] (?:regolarmente )?consegnat\\p{L}(?: (?:ieri|oggi|stamattina|questa mattina|stamani)(?: (?:pomeriggio|sera|mattina))?)?",
      "risult\\p{L}{1,3} (?:regolarmente )?consegnat\\p{L}",
      // "ha lasciato il nostro magazzino di Prato questa mattina", "è già in viaggio verso Cagliari".
      "(?:ha lasciato|hanno lasciato|è partit\\p{L} da|sono partit\\p{L} da|è uscit\\p{L} da|sono uscit\\p{L} da) (?:il nostro|la nostra|i nostri|le nostre) (?:magazzin\\p{L}|laboratori\\p{L}|deposit\\p{L}|sede|stabiliment\\p{L}|negozi\\p{L})(?: (?:di|a) [\\p{L}'-]{2,20})?(?: (?:questa mattina|stamattina|oggi|ieri|stamani|poco fa))?",
      "(?:è|sono) (?:già |ora )?in viaggio(?: verso [\\p{L}'-]{2,20}(?: [\\p{L}'-]{2,20})?)?",
      "(?:può|puoi|potrà|potrai) (?:seguirl\\p{L}|tracciarl\\p{L}|monitorarl\\p{L})(?: (?:qui|da qui|a questo link|online))?",
      `${ORDER}(?: n\\.?)?(?: \\d{3}-\\d{7}-\\d{7})? (?:è|sono) (?:stat[oaie] )?(?:appena |già |ora |oggi )?(?:spedit\\p{L}|confermat\\p{L}|evas\\p{L}|partit\\p{L}|affidat\\p{L}|pres\\p{L} in carico|in viaggio|in transito|in preparazione|in lavorazione|pront\\p{L} per la spedizione)(?: oggi| stamattina| ieri)?(?: (?:al corriere|a (?:brt|gls|sda|dhl|ups|tnt|poste italiane|bartolini|fedex|nexive)|con (?:brt|gls|sda|dhl|ups|tnt|poste italiane|bartolini|fedex|il corriere)))?`,
      `abbiamo (?:appena |già |oggi )?(?:spedito|confermato|evaso|ricevuto|preso in carico|preparato|affidato|consegnato al corriere) ${ORDER}`,
      '(?:lo|la|li|le) stiamo (?:già )?(?:preparando|imballando|spedendo|elaborando)(?: con cura)?',
      "ricever\\p{L}{1,3} (?:una |la )?(?:notifica|e-?mail|conferma|comunicazione) (?:da amazon|di spedizione|con il (?:numero di )?tracciamento)[^.!?\\n]{0,40}",
      '(?:arriverà|dovrebbe arrivare|verrà consegnat\\p{L}|sarà consegnat\\p{L}|le arriverà|ti arriverà)[^.!?\\n]{0,40}',
      '(?:il (?:suo |tuo )?)?numero di (?:spedizione|tracciamento|tracking)(?: è)?:?(?: [\\p{L}\\p{N}-]{1,30})?',
      '(?:consegna|data di consegna|arrivo) (?:prevista|stimata|previsto|stimato)(?: per| il| entro)?:?(?: [^.!?\\n]{0,30})?',
      '(?:può|puoi|potrà) (?:seguire|tracciare|monitorare) (?:la spedizione|il pacco|l\'ordine|il suo ordine|il tuo ordine|la consegna)[^.!?\\n]{0,60}',
      'conferma (?:dell\'|del |di )?(?:ordine|spedizione)',
      '(?:le|ti|vi) confermiamo che',
    ],
    signOffs: [
      '(?:cordiali|distinti|cari|affettuosi|tanti) saluti',
      'un (?:caro|cordiale|affettuoso) saluto',
      'un abbraccio',
      'cordialmente',
      'saluti(?: cordiali)?',
      'a presto',
      'grazie (?:ancora|mille|di cuore)',
      'con (?:stima|affetto|gratitudine)',
    ],
    checkIns: [
      // Richieste di notizie nella forma generale.
      "(?:è|sono) (?:già |poi )?(?:arrivat[oaie]|giunt[oaie]) (?:bene |correttamente |in buono stato )?[^.!?\\n]{0,40}\\?",
      "(?:va|è andato|procede) tutto (?:bene|liscio|ok|a posto)[^.!?\\n]{0,40}\\?",
      "(?:sapere|chiederle|chiederti|verificare|capire) (?:se|come) [^.!?\\n]{0,60}(?:arrivat[oaie]|ricevut[oaie]|piace|piaciut[oaie]|va bene|funziona|trova)",
      // "Volevamo solo sapere come ti trovi con la tua nuova moka": a check-in without a purpose.
      "(?:sapere|chiederle|chiederti|chiedervi|capire) come (?:si trova|ti trovi|vi trovate|va|sta andando|procede) (?:con )?(?:l'|il |la |i |le |lo |gli )(?:suo |tuo |sua |tua |nuov\\p{L} )?[^.!?\\n]{0,40}",
      // "È andato tutto liscio?", "Tutto a posto?"
      "(?:è |sta )?(?:andat[oa]|andando|filat[oa]) tutto (?:liscio|bene|ok|a posto|per il meglio|come previsto)[^.!?\n]{0,40}\\?",
      "(?:è )?tutto (?:liscio|ok|a posto|in ordine)\\?",
      `(?:volevamo|volevo|vogliamo|voglio|desideravamo|desideriamo|ci teniamo a|ci tenevamo a|(?:le|ti|vi) scriviamo per|(?:le|ti|vi) scrivo per|scriviamo per) (?:solo |soltanto |semplicemente |giusto |un attimo )?(?:sapere|chiederle|chiederti|chiedervi|verificare|accertarci|assicurarci|controllare|capire|sincerarci) (?:se|che) (?:\\p{L}+ )?${ORDER}[^.!?\\n]{0,80}(?:${ARRIVED}|tutto (?:bene|ok|a posto|in ordine)|funzion\\p{L}+|(?:si |ti )?trov\\p{L}+ bene)`,
      `(?:volevamo|volevo|vogliamo|voglio) (?:solo |soltanto |semplicemente |giusto )?(?:sapere|chiederle|chiederti|verificare|accertarci|assicurarci|controllare) (?:se|che) (?:tutto|è tutto|sia tutto) (?:bene|ok|a posto|in ordine|sia andato bene|è andato bene)[^.!?\\n]{0,60}`,
      `${ORDER} (?:\\p{L}+ ){0,4}(?:è|sono) (?:già |ormai |poi )?${ARRIVED}[^.!?\\n]{0,40}\\?`,
      `(?:ha|hai|avete) (?:già |poi )?ricevut[oaie] ${ORDER}[^.!?\\n]{0,40}\\?`,
      `(?:speriamo|spero|ci auguriamo|mi auguro) che ${ORDER} (?:[\\p{L}\\p{N}'()-]+ ){0,6}(?:sia|siano|sia già|siano già) ${ARRIVED}[^.!?\\n]{0,40}`,
      "come (?:si trova|ti trovi|vi trovate|va|sta andando|procede) (?:con )?(?:l'|il |la |i |le |lo |gli )(?:suo |tuo |sua |tua |nuov\\p{L} )?[^.!?\\n]{0,40}\\?",
      "tutto (?:bene|ok|a posto|in ordine) con (?:l'|il |la |i |le |lo |gli )[^.!?\\n]{0,40}\\?",
    ],
    helpOffers: [
      "(?:il suo|la sua|il tuo|la tua) (?:\\p{L}+ )?(?:consulente|referente|assistente|responsabile|contatto|agente)(?: (?:dedicat[oa]|personale|diretto|diretta))?",
      "(?:non esiti|non esitare|non esitate) a (?:contattarci|scriverci|contattarmi|scrivermi|chiedere)[^.!?\\n]{0,60}",
      "(?:siamo|sono|restiamo|resto|rimaniamo) (?:sempre |qui |disponibili |disponibile |a disposizione )+(?:per (?:lei|te|voi|qualsiasi|ogni|aiutarla|aiutarti))?",
      "(?:se|per) (?:le|ti|vi) (?:serve|servisse|occorre) (?:qualcosa|qualsiasi cosa|aiuto|una mano)[^.!?\\n]{0,60}",
      // "da adesso seguirò personalmente ogni Sua esigenza legata all'ordine", "qualunque cosa Le serva, io ci sono".
      "(?:(?:da (?:oggi|ora|adesso)(?: in poi)?|d'ora in poi|da questo momento) )?(?:io )?(?:seguirò|seguiremo|curerò|cureremo|gestirò|gestiremo|mi occuperò|ci occuperemo)(?: io| noi)? (?:personalmente |direttamente |io )?(?:di )?(?:ogni|qualsiasi|qualunque|tutte le|tutti i) (?:sua |tua |vostra )?(?:esigenz\\p{L}|richiest\\p{L}|necessità|domand\\p{L}|question\\p{L}|cosa)[^.!?\n]{0,80}",
      "(?:qualunque|qualsiasi|per qualunque|per qualsiasi) cosa (?:le|ti|vi) (?:serva|servisse|occorra|occorresse)(?: in futuro)?,? (?:io |noi )?(?:ci sono|ci siamo|sono qui|siamo qui|mi trova|ci trova|sono a disposizione|siamo a disposizione)",
      'siamo (?:sempre )?a (?:sua|tua|vostra) (?:completa |totale |piena )?disposizione',
      '(?:restiamo|resto|rimaniamo|rimango) (?:sempre )?a (?:sua|tua|vostra) (?:completa |totale |piena )?disposizione',
      '(?:siamo|sono) (?:sempre )?(?:qui|disponibili|a disposizione|pronti) per (?:aiutar\\p{L}{1,3}|lei|te|voi|qualsiasi)',
      'siamo qui per aiutar\\p{L}{1,3}',
      '(?:felici|lieti|content\\p{L}) di aiutar\\p{L}{1,3}',
      'non esit\\p{L}{1,4} a (?:contattarci|scriverci|contattarmi|scrivermi|chiedere)',
      'per qualsiasi (?:domanda|dubbio|necessità|cosa|richiesta|informazione)',
      "(?:volevamo|vogliamo|volevo|voglio) (?:solo |semplicemente |soltanto )?(?:ricordarle|ricordarti|ricordarvi|dirle|dirti|dirvi|farle sapere|farti sapere|informarla|informarti) che (?:siamo|restiamo|rimaniamo|sono|resto|saremo) (?:sempre )?(?:a (?:sua|tua|vostra) (?:completa |totale )?disposizione|disponibili|qui|a disposizione|reperibili)[^.!?\\n]{0,80}",
      "(?:da (?:oggi|ora|adesso) in poi|d'ora in poi|da questo momento),? (?:sono|sarò|saremo|siamo|io sarò) (?:il suo|la sua|il tuo|la tua|i suoi|il vostro|la vostra) (?:\\p{L}+ ){0,3}(?:referente|contatto|assistente|consulente|punto di riferimento|interlocutore)",
      '(?:sono|siamo) (?:il suo|la sua|il tuo|la tua|il vostro|la vostra) (?:referente|assistente|consulente|contatto|interlocutore) (?:personale|dedicat\\p{L}|diretto|esclusiv\\p{L})',
      '(?:se|qualora) (?:ha|hai|avesse|avete|dovesse avere|dovessi avere) (?:bisogno|qualche domanda|domande|dubbi|problemi|necessità)',
      // Help offered for whenever the buyer needs it.
      'sarò il (?:tuo|suo) punto di riferimento', 'siamo sempre a disposizione', 'per qualsiasi (?:cosa|dubbio|domanda)',
    ],
    purpose: [
      'purtroppo', 'ci scusi', 'scus\\p{L}{0,4}', '(?:ci|mi) dispiace', 'danneggiat[oaie]', 'rott[oaie]', 'difettos[oaie]',
      'guast\\p{L}{0,3}', 'manca', 'mancava', 'mancant[ei]', 'errat[oaie]', 'sbagliat\\p{L}', 'errore',
      '(?<!(?:senza|nessun|qualsiasi|eventuali|qualche|altri|ulteriori|ogni) )problem[ai]',
      'dann[oi]', 'graffi\\p{L}{0,4}', 'smarrit\\p{L}', 'scheggiat\\p{L}', 'ammaccat\\p{L}',
      'ritard\\p{L}{0,3}', 'esaurit[oaie]', 'non disponibile', "(?:il|un|del|al|nel|dal|sul|suo|tuo|vostro|questo|primo|di|per|per il|etichetta di|modulo di|richiesta di|procedura di) reso", 'reso (?:gratuito|prepagato|del prodotto|dell\'articolo|dell\'ordine)', 'resi', 'rimbors\\p{L}{0,3}', 'sostitu\\p{L}{2,6}',
      'cambio', 'annull\\p{L}{0,6}', 'indirizz\\p{L}', 'incision[ei]', 'incid\\p{L}{2,5}', 'ricam\\p{L}{1,4}',
      'personalizza\\p{L}{0,6}', 'su misura', 'appuntamento', 'fascia oraria',
      '(?:la preghiamo di|per favore,?|ti preghiamo di) (?:confermare|inviare|indicare|scegliere|rispondere|confermi|invii|indichi|controllare|verificare)',
      'potrebbe', 'desidera', 'preferisce', 'preferisci', 'in allegato', 'allegat[oaie]', 'alleghiamo', 'fattura', 'manuale',
      'istruzioni', 'garanzia', 'richiam\\p{L}{1,4}', 'sicurezza',
      'recension[ei]', 'feedback', 'valutazion[ei]', 'firma', 'qualcuno (?:\\p{L}+ )?(?:in casa|a casa)', 'nessuno (?:\\p{L}+ )?in casa', 'a casa', 'si assicuri',
      '(?:deve|devono|dobbiamo|vorremmo|vogliamo|serve|servirebbe|ha bisogno di|abbiamo bisogno di) sapere',
      "(?:in )?quale (?:giorno|giorni|fascia|orario|colore|taglia|opzione|modello|misura|data)",
      'foto',
      'misure',
      'inviarci',
      'ci serv\\p{L}{1,3}',
      'abbiamo bisogno',
      'numero civico',
      '(?:ci|mi) (?:invii|mandi|conferm\\p{L}{1,2}|indichi|faccia sapere|dica)',
      '(?:facci|fammi|fateci|mi faccia) sapere',
      '(?:risponda|rispondi|rispondere) (?:a questo messaggio|indicando|con)',
      '(?:per favore|per cortesia|cortesemente|gentilmente),? (?:\\p{L}+ ){0,2}(?:mand|invi|scriv|conferm|indic|rispond|controll|verific|sceg|dic|facci|fai|allegh|comunic)\\p{L}*',
      '(?:mand|invi|scriv)\\p{L}{1,4} (?:a noi|a me)',
      // Instructions for the item (what to do before use) are a purpose of their own.
      'la preghiamo di notare', 'prima dell[\'’]uso', 'prima di usare',
    ],
  },

  topics: {
    address: [
      'casella postale', 'punto di ritiro', 'locker', 'rispedit[oa] al mittente', 'incomplet[oa]',
      'indirizz\\p{L}(?: di (?:spedizione|consegna|fatturazione))?', 'codice postale', 'cap', 'numero civico', 'civico',
      'citofon\\p{L}{0,2}', '(?:interno|int\\.|scala) ?(?:\\d{1,3}|[a-h])', 'destinatario', 'campanello', 'località', 'frazione',
      'etichetta di spedizione', "sull'etichetta", 'non (?:trova|trovava|ha trovato|riesce a trovare) (?:l\'indirizzo|la via|il civico|il suo nome)',
    ],
    deliveryScheduling: [
      'appuntamento', 'fasci\\p{L} orari\\p{L}', 'data di consegna', 'giorno di consegna',
      '(?:programmare|programmiamo|concordare|concordiamo|fissare|fissiamo|prenotare|organizzare|pianificare) (?:\\p{L}+ )?(?:la|una|il) (?:consegna|ritiro|montaggio|appuntamento|orario)',
      '(?:scegliere|scelga|scegli|indicare|indichi|indicarci|concordare|fissare|prenotare) (?:un |una |il |la )?(?:nuov[oa] )?(?:giorno|data|orario|fascia)',
      'qualcuno (?:in casa|a casa)', '(?:quando|se) (?:lei |tu )?(?:è|sarà|sei|sarai) (?:in casa|a casa)',
      'consegna (?:al piano|su appuntamento|programmata|concordata)',
    ],
    delivery: [
      'tecnic[oi]', 'installator\\p{L}', 'installazion\\p{L}', 'di (?:mattina|pomeriggio)', 'parcheggio',
      'consegn\\p{L}{0,4}', 'corrier\\p{L}', 'trasportator\\p{L}', 'autista', 'montator\\p{L}', 'montaggio', 'orario',
      'ascensore', 'scarico', 'fattorino', 'spedizionier\\p{L}', 'ritiro', '(?:portat\\p{L}|consegnat\\p{L}|salit\\p{L}) al piano',
    ],
    customization: [
      'maiuscol\\p{L}', 'minuscol\\p{L}', '(?:controllare|controlli|confermare|confermi|verificare|verifichi) il (?:testo|nome|disegno)', 'prima di (?:tagliare|incidere|stampare|ricamare|cucire|realizzare|intagliare)',
      "(?:il suo|il tuo) (?:testo|logo|disegno)", "(?:la sua|la tua) (?:foto|immagine|scritta|dedica)", 'scritta', 'dedica', 'logo',
      'incision[ei]', 'incid\\p{L}{2,5}', 'personalizza\\p{L}{0,6}', 'testo personalizzato', 'bozz\\p{L}', 'anteprim\\p{L}',
      'su misura', 'ricam\\p{L}{1,4}', 'stamp\\p{L}{1,4}', 'tonalità', 'campione', 'design', 'grafica', 'font', 'carattere',
      'iniziali', 'impaginazion\\p{L}', '(?:colore|colori) (?:del |della |dei )?(?:filo|fili|tessuto|legno|stampa|incisione|ricamo)',
      'testo (?:da incidere|da ricamare|da stampare|dell\'incisione|del ricamo)', 'nome da (?:incidere|ricamare|stampare)',
      'realizzat\\p{L} (?:a mano )?su richiesta',
      'ritratt[oi]',
    ],
    review: [REVIEW, 'recensir\\p{L}{0,4}'],
    problem: [
      // Altre parole di un problema imprevisto (motivo critico).
      'tempesta', 'maltempo', 'neve', 'alluvion\\p{L}', 'carenza', 'tentativo', 'fallit[oa]', 'piegat[oa]', 'storto', 'allentat[oa]',
      'invece di', 'solo (?:un|una|uno|una parte)', 'avviso', 'pericolo', 'rischio', 'vicin[oa]', 'scioper\\p{L}',
      // A parcel marked delivered at another door is an unexpected problem.
      'reclamo', "(?:un'altra|altra) (?:porta|casa)", 'segna\\p{L}{0,3} (?:\\p{L}+ ){0,3}come consegnat\\p{L}',
      'purtroppo', '(?:ci|mi) dispiace', 'scus\\p{L}{1,6}', 'danneggiat\\p{L}', 'dann[oi]', 'rott[oaie]', 'graffi\\p{L}{0,4}',
      'scheggiat\\p{L}', 'crep\\p{L}{1,4}', 'incrinat\\p{L}', 'ammaccat\\p{L}', 'rigat\\p{L}', 'difett\\p{L}{0,5}',
      'guast\\p{L}{0,3}', 'non (?:funziona|funzionano|si accende|si spegne|si carica|si avvia|si connette|parte)', 'errore',
      'sbagliat\\p{L}', 'errat\\p{L}', 'mancant\\p{L}', 'manca', 'mancava', 'ritard\\p{L}{0,3}', 'smarrit\\p{L}', 'esaurit\\p{L}',
      'non (?:è |sarà |tornerà |torna )?(?:più |ancora )?disponibile', 'fuori produzione', 'richiam\\p{L}{1,4}', 'sicurezza',
      'surriscald\\p{L}{1,6}', 'perdit\\p{L}', 'bloccat\\p{L}', 'ferm[oa]', 'dogan\\p{L}{1,3}', 'sciopero', 'maltempo',
      'problem\\p{L}', 'inconvenient\\p{L}', 'disagi[oi]', 'rimbors\\p{L}{0,5}', 'sostitu\\p{L}{2,6}', 'annull\\p{L}{0,6}',
      'smett\\p{L}{1,3} di usar\\p{L}{1,3}', 'interromp\\p{L}{1,6}', 'non (?:utilizz|us)\\p{L}{1,4}', 'slitt\\p{L}{1,5}',
      'non (?:è ancora |ancora )?arrivat\\p{L}', "(?:il|un|del|al|nel|dal|sul|suo|tuo|vostro|questo|primo|di|per|per il|etichetta di|modulo di|richiesta di|procedura di) reso", 'reso (?:gratuito|prepagato|del prodotto|dell\'articolo|dell\'ordine)', 'resi',
    ],
  },
};
