import { describe, expect, it } from 'vitest';
import { LANGUAGE_LABEL, languageFromName } from '../../../lib/page/language-names';

function fromLabel(text: string): string | undefined {
  const match = LANGUAGE_LABEL.exec(text);
  return match?.[1] ? languageFromName(match[1]) : undefined;
}

describe("the buyer's language of preference", () => {
  it.each([
    ["Buyer's Language of Preference: Spanish", 'es'],
    ['Bevorzugte Sprache des Käufers: Niederländisch', 'nl'],
    ['Voorkeurstaal van de koper: Nederlands', 'nl'],
    ['Köparens föredragna språk: Svenska', 'sv'],
    ['Preferowany język kupującego: polski', 'pl'],
    ['Alıcının tercih ettiği dil: Türkçe', 'tr'],
    ['Alıcının tercih ettiği dil: İngilizce', 'en'],
    ['Idioma de preferência do comprador: Português (Brasil)', 'pt'],
    ['لغة المشتري المفضلة: العربية', 'ar'],
    ['买家首选语言：中文', 'zh'],
    ['买家首选语言：西班牙语', 'es'],
    ['購入者の希望言語：オランダ語', 'nl'],
    ["Langue préférée de l'acheteur : polonais", 'pl'],
  ])('%s', (label, language) => {
    expect(fromLabel(label)).toBe(language);
  });

  it('names no language for a name it does not know', () => {
    expect(languageFromName('Klingon')).toBeUndefined();
    expect(fromLabel('Order ID: 112-1234567-1234567')).toBeUndefined();
  });
});
