/**
 * Polish phrase data (lib/rules/phrases/pl.ts): for every rule that Polish phrases feed, cases
 * that must be found and near-misses that must not, in the registers sellers write (the formal
 * Pan / Pani / Państwo, the informal ty and wy, text typed without Polish letters).
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/rules/index.ts';
import { runRuleTable } from './tester.ts';

const order = '405-1234567-1234567';

runRuleTable('pl: review-positive', 'review-positive', {
  valid: [
    'Będziemy wdzięczni za opinię o produkcie na Amazon.',
    'Dziękujemy za pozytywną opinię! Brakującą śrubkę wyślemy jutro.',
    'Pięć śrub M4 znajdzie Pan w woreczku B.',
  ],
  invalid: [
    {
      text: 'Prosimy o wystawienie pozytywnej opinii na Amazon.',
      errors: [{ ruleId: 'review-positive', actual: 'pozytywnej opinii' }],
      output: 'Prosimy o wystawienie opinii na Amazon.',
    },
    { text: 'Będzie nam bardzo miło, jeśli zostawisz 5 gwiazdek.', errors: [{ ruleId: 'review-positive' }] },
    { text: 'Liczymy na dobrą recenzję i maksymalną ocenę.', errors: [{ ruleId: 'review-positive' }, { ruleId: 'review-positive' }] },
  ],
});

runRuleTable('pl: review-conditional', 'review-conditional', {
  valid: [
    'Jeśli znajdzie Pani chwilę, prosimy o opinię o lampie na Amazon.',
    'Jeśli kolor się nie podoba, wymienimy koc. Będziemy wdzięczni za szczerą opinię.',
    'Czy jest Pan zadowolony z wybranego wzoru graweru? Prosimy o akceptację do piątku.',
  ],
  invalid: [
    { text: 'Jeśli jest Pan zadowolony z zakupu, prosimy o wystawienie opinii.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Podoba Ci się kubek? Zostaw nam opinię na Amazon!', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Jeżeli produkt spełnił Państwa oczekiwania, będziemy wdzięczni za kilka słów na Amazon.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Zanim wystawi Pani negatywną opinię, prosimy najpierw o kontakt.', errors: [{ ruleId: 'review-conditional' }, { ruleId: 'review-conditional' }] },
  ],
});

runRuleTable('pl: review-incentive', 'review-incentive', {
  valid: [
    'Wyślemy bezpłatnie nowy egzemplarz i przepraszamy za kłopot. Będziemy wdzięczni za opinię.',
    'Za uszkodzony blat zwróciliśmy Panu 20% ceny.',
  ],
  invalid: [
    { text: 'Za wystawienie opinii otrzyma Pani bon na 20 zł.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'W zamian za recenzję wyślemy Ci prezent.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Każdy, kto podzieli się wrażeniami na Amazon, dostanie od nas darmowy kubek.', errors: [{ ruleId: 'review-incentive' }] },
  ],
});

runRuleTable('pl: review-pressure', 'review-pressure', {
  valid: [
    'Jesteśmy małą rodzinną firmą i każdy kubek malujemy ręcznie. Będzie nam miło, jeśli wystawi Pan opinię.',
    'Każda szczera opinia pomaga innym kupującym w wyborze.',
    'Pana opinia jest dla nas bardzo ważna. Prosimy o ocenę produktu na Amazon.',
  ],
  invalid: [
    { text: 'Bez Państwa opinii nasza mała firma nie przetrwa.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'Bardzo potrzebujemy Twojej opinii, od niej zależy nasza przyszłość.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'Ponownie przypominamy o wystawieniu opinii do zamówienia.', errors: [{ ruleId: 'review-pressure' }] },
  ],
});

runRuleTable('pl: review-instruction', 'review-instruction', {
  valid: [
    'Jak wspomniał Pan w opinii, karton był zgnieciony; wysyłamy nowy egzemplarz.',
    'Proszę napisać nam, ile krzeseł jeszcze potrzeba.',
  ],
  invalid: [
    { text: 'Prosimy wspomnieć w opinii o szybkiej wysyłce.', errors: [{ ruleId: 'review-instruction' }] },
    { text: 'Skopiuj te miłe słowa do recenzji na Amazon.', errors: [{ ruleId: 'review-instruction' }] },
    { text: 'Napisz w opinii, że wszystko dotarło na czas.', errors: [{ ruleId: 'review-instruction' }] },
  ],
});

runRuleTable('pl: review-change', 'review-change', {
  valid: [
    'Przeczytaliśmy Pana opinię i poprawiliśmy opakowanie.',
    'Proszę zmienić adres dostawy w swoim koncie Amazon.',
    'Jeśli uważają Państwo, że rozwiązaliśmy Państwa problem, mogą Państwo zaktualizować lub usunąć pierwotnie wystawioną opinię tutaj.',
  ],
  invalid: [
    { text: 'Czy mogłaby Pani usunąć swoją opinię, skoro problem jest już rozwiązany?', errors: [{ ruleId: 'review-change' }] },
    { text: 'Prosimy o zmianę oceny na wyższą.', errors: [{ ruleId: 'review-change' }] },
    { text: 'Zaktualizuj proszę swoją recenzję.', errors: [{ ruleId: 'review-change' }] },
  ],
});

runRuleTable('pl: contact-request', 'contact-request', {
  valid: [
    'Czy numer telefonu w zamówieniu jest aktualny? Kurier zadzwoni przed dostawą.',
    'Prosimy przesłać nam numer seryjny z tabliczki znamionowej.',
    'Prosimy podać numer telefonu dla kierowcy firmy spedycyjnej.',
  ],
  invalid: [
    { text: 'Proszę podać nam swój numer telefonu, żeby technik mógł oddzwonić.', errors: [{ ruleId: 'contact-request' }] },
    { text: 'Wyślij mi swój adres e-mail, to prześlę instrukcję.', errors: [{ ruleId: 'contact-request' }] },
    { text: 'Pod jakim numerem możemy się z Panem skontaktować?', errors: [{ ruleId: 'contact-request' }] },
  ],
});

runRuleTable('pl: messenger-contact', 'messenger-contact', {
  valid: ['W razie problemów z dostawą proszę zadzwonić do kuriera.', 'Podajemy nasz numer referencyjny zgłoszenia: R-2291.'],
  invalid: [
    { text: 'Prosimy zadzwonić do nas, to wszystko wyjaśnimy.', errors: [{ ruleId: 'messenger-contact' }] },
    { text: 'Kolejne zamówienia może Pan składać u nas telefonicznie.', errors: [{ ruleId: 'messenger-contact' }] },
  ],
});

runRuleTable('pl: messenger-app', 'messenger-app', {
  valid: ['Zdjęcia może Pan przesłać tutaj, w wiadomościach Amazon.'],
  invalid: [
    { text: 'Napisz do nas na WhatsAppie, tam odpowiadamy szybciej.', errors: [{ ruleId: 'messenger-app' }] },
    { text: 'Zdjęcia proszę wysłać w prywatnej wiadomości na Instagramie.', errors: [{ ruleId: 'messenger-app' }] },
  ],
});

runRuleTable('pl: off-amazon-sale', 'off-amazon-sale', {
  valid: [
    'Instrukcję znajdzie Pan także na naszej stronie producenta.',
    'Nie możemy przyjmować zamówień poza Amazon.',
    'Paczka zostanie wysłana bezpośrednio od nas, z magazynu w Poznaniu.',
  ],
  invalid: [
    { text: 'Następnym razem proszę kupować bezpośrednio u nas.', errors: [{ ruleId: 'off-amazon-sale' }] },
    { text: 'W naszym sklepie internetowym stolik jest tańszy.', errors: [{ ruleId: 'off-amazon-sale' }] },
    { text: 'Drugi fotel możemy sprzedać Panu poza Amazonem.', errors: [{ ruleId: 'off-amazon-sale', actual: 'poza Amazonem' }] },
  ],
});

runRuleTable('pl: off-amazon-payment', 'off-amazon-payment', {
  valid: ['Nie przyjmujemy płatności przelewem ani gotówką: wszystkie płatności idą przez Amazon.', 'Cło pobiera kurier przy odbiorze, gotówką lub kartą.'],
  invalid: [
    { text: 'Wystarczy zapłacić przelewem na nasze konto.', errors: [{ ruleId: 'off-amazon-payment' }] },
    { text: 'Możesz zapłacić BLIKIEM, wyślę Ci numer.', errors: [{ ruleId: 'off-amazon-payment' }] },
  ],
});

runRuleTable('pl: cancellation-request', 'cancellation-request', {
  valid: [
    'Możemy anulować zamówienie i zwrócić całą kwotę.',
    'Prosimy nie anulować zamówienia: paczka jest już w drodze.',
    'Nie musi Pan niczego anulować, wyślemy brakującą część.',
  ],
  invalid: [
    { text: 'Proszę anulować zamówienie na swoim koncie.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Czy mógłby Pan anulować zamówienie? Nie mamy towaru.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Anuluj proszę zamówienie w aplikacji.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Prosimy złożyć wniosek o anulowanie w sekcji Twoje zamówienia.', errors: [{ ruleId: 'cancellation-request' }] },
  ],
});

runRuleTable('pl: opt-out', 'opt-out', {
  valid: ['Fakturę wypiszemy na firmę, prosimy o numer NIP.', 'Proszę nacisnąć przycisk „STOP” na pilocie.'],
  invalid: [
    { text: 'Jeśli nie chce Pan otrzymywać takich wiadomości, proszę odpisać STOP.', errors: [{ ruleId: 'opt-out' }, { ruleId: 'opt-out' }] },
    { text: 'Możesz się wypisać z naszych wiadomości w każdej chwili.', errors: [{ ruleId: 'opt-out' }] },
  ],
});

runRuleTable('pl: promotion', 'promotion', {
  valid: [
    'Kod błędu E4 oznacza zablokowany filtr.',
    'W załączniku dowód sprzedaży dla ubezpieczyciela.',
    'Za rysę zwróciliśmy 15% ceny.',
    'Jako rekompensatę za rysę na blacie proponujemy 15% rabatu na to zamówienie, zwrot zlecimy przez Amazon.',
  ],
  invalid: [
    { text: 'Z kodem rabatowym LATO10 otrzymasz 10% zniżki na kolejne zakupy.', errors: [{ ruleId: 'promotion' }, { ruleId: 'promotion' }, { ruleId: 'promotion' }] },
    { text: 'Zapraszamy do naszego sklepu, mamy też pasujące poszewki.', errors: [{ ruleId: 'promotion' }, { ruleId: 'promotion' }] },
    { text: 'Obserwuj nas na Instagramie!', errors: [{ ruleId: 'promotion' }, { ruleId: 'promotion' }] },
  ],
});

runRuleTable('pl: help-only', 'help-only', {
  valid: ['Dzień dobry, jestem Pani opiekunką. Niestety w paczce zabrakło śrubki, wyślemy ją dziś. Pozdrawiam'],
  invalid: [
    { text: 'Dzień dobry, od dziś jestem Pana osobistym opiekunem. W razie pytań jestem do dyspozycji. Pozdrawiam, Anna', errors: [{ ruleId: 'help-only' }] },
  ],
});

runRuleTable('pl: delivery-check-in', 'delivery-check-in', {
  valid: ['Dzień dobry, kurier oznaczył paczkę jako doręczoną, ale jej nie ma? Zgłosimy reklamację. Pozdrawiamy'],
  invalid: [
    { text: `Dzień dobry, czy paczka z zamówienia ${order} dotarła już do Pani? Pozdrawiamy`, errors: [{ ruleId: 'delivery-check-in' }] },
    { text: 'Cześć, wszystko w porządku z dostawą? Pozdrawiamy, Ola', errors: [{ ruleId: 'delivery-check-in' }] },
  ],
});

runRuleTable('pl: thank-you-only', 'thank-you-only', {
  valid: [`Dziękujemy za zamówienie ${order}. Jaki kolor nici wybiera Pani do haftu?`],
  invalid: [
    { text: 'Dzień dobry, serdecznie dziękujemy za zakup i zaufanie. Życzymy wielu miłych chwil z kocem! Pozdrawiamy, Zespół Len', errors: [{ ruleId: 'thank-you-only' }] },
  ],
});

runRuleTable('pl: placeholder', 'placeholder', {
  valid: [
    { text: 'Grawer: [Ola + Kuba 2021]. Czy tekst jest poprawny?', options: { asSent: true } },
    { text: 'Dzień dobry {buyerName}, w załączniku faktura.', options: { asSent: false } },
  ],
  invalid: [
    { text: 'Dzień dobry [Imię kupującego], w załączniku faktura.', options: { asSent: true }, errors: [{ ruleId: 'placeholder', actual: '[Imię kupującego]' }] },
    { text: 'Faktura do zamówienia {numer_zamówienia} w załączniku.', options: { asSent: true }, errors: [{ ruleId: 'placeholder' }] },
  ],
});

runRuleTable('pl: critical-reason-misuse', 'critical-reason-misuse', {
  valid: [
    {
      text: `Dzień dobry,\n\nniestety lustro z zamówienia ${order} pękło w transporcie. Wysyłamy dziś nowe.\n\nPozdrawiamy`,
      options: { contactReason: 'unexpected-problem' },
    },
    {
      text: `Dzień dobry,\n\nsofa z zamówienia ${order} przyjedzie z firmą spedycyjną. Czy pasuje Panu wtorek między 8 a 12?\n\nPozdrawiamy`,
      options: { contactReason: 'delivery-scheduling' },
    },
    {
      text: `Dzień dobry,\n\nw załączniku projekt tabliczki z zamówienia ${order}. Prosimy o akceptację, wtedy wykonamy grawer.\n\nPozdrawiamy`,
      options: { contactReason: 'customization' },
    },
    {
      text: `Dzień dobry,\n\npaczka z zamówienia ${order} wróciła do nas: w adresie brakuje numeru mieszkania. Prosimy o pełny adres.\n\nPozdrawiamy`,
      options: { contactReason: 'address-issue' },
    },
  ],
  invalid: [
    {
      text: `Dzień dobry,\n\nmamy nadzieję, że termos z zamówienia ${order} dobrze się sprawdza. Prosimy o opinię na Amazon.\n\nPozdrawiamy`,
      options: { contactReason: 'address-issue' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
    {
      text: 'Dzień dobry,\n\ndziękujemy za zakupy i życzymy miłego dnia.\n\nPozdrawiamy',
      options: { contactReason: 'delivery-scheduling' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
  ],
});

runRuleTable('pl: important-tag', 'important-tag', {
  valid: ['Ważne: przed użyciem proszę zdjąć folię.'],
  invalid: [
    { text: 'Adres dostawy', subject: '[WAŻNE] Zamówienie', errors: [{ ruleId: 'important-tag', field: 'subject' }] },
    { text: '(Pilne) Prosimy o potwierdzenie napisu.', errors: [{ ruleId: 'important-tag' }] },
  ],
});

// Wordings found while probing for general phrasing, with their near-misses.
runRuleTable('pl: review-conditional (jeśli tak)', 'review-conditional', {
  valid: ['Czy rozmiar pasuje? Jeśli tak, wyślemy drugą parę w tym samym rozmiarze.'],
  invalid: [{ text: 'Hej, jak się podoba nowa lampka? Jeśli tak, daj znać innym w recenzji na Amazon!', errors: [{ ruleId: 'review-conditional' }] }],
});

runRuleTable('pl: review-incentive (assessments are no reviews)', 'review-incentive', {
  valid: [
    'Zwrócimy pieniądze po ocenie reklamacji przez nasz serwis.',
    'Po ocenie stanu zwróconego telefonu zwrócimy 100% kwoty.',
  ],
  invalid: [{ text: 'Po dodaniu recenzji zwrócimy Panu 30 zł.', errors: [{ ruleId: 'review-incentive' }] }],
});

runRuleTable('pl: cancellation-request (Amazon cancels)', 'cancellation-request', {
  valid: ['Amazon może automatycznie anulować zamówienie, jeśli nie wyślemy go do piątku.'],
  invalid: [{ text: 'Mogą Państwo sami anulować zamówienie, klikając „Anuluj produkty”.', errors: [{ ruleId: 'cancellation-request' }] }],
});

runRuleTable('pl: delivery-check-in (a hope asked as a question)', 'delivery-check-in', {
  valid: ['Dzień dobry, mam nadzieję, że paczka dotarła? Kurier zgłosił uszkodzenie kartonu, prosimy o zdjęcie. Pozdrawiam'],
  invalid: [{ text: 'Dzień dobry Pani Ewo, mam nadzieję, że paczka dotarła cała i zdrowa? Pozdrawiam', errors: [{ ruleId: 'delivery-check-in' }] }],
});

runRuleTable('pl: review manipulation in indirect wordings', 'review-manipulation', {
  valid: [
    'Będziemy wdzięczni za opinię na Amazon – zarówno pozytywną, jak i krytyczną.',
    'Pani pozytywna opinia bardzo nas ucieszyła. Brakującą śrubkę wysyłamy dziś.',
  ],
  invalid: [
    { text: 'Skoro lampa sprawdziła się w Pani salonie, może zechce Pani opowiedzieć o tym innym kupującym na Amazon?', errors: [{ category: 'review-manipulation' }] },
    { text: 'Jesteśmy małym sklepem i każda gwiazdka ma dla nas ogromne znaczenie. Prosimy o ocenę.', errors: [{ category: 'review-manipulation' }] },
    { text: 'Byłoby super, gdyby Pani skopiowała miłe słowa z wiadomości do recenzji.', errors: [{ category: 'review-manipulation' }] },
    { text: 'Zanim ocenisz nas na Amazon, napisz do nas, jeśli coś poszło nie tak.', errors: [{ category: 'review-manipulation' }] },
  ],
});

runRuleTable('pl: cancellation-request (indirect)', 'cancellation-request', {
  valid: ['Jeśli woli Pani zrezygnować z zamówienia, wystarczy krótka odpowiedź, a anulujemy je od razu.'],
  invalid: [
    { text: 'Najprościej będzie, jeśli sam Pan anuluje zamówienie w zakładce Twoje zamówienia.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Czy mogłaby Pani wycofać zamówienie? My niestety nie możemy go zrealizować.', errors: [{ ruleId: 'cancellation-request' }] },
  ],
});

describe('pl: detectLanguage tells Polish from its neighbours in short messages', () => {
  const cases: [string, string][] = [
    ['Dzień dobry, paczka jest już w drodze i dotrze do Pana w czwartek.', 'pl'],
    ['Prosimy o potwierdzenie adresu, bo kurier nie może znaleźć budynku.', 'pl'],
    ['Dziekujemy za zamowienie, prosze sprawdzic czy adres jest poprawny.', 'pl'],
    ['Czy może Pani przesłać zdjęcie uszkodzenia? Wtedy wyślemy nowy egzemplarz.', 'pl'],
    // Neighbours: German, Portuguese (na, do), Turkish.
    ['Das Paket ist unterwegs und kommt am Donnerstag bei Ihnen an.', 'de'],
    ['Hello, the parcel is on its way and should arrive on Thursday.', 'en'],
    ['Olá, o seu pedido já está a caminho e chega na quinta-feira.', 'pt'],
    ['Merhaba, paketiniz yolda ve perşembe günü size ulaşacak.', 'tr'],
  ];
  for (const [text, language] of cases) {
    it(`${JSON.stringify(text.slice(0, 30))} -> ${language}`, () => {
      expect(detectLanguage(text)).toBe(language);
    });
  }
});
