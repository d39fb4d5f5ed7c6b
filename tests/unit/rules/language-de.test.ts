/**
 * German phrase data (lib/rules/phrases/de.ts): for every rule that German phrases feed, cases
 * that must be found and near-misses that must not, in the registers sellers write (Sie and du,
 * non-native German included).
 */
import { runRuleTable } from './tester.ts';

const order = '302-1234567-1234567';

runRuleTable('de: review-conditional', 'review-conditional', {
  valid: [
    'Würden Sie Ihre Erfahrungen mit der Lampe in einer Bewertung teilen?',
    'Falls Ihnen die Farbe nicht gefällt, tauschen wir die Decke gern um. Über eine ehrliche Rezension freuen wir uns.',
    'Welche Schriftfarbe gefällt Ihnen besser? Ihre Meinung entscheidet, was wir drucken.',
    'Wenn du Zeit hast, schreib gern eine Rezension. Ehrliche Erfahrungen helfen anderen.',
  ],
  invalid: [
    { text: 'Wenn Ihnen die Lampe gefällt, freuen wir uns über eine Bewertung.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Hat dir das Shirt gefallen? Dann schreib uns doch eine Rezension.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Falls alles zu Ihrer Zufriedenheit ist, hinterlassen Sie uns doch ein paar nette Zeilen.', errors: [{ ruleId: 'review-conditional' }] },
    {
      text: 'Sollten Sie nicht zufrieden sein, melden Sie sich bitte zuerst bei uns, bevor Sie bewerten.',
      errors: [{ ruleId: 'review-conditional', actual: 'bevor Sie bewerten' }],
    },
  ],
});

runRuleTable('de: review-incentive', 'review-incentive', {
  valid: [
    'Wir senden Ihnen kostenlos Ersatz und würden uns danach über eine ehrliche Bewertung freuen.',
    'Als Entschuldigung erstatten wir Ihnen die Versandkosten.',
    'Den Coupon über 5 €, den Sie auf der Produktseite aktiviert hatten, haben wir Ihnen erstattet.',
  ],
  invalid: [
    { text: 'Für jede Rezension schenken wir Ihnen einen Gutschein über 10 €.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Schreiben Sie eine Bewertung und Sie erhalten ein Gratisprodukt.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Wer seine Eindrücke auf Amazon teilt, bekommt von uns ein kleines Geschenk.', errors: [{ ruleId: 'review-incentive' }] },
  ],
});

runRuleTable('de: review-pressure', 'review-pressure', {
  valid: [
    'Unser kleiner Familienbetrieb fertigt jede Tasse von Hand. Über eine Bewertung würden wir uns freuen.',
    'Ihre ehrliche Einschätzung hilft anderen Kunden bei der Auswahl.',
  ],
  invalid: [
    { text: 'Als kleiner Familienbetrieb sind wir auf jede Bewertung angewiesen.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'Ohne Ihre Sterne können wir als kleiner Laden nicht überleben.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'Mein Job hängt davon ab, dass Sie uns eine Rezension schreiben.', errors: [{ ruleId: 'review-pressure' }] },
  ],
});

runRuleTable('de: review-instruction', 'review-instruction', {
  valid: [
    'Wie Sie in Ihrer Bewertung erwähnt haben, war der Karton beschädigt; wir senden Ersatz.',
    'Vielen Dank für Ihre freundlichen Worte! Über eine Bewertung würden wir uns freuen.',
    'Schreiben Sie uns bitte, wie viele Stühle Sie noch brauchen.',
  ],
  invalid: [
    { text: 'Kopieren Sie Ihre netten Worte doch einfach in eine Rezension.', errors: [{ ruleId: 'review-instruction' }] },
    { text: 'Schreib in deiner Rezension gern, dass alles super geklappt hat.', errors: [{ ruleId: 'review-instruction' }] },
    { text: 'Etwas wie „Top Qualität, schneller Versand“ wäre in Ihrer Bewertung perfekt.', errors: [{ ruleId: 'review-instruction' }] },
  ],
});

runRuleTable('de: review-change', 'review-change', {
  valid: [
    'Wir haben Ihre Bewertung gelesen und die Verpackung daraufhin verbessert.',
    'Bitte ändern Sie Ihre Lieferadresse in Ihrem Amazon-Konto.',
    'Wenn Sie der Ansicht sind, dass wir Ihr Anliegen zu Ihrer Zufriedenheit gelöst haben, können Sie das ursprünglich abgegebene Feedback hier aktualisieren oder entfernen.',
  ],
  invalid: [
    { text: 'Könnten Sie Ihre Rezension bitte löschen, jetzt wo das Problem gelöst ist?', errors: [{ ruleId: 'review-change' }] },
    { text: 'Wir bitten Sie, Ihre negative Bewertung zu überdenken.', errors: [{ ruleId: 'review-change' }] },
    { text: 'Könnten Sie Ihr Feedback bitte aktualisieren?', errors: [{ ruleId: 'review-change' }] },
  ],
});

runRuleTable('de: feedback-notice', 'feedback-notice', {
  valid: [
    // Amazon's notice in German and in English is acceptable as it stands.
    'Wenn Sie der Ansicht sind, dass wir Ihr Anliegen zu Ihrer Zufriedenheit gelöst haben, können Sie das ursprünglich abgegebene Feedback hier aktualisieren oder entfernen.',
    'Der Ersatz ist angekommen. If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided here.',
    // A plea is not a neutral notice: it stays a review-change error.
    'Könnten Sie Ihr Feedback bitte aktualisieren?',
  ],
  invalid: [
    {
      text: 'Nachdem wir Ihr Problem gelöst haben, können Sie Ihr Feedback hier aktualisieren oder entfernen.',
      errors: [{ ruleId: 'feedback-notice' }],
      output: 'Wenn Sie der Ansicht sind, dass wir Ihr Anliegen zu Ihrer Zufriedenheit gelöst haben, können Sie das ursprünglich abgegebene Feedback hier aktualisieren oder entfernen.',
    },
    {
      text: 'Wenn Sie zufrieden sind, dass wir Ihr Anliegen gelöst haben, können Sie die ursprünglich abgegebene Verkäuferbewertung hier aktualisieren oder entfernen.',
      errors: [{ ruleId: 'feedback-notice' }],
    },
  ],
});

runRuleTable('de: contact-request', 'contact-request', {
  valid: [
    'Ist die Telefonnummer in Ihrer Bestellung noch aktuell? Der Fahrer ruft vor der Zustellung an.',
    'Wir schicken die Anleitung an Ihre E-Mail-Adresse bei Amazon.',
    'Schicken Sie uns bitte die Seriennummer vom Typenschild.',
    'Bitte teilen Sie uns Ihre Telefonnummer für die Spedition mit.',
  ],
  invalid: [
    {
      text: 'Nennen Sie uns bitte Ihre Handynummer, damit unser Techniker Sie zurückrufen kann.',
      errors: [{ ruleId: 'contact-request', actual: 'Nennen Sie uns bitte Ihre Handynummer, damit unser Techniker Sie zurückrufen kann.' }],
    },
    { text: 'Schick mir doch kurz deine E-Mail-Adresse, dann bekommst du die Anleitung.', errors: [{ ruleId: 'contact-request' }] },
    { text: 'Wenn Sie uns Ihre private E-Mail-Adresse mitteilen, senden wir das Handbuch.', errors: [{ ruleId: 'contact-request' }] },
  ],
});

runRuleTable('de: messenger-app', 'messenger-app', {
  valid: [
    'Die Fotos können Sie einfach hier über die Amazon-Nachrichten schicken.',
    'Wir melden uns über das Amazon-Postfach bei Ihnen, sobald der Ersatz verschickt ist.',
  ],
  invalid: [
    { text: 'Schreiben Sie uns einfach per WhatsApp, das geht schneller.', errors: [{ ruleId: 'messenger-app' }] },
    { text: 'Schick uns die Fotos gern als Direktnachricht auf Instagram.', errors: [{ ruleId: 'messenger-app', actual: 'Direktnachricht auf Instagram' }] },
  ],
});

runRuleTable('de: off-amazon-sale', 'off-amazon-sale', {
  valid: [
    'Die Anleitung finden Sie auch auf unserer Website.',
    'Wir dürfen außerhalb von Amazon keine Bestellungen annehmen.',
    'Unser Lager ist direkt bei uns im Haus, deshalb versenden wir schnell.',
  ],
  invalid: [
    { text: 'Beim nächsten Mal bestellen Sie am besten direkt bei uns.', errors: [{ ruleId: 'off-amazon-sale' }] },
    { text: 'Den Tisch gibt es in unserem eigenen Onlineshop sogar günstiger.', errors: [{ ruleId: 'off-amazon-sale' }] },
    { text: 'Gerne verkaufen wir Ihnen den zweiten Stuhl außerhalb von Amazon.', errors: [{ ruleId: 'off-amazon-sale', actual: 'außerhalb von Amazon' }] },
  ],
});

runRuleTable('de: off-amazon-payment', 'off-amazon-payment', {
  valid: [
    'Die Erstattung wird auf Ihr Konto überwiesen.',
    'Bitte zahlen Sie dem Fahrer nichts, alles ist bereits bezahlt.',
    'Der Reifendruck sollte bei 2,5 bar liegen.',
  ],
  invalid: [
    { text: 'Bitte überweisen Sie den Restbetrag auf unser Konto.', errors: [{ ruleId: 'off-amazon-payment' }] },
    { text: 'Die Montagepauschale zahlen Sie bitte in bar an den Monteur.', errors: [{ ruleId: 'off-amazon-payment', actual: 'in bar' }] },
    { text: 'Den zweiten Stuhl schicken wir Ihnen gegen Banküberweisung.', errors: [{ ruleId: 'off-amazon-payment', actual: 'gegen Banküberweisung' }] },
  ],
});

runRuleTable('de: cancellation-request', 'cancellation-request', {
  valid: [
    'Wenn Sie nicht warten möchten, stornieren wir die Bestellung gern für Sie.',
    'Sie müssen nichts weiter tun, die Bestellung haben wir bereits storniert.',
    'Sie brauchen keine Stornierung zu beantragen, das erledigen wir.',
    'Bitte teilen Sie uns mit, ob wir die Bestellung stornieren sollen.',
    'Wenn Sie möchten, können wir die Bestellung auch selbst stornieren.',
  ],
  invalid: [
    { text: 'Könnten Sie die Bestellung bitte selbst stornieren?', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Wir möchten Sie bitten, die Bestellung zu stornieren.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Magst du den Kauf einfach canceln?', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Bitte Sie können die Bestellung selbst stornieren in Ihre Konto.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Am einfachsten wäre es, wenn Sie vom Kauf zurücktreten.', errors: [{ ruleId: 'cancellation-request' }] },
  ],
});

runRuleTable('de: help-only', 'help-only', {
  valid: [
    `Hallo,\n\nanbei die Rechnung zu Ihrer Bestellung ${order}. Bei Fragen stehen wir Ihnen gern zur Verfügung.\n\nViele Grüße`,
    'Hallo,\n\ndie Ersatzlieferung geht morgen raus. Bei Fragen sind wir für Sie da.\n\nViele Grüße',
  ],
  invalid: [
    {
      text: 'Guten Tag Herr Roth,\n\nich bin ab sofort Ihr persönlicher Ansprechpartner. Wenn Sie Fragen haben, stehe ich Ihnen jederzeit gerne zur Verfügung.\n\nMit freundlichen Grüßen\nPeter Lang',
      errors: [{ ruleId: 'help-only' }],
    },
    {
      text: 'Hallo,\n\nfalls es Probleme gibt, melden Sie sich gerne bei uns. Wir sind für Sie da.\n\nViele Grüße\nTeam Lumi',
      errors: [{ ruleId: 'help-only' }],
    },
  ],
});

runRuleTable('de: delivery-check-in', 'delivery-check-in', {
  valid: [
    'Hallo,\n\nlaut DHL wurde Ihr Paket zugestellt, leider fehlt darin das Netzteil. Wir schicken es heute nach.\n\nViele Grüße',
    'Hallo,\n\nwir wollten nachfragen, ob das Paket angekommen ist, denn die Hausnummer auf dem Etikett war unvollständig. Bitte geben Sie uns kurz Bescheid.\n\nViele Grüße',
  ],
  invalid: [
    {
      text: `Hallo Frau Adler,\n\nist Ihre Bestellung ${order} gut bei Ihnen angekommen?\n\nHerzliche Grüße\nTeeladen`,
      errors: [{ ruleId: 'delivery-check-in' }],
    },
    {
      text: 'Hallo,\n\nwir wollten nur kurz nachfragen, ob Ihr Paket heil angekommen ist.\n\nViele Grüße\nIhr Team von Lumi',
      errors: [{ ruleId: 'delivery-check-in' }],
    },
    { text: 'Hi Jana,\n\nkonntest du dein Paket schon auspacken?\n\nLG Tobi', errors: [{ ruleId: 'delivery-check-in' }] },
  ],
});

runRuleTable('de: placeholder', 'placeholder', {
  valid: [
    { text: 'Der Gravurtext lautet {Für immer dein} – bitte bestätigen Sie ihn.', options: { asSent: true } },
    { text: 'Bitte beachten Sie die Hinweise [siehe Anleitung, Seite 3].', options: { asSent: true } },
    { text: 'Die Farbe {Salbeigrün} ist leider ausverkauft.', options: { asSent: true } },
    { text: 'Hallo {Vorname}, Ihre Bestellung {Bestellnummer} ist angekommen.', options: { asSent: false } },
  ],
  invalid: [
    {
      text: 'Hallo {Vorname}, Ihre Bestellung [Bestellnummer] ist unterwegs.',
      options: { asSent: true },
      errors: [{ ruleId: 'placeholder', actual: '{Vorname}' }, { ruleId: 'placeholder', actual: '[Bestellnummer]' }],
    },
    { text: 'Viele Grüße\n[Name des Mitarbeiters]', options: { asSent: true }, errors: [{ ruleId: 'placeholder', actual: '[Name des Mitarbeiters]' }] },
    { text: 'Ihr Paket kommt am <Lieferdatum>.', options: { asSent: true }, errors: [{ ruleId: 'placeholder', actual: '<Lieferdatum>' }] },
  ],
});

runRuleTable('de: critical-reason-misuse', 'critical-reason-misuse', {
  valid: [
    {
      text: `Hallo Frau Berg,\n\nleider ist beim Versand Ihres Spiegels (Bestellung ${order}) das Glas gesprungen. Wir schicken Ihnen heute einen neuen.\n\nViele Grüße`,
      options: { contactReason: 'unexpected-problem' },
    },
    {
      text: `Hallo Herr Brand,\n\nIhr Sofa aus der Bestellung ${order} wird per Spedition geliefert. Passt Ihnen Dienstag zwischen 8 und 12 Uhr?\n\nViele Grüße`,
      options: { contactReason: 'delivery-scheduling' },
    },
    {
      text: `Hallo Frau Lind,\n\nanbei der Entwurf für Ihr Türschild (Bestellung ${order}). Bitte geben Sie uns die Freigabe, dann fertigen wir.\n\nViele Grüße`,
      options: { contactReason: 'customization' },
    },
    {
      text: `Hallo Herr Brand,\n\ndie Post hat das Paket zur Bestellung ${order} zurückgeschickt: Die Hausnummer fehlt. Können Sie uns die vollständige Anschrift schicken?\n\nViele Grüße`,
      options: { contactReason: 'address-issue' },
    },
  ],
  invalid: [
    {
      text: `Hallo Herr Brand,\n\nwir hoffen, Ihr Sofa aus der Bestellung ${order} gefällt Ihnen. Würden Sie Ihre Erfahrungen in einer Rezension teilen?\n\nViele Grüße`,
      options: { contactReason: 'address-issue' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
    {
      text: 'Hallo Herr Kurz,\n\nvielen Dank für Ihren Einkauf. Wir wünschen Ihnen viel Freude mit dem Toaster und einen schönen Tag.\n\nViele Grüße',
      options: { contactReason: 'delivery-scheduling' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
    {
      text: `Hallo Herr Kurz,\n\nzu Ihrer Bestellung ${order}: Den Toaster gibt es jetzt auch in Rot. Schauen Sie gerne in unserem Shop vorbei.\n\nViele Grüße`,
      options: { contactReason: 'unexpected-problem' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
  ],
});

// Round 2: indirect wordings (a family each), with near-misses.
runRuleTable('de: review-conditional (indirect)', 'review-conditional', {
  valid: ['Ist die Farbe so, wie Sie sie sich vorgestellt haben? Bitte bestätigen Sie den Entwurf bis Freitag.'],
  invalid: [
    { text: 'Hat dir die Lampe schon gute Dienste geleistet? Dann würden wir uns über ein paar nette Worte auf Amazon freuen.', errors: [{ ruleId: 'review-conditional' }] },
    { text: `Hat Ihnen die Kaffeemühle aus der Bestellung ${order} den Morgen versüßt? Dann freuen wir uns über ein paar Zeilen.`, errors: [{ ruleId: 'review-conditional' }] },
  ],
});

runRuleTable('de: review-incentive (without the word)', 'review-incentive', {
  valid: ['Als Entschuldigung für den Kratzer haben wir Ihnen 25 € erstattet.'],
  invalid: [
    { text: 'Alle, die ihre Meinung zum Toaster auf Amazon teilen, erhalten von uns einen 10-€-Gutschein.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Schicken Sie uns einen Screenshot Ihres Beitrags auf der Produktseite, dann bekommen Sie 15 € zurück.', errors: [{ ruleId: 'review-incentive' }] },
  ],
});

runRuleTable('de: review-pressure (survival)', 'review-pressure', {
  valid: ['Wir sind ein kleiner Betrieb und prüfen jede Lampe selbst, bevor sie das Haus verlässt.'],
  invalid: [
    { text: 'Jede Stimme auf Amazon entscheidet darüber, ob wir nächstes Jahr noch weitermachen. Ein paar Sterne würden uns retten.', errors: [{ ruleId: 'review-pressure' }, { ruleId: 'review-pressure' }] },
  ],
});

runRuleTable('de: review-instruction (ansprechen)', 'review-instruction', {
  valid: ['Wenn Sie möchten, können wir die Lieferzeit am Telefon des Paketdienstes ansprechen lassen.'],
  invalid: [
    { text: 'Falls Sie Ihre Erfahrungen auf Amazon festhalten, wäre es toll, wenn Sie dabei die schnelle Lieferung ansprechen könnten.', errors: [{ ruleId: 'review-instruction' }] },
  ],
});

runRuleTable('de: review-change (indirect)', 'review-change', {
  valid: [
    'Vielen Dank für Ihr Feedback zur Passform. Möchten Sie die Größe ändern? Dann schicken wir die Jacke in L.',
    'Wir haben Ihr Feedback gelesen und werden den Abschnitt in der Anleitung anders formulieren.',
  ],
  invalid: [
    { text: 'Ihre Verkäuferbewertung gibt den heutigen Stand nicht mehr wieder. Vielleicht mögen Sie sie entsprechend ergänzen?', errors: [{ ruleId: 'review-change' }] },
  ],
});

runRuleTable('de: contact-request (indirect)', 'contact-request', {
  valid: ['Für die Spedition: Ist die Handynummer aus Ihrer Bestellung noch aktuell?'],
  invalid: [
    { text: 'Unter welcher E-Mail-Adresse erreichen wir Sie am besten?', errors: [{ ruleId: 'contact-request' }] },
    { text: 'Hinterlegen Sie bitte kurz Ihre Handynummer hier im Chat, dann meldet sich unser Techniker.', errors: [{ ruleId: 'contact-request' }] },
  ],
});

runRuleTable('de: cancellation-request (rückgängig)', 'cancellation-request', {
  valid: ['Wenn Sie die Änderung rückgängig machen möchten, halten Sie die Reset-Taste gedrückt.'],
  invalid: [
    { text: 'Bitte machen Sie die Bestellung über Ihr Konto rückgängig.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Am schnellsten geht es, wenn Sie den Kauf über „Meine Bestellungen“ rückgängig machen.', errors: [{ ruleId: 'cancellation-request' }] },
  ],
});

runRuleTable('de: help-only (Betreuer)', 'help-only', {
  valid: ['Hallo, ich bin Ihre persönliche Betreuerin. Leider fehlt bei Ihrer Bestellung die Schraube, wir schicken sie heute nach. Grüße'],
  invalid: [
    { text: 'Hallo, ich bin Ihre persönliche Betreuerin bei Nordlicht. Schreiben Sie mir, sobald Sie etwas brauchen. Liebe Grüße Anna', errors: [{ ruleId: 'help-only' }] },
  ],
});

runRuleTable('de: delivery-check-in (Passt alles?)', 'delivery-check-in', {
  valid: ['Hallo, der Fahrer hat zugestellt gemeldet, aber Sie haben kein Paket? Wir starten eine Nachforschung. Grüße'],
  invalid: [{ text: 'Hallo, war alles gut mit der Zustellung? Grüße, Lisa', errors: [{ ruleId: 'delivery-check-in' }] }],
});
