/**
 * Contact-reason labels as sellers see them on the contact-buyer form, in every interface
 * language, to the checker's reason ids. Read in the background and the popup, never in the
 * content script: the page sends the label, and thirteen languages of labels stay off the page. Amazon's radio `value`s are unknown and never read.
 * Seen in public automation code: "Other", "Notify of a problem with shipping your order",
 * "注文の詳細を確認する" (confirm order details), "その他"; the rest is the same wording in each
 * language, kept narrow on purpose: a label that matches nothing is "other", because a wrong
 * critical reason would make the checker accuse the seller of misusing it.
 *
 * Adding a language is one line per reason. Each entry is regular-expression source, matched
 * case-insensitively; reasons are tried in this order (an address problem is an address issue
 * before it is a problem).
 */
import type { ContactReason, Language } from '../rules/types';

type Stems = Readonly<Partial<Record<Language, string>>>;

const REASONS: readonly (readonly [ContactReason, Stems])[] = [
  [
    'customization',
    {
      en: '\\bcustom(?:i[sz]ation|i[sz]ed|i[sz]e)?\\b|\\bpersonali[sz]|\\bengrav',
      de: 'anpassung|personalisier|individualisier|gravur',
      fr: 'personnalis|gravure',
      es: 'personaliza|grabado',
      it: 'personalizza|incisione',
      ja: 'カスタマイズ|名入れ|オーダーメイド',
      nl: 'personalis|aanpassing|maatwerk|gravering|graveren',
      sv: 'anpassning|personalis|gravyr|gravering',
      pl: 'personaliz|dostosowan|grawer',
      tr: 'ki[sş]isel(?:le[sş]tir)|[öo]zelle[sş]tir|gravür|gravur',
      pt: 'personaliza|grava[cç][aã]o',
      ar: 'تخصيص|مخصص|نقش|حفر',
      zh: '定制|定製|訂製|自定义|自定義|个性化|個性化|刻字',
    },
  ],
  [
    'address-issue',
    {
      en: '\\baddress\\b',
      de: 'adresse|anschrift',
      fr: 'adresse',
      es: 'direcci[oó]n',
      it: 'indirizzo',
      ja: '住所|お届け先',
      nl: 'adres',
      sv: 'adress',
      pl: 'adres',
      tr: 'adres',
      pt: 'endere[cç]o|morada',
      ar: 'عنوان|العنوان',
      zh: '地址',
    },
  ],
  [
    'delivery-scheduling',
    {
      en: '\\b(?:schedul\\w*|arrang\\w*)\\b.*\\bdeliver|\\bdelivery (?:appointment|date|time|slot)',
      de: 'liefer(?:ung|termin)\\w* (?:planen|vereinbaren)|liefertermin',
      fr: '(?:planifier|programmer|organiser) (?:la |une )?livraison|rendez-vous de livraison',
      es: '(?:programar|concertar|coordinar) (?:la |una )?entrega|cita de entrega',
      it: '(?:programmare|pianificare|organizzare) (?:la |una )?consegna|appuntamento (?:per la )?consegna',
      ja: '配送日時|配達日時|配送日程|お届け日時|日時指定',
      nl: '(?:bezorg|lever)(?:afspraak|moment|datum|tijd)|(?:bezorging|levering) (?:plannen|inplannen|afspreken)',
      sv: 'leveranstid|leveransdatum|(?:boka|planera|schemalägg)\\w* (?:en |in )?leverans',
      pl: '(?:termin|godzin\\w*) (?:dostawy|dor[eę]czenia)|(?:zaplanuj|zaplanowa\\w*|um[oó]wi\\w*) (?:dostaw|dor[eę]czeni)',
      tr: 'teslimat (?:randevu|zaman|tarih|saat)|teslimat\\w* planla',
      pt: '(?:agendar|agendamento|programar|marcar) (?:a |da |uma )?entrega|data de entrega',
      ar: '(?:جدولة|موعد|تحديد موعد|ترتيب) (?:ال)?(?:توصيل|تسليم)',
      zh: '预约(?:配送|送货)|預約(?:配送|送貨)|(?:配送|送货|送貨)(?:时间|時間|日期)',
    },
  ],
  [
    'invoice',
    {
      en: '\\binvoice',
      de: 'rechnung',
      fr: 'facture',
      es: 'factura',
      it: 'fattura',
      ja: '請求書|領収書',
      nl: 'factuur',
      sv: 'faktura',
      pl: 'faktur',
      tr: 'fatura',
      pt: 'fatura|nota fiscal|factura',
      ar: 'فاتور[ةه]',
      zh: '发票|發票',
    },
  ],
  [
    'return',
    {
      en: '\\breturn|\\brefund',
      de: 'r[üu]cksend|r[üu]ckgabe|erstattung',
      fr: '\\bretour|rembourse',
      es: 'devoluci[oó]n|reembolso',
      it: '\\breso\\b|rimborso',
      ja: '返品|返金',
      nl: 'retour|terugbetal|terugstur',
      sv: 'retur|återbetal|[åa]terköp',
      pl: 'zwrot',
      tr: '[İi]ade',
      pt: 'devolu[cç][aã]o|reembolso',
      ar: 'إرجاع|ارجاع|استرجاع|استرداد|مرتجع',
      zh: '退货|退貨|退款',
    },
  ],
  [
    'review-request',
    {
      en: '\\breview|\\bfeedback',
      de: 'bewertung',
      fr: '\\bavis\\b|évaluation',
      es: 'rese[ñn]a|valoraci[oó]n',
      it: 'recensione',
      ja: 'レビュー|評価',
      nl: 'beoordeling|recensie',
      sv: 'recension|omdöme',
      pl: 'opini|recenzj',
      tr: 'de[ğg]erlendirme',
      pt: 'avalia[cç][aã]o',
      ar: 'تقييم|مراجع[ةه]',
      zh: '评价|評價|评论|評論',
    },
  ],
  [
    'order-information',
    {
      en: '\\border (?:details|information)|\\b(?:additional|missing) information',
      de: 'bestell(?:details|informationen|daten)|zus[äa]tzliche informationen|fehlende informationen',
      fr: 'd[ée]tails de (?:la )?commande|informations (?:suppl[ée]mentaires|manquantes|sur la commande)',
      es: 'detalles del pedido|informaci[oó]n (?:adicional|del pedido|que falta)',
      it: "dettagli dell['’]ordine|informazioni (?:aggiuntive|mancanti|sull['’]ordine)",
      ja: '注文の詳細|注文内容|追加情報',
      nl: 'bestel(?:gegevens|informatie|details)|(?:aanvullende|ontbrekende) (?:informatie|gegevens)|informatie vereist',
      sv: 'orderinformation|orderuppgifter|beställningsinformation|(?:ytterligare|saknade) (?:information|uppgifter)|information krävs',
      pl: 'szczeg[oó][łl]\\w* zam[oó]wienia|informacj\\w* o zam[oó]wieniu|(?:dodatkow|brakuj)\\w* informacj',
      tr: 'sipari[sş] (?:detay|ayr[ıi]nt|bilgi)|(?:ek|eksik) bilgi',
      pt: 'detalhes do pedido|informa[cç](?:[aã]o|[õo]es) (?:adiciona|do pedido|em falta|faltante)',
      ar: 'تفاصيل (?:ال)?طلب|معلومات (?:إضافية|اضافية|ناقصة|الطلب|مطلوبة)|مطلوب معلومات',
      zh: '订单(?:详情|信息)|訂單(?:詳情|資訊)|(?:补充|補充|缺少的|附加|其他|所需|更多)(?:信息|資訊)',
    },
  ],
  [
    'unexpected-problem',
    {
      en: '\\b(?:problem|issue)\\b.*\\b(?:ship|deliver|order|fulfil)|\\bunexpected\\b',
      de: 'problem\\w* (?:mit|bei) (?:dem |der )?(?:versand|lieferung|bestellung)|versandproblem|lieferproblem|unerwartet',
      fr: "probl[èe]me (?:avec|de|d['’]|concernant) (?:l['’]|la |le )?(?:exp[ée]dition|livraison|commande)|impr[ée]vu",
      es: 'problema (?:con|de|en) (?:el |la |su )?(?:env[ií]o|entrega|pedido)|inesperado',
      it: "problema (?:con|di|nella|nel) (?:la |il |l['’])?(?:spedizione|consegna|ordine)|imprevisto",
      ja: '(?:配送|発送|注文)(?:に関する|の)問題|予期しない問題',
      nl: 'probleem (?:met|bij) (?:de |uw |je )?(?:verzending|levering|bestelling|bezorging)|onverwacht',
      sv: 'problem med (?:din |er )?(?:leverans|frakt|beställning|order)|oväntat',
      pl: 'problem\\w* z (?:wysy[łl]k|dostaw|zam[oó]wieni)|nieoczekiwan',
      tr: '(?:kargo|teslimat|sipari[sş])\\w* (?:ile ilgili )?(?:bir )?sorun|beklenme(?:yen|dik)',
      pt: 'problema (?:com|no|na) (?:o |a |seu |sua )?(?:envio|entrega|pedido|encomenda)|inesperado',
      ar: 'مشكل[ةه] (?:في|مع) (?:ال)?(?:شحن|توصيل|طلب)|غير متوقع',
      zh: '(?:发货|發貨|配送|订单|訂單)(?:的)?问题|(?:发货|發貨|配送|订单|訂單)(?:的)?問題|意外',
    },
  ],
];

const LABELS: readonly (readonly [ContactReason, RegExp])[] = REASONS.map(([reason, stems]) => [
  reason,
  new RegExp(Object.values(stems).join('|'), 'i'),
]);

/** The reason a label names, or "other" for any label it does not recognise. */
export function contactReasonFromLabel(label: string): ContactReason {
  const text = label.replace(/\s+/g, ' ').trim();
  if (!text) return 'other';
  for (const [reason, words] of LABELS) if (words.test(text)) return reason;
  return 'other';
}

/** The languages each reason has labels in (for the tests: every reason in every language). */
export function reasonLabelLanguages(): ReadonlyMap<ContactReason, readonly Language[]> {
  return new Map(REASONS.map(([reason, stems]) => [reason, Object.keys(stems) as Language[]]));
}
