/** German, in the words of Seller Central (amazon.de): Käufer-Verkäufer-Nachrichten, Kontaktgrund. */
import type { MessageCatalog } from './types.ts';

const KEEP_IN_MESSAGING = 'Führen Sie die Unterhaltung über Käufer-Verkäufer-Nachrichten.';

export const de: MessageCatalog = {
  rules: {
    'important-tag': {
      title: '„[Important]“-Kennzeichnung',
      why: 'Amazon hat die Möglichkeit abgeschafft, mit „[Important]“ den Widerspruch eines Käufers gegen Nachrichten zu umgehen; Nachrichten mit einem Kontaktgrund, der für die Abwicklung der Bestellung notwendig ist, werden ohnehin zugestellt.',
      messages: {
        tag:
          '„{actual}“: Amazon hat die Option „[Important]“ abgeschafft. Die Kennzeichnung setzt den Widerspruch des Käufers nicht mehr außer Kraft und kann dazu führen, dass die Nachricht blockiert wird. ' +
          'Wenn die Nachricht für die Abwicklung der Bestellung notwendig ist, wählen Sie stattdessen den passenden Kontaktgrund (Produktanpassung, Lieferterminvereinbarung ' +
          'oder ein Problem mit der Lieferadresse): Diese Nachrichten werden auch Käufern zugestellt, die Nachrichten abbestellt haben.',
      },
    },
    promotion: {
      title: 'Marketing und Werbung',
      why: 'Käufer-Verkäufer-Nachrichten dürfen nicht für Marketing genutzt werden: keine Gutscheine, Rabatte, anderen Produkte, Newsletter, Empfehlungsprogramme oder Links zu sozialen Medien.',
      messages: {
        phrase: '„{actual}“ ist Werbung: Käufer-Verkäufer-Nachrichten dürfen nicht für Marketing, Gutscheine oder andere Produkte genutzt werden.',
      },
    },
    'review-positive': {
      title: 'Bitte um eine positive Bewertung',
      why: 'Eine Bitte um eine Bewertung muss neutral sein: Sie dürfen weder um eine positive oder Fünf-Sterne-Bewertung bitten noch dem Käufer vorgeben, was er schreiben soll.',
      messages: {
        phrase: '„{actual}“ lenkt den Käufer zu einer positiven Bewertung: Bitten Sie neutral („Hinterlassen Sie eine Bewertung“) oder gar nicht darum.',
      },
    },
    'review-conditional': {
      title: 'Bewertungsanfrage mit Bedingung',
      why: 'Nur zufriedene Käufer um eine Bewertung zu bitten („falls nicht, kontaktieren Sie uns zuerst“) ist nicht erlaubt.',
      messages: {
        phrase: '„{actual}“ bittet nur dann um eine Bewertung, wenn der Käufer zufrieden ist: Alle Käufer müssen auf dieselbe Weise gefragt werden.',
      },
    },
    'review-incentive': {
      title: 'Gegenleistung für eine Bewertung',
      why: 'Geld, Erstattungen, Geschenkgutscheine, kostenlose oder vergünstigte Produkte oder andere künftige Vorteile für eine Bewertung anzubieten, ist nicht erlaubt.',
      messages: {
        phrase: '„{actual}“ bietet eine Gegenleistung für eine Bewertung an. Das erlaubt Amazon nicht.',
      },
    },
    'review-change': {
      title: 'Bitte, eine Bewertung zu ändern oder zu löschen',
      why: 'Einen Käufer zu bitten, eine Bewertung oder ein Verkäufer-Feedback zu aktualisieren, zu ändern oder zu entfernen, ist nicht erlaubt.',
      messages: {
        phrase: '„{actual}“ bittet den Käufer, eine Bewertung oder ein Verkäufer-Feedback zu ändern oder zu entfernen. Das erlaubt Amazon nicht.',
      },
    },
    'review-pressure': {
      title: 'Druck oder Schuldgefühle wegen einer Bewertung',
      why: 'Eine Bitte um eine Bewertung muss neutral sein: Eindringliches Bitten, Schuldgefühle oder Druck („ohne Ihre Bewertung überlebt unser kleiner Laden vielleicht nicht“) sind nicht erlaubt.',
      messages: {
        phrase: '„{actual}“ setzt den Käufer wegen einer Bewertung unter Druck: Bitten Sie einmal und neutral darum oder gar nicht.',
      },
    },
    'review-instruction': {
      title: 'Vorgaben, was der Käufer schreiben soll',
      why: 'Verkäufer dürfen Käufern nicht vorgeben, was sie in einer Bewertung schreiben sollen, und ihnen auch keinen Text zum Übernehmen vorlegen.',
      messages: {
        phrase: '„{actual}“ gibt dem Käufer vor, was er in einer Bewertung schreiben soll. Das erlaubt Amazon nicht.',
      },
    },
    'feedback-notice': {
      title: 'Hinweis zum Aktualisieren des Feedbacks',
      why: 'Nachdem ein Problem gelöst ist, akzeptiert Amazon nur einen neutralen Hinweis, dass der Käufer sein Verkäufer-Feedback aktualisieren oder entfernen kann; alles, was darüber hinausgeht, ist ein Verstoß.',
      messages: {
        phrase:
          '„{actual}“ spricht eine Änderung am Feedback des Käufers an. Amazon akzeptiert nach der Lösung des Problems nur einen neutralen Hinweis, und zwar in seinem eigenen Wortlaut: „If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided here.“',
      },
    },
    'review-repeat': {
      title: 'Zweite Bewertungsanfrage für eine Bestellung',
      why: 'Amazon erlaubt pro Bestellung nur eine Bitte um eine Bewertung oder ein Verkäufer-Feedback, gleich über welchen Kanal.',
      messages: {
        repeat: '„{actual}“ bittet erneut um eine Bewertung: Für diese Bestellung wurde bereits am {date} eine Bewertungsanfrage gesendet, und Amazon erlaubt nur eine pro Bestellung.',
      },
    },
    'amazon-product-link': {
      title: 'Link zu einem Produkt, Shop oder einer Suche auf Amazon',
      why: 'Links zu Produktseiten, Shops, Verkäuferseiten und Suchergebnissen bewerben Produkte; verlinkt werden dürfen nur Bestell-, Rücksende- und Bewertungsseiten.',
      messages: {
        link: '„{actual}“ verweist auf eine Produkt-, Shop- oder Suchseite von Amazon und bewirbt damit Produkte: Erlaubt sind nur Links zur Bestellung, zu Rücksendungen oder zur Bewertungsseite.',
      },
    },
    'external-link': {
      title: 'Link außerhalb von Amazon',
      why: 'Erlaubt sind nur Links zu Amazon, Links zur Sendungsverfolgung des Versanddienstleisters und sichere Links, die für die Abwicklung der Bestellung notwendig sind.',
      messages: {
        link: '„{actual}“ führt aus Amazon hinaus: Erlaubt sind nur Amazon-Seiten, Links zur Sendungsverfolgung und sichere Links, die für die Abwicklung der Bestellung notwendig sind.',
        insecureLink:
          '„{actual}“ führt aus Amazon hinaus: Erlaubt sind nur Amazon-Seiten, Links zur Sendungsverfolgung und sichere Links, die für die Abwicklung der Bestellung notwendig sind. Außerdem ist der Link nicht sicher (http).',
      },
    },
    'insecure-link': {
      title: 'Unsicherer Link (http)',
      why: 'Links müssen sicher sein (https): Die Richtlinien erlauben nur sichere Links und keine unsicheren Inhalte.',
      messages: {
        link: '„{actual}“ ist nicht sicher: Verwenden Sie https. Links zu Amazon und zur Sendungsverfolgung sind erlaubt, aber nur als sichere Links.',
      },
    },
    'link-shortener': {
      title: 'Gekürzter Link',
      why: 'Ein gekürzter Link verbirgt, wohin er führt; erlaubt sind nur Links zu Amazon und zur Sendungsverfolgung.',
      messages: {
        link: '„{actual}“ ist ein gekürzter Link, der verbirgt, wohin er führt: Erlaubt sind nur Links zu Amazon und zur Sendungsverfolgung.',
      },
    },
    'email-address': {
      title: 'E-Mail-Adresse',
      why: 'Nachrichten dürfen keine E-Mail-Adressen enthalten; die Unterhaltung bleibt in den Käufer-Verkäufer-Nachrichten.',
      messages: {
        address: `„{actual}“ ist eine E-Mail-Adresse: Nachrichten dürfen keine E-Mail-Adressen enthalten. ${KEEP_IN_MESSAGING}`,
        anonymised:
          '„{actual}“ ist die anonymisierte Amazon-Adresse des Käufers: E-Mail-Adressen dürfen in Nachrichten nicht vorkommen, und die Antwort läuft ohnehin über Amazon.',
      },
    },
    'phone-number': {
      title: 'Telefonnummer',
      why: 'Nachrichten dürfen keine Telefonnummern enthalten; die Unterhaltung bleibt in den Käufer-Verkäufer-Nachrichten.',
      messages: {
        number: `„{actual}“ sieht nach einer Telefonnummer aus: Nachrichten dürfen keine Telefonnummern enthalten. ${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-contact': {
      title: 'Messenger oder direkter Kontakt',
      why: 'Die Unterhaltung zu WhatsApp, in ein Telefonat oder auf einen anderen Kanal außerhalb von Amazon zu verlagern, ist nicht erlaubt.',
      messages: {
        phrase: '„{actual}“ verlagert die Unterhaltung aus Amazon hinaus: Bleiben Sie bei den Käufer-Verkäufer-Nachrichten.',
      },
    },
    'contact-request': {
      title: 'Frage nach den Kontaktdaten des Käufers',
      why: 'Verkäufer dürfen Käufer nicht nach ihrer E-Mail-Adresse oder Telefonnummer fragen; bestätigt werden dürfen nur Kontaktdaten für die Zustellung einer Lieferung.',
      messages: {
        phrase: `„{actual}“ fragt nach den Kontaktdaten des Käufers: Das ist in Nachrichten nicht erlaubt, außer um Kontaktdaten für die Zustellung einer Lieferung zu bestätigen. ${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-app': {
      title: 'Wechsel zu einer Messenger-App',
      why: 'Käufer zu WhatsApp, WeChat, Telegram, LINE oder einem anderen Kanal außerhalb von Amazon umzuleiten, umgeht den Verkaufsprozess von Amazon.',
      messages: {
        phrase: `„{actual}“ verlagert die Unterhaltung in einen Messenger außerhalb von Amazon. Das ist nicht erlaubt. ${KEEP_IN_MESSAGING}`,
      },
    },
    'off-amazon-sale': {
      title: 'Verkauf außerhalb von Amazon',
      why: 'Jeder Versuch, Amazon-Käufer auf eine andere Website oder in einen anderen Verkaufsprozess umzuleiten, ist verboten.',
      messages: {
        phrase: '„{actual}“ lenkt den Käufer zum Kauf außerhalb von Amazon (direkt, auf Ihrer eigenen Website, anderswo günstiger). Das verbietet Amazon.',
      },
    },
    'off-amazon-payment': {
      title: 'Zahlung außerhalb von Amazon',
      why: 'Zahlungen für Amazon-Bestellungen laufen über Amazon; wer um PayPal, eine Überweisung oder Barzahlung bittet, umgeht den Verkaufsprozess von Amazon.',
      messages: {
        phrase: '„{actual}“ fordert eine Zahlung außerhalb von Amazon. Das ist verboten: Jede Zahlung läuft über Amazon.',
      },
    },
    'cancellation-request': {
      title: 'Aufforderung an den Käufer zu stornieren',
      why: 'Die Richtlinien von Amazon sagen: Kontaktieren Sie den Käufer nicht, um ihn aufzufordern, eine Stornierungsanfrage zu stellen. Stornieren Sie die Bestellung selbst, und teilen Sie dem Käufer den Grund mit.',
      messages: {
        phrase:
          '„{actual}“ fordert den Käufer auf, zu stornieren oder eine Stornierung zu beantragen. Das erlaubt Amazon nicht: Wenn Sie nicht versenden können, stornieren Sie die Bestellung selbst, und teilen Sie dem Käufer den Grund mit.',
      },
    },
    'opt-out': {
      title: 'Hinweise zum Abbestellen',
      why: 'Abmeldelinks und Anleitungen zum Abbestellen sind nicht erlaubt: Käufer verwalten ihre Nachrichteneinstellungen in ihrem Amazon-Konto.',
      messages: {
        phrase:
          '„{actual}“ ist ein Hinweis zum Abbestellen: Käufer verwalten ihre Nachrichteneinstellungen in ihrem Amazon-Konto, und Anleitungen zum Abbestellen führen dazu, dass die Nachricht blockiert wird.',
      },
    },
    'html-markup': {
      title: 'HTML-Code',
      why: 'Das Nachrichtenformular nimmt nur reinen Text an; Nachrichten mit HTML-Code oder Hyperlinks werden blockiert (Zählpixel eingeschlossen).',
      messages: {
        tag: '„{actual}“ ist HTML: Das Nachrichtenformular nimmt nur reinen Text an, und Nachrichten mit HTML-Code werden blockiert.',
        image: '„{actual}“ ist ein HTML-Bild: Das Nachrichtenformular nimmt nur reinen Text an, und Bilder oder Zählpixel führen dazu, dass die Nachricht blockiert wird.',
      },
    },
    image: {
      title: 'Eingebettetes Bild',
      why: 'Produktbilder, themenfremde Bilder, verlinkte Logos und Zählpixel sind nicht erlaubt.',
      messages: {
        markdown: '„{actual}“ bettet ein Bild ein: Produktbilder, verlinkte Logos und Zählpixel sind nicht erlaubt.',
      },
    },
    emoji: {
      title: 'Emoji',
      why: 'Die Gestaltungsregeln von Amazon sagen: keine Emojis.',
      messages: {
        emoji: 'Emoji „{actual}“: Die Gestaltungsregeln von Amazon erlauben keine Emojis.',
      },
    },
    'line-breaks': {
      title: 'Mehr als zwei Zeilenumbrüche',
      why: 'Die Gestaltungsregeln von Amazon erlauben höchstens zwei Zeilenumbrüche hintereinander.',
      messages: {
        count: '{count} Zeilenumbrüche hintereinander: Die Gestaltungsregeln von Amazon erlauben höchstens zwei.',
        many: 'Sehr viele Zeilenumbrüche hintereinander: Die Gestaltungsregeln von Amazon erlauben höchstens zwei.',
      },
    },
    shouting: {
      title: 'Nur Großbuchstaben',
      why: 'Lange Passagen in Großbuchstaben wirken wie Schreien und wie ein Versuch, die Formatierung der Nachricht zu umgehen.',
      messages: {
        capitals: '„{actual}“ ist in Großbuchstaben geschrieben und wirkt wie Schreien.',
      },
    },
    'repeated-punctuation': {
      title: 'Wiederholte „!“ oder „?“',
      why: 'Mehrere Ausrufe- oder Fragezeichen hintereinander wirken wie Druck oder Werbung; die Gestaltungsregeln von Amazon verlangen schlichten Text.',
      messages: {
        marks: '„{actual}“: Mehrere Ausrufe- oder Fragezeichen hintereinander wirken wie Druck; eines genügt.',
      },
    },
    'thank-you-only': {
      title: 'Reine Dankesnachricht',
      why: 'Nachrichten, die nur Danke sagen oder nur Hilfe anbieten, sind nicht erlaubt.',
      messages: {
        thanks:
          'Diese Nachricht sagt nur Danke: Nachrichten, die sich nur beim Käufer bedanken (oder nur Hilfe anbieten), sind nicht erlaubt. Nehmen Sie den Dank in eine Nachricht mit einem konkreten Anliegen auf, oder senden Sie sie nicht.',
      },
    },
    'confirmation-only': {
      title: 'Bestell- oder Versandbestätigung',
      why: 'Bestell- und Versandbestätigungen verschickt Amazon selbst; Verkäufer dürfen das nicht.',
      messages: {
        confirmation:
          'Diese Nachricht ist nur eine Bestell- oder Versandbestätigung: Diese verschickt Amazon selbst, Verkäufer dürfen das nicht. Senden Sie nur dann eine Nachricht, wenn für die Abwicklung der Bestellung etwas die Aufmerksamkeit des Käufers erfordert.',
      },
    },
    'help-only': {
      title: 'Reines Hilfsangebot',
      why: 'Nachrichten, die nur sagen, dass Sie bei Fragen gerne helfen, und kein eigenes Anliegen haben, sind nicht erlaubt.',
      messages: {
        help: 'Diese Nachricht bietet nur Hilfe an („{actual}“): Nachrichten, die nur sagen, dass Sie bei Fragen gerne helfen, sind nicht erlaubt. Schreiben Sie, wenn für die Abwicklung der Bestellung etwas die Aufmerksamkeit des Käufers erfordert.',
      },
    },
    'delivery-check-in': {
      title: 'Nachfrage zur Lieferung',
      why: 'Nachzufragen, ob ein Paket angekommen ist, ohne dass es ein Problem zu lösen gibt, ist keine erlaubte Nachricht; über Lieferungen informiert Amazon die Käufer selbst.',
      messages: {
        checkIn: '„{actual}“ fragt nur nach der Lieferung: Amazon erlaubt keine Nachrichten ohne eigenes Anliegen. Schreiben Sie, wenn etwas die Aufmerksamkeit des Käufers erfordert.',
      },
    },
    placeholder: {
      title: 'Nicht ausgefüllter Platzhalter',
      why: 'Ein im Text verbliebener Platzhalter erreicht den Käufer unverändert; füllen Sie ihn vor dem Senden aus.',
      messages: {
        placeholder: '„{actual}“ ist ein Platzhalter, der nicht ausgefüllt wurde: Der Käufer würde ihn genau so sehen.',
      },
    },
    'critical-reason-misuse': {
      title: 'Notwendiger Kontaktgrund für eine nicht notwendige Nachricht',
      why: 'Nachrichten mit einem Kontaktgrund, der für die Abwicklung der Bestellung notwendig ist, erreichen auch Käufer, die Nachrichten abbestellt haben; Amazon schränkt Verkäufer ein, die solche Kontaktgründe für nicht notwendige Nachrichten verwenden.',
      messages: {
        review:
          'Als Kontaktgrund ist „{reason}“ gewählt, aber „{actual}“ bittet um eine Bewertung: Bewertungsanfragen sind für die Abwicklung der Bestellung nicht notwendig, und die missbräuchliche Verwendung eines notwendigen Kontaktgrunds kann dazu führen, dass Amazon Ihre Möglichkeit einschränkt, Nachrichten zu senden. Wählen Sie den Kontaktgrund „Bewertung anfordern“ oder „Sonstiges“.',
        thanks:
          'Als Kontaktgrund ist „{reason}“ gewählt, die Nachricht bedankt sich aber nur beim Käufer oder bietet nur Hilfe an: Die missbräuchliche Verwendung eines notwendigen Kontaktgrunds kann dazu führen, dass Amazon Ihre Möglichkeit einschränkt, Nachrichten zu senden.',
        promotion:
          'Als Kontaktgrund ist „{reason}“ gewählt, aber „{actual}“ bewirbt Produkte: Die missbräuchliche Verwendung eines notwendigen Kontaktgrunds kann dazu führen, dass Amazon Ihre Möglichkeit einschränkt, Nachrichten zu senden.',
        notCritical:
          'Als Kontaktgrund ist „{reason}“ gewählt, aber nichts in der Nachricht betrifft das Thema „{reason}“: Die missbräuchliche Verwendung eines notwendigen Kontaktgrunds kann dazu führen, dass Amazon Ihre Möglichkeit einschränkt, Nachrichten zu senden. Wählen Sie den Kontaktgrund, um den es in der Nachricht geht.',
      },
    },
    'message-length': {
      title: 'Nachricht zu lang',
      why: 'Nachrichten dürfen höchstens 2.000 Zeichen lang sein, bei der Bestätigung von Anpassungsdetails höchstens 800.',
      messages: {
        tooLong: 'Die Nachricht ist {count} Zeichen lang; erlaubt sind {limit}. Kürzen Sie sie um {excess} Zeichen.',
        tooLongCustomization:
          'Die Nachricht ist {count} Zeichen lang; für Nachrichten zur Produktanpassung sind {limit} erlaubt. Kürzen Sie sie um {excess} Zeichen.',
      },
    },
    'missing-order-id': {
      title: 'Keine Bestellnummer',
      why: 'Jede Nachricht, die Sie von sich aus senden, sollte die Bestellnummer enthalten (etwa 112-1234567-1234567), wie es auch die Vorlagen von Amazon tun.',
      messages: {
        missing:
          'Keine Bestellnummer gefunden: Fügen Sie sie hinzu (etwa 112-1234567-1234567), damit der Käufer weiß, um welche Bestellung es geht – so machen es auch die Vorlagen von Amazon.',
      },
    },
    'language-mismatch': {
      title: 'Nicht in der Sprache des Käufers',
      why: 'Nachrichten müssen in der bevorzugten Sprache des Käufers verfasst sein, die von der Sprache des Marktplatzes abweichen kann.',
      messages: {
        mismatch:
          'Diese Nachricht scheint auf {language} verfasst zu sein, die bevorzugte Sprache des Käufers ist aber {buyerLanguage}: Nachrichten müssen in der Sprache des Käufers verfasst sein.',
      },
    },
    'contact-reason-mismatch': {
      title: 'Kontaktgrund passt nicht',
      why: 'Nur Kontaktgründe, die für die Abwicklung der Bestellung notwendig sind (Produktanpassung, Lieferterminvereinbarung, Probleme mit der Lieferadresse), erreichen Käufer, die Nachrichten abbestellt haben.',
      messages: {
        reviewReasonForCritical:
          'Als Kontaktgrund ist „Bewertung anfordern“ gewählt, die Nachricht betrifft aber das Thema „{reason}“: Wählen Sie diesen Kontaktgrund – er wird auch Käufern zugestellt, die Nachrichten abbestellt haben.',
        genericReasonForCritical:
          'Diese Nachricht scheint das Thema „{reason}“ zu betreffen: Mit dem Kontaktgrund „{reason}“ wird sie auch Käufern zugestellt, die Nachrichten abbestellt haben.',
      },
    },
    'review-request': {
      title: 'Bewertungsanfrage',
      why: 'Amazon erlaubt pro Bestellung nur eine Bitte um eine Bewertung oder ein Verkäufer-Feedback; Clearsend merkt sich die Anfragen, die Sie senden.',
      messages: {
        noted: '„{actual}“ bittet um eine Bewertung: Amazon erlaubt eine Anfrage pro Bestellung. Clearsend merkt sich diese Anfrage für die Bestellung, wenn Sie die Nachricht senden.',
      },
    },
  },
  labels: {
    removeTag: 'Kennzeichnung entfernen',
    removeLink: 'Link entfernen',
    useHttps: 'https verwenden',
    removeEmail: 'E-Mail-Adresse entfernen',
    removePhone: 'Telefonnummer entfernen',
    removeHtml: 'HTML entfernen',
    removeImage: 'Bild entfernen',
    removeEmoji: 'Emoji entfernen',
    keepOneEmptyLine: 'Eine Leerzeile lassen',
    normalCase: 'In normaler Schreibweise schreiben',
    useOneMark: 'Ein „{mark}“ verwenden',
    neutralWording: 'Neutral formulieren',
    reviewWithoutKind: 'Um eine Bewertung bitten, ohne zu sagen, welche',
    reviewWithoutRating: 'Um eine Bewertung bitten, ohne Sterne zu nennen',
    removeSentence: 'Diesen Satz entfernen',
    useAmazonWording: 'Formulierung von Amazon verwenden',
    removeWords: 'Diese Wörter entfernen',
    removePlaceholder: 'Platzhalter entfernen',
    fillOrderId: 'Bestellnummer einsetzen: {value}',
    fillBuyerName: 'Namen des Käufers einsetzen: {value}',
    fillSellerName: 'Ihren Namen einsetzen: {value}',
    chooseTemplate: 'Vorlage wählen',
    selectOverLimit: 'Text über der Grenze markieren',
  },
  languages: {
    en: 'Englisch',
    de: 'Deutsch',
    fr: 'Französisch',
    es: 'Spanisch',
    it: 'Italienisch',
    ja: 'Japanisch',
    nl: 'Niederländisch',
    sv: 'Schwedisch',
    pl: 'Polnisch',
    tr: 'Türkisch',
    pt: 'Portugiesisch',
    ar: 'Arabisch',
    zh: 'Chinesisch',
  },
  reasons: {
    customization: 'Produktanpassung',
    deliveryScheduling: 'Lieferterminvereinbarung',
    address: 'Problem mit der Lieferadresse',
  },
  criticalReasons: {
    customization: 'Produktanpassung',
    'delivery-scheduling': 'Lieferterminvereinbarung',
    'address-issue': 'Problem mit der Lieferadresse',
    'unexpected-problem': 'unerwartetes Problem',
  },
};
