/**
 * Polish phrases, as sellers on amazon.pl write them: the formal Pan / Pani / Państwo with verbs
 * in the third person ("czy mógłby Pan"), the informal ty ("wystaw", "napisz") and the plural
 * ("wystawcie"); Polish inflects every noun, so endings are left open (opini\p{L}{0,2}: opinia,
 * opinię, opinii). Key words also match when typed without diacritics ("zamowienie", "prosze").
 * Syntax: see ./types.ts.
 */
import type { PhraseBook } from './types.ts';
import { spelledPhone } from './numbers.ts';
import { refusedOffers, refusedOutside, refusedWays, type RefusalWords } from './refusals.ts';

/** Opinia, recenzja, ocena, komentarz, feedback, gwiazdki: what a buyer leaves, in every case. */
const REVIEW =
  '(?:opini(?:a|ę|e|i|ą|ami|ach|om)?|recenzj(?:a|ę|e|i|ą|ami|ach|om)|ocen(?:a|ę|e|y|ą|ie|om|ami|ach)?(?! (?:reklamacj|stanu|technicz|szkod|zgłoszeni|uszkodz|rzeczoznaw|ryzyka))|komentarz\\p{L}{0,3}|feedback\\p{L}{0,3}|gwiazd(?:k[aięiąo]|ek|kami|kach))';
/** The same without "komentarz" and "ocena" alone (everyday words: "ocena stanu", "komentarz do faktury"). */
const REVIEW_STRICT = '(?:opini(?:a|ę|e|i|ą|ami|ach|om)?|recenzj(?:a|ę|e|i|ą|ami|ach|om)|feedback\\p{L}{0,3}|gwiazd(?:k[aięiąo]|ek|kami|kach))';
/** Leaving a review: imperatives (ty, wy), infinitives, the formal third person, the noun. */
const LEAVE =
  '(?:wystaw(?:ić|ic|i|iła|ił|iłby|iłaby|ia|cie|icie)?|wystawieni\\p{L}{1,2}|napis(?:ać|ac|ze|zcie|ał|ała|ałby|ałaby|ania|anie)|napisz(?:cie)?|zostaw(?:ić|ic|i|cie|iła|ił|ienie|ienia)?|doda(?:ć|c|j|jcie|nie|nia|ł|ła)|dodaj|podziel(?:i|ić|ic|cie|enie|enia)? (?:się|sie)|opublikow\\p{L}{1,4}|opublikuj\\p{L}{0,3})';
/** What sellers offer in return: free things, discounts, vouchers, money back. */
const INCENTIVE_WORDS =
  '(?:gratis|darmow\\p{L}{1,3}|za darmo|bezpłatn\\p{L}{1,3}|bezplatn\\p{L}{1,3}|prezent\\p{L}{0,3}|upom(?:inek|ink\\p{L}{1,3})|rabat\\p{L}{0,3}|zniżk\\p{L}{1,2}|znizk\\p{L}{1,2}|kod\\p{L}{0,3} rabatow\\p{L}{1,3}|bon\\p{L}{0,3}|kupon\\p{L}{0,3}|kart\\p{L}{1,2} podarunkow\\p{L}{1,3}|zwrot\\p{L}{0,3} (?:pieniędzy|pieniedzy|części|czesci|kosztów|kosztow)|zwróc\\p{L}{1,5}|zwroc\\p{L}{1,5}|nagrod\\p{L}{1,3})';
/** Money and percentages: "10 zł", "20 %", "5 euro". */
const AMOUNT = '(?:\\d{1,3} ?%|\\d{1,4}(?:,\\d{2})? ?(?:zł|zl|pln|złotych|zlotych|€|euro))';
const INCENTIVE = `(?:${INCENTIVE_WORDS}|${AMOUNT})`;
/** The buyer's own e-mail or phone, as sellers ask for it. */
const CONTACT_DETAIL =
  '(?:(?:swój|swoj|swoje|swojego|twój|twoj|twojego|pana|pani|państwa|panstwa|prywatn\\p{L}{1,3}|osobist\\p{L}{1,3}|bezpośredni\\p{L}{1,3}|aktualn\\p{L}{1,3}) )?(?:numer\\p{L}{0,2} (?:telefonu|komórki|komorki|komórkowy|komorkowy|kontaktow\\p{L}{1,3}|whats ?app)|adres\\p{L}{0,2} (?:e-?mail\\p{L}{0,2}|mailow\\p{L}{1,3}|poczty)|e-?mail\\p{L}{0,2}|mail\\p{L}{0,2}|telefon|dane kontaktowe|danych kontaktowych)';
/** Cancelling, said to the buyer. */
const CANCEL = '(?:anulowa(?:ć|c|nie|nia|ł|ła)|anuluj(?:e|cie)?|anulacj\\p{L}{1,2}|zrezygnowa(?:ć|c|ł|ła)|rezygnacj\\p{L}{1,2} z (?:zamówienia|zamowienia|zakupu)|wycofa(?:ć|c) (?:to |je |swoje |pana |pani )?(?:zam[óo]wieni\\p{L}{1,3}|zakup\\p{L}{0,2}))';
/** A gap within one clause that does not pass the seller's own "my"/"sami" or a negation. */
const CLAUSE = '(?:(?!my |sami |nie |jeśli |jeżeli |gdyby )[^.!?,;:\\n]){0,60}';
/** Zamówienie, przesyłka, paczka: what arrives. */
const PARCEL = '(?:zam[óo]wieni\\p{L}{1,3}|przesył\\p{L}{1,4}|przesyl\\p{L}{1,4}|paczk\\p{L}{1,2}|paczek|towar\\p{L}{0,2}|produkt\\p{L}{0,2})';
/** Formal and informal "you" after a verb: "czy mógłby Pan", "czy możesz". */
const YOU = '(?:pan|pani|państwo|panstwo|pan\\p{L}{0,3})';

/** A way of paying or a messenger named only to refuse it (refusals.ts). */
const REFUSALS: RefusalWords = {
  ways: ['przelew\\p{L}{0,3}', 'gotówk\\p{L}{1,2}', 'blik\\p{L}{0,3}', 'za pobraniem', 'numer konta', 'iban', 'przekaz\\p{L}{0,3}'],
  joiners: [',', ',? lub', ',? albo', ',? czy', ',? i', ',? ani'],
  negations: ['nie', 'nigdy', 'żadn\\p{L}{1,3}', 'zadn\\p{L}{1,3}', 'bez', 'ani'],
  refusals: ['nie (?:\\p{L}+ ){0,2}(?:jest możliw\\p{L}+|są możliw\\p{L}+|przyjmujemy|akceptujemy|obsługujemy|używamy|jest potrzebn\\p{L}+|jest konieczn\\p{L}+|wchodzi w grę|ma potrzeby)', '(?:przyjmujemy|akceptujemy|obsługujemy) (?:\\p{L}+ )?nie'],
  reported: ['(?:za)?pyta (?:pan|pani|państwo)', '(?:pytał|pytała|pytali|zapytał|zapytała|proponował|proponowała|zaproponował|zaproponowała|napisał|napisała|chciał wiedzieć|chciała wiedzieć)\\p{L}{0,4}(?: (?:pan|pani|państwo))?', '(?:pana|pani|twoje|państwa) (?:pytanie|propozycj\\p{L}|wiadomość)', '(?:prosił|prosiła|prosili)\\p{L}{0,2}(?: (?:pan|pani|państwo))?'],
  acknowledged: ['rozumiem,? że', 'rozumiemy,? że', 'wygodniej byłoby'],
  neverAsk: ['nigdy nie (?:poprosimy|prosimy|będziemy prosić|poprosi)'],
  prepositions: ['przez', 'na', 'za', 'via'],
};
const OUTSIDE_AMAZON = 'poza amazon\\p{L}*';

/** A discount code or a better price the buyer asked for, refused (refusals.ts refusedOffers). */
const OFFERS = ['kod(?:u|y|ów|em)? rabatow\\p{L}{1,3}', 'kod(?:u|y|ów|em)? promocyjn\\p{L}{1,3}', 'kupon(?:u|y|ów)?(?: rabatow\\p{L}{1,3})?', 'rabat(?:u|y|ów)?', 'zniżk\\p{L}{1,2}', 'indywidualn\\p{L}{1,3} cen\\p{L}', 'specjaln\\p{L}{1,3} cen\\p{L}', 'obniżk\\p{L}{1,2}'];

export const pl: PhraseBook = {
  language: 'pl',
  name: 'Polish',
  wordBoundaries: true,
  stopWords: [
    'się', 'nie', 'jest', 'że', 'czy', 'jak', 'dla', 'przez', 'oraz', 'lub', 'ale', 'już', 'juz',
    'także', 'również', 'pan', 'pani', 'państwa', 'państwo', 'panu', 'dzień', 'dobry', 'dziękujemy', 'dziękuję',
    'dziekujemy', 'zamówienie', 'zamówienia', 'zamowienie', 'zamowienia', 'prosimy', 'proszę', 'prosze',
    'pozdrawiam', 'pozdrawiamy', 'jesteśmy', 'mamy', 'będzie', 'jeśli', 'jeżeli', 'bardzo', 'tylko', 'przesyłka',
    'przesyłki', 'są', 'był', 'była', 'było', 'szanowny', 'szanowna', 'szanowni', 'twoje', 'twój', 'wiadomość',
    'tego', 'nam', 'może', 'można', 'nasz', 'nasza', 'nasze', 'naszej', 'naszego', 'gdy', 'jeszcze',
    'który', 'która', 'które', 'od', 'za', 'aby', 'żeby', 'jako', 'bez', 'jej', 'tym', 'tej',
    'tę', 'coś', 'wtedy', 'też', 'teraz', 'wszystko', 'ponieważ', 'więc', 'kiedy', 'gdzie', 'przy', 'przed', 'dzięki',
    'chcemy', 'możemy', 'zamówieniu', 'zamówieniem', 'przesyłkę', 'produktu', 'pozdrowieniami', 'trzeba', 'należy', 'wiadomości',
    // Words of seller messages that only Polish writes, so that a one-line message runs Polish phrases.
    'opinię', 'opinii', 'opinia', 'recenzję', 'zakupy', 'zakupu', 'paczka', 'paczki', 'paczkę', 'kuriera', 'dostawy',
    'sklepu', 'sklepie', 'naszym', 'naszych', 'swój', 'swoją', 'swoje', 'twoją', 'możesz', 'otrzymasz', 'otrzyma', 'wyślemy',
    'napisz', 'napisać', 'zostaw', 'mnie', 'nami', 'wam', 'tutaj', 'recenzji', 'dziś', 'jutro',
  ],
  importantTagWords: ['ważne', 'wazne', 'pilne', 'uwaga', 'ważna informacja', 'pilna informacja', 'ważny komunikat'],

  promotion: {
    patterns: [
      'kod\\p{L}{0,3} (?:rabatow\\p{L}{1,3}|promocyjn\\p{L}{1,3}|zniżkow\\p{L}{1,3})',
      '\\d{1,3} ?% (?:rabatu|zniżki|znizki|upustu|taniej|mniej)',
      '(?:rabat\\p{L}{0,3}|zniżk\\p{L}{1,2}|znizk\\p{L}{1,2}|upust\\p{L}{0,2}|kupon\\p{L}{0,3}|bon\\p{L}{0,3}) (?:\\p{L}+ ){0,3}na (?:następn|nastepn|kolejn|przyszł|przyszl)\\p{L}{1,3} (?:zakup\\p{L}{0,3}|zam[óo]wieni\\p{L}{1,3})',
      '(?:przy|na|do) (?:następn|nastepn|kolejn|przyszł|przyszl)\\p{L}{1,3} (?:zakup\\p{L}{0,3}|zam[óo]wieni\\p{L}{1,3})',
      '(?:nasz\\p{L}{0,3} )?(?:aktualn\\p{L}{1,3} |specjaln\\p{L}{1,3} |wyjątkow\\p{L}{1,3} |świąteczn\\p{L}{1,3} |letni\\p{L}{1,3} |zimow\\p{L}{1,3} )(?:promocj\\p{L}{1,2}|ofert\\p{L}{1,2}|wyprzedaż\\p{L}{0,3})',
      'nasz\\p{L}{0,3} promocj\\p{L}{1,2}',
      '(?:skorzystaj|skorzystajcie|skorzystać|wykorzystaj\\p{L}{0,4}) (?:\\p{L}+ ){0,2}(?:z )?(?:rabat\\p{L}{0,3}|zniżk\\p{L}{1,2}|znizk\\p{L}{1,2}|promocj\\p{L}{1,2}|kodu|kuponu|oferty)',
      '(?:rabat\\p{L}{0,3} |zniżk\\p{L}{1,2} )?(?:\\d{1,3} ?% )?na (?:cały asortyment|całą ofertę|cały sklep|wszystkie produkty)',
      'do końca (?:miesiąca|tygodnia|weekendu) (?:\\p{L}+ )?(?:rabat\\p{L}{0,3}|zniżk\\p{L}{1,2}|promocj\\p{L}{1,2})',
      'wyprzedaż\\p{L}{0,3}', 'wyprzedaz\\p{L}{0,3}', 'black ?friday', 'cyber ?monday',
      'nasz\\p{L}{0,3} (?:now\\p{L}{1,3}|inn\\p{L}{1,3}|pozostał\\p{L}{1,3}|pełn\\p{L}{1,3}|cał\\p{L}{1,3}|szerok\\p{L}{1,3}) (?:produkt\\p{L}{0,3}|kolekcj\\p{L}{1,2}|ofert\\p{L}{1,2}|asortyment\\p{L}{0,2}|model\\p{L}{0,2}|wzor\\p{L}{0,2}|artykuł\\p{L}{0,2})',
      '(?:now\\p{L}{1,3}|nasz\\p{L}{0,3}|jesienn\\p{L}{1,3}|wiosenn\\p{L}{1,3}|letni\\p{L}{1,3}|zimow\\p{L}{1,3}|świąteczn\\p{L}{1,3}) kolekcj\\p{L}{1,2}',
      '(?:nasz|nowy|najnowszy|aktualny)\\p{L}{0,3} katalog\\p{L}{0,3}',
      'zapraszamy (?:serdecznie |ponownie |również |także )*(?:do|na) (?:nasz\\p{L}{0,3} )?(?:sklep\\p{L}{0,2}|ofert\\p{L}{1,2}|stron\\p{L}{1,2}|profil\\p{L}{0,2}|zakup\\p{L}{0,2}|ponown\\p{L}{1,3} zakup\\p{L}{0,2}|fanpage)',
      'zapraszamy ponownie(?! (?:do )?(?:kontakt|napisania|pisania|wiadomo|odbioru))', 'do zobaczenia przy (?:kolejnych|następnych) zakupach',
      '(?:zachęcamy|zachecamy|polecamy) (?:\\p{L}+ ){0,2}(?:do )?(?:zapoznania się|odwiedzenia|obejrzenia|sprawdzenia) (?:\\p{L}+ ){0,2}(?:ofert\\p{L}{1,2}|sklep\\p{L}{0,2}|asortyment\\p{L}{0,2}|produkt\\p{L}{0,3}|kolekcj\\p{L}{1,2})',
      'polecamy (?:również|także|też|rowniez) (?:nasz\\p{L}{0,3}|inne|pasując\\p{L}{1,3}|pasujac\\p{L}{1,3})',
      '(?:może|moze) (?:pana|panią|pania|państwa|cię|cie|ciebie) (?:\\p{L}+ )?(?:zainteresuj\\p{L}{1,3}|zaciekawi\\p{L}{0,3})',
      '(?:sprawdź|sprawdz|zobacz|odwiedź|odwiedz)(?:cie)? (?:też |również |także |koniecznie )*(?:nasz\\p{L}{0,3}|inne) (?:\\p{L}+ )?(?:sklep\\p{L}{0,2}|ofert\\p{L}{1,2}|produkt\\p{L}{0,3}|kolekcj\\p{L}{1,2}|asortyment\\p{L}{0,2}|profil\\p{L}{0,2})',
      '(?:mamy|oferujemy|produkujemy|sprzedajemy|w ofercie mamy) (?:też |również |także |jeszcze |wiele |dużo |inne |pasujące |pasujace ){1,4}(?:\\p{L}+ ){0,2}(?:produkt\\p{L}{0,3}|model\\p{L}{0,2}|wzor\\p{L}{0,2}|kolor\\p{L}{0,2}|akcesori\\p{L}{0,2}|poszew\\p{L}{0,3}|zestaw\\p{L}{0,2})',
      'klienci,? którzy (?:\\p{L}+ ){0,3}(?:kupili|zamówili|zamowili),? (?:\\p{L}+ ){0,3}(?:też|również|także|często)',
      'newsletter\\p{L}{0,3}',
      '(?:zapisz|zapisać|zapisz się|zapisać się|zapiszcie) (?:\\p{L}+ ){0,2}(?:do )?(?:naszego )?(?:newslettera|listy mailingowej|klubu)',
      '(?:obserwuj|obserwujcie|obserwować|polub|polubcie|polubić|śledź|sledz|śledźcie) (?:\\p{L}+ ){0,2}(?:nas|nasz\\p{L}{0,3} (?:profil\\p{L}{0,2}|fanpage|stron\\p{L}{1,2}|konto))',
      '(?:na|w) (?:nasz\\p{L}{0,3} |moim )?(?:instagramie|facebooku|tiktoku|youtubie|pintereście|pinterescie)',
      '(?:profil\\p{L}{0,2}|fanpage|kanał\\p{L}{0,2}|konto) (?:na|w) (?:instagram\\p{L}{0,2}|facebook\\p{L}{0,2}|tiktok\\p{L}{0,2}|youtube)',
      'konkurs\\p{L}{0,3}', 'losowani\\p{L}{1,2}', 'do wygrania', 'wygraj\\p{L}{0,3}', 'giveaway',
      'program\\p{L}{0,2} (?:lojalnościow\\p{L}{1,3}|lojalnosciow\\p{L}{1,3}|poleceń|polecen|partnersk\\p{L}{1,3})',
      '(?:poleć|polec|polećcie)(?:cie)? nas', 'za (?:każde )?polecenie', 'za poleceni\\p{L}{1,3} (?:nas|znajom\\p{L}{1,3})',
      'nowoś(?:ć|ci) (?:\\p{L}+ ){0,2}w (?:naszym|naszej) (?:ofercie|sklepie|asortymencie)',
      'w naszym sklepie (?:znajdzie|znajdziesz|znajdą|znajdziecie)',
      '(?:w|z) naszego sklepu na amazon', 'nasz\\p{L}{0,3} (?:sklep\\p{L}{0,2}|stron\\p{L}{1,2}|witryn\\p{L}{1,2}) na amazon\\p{L}{0,2}',
      '(?:darmow\\p{L}{1,3}|bezpłatn\\p{L}{1,3}) (?:dostaw\\p{L}{1,2}|wysyłk\\p{L}{1,2}) (?:przy|na|do) (?:\\p{L}+ )?(?:następn|kolejn)',
      'wyszukaj(?:cie)? (?:\\p{L}+ ){0,3}na amazon\\p{L}{0,2}',
      // "wystarczy wpisać na Amazonie naszą markę Huta Krosno".
      '(?:wpisa\\p{L}{1,3}|wpisz|wyszuka\\p{L}{1,3}|szuka\\p{L}{1,3}|poszuka\\p{L}{1,3}|poszukaj) (?:\\p{L}+ ){0,2}(?:na|w) amazon\\p{L}{0,3} (?:\\p{L}+ )?nasz\\p{L}{1,3} (?:mark\\p{L}{1,2}|nazw\\p{L}{1,2}|sklep\\p{L}{0,2})',
      // A percentage in words: "z kodem LEGO10 dostaniesz u nas dziesięć procent mniej".
      '(?:dostaniesz|dostanie (?:pan|pani)|otrzymasz|otrzyma (?:pan|pani)) (?:\\p{L}+ ){0,3}(?:\\d{1,3}|pięć|dziesięć|piętnaście|dwadzieścia) procent (?:rabatu|zniżki|taniej|mniej)',
      'ponown\\p{L}{1,3} zakup\\p{L}{0,3} (?:\\p{L}+ ){0,3}(?:u nas|w naszym)',
      '(?:kup|kupcie|zamów|zamow|zamówcie) (?:\\p{L}+ ){0,2}(?:ponownie|jeszcze raz) (?:u nas|w naszym)',
      '(?:limitowan|ograniczon)\\p{L}{1,3} ofert\\p{L}{1,2}',
      // Referrals in other words: "poleć nasze patelnie znajomym", "kupi z Twojego polecenia".
      '(?:poleć|polec|polećcie|polecaj)(?:cie)? (?:\\p{L}+ ){0,3}znajom\\p{L}{1,3}',
      'z (?:twojego|pana|pani|waszego|państwa) polecenia',
      'za każd\\p{L}{1,2} (?:\\p{L}+ )?(?:osob\\p{L}{1,2}|znajom\\p{L}{1,3}|przyjaci\\p{L}{1,5}|klient\\p{L}{0,2})(?:,? któr\\p{L}{1,2})',
      // A new line announced, a search on Amazon, early access to a sale.
      'nasz\\p{L}{0,3} now\\p{L}{1,3} (?:seri\\p{L}{1,2}|lini\\p{L}{1,2}|kolekcj\\p{L}{1,2})',
      '(?:wypuszczamy|wprowadzamy|wprowadzimy|wypuścimy|premier\\p{L}{1,2}) (?:\\p{L}+ ){0,2}(?:nasz\\p{L}{0,3} |now\\p{L}{1,3} ){1,2}',
      'wyszukiwark\\p{L}{1,2} amazon\\p{L}{0,3}',
      'black ?week\\p{L}{0,2}',
      'przed wszystkimi (?:innymi|pozostałymi)',
      '(?:wcześniejsz\\p{L}{1,3}|przedpremierow\\p{L}{1,3}) dostęp\\p{L}{0,2}',
      'comiesięczn\\p{L}{1,3} (?:losowani\\p{L}{1,2}|konkurs\\p{L}{0,3})',
      // A coupon code to type in: "wpisz kod HUBERT15 przy kasie".
      '(?:wpisz|wpisać|podaj|użyj|uzyj|wykorzystaj)(?: \\p{L}+){0,2} kod\\p{L}{0,2} \\p{L}{2,12}\\d{1,3}',
    ],
    exceptions: [
      ...refusedOffers(REFUSALS, OFFERS),
      '(?:umow\\p{L}{1,2}|dowód|dowod|warunk\\p{L}{1,2}|regulamin\\p{L}{0,2}) sprzedaży',
      // A delay explained by a sales event is no invitation to it: "z powodu natłoku paczek w okresie Black Friday".
      '(?:z powodu|przez|w okresie|podczas|w czasie|po|w związku z|ze względu na|z uwagi na)(?: \\p{L}+){0,4} (?:black ?(?:friday|week)|cyber ?monday|prime day)(?: (?:i|oraz) (?:\\p{L}+ )?(?:wyprzedaż|promocj)\\p{L}{0,4})?',
      // Amazon's own sales ("świąteczne wyprzedaże na Amazonie") as the reason for a delay.
      '(?:z powodu|przez|w okresie|podczas|w czasie|w związku z|ze względu na|z uwagi na)(?: \\p{L}+){0,2} wyprzedaż\\p{L}{0,4} na amazon\\p{L}{0,3}',
      // A percentage off this order for damage or a delay settles a problem; it is no discount on a future one.
      '(?:rekompensat\\p{L}{0,3}|zadośćuczynieni\\p{L}{0,2}|przeprosin\\p{L}{0,2}|przepraszamy|rys\\p{L}{1,3}|uszkodz\\p{L}{1,5}|wad\\p{L}{1,3}|opóźnieni\\p{L}{1,2}|opoznieni\\p{L}{1,2}|kłopot\\p{L}{0,3}|częściow\\p{L}{1,3} zwrot\\p{L}{0,3}|czesciow\\p{L}{1,3} zwrot\\p{L}{0,3}|zwrot\\p{L}{0,3} (?:części|czesci|różnicy)|przez amazon)[^.!?\\n]{0,80}\\d{1,3} ?% (?:rabatu|zniżki|znizki|upustu|taniej|mniej)', '\\d{1,3} ?% (?:rabatu|zniżki|znizki|upustu|taniej|mniej)[^.!?\\n]{0,80}(?:rekompensat\\p{L}{0,3}|zadośćuczynieni\\p{L}{0,2}|przeprosin\\p{L}{0,2}|przepraszamy|rys\\p{L}{1,3}|uszkodz\\p{L}{1,5}|wad\\p{L}{1,3}|opóźnieni\\p{L}{1,2}|opoznieni\\p{L}{1,2}|kłopot\\p{L}{0,3}|częściow\\p{L}{1,3} zwrot\\p{L}{0,3}|czesciow\\p{L}{1,3} zwrot\\p{L}{0,3}|zwrot\\p{L}{0,3} (?:części|czesci|różnicy)|przez amazon)',
      // What the buyer bought on a sale, or a replacement model offered instead of a broken one.
      '(?:kupion\\p{L}{1,3}|zakupion\\p{L}{1,3}|zamówion\\p{L}{1,3}|nabyt\\p{L}{1,3}|był\\p{L}{0,2}) (?:\\p{L}+ ){0,3}(?:z|na|w) wyprzedaż\\p{L}{0,3}',
      '(?:wysłać|wyslac|wyślemy|wyslemy|zaproponować|proponujemy|wymienić|wymienimy|zamiast)(?: \\p{L}+){0,3} nasz\\p{L}{0,3} (?:now|inn)\\p{L}{1,3} (?:produkt|model)\\p{L}{0,3}',
      // The item the buyer ordered comes from the new collection: a fact, not an offer.
      '(?:zamówi\\p{L}{1,4}|zamowi\\p{L}{1,4}|kupi\\p{L}{1,4}|wybra\\p{L}{1,4}|zamówion\\p{L}{1,3})[^.!?\\n]{0,60}z now\\p{L}{1,3} kolekcj\\p{L}{1,2}',
    ],
  },

  reviewPositive: {
    patterns: [
      {
        pattern: `(?:pozytywn|dobr|świetn|swietn|pochlebn|przychyln|najlepsz|wysok|najwyższ|najwyzsz|maksymaln|pięciogwiazdkow|pieciogwiazdkow)\\p{L}{1,3} (${REVIEW})`,
        replacement: '$1',
        label: 'reviewWithoutKind',
      },
      {
        pattern: '(?:5|pięć|piec|pięciu) (?:gwiazdek|gwiazdkami|gwiazd)',
        replacement: 'opinię',
        label: 'reviewWithoutRating',
      },
      '(?:pięć|5) na (?:pięć|5)',
      // The top rating without the word "stars", word of mouth with a review, only the fully satisfied asked, what to write.
      'najwyższ\\p{L}{1,3} ocen\\p{L}{1,2}',
      'maksymaln\\p{L}{1,3} ocen\\p{L}{1,2}',
      'wszystkie gwiazdki',
      '(?:opowiedz|poleć) (?:\\p{L}+ ){0,2}(?:znajomym|rodzinie|przyjaciołom)[^.!?\\n]{0,80}opini\\p{L}',
      'tylko (?:od )?klient\\p{L}{0,3} (?:w )?(?:100 ?%|w pełni|całkowicie) zadowolon\\p{L}+',
    ],
    exceptions: [
      `(?:dziękujemy|dziekujemy|dziękuję|dziekuje|dzięki|dzieki) (?:\\p{L}+ ){0,2}za (?:\\p{L}+ )?(?:pozytywn|dobr|mił|mil|świetn)\\p{L}{1,3} ${REVIEW}`,
      // The buyer's own review, already written ("Pani pozytywna opinia bardzo nas ucieszyła").
      `(?:pana|pani|państwa|panstwa|twoja|twoją|twoje|twojej|twój|wasza|waszą|waszej) (?:\\p{L}+ )?(?:pozytywn|dobr|świetn|swietn|pochlebn|mił|mil)\\p{L}{1,3} ${REVIEW}`,
    ],
  },

  reviewConditional: {
    patterns: [
      `(?:jeśli|jeżeli|jesli|jezeli|o ile|gdy|gdyby) (?:\\p{L}+ ){0,4}(?:zadowolon\\p{L}{1,3}|usatysfakcjonowan\\p{L}{1,3})[^.!?\\n]{0,80}${REVIEW}`,
      `${REVIEW_STRICT}[^.!?\\n]{0,60}(?:jeśli|jeżeli|jesli|jezeli|o ile) (?:\\p{L}+ ){0,4}(?:zadowolon\\p{L}{1,3}|podoba|spodobał\\p{L}{0,2})`,
      // "Zanim wystawi Pan negatywną opinię, prosimy o kontakt": only the unhappy are held back.
      `(?:zanim|przed) (?:\\p{L}+ ){0,3}(?:wystawi\\p{L}{0,4}|napisz\\p{L}{0,3}|napisa\\p{L}{0,4}|wystawieniem|napisaniem|dodaniem|ocenisz|oceni)(?: \\p{L}+){0,2} (?:negatywn\\p{L}{1,3} |złej |zlej |złą |zla |niską |niska |słabą |slaba )?${REVIEW}`,
      // "Zanim ocenisz nas na Amazon, napisz do nas": the unhappy are kept from reviewing.
      '(?:zanim|przed) (?:\\p{L}+ ){0,2}(?:ocenisz|oceni|ocenią|ocenicie|ocenieniem|wystawisz|wystawi|wystawią|wystawieniem)(?: \\p{L}+){0,3},? (?:\\p{L}+ ){0,2}(?:napisz|napiszcie|skontaktuj|prosimy o kontakt|daj(?:cie)? (?:nam )?znać|odezwij)',
      `(?:zanim|przed) (?:\\p{L}+ ){0,3}(?:negatywn\\p{L}{1,3}|złą|zła|zlej|niską|słabą) ${REVIEW}`,
      '(?:prosimy|proszę|prosze) (?:\\p{L}+ ){0,2}najpierw (?:o )?(?:kontakt|napisa\\p{L}{1,3}|skontaktowa\\p{L}{1,4})',
      '(?:najpierw|w pierwszej kolejności|w pierwszej kolejnosci) (?:\\p{L}+ ){0,2}(?:skontaktuj|napisz|prosimy o kontakt|daj(?:cie)? nam znać|proszę o kontakt)',
      '(?:jeśli|jeżeli|jesli|jezeli|gdyby) (?:nie|coś (?:jest )?nie tak|coś nie gra|pojawi\\p{L}{0,2} się (?:jakiś |jakis )?problem)[^.!?\\n]{0,60}(?:najpierw|zanim|w pierwszej kolejności)',
    ],
  },

  reviewIncentive: {
    patterns: [
      `w zamian za (?:\\p{L}+ ){0,2}${REVIEW}`,
      `(?:za|po) (?:wystawieni\\p{L}{1,2}|napisani\\p{L}{1,2}|dodani\\p{L}{1,2}|zostawieni\\p{L}{1,2}) (?:\\p{L}+ ){0,2}${REVIEW}[^.!?\\n]{0,60}${INCENTIVE}`,
      `${INCENTIVE}[^.!?\\n]{0,60} (?:za|po|w zamian za) (?:\\p{L}+ ){0,2}(?:wystawieni\\p{L}{1,2} |napisani\\p{L}{1,2} |dodani\\p{L}{1,2} )?(?:\\p{L}+ )?${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}(?:otrzyma|otrzymasz|otrzymają|dostanie|dostaniesz|dostaną|czeka na|wyślemy|wyslemy|prześlemy|przeslemy)[^.!?\\n]{0,40}${INCENTIVE}`,
      `(?:zrzut\\p{L}{0,2} ekranu|screen\\p{L}{0,3}|link\\p{L}{0,2}) (?:\\p{L}+ ){0,2}${REVIEW}`,
      // Faster help or free products traded for a review: "once your review is up, we ship the part the same day", a tester club.
      'jak tylko (?:pana|pani|twoja|państwa) opinia (?:pojawi się|zostanie dodana|będzie)',
      'gdy (?:pana|pani|twoja) opinia (?:pojawi się|będzie widoczna)',
      '(?:klub|program|panel) tester\\p{L}*',
      'w zamian (?:\\p{L}+ ){0,3}(?:opini\\p{L}|recenzj\\p{L})',
    ],
  },

  reviewChange: {
    patterns: [
      `(?:zmieni\\p{L}{1,4}|zmień|zmien|usun\\p{L}{1,4}|usuń|poprawi\\p{L}{1,4}|popraw|zaktualizow\\p{L}{1,4}|zaktualizuj\\p{L}{0,3}|edytow\\p{L}{1,4}|edytuj\\p{L}{0,3}|wycofa\\p{L}{1,4}|skasow\\p{L}{1,4}|skasuj\\p{L}{0,3}|podwyższ\\p{L}{0,4}|podnie\\p{L}{1,4}|przemyśl\\p{L}{0,4}|zmodyfikow\\p{L}{1,4}) (?:\\p{L}+ ){0,3}${REVIEW}`,
      `${REVIEW} (?:\\p{L}+ ){0,4}(?:zmieni\\p{L}{1,4}|usun\\p{L}{1,4}|poprawi\\p{L}{1,4}|zaktualizow\\p{L}{1,4}|edytow\\p{L}{1,4}|wycofa\\p{L}{1,4}|skasow\\p{L}{1,4}|podwyższy\\p{L}{0,2}|przemyśle\\p{L}{0,2}|zmodyfikow\\p{L}{1,4})`,
      `(?:zmian\\p{L}{1,2}|usunięci\\p{L}{1,2}|usunieci\\p{L}{1,2}|aktualizacj\\p{L}{1,2}|korekt\\p{L}{1,2}|wycofani\\p{L}{1,2}|edycj\\p{L}{1,2}) (?:\\p{L}+ ){0,2}${REVIEW}`,
      `${REVIEW}[^\\n]{0,80}?nie (?:\\p{L}+ ){0,3}(?:odzwierciedla|oddaje)`,
      // "gdyby Pana ocena z jedną gwiazdką zniknęła ze strony"
      `${REVIEW} (?:[\\p{L}\\p{N}]+ ){0,5}(?:zniknęł\\p{L}{1,2}|zniknie|zniknąć|znikła|zniknął|zdjęt\\p{L}{1,2}|usunięt\\p{L}{1,2})`,
    ],
  },

  messenger: {
    patterns: [
      // The buyer calling us ("kierowca zadzwoni na numer", the driver calling, is a delivery).
      '(?:zadzwo(?:ń|n|nić|nic)|zadzwońcie|dzwo(?:ń|n|nić|nic)|dzwońcie)(?: \\p{L}+){0,2} (?:do nas|do mnie|pod numer|na numer|na nasz\\p{L}{0,2})',
      'prosimy o (?:telefon|kontakt telefoniczny)',
      // An e-mail address written out: "sklep małpa gmail kropka com".
      '[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{1,29}(?:\\.[\\p{L}\\p{N}_-]{1,29})? (?:małpa|malpa) [\\p{L}\\p{N}-]{2,30} kropka (?:pl|com|eu|net|org)',
      // Ordering or talking by phone: "kolejne zamówienia może Pan składać telefonicznie".
      '(?:zamówi\\p{L}{0,4}|zamów|zamawia\\p{L}{0,4}|składa\\p{L}{0,4}|złoży\\p{L}{0,4}|skontaktuj\\p{L}{0,5} (?:się|sie)|kontaktowa\\p{L}{0,4} (?:się|sie)) (?:\\p{L}+ ){0,4}telefonicznie',
      '(?:mój|moj|nasz) (?:prywatny |służbowy |bezpośredni )?(?:numer (?:telefonu|komórkowy|komorkowy|kontaktowy|whats ?app)|telefon(?: komórkowy| kontaktowy)?)',
      '(?:nasz\\p{L}{0,2}) infolini\\p{L}{1,2}',
      '(?:sms\\p{L}{0,3}|esemes\\p{L}{0,3}) (?:pod|na) (?:numer|nasz)',
      '(?:wyślij|wyslij|napisz)(?:cie)? (?:nam |mi )?(?:sms\\p{L}{0,3}|esemes\\p{L}{0,3})',
      '(?:kontakt\\p{L}{0,3}|(?:skontaktuj\\p{L}{0,5}|skontaktow\\p{L}{1,4}|kontaktow\\p{L}{1,4}) (?:się|sie) (?:z nami|ze mną)) (?:\\p{L}+ ){0,2}(?:telefonicznie|mailowo|e-mailowo|przez telefon|pod numerem)',
    ],
    exceptions: ['(?:zadzwo\\p{L}{1,4}|dzwo\\p{L}{1,4}) (?:\\p{L}+ ){0,2}do (?:kuriera|przewoźnika|przewoznika|producenta|serwisu producenta)',
      // Contact outside Amazon said to be unnecessary: "nie trzeba kontaktować się z nami telefonicznie".
      '(?:nie trzeba|nie musi\\p{L}{0,4}|nie ma potrzeby)[^.!?\\n]{0,100}',
    ],
  },

  optOut: {
    patterns: [
      '(?:wypisa(?:ć|c)|wypisz|wypiszcie|wypisanie|wypisania) (?:się|sie)',
      '(?:się|sie) wypisa(?:ć|c)',
      'rezygnacj\\p{L}{1,2} z (?:subskrypcji|newslettera|wiadomości|wiadomosci|powiadomień|powiadomien|otrzymywania)',
      'zrezygnowa(?:ć|c) z (?:otrzymywania|subskrypcji|newslettera|wiadomości|wiadomosci|powiadomień)',
      'anuluj\\p{L}{0,3} subskrypcj\\p{L}{1,2}',
      '(?:nie chce|nie chcą|nie chcesz|nie chcecie|nie życzy|nie zyczy|nie życzą|nie życzysz)(?: pan| pani| państwo| sobie)* (?:\\p{L}+ ){0,3}(?:otrzymywać|dostawać|otrzymywac|dostawac) (?:\\p{L}+ ){0,2}(?:wiadomości|wiadomosci|maili|e-maili|powiadomień|informacji|takich)',
      '(?:odpowi\\p{L}{1,6}|odpisz\\p{L}{0,3}|odpisa\\p{L}{1,4}|wpisz\\p{L}{0,3}|napisz\\p{L}{0,3}|wyślij\\p{L}{0,3}) (?:\\p{L}+ ){0,3}["„“»]?stop\\b',
      'więcej (?:\\p{L}+ ){0,2}(?:wiadomości|wiadomosci|maili) (?:od nas )?nie (?:będzie|bedzie|będą|przyjdą)',
      '(?:nie chce\\p{L}{0,4}|nie życz\\p{L}{1,4}|nie zycz\\p{L}{1,4})(?: pan| pani| państwo| sobie)* (?:\\p{L}+ ){0,2}(?:dalszych|kolejnych|więcej|takich|żadnych) (?:\\p{L}+ )?(?:wiadomości|wiadomosci|maili|e-maili|powiadomień|informacji)',
      // "Jeśli nie chce Pan już od nas nic dostawać", "przestaniemy pisać".
      '(?:nie chce\\p{L}{0,4}|nie życz\\p{L}{1,4}|nie zycz\\p{L}{1,4})(?: pan| pani| państwo| sobie)* (?:\\p{L}+ ){0,3}(?:nic|niczego) (?:\\p{L}+ )?(?:dostawać|otrzymywać|dostawac|otrzymywac|dostać)',
      'przestaniemy (?:do (?:pana|pani|ciebie|państwa) )?(?:pisać|pisac|wysyłać|wysylac)',
    ],
    exceptions: [
      'wypis\\p{L}{1,6} (?:\\p{L}+ ){0,2}(?:faktur|paragon|rachun|gwarancj|dokument|druk|formularz)',
      // A device's STOP button or display is no opt-out.
      '(?:przycisk\\p{L}{0,2}|klawisz\\p{L}{0,2}|napis\\p{L}{0,2}|pilot\\p{L}{0,3}|ekran\\p{L}{0,2}) (?:\\p{L}+ ){0,2}["„“»]?stop["”“«]?',
    ],
  },

  phoneWords: { patterns: spelledPhone({ words: ['dziewięćdziesiąt', 'dziewiętnaście', 'siedemdziesiąt', 'sześćdziesiąt', 'osiemdziesiąt', 'siedemnaście', 'czterdzieści', 'pięćdziesiąt', 'czternaście', 'osiemnaście', 'dwadzieścia', 'trzydzieści', 'dziewięćset', 'jedenaście', 'trzynaście', 'piętnaście', 'szesnaście', 'dwanaście', 'czterysta', 'siedemset', 'dziewięć', 'dziesięć', 'dwieście', 'sześćset', 'osiemset', 'trzysta', 'pięćset', 'cztery', 'siedem', 'jeden', 'jedna', 'jedno', 'sześć', 'osiem', 'zero', 'dwie', 'trzy', 'pięć', 'dwa', 'sto'] }) },
  messengerApps: {
    patterns: [
      '(?:przez|na|via|poprzez|w) (?:whats ?app\\p{L}{0,3}|telegram\\p{L}{0,3}|messenger\\p{L}{0,3}|signal\\p{L}{0,3}|viber\\p{L}{0,3}|wechat\\p{L}{0,3}|line)(?![\\p{L}])',
      '(?:whats ?app|telegram|signal|viber|wechat|messenger)\\p{L}{0,3} ?(?:numer|nick|kontakt|czat|chat|grup\\p{L}{1,2}|id)',
      '(?:wiadomoś\\p{L}{1,3}|dm|priv|prywatn\\p{L}{1,3} wiadomoś\\p{L}{1,3}) (?:na|przez|w) (?:instagram\\p{L}{0,3}|facebook\\p{L}{0,3}|tiktok\\p{L}{0,3}|messenger\\p{L}{0,3})',
      '(?:napisz|napiszcie|pisz|odezwij|odezwijcie)(?: się| sie)? (?:do nas |do mnie )?(?:na|przez) (?:priv|pw|instagram\\p{L}{0,3}|facebook\\p{L}{0,3})',
    ],
    exceptions: [
      ...refusedWays(REFUSALS),
      '(?:nie|nigdy|żadn\\p{L}{1,3})[^.!?;:\\n]{0,50}(?:whats ?app|telegram|signal|viber|wechat|messenger)',
      // The buyer's own question, reported and answered: "pytałaś, czy możesz wysłać zdjęcia przez WhatsAppa".
      '(?:pyta\\p{L}{1,4}|pytanie)(?: (?:pan|pani|państwo))?,? czy [^.!?\\n]{0,120}',
    ],
  },

  offAmazonSale: {
    patterns: [
      // Buying directly (a parcel sent "bezpośrednio od nas", not from Amazon's warehouse, is no sale).
      '(?:kup\\p{L}{0,6}|zamawia\\p{L}{0,4}|zamów\\p{L}{0,4}|zamow\\p{L}{0,4}|zamówi\\p{L}{0,4}|składa\\p{L}{0,4}|nabyć|nabyc|dostępn\\p{L}{1,3}|tańsz\\p{L}{1,3}|taniej|zamówienia)(?: \\p{L}+){0,4} bezpo[śs]rednio (?:u nas|od nas|ode mnie|w naszym|przez nasz\\p{L}{0,2}|na naszej)',
      'bezpo[śs]rednio (?:u nas|od nas|ode mnie|w naszym sklepie|przez nasz\\p{L}{0,2}|na naszej)(?: \\p{L}+){0,3} (?:kup\\p{L}{0,6}|zamawia\\p{L}{0,4}|zamów\\p{L}{0,4}|zamówi\\p{L}{0,4}|taniej|tańsz\\p{L}{1,3})',
      '(?:w|przez) nasz\\p{L}{0,2} (?:własn\\p{L}{1,3} |wlasn\\p{L}{1,3} )?(?:sklep\\p{L}{0,2} internetow\\p{L}{1,3}|e-?sklep\\p{L}{0,2}|sklep\\p{L}{0,2} online)',
      '(?:na|przez) nasz\\p{L}{0,2} (?:własn\\p{L}{1,3} |wlasn\\p{L}{1,3} )?(?:stron\\p{L}{1,2}|witryn\\p{L}{1,2})(?: internetow\\p{L}{1,3}| www)?(?: \\p{L}+){0,4} (?:kupi\\p{L}{1,4}|zamówi\\p{L}{1,4}|zamowi\\p{L}{1,4}|taniej|zamawia\\p{L}{1,4}|kup|zamów|dostępn\\p{L}{1,3})',
      'taniej (?:\\p{L}+ ){0,4}(?:niż na amazon\\p{L}{0,2}|u nas|w naszym sklepie|na naszej stronie|bezpośrednio)',
      '(?:poza|z pominięciem|z pominieciem|omijając|omijajac|bez pośrednictwa|bez posrednictwa) amazon\\p{L}{0,3}',
      '(?:bez|oszczędz\\p{L}{1,4}|zaoszczędz\\p{L}{1,4}|omin\\p{L}{1,5}|ominąć|unikn\\p{L}{1,5}|uniknąć) (?:\\p{L}+ )?(?:prowizj\\p{L}{1,2}|opłat\\p{L}{0,2}) amazon\\p{L}{0,3}',
      '(?:kolejne|następne|nastepne|przyszłe|przyszle) (?:zamówienia|zamowienia|zakupy) (?:\\p{L}+ ){0,4}(?:bezpośrednio|mailowo|u nas|telefonicznie)',
      // "nie sprzedajemy na Amazonie. Proszę napisać ..., a wyślemy fakturę pro forma".
      'nie (?:sprzedajemy|oferujemy|wystawiamy) (?:\\p{L}+ ){0,2}(?:na|w|przez) amazon\\p{L}{0,3}[^\\n]{0,160}(?:faktur\\p{L}{1,2}|wpłat\\p{L}{1,2}|przelew\\p{L}{0,3}|bezpośrednio)',
    ],
    exceptions: [
      ...refusedOutside(REFUSALS, OUTSIDE_AMAZON),
      '(?:nie|nigdy|zabronion\\p{L}{1,3}|nie wolno|nie możemy|nie mozemy) (?:\\p{L}+ ){0,6}(?:poza|z pominięciem) amazon\\p{L}{0,3}',
      'poza amazon\\p{L}{0,3} (?:\\p{L}+ ){0,4}(?:nie|zabronion\\p{L}{1,3}|niedozwolon\\p{L}{1,3})',
      // The buyer's own question, reported and answered: "pytałeś, czy sprzedajemy też w naszym sklepie internetowym".
      '(?:pyta\\p{L}{1,4}|pytanie)(?: (?:pan|pani|państwo))?,? czy [^.!?\\n]{0,120}',
    ],
  },

  offAmazonPayment: {
    patterns: [
      '(?:przelew\\p{L}{0,3} (?:bankow\\p{L}{1,3}|tradycyjn\\p{L}{1,3}|na (?:nasze|moje|nasz) (?:konto|rachunek))|przelewem)',
      '(?:zapłać|zaplac|zapłacić|zaplacic|zapłaci|wpłać|wplac|wpłacić|opłać|oplac|przelej|przelać|przelac)\\p{L}{0,4} (?:\\p{L}+ ){0,4}(?:na (?:nasze|moje|nasz|podane) (?:konto|rachunek)|przelewem|blikiem|paypal\\p{L}{0,2}|gotówką|gotowka|bezpośrednio)',
      '(?:numer|nr) (?:naszego |mojego )?(?:konta|rachunku)(?: bankowego)?',
      'nasz\\p{L}{0,2} (?:konto|rachunek) bankow\\p{L}{1,3}',
      // "zrobić przelew 169 zł na konto podane na fakturze"
      '(?:zrób|zrobić|zrobic|wykonać|wykonac|wyślij) (?:\\p{L}+ )?przelew\\p{L}{0,3} (?:\\d[\\d ,.]*(?:zł|zl|pln|złotych) )?na (?:\\p{L}+ )?(?:konto|rachunek)',
      'iban', 'blik(?:iem)?', 'paypal\\p{L}{0,2}', 'revolut\\p{L}{0,2}',
      'gotówk\\p{L}{1,2}', 'gotowk\\p{L}{1,2}', 'za pobraniem',
      '(?:płatność|platnosc|zapłata|zaplata) (?:\\p{L}+ ){0,2}(?:przy odbiorze|kurierowi|przy dostawie|przy montażu|monterowi)',
    ],
    exceptions: [
      ...refusedWays(REFUSALS),
      '(?:nie|nigdy|żadn\\p{L}{1,3}|zadn\\p{L}{1,3})[^.!?;:\\n]{0,50}(?:przelew\\p{L}{0,3}|gotówk\\p{L}{1,2}|paypal\\p{L}{0,2}|blik\\p{L}{0,3}|za pobraniem|numer konta|iban)',
      // Named, then declared unnecessary: "Płatność przy odbiorze nie jest potrzebna".
      '(?:(?:płatność|platnosc|zapłata|zaplata) (?:\\p{L}+ ){0,2}(?:przy odbiorze|kurierowi|przy dostawie|przy montażu|monterowi)|przelew\\p{L}{0,3}|gotówk\\p{L}{1,2}|blik\\p{L}{0,3}|paypal\\p{L}{0,2})[^.!?;:\\n]{0,30}(?:nie jest (?:potrzebn|konieczn|wymagan)\\p{L}{1,2}|niepotrzebn\\p{L}{1,2}|nie trzeba|nie musi)',
      // The buyer asked about it: "dziękujemy za pytanie o płatność przelewem" (the answer follows).
      // "pytał Pan, czy można zapłacić BLIK-iem albo przelewem" (the answer follows).
      '(?:za)?pyta\\p{L}{1,4}(?: (?:pan|pani|państwo))?,? czy [^.!?\\n]{0,120}',
      'pytani\\p{L}{0,3} o (?:\\p{L}+ ){0,2}(?:przelew\\p{L}{0,3}|gotówk\\p{L}{1,2}|paypal\\p{L}{0,2}|blik\\p{L}{0,3})',
      // Import duties paid to the carrier are not a payment to the seller.
      '(?:cło|clo|cła|cla|opłat\\p{L}{0,2} celn\\p{L}{1,3}|podat\\p{L}{1,3})[^.!?\\n]{0,60}(?:gotówk\\p{L}{1,2}|za pobraniem|przy odbiorze|kurierowi)',
      // Refunds go back through Amazon, whatever the seller calls them.
      '(?:zwrot\\p{L}{0,3}|zwróc\\p{L}{1,5}) (?:\\p{L}+ ){0,4}(?:przez amazon|na pana konto amazon|na konto amazon)',
      // BLIK and Przelewy24 at Amazon.pl's own checkout.
      '(?:przy|podczas) (?:składaniu )?zamówieni\\p{L}{1,2} na amazon\\p{L}{0,4}(?:\\.pl)?(?:np\\.|[^.!?\\n]){0,80}',
      '(?:blik|przelewy24)\\p{L}{0,4}(?:[\'’-]\\p{L}{1,4})? (?:\\p{L}+ ){0,2}(?:przy|podczas) (?:składaniu )?zamówieni\\p{L}{1,2} na amazon',
    ],
  },

  cancellationRequest: {
    patterns: [
      // "Prosimy o anulowanie zamówienia", "Proszę anulować zakup".
      `(?:proszę|prosze|prosimy|prosiłbym|prosiłabym|prosilibyśmy|uprzejmie prosimy|bardzo prosimy)(?: (?:pana|panią|pania|państwa|panstwa|cię|cie|was))?,? ${CLAUSE}(?:o )?${CANCEL}`,
      // "Czy mógłby Pan anulować zamówienie?", "Możesz je anulować w swoim koncie".
      `(?:czy )?(?:może|moze|mogą|moga|możesz|mozesz|możecie|mógłby|moglby|mogłaby|moglaby|mogliby|mogłybyście|mógłbyś|mogłabyś|mogłabys|moglbys|musi|musisz|muszą|powinien|powinna|powinni|powinieneś|powinnaś)(?: ${YOU})? ${CLAUSE}${CANCEL}`,
      // The imperative: "Anuluj zamówienie", "Anulujcie proszę zakup".
      `(?:anuluj|anulujcie|zrezygnuj|zrezygnujcie)(?: proszę| prosze| prosimy| po prostu| sam\\p{L}{0,2})* (?:\\p{L}+ ){0,2}(?:z )?(?:zam[óo]wieni\\p{L}{1,3}|zakup\\p{L}{0,2}|transakcj\\p{L}{1,2})`,
      // "Złóż wniosek o anulowanie", "proszę wysłać prośbę o anulację".
      `(?:złóż|zloz|złożyć|zlozyc|złoży|zlozy|złóżcie|wyślij|wyslij|wysłać|wyslac|wyśle|wysle|zgłoś|zglos|zgłosić|zglosic|zgłosi)(?: ${YOU})? (?:\\p{L}+ ){0,3}(?:wniosek|prośb\\p{L}{1,2}|prosb\\p{L}{1,2}|żądanie|zadanie|zgłoszenie) o (?:anulowanie|anulację|anulacje|rezygnację)`,
      '(?:kliknąć|kliknac|kliknij|kliknie|klikając|wybrać|wybierz|wybierze|użyć|użyj|uzyj|naciśnij|nacisnij|nacisnąć)(?: \\p{L}+){0,4} (?:przycisk\\p{L}{0,2} |opcj\\p{L}{1,2} |link\\p{L}{0,2} )?["„“»]?(?:anuluj|anulowanie|anuluj zamówienie|anuluj produkty)',
      '(?:przycisk\\p{L}{0,2}|opcj\\p{L}{1,2}|funkcj\\p{L}{1,2}) ["„“»]?(?:anuluj|anulowania|anulowanie)',
      `(?:ze swojej strony|po swojej stronie|na swoim koncie|w swoim koncie|z poziomu (?:swojego |pana |pani )?konta) ${CLAUSE}${CANCEL}`,
      `${CANCEL} (?:\\p{L}+ ){0,3}(?:ze swojej strony|po swojej stronie|na swoim koncie|w swoim koncie|z poziomu (?:swojego |pana |pani )?konta)`,
      '(?:odstąp|odstap|odstąpić|odstapic|odstąpi)(?: \\p{L}+){0,2} od (?:umowy|zakupu)',
      // "Najprościej będzie, jeśli sam Pan anuluje zamówienie."
      `(?:sam|sama|samodzielnie|jeśli|jeżeli|jesli|gdyby)(?: ${YOU})? (?:\\p{L}+ ){0,2}(?:anuluje|anulujesz|anulują|anulujecie|anulował\\p{L}{0,3}|zrezygnuje|zrezygnował\\p{L}{0,3}|wycofa|wycofasz|wycofają|wycofał\\p{L}{0,3}) (?:\\p{L}+ ){0,2}(?:zam[óo]wieni\\p{L}{1,3}|zakup\\p{L}{0,2}|transakcj\\p{L}{1,2})`,
    ],
    exceptions: [
      `nie (?:\\p{L}+ ){0,3}(?:musi|musisz|muszą|trzeba|potrzeba|należy)(?: \\p{L}+){0,3} ${CANCEL}`,
      `(?:my|sami|możemy|mozemy|chętnie|chetnie|mogę|moge|mogłabym|mógłbym) (?:\\p{L}+ ){0,5}${CANCEL}`,
      `(?:nie|proszę nie|prosimy nie) ${CANCEL}`,
      // Amazon or the system cancelling is no request to the buyer.
      `(?:amazon\\p{L}{0,3}|system\\p{L}{0,3}|przewoźnik\\p{L}{0,3}|przewoznik\\p{L}{0,3}|kurier\\p{L}{0,3}|bank\\p{L}{0,3}) (?:\\p{L}+ )?(?:może|moze|mogą|moga|musi) ${CLAUSE}${CANCEL}`,
    ],
  },

  placeholderWords: [
    'imię', 'imie', 'nazwisko', 'klient', 'klienta', 'klientka', 'klientki', 'kupujący', 'kupujacy', 'kupującego',
    'nabywca', 'nabywcy', 'odbiorca', 'odbiorcy', 'numer', 'nr', 'zamówienia', 'zamowienia', 'zamówienie',
    'produkt', 'produktu', 'nazwa', 'sklep', 'sklepu', 'sprzedawca', 'sprzedawcy', 'data', 'dostawy', 'adres',
    'podpis', 'firma', 'firmy', 'przesyłki', 'śledzenia', 'kwota', 'cena', 'wstaw', 'wpisz', 'tutaj', 'tu',
  ],
  placeholderKinds: {
    other: ['produkt', 'produktu', 'nazwa produktu', 'numer przesyłki', 'numer śledzenia', 'przesyłki'],
    sellerName: ['sprzedawca', 'sprzedawcy', 'sklep', 'sklepu', 'firma', 'firmy', 'podpis', 'twoje imię', 'moje imię', 'nazwa sklepu'],
    orderId: ['zamówienia', 'zamowienia', 'zamówienie', 'numer zamówienia', 'nr zamówienia'],
    buyerName: ['kupujący', 'kupujacy', 'kupującego', 'klient', 'klienta', 'klientka', 'nabywca', 'imię', 'imie', 'nazwisko', 'odbiorca'],
  },

  concepts: {
    satisfied: [
      // "Jeśli jest Pan zadowolony", "o ile produkt się sprawdził", "gdyby spodobała się Pani lampa".
      '(?:jeśli|jeżeli|jesli|jezeli|o ile|gdy|gdyby|skoro) (?:[\\p{L}\\p{N}%]+ ){0,5}(?:zadowolon\\p{L}{1,3}|usatysfakcjonowan\\p{L}{1,3}|zachwycon\\p{L}{1,3}|szczęśliw\\p{L}{1,3})',
      '(?:jeśli|jeżeli|jesli|jezeli|o ile|gdy|gdyby|skoro) (?:(?!nie )\\p{L}+ ){0,6}(?:podoba|podobają|spodoba\\p{L}{0,3}|sprawdz\\p{L}{1,3}|sprawdził\\p{L}{0,2}|spełni\\p{L}{0,4}|spelni\\p{L}{0,4}|przypad\\p{L}{1,4} do gustu|zachwyci\\p{L}{0,3}|umili\\p{L}{0,3}|ułatwi\\p{L}{0,3}|ulatwi\\p{L}{0,3})',
      '(?:jeśli|jeżeli|jesli|jezeli|o ile) (?:wszystko|zakup|produkt|towar) (?:\\p{L}+ ){0,3}(?:w porządku|w porzadku|dobrze|zgodnie z oczekiwaniami|jak należy)',
      '(?:czy )?(?:jest|są|jesteś|jestes|jesteście) (?:pan|pani|państwo|panstwo)? ?(?:\\p{L}+ ){0,3}(?:zadowolon\\p{L}{1,3}|zachwycon\\p{L}{1,3})[^.!?\\n]{0,40}\\?',
      '(?:czy )?(?:\\p{L}+ ){0,3}(?:podoba|podobają|spodobał\\p{L}{0,2}|sprawdza|sprawdził\\p{L}{0,2})(?: (?:ci|pani|panu|państwu|panstwu|wam))? (?:się|sie) (?:\\p{L}+ ){0,4}\\p{L}+\\s?\\?',
      '(?:zadowolon\\p{L}{1,3}|zachwycon\\p{L}{1,3})(?: z (?:\\p{L}+ ){0,2}\\p{L}+)?\\s?\\?',
      '(?:jeśli|jeżeli|jesli|jezeli) (?:nie|coś nie)[^.!?\\n]{0,40}(?:najpierw|wcześniej|zanim)',
      // "Podoba się? Jeśli tak, ...": the request depends on the answer.
      '(?:jeśli|jeżeli|jesli|jezeli|skoro) tak',
      '(?:jeśli|jeżeli|jesli|jezeli) (?:\\p{L}+ ){0,3}(?:uważa|uważasz|uważają|uwaza|uwazasz),? (?:że|ze) (?:\\p{L}+ ){0,4}(?:zasługuje|zasluguje|warto|dobr\\p{L}{1,3})',
      // A good effect as the condition: "if the lamp made your evenings cozier".
      'jeśli (?:\\p{L}+ ){1,4}(?:umilił|umiliła|umiliło|uprzyjemnił|uprzyjemniła|poprawił|poprawiła|ułatwił|ułatwiła)',
    ],
    reviewRef: [
      REVIEW,
      '(?:kilka|parę|pare|par\\p{L}{0,2}) (?:\\p{L}+ )?(?:słów|slow|zdań|zdan|linijek)',
      '(?:swoj\\p{L}{1,3}|pana|pani|państwa|twoj\\p{L}{1,3}|twój) (?:szczer\\p{L}{1,3} |osobist\\p{L}{1,3} )?(?:wrażeni\\p{L}{1,3}|wrazeni\\p{L}{1,3}|doświadczeni\\p{L}{1,3}|doswiadczeni\\p{L}{1,3})',
      '(?:co|jak) (?:pan|pani|państwo|panstwo|ty)? ?(?:sądzi|sadzi|myśli|mysli|sądzisz|myślisz|myslisz|uważa|uważasz) o',
      'innym (?:klientom|kupującym|kupujacym|użytkownikom|osobom) (?:\\p{L}+ ){0,3}(?:pomóc|pomoc|pomoże|pomoze|wybrać|wybrac|decyzj\\p{L}{0,2})',
      'na stronie produktu',
      '(?:ocenić|ocenic|oceń|ocen|oceni|ocenienie|oceny) (?:\\p{L}+ ){0,2}(?:produkt\\p{L}{0,2}|zakup\\p{L}{0,2}|nas|sprzedawc\\p{L}{1,2}|sklep\\p{L}{0,2}|transakcj\\p{L}{1,2})',
    ],
    reviewAsk: [
      `${LEAVE} (?:\\p{L}+ ){0,4}${REVIEW}`,
      `${REVIEW} (?:\\p{L}+ ){0,4}${LEAVE}`,
      '(?:podziel|podzieli|podzielić|podzielic|podzielcie|podzielenie)\\p{L}{0,3} (?:się|sie) (?:\\p{L}+ ){0,3}(?:wrażeni\\p{L}{1,3}|wrazeni\\p{L}{1,3}|doświadczeni\\p{L}{1,3}|doswiadczeni\\p{L}{1,3}|opini\\p{L}{0,2}|zdani\\p{L}{1,2})',
      '(?:oceń|ocen|oceńcie|ocenić|ocenic|oceni|ocenienie|ocenienia)(?: pan| pani| państwo)? (?:\\p{L}+ ){0,2}(?:produkt\\p{L}{0,2}|zakup\\p{L}{0,2}|nas|sprzedawc\\p{L}{1,2}|sklep\\p{L}{0,2}|transakcj\\p{L}{1,2}|go|ją|ja|je)',
      `(?:prosimy|proszę|prosze|prośba|prosba|uprzejmie prosimy|bardzo prosimy) (?:\\p{L}+ ){0,3}o (?:\\p{L}+ ){0,2}${REVIEW}`,
      `(?:wdzięczn\\p{L}{1,3}|wdzieczn\\p{L}{1,3}|ucieszy\\p{L}{0,3}|ucieszymy|cieszymy|miło|milo) (?:\\p{L}+ ){0,5}(?:za|z|gdyby|jeśli|jeżeli|jesli) (?:\\p{L}+ ){0,4}${REVIEW}`,
      `${REVIEW} (?:\\p{L}+ ){0,3}(?:na amazon\\p{L}{0,2}|na stronie produktu)`,
      '(?:opowiedz|opowiedzieć|napisz|napisać|napisze)(?:cie)? (?:\\p{L}+ ){0,3}innym (?:klientom|kupującym|kupujacym|użytkownikom)',
      '(?:zdjęci\\p{L}{1,3}|zdjeci\\p{L}{1,3}|film\\p{L}{0,3}|wideo)[^.!?\\n]{0,40}(?:na stronie produktu|na amazon\\p{L}{0,2})',
      // A few words on Amazon: a review in other words.
      'kilka słów na amazon\\p{L}*',
      'kilka zdań na amazon\\p{L}*',
    ],
    incentive: [
      INCENTIVE_WORDS,
      '(?!100 ?%)\\d{1,3} ?%',
      '\\d{1,4}(?:,\\d{2})? ?(?:zł|zl|pln|złotych|zlotych|€|euro)',
      'w zamian', 'w ramach podziękowania', 'w ramach podziekowania', 'jako podziękowanie', 'jako podziekowanie',
      'na nasz koszt', 'niespodziank\\p{L}{1,2}', 'dodatkow\\p{L}{1,3} (?:gwarancj\\p{L}{1,2}|produkt\\p{L}{0,2}|prezent\\p{L}{0,2})', 'przedłużon\\p{L}{1,3} gwarancj\\p{L}{1,2}',
      // Something given "as a thank-you" for the time a review takes.
      'w podziękowaniu',
      'jako podziękowanie',
      'gratis',
      'bezpłatnie',
      'za darmo',
    ],
    pressure: [
      '(?:przetrw\\p{L}{1,5}|przetrwani\\p{L}{1,2}|przeży\\p{L}{1,4})', 'nie poradzi\\p{L}{0,4}', 'nie da(?:my)? rady',
      '(?:zależ\\p{L}{1,3}|zalez\\p{L}{1,3}) (?:\\p{L}+ ){0,3}od (?:pana|pani|państwa|panstwa|twoj\\p{L}{1,3}|każd\\p{L}{1,3}|kazd\\p{L}{1,3}|opinii|ocen|dobrych|pozytywnych)',
      // "It matters to us" alone is a courtesy; a small business pleading with it is guilt (G1701).
      '(?:mał\\p{L}{1,3}|niewielk\\p{L}{1,3}|rodzinn\\p{L}{1,3}) (?:\\p{L}+ )?(?:firm\\p{L}{0,3}|sklep\\p{L}{0,3}|działalnoś\\p{L}{1,3}|manufaktur\\p{L}{0,3}|pracowni\\p{L}{0,3})[^.!?\\n]{0,60}(?:ogromn\\p{L}{1,3} znaczeni\\p{L}{1,2}|się liczy|na wagę złota|bardzo ważn\\p{L}{1,3}|kluczow\\p{L}{1,3})',
      '(?:każda|kazda|każdy|kazdy) (?:\\p{L}+ )?(?:opinia|ocena|gwiazdka|głos|glos|recenzja) (?:\\p{L}+ ){0,3}(?:się liczy|jest na wagę|jest na wage)',
      '(?:zamkn\\p{L}{1,5}|zamknięci\\p{L}{1,2}|zlikwidow\\p{L}{1,4}|zawiesz\\p{L}{1,4}) (?:\\p{L}+ ){0,3}(?:sklep\\p{L}{0,2}|firm\\p{L}{1,2}|działalnoś\\p{L}{1,3}|konto)',
      '(?:moja|moją|nasza|naszą) (?:prac\\p{L}{1,2}|posad\\p{L}{1,2}|przyszłoś\\p{L}{1,3}|przyszlos\\p{L}{1,3})',
      '(?:bez|brak) (?:pana|pani|państwa|twoich|twojej|dobrych|pozytywnych|waszych) (?:\\p{L}+ )?(?:opinii|ocen|gwiazdek|recenzji|wsparcia)',
      '(?:bardzo )?(?:potrzebujemy|potrzebuję) (?:\\p{L}+ )?(?:opinii|ocen|gwiazdek|recenzji|wsparcia|pomocy)',
      '(?:wesprzyj|wesprzyjcie|wesprzeć|wesprzec|wspomóż|wspomoz|wspomóc)(?: \\p{L}+){0,2} (?:nas|małą|mała|naszą|nasz|rodzinn)',
      '(?:proszę|prosze|prosimy),? (?:\\p{L}+ )?(?:pomóż|pomoz|pomóżcie|pomóc|pomoc) nam',
      '(?:nie zapomnij|nie zapomnijcie|proszę nie zapomnieć|prosimy nie zapomnieć)\\p{L}{0,3} (?:\\p{L}+ ){0,3}(?:o )?(?:opini|ocen|recenz|wystaw)',
      '(?:ponownie|jeszcze raz|po raz kolejny|ostatni raz) (?:\\p{L}+ ){0,2}(?:przypominamy|przypominam|prosimy)',
      '(?:przypominamy|przypominam) (?:\\p{L}+ ){0,3}(?:ponownie|jeszcze raz|po raz kolejny|po raz drugi|raz jeszcze)',
      '(?:nadal|wciąż|wciaz|ciągle) (?:\\p{L}+ ){0,2}(?:czekamy|czekam) (?:\\p{L}+ ){0,2}na (?:\\p{L}+ )?(?:opini|ocen|recenz)\\p{L}{0,3}',
      '(?:byłoby|byloby|będzie|bedzie) (?:nam )?(?:bardzo |ogromnie )?(?:przykro|smutno)',
      '(?:uratuj|uratować|uratowac|uratuje|ratunek)\\p{L}{0,3}',
      '(?:mała|mala|małą|rodzinn\\p{L}{1,3}|niewielk\\p{L}{1,3}) (?:\\p{L}+ )?(?:firm\\p{L}{1,2}|sklep\\p{L}{0,2}|działalnoś\\p{L}{1,3}) (?:\\p{L}+ ){0,4}(?:zależ\\p{L}{1,3}|zalez\\p{L}{1,3}|potrzebuje|liczy na)',
    ],
    writeWhat: [
      '(?:wspomni\\p{L}{0,4}|wspomnij\\p{L}{0,4}|podkreśl\\p{L}{0,4}|podkresl\\p{L}{0,4}|pochwal\\p{L}{0,4}|zaznacz\\p{L}{0,4}),? (?:\\p{L}+ ){0,3}(?:o|że|ze)',
      'warto (?:\\p{L}+ )?(?:wspomnieć|wspomniec|podkreślić|podkreslic|napisać|napisac|dodać|dodac|zaznaczyć)',
      '(?:napisz|napiszcie|napisać|napisac|napisze|napisał|napisała)(?: \\p{L}+){0,5},? (?:że|ze|jak)',
      '(?:skopiuj|skopiować|skopiowac|skopiuje|skopiowa\\p{L}{1,4}|wklej|wkleić|wkleic|wklei\\p{L}{0,4}|przepisz|przepisać|przepisa\\p{L}{1,4}|powtórz|powtorz)\\p{L}{0,3} (?:\\p{L}+ ){0,4}(?:słow\\p{L}{0,2}|slow\\p{L}{0,2}|zdani\\p{L}{1,2}|tekst\\p{L}{0,2}|wiadomoś\\p{L}{1,3}|komplement\\p{L}{0,3}|opini\\p{L}{0,2})',
      '(?:te same|tych samych|takie same|te miłe|te mile|tych miłych) (?:\\p{L}+ )?(?:słowa|slowa|słów|zdania|zdań)',
      'coś w stylu', 'cos w stylu', 'coś w rodzaju', '(?:następując\\p{L}{1,3}|nastepujac\\p{L}{1,3}) (?:tekst\\p{L}{0,2}|zdani\\p{L}{1,2}|słow\\p{L}{0,2})', 'słowo w słowo', 'slowo w slowo',
    ],
    contactAsk: [
      `(?:prześlesz|przeslesz|podasz|wyślesz|wyslesz|napiszesz|dasz|zostawisz|przekażesz|prześle pan|prześle pani|poda pan|poda pani)(?: nam| mi)? ${CONTACT_DETAIL}`,
      `(?:podaj|podać|podac|poda|podajcie|prześlij|przeslij|przesłać|przeslac|prześle|wyślij|wyslij|wysłać|wyslac|wyśle|napisz|napisać|zostaw|zostawić|zostawi|udostępnij|udostepnij|przekaż|przekaz|przekazać)(?:cie)?(?: ${YOU})? (?:nam |mi )?(?:proszę |prosze |prosimy |szybko |jeszcze |tutaj )*${CONTACT_DETAIL}`,
      '(?:jaki|jak) (?:jest|brzmi) (?:pana|pani|państwa|twój|twoj) (?:\\p{L}+ )?(?:numer|adres e-?mail|e-?mail|mail)',
      `(?:potrzebujemy|potrzebuję|potrzebuje|prosimy o|proszę o|poprosimy o|poproszę o) (?:\\p{L}+ ){0,2}(?:numer\\p{L}{0,2} telefonu|adres\\p{L}{0,2} e-?mail\\p{L}{0,2}|e-?mail\\p{L}{0,2}|dan\\p{L}{1,3} kontaktow\\p{L}{1,3})`,
      'pod (?:jakim|którym|ktorym) (?:numerem|adresem) (?:\\p{L}+ ){0,5}(?:skontaktować|skontaktowac|zadzwonić|zadzwonic|złapać|zlapac|dostępn|osiągaln|kontaktować|napisać)',
      'na (?:jaki|który|ktory) (?:adres|numer|e-?mail) (?:\\p{L}+ ){0,4}(?:wysłać|wyslac|przesłać|przeslac|pisać|napisać|zadzwonić)',
    ],
    deliveryContext: [
      'kurier\\p{L}{0,3}', 'przewoźni\\p{L}{1,3}', 'przewozni\\p{L}{1,3}', 'dostaw\\p{L}{1,3}', 'doręcz\\p{L}{1,5}', 'dorecz\\p{L}{1,5}',
      'spedyt\\p{L}{1,5}', 'paczkomat\\p{L}{0,3}', 'inpost', '(?:dpd|dhl|ups|gls|fedex)', 'poczt\\p{L}{1,2} polsk\\p{L}{1,2}',
      'kierowc\\p{L}{1,3}', 'etykiet\\p{L}{1,2}', 'wysyłk\\p{L}{1,2}', 'wysylk\\p{L}{1,2}',
    ],
    feedbackNotice: [
      '(?:może|moze|mogą|moga|możesz|mozesz|można|mozna) (?![^.!?\\n]{0,120}\\?)(?:pan |pani |państwo |panstwo )?(?:\\p{L}+ ){0,4}(?:zaktualizować|zaktualizowac|zmienić|zmienic|usunąć|usunac)(?: lub (?:usunąć|usunac|zmienić|zmienic|zaktualizować))? (?:\\p{L}+ ){0,3}(?:opini\\p{L}{0,2}|ocen\\p{L}{0,2}|feedback)',
      '(?:jeśli|jeżeli|jesli|jezeli) (?:\\p{L}+ ){0,4}(?:uważa|uwaza|uważasz|uważają|są|jest|jesteś)(?: \\p{L}+){0,3},? (?:że|ze) (?:\\p{L}+ ){0,3}(?:problem|sprawa|zgłoszenie|kwestia)[^.!?\\n]{0,40}(?:rozwiązan\\p{L}{1,3}|rozwiązaliśmy|rozwiazalismy|rozwiązał\\p{L}{0,4})',
      '(?:istnieje|jest) możliwoś\\p{L}{1,3} (?:\\p{L}+ ){0,4}(?:zaktualizowania|zmiany|usunięcia|usuniecia)',
    ],
    settlement: [
      'wymian\\p{L}{1,2}', 'wymieni\\p{L}{1,4}', 'nowy egzemplarz', 'now\\p{L}{1,3} (?:egzemplarz|produkt|paczk|przesyłk)\\p{L}{0,3}',
      'przeprasza\\p{L}{0,4}', 'przepros\\p{L}{1,5}', 'przykro nam', 'uszkodz\\p{L}{1,5}', 'wad\\p{L}{1,3}', 'reklamacj\\p{L}{1,2}',
      'opóźnieni\\p{L}{1,2}', 'opoznieni\\p{L}{1,2}', 'niedogodnoś\\p{L}{1,3}', 'problem\\p{L}{0,3}', 'brak\\p{L}{0,3}', 'zgubion\\p{L}{1,3}',
      'zwrot\\p{L}{0,3} towaru', 'odesła\\p{L}{1,4}', 'odesla\\p{L}{1,4}', 'pomył\\p{L}{1,3}', 'błęd\\p{L}{1,3}', 'bled\\p{L}{1,3}',
    ],
  },

  amazonFeedbackNotice:
    'Jeśli uważają Państwo, że rozwiązaliśmy Państwa problem, mogą Państwo zaktualizować lub usunąć pierwotnie wystawioną opinię tutaj.',

  courtesy: {
    thanks: [
      '(?:bardzo |serdecznie |jeszcze raz |ogromnie )*(?:dziękujemy|dziekujemy|dziękuję|dziekuje|dzięki|dzieki)(?: bardzo| serdecznie| pięknie)?(?: (?:pan\\p{L}{0,2}|państwu|panstwu|ci|wam))?(?: za (?:\\p{L}+ ){0,3}(?:zamówieni\\p{L}{1,3}|zamowieni\\p{L}{1,3}|zakup\\p{L}{0,3}|zaufani\\p{L}{1,2}|cierpliwoś\\p{L}{1,3}|wybór|wybor|wybranie|wsparcie)(?: [^.!?\\n]{0,40})?)?',
      '(?:cieszymy się|cieszę się|miło nam|milo nam),? (?:że|ze) (?:\\p{L}+ ){0,3}(?:wybrał\\p{L}{0,4}|zdecydował\\p{L}{0,4}|zamówił\\p{L}{0,4}|zamowil\\p{L}{0,4}|kupił\\p{L}{0,4}|kupil\\p{L}{0,4})',
      'serdeczne podziękowania', 'podziękowania za', 'wielkie dzięki',
      '(?:i )?za to,? (?:że|ze) (?:pan\\p{L}{0,2} |państwo )?(?:wybrał\\p{L}{0,4}|zdecydował\\p{L}{0,4}|zaufał\\p{L}{0,4}|kupił\\p{L}{0,4}|zamówił\\p{L}{0,4})(?: (?:pan|pani|państwo))?(?: (?:się na|właśnie|akurat))?(?: (?:nasz\\p{L}{0,3} \\p{L}+|nas|u nas))?',
      '(?:chcieliśmy|chcielismy|chciałem|chciałam|chcemy|chcę|pragniemy) (?:\\p{L}+ ){0,2}(?:podziękować|podziekowac)(?: [^.!?\\n]{0,60})?',
      // Season's greetings alone say no more than thanks.
      'wesołych świąt', 'szczęśliwego nowego roku', '(?:zdrowych|spokojnych|radosnych) (?:i (?:\\p{L}+ ))?świąt',
    ],
    padding: [
      '(?:dzień dobry|dzien dobry|witam|witamy|cześć|czesc|hej|dobry wieczór)(?: (?:pani|panie|panu|państwu))?(?: [\\p{L}\'-]{1,20}){0,2}',
      '(?:szanown\\p{L}{1,3}|drog\\p{L}{1,3})(?: (?:pani|panie|pan|państwo|klientko|kliencie|kliencie|klienci))?(?: [\\p{L}\'-]{1,20}){0,2}',
      '(?:z )?(?:pozdrowieniami|wyrazami szacunku|poważaniem|powazaniem)', '(?:serdecznie |ciepło |cieplo )?(?:pozdrawiam|pozdrawiamy)(?: serdecznie| ciepło)?',
      '(?:serdeczne |ciepłe |cieple )?pozdrowienia(?: z \\p{L}+)?', 'do usłyszenia', 'do uslyszenia', 'miłego dnia', 'milego dnia', 'miłego wieczoru', 'miłego weekendu', 'udanego dnia',
      '(?:zespół|zespol|dział obsługi klienta|obsługa klienta|obsluga klienta|ekipa)(?: \\p{L}+){0,3}',
      '(?:życzymy|zyczymy|życzę|zycze) (?:\\p{L}+ ){0,3}(?:wiele radości|radości|udanego|miłego|przyjemnego|zadowolenia|satysfakcji|dużo radości|powodzenia)[^.!?\\n]{0,80}',
      // "Mam nadzieję, że paczka dotarła cała?": a hope written as a question is still padding.
      '(?:mamy nadzieję|mam nadzieję|mamy nadzieje|mam nadzieje),? (?:że|ze) [^.!?\\n]{0,80}\\s?\\??',
      '(?:cieszymy się|cieszę się|miło nam|milo nam)[^.!?\\n]{0,80}',
      '(?:jesteśmy|jestesmy|jestem) (?:bardzo |naprawdę |ogromnie )?(?:wdzięczn\\p{L}{1,3}|wdzieczn\\p{L}{1,3}|szczęśliw\\p{L}{1,3}|dumn\\p{L}{1,3})[^.!?\\n]{0,80}',
      '(?:pana|pani|państwa|panstwa|twoje|twoja) (?:zadowolenie|satysfakcja) (?:jest|to) (?:dla nas )?(?:najważniejsz\\p{L}{1,2}|priorytetem|najwazniejsz\\p{L}{1,2})',
      'nazywam się \\p{L}+(?: \\p{L}+)?', 'z tej strony \\p{L}+',
      '(?:w razie|w przypadku) (?:jakichkolwiek )?(?:pytań|pytan|wątpliwości|watpliwosci|problemów)[^.!?\\n]{0,100}',
      '(?:jesteśmy|jestesmy|jestem) (?:\\p{L}+ ){0,2}do (?:pana|pani|państwa|panstwa|twojej) dyspozycji',
      'dobra wiadomość:?', 'informacyjnie:?',
      // Warm words with nothing to say: a message made only of them is only a thank-you (G1701).
      '(?:to|jest to) (?:dla nas )?(?:wielka |ogromna |prawdziwa )?(?:radość|przyjemność|zaszczyt|frajda)[^.!?\\n]{0,80}',
      '(?:życzymy|zyczymy|życzę|zycze) [^.!?\\n]{0,80}', 'trzymaj(?:cie)? się', 'do zobaczenia', 'miłego korzystania', 'milego korzystania',
      // The seller's small business introduced: warmth, no purpose.
      'jesteśmy (?:małą |niewielką )?(?:rodzinną )?(?:firmą|pracownią|pasieką|manufakturą)(?: z \\p{L}+)?', 'każde zamówienie to dla nas (?:ogromna |wielka )?radość',
    ],
    confirmation: [
      '(?:pana|pani|państwa|panstwa|twoje|twoja|twój) (?:zam[óo]wieni\\p{L}{1,3}|przesył\\p{L}{1,4}|paczk\\p{L}{1,2})(?: \\d{3}-\\d{7}-\\d{7})? (?:zostało|zostala|została|zostal|został|jest|są) (?:dziś |dzisiaj |już |juz |właśnie |wlasnie )*(?:wysłan\\p{L}{1,3}|wyslan\\p{L}{1,3}|nadan\\p{L}{1,3}|spakowan\\p{L}{1,3}|przekazan\\p{L}{1,3}|potwierdzon\\p{L}{1,3}|w drodze)',
      '(?:wysłaliśmy|wyslalismy|nadaliśmy|nadalismy|spakowaliśmy|przekazaliśmy)(?: \\p{L}+){0,3} (?:zam[óo]wieni\\p{L}{1,3}|przesył\\p{L}{1,4}|paczk\\p{L}{1,2}|towar\\p{L}{0,2})',
      '(?:paczka|przesyłka|przesylka|zamówienie|zamowienie) (?:\\p{L}+ ){0,2}(?:jest )?(?:już |juz )?w drodze',
      '(?:numer|nr) (?:przesyłki|przesylki|śledzenia|sledzenia|nadania|listu przewozowego):?',
      'link do śledzenia(?: przesyłki)?:?',
      '(?:informujemy|uprzejmie informujemy),? (?:że|ze) (?:pana |pani |państwa |twoje )?(?:zam[óo]wieni\\p{L}{1,3}|przesył\\p{L}{1,4}|paczk\\p{L}{1,2})(?: \\d{3}-\\d{7}-\\d{7})? (?:zostało|została|został|jest) (?:\\p{L}+ ){0,2}(?:wysłan\\p{L}{1,3}|nadan\\p{L}{1,3}|przekazan\\p{L}{1,3}|spakowan\\p{L}{1,3}|w drodze)(?: (?:do wysyłki|do realizacji|przewoźnikowi|kurierowi|firmie kurierskiej))?',
      '(?:zam[óo]wieni\\p{L}{1,3}|przesył\\p{L}{1,4}|paczk\\p{L}{1,2})(?: \\d{3}-\\d{7}-\\d{7})? (?:zostało|została|został) (?:\\p{L}+ ){0,2}(?:wysłan|nadan|przekazan|spakowan)\\p{L}{1,3}(?: (?:do wysyłki|kurierowi|przewoźnikowi|firmie kurierskiej))?',
      '(?:paczk\\p{L}{1,2}|przesył\\p{L}{1,4}) (?:można|mozna|może pan|może pani|możesz) śledzić[^.!?\\n]{0,80}', 'przewidywan\\p{L}{1,3} (?:dostawa|doręczenie):?[^.!?\\n]{0,30}',
      '(?:potwierdzamy|potwierdzam) (?:\\p{L}+ ){0,2}(?:przyjęcie|otrzymanie|złożenie|wysyłkę|nadanie|realizację) (?:\\p{L}+ ){0,2}(?:zam[óo]wieni\\p{L}{1,3}|przesył\\p{L}{1,4}|paczk\\p{L}{1,2})(?: \\d{3}-\\d{7}-\\d{7})?(?: do realizacji)?', 'śledzenie przesyłki', 'sledzenie przesylki',
      '(?:powinn\\p{L}{1,3}|dotrze|dotrą|zostanie doręczon\\p{L}{1,2}) (?:\\p{L}+ ){0,3}(?:do pana|do pani|do państwa|do ciebie)?(?: \\p{L}+){0,3}(?:w ciągu|do|w|we|jutro|pojutrze|dziś)[^.!?\\n]{0,40}',
      'przewidywan\\p{L}{1,3} (?:termin |data )?(?:dostawy|doręczenia)[^.!?\\n]{0,40}',
    ],
    signOffs: [
      '(?:z )?(?:pozdrowieniami|wyrazami szacunku|poważaniem|powazaniem)', '(?:serdecznie |ciepło )?(?:pozdrawiam|pozdrawiamy)', '(?:serdeczne )?pozdrowienia', 'do usłyszenia', 'miłego dnia',
    ],
    checkIns: [
      `(?:czy )?(?:pana|pani|państwa|panstwa|twoje|twoja|twój) (?:\\p{L}+ ){0,2}${PARCEL}(?: \\d{3}-\\d{7}-\\d{7})? (?:\\p{L}+ ){0,3}(?:dotarł\\p{L}{0,2}|doszł\\p{L}{0,2}|dotarl\\p{L}{0,2}|przyszł\\p{L}{0,2}|dojechał\\p{L}{0,2}|doręczon\\p{L}{1,3})[^.!?\\n]{0,40}\\?`,
      `czy (?:[\\p{L}\\p{N}-]+ ){0,5}(?:dotarł\\p{L}{0,2}|doszł\\p{L}{0,2}|dotarl\\p{L}{0,2}|przyszł\\p{L}{0,2}|otrzymał\\p{L}{0,4}|otrzymal\\p{L}{0,4}|odebrał\\p{L}{0,4}|dostał\\p{L}{0,4})[^.!?\\n]{0,60}\\?`,
      '(?:chcieliśmy|chcielismy|chciałem|chciałam|chciałabym|chcielibyśmy|piszemy,? aby|piszę,? aby|piszemy,? żeby) (?:\\p{L}+,? ){0,4}(?:czy|jak) [^.!?\\n]{0,80}(?:dotarł\\p{L}{0,2}|doszł\\p{L}{0,2}|dotarl\\p{L}{0,2}|w porządku|w porzadku|podoba|sprawdza|zadowolon\\p{L}{1,3}|odebrał\\p{L}{0,4}|otrzymał\\p{L}{0,4})',
      '(?:chcieliśmy|chcielismy|chcielibyśmy|chciałem|chciałam|chciałabym|chcemy|piszemy,? (?:aby|żeby)) (?:\\p{L}+,? ){0,3}(?:upewnić|sprawdzić|potwierdzić)(?: się)?,? (?:że|ze|czy) [^.!?\\n]{0,100}(?:dotarł\\p{L}{0,2}|doszł\\p{L}{0,2}|dotarl\\p{L}{0,2}|w porządku|w porzadku|zadowolon\\p{L}{1,3}|odebrał\\p{L}{0,4}|otrzymał\\p{L}{0,4})[^.!?\\n]{0,60}',
      '(?:mamy nadzieję|mam nadzieję|mamy nadzieje|mam nadzieje),? (?:że|ze) (?:\\p{L}+ ){0,4}(?:dotarł\\p{L}{0,2}|doszł\\p{L}{0,2}|dotarl\\p{L}{0,2}|dojechał\\p{L}{0,2})[^.!?\\n]{0,30}\\s?\\??',
      '(?:czy )?wszystko (?:\\p{L}+ ){0,2}(?:w porządku|w porzadku|ok|okej|dobrze|gra)(?: z (?:\\p{L}+ ){0,3}\\p{L}+)?\\s?\\?',
      'jak (?:\\p{L}+ ){0,3}(?:sprawdza|sprawuje|podoba|spisuje)(?: się| sie)?[^.!?\\n]{0,60}\\?',
      '(?:kurier|przewoźnik|przewoznik|inpost|dpd|dhl|ups|gls|poczta) (?:\\p{L}+ ){0,3}(?:oznaczył|potwierdził|zaznaczył|pokazuje|wskazuje)[^.!?\\n]{0,40}(?:doręczon|dostarczon)\\p{L}{1,3}',
      // Whether it arrived undamaged: the check-in itself, no problem reported.
      'czy (?:[\\p{L}\\p{N}-]+ ){0,6}(?:dotarł|doszł|przyszł|dojechał)\\p{L}{0,2} (?:do (?:pana|pani|państwa) )?(?:bez uszkodzeń|w całości|cał\\p{L}{1,2} i zdrow\\p{L}{1,2}|w dobrym stanie)',
    ],
    helpOffers: [
      '(?:jesteśmy|jestesmy|jestem) (?:\\p{L}+ ){0,2}do (?:pana|pani|państwa|panstwa|twojej) dyspozycji',
      '(?:w razie|w przypadku) (?:jakichkolwiek )?(?:pytań|pytan|wątpliwości|watpliwosci|problemów)',
      '(?:chętnie|chetnie|zawsze) (?:\\p{L}+ ){0,2}(?:pomożemy|pomozemy|pomogę|pomoge|odpowiemy)',
      '(?:jesteśmy|jestesmy|jestem) (?:tu |tutaj |zawsze |do )?(?:\\p{L}+ )?(?:dla (?:pana|pani|państwa|panstwa|ciebie|was)|aby pomóc|żeby pomóc|by pomóc)',
      '(?:proszę|prosze|prosimy|śmiało|smialo) (?:\\p{L}+ ){0,2}(?:pisać|pisac|kontaktować|kontaktowac|o kontakt)(?: się| sie)?(?: z nami| ze mną)?(?: w każdej chwili| o każdej porze| kiedy tylko)?',
      '(?:jeśli|jeżeli|jesli|gdyby) (?:\\p{L}+ ){0,3}(?:czegokolwiek|czegoś|czegos|pomocy) (?:\\p{L}+ )?potrzebowa\\p{L}{1,5}',
      '(?:od (?:dziś|dzisiaj|teraz)|od tej pory) (?:jestem|jesteśmy|będę|bede|będziemy) (?:pana|pani|państwa|twoim|twoją|pani osobist\\p{L}{1,3}|pana osobist\\p{L}{1,3})[^.!?\\n]{0,60}',
      '(?:jestem|jesteśmy|jestesmy|będę|bede) (?:pana|pani|państwa|twoim|twoją|twoja) (?:\\p{L}+ )?(?:opiekun\\p{L}{0,3}|doradc\\p{L}{1,3}|konsultant\\p{L}{0,3}|osobą kontaktową|osoba kontaktowa)[^.!?\\n]{0,40}',
      '(?:nie wahaj|nie wahajcie|proszę się nie wahać)(?: się)?[^.!?\\n]{0,60}',
      '(?:zawsze|w każdej chwili|kiedy tylko) (?:\\p{L}+ ){0,3}(?:może|mogą|możesz) (?:\\p{L}+ ){0,3}(?:napisać|zwrócić|skontaktować|liczyć)[^.!?\\n]{0,40}',
      // Help offered for whenever the buyer needs it.
      '(?:w razie|gdyby (?:pan|pani) mia\\p{L}{1,2}) (?:jakichkolwiek )?pyta\\p{L}{1,3}', 'jesteśmy do (?:pana|pani|państwa) dyspozycji',
    ],
    purpose: [
      'niestety', 'przeprasza\\p{L}{0,4}', 'przepros\\p{L}{1,5}', '(?<!bez )uszkodz\\p{L}{1,5}', 'wad\\p{L}{1,3}', 'brak\\p{L}{0,3}', 'brakuj\\p{L}{1,3}',
      'błęd\\p{L}{1,3}', 'pomył\\p{L}{1,3}', 'problem\\p{L}{0,3}', 'opóźni\\p{L}{1,4}', 'opozni\\p{L}{1,4}', 'niedostępn\\p{L}{1,3}', 'wyprzedan\\p{L}{1,3}',
      'zwrot\\p{L}{0,3}', 'zwróc\\p{L}{1,5}', 'wymian\\p{L}{1,2}', 'reklamacj\\p{L}{1,2}', 'gwarancj\\p{L}{1,2}', 'faktur\\p{L}{1,3}', 'instrukcj\\p{L}{1,2}',
      'w załączniku', 'w zalaczniku', 'załącz\\p{L}{1,6}', 'zalacz\\p{L}{1,6}', 'adres\\p{L}{0,3}', 'termin\\p{L}{0,3} (?:montażu|montazu|wizyty|odbioru)', '(?:ustal|uzgodn|umów|umow|wybierz|wybrać|zaproponuj|zaproponowa)\\p{L}{0,6} (?:\\p{L}+ )?termin\\p{L}{0,3}', 'grawer\\p{L}{0,5}', 'personaliz\\p{L}{1,6}',
      'projekt\\p{L}{0,3}', 'wizualizacj\\p{L}{1,2}', 'anul\\p{L}{1,6}', 'prosimy o', 'proszę o', 'prosze o', 'czy mógłby', 'czy mogłaby', 'czy mogliby', 'czy może pan', 'czy może pani',
      'opini\\p{L}{0,2}', 'recenzj\\p{L}{1,2}', 'ocen\\p{L}{1,2}', 'zdjęci\\p{L}{1,3}', 'zdjec\\p{L}{1,3}', 'wymiar\\p{L}{0,3}', 'potrzebujemy', 'bezpieczeństw\\p{L}{1,2}',
      'montaż\\p{L}{0,2}', 'montaz\\p{L}{0,2}', 'cło', 'cła', 'celn\\p{L}{1,3}',
      '(?:ze względu|z powodu|z uwagi) na', 'dopiero', 'pamięta\\p{L}{1,4}', 'przed (?:pierwszym )?użyciem', 'należy', 'wskazówk\\p{L}{1,3}',
      'utknęł\\p{L}{1,2}', 'utknel\\p{L}{1,2}', 'nie (?:dotrze|dotarł\\p{L}{0,2}|doszł\\p{L}{0,2}|dotarl\\p{L}{0,2})', 'zaginęł\\p{L}{1,2}', 'zgubion\\p{L}{1,3}',
      '(?:wyślemy|wyslemy|wyśle|prześlemy) (?:\\p{L}+ ){0,2}(?:now\\p{L}{1,2}|drug\\p{L}{1,2}|ponownie|jeszcze raz)', 'potwierdz\\p{L}{1,3} (?:\\p{L}+ )?(?:adres|termin|projekt|dane|tekst)',
      // Instructions for the item (what to do before use) are a purpose of their own.
      'prosimy pamiętać', 'przed użyciem', 'przed pierwszym użyciem',
    ],
  },

  topics: {
    address: [
      'adres\\p{L}{0,3}', 'zaadresowan\\p{L}{1,3}', 'kod\\p{L}{0,4} pocztow\\p{L}{1,3}', 'numer\\p{L}{0,2} (?:domu|mieszkania|lokalu)', 'ulic\\p{L}{1,2}', 'mieszkani\\p{L}{1,2}',
      'klatk\\p{L}{1,2}', 'piętr\\p{L}{1,2}', 'domofon\\p{L}{0,2}', 'paczkomat\\p{L}{0,3}', 'niepełn\\p{L}{1,3}', 'niekompletn\\p{L}{1,3}', 'odbiorc\\p{L}{1,2}',
      'nie(?:możliw| da się) (?:\\p{L}+ ){0,2}doręcz\\p{L}{1,4}', 'zwrócon\\p{L}{1,3} do nadawcy', 'zwrot do nadawcy',
      'budyn\\p{L}{1,3}', 'miejscowoś\\p{L}{1,3}', 'miast\\p{L}{1,2}', 'lokal\\p{L}{0,3}', 'nieznan\\p{L}{1,3} (?:adres|odbiorc)\\p{L}{0,3}',
      'nie (?:można|mozna|da się|udało się|udalo sie) (?:\\p{L}+ ){0,2}(?:doręczyć|dostarczyć|znaleźć|dorecz\\p{L}{1,4})', 'wróciła do nas', 'przeprowadz\\p{L}{1,5}',
      'dan\\p{L}{1,3} (?:do )?(?:wysyłki|dostawy|odbiorcy)', 'skrytk\\p{L}{1,2}', 'punkt\\p{L}{0,2} odbioru', 'literówk\\p{L}{1,2}', 'błędn\\p{L}{1,3} (?:adres|kod|numer)\\p{L}{0,3}',
    ],
    deliveryScheduling: [
      'termin\\p{L}{0,3} (?:dostawy|doręczenia|montażu|montazu|wizyty)', 'umówi\\p{L}{1,4}', 'umowi\\p{L}{1,4}', 'ustali\\p{L}{1,4} (?:\\p{L}+ )?termin',
      'przedział\\p{L}{0,2} czasow\\p{L}{1,3}', 'godzin\\p{L}{0,2}', 'przed południem', 'po południu', 'któr\\p{L}{1,2} dzie\\p{L}{1,2}', 'dzień dostawy',
      'spedyc\\p{L}{1,4}', 'spedytor\\p{L}{0,2}', 'wniesieni\\p{L}{1,2}', 'wniesie\\p{L}{1,3}', 'wind\\p{L}{1,2}', 'schod\\p{L}{1,3}', 'montaż\\p{L}{0,2}', 'montaz\\p{L}{0,2}',
      'instalacj\\p{L}{1,2}', 'palet\\p{L}{1,2}', 'odpowiada (?:pan\\p{L}{0,2}|państwu|ci)', 'pasuje (?:pan\\p{L}{0,2}|państwu|ci)',
      'poniedział\\p{L}{1,4}', 'wtor\\p{L}{1,4}', 'środ\\p{L}{1,2}', 'czwart\\p{L}{1,4}', 'piąt\\p{L}{1,4}', 'sobot\\p{L}{1,2}', 'rano', 'wieczor\\p{L}{0,3}',
      'będzie (?:\\p{L}+ ){0,2}w domu', 'przyjedzie', 'przyjad\\p{L}{1,4}', 'przywiez\\p{L}{1,4}', 'odebra\\p{L}{1,4}', 'na miejscu', 'w przyszłym tygodniu',
      'kiedy (?:\\p{L}+ ){0,3}(?:będzie|będą|pasuje|odpowiada|można)', 'odbi(?:ór|oru|erze|erzemy|orze)', 'termin\\p{L}{0,3}',
    ],
    delivery: [
      'kurier\\p{L}{0,3}', 'kierowc\\p{L}{1,3}', 'doręcz\\p{L}{1,5}', 'dostarcz\\p{L}{1,5}', 'dostaw\\p{L}{1,3}', '(?:dpd|dhl|ups|gls|inpost|fedex)',
      'w domu', 'między \\d{1,2}(?::\\d{2})? a \\d{1,2}', 'w godzinach',
    ],
    customization: [
      'grawer\\p{L}{0,6}', 'wygraw\\p{L}{1,6}', 'personaliz\\p{L}{1,6}', 'spersonalizow\\p{L}{1,6}', 'indywidualn\\p{L}{1,3}', 'na zamówienie', 'na wymiar',
      'projekt\\p{L}{0,3}', 'wizualizacj\\p{L}{1,2}', 'podgląd\\p{L}{0,2}', 'czcionk\\p{L}{1,2}', 'napis\\p{L}{0,2}', 'dedykacj\\p{L}{1,2}', 'inicjał\\p{L}{0,2}',
      'nadruk\\p{L}{0,2}', 'haft\\p{L}{0,2}', 'wyhaftow\\p{L}{1,4}', 'nadrukow\\p{L}{1,4}', 'pisowni\\p{L}{1,2}', 'tekst\\p{L}{0,2}', 'zdjęci\\p{L}{1,3}', 'logo',
      'wymiar\\p{L}{0,3}', 'kolor\\p{L}{0,3} (?:nici|napisu|czcionki)', 'akceptacj\\p{L}{1,2} projektu', 'zatwierdz\\p{L}{1,5}',
      'wzór', 'wzor\\p{L}{1,3}', 'motyw\\p{L}{0,2}', 'plik\\p{L}{0,3}', 'druk\\p{L}{0,3}', 'wydruk\\p{L}{0,3}', 'na specjalne zamówienie', 'według projektu',
      'poprawk\\p{L}{1,2}', 'monogram\\p{L}{0,3}', 'wykończeni\\p{L}{1,2}', 'imi(?:ę|e|enia|eniem)', 'liter\\p{L}{0,3}', 'kolor\\p{L}{0,3}', 'rozmiar\\p{L}{0,3}', 'dedykowan\\p{L}{1,3}',
    ],
    review: [REVIEW_STRICT, 'ocen\\p{L}{1,2} (?:produktu|sprzedawcy|zakupu)'],
    problem: [
      // A part only the seller has, a failed delivery, a jammed zip, a repair, an order that could not ship.
      'nie ma (?:\\p{L}+ ){0,2}(?:w magazynie|na stanie)', 'zapasow\\p{L}{1,3}', 'częś(?:ć|ci|ciami) zamienn\\p{L}{1,3}', 'nie udał\\p{L}{0,2}', 'nieudan\\p{L}{1,3}', 'nie działał\\p{L}{0,2}',
      'zablokow\\p{L}{1,4}', 'zacię\\p{L}{1,4}', 'zacina\\p{L}{0,3}', 'napraw\\p{L}{1,5}', 'szew', 'szw\\p{L}{1,2}', 'anulow\\p{L}{1,8}', 'nie dało się (?:\\p{L}+ )?(?:dostarczyć|wysłać|zrealizować)', 'nie jest (?:już )?dostępn\\p{L}{1,3}',
      'niestety', 'przeprasza\\p{L}{0,4}', 'przykro nam', 'uszkodz\\p{L}{1,5}', 'zniszcz\\p{L}{1,5}', 'pęknię\\p{L}{1,3}', 'pęk\\p{L}{1,4}', 'rozbit\\p{L}{1,3}', 'rysk\\p{L}{1,2}',
      'wad\\p{L}{1,3}', 'usterk\\p{L}{1,2}', 'brak\\p{L}{0,3}', 'brakuj\\p{L}{1,3}', 'błęd\\p{L}{1,3}', 'pomył\\p{L}{1,3}', 'opóźni\\p{L}{1,4}', 'opozni\\p{L}{1,4}',
      'zaginęł\\p{L}{1,2}', 'zgubion\\p{L}{1,3}', 'niedostępn\\p{L}{1,3}', 'wyprzedan\\p{L}{1,3}', 'brak (?:na )?stanie', 'wycofan\\p{L}{1,3}', 'bezpieczeństw\\p{L}{1,2}',
      'problem\\p{L}{0,3}', 'reklamacj\\p{L}{1,2}', 'zwrot\\p{L}{0,3}', 'wymian\\p{L}{1,2}', 'wymieni\\p{L}{1,4}', 'nie działa', 'nie dziala', 'przestał\\p{L}{0,2} działać',
      'strajk\\p{L}{0,2}', 'pogod\\p{L}{1,2}', 'burz\\p{L}{1,2}', 'śnieżyc\\p{L}{1,2}', 'przesunięt\\p{L}{1,3}', 'niezgodn\\p{L}{1,3}', 'zł\\p{L}{1,2} (?:rozmiar|kolor|model)',
      'przegrzew\\p{L}{1,4}', 'przeciek\\p{L}{1,4}', 'anul\\p{L}{1,6}', 'zastępcz\\p{L}{1,3}', 'cło', 'cła', 'utknęł\\p{L}{1,2}',
      'nie (?:możemy|mozemy|będziemy mogli|jesteśmy w stanie) (?:\\p{L}+ ){0,2}(?:wysłać|wyslac|dostarczyć|zrealizować|wykonać)', 'wstrzyma\\p{L}{1,4}', 'zatrzyma\\p{L}{1,4}',
      'zaginion\\p{L}{1,3}', 'nie dotarł\\p{L}{0,2}', 'wadliw\\p{L}{1,3}', 'awari\\p{L}{1,2}', 'zepsu\\p{L}{1,4}', 'zabrakło', 'na stanie', 'producent\\p{L}{0,3}',
      'dostawc\\p{L}{1,3}', 'ostrzeżeni\\p{L}{1,2}', 'niebezpiecz\\p{L}{1,5}', 'sortowni\\p{L}{1,2}', 'nieoczekiwan\\p{L}{1,3}', 'przykro',
    ],
  },
};
