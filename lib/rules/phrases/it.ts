/** Italian phrases. Syntax: see ./types.ts. */
import type { PhraseBook } from './types.ts';

const REVIEW = '(?:recension[ei]|feedback|valutazion[ei]|commenti?|giudizi[o]?)';
const INCENTIVE_WORDS =
  '(?:gratis|gratuit\\p{L}{0,2}|omaggio|regalo|sconto|buono|coupon|carta regalo|buono regalo|rimbors\\p{L}{0,3}|denaro|soldi|ricompensa)';
/** Money and percentages: "10 €", "20 %". */
const AMOUNT = '(?:\\d{1,3} ?%|\\d{1,4} ?(?:€|euro))';
const INCENTIVE = `(?:${INCENTIVE_WORDS}|${AMOUNT})`;

export const it: PhraseBook = {
  language: 'it',
  name: 'Italian',
  wordBoundaries: true,
  stopWords: [
    'il', 'lo', 'la', 'gli', 'le', 'e', 'è', 'di', 'che', 'per', 'con', 'una', 'un', 'del', 'della',
    'suo', 'sua', 'vostro', 'nostro', 'nostra', 'grazie', 'ordine', 'saluti', 'cordiali', 'gentile',
    'non', 'sono', 'abbiamo', 'ha', 'lei', 'ci', 'si', 'al', 'alla',
  ],
  importantTagWords: ['importante', 'urgente', 'attenzione', 'avviso importante'],

  promotion: {
    patterns: [
      '\\d{1,3} ?% (?:di sconto|in meno|off)',
      'codic[ei] (?:sconto|promo(?:zionale)?|coupon)',
      '(?:un|il nostro) (?:buono|coupon) (?:sconto|regalo)',
      '(?:sul|per il) (?:suo|tuo|vostro) prossimo (?:ordine|acquisto)',
      '(?:saldi|offerte (?:speciali|esclusive)|promozioni? (?:speciali?|esclusive?))',
      'offerta (?:esclusiva|limitata|speciale|lampo)',
      '(?:le nostre|una nostra) (?:promozioni|promozione|offerte)',
      '(?:acquistare|acquisti|ordinare|ordini) (?:di nuovo|ancora) da noi',
      '(?:i nostri|le nostre) (?:nuov[ie]|altr[ie]) (?:collezion[ie]|prodotti|articoli|modelli|gamma)',
      'nuova collezione',
      '(?:visiti|visita|scopra|scopri|dia un\'occhiata a) (?:il nostro|la nostra|i nostri|le nostre) (?:\\p{L}+ )?(?:negozio|store|prodotti|catalogo|gamma)',
      'newsletter',
      '(?:iscriviti|si iscriva|iscriversi) (?:alla|al) nostr[ao]',
      '(?:seguici|ci segua|seguiteci) su',
      '(?:su|sulla nostra pagina) (?:instagram|facebook|tiktok|pinterest|youtube)',
      '(?:concorso|concorsi|estrazione a premi)',
      'programma (?:fedeltà|di fedeltà)',
    ],
    exceptions: ['condizioni di vendita', 'post[- ]vendita', 'assistenza post'],
  },

  reviewPositive: {
    patterns: [
      {
        pattern: `(${REVIEW}) (?:positiv[ae]|positivi|favorevol[ei]|eccellent[ei]|a (?:5|cinque) stelle)`,
        replacement: '$1',
        label: 'reviewWithoutKind',
      },
      {
        pattern: `(?:buona|buone|ottima|ottime|bella|belle) (${REVIEW})`,
        replacement: '$1',
        label: 'reviewWithoutKind',
      },
      {
        pattern: '(?:5|cinque) stelle',
        replacement: 'una recensione',
        label: 'reviewWithoutRating',
      },
      `(?:menzionare|menzioni|scrivere|scriva|dire|dica|sottolineare|sottolinei)[^.!?\\n]{0,40} nella (?:sua|tua|vostra) ${REVIEW}`,
      `(?:quando|se) (?:scriverà|scrive|lascerà|lascia) (?:la|una) ${REVIEW}[^.!?\\n]{0,80}(?:menzionasse|menzioni|scrivesse|scriva|dicesse|dica|sottolineasse|sottolinei)`,
    ],
    exceptions: [`grazie (?:mille )?per (?:la sua|la tua|il suo|il tuo) (?:\\p{L}+ )?${REVIEW} (?:positiv[ao])`],
  },

  reviewConditional: {
    patterns: [
      `se (?:è|sei|siete|è stato|è stata|sei stato|sei stata) (?:\\p{L}+ )?(?:soddisfatt[oaie]|content[oaie]|felic[ei])[^.!?\\n]{0,80}${REVIEW}`,
      `se (?:le|ti|vi) (?:è piaciut[oa]|piace)[^.!?\\n]{0,80}${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}se (?:è|sei|siete) (?:soddisfatt[oaie]|content[oaie])`,
      `(?:ci contatti|contattaci|ci scriva|scrivici) (?:prima|direttamente)? ?(?:di|prima di|invece di)[^.!?\\n]{0,40}${REVIEW}`,
      `(?:prima di|invece di|anziché) (?:lasciare|scrivere|pubblicare) (?:una |un )?${REVIEW} (?:negativ[oa]|cattiv[oa])`,
      '(?:altrimenti|in caso contrario|se non)[^.!?\\n]{0,40}(?:ci contatti|contattaci|ci scriva) (?:prima)',
    ],
  },

  reviewIncentive: {
    patterns: [
      `in cambio di (?:una |un |la sua |la tua )?${REVIEW}`,
      `${INCENTIVE_WORDS}[^.!?\\n]{0,60}(?:per|dopo|se|quando)[^.!?\\n]{0,30}${REVIEW}`,
      `${AMOUNT}[^.!?\\n]{0,60}(?:per|dopo|se|quando)[^.!?\\n]{0,30}${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}(?:e|per) (?:ricevere|ottenere|avere)[^.!?\\n]{0,40}${INCENTIVE}`,
      `(?:screenshot|link) della (?:sua|tua) ${REVIEW}`,
    ],
  },

  reviewChange: {
    patterns: [
      `(?:modificare|cambiare|rimuovere|eliminare|cancellare|ritirare|aggiornare|riconsiderare|correggere)(?: la| il| sua| tua| questa| questo){0,2} ?(?:\\p{L}+ )?${REVIEW}`,
      `(?:modifichi|cambi|rimuova|elimini|cancelli|ritiri|aggiorni|riconsideri) (?:la|il) (?:sua |tua )?${REVIEW}`,
    ],
  },

  messenger: {
    patterns: [
      '(?:via|tramite|per) sms',
      '(?:il mio|il nostro) (?:numero (?:di telefono|di cellulare|personale)|cellulare)',
      '(?:mi|ci) (?:chiami|chiamate)',
      '(?:chiamami|chiamaci)',
    ],
    exceptions: ['chiami il corriere'],
  },

  optOut: {
    patterns: [
      'disiscri\\p{L}{0,6}',
      'annullare l\'iscrizione',
      'cancellarsi',
      'non (?:ricevere|desidera ricevere|vuole ricevere|desideri ricevere) più',
      'non desidera più ricevere',
      'non vuole più ricevere',
    ],
  },

  messengerApps: {
    patterns: [
      '(?:su|via|tramite|per) (?:whatsapp|telegram|signal|skype|wechat|line)',
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
      '(?:mille |tante )?grazie(?: mille| ancora)?(?: (?:per|del) (?:il suo|il tuo|la sua|la tua|l\'|vostro|suo) ?(?:\\p{L}+ )?(?:ordine|acquisto|fiducia|pazienza))?',
      'la ringraziamo (?:per|del) (?:il suo |la sua |suo |l\')?(?:\\p{L}+ )?(?:ordine|acquisto|fiducia)',
    ],
    padding: [
      '(?:ciao|buongiorno|buonasera|salve|gentile|egregi[oa]|car[oa])(?: (?:sig\\.?|sig\\.ra|signor|signora|dott\\.?))?(?: [\\p{L}\'-]{1,20}){0,2}',
      '(?:cordiali|distinti|cari|un caro) salut[io]',
      '(?:cordialmente|saluti|a presto|buona giornata)',
      '(?:il )?team(?: [\\p{L}\'-]{1,20}){0,2}',
      '(?:speriamo|le auguriamo) che[^.!?\\n]{0,50}',
      '(?:per|in caso di|se ha) (?:qualsiasi|eventuali|qualche) (?:domand[ae]|problem[ai]|dubbi?o?)(?:,? (?:non esiti a |non esitate a )?(?:contattarci|scriverci))?',
      'non esiti a contattarci',
      'restiamo a (?:sua|vostra) (?:completa )?disposizione',
      'siamo qui per aiutarla',
    ],
    confirmation: [
      'il (?:suo|tuo) (?:ordine|pacco|articolo)(?: \\d{3}-\\d{7}-\\d{7})? è (?:stato )?(?:spedito|confermato|in viaggio|in transito|affidato al corriere)',
      'abbiamo (?:spedito|confermato) il (?:suo|tuo) (?:ordine|pacco|articolo)',
      '(?:arriverà|dovrebbe arrivare|verrà consegnato|sarà consegnato)[^.!?\\n]{0,40}',
      'il (?:suo|tuo) numero di tracciamento è[^.!?\\n]{0,60}',
      'conferma (?:dell\'|del )?ordine',
      'consegna prevista',
    ],
    signOffs: ['(?:cordiali|distinti|cari) saluti', 'un caro saluto', 'cordialmente', 'saluti'],
    checkIns: [],
    helpOffers: [
      'siamo a (?:sua|vostra) (?:completa )?disposizione',
      'restiamo a (?:sua|vostra) (?:completa )?disposizione',
      'siamo qui per aiutar\\p{L}{1,3}',
      'non esiti a contattarci',
      'per qualsiasi domanda',
    ],
    purpose: [
      'purtroppo', 'ci scusi', 'scus\\p{L}{0,4}', 'danneggiat[oaie]', 'rott[oaie]', 'difettos[oaie]', 'manca', 'mancant[ei]',
      'errat[oaie]', 'problem[ai]', 'ritardo', 'esaurit[oaie]', 'non disponibile', 'reso', 'rimbors\\p{L}{0,3}',
      'sostituzione', 'cambio', 'annull\\p{L}{0,6}', 'indirizzo', 'incision[ei]', 'personalizza\\p{L}{0,6}', 'appuntamento',
      'fascia oraria', '(?:la preghiamo di|per favore,?) (?:confermare|inviare|indicare|scegliere|rispondere|confermi|invii|indichi)',
      'potrebbe', 'desidera', 'in allegato', 'allegat[oaie]', 'fattura', 'manuale', 'garanzia',
      'recension[ei]', 'feedback', 'firma', 'qualcuno in casa', 'nessuno in casa', 'si assicuri',
      'foto',
      'misure',
      'inviarci',
      'ci serve',
      'abbiamo bisogno',
      'numero civico',
    ],
  },

  topics: {
    address: ['indirizzo(?: di (?:spedizione|consegna))?', 'codice postale', 'cap', 'numero civico'],
    deliveryScheduling: ['appuntamento', 'fascia oraria', 'data di consegna', 'programmare la consegna'],
    customization: ['incision[ei]', 'personalizza\\p{L}{0,6}', 'testo personalizzato', 'bozza', 'anteprima del design'],
    review: [REVIEW],
    problem: [],
  },
};
