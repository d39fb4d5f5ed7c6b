/** Swedish, in the words of Seller Central (amazon.se): meddelanden mellan köpare och säljare, kontaktorsak. */
import type { MessageCatalog } from './types.ts';

const KEEP_IN_MESSAGING = 'håll konversationen i meddelanden mellan köpare och säljare.';

export const sv: MessageCatalog = {
  rules: {
    'important-tag': {
      title: 'Taggen "[Important]"',
      why: 'Amazon har tagit bort möjligheten att med "[Important]" gå förbi en köpares avregistrering; meddelanden vars kontaktorsak behövs för att slutföra beställningen levereras ändå.',
      messages: {
        tag:
          '"{actual}": Amazon har tagit bort alternativet "[Important]": taggen går inte längre förbi köparens avregistrering och kan göra att meddelandet blockeras. ' +
          'Om meddelandet behövs för att slutföra beställningen väljer du den kontaktorsaken i stället (anpassning av produkten, ' +
          'schemaläggning av leverans eller ett problem med leveransadressen): de meddelandena levereras även till köpare som har avregistrerat sig.',
      },
    },
    promotion: {
      title: 'Marknadsföring och kampanjer',
      why: 'Meddelanden mellan köpare och säljare får inte användas för marknadsföring: inga kuponger, rabatter, andra produkter, nyhetsbrev, värvningar eller länkar till sociala medier.',
      messages: {
        phrase: '"{actual}" är marknadsföring: meddelanden mellan köpare och säljare får inte användas för marknadsföring, kuponger eller andra produkter.',
      },
    },
    'review-positive': {
      title: 'Be om en positiv recension',
      why: 'En begäran om recension måste vara neutral: att be om en positiv recension eller fem stjärnor, eller att tala om för köparen vad den ska skriva, är inte tillåtet.',
      messages: {
        phrase: '"{actual}" styr köparen mot en positiv recension: be neutralt ("lämna en recension") eller inte alls.',
      },
    },
    'review-conditional': {
      title: 'Villkorad begäran om recension',
      why: 'Att bara be nöjda köpare om en recension ("om inte, kontakta oss först") är inte tillåtet.',
      messages: {
        phrase: '"{actual}" ber om en recension bara om köparen är nöjd: alla köpare måste tillfrågas på samma sätt.',
      },
    },
    'review-incentive': {
      title: 'Belöning för en recension',
      why: 'Att erbjuda pengar, återbetalningar, presentkort, gratis eller rabatterade produkter eller någon framtida förmån för en recension är inte tillåtet.',
      messages: {
        phrase: '"{actual}" erbjuder något i utbyte mot en recension, vilket Amazon inte tillåter.',
      },
    },
    'review-change': {
      title: 'Be om att ändra eller ta bort en recension',
      why: 'Att be en köpare uppdatera, ändra eller ta bort en recension eller feedback är inte tillåtet.',
      messages: {
        phrase: '"{actual}" ber köparen ändra eller ta bort en recension eller feedback, vilket Amazon inte tillåter.',
      },
    },
    'review-pressure': {
      title: 'Press eller skuld kring en recension',
      why: 'En begäran om recension måste vara neutral: vädjanden, skuld eller press ("vår lilla butik klarar sig kanske inte utan ditt betyg") är inte tillåtet.',
      messages: {
        phrase: '"{actual}" sätter press på köparen kring en recension: be en gång, neutralt, eller inte alls.',
      },
    },
    'review-instruction': {
      title: 'Tala om för köparen vad den ska skriva',
      why: 'Säljare får inte tala om för köpare vad de ska skriva i en recension eller be dem kopiera in ord.',
      messages: {
        phrase: '"{actual}" talar om för köparen vad den ska skriva i en recension, vilket Amazon inte tillåter.',
      },
    },
    'feedback-notice': {
      title: 'Meddelande om att uppdatera feedback',
      why: 'När ett problem är löst accepterar Amazon bara ett neutralt meddelande om att köparen kan uppdatera eller ta bort sin säljarfeedback; allt som går längre är en överträdelse.',
      messages: {
        phrase:
          '"{actual}" nämner att köparens feedback kan ändras. Amazon accepterar bara ett neutralt meddelande när problemet är löst, med Amazons egna ord: "Om du anser att vi har löst dina problem på ett tillfredsställande sätt kan du uppdatera eller ta bort den feedback som du ursprungligen lämnade här."',
      },
    },
    'review-repeat': {
      title: 'Andra begäran om recension för en beställning',
      why: 'Amazon tillåter en begäran om recension eller feedback per beställning, i alla kanaler sammantaget.',
      messages: {
        repeat: '"{actual}" ber om en recension igen: en begäran för den här beställningen skickades redan {date}, och Amazon tillåter en per beställning.',
      },
    },
    'amazon-product-link': {
      title: 'Länk till en produkt, butik eller sökning på Amazon',
      why: 'Länkar till produktsidor, butikssidor, säljarsidor och sökresultat marknadsför produkter; bara sidor för beställningen, returer och recensioner får länkas.',
      messages: {
        link: '"{actual}" länkar till en produkt-, butiks- eller söksida på Amazon, vilket marknadsför produkter: bara länkar till beställningen, returer eller recensionssidan är tillåtna.',
      },
    },
    'external-link': {
      title: 'Länk utanför Amazon',
      why: 'Bara länkar till Amazon, transportörers spårningslänkar och säkra länkar som behövs för att slutföra beställningen är tillåtna.',
      messages: {
        link: '"{actual}" länkar utanför Amazon: bara Amazon-sidor, transportörers spårningslänkar och säkra länkar som behövs för att slutföra beställningen är tillåtna.',
        insecureLink:
          '"{actual}" länkar utanför Amazon: bara Amazon-sidor, transportörers spårningslänkar och säkra länkar som behövs för att slutföra beställningen är tillåtna. Länken är dessutom osäker (http).',
      },
    },
    'insecure-link': {
      title: 'Osäker länk (http)',
      why: 'Länkar måste vara säkra (https): riktlinjerna tillåter bara säkra länkar och inget osäkert innehåll.',
      messages: {
        link: '"{actual}" är inte säker: använd https. Länkar till Amazon och transportörers spårning är tillåtna, men bara säkra länkar.',
      },
    },
    'link-shortener': {
      title: 'Förkortad länk',
      why: 'En förkortad länk döljer vart den leder; bara länkar till Amazon och transportörers spårning är tillåtna.',
      messages: {
        link: '"{actual}" är en förkortad länk som döljer vart den leder: bara länkar till Amazon och transportörers spårning är tillåtna.',
      },
    },
    'email-address': {
      title: 'E-postadress',
      why: 'Meddelanden får inte innehålla e-postadresser; konversationen stannar i meddelanden mellan köpare och säljare.',
      messages: {
        address: `"{actual}" är en e-postadress: meddelanden får inte innehålla e-postadresser; ${KEEP_IN_MESSAGING}`,
        anonymised:
          '"{actual}" är köparens anonymiserade Amazon-adress: e-postadresser får inte finnas i meddelanden, och svaret går ändå via Amazon.',
      },
    },
    'phone-number': {
      title: 'Telefonnummer',
      why: 'Meddelanden får inte innehålla telefonnummer; konversationen stannar i meddelanden mellan köpare och säljare.',
      messages: {
        number: `"{actual}" ser ut som ett telefonnummer: meddelanden får inte innehålla telefonnummer; ${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-contact': {
      title: 'Chattapp eller direktkontakt',
      why: 'Att flytta konversationen till WhatsApp, ett telefonsamtal eller en annan kanal utanför Amazon är inte tillåtet.',
      messages: {
        phrase: '"{actual}" flyttar konversationen utanför Amazon: håll den i meddelanden mellan köpare och säljare.',
      },
    },
    'contact-request': {
      title: 'Be om köparens kontaktuppgifter',
      why: 'Säljare får inte be om en köpares e-postadress eller telefonnummer; bara kontaktuppgifter för en leverans får bekräftas för den leveransen.',
      messages: {
        phrase: `"{actual}" ber om köparens kontaktuppgifter: det får meddelanden inte göra, utom för att bekräfta leveransuppgifter för en leverans; ${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-app': {
      title: 'Flytta till en chattapp',
      why: 'Att leda köpare till WhatsApp, WeChat, Telegram, LINE eller någon annan kanal utanför Amazon kringgår Amazons försäljningsprocess.',
      messages: {
        phrase: `"{actual}" flyttar konversationen till en chattapp utanför Amazon, vilket inte är tillåtet: ${KEEP_IN_MESSAGING}`,
      },
    },
    'off-amazon-sale': {
      title: 'Försäljning utanför Amazon',
      why: 'Varje försök att leda Amazon-köpare till en annan webbplats eller försäljningsprocess är förbjudet.',
      messages: {
        phrase: '"{actual}" styr köparen att köpa utanför Amazon (direkt, på din egen webbplats, billigare någon annanstans), vilket Amazon förbjuder.',
      },
    },
    'off-amazon-payment': {
      title: 'Betalning utanför Amazon',
      why: 'Betalningar för Amazon-beställningar går via Amazon; att be om PayPal, Swish, banköverföring eller kontanter kringgår Amazons försäljningsprocess.',
      messages: {
        phrase: '"{actual}" ber om betalning utanför Amazon, vilket är förbjudet: varje betalning går via Amazon.',
      },
    },
    'cancellation-request': {
      title: 'Be köparen avbeställa',
      why: 'Amazons riktlinjer säger: kontakta inte köparen för att be den skicka in en begäran om avbeställning. Avbeställ ordern själv och berätta för köparen varför.',
      messages: {
        phrase:
          '"{actual}" ber köparen avbeställa eller begära en avbeställning, vilket Amazon inte tillåter: om du inte kan skicka, avbeställ ordern själv och berätta för köparen varför.',
      },
    },
    'opt-out': {
      title: 'Avregistreringstext',
      why: 'Avregistreringslänkar och instruktioner för att avregistrera sig är inte tillåtna: köpare hanterar sina meddelandeinställningar i sitt Amazon-konto.',
      messages: {
        phrase:
          '"{actual}" är en avregistreringstext: köpare hanterar sina meddelandeinställningar i sitt Amazon-konto, och avregistreringsinstruktioner gör att meddelandet blockeras.',
      },
    },
    'html-markup': {
      title: 'HTML-kod',
      why: 'Meddelandeformuläret är ren text; meddelanden med HTML-kod eller hyperlänkar blockeras (spårningspixlar inräknade).',
      messages: {
        tag: '"{actual}" är HTML: meddelandeformuläret är ren text, och meddelanden med HTML-kod blockeras.',
        image: '"{actual}" är en HTML-bild: meddelandeformuläret är ren text, och bilder eller spårningspixlar gör att meddelandet blockeras.',
      },
    },
    image: {
      title: 'Inbäddad bild',
      why: 'Bilder av produkten, orelaterade bilder, logotyper med länkar och spårningspixlar är inte tillåtna.',
      messages: {
        markdown: '"{actual}" bäddar in en bild: bilder av produkten, logotyper med länkar och spårningspixlar är inte tillåtna.',
      },
    },
    emoji: {
      title: 'Emoji',
      why: 'Amazons formateringsregler säger: inga emojier.',
      messages: {
        emoji: 'Emoji "{actual}": Amazons formateringsregler tillåter inga emojier.',
      },
    },
    'line-breaks': {
      title: 'Fler än två radbrytningar',
      why: 'Amazons formateringsregler tillåter högst två radbrytningar i rad.',
      messages: {
        count: '{count} radbrytningar i rad: Amazons formateringsregler tillåter högst två.',
        many: 'Många radbrytningar i rad: Amazons formateringsregler tillåter högst två.',
      },
    },
    shouting: {
      title: 'Bara versaler',
      why: 'Långa rader med versaler läses som skrik och som ett försök att gå förbi meddelandets formatering.',
      messages: {
        capitals: '"{actual}" är skrivet med versaler, vilket läses som skrik.',
      },
    },
    'repeated-punctuation': {
      title: 'Upprepade "!" eller "?"',
      why: 'Rader av utrops- eller frågetecken läses som press eller marknadsföring; Amazons formateringsregler ber om ren text.',
      messages: {
        marks: '"{actual}": rader av utrops- eller frågetecken läses som press; ett räcker.',
      },
    },
    'thank-you-only': {
      title: 'Meddelande som bara tackar',
      why: 'Meddelanden som bara tackar, eller bara säger att du finns där för att hjälpa, är inte tillåtna.',
      messages: {
        thanks:
          'Det här meddelandet tackar bara: meddelanden som bara tackar köparen (eller bara erbjuder hjälp) är inte tillåtna. Lägg till tacket i ett meddelande som har ett syfte, eller skicka det inte.',
      },
    },
    'confirmation-only': {
      title: 'Order- eller leveransbekräftelse',
      why: 'Amazon skickar order- och leveransbekräftelser själv; det får säljare inte göra.',
      messages: {
        confirmation:
          'Det här meddelandet är bara en order- eller leveransbekräftelse: sådana skickar Amazon själv, och säljare får inte göra det. Skicka ett meddelande bara när något behöver köparens uppmärksamhet för att beställningen ska kunna slutföras.',
      },
    },
    'help-only': {
      title: 'Meddelande som bara erbjuder hjälp',
      why: 'Meddelanden som bara säger att du finns där för att hjälpa, utan eget syfte, är inte tillåtna.',
      messages: {
        help: 'Det här meddelandet erbjuder bara hjälp ("{actual}"): meddelanden som bara säger att du finns där för att hjälpa är inte tillåtna. Skriv när något behöver köparens uppmärksamhet för att beställningen ska kunna slutföras.',
      },
    },
    'delivery-check-in': {
      title: 'Kolla om leveransen kommit fram',
      why: 'Att fråga om ett paket har kommit fram, utan något problem att lösa, är inte ett tillåtet meddelande; Amazon informerar köpare om leveranser själv.',
      messages: {
        checkIn: '"{actual}" kollar bara om leveransen kommit fram: Amazon tillåter inte meddelanden utan eget syfte. Skriv när något behöver köparens uppmärksamhet.',
      },
    },
    placeholder: {
      title: 'Mallvariabel som inte fyllts i',
      why: 'En mallvariabel som lämnas kvar i texten når köparen ordagrant; fyll i den innan du skickar.',
      messages: {
        placeholder: '"{actual}" är en mallvariabel som inte har fyllts i: köparen skulle se den som den står.',
      },
    },
    'critical-reason-misuse': {
      title: 'Kritisk kontaktorsak för ett meddelande som inte är kritiskt',
      why: 'Kritiska kontaktorsaker når köpare som har avregistrerat sig; Amazon begränsar säljare som använder dem för meddelanden som inte är kritiska.',
      messages: {
        review: 'Kontaktorsaken är "{reason}", men "{actual}" ber om en recension: begäranden om recension är inte kritiska, och missbruk av en kritisk orsak kan leda till att dina meddelanden begränsas. Välj orsaken för recensionsbegäran eller "Annat".',
        thanks: 'Kontaktorsaken är "{reason}", men meddelandet bara tackar köparen eller erbjuder hjälp: missbruk av en kritisk orsak kan leda till att dina meddelanden begränsas.',
        promotion: 'Kontaktorsaken är "{reason}", men "{actual}" marknadsför produkter: missbruk av en kritisk orsak kan leda till att dina meddelanden begränsas.',
        notCritical: 'Kontaktorsaken är "{reason}", men ingenting i meddelandet handlar om {reason}: missbruk av en kritisk orsak kan leda till att dina meddelanden begränsas. Välj den orsak som meddelandet handlar om.',
      },
    },
    'message-length': {
      title: 'För långt meddelande',
      why: 'Meddelanden får vara högst 2 000 tecken, och högst 800 när anpassningsuppgifter bekräftas.',
      messages: {
        tooLong: 'Meddelandet är {count} tecken långt; gränsen är {limit}. Korta det med {excess} tecken.',
        tooLongCustomization:
          'Meddelandet är {count} tecken långt; gränsen för anpassningsmeddelanden är {limit}. Korta det med {excess} tecken.',
      },
    },
    'missing-order-id': {
      title: 'Inget ordernummer',
      why: 'Varje proaktivt meddelande bör innehålla ordernumret (som 112-1234567-1234567), precis som Amazons egna mallar.',
      messages: {
        missing:
          'Inget ordernummer hittades: lägg till det (som 112-1234567-1234567) så att köparen vet vilken beställning du menar, precis som i Amazons egna mallar.',
      },
    },
    'language-mismatch': {
      title: 'Inte på köparens språk',
      why: 'Meddelanden måste skrivas på köparens föredragna språk, som kan skilja sig från marknadsplatsens.',
      messages: {
        mismatch:
          'Det här meddelandet verkar vara på {language}, men köparens föredragna språk är {buyerLanguage}: meddelanden måste skrivas på köparens språk.',
      },
    },
    'contact-reason-mismatch': {
      title: 'Kontaktorsaken passar inte',
      why: 'Bara kontaktorsaker som behövs för att slutföra beställningen (anpassning, schemaläggning av leverans, adressproblem) når köpare som har avregistrerat sig.',
      messages: {
        reviewReasonForCritical:
          'Kontaktorsaken är "begär en recension", men meddelandet handlar om {reason}: välj den orsaken, som levereras även till köpare som har avregistrerat sig.',
        genericReasonForCritical:
          'Det här meddelandet verkar handla om {reason}: med kontaktorsaken "{reason}" levereras det även till köpare som har avregistrerat sig.',
      },
    },
    'review-request': {
      title: 'Begäran om recension',
      why: 'Amazon tillåter en begäran om recension eller feedback per beställning; Clearsend kommer ihåg de begäranden du skickar.',
      messages: {
        noted: '"{actual}" ber om en recension: Amazon tillåter en begäran per beställning. Clearsend kommer ihåg den för den här beställningen när du skickar den.',
      },
    },
  },
  labels: {
    removeTag: 'Ta bort taggen',
    removeLink: 'Ta bort länken',
    useHttps: 'Använd https',
    removeEmail: 'Ta bort e-postadressen',
    removePhone: 'Ta bort telefonnumret',
    removeHtml: 'Ta bort HTML-koden',
    removeImage: 'Ta bort bilden',
    removeEmoji: 'Ta bort emojin',
    keepOneEmptyLine: 'Behåll en tom rad',
    normalCase: 'Skriv med vanliga bokstäver',
    useOneMark: 'Använd ett "{mark}"',
    neutralWording: 'Använd neutral formulering',
    reviewWithoutKind: 'Be om en recension utan att säga vilken sort',
    reviewWithoutRating: 'Be om en recension utan att nämna ett betyg',
    removeSentence: 'Ta bort meningen',
    useAmazonWording: 'Använd Amazons formulering',
    removeWords: 'Ta bort orden',
    removePlaceholder: 'Ta bort platshållaren',
    fillOrderId: 'Fyll i ordernumret: {value}',
    fillBuyerName: 'Fyll i köparens namn: {value}',
    fillSellerName: 'Fyll i ditt namn: {value}',
    chooseTemplate: 'Välj en mall',
    selectOverLimit: 'Markera det som går över gränsen',
  },
  languages: {
    en: 'engelska',
    de: 'tyska',
    fr: 'franska',
    es: 'spanska',
    it: 'italienska',
    ja: 'japanska',
    nl: 'nederländska',
    sv: 'svenska',
    pl: 'polska',
    tr: 'turkiska',
    pt: 'portugisiska',
    ar: 'arabiska',
    zh: 'kinesiska',
  },
  reasons: {
    customization: 'anpassning av produkten',
    deliveryScheduling: 'schemaläggning av leverans',
    address: 'problem med leveransadressen',
  },
  criticalReasons: {
    customization: 'anpassning av produkten',
    'delivery-scheduling': 'schemaläggning av leverans',
    'address-issue': 'problem med leveransadressen',
    'unexpected-problem': 'oväntat problem',
  },
};
