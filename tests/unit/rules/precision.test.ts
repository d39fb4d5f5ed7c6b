/**
 * Texts from ordinary customer service that must raise no warning or error at all: a seller who
 * sees false alarms turns the checker off.
 */
import { runRuleTable } from './tester.ts';

const order = '112-1234567-1234567';
const loud = (f: { severity: string }) => f.severity !== 'info';

runRuleTable('no false alarms', loud, {
  valid: [
    `Your order ${order}: we will send a free replacement.`,
    `Your order ${order}: we reviewed your return and the refund is on its way.`,
    `Your order ${order}: the terms of sale allow a return within 30 days.`,
    `Your order ${order}: we will deal with the damage right away.`,
    `Your order ${order}: we can offer a refund or a replacement, whichever you prefer.`,
    `Your order ${order}. Important: a signature is required on delivery.`,
    `Your order ${order}: please review the attached invoice.`,
    `Your order ${order}: https://www.amazon.com/gp/your-account/order-details?orderID=${order} shows it.`,
    `Your order ${order} is delayed at the depot, sorry: you can follow it at https://www.ups.com/track?tracknum=1Z999AA10123456784 .`,
    `Your order ${order} was damaged in transit; please call the carrier to arrange the pickup.`,
    `Your order ${order}: would you mind sharing your experience in a review?`,
    'Thank you for your order. Unfortunately the blue version is out of stock, would you like the green one or a refund?',
    `Ihre Bestellung ${order}: Wir senden Ihnen kostenlosen Ersatz. Alternativ bieten wir Rückerstattung oder Ersatz an.`,
    `Votre commande ${order} : nous proposons un remboursement ou remplacement, selon votre choix.`,
    `Su pedido ${order}: le ofrecemos un reembolso o sustitución, como prefiera.`,
    `Il suo ordine ${order}: possiamo offrire un rimborso o sostituzione, come preferisce.`,
    `ご注文番号${order}につきまして、返金または交換にて対応いたします。ご希望をお知らせください。`,
    `Hi Sarah,\n\nyour order ${order} needs an engraving text. Could you send us the names to engrave (max. 20 characters)?\n\nKind regards,\nDaniel`,
    `Hello, for your order ${order} we need a delivery appointment for the sofa: would Tuesday 2024-05-07 between 8:00 and 12:00 work?`,
    `Hallo, zu Ihrer Bestellung ${order}: Die Hausnummer fehlt in der Lieferadresse. Können Sie uns diese bitte mitteilen?`,
    `Bonjour, pour votre commande ${order}, le transporteur indique une adresse incomplète. Pouvez-vous nous donner le code d'accès ?`,
    `Hola, sobre su pedido ${order}: ¿podría confirmarnos el texto del grabado? Gracias.`,
    `Buongiorno, per il suo ordine ${order} ci serve il numero civico per la consegna. Grazie.`,
    `The set is 120 x 60 cm, costs €129.99 and ships from our warehouse on 01.05.2024 (ASIN B08XYZ1234, order ${order}).`,
    `Your order ${order}: the invoice.pdf is attached, e.g. for your tax records; see section 3.5 of the manual v1.2.3.`,
    `Your order ${order}: the UPS and DHL labels for the FBA return are attached; the USB-C cable is included.`,
  ],
});
