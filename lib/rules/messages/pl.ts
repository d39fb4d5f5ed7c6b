/**
 * Polish, in the words of Seller Central (amazon.pl): wiadomości kupujący–sprzedawca, powód kontaktu.
 * The seller is addressed as Polish software addresses its user, with the imperative (wybierz, usuń).
 */
import type { MessageCatalog } from './types.ts';

const KEEP_IN_MESSAGING = 'prowadź rozmowę w wiadomościach kupujący–sprzedawca.';

export const pl: MessageCatalog = {
  rules: {
    'important-tag': {
      title: 'Oznaczenie „[Important]”',
      why: 'Amazon usunął możliwość dodania „[Important]”, by obejść rezygnację kupującego z wiadomości; wiadomości z powodem kontaktu niezbędnym do realizacji zamówienia i tak są dostarczane.',
      messages: {
        tag:
          '„{actual}”: Amazon usunął opcję „[Important]”: oznaczenie nie omija już rezygnacji kupującego z wiadomości i może spowodować zablokowanie wiadomości. ' +
          'Jeśli wiadomość jest niezbędna do realizacji zamówienia, wybierz zamiast tego odpowiedni powód kontaktu (personalizacja produktu, ustalenie terminu dostawy ' +
          'lub problem z adresem dostawy): takie wiadomości docierają także do kupujących, którzy zrezygnowali z wiadomości.',
      },
    },
    promotion: {
      title: 'Marketing i promocja',
      why: 'Wiadomości kupujący–sprzedawca nie mogą służyć marketingowi: żadnych kuponów, rabatów, innych produktów, newsletterów, programów poleceń ani linków do mediów społecznościowych.',
      messages: {
        phrase: '„{actual}” to treść promocyjna: wiadomości kupujący–sprzedawca nie mogą służyć marketingowi, kuponom ani innym produktom.',
      },
    },
    'review-positive': {
      title: 'Prośba o pozytywną opinię',
      why: 'Prośba o opinię musi być neutralna: nie wolno prosić o pozytywną ani pięciogwiazdkową opinię ani mówić kupującemu, co ma napisać.',
      messages: {
        phrase: '„{actual}” nakłania kupującego do pozytywnej opinii: poproś neutralnie („wystaw opinię”) albo wcale.',
      },
    },
    'review-conditional': {
      title: 'Warunkowa prośba o opinię',
      why: 'Proszenie o opinię tylko zadowolonych kupujących („jeśli nie, najpierw skontaktuj się z nami”) jest niedozwolone.',
      messages: {
        phrase: '„{actual}” prosi o opinię tylko wtedy, gdy kupujący jest zadowolony: każdego kupującego trzeba zapytać tak samo.',
      },
    },
    'review-incentive': {
      title: 'Korzyść w zamian za opinię',
      why: 'Oferowanie pieniędzy, zwrotów, kart podarunkowych, darmowych lub tańszych produktów czy jakiejkolwiek przyszłej korzyści w zamian za opinię jest niedozwolone.',
      messages: {
        phrase: '„{actual}” oferuje coś w zamian za opinię, na co Amazon nie pozwala.',
      },
    },
    'review-change': {
      title: 'Prośba o zmianę lub usunięcie opinii',
      why: 'Proszenie kupującego o zaktualizowanie, zmianę lub usunięcie opinii o produkcie lub o sprzedawcy jest niedozwolone.',
      messages: {
        phrase: '„{actual}” prosi kupującego o zmianę lub usunięcie opinii, na co Amazon nie pozwala.',
      },
    },
    'review-pressure': {
      title: 'Presja lub wywoływanie poczucia winy',
      why: 'Prośba o opinię musi być neutralna: błaganie, wywoływanie poczucia winy lub presja („bez Twojej oceny nasz mały sklep może nie przetrwać”) są niedozwolone.',
      messages: {
        phrase: '„{actual}” wywiera presję na kupującego w sprawie opinii: poproś raz, neutralnie, albo wcale.',
      },
    },
    'review-instruction': {
      title: 'Mówienie kupującemu, co ma napisać',
      why: 'Sprzedawcy nie mogą mówić kupującym, co mają napisać w opinii, ani kazać im kopiować do niej słów.',
      messages: {
        phrase: '„{actual}” mówi kupującemu, co ma napisać w opinii, na co Amazon nie pozwala.',
      },
    },
    'feedback-notice': {
      title: 'Informacja o zmianie opinii o sprzedawcy',
      why: 'Po rozwiązaniu problemu Amazon akceptuje jedynie neutralną informację, że kupujący może zaktualizować lub usunąć swoją opinię o sprzedawcy; wszystko, co idzie dalej, narusza zasady.',
      messages: {
        phrase:
          '„{actual}” wspomina o zmianie opinii kupującego. Po rozwiązaniu problemu Amazon akceptuje jedynie neutralną informację, własnymi słowami Amazon: „Jeśli uważają Państwo, że rozwiązaliśmy Państwa problem, mogą Państwo zaktualizować lub usunąć pierwotnie wystawioną opinię tutaj.”',
      },
    },
    'review-repeat': {
      title: 'Druga prośba o opinię do zamówienia',
      why: 'Amazon pozwala na jedną prośbę o opinię do zamówienia, we wszystkich kanałach.',
      messages: {
        repeat: '„{actual}” ponownie prosi o opinię: prośba o opinię do tego zamówienia została już wysłana {date}, a Amazon pozwala na jedną na zamówienie.',
      },
    },
    'amazon-product-link': {
      title: 'Link do produktu, sklepu lub wyszukiwania na Amazon',
      why: 'Linki do stron produktów, sklepów, stron sprzedawców i wyników wyszukiwania promują produkty; wolno linkować tylko do zamówienia, zwrotów i strony opinii.',
      messages: {
        link: '„{actual}” prowadzi do produktu, sklepu lub wyszukiwania na Amazon, co promuje produkty: dozwolone są tylko linki do zamówienia, zwrotów lub strony opinii.',
      },
    },
    'external-link': {
      title: 'Link poza Amazon',
      why: 'Dozwolone są tylko linki do Amazon, linki do śledzenia przesyłki u przewoźnika i bezpieczne linki niezbędne do realizacji zamówienia.',
      messages: {
        link: '„{actual}” prowadzi poza Amazon: dozwolone są tylko strony Amazon, linki do śledzenia przesyłki u przewoźnika i bezpieczne linki niezbędne do realizacji zamówienia.',
        insecureLink:
          '„{actual}” prowadzi poza Amazon: dozwolone są tylko strony Amazon, linki do śledzenia przesyłki u przewoźnika i bezpieczne linki niezbędne do realizacji zamówienia. Do tego nie jest bezpieczny (http).',
      },
    },
    'insecure-link': {
      title: 'Niezabezpieczony link (http)',
      why: 'Linki muszą być bezpieczne (https): zasady dopuszczają tylko bezpieczne linki i żadnych niezabezpieczonych treści.',
      messages: {
        link: '„{actual}” nie jest bezpieczny: użyj https. Linki do Amazon i do śledzenia przesyłki są dozwolone, ale tylko bezpieczne.',
      },
    },
    'link-shortener': {
      title: 'Skrócony link',
      why: 'Skrócony link ukrywa, dokąd prowadzi; dozwolone są tylko linki do Amazon i do śledzenia przesyłki u przewoźnika.',
      messages: {
        link: '„{actual}” to skrócony link, który ukrywa, dokąd prowadzi: dozwolone są tylko linki do Amazon i do śledzenia przesyłki u przewoźnika.',
      },
    },
    'email-address': {
      title: 'Adres e-mail',
      why: 'Wiadomości nie mogą zawierać adresów e-mail; rozmowa toczy się w wiadomościach kupujący–sprzedawca.',
      messages: {
        address: `„{actual}” to adres e-mail: wiadomości nie mogą zawierać adresów e-mail; ${KEEP_IN_MESSAGING}`,
        anonymised:
          '„{actual}” to zanonimizowany adres kupującego w Amazon: adresy e-mail nie mogą pojawiać się w wiadomościach, a odpowiedź i tak przechodzi przez Amazon.',
      },
    },
    'phone-number': {
      title: 'Numer telefonu',
      why: 'Wiadomości nie mogą zawierać numerów telefonu; rozmowa toczy się w wiadomościach kupujący–sprzedawca.',
      messages: {
        number: `„{actual}” wygląda na numer telefonu: wiadomości nie mogą zawierać numerów telefonu; ${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-contact': {
      title: 'Komunikator lub kontakt bezpośredni',
      why: 'Przenoszenie rozmowy na WhatsApp, do rozmowy telefonicznej lub innego kanału poza Amazon jest niedozwolone.',
      messages: {
        phrase: '„{actual}” przenosi rozmowę poza Amazon: prowadź ją w wiadomościach kupujący–sprzedawca.',
      },
    },
    'contact-request': {
      title: 'Prośba o dane kontaktowe kupującego',
      why: 'Sprzedawcy nie mogą prosić o adres e-mail ani numer telefonu kupującego; wolno jedynie potwierdzić dane kontaktowe do dostawy na potrzeby dostawy.',
      messages: {
        phrase: `„{actual}” prosi o dane kontaktowe kupującego: wiadomości nie mogą tego robić, chyba że chodzi o potwierdzenie danych do dostawy; ${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-app': {
      title: 'Przejście na komunikator',
      why: 'Kierowanie kupujących na WhatsApp, WeChat, Telegram, LINE lub jakikolwiek kanał poza Amazon omija proces sprzedaży Amazon.',
      messages: {
        phrase: `„{actual}” przenosi rozmowę do komunikatora poza Amazon, co jest niedozwolone: ${KEEP_IN_MESSAGING}`,
      },
    },
    'off-amazon-sale': {
      title: 'Sprzedaż poza Amazon',
      why: 'Każda próba skierowania kupujących z Amazon na inną stronę lub do innego procesu sprzedaży jest zabroniona.',
      messages: {
        phrase: '„{actual}” nakłania kupującego do zakupu poza Amazon (bezpośrednio, na Twojej stronie, taniej gdzie indziej), czego Amazon zabrania.',
      },
    },
    'off-amazon-payment': {
      title: 'Płatność poza Amazon',
      why: 'Płatności za zamówienia z Amazon przechodzą przez Amazon; prośba o PayPal, przelew lub gotówkę omija proces sprzedaży Amazon.',
      messages: {
        phrase: '„{actual}” prosi o płatność poza Amazon, co jest zabronione: każda płatność przechodzi przez Amazon.',
      },
    },
    'cancellation-request': {
      title: 'Prośba, by kupujący anulował zamówienie',
      why: 'Zasady Amazon mówią: nie kontaktuj się z kupującym, aby poprosić go o złożenie prośby o anulowanie. Anuluj zamówienie sam i wyjaśnij kupującemu dlaczego.',
      messages: {
        phrase:
          '„{actual}” prosi kupującego o anulowanie zamówienia lub o złożenie prośby o anulowanie, na co Amazon nie pozwala: jeśli nie możesz wysłać towaru, anuluj zamówienie sam i wyjaśnij kupującemu dlaczego.',
      },
    },
    'opt-out': {
      title: 'Informacja o wypisaniu się',
      why: 'Linki i instrukcje rezygnacji z wiadomości są niedozwolone: kupujący zarządzają ustawieniami wiadomości na swoim koncie Amazon.',
      messages: {
        phrase:
          '„{actual}” to informacja o wypisaniu się: kupujący zarządzają ustawieniami wiadomości na swoim koncie Amazon, a instrukcje rezygnacji powodują zablokowanie wiadomości.',
      },
    },
    'html-markup': {
      title: 'Kod HTML',
      why: 'Formularz wiadomości przyjmuje zwykły tekst; wiadomości z kodem HTML lub hiperłączami są blokowane (także piksele śledzące).',
      messages: {
        tag: '„{actual}” to HTML: formularz wiadomości przyjmuje zwykły tekst, a wiadomości z kodem HTML są blokowane.',
        image: '„{actual}” to obraz HTML: formularz wiadomości przyjmuje zwykły tekst, a obrazy lub piksele śledzące powodują zablokowanie wiadomości.',
      },
    },
    image: {
      title: 'Osadzony obraz',
      why: 'Zdjęcia produktu, niezwiązane obrazy, logo z linkami i piksele śledzące są niedozwolone.',
      messages: {
        markdown: '„{actual}” osadza obraz: zdjęcia produktu, logo z linkami i piksele śledzące są niedozwolone.',
      },
    },
    emoji: {
      title: 'Emoji',
      why: 'Zasady formatowania Amazon mówią: żadnych emoji.',
      messages: {
        emoji: 'Emoji „{actual}”: zasady formatowania Amazon nie dopuszczają emoji.',
      },
    },
    'line-breaks': {
      title: 'Więcej niż dwa podziały wiersza',
      why: 'Zasady formatowania Amazon dopuszczają najwyżej dwa podziały wiersza z rzędu.',
      messages: {
        count: '{count} podziałów wiersza z rzędu: zasady formatowania Amazon dopuszczają najwyżej dwa.',
        many: 'Wiele podziałów wiersza z rzędu: zasady formatowania Amazon dopuszczają najwyżej dwa.',
      },
    },
    shouting: {
      title: 'Wielkie litery',
      why: 'Długie fragmenty pisane wielkimi literami odbierane są jak krzyk i jak próba obejścia formatowania wiadomości.',
      messages: {
        capitals: '„{actual}” jest napisane wielkimi literami, co odbierane jest jak krzyk.',
      },
    },
    'repeated-punctuation': {
      title: 'Powtórzone „!” lub „?”',
      why: 'Ciągi wykrzykników lub pytajników odbierane są jako presja lub marketing; zasady formatowania Amazon wymagają zwykłego tekstu.',
      messages: {
        marks: '„{actual}”: ciągi wykrzykników lub pytajników odbierane są jako presja; wystarczy jeden.',
      },
    },
    'thank-you-only': {
      title: 'Wiadomość zawierająca tylko podziękowanie',
      why: 'Wiadomości, które tylko dziękują lub tylko oferują pomoc, są niedozwolone.',
      messages: {
        thanks:
          'Ta wiadomość tylko dziękuje: wiadomości, które jedynie dziękują kupującemu (lub jedynie oferują pomoc), są niedozwolone. Dodaj podziękowanie do wiadomości, która ma konkretny cel, albo jej nie wysyłaj.',
      },
    },
    'confirmation-only': {
      title: 'Potwierdzenie zamówienia lub wysyłki',
      why: 'Amazon sam wysyła potwierdzenia zamówienia i wysyłki; sprzedawcom nie wolno tego robić.',
      messages: {
        confirmation:
          'Ta wiadomość jest jedynie potwierdzeniem zamówienia lub wysyłki: Amazon wysyła je sam, a sprzedawcom nie wolno. Pisz tylko wtedy, gdy coś wymaga uwagi kupującego, aby zrealizować zamówienie.',
      },
    },
    'help-only': {
      title: 'Wiadomość zawierająca tylko ofertę pomocy',
      why: 'Wiadomości, które jedynie informują, że jesteś do dyspozycji, bez własnego celu, są niedozwolone.',
      messages: {
        help: 'Ta wiadomość jedynie oferuje pomoc („{actual}”): wiadomości, które mówią tylko, że jesteś do dyspozycji, są niedozwolone. Pisz, gdy coś wymaga uwagi kupującego, aby zrealizować zamówienie.',
      },
    },
    'delivery-check-in': {
      title: 'Pytanie o dostawę',
      why: 'Pytanie, czy paczka dotarła, bez problemu do rozwiązania, nie jest dozwoloną wiadomością; Amazon sam informuje kupujących o dostawach.',
      messages: {
        checkIn: '„{actual}” tylko pyta o dostawę: Amazon nie dopuszcza wiadomości bez własnego celu. Pisz, gdy coś wymaga uwagi kupującego.',
      },
    },
    placeholder: {
      title: 'Niewypełniona zmienna szablonu',
      why: 'Zmienna szablonu pozostawiona w tekście dociera do kupującego dosłownie; wypełnij ją przed wysłaniem.',
      messages: {
        placeholder: '„{actual}” to niewypełniona zmienna szablonu: kupujący zobaczyłby ją w takiej postaci.',
      },
    },
    'critical-reason-misuse': {
      title: 'Krytyczny powód kontaktu dla wiadomości, która nie jest krytyczna',
      why: 'Krytyczne powody kontaktu docierają do kupujących, którzy zrezygnowali z wiadomości; Amazon ogranicza sprzedawców, którzy używają ich do wiadomości niekrytycznych.',
      messages: {
        review: 'Powód kontaktu to „{reason}”, ale „{actual}” prosi o opinię: prośby o opinię nie są krytyczne, a nadużywanie krytycznego powodu może skutkować ograniczeniem wysyłania wiadomości. Wybierz powód „prośba o opinię” lub „Inne”.',
        thanks: 'Powód kontaktu to „{reason}”, ale wiadomość tylko dziękuje kupującemu lub oferuje pomoc: nadużywanie krytycznego powodu może skutkować ograniczeniem wysyłania wiadomości.',
        promotion: 'Powód kontaktu to „{reason}”, ale „{actual}” promuje produkty: nadużywanie krytycznego powodu może skutkować ograniczeniem wysyłania wiadomości.',
        notCritical: 'Powód kontaktu to „{reason}”, ale nic w wiadomości nie dotyczy tego powodu ({reason}): nadużywanie krytycznego powodu może skutkować ograniczeniem wysyłania wiadomości. Wybierz powód, którego dotyczy wiadomość.',
      },
    },
    'message-length': {
      title: 'Za długa wiadomość',
      why: 'Wiadomości mogą mieć najwyżej 2000 znaków, a przy potwierdzaniu szczegółów personalizacji 800.',
      messages: {
        tooLong: 'Wiadomość ma {count} znaków; limit wynosi {limit}. Skróć ją o {excess} znaków.',
        tooLongCustomization:
          'Wiadomość ma {count} znaków; limit dla wiadomości o personalizacji wynosi {limit}. Skróć ją o {excess} znaków.',
      },
    },
    'missing-order-id': {
      title: 'Brak numeru zamówienia',
      why: 'Każda wiadomość wysyłana z własnej inicjatywy powinna zawierać numer zamówienia (np. 112-1234567-1234567), tak jak szablony Amazon.',
      messages: {
        missing:
          'Nie znaleziono numeru zamówienia: dodaj go (np. 112-1234567-1234567), aby kupujący wiedział, o które zamówienie chodzi, tak jak w szablonach Amazon.',
      },
    },
    'language-mismatch': {
      title: 'Nie w języku kupującego',
      why: 'Wiadomości muszą być napisane w preferowanym języku kupującego, który może różnić się od języka sklepu.',
      messages: {
        mismatch:
          'Ta wiadomość wygląda na napisaną w języku: {language}, ale preferowany język kupującego to {buyerLanguage}: wiadomości muszą być napisane w języku kupującego.',
      },
    },
    'contact-reason-mismatch': {
      title: 'Powód kontaktu nie pasuje',
      why: 'Tylko powody kontaktu niezbędne do realizacji zamówienia (personalizacja, ustalenie terminu dostawy, problemy z adresem) docierają do kupujących, którzy zrezygnowali z wiadomości.',
      messages: {
        reviewReasonForCritical:
          'Powód kontaktu to „prośba o opinię”, ale wiadomość dotyczy tematu: {reason}. Wybierz ten powód: taka wiadomość dotrze także do kupujących, którzy zrezygnowali z wiadomości.',
        genericReasonForCritical:
          'Ta wiadomość wydaje się dotyczyć tematu: {reason}. Wybranie powodu kontaktu „{reason}” sprawi, że dotrze także do kupujących, którzy zrezygnowali z wiadomości.',
      },
    },
    'review-request': {
      title: 'Prośba o opinię',
      why: 'Amazon pozwala na jedną prośbę o opinię do zamówienia; Clearsend zapamiętuje wysłane prośby.',
      messages: {
        noted: '„{actual}” prosi o opinię: Amazon pozwala na jedną prośbę do zamówienia. Po wysłaniu Clearsend zapamięta ją dla tego zamówienia.',
      },
    },
  },
  labels: {
    removeTag: 'Usuń oznaczenie',
    removeLink: 'Usuń link',
    useHttps: 'Użyj https',
    removeEmail: 'Usuń adres e-mail',
    removePhone: 'Usuń numer telefonu',
    removeHtml: 'Usuń HTML',
    removeImage: 'Usuń obraz',
    removeEmoji: 'Usuń emoji',
    keepOneEmptyLine: 'Zostaw jeden pusty wiersz',
    normalCase: 'Napisz zwykłymi literami',
    useOneMark: 'Użyj jednego „{mark}”',
    neutralWording: 'Użyj neutralnego sformułowania',
    reviewWithoutKind: 'Poproś o opinię, nie mówiąc jaką',
    reviewWithoutRating: 'Poproś o opinię bez podawania oceny',
    removeSentence: 'Usuń to zdanie',
    useAmazonWording: 'Użyj sformułowania Amazon',
    removeWords: 'Usuń te słowa',
    removePlaceholder: 'Usuń zmienną',
    fillOrderId: 'Wpisz numer zamówienia: {value}',
    fillBuyerName: 'Wpisz imię i nazwisko kupującego: {value}',
    fillSellerName: 'Wpisz swoją nazwę: {value}',
    chooseTemplate: 'Wybierz szablon',
    selectOverLimit: 'Zaznacz tekst ponad limit',
  },
  languages: {
    en: 'angielski',
    de: 'niemiecki',
    fr: 'francuski',
    es: 'hiszpański',
    it: 'włoski',
    ja: 'japoński',
    nl: 'niderlandzki',
    sv: 'szwedzki',
    pl: 'polski',
    tr: 'turecki',
    pt: 'portugalski',
    ar: 'arabski',
    zh: 'chiński',
  },
  reasons: {
    customization: 'personalizacja produktu',
    deliveryScheduling: 'ustalenie terminu dostawy',
    address: 'problem z adresem dostawy',
  },
  criticalReasons: {
    customization: 'personalizacja produktu',
    'delivery-scheduling': 'ustalenie terminu dostawy',
    'address-issue': 'problem z adresem dostawy',
    'unexpected-problem': 'nieoczekiwany problem',
  },
};
