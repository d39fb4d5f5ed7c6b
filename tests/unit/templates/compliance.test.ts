// @vitest-environment node
/**
 * Every built-in template, filled and unfilled, passes the rule engine: no error, no warning
 * (info hints allowed), and reads as the language it is written in.
 */
import { describe, it, expect } from 'vitest';
import { detectLanguage, lint } from '../../../lib/rules/index.ts';
import type { Finding, Language } from '../../../lib/rules/types.ts';
import { BUILT_IN_TEMPLATES } from '../../../lib/templates/index.ts';
import { fillPlaceholders } from '../../../lib/templates/placeholders.ts';
import type { BuiltInTemplate, Placeholder } from '../../../lib/templates/types.ts';

type Values = Record<Placeholder, string>;

/** The same order details for every language. */
const COMMON = {
  orderId: '112-1234567-1234567',
  buyerName: 'Maria Garcia',
  productName: 'Oak Side Table',
  sellerName: 'Northwind Home',
};

/** Values a seller in each marketplace would type. */
const LOCAL: Partial<Record<Language, Values>> = {
  en: {
    ...COMMON,
    deliveryDate: 'June 12',
    customizationDetails: 'Engraving on the top: "Anna and Tom, June 2024"\nFont: Classic Serif',
    requestedInformation: 'Which finish would you like: natural oak or dark walnut?',
  },
  de: {
    orderId: '302-1234567-1234567',
    buyerName: 'Jana Müller',
    productName: 'Beistelltisch aus Eiche',
    sellerName: 'Holzwerk Berger',
    deliveryDate: '12. Juni',
    customizationDetails: 'Gravur auf der Tischplatte: „Anna und Tom, Juni 2024“\nSchriftart: Klassisch',
    requestedInformation: 'Welche Oberfläche wünschen Sie: Eiche natur oder Nussbaum dunkel?',
  },
  fr: {
    orderId: '171-1234567-1234567',
    buyerName: 'Camille Martin',
    productName: 'Table d’appoint en chêne',
    sellerName: 'Atelier Lefèvre',
    deliveryDate: '12 juin',
    customizationDetails: 'Gravure sur le plateau : « Anna et Tom, juin 2024 »\nPolice : classique',
    requestedInformation: 'Quelle finition souhaitez-vous : chêne naturel ou noyer foncé ?',
  },
  es: {
    orderId: '404-1234567-1234567',
    buyerName: 'María García',
    productName: 'Mesa auxiliar de roble',
    sellerName: 'Muebles Serrano',
    deliveryDate: '12 de junio',
    customizationDetails: 'Grabado en el tablero: «Ana y Tomás, junio de 2024»\nTipo de letra: clásica',
    requestedInformation: '¿Qué acabado prefiere: roble natural o nogal oscuro?',
  },
  it: {
    orderId: '405-1234567-1234567',
    buyerName: 'Giulia Rossi',
    productName: 'Tavolino in rovere',
    sellerName: 'Falegnameria Bianchi',
    deliveryDate: '12 giugno',
    customizationDetails: 'Incisione sul piano: «Anna e Tommaso, giugno 2024»\nCarattere: classico',
    requestedInformation: 'Quale finitura preferisce: rovere naturale o noce scuro?',
  },
  pt: {
    orderId: '701-1234567-1234567',
    buyerName: 'Ana Souza',
    productName: 'Mesa lateral de carvalho',
    sellerName: 'Móveis Ipê',
    deliveryDate: '12 de junho',
    customizationDetails: 'Gravação no tampo: "Ana e Tomás, junho de 2024"\nFonte: clássica',
    requestedInformation: 'Qual acabamento você prefere: carvalho natural ou nogueira escura?',
  },
  ja: {
    orderId: '503-1234567-1234567',
    buyerName: '山田 花子',
    productName: 'オーク材サイドテーブル',
    sellerName: '北風ホーム',
    deliveryDate: '6月12日',
    customizationDetails: '天板への刻印：「Anna & Tom 2024」\n書体：クラシック',
    requestedInformation: '仕上げは、ナチュラルオークとダークウォールナットのどちらになさいますか。',
  },
  ar: {
    orderId: '408-1234567-1234567',
    buyerName: 'سارة العتيبي',
    productName: 'طاولة جانبية من خشب البلوط',
    sellerName: 'بيت الخشب',
    deliveryDate: '12 يونيو',
    customizationDetails: 'نقش على سطح الطاولة: «أحمد وليلى، يونيو 2024»\nنوع الخط: نسخ كلاسيكي',
    requestedInformation: 'أي لون تفضّل: البلوط الطبيعي أم الجوز الداكن؟',
  },
  zh: {
    orderId: '112-1234567-1234567',
    buyerName: '王芳',
    productName: '橡木边桌',
    sellerName: '北风家居',
    deliveryDate: '6月12日',
    customizationDetails: '桌面刻字：“Anna & Tom 2024”\n字体：经典衬线体',
    requestedInformation: '请问您想要哪种饰面：原木色橡木还是深色胡桃木？',
  },
  pl: {
    orderId: '405-1234567-1234567',
    buyerName: 'Anna Kowalska',
    productName: 'Stolik dębowy',
    sellerName: 'Meble Nowak',
    deliveryDate: '12 czerwca',
    customizationDetails: 'Grawer na blacie: „Anna i Tomek, czerwiec 2024”\nCzcionka: klasyczna',
    requestedInformation: 'Które wykończenie Państwo wybierają: naturalny dąb czy ciemny orzech?',
  },
  tr: {
    orderId: '406-1234567-1234567',
    buyerName: 'Ayşe Yılmaz',
    productName: 'Meşe sehpa',
    sellerName: 'Ahşap Atölyesi',
    deliveryDate: '12 Haziran',
    customizationDetails: 'Tabla üzerine gravür: "Ayşe ve Can, Haziran 2024"\nYazı tipi: Klasik',
    requestedInformation: 'Hangi yüzeyi tercih edersiniz: doğal meşe mi, koyu ceviz mi?',
  },
  nl: {
    orderId: '171-1234567-1234567',
    buyerName: 'Sanne de Vries',
    productName: 'Eiken bijzettafel',
    sellerName: 'Houtatelier Jansen',
    deliveryDate: '12 juni',
    customizationDetails: 'Gravure op het tafelblad: "Anna en Tom, juni 2024"\nLettertype: klassiek',
    requestedInformation: 'Welke afwerking wilt u: naturel eiken of donker notenhout?',
  },
  sv: {
    orderId: '287-1234567-1234567',
    buyerName: 'Elin Lindqvist',
    productName: 'Sidobord i ek',
    sellerName: 'Snickeri Berg',
    deliveryDate: '12 juni',
    customizationDetails: 'Gravyr på bordsskivan: "Anna och Tom, juni 2024"\nTypsnitt: klassiskt',
    requestedInformation: 'Vilken yta vill du ha: naturlig ek eller mörk valnöt?',
  },
};

/** English-language details (the order details as Seller Central shows them) in every language. */
function localValues(locale: Language): Values {
  const values = LOCAL[locale];
  if (!values) throw new Error(`no local values for ${locale}: add them to LOCAL`);
  return values;
}

function commonValues(locale: Language): Values {
  return { ...localValues(locale), ...COMMON };
}

function blocking(findings: Finding[]): string[] {
  return findings
    .filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => `${f.ruleId} (${f.severity}): "${f.actual}"`);
}

function check(template: BuiltInTemplate, body: string): void {
  const findings = lint({ body }, { buyerLanguage: template.locale, contactReason: template.contactReason });
  expect(blocking(findings), body).toEqual([]);
  expect(detectLanguage(body)).toBe(template.locale);
}

describe.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s', (_id, template) => {
  it('passes as written, placeholders unfilled', () => {
    check(template, template.body);
  });

  it('passes filled with local values', () => {
    const { text, missing } = fillPlaceholders(template.body, localValues(template.locale));
    expect(missing).toEqual([]);
    check(template, text);
  });

  it('passes filled with the order details of an English-named buyer and product', () => {
    const { text, missing } = fillPlaceholders(template.body, commonValues(template.locale));
    expect(missing).toEqual([]);
    check(template, text);
  });

  it('passes with only the details the page provides', () => {
    const { text } = fillPlaceholders(template.body, { orderId: COMMON.orderId, buyerName: COMMON.buyerName });
    check(template, text);
  });
});

describe('the compliance check itself', () => {
  it('is not vacuous: a template distorted into a positive-review request fails', () => {
    const template = BUILT_IN_TEMPLATES.find((t) => t.id === 'builtin.en.review-request') as BuiltInTemplate;
    const body = template.body.replace('writing a review', 'writing a positive 5-star review');
    const findings = lint({ body }, { buyerLanguage: 'en', contactReason: 'review-request' });
    expect(blocking(findings).length).toBeGreaterThan(0);
  });
});
