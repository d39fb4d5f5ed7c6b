/** German templates (Sie-form). Plain text; {tokens} are placeholders (see ../placeholders.ts). */
import type { LocaleLibrary } from '../types.ts';
import { lines } from './text.ts';

const SIGN_OFF = ['Mit freundlichen Grüßen', '{sellerName}'];

export const de: LocaleLibrary = {
  'address-problem': {
    title: 'Problem mit der Lieferadresse',
    body: lines(
      'Guten Tag {buyerName},',
      '',
      'wir möchten Ihre Bestellung {orderId} versandfertig machen, doch der Versanddienstleister kann die Lieferadresse nicht bestätigen. Sie scheint unvollständig zu sein, zum Beispiel fehlt möglicherweise die Hausnummer.',
      '',
      'Damit der Artikel „{productName}“ sicher bei Ihnen ankommt, antworten Sie bitte auf diese Nachricht mit Ihrer vollständigen Adresse oder bestätigen Sie uns kurz, dass die Adresse in der Bestellung richtig ist.',
      '',
      'Bis zu Ihrer Antwort halten wir die Sendung zurück.',
      '',
      ...SIGN_OFF,
    ),
  },
  'information-needed': {
    title: 'Angaben zu Ihrer Bestellung benötigt',
    body: lines(
      'Guten Tag {buyerName},',
      '',
      'vielen Dank für Ihre Bestellung {orderId}. Bevor wir den Artikel „{productName}“ versenden können, benötigen wir noch eine Angabe von Ihnen:',
      '',
      '{requestedInformation}',
      '',
      'Bitte antworten Sie uns dazu einfach auf diese Nachricht. Sobald uns die Information vorliegt, bereiten wir Ihre Bestellung für den Versand vor.',
      '',
      ...SIGN_OFF,
    ),
  },
  'customization-confirmation': {
    title: 'Personalisierung bestätigen',
    body: lines(
      'Guten Tag {buyerName},',
      '',
      'vielen Dank für Ihre Bestellung {orderId}. Bevor wir den Artikel „{productName}“ für Sie anfertigen, möchten wir die Personalisierung mit Ihnen abstimmen. Folgende Angaben liegen uns vor:',
      '',
      '{customizationDetails}',
      '',
      'Bitte prüfen Sie Schreibweise, Leerzeichen und Datumsangaben sorgfältig. Bestätigen Sie uns anschließend kurz, dass alles stimmt, oder senden Sie uns die korrigierten Angaben. Sobald Ihre Antwort vorliegt, beginnen wir mit der Herstellung.',
      '',
      ...SIGN_OFF,
    ),
  },
  'delivery-scheduling': {
    title: 'Liefertermin vereinbaren',
    body: lines(
      'Guten Tag {buyerName},',
      '',
      'der Artikel „{productName}“ aus Ihrer Bestellung {orderId} ist ein Großstück und wird von einer Spedition zugestellt, die dafür einen Liefertermin mit Ihnen vereinbaren muss. Der frühestmögliche Liefertermin ist der {deliveryDate}.',
      '',
      'Bitte teilen Sie uns mit, an welchen Tagen und zu welchen Uhrzeiten Sie die Lieferung annehmen können und ob der Fahrer etwas beachten sollte, etwa Treppen, eine schmale Zufahrt oder wenig Parkmöglichkeiten. Wir geben Ihren Wunschtermin dann an die Spedition weiter.',
      '',
      ...SIGN_OFF,
    ),
  },
  'delay-or-problem': {
    title: 'Verzögerung bei Ihrer Bestellung',
    body: lines(
      'Guten Tag {buyerName},',
      '',
      'leider müssen wir Ihnen mitteilen, dass sich Ihre Bestellung {orderId} wegen eines unerwarteten Problems verzögert: Wir können den Artikel „{productName}“ nicht wie geplant versenden. Nach aktuellem Stand erhalten Sie ihn bis zum {deliveryDate}.',
      '',
      'Falls Sie nicht so lange warten möchten, antworten Sie bitte auf diese Nachricht, dann stornieren wir die Bestellung für Sie. Wenn Sie warten möchten, müssen Sie nichts weiter tun.',
      '',
      'Bitte entschuldigen Sie die Unannehmlichkeiten.',
      '',
      ...SIGN_OFF,
    ),
  },
  'return-question': {
    title: 'Rückfrage zu Ihrer Rücksendung',
    body: lines(
      'Guten Tag {buyerName},',
      '',
      'wir haben Ihre Rücksendeanfrage für den Artikel „{productName}“ aus der Bestellung {orderId} erhalten. Damit wir sie möglichst schnell bearbeiten können, würden wir gern etwas mehr über den Grund der Rücksendung erfahren.',
      '',
      'Falls der Artikel beschädigt angekommen ist oder nicht funktioniert, helfen uns eine kurze Beschreibung und ein Foto des Problems sehr. Vielleicht können wir Ihnen dann Ersatz schicken oder das Problem lösen, ohne dass Sie den Artikel zurücksenden müssen.',
      '',
      ...SIGN_OFF,
    ),
  },
  invoice: {
    title: 'Rechnung zu Ihrer Bestellung',
    body: lines(
      'Guten Tag {buyerName},',
      '',
      'anbei erhalten Sie die Rechnung zu Ihrer Bestellung {orderId} über den Artikel „{productName}“.',
      '',
      'Falls auf der Rechnung etwas geändert werden soll, etwa ein Firmenname oder Ihre Umsatzsteuer-Identifikationsnummer, antworten Sie bitte mit den entsprechenden Angaben auf diese Nachricht. Wir senden Ihnen dann eine korrigierte Rechnung.',
      '',
      ...SIGN_OFF,
    ),
  },
  'warranty-instructions': {
    title: 'Informationen zur Garantie',
    body: lines(
      'Guten Tag {buyerName},',
      '',
      'für den Artikel „{productName}“ aus Ihrer Bestellung {orderId} gilt eine Garantie. Die Garantiebedingungen und die Bedienungsanleitung haben wir dieser Nachricht angehängt, damit Sie beides bei Bedarf griffbereit haben.',
      '',
      'Sollte während der Garantiezeit ein Mangel auftreten, senden Sie uns bitte über „Meine Bestellungen“ auf Amazon eine Nachricht mit einer kurzen Beschreibung des Problems und nach Möglichkeit einem Foto. Wir kümmern uns dann um eine Reparatur oder einen Ersatz.',
      '',
      ...SIGN_OFF,
    ),
  },
  'review-request': {
    title: 'Bitte um eine Rezension',
    body: lines(
      'Guten Tag {buyerName},',
      '',
      'wir hoffen, der Artikel „{productName}“ aus Ihrer Bestellung {orderId} ist gut bei Ihnen angekommen.',
      '',
      'Wenn Sie einen Moment Zeit haben, würden wir uns freuen, wenn Sie Ihre Erfahrungen mit dem Produkt in einer Rezension auf Amazon teilen. Das geht ganz einfach über „Meine Bestellungen“. Rezensionen helfen anderen Kundinnen und Kunden bei ihrer Kaufentscheidung.',
      '',
      ...SIGN_OFF,
    ),
  },
};
