/**
 * The buyer's language of preference as Seller Central shows it ("Buyer's Language of Preference:
 * Spanish"), in any of the interface languages a seller may use: the label's words, and each
 * language's name in every one of them. Adding a language is one entry in each table.
 */
import type { Language } from '../rules/types';

/** Each language's names, lower case, in English, its own name, and the other interface languages. */
const NAMES: Readonly<Record<Language, readonly string[]>> = {
  en: ['english', 'englisch', 'anglais', 'inglés', 'ingles', 'inglese', '英語', 'engels', 'engelska', 'angielski', 'i̇ngilizce', 'ingilizce', 'inglês', 'الإنجليزية', 'الإنكليزية', '英语'],
  de: ['german', 'deutsch', 'allemand', 'alemán', 'aleman', 'tedesco', 'ドイツ語', 'duits', 'tyska', 'niemiecki', 'almanca', 'alemão', 'الألمانية', '德语', '德語'],
  fr: ['french', 'französisch', 'français', 'francais', 'francés', 'frances', 'francese', 'フランス語', 'frans', 'franska', 'francuski', 'fransızca', 'francês', 'الفرنسية', '法语', '法語'],
  es: ['spanish', 'spanisch', 'espagnol', 'español', 'espanol', 'spagnolo', 'スペイン語', 'spaans', 'spanska', 'hiszpański', 'i̇spanyolca', 'ispanyolca', 'espanhol', 'الإسبانية', '西班牙语', '西班牙語'],
  it: ['italian', 'italienisch', 'italien', 'italiano', 'イタリア語', 'italiaans', 'italienska', 'włoski', 'i̇talyanca', 'italyanca', 'الإيطالية', '意大利语', '義大利語'],
  ja: ['japanese', 'japanisch', 'japonais', 'japonés', 'japones', 'giapponese', '日本語', 'japans', 'japanska', 'japoński', 'japonca', 'japonês', 'اليابانية', '日语', '日語'],
  nl: ['dutch', 'niederländisch', 'néerlandais', 'neerlandés', 'neerlandes', 'olandese', 'オランダ語', 'nederlands', 'nederländska', 'holenderski', 'niderlandzki', 'felemenkçe', 'hollandaca', 'holandês', 'neerlandês', 'الهولندية', '荷兰语', '荷蘭語'],
  sv: ['swedish', 'schwedisch', 'suédois', 'sueco', 'svedese', 'スウェーデン語', 'zweeds', 'svenska', 'szwedzki', 'i̇sveççe', 'isveççe', 'السويدية', '瑞典语', '瑞典語'],
  pl: ['polish', 'polnisch', 'polonais', 'polaco', 'polacco', 'ポーランド語', 'pools', 'polska', 'polski', 'lehçe', 'polonês', 'polaco', 'البولندية', '波兰语', '波蘭語'],
  tr: ['turkish', 'türkisch', 'turc', 'turco', 'トルコ語', 'turks', 'turkiska', 'turecki', 'türkçe', 'التركية', '土耳其语', '土耳其語'],
  pt: ['portuguese', 'portugiesisch', 'portugais', 'portugués', 'portugues', 'portoghese', 'ポルトガル語', 'portugees', 'portugisiska', 'portugalski', 'portekizce', 'português', 'البرتغالية', '葡萄牙语', '葡萄牙語'],
  ar: ['arabic', 'arabisch', 'arabe', 'árabe', 'arabo', 'アラビア語', 'arabiska', 'arabski', 'arapça', 'العربية', 'عربي', '阿拉伯语', '阿拉伯語'],
  zh: ['chinese', 'chinesisch', 'chinois', 'chino', 'cinese', '中国語', 'chinees', 'kinesiska', 'chiński', 'çince', 'chinês', 'الصينية', '中文', '汉语', '漢語', '简体中文', '繁體中文'],
};

const BY_NAME = new Map<string, Language>();
for (const [language, names] of Object.entries(NAMES) as [Language, readonly string[]][]) {
  for (const name of names) if (!BY_NAME.has(name)) BY_NAME.set(name, language);
}

/**
 * "Buyer's Language of Preference: Spanish" and its translations: the value after the colon.
 * The label in en, de, fr, es, it, ja, nl, sv, pl, tr, pt, ar, zh (Simplified and Traditional).
 */
export const LANGUAGE_LABEL =
  /(?:language of preference|bevorzugte sprache|langue préférée|idioma preferido|lingua preferita|希望言語|優先言語|voorkeurstaal|föredragna språk|föredraget språk|preferowany język|tercih (?:ettiği|edilen) dil|idioma de preferência|اللغة المفضلة|لغة [^:：\n]{0,20}المفضلة|首选语言|偏好语言|首選語言|偏好語言)[^:：]*[:：]\s*([^\s,.;()،]+(?:\s[^\s,.;()،]+)?)/i;

/** A language's name as the page shows it ("Spanish", "Español (México)", "西班牙语") to its code. */
export function languageFromName(name: string): Language | undefined {
  // Lower case the way Turkish "İ" needs: JavaScript gives "i" plus a combining dot.
  const key = (name.trim().toLowerCase().split(/[\s(]/)[0] ?? '').normalize('NFC');
  return BY_NAME.get(key) ?? BY_NAME.get(key.replace(/\u0307/g, ''));
}
