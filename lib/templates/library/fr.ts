/** French templates (vouvoiement). Plain text; {tokens} are placeholders (see ../placeholders.ts). */
import type { LocaleLibrary } from '../types.ts';
import { lines } from './text.ts';

const SIGN_OFF = ['Bien cordialement,', '{sellerName}'];

export const fr: LocaleLibrary = {
  'address-problem': {
    title: 'Problème d’adresse de livraison',
    body: lines(
      'Bonjour {buyerName},',
      '',
      'Nous préparons l’expédition de votre commande {orderId}, mais le transporteur ne parvient pas à valider l’adresse de livraison : elle semble incomplète (il manque par exemple le numéro de rue ou d’appartement).',
      '',
      'Afin que votre {productName} vous parvienne sans encombre, pourriez-vous répondre à ce message en nous indiquant votre adresse complète, ou nous confirmer que l’adresse de la commande est correcte ?',
      '',
      'Nous attendrons votre réponse avant d’expédier le colis.',
      '',
      ...SIGN_OFF,
    ),
  },
  'information-needed': {
    title: 'Information nécessaire pour votre commande',
    body: lines(
      'Bonjour {buyerName},',
      '',
      'Merci pour votre commande {orderId}. Avant de pouvoir expédier votre {productName}, nous avons besoin d’une précision de votre part :',
      '',
      '{requestedInformation}',
      '',
      'Il vous suffit de répondre à ce message. Dès que nous aurons cette information, nous préparerons votre commande pour l’expédition.',
      '',
      ...SIGN_OFF,
    ),
  },
  'customization-confirmation': {
    title: 'Validation de votre personnalisation',
    body: lines(
      'Bonjour {buyerName},',
      '',
      'Merci pour votre commande {orderId}. Avant de fabriquer votre {productName}, nous souhaitons valider la personnalisation avec vous. Voici les informations dont nous disposons :',
      '',
      '{customizationDetails}',
      '',
      'Pourriez-vous vérifier attentivement l’orthographe, les espaces et les dates, puis nous confirmer que tout est correct ou nous envoyer les informations corrigées ? Nous lancerons la fabrication dès réception de votre réponse.',
      '',
      ...SIGN_OFF,
    ),
  },
  'delivery-scheduling': {
    title: 'Rendez-vous de livraison',
    body: lines(
      'Bonjour {buyerName},',
      '',
      'Votre {productName} (commande {orderId}) étant un article volumineux, la livraison sera assurée par un transporteur spécialisé, qui doit convenir d’un rendez-vous avec vous. La première date de livraison possible est le {deliveryDate}.',
      '',
      'Pourriez-vous nous indiquer les jours et les créneaux horaires qui vous conviennent, ainsi que toute information utile au livreur (escaliers, accès étroit, stationnement difficile) ? Nous transmettrons ensuite vos disponibilités au transporteur.',
      '',
      ...SIGN_OFF,
    ),
  },
  'delay-or-problem': {
    title: 'Retard de votre commande',
    body: lines(
      'Bonjour {buyerName},',
      '',
      'Nous sommes au regret de vous informer qu’un problème imprévu retarde votre commande {orderId} : nous ne pourrons pas expédier votre {productName} à la date prévue. Nous prévoyons désormais une livraison d’ici le {deliveryDate}.',
      '',
      'Si vous préférez ne pas attendre, répondez simplement à ce message et nous annulerons la commande. Si ce délai vous convient, vous n’avez rien à faire.',
      '',
      'Nous vous prions de bien vouloir nous excuser pour ce contretemps.',
      '',
      ...SIGN_OFF,
    ),
  },
  'return-question': {
    title: 'Question sur votre retour',
    body: lines(
      'Bonjour {buyerName},',
      '',
      'Nous avons bien reçu votre demande de retour pour votre {productName} (commande {orderId}). Afin de la traiter au plus vite, pourriez-vous nous en dire un peu plus sur le motif du retour ?',
      '',
      'Si l’article est arrivé endommagé ou ne fonctionne pas, une brève description et une photo du problème nous aideraient beaucoup. Nous pourrons peut-être vous proposer un remplacement ou trouver une solution sans que vous ayez à nous renvoyer l’article.',
      '',
      ...SIGN_OFF,
    ),
  },
  invoice: {
    title: 'Facture de votre commande',
    body: lines(
      'Bonjour {buyerName},',
      '',
      'Veuillez trouver ci-joint la facture de votre commande {orderId} ({productName}).',
      '',
      'Si une modification est nécessaire, par exemple l’ajout d’un nom de société ou d’un numéro de TVA, répondez simplement à ce message en nous indiquant les informations à faire figurer. Nous vous enverrons alors une facture corrigée.',
      '',
      ...SIGN_OFF,
    ),
  },
  'warranty-instructions': {
    title: 'Informations sur la garantie',
    body: lines(
      'Bonjour {buyerName},',
      '',
      'Votre {productName} (commande {orderId}) bénéficie d’une garantie. Vous trouverez en pièce jointe les conditions de garantie ainsi que le mode d’emploi, à conserver pour le cas où vous en auriez besoin.',
      '',
      'Si un défaut apparaît pendant la période de garantie, envoyez-nous un message depuis « Vos commandes » sur Amazon, avec une brève description du problème et, si possible, une photo. Nous organiserons alors une réparation ou un remplacement.',
      '',
      ...SIGN_OFF,
    ),
  },
  'review-request': {
    title: 'Demande de commentaire',
    body: lines(
      'Bonjour {buyerName},',
      '',
      'Nous espérons que votre commande {orderId} ({productName}) vous est bien parvenue.',
      '',
      'Si vous avez un moment, nous vous serions reconnaissants de partager votre expérience avec ce produit en rédigeant un commentaire client sur Amazon, depuis la page « Vos commandes ». Les commentaires aident les autres clients à faire leur choix.',
      '',
      ...SIGN_OFF,
    ),
  },
};
