/** Dutch, in the words of Seller Central (amazon.nl): Berichten tussen koper en verkoper, contactreden. */
import type { MessageCatalog } from './types.ts';

const KEEP_IN_MESSAGING = 'houd het gesprek in Berichten tussen koper en verkoper.';

export const nl: MessageCatalog = {
  rules: {
    'important-tag': {
      title: 'Label "[Important]"',
      why: 'Amazon heeft de optie geschrapt om met "[Important]" de afmelding van een koper te omzeilen; berichten met een contactreden die nodig is om de bestelling af te ronden, worden toch bezorgd.',
      messages: {
        tag:
          '"{actual}": Amazon heeft de optie "[Important]" geschrapt: het label omzeilt de afmelding van de koper niet meer en kan ertoe leiden dat het bericht wordt geblokkeerd. ' +
          'Is het bericht nodig om de bestelling af te ronden, kies dan die contactreden (productpersonalisatie, levering inplannen ' +
          'of een probleem met het verzendadres): die berichten worden ook bezorgd aan kopers die zich hebben afgemeld.',
      },
    },
    promotion: {
      title: 'Marketing en promotie',
      why: 'Berichten tussen koper en verkoper mogen niet voor marketing worden gebruikt: geen kortingsbonnen, kortingen, andere producten, nieuwsbrieven, doorverwijzingen of links naar sociale media.',
      messages: {
        phrase: '"{actual}" is promotioneel: Berichten tussen koper en verkoper mogen niet worden gebruikt voor marketing, kortingsbonnen of andere producten.',
      },
    },
    'review-positive': {
      title: 'Vragen om een positieve recensie',
      why: 'Een verzoek om een recensie moet neutraal zijn: vragen om een positieve of vijfsterrenrecensie, of de koper zeggen wat hij moet schrijven, is niet toegestaan.',
      messages: {
        phrase: '"{actual}" stuurt de koper naar een positieve recensie: vraag neutraal ("laat een recensie achter") of helemaal niet.',
      },
    },
    'review-conditional': {
      title: 'Voorwaardelijk verzoek om een recensie',
      why: 'Alleen tevreden kopers om een recensie vragen ("zo niet, neem dan eerst contact met ons op") is niet toegestaan.',
      messages: {
        phrase: '"{actual}" vraagt alleen om een recensie als de koper tevreden is: elke koper moet op dezelfde manier worden gevraagd.',
      },
    },
    'review-incentive': {
      title: 'Beloning voor een recensie',
      why: 'Geld, terugbetalingen, cadeaukaarten, gratis of afgeprijsde producten of enig ander toekomstig voordeel aanbieden voor een recensie is niet toegestaan.',
      messages: {
        phrase: '"{actual}" biedt iets aan in ruil voor een recensie, wat Amazon niet toestaat.',
      },
    },
    'review-change': {
      title: 'Vragen een recensie te wijzigen of te verwijderen',
      why: 'Een koper vragen een recensie of feedback bij te werken, te wijzigen of te verwijderen is niet toegestaan.',
      messages: {
        phrase: '"{actual}" vraagt de koper een recensie of feedback te wijzigen of te verwijderen, wat Amazon niet toestaat.',
      },
    },
    'review-pressure': {
      title: 'Druk of schuldgevoel rond een recensie',
      why: 'Een verzoek om een recensie moet neutraal zijn: smeken, schuldgevoel of druk ("zonder uw beoordeling overleeft onze kleine winkel het misschien niet") is niet toegestaan.',
      messages: {
        phrase: '"{actual}" zet de koper onder druk over een recensie: vraag het één keer, neutraal, of helemaal niet.',
      },
    },
    'review-instruction': {
      title: 'De koper zeggen wat hij moet schrijven',
      why: 'Verkopers mogen kopers niet zeggen wat ze in een recensie moeten schrijven, en geen woorden laten overnemen.',
      messages: {
        phrase: '"{actual}" zegt de koper wat hij in een recensie moet schrijven, wat Amazon niet toestaat.',
      },
    },
    'feedback-notice': {
      title: 'Melding over het bijwerken van feedback',
      why: 'Nadat een probleem is opgelost, accepteert Amazon alleen een neutrale melding dat de koper zijn verkopersfeedback kan bijwerken of verwijderen; alles wat verder gaat, is een overtreding.',
      messages: {
        phrase:
          '"{actual}" gaat over het wijzigen van de feedback van de koper. Amazon accepteert alleen een neutrale melding nadat het probleem is opgelost, in zijn eigen woorden: "Als u van mening bent dat wij uw problemen naar tevredenheid hebben opgelost, kunt u de feedback die u oorspronkelijk hebt gegeven hier bijwerken of verwijderen."',
      },
    },
    'review-repeat': {
      title: 'Tweede verzoek om een recensie voor een bestelling',
      why: 'Amazon staat één verzoek om een recensie of feedback per bestelling toe, via alle kanalen samen.',
      messages: {
        repeat: '"{actual}" vraagt opnieuw om een recensie: voor deze bestelling is al op {date} een verzoek verstuurd, en Amazon staat er één per bestelling toe.',
      },
    },
    'amazon-product-link': {
      title: 'Link naar een product, winkel of zoekopdracht op Amazon',
      why: 'Links naar productpagina\'s, winkelpagina\'s, verkoperspagina\'s en zoekresultaten promoten producten; alleen pagina\'s van de bestelling, retourzendingen en recensies mogen worden gelinkt.',
      messages: {
        link: '"{actual}" linkt naar een product-, winkel- of zoekpagina op Amazon, wat producten promoot: alleen links naar de bestelling, retourzendingen of de recensiepagina zijn toegestaan.',
      },
    },
    'external-link': {
      title: 'Link buiten Amazon',
      why: 'Alleen links naar Amazon, track-and-tracelinks van vervoerders en beveiligde links die nodig zijn om de bestelling af te ronden, zijn toegestaan.',
      messages: {
        link: '"{actual}" linkt naar een site buiten Amazon: alleen Amazon-pagina\'s, track-and-tracelinks van vervoerders en beveiligde links die nodig zijn om de bestelling af te ronden, zijn toegestaan.',
        insecureLink:
          '"{actual}" linkt naar een site buiten Amazon: alleen Amazon-pagina\'s, track-and-tracelinks van vervoerders en beveiligde links die nodig zijn om de bestelling af te ronden, zijn toegestaan. Bovendien is de link niet beveiligd (http).',
      },
    },
    'insecure-link': {
      title: 'Onbeveiligde link (http)',
      why: 'Links moeten beveiligd zijn (https): de richtlijnen staan alleen beveiligde links en geen onbeveiligde inhoud toe.',
      messages: {
        link: '"{actual}" is niet beveiligd: gebruik https. Links naar Amazon en track-and-tracelinks van vervoerders zijn toegestaan, maar alleen beveiligd.',
      },
    },
    'link-shortener': {
      title: 'Verkorte link',
      why: 'Een verkorte link verbergt waar hij naartoe leidt; alleen links naar Amazon en track-and-tracelinks van vervoerders zijn toegestaan.',
      messages: {
        link: '"{actual}" is een verkorte link die verbergt waar hij naartoe leidt: alleen links naar Amazon en track-and-tracelinks van vervoerders zijn toegestaan.',
      },
    },
    'email-address': {
      title: 'E-mailadres',
      why: 'Berichten mogen geen e-mailadressen bevatten; het gesprek blijft in Berichten tussen koper en verkoper.',
      messages: {
        address: `"{actual}" is een e-mailadres: berichten mogen geen e-mailadressen bevatten; ${KEEP_IN_MESSAGING}`,
        anonymised:
          '"{actual}" is het geanonimiseerde Amazon-adres van de koper: e-mailadressen mogen niet in berichten staan, en het antwoord loopt toch via Amazon.',
      },
    },
    'phone-number': {
      title: 'Telefoonnummer',
      why: 'Berichten mogen geen telefoonnummers bevatten; het gesprek blijft in Berichten tussen koper en verkoper.',
      messages: {
        number: `"{actual}" lijkt een telefoonnummer: berichten mogen geen telefoonnummers bevatten; ${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-contact': {
      title: 'Messenger of direct contact',
      why: 'Het gesprek verplaatsen naar WhatsApp, een telefoongesprek of een ander kanaal buiten Amazon is niet toegestaan.',
      messages: {
        phrase: '"{actual}" verplaatst het gesprek naar buiten Amazon: houd het in Berichten tussen koper en verkoper.',
      },
    },
    'contact-request': {
      title: 'Vragen om de contactgegevens van de koper',
      why: 'Verkopers mogen niet vragen om het e-mailadres of telefoonnummer van een koper; alleen contactgegevens voor een levering mogen voor die levering worden bevestigd.',
      messages: {
        phrase: `"{actual}" vraagt om de contactgegevens van de koper: dat mag niet, behalve om leveringsgegevens voor een levering te bevestigen; ${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-app': {
      title: 'Overstappen naar een berichtenapp',
      why: 'Kopers doorsturen naar WhatsApp, WeChat, Telegram, LINE of een ander kanaal buiten Amazon omzeilt het verkoopproces van Amazon.',
      messages: {
        phrase: `"{actual}" verplaatst het gesprek naar een berichtenapp buiten Amazon, wat niet is toegestaan: ${KEEP_IN_MESSAGING}`,
      },
    },
    'off-amazon-sale': {
      title: 'Verkopen buiten Amazon',
      why: 'Elke poging om Amazon-kopers naar een andere website of een ander verkoopproces te leiden, is verboden.',
      messages: {
        phrase: '"{actual}" stuurt de koper aan om buiten Amazon te kopen (rechtstreeks, op uw eigen site, elders goedkoper), wat Amazon verbiedt.',
      },
    },
    'off-amazon-payment': {
      title: 'Betaling buiten Amazon',
      why: 'Betalingen voor Amazon-bestellingen lopen via Amazon; vragen om PayPal, een overschrijving, een Tikkie of contant geld omzeilt het verkoopproces van Amazon.',
      messages: {
        phrase: '"{actual}" vraagt om een betaling buiten Amazon, wat verboden is: elke betaling loopt via Amazon.',
      },
    },
    'cancellation-request': {
      title: 'De koper vragen te annuleren',
      why: 'De richtlijnen van Amazon zeggen: neem geen contact op met de koper om te vragen een annuleringsverzoek in te dienen. Annuleer de bestelling zelf en leg de koper uit waarom.',
      messages: {
        phrase:
          '"{actual}" vraagt de koper te annuleren of een annulering aan te vragen, wat Amazon niet toestaat: kunt u niet verzenden, annuleer de bestelling dan zelf en leg de koper uit waarom.',
      },
    },
    'opt-out': {
      title: 'Afmeldtekst',
      why: 'Afmeldlinks en afmeldinstructies zijn niet toegestaan: kopers beheren hun berichtvoorkeuren in hun Amazon-account.',
      messages: {
        phrase:
          '"{actual}" is een afmeldtekst: kopers beheren hun berichtvoorkeuren in hun Amazon-account, en afmeldinstructies laten het bericht blokkeren.',
      },
    },
    'html-markup': {
      title: 'HTML-code',
      why: 'Het berichtformulier is platte tekst; berichten met HTML-code of hyperlinks worden geblokkeerd (trackingpixels inbegrepen).',
      messages: {
        tag: '"{actual}" is HTML: het berichtformulier is platte tekst, en berichten met HTML-code worden geblokkeerd.',
        image: '"{actual}" is een HTML-afbeelding: het berichtformulier is platte tekst, en afbeeldingen of trackingpixels laten het bericht blokkeren.',
      },
    },
    image: {
      title: 'Ingesloten afbeelding',
      why: 'Afbeeldingen van het product, afbeeldingen zonder verband, logo\'s met links en trackingpixels zijn niet toegestaan.',
      messages: {
        markdown: '"{actual}" sluit een afbeelding in: afbeeldingen van het product, logo\'s met links en trackingpixels zijn niet toegestaan.',
      },
    },
    emoji: {
      title: 'Emoji',
      why: 'De opmaakregels van Amazon zeggen: geen emoji\'s.',
      messages: {
        emoji: 'Emoji "{actual}": de opmaakregels van Amazon staan geen emoji\'s toe.',
      },
    },
    'line-breaks': {
      title: 'Meer dan twee regeleinden',
      why: 'De opmaakregels van Amazon staan niet meer dan twee regeleinden achter elkaar toe.',
      messages: {
        count: '{count} regeleinden achter elkaar: de opmaakregels van Amazon staan er niet meer dan twee toe.',
        many: 'Veel regeleinden achter elkaar: de opmaakregels van Amazon staan er niet meer dan twee toe.',
      },
    },
    shouting: {
      title: 'Alles in hoofdletters',
      why: 'Lange reeksen hoofdletters lezen als schreeuwen en als een poging de opmaak van het bericht te omzeilen.',
      messages: {
        capitals: '"{actual}" staat in hoofdletters, wat leest als schreeuwen.',
      },
    },
    'repeated-punctuation': {
      title: 'Herhaalde "!" of "?"',
      why: 'Reeksen uitroep- of vraagtekens lezen als druk of marketing; de opmaakregels van Amazon vragen om platte tekst.',
      messages: {
        marks: '"{actual}": reeksen uitroep- of vraagtekens lezen als druk; één is genoeg.',
      },
    },
    'thank-you-only': {
      title: 'Bericht dat alleen bedankt',
      why: 'Berichten die alleen bedanken, of alleen zeggen dat u klaarstaat om te helpen, zijn niet toegestaan.',
      messages: {
        thanks:
          'Dit bericht bedankt alleen: berichten die de koper alleen bedanken (of alleen hulp aanbieden) zijn niet toegestaan. Neem het op in een bericht met een doel, of verstuur het niet.',
      },
    },
    'confirmation-only': {
      title: 'Bestel- of verzendbevestiging',
      why: 'Amazon verstuurt bestel- en verzendbevestigingen zelf; verkopers mogen dat niet.',
      messages: {
        confirmation:
          'Dit bericht is alleen een bestel- of verzendbevestiging: die verstuurt Amazon zelf, en verkopers mogen dat niet. Stuur alleen een bericht als iets de aandacht van de koper nodig heeft om de bestelling af te ronden.',
      },
    },
    'help-only': {
      title: 'Bericht dat alleen hulp aanbiedt',
      why: 'Berichten die alleen zeggen dat u klaarstaat om te helpen, zonder eigen doel, zijn niet toegestaan.',
      messages: {
        help: 'Dit bericht biedt alleen hulp aan ("{actual}"): berichten die alleen zeggen dat u klaarstaat om te helpen, zijn niet toegestaan. Schrijf wanneer iets de aandacht van de koper nodig heeft om de bestelling af te ronden.',
      },
    },
    'delivery-check-in': {
      title: 'Navragen of de levering is aangekomen',
      why: 'Vragen of een pakket is aangekomen, zonder probleem om op te lossen, is geen toegestaan bericht; Amazon informeert kopers zelf over leveringen.',
      messages: {
        checkIn: '"{actual}" vraagt alleen na of de levering is aangekomen: Amazon staat geen berichten zonder eigen doel toe. Schrijf wanneer iets de aandacht van de koper nodig heeft.',
      },
    },
    placeholder: {
      title: 'Niet ingevulde sjabloonvariabele',
      why: 'Een sjabloonvariabele die in de tekst blijft staan, bereikt de koper letterlijk; vul hem in voor u verzendt.',
      messages: {
        placeholder: '"{actual}" is een sjabloonvariabele die niet is ingevuld: de koper zou hem zien zoals hij er staat.',
      },
    },
    'critical-reason-misuse': {
      title: 'Kritieke contactreden voor een bericht dat niet kritiek is',
      why: 'Kritieke contactredenen bereiken kopers die zich hebben afgemeld; Amazon beperkt verkopers die ze gebruiken voor berichten die niet kritiek zijn.',
      messages: {
        review: 'De contactreden is "{reason}", maar "{actual}" vraagt om een recensie: verzoeken om een recensie zijn niet kritiek, en misbruik van een kritieke reden kan uw berichtenverkeer laten beperken. Kies de reden voor een recensieverzoek of "Overige".',
        thanks: 'De contactreden is "{reason}", maar het bericht bedankt de koper alleen of biedt hulp aan: misbruik van een kritieke reden kan uw berichtenverkeer laten beperken.',
        promotion: 'De contactreden is "{reason}", maar "{actual}" promoot producten: misbruik van een kritieke reden kan uw berichtenverkeer laten beperken.',
        notCritical: 'De contactreden is "{reason}", maar niets in het bericht gaat over {reason}: misbruik van een kritieke reden kan uw berichtenverkeer laten beperken. Kies de reden waar het bericht over gaat.',
      },
    },
    'message-length': {
      title: 'Bericht te lang',
      why: 'Berichten zijn beperkt tot 2.000 tekens, en tot 800 bij het bevestigen van personalisatiegegevens.',
      messages: {
        tooLong: 'Het bericht is {count} tekens lang; de limiet is {limit}. Kort het in met {excess} tekens.',
        tooLongCustomization:
          'Het bericht is {count} tekens lang; de limiet voor personalisatieberichten is {limit}. Kort het in met {excess} tekens.',
      },
    },
    'missing-order-id': {
      title: 'Geen bestelnummer',
      why: 'Elk proactief bericht hoort het bestelnummer te bevatten (zoals 112-1234567-1234567), net als de sjablonen van Amazon zelf.',
      messages: {
        missing:
          'Geen bestelnummer gevonden: voeg het toe (zoals 112-1234567-1234567) zodat de koper weet welke bestelling u bedoelt, net als in de sjablonen van Amazon zelf.',
      },
    },
    'language-mismatch': {
      title: 'Niet in de taal van de koper',
      why: 'Berichten moeten in de voorkeurstaal van de koper zijn geschreven, die kan afwijken van die van de marktplaats.',
      messages: {
        mismatch:
          'Dit bericht lijkt in het {language} te zijn, maar de voorkeurstaal van de koper is het {buyerLanguage}: berichten moeten in de taal van de koper worden geschreven.',
      },
    },
    'contact-reason-mismatch': {
      title: 'Contactreden past niet',
      why: 'Alleen contactredenen die nodig zijn om de bestelling af te ronden (personalisatie, levering inplannen, adresproblemen) bereiken kopers die zich hebben afgemeld.',
      messages: {
        reviewReasonForCritical:
          'De contactreden is "recensieverzoek", maar het bericht gaat over {reason}: kies die reden, want die berichten worden ook bezorgd aan kopers die zich hebben afgemeld.',
        genericReasonForCritical:
          'Dit bericht lijkt over {reason} te gaan: met de contactreden "{reason}" wordt het ook bezorgd aan kopers die zich hebben afgemeld.',
      },
    },
    'review-request': {
      title: 'Verzoek om een recensie',
      why: 'Amazon staat één verzoek om een recensie of feedback per bestelling toe; Clearsend onthoudt de verzoeken die u verstuurt.',
      messages: {
        noted: '"{actual}" vraagt om een recensie: Amazon staat één verzoek per bestelling toe. Clearsend onthoudt het voor deze bestelling wanneer u het verstuurt.',
      },
    },
  },
  labels: {
    removeTag: 'Label verwijderen',
    removeLink: 'Link verwijderen',
    useHttps: 'https gebruiken',
    removeEmail: 'E-mailadres verwijderen',
    removePhone: 'Telefoonnummer verwijderen',
    removeHtml: 'HTML verwijderen',
    removeImage: 'Afbeelding verwijderen',
    removeEmoji: 'Emoji verwijderen',
    keepOneEmptyLine: 'Eén lege regel laten staan',
    normalCase: 'In gewone letters schrijven',
    useOneMark: 'Eén "{mark}" gebruiken',
    neutralWording: 'Neutrale formulering gebruiken',
    reviewWithoutKind: 'Om een recensie vragen zonder te zeggen wat voor een',
    reviewWithoutRating: 'Om een recensie vragen zonder een score te noemen',
    removeSentence: 'Deze zin verwijderen',
    useAmazonWording: 'De formulering van Amazon gebruiken',
    removeWords: 'Deze woorden verwijderen',
    removePlaceholder: 'Plaatshouder verwijderen',
    fillOrderId: 'Bestelnummer invullen: {value}',
    fillBuyerName: 'Naam van de koper invullen: {value}',
    fillSellerName: 'Uw naam invullen: {value}',
    chooseTemplate: 'Een sjabloon kiezen',
    selectOverLimit: 'Selecteren wat boven de limiet gaat',
  },
  languages: {
    en: 'Engels',
    de: 'Duits',
    fr: 'Frans',
    es: 'Spaans',
    it: 'Italiaans',
    ja: 'Japans',
    nl: 'Nederlands',
    sv: 'Zweeds',
    pl: 'Pools',
    tr: 'Turks',
    pt: 'Portugees',
    ar: 'Arabisch',
    zh: 'Chinees',
  },
  reasons: {
    customization: 'productpersonalisatie',
    deliveryScheduling: 'levering inplannen',
    address: 'probleem met het verzendadres',
  },
  criticalReasons: {
    customization: 'productpersonalisatie',
    'delivery-scheduling': 'levering inplannen',
    'address-issue': 'probleem met het verzendadres',
    'unexpected-problem': 'onverwacht probleem',
  },
};
