/**
 * French phrase data (lib/rules/phrases/fr.ts): every rule that French wording feeds, with
 * violations in several registers (formal letters, "tu", non-native sellers) and near-misses
 * that must stay quiet. Written for these tests, not taken from the corpus.
 */
import { runRuleTable } from './tester.ts';

const order = '405-1234567-7654321';

runRuleTable('fr review-conditional', 'review-conditional', {
  valid: [
    'Si vous avez un moment, accepteriez-vous de laisser un commentaire sur votre commande ?',
    "Pourriez-vous partager votre expérience dans un avis, s'il vous plaît ?",
    "Voici la maquette de votre faire-part. Si le rendu vous plaît, nous lançons l'impression. Nous attendons votre avis sur la maquette.",
    'Si vous préférez un remplacement, répondez simplement à ce message. Votre avis sincère aide les autres clients.',
    'Le livreur laissera un avis de passage si vous êtes absent. Si vous êtes satisfait de ce créneau, répondez « oui ».',
  ],
  invalid: [
    { text: 'Si le tapis vous plaît, un petit commentaire sur Amazon nous ferait très plaisir.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Vous êtes satisfaite de votre théière ? Alors partagez votre expérience sur Amazon.', errors: [{ ruleId: 'review-conditional' }] },
    { text: "Si tu es contente de ta gourde, laisse-nous un commentaire !", errors: [{ ruleId: 'review-conditional' }] },
    { text: 'En cas de souci, écrivez-nous avant de laisser un avis.', errors: [{ ruleId: 'review-conditional', actual: 'écrivez-nous avant de laisser un avis' }] },
    { text: "Si la lampe a tenu ses promesses, quelques mots de votre part sur sa fiche produit nous aideraient.", errors: [{ ruleId: 'review-conditional' }] },
  ],
});

runRuleTable('fr review-incentive', 'review-incentive', {
  valid: [
    "Nous sommes désolés : un remplacement gratuit part aujourd'hui.",
    'Le remboursement de 24,90 € a été effectué. Accepteriez-vous de partager votre expérience ?',
    "Nous sommes navrés pour la casse : nous vous remboursons intégralement, et si vous le souhaitez, un avis nous aiderait.",
  ],
  invalid: [
    { text: "Laissez un commentaire et recevez un bon d'achat de 5 €.", errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Un petit cadeau attend tous ceux qui partagent leur expérience sur Amazon.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Nous remboursons la moitié du prix contre un avis honnête.', errors: [{ ruleId: 'review-incentive', actual: 'contre un avis' }] },
  ],
});

runRuleTable('fr review-pressure', 'review-pressure', {
  valid: [
    'Votre avis sincère aide les autres clients à choisir.',
    'Votre commande est très importante pour nous : elle part demain par Colissimo.',
    "Pour la gravure, nous avons besoin de votre avis : initiales seules ou prénom complet ?",
  ],
  invalid: [
    { text: 'Notre petite boutique dépend de vos avis : sans eux, nous risquons de fermer.', errors: [{ ruleId: 'review-pressure' }] },
    { text: "N'oubliez pas de nous laisser une évaluation, c'est très important pour nous !", errors: [{ ruleId: 'review-pressure' }] },
    { text: 'Je vous en supplie, laissez-nous un commentaire : mon emploi en dépend.', errors: [{ ruleId: 'review-pressure' }] },
  ],
});

runRuleTable('fr review-instruction', 'review-instruction', {
  valid: [
    'Pourriez-vous mentionner le numéro de série dans votre réponse ?',
    'Merci pour vos compliments sur notre emballage !',
  ],
  invalid: [
    { text: 'Si vous rédigez un avis, mentionnez la rapidité de la livraison.', errors: [{ ruleId: 'review-instruction' }] },
    { text: 'Vous pouvez reprendre les mots de votre message dans votre commentaire sur Amazon.', errors: [{ ruleId: 'review-instruction' }] },
  ],
});

runRuleTable('fr review-change', 'review-change', {
  valid: [
    'Nous avons examiné votre retour et le remboursement est en cours.',
    'Nous avons revu notre emballage après votre remarque.',
    "Vous pouvez modifier l'adresse de livraison dans votre compte.",
  ],
  invalid: [
    { text: 'Maintenant que tout fonctionne, accepteriez-vous de revoir votre note ?', errors: [{ ruleId: 'review-change', actual: 'revoir votre note' }] },
    { text: 'Serait-il possible de supprimer le commentaire négatif laissé hier ?', errors: [{ ruleId: 'review-change' }] },
    { text: "Votre avis à une étoile nous pénalise : pourriez-vous le retirer ?", errors: [{ ruleId: 'review-change' }] },
  ],
});

const notice =
  "Si vous estimez que nous avons résolu votre problème, il est possible de mettre à jour ou de supprimer l'évaluation que vous avez initialement laissée ici.";

runRuleTable('fr feedback-notice', 'feedback-notice', {
  valid: [
    notice,
    `Le nouveau chargeur est parti ce matin. ${notice}`,
    "Vous pouvez modifier l'adresse de livraison dans votre compte.",
  ],
  invalid: [
    {
      text: 'La pièce est arrivée. Si vous estimez que le problème a été résolu, vous pouvez modifier ou supprimer votre évaluation vendeur.',
      errors: [{ ruleId: 'feedback-notice' }],
      output: `La pièce est arrivée. ${notice}`,
    },
    { text: "Tout est réglé : sachez qu'il est possible de mettre à jour votre évaluation.", errors: [{ ruleId: 'feedback-notice' }] },
  ],
});

runRuleTable('fr contact-request', 'contact-request', {
  valid: [
    'Le livreur a besoin de votre numéro de téléphone pour la livraison : est-ce bien celui de la commande ?',
    'Pourriez-vous nous indiquer votre numéro de commande ?',
    "Merci de nous envoyer votre téléphone défectueux avec l'étiquette de retour.",
    "Pourriez-vous nous confirmer votre adresse de livraison et le code d'accès ?",
  ],
  invalid: [
    { text: 'Pourriez-vous nous communiquer votre adresse e-mail ? Nous vous enverrons le guide.', errors: [{ ruleId: 'contact-request' }] },
    { text: 'Laissez-nous un numéro de portable, notre technicien vous rappellera.', errors: [{ ruleId: 'contact-request' }] },
    { text: 'À quel numéro pouvons-nous vous joindre demain matin ?', errors: [{ ruleId: 'contact-request' }] },
  ],
});

runRuleTable('fr messenger-app', 'messenger-app', {
  valid: [
    'Vous pouvez joindre vos photos directement à votre réponse, ici sur la messagerie Amazon.',
    'Le sac messager en cuir est de nouveau disponible en marron.',
  ],
  invalid: [
    { text: 'Envoyez-moi les photos sur WhatsApp, ce sera plus simple.', errors: [{ ruleId: 'messenger-app' }] },
    { text: 'Écrivez-nous en message privé sur Instagram pour le suivi de la fabrication.', errors: [{ ruleId: 'messenger-app' }] },
  ],
});

runRuleTable('fr off-amazon-sale', 'off-amazon-sale', {
  valid: [
    "Nous ne pouvons pas vendre en dehors d'Amazon, merci de votre compréhension.",
    'La notice est disponible sur la page Amazon du produit.',
    'Nous allons régler cela directement avec le transporteur.',
  ],
  invalid: [
    { text: "La prochaine fois, commandez directement chez nous, c'est moins cher.", errors: [{ ruleId: 'off-amazon-sale' }] },
    { text: 'Vous pouvez aussi acheter la recharge sur notre boutique en ligne.', errors: [{ ruleId: 'off-amazon-sale' }] },
    { text: 'Le plus simple : nous la passer directement, nous livrons samedi.', errors: [{ ruleId: 'off-amazon-sale' }] },
  ],
});

runRuleTable('fr off-amazon-payment', 'off-amazon-payment', {
  valid: [
    "Le remboursement sera effectué sur votre moyen de paiement d'origine.",
    "Nous n'acceptons aucun virement : tout passe par Amazon.",
  ],
  invalid: [
    { text: 'Vous pouvez régler par virement bancaire, voici notre RIB.', errors: [{ ruleId: 'off-amazon-payment' }, { ruleId: 'off-amazon-payment' }] },
    { text: 'Le solde sera payé en espèces au livreur.', errors: [{ ruleId: 'off-amazon-payment' }] },
  ],
});

runRuleTable('fr cancellation-request', 'cancellation-request', {
  valid: [
    'Nous avons annulé votre commande et vous serez remboursé sous 48 h.',
    "Vous n'avez pas besoin d'annuler : le bon modèle part aujourd'hui.",
    'Souhaitez-vous que nous annulions la commande ou préférez-vous attendre ?',
    'Le rendez-vous de livraison a été annulé par le transporteur.',
  ],
  invalid: [
    { text: "Merci d'annuler la commande depuis votre compte Amazon.", errors: [{ ruleId: 'cancellation-request' }] },
    { text: "Tu peux annuler ta commande stp ? On n'a plus de stock.", errors: [{ ruleId: 'cancellation-request' }] },
    { text: "Nous vous saurions gré de bien vouloir procéder à l'annulation.", errors: [{ ruleId: 'cancellation-request' }] },
  ],
});

runRuleTable('fr help-only', 'help-only', {
  valid: [
    'Bonjour,\n\nVotre colis a été retardé par une grève. Nous restons à votre disposition.\n\nCordialement',
    'Bonjour,\n\nVoici la notice demandée en pièce jointe. Pour toute question, nous sommes là pour vous aider.\n\nCordialement',
  ],
  invalid: [
    {
      text: "Bonjour Monsieur Blanc,\n\nJe suis Hélène, votre conseillère dédiée. N'hésitez pas à me contacter pour toute question.\n\nBien à vous,\nHélène",
      errors: [{ ruleId: 'help-only' }],
    },
    {
      text: 'Bonjour,\n\nNous restons à votre entière disposition pour toute question concernant votre commande.\n\nCordialement,\nLe service client',
      errors: [{ ruleId: 'help-only' }],
    },
  ],
});

runRuleTable('fr delivery-check-in', 'delivery-check-in', {
  valid: [
    "Bonjour,\n\nAvez-vous bien reçu votre colis ? Le transporteur indique qu'il a été remis à votre voisin.\n\nCordialement",
    'Bonjour,\n\nVotre colis est-il bien arrivé ? La notice manquait peut-être : la voici en pièce jointe.\n\nCordialement',
  ],
  invalid: [
    {
      text: 'Bonjour Madame Roux,\n\nVotre commande est-elle bien arrivée ? Nous voulions simplement nous assurer que tout était en ordre.\n\nCordialement,\nLes Jardins de Lou',
      errors: [{ ruleId: 'delivery-check-in' }],
    },
    { text: "Coucou Léa,\n\nTon paquet est bien arrivé ? On espère que tout s'est bien passé !\n\nBisous,\nL'équipe Pom'Pom", errors: [{ ruleId: 'delivery-check-in' }] },
  ],
});

runRuleTable('fr placeholder', 'placeholder', {
  valid: [
    { text: 'Nous graverons {Pour Maman} sur le médaillon : pouvez-vous confirmer ?', options: { asSent: true } },
    { text: 'Nous imprimerons [Famille Dubois] sur le paillasson. Est-ce correct ?', options: { asSent: true } },
    { text: 'Bonjour [Prénom du client], votre colis arrive demain.', options: { asSent: false } },
  ],
  invalid: [
    { text: 'Bonjour [Prénom du client], votre colis arrive demain.', options: { asSent: true }, errors: [{ ruleId: 'placeholder', actual: '[Prénom du client]' }] },
    {
      text: 'Bonjour %prenom%, votre commande {numero_commande} est en route.',
      options: { asSent: true },
      errors: [{ ruleId: 'placeholder', actual: '%prenom%' }, { ruleId: 'placeholder', actual: '{numero_commande}' }],
    },
    { text: "Votre [Nom du produit] sera livré le [Date de livraison].", options: { asSent: true }, errors: [{ ruleId: 'placeholder' }, { ruleId: 'placeholder' }] },
  ],
});

runRuleTable('fr critical-reason-misuse', 'critical-reason-misuse', {
  valid: [
    { text: `Votre commande ${order} est bloquée à la douane depuis lundi ; nous relançons le transporteur chaque jour.`, options: { contactReason: 'unexpected-problem' } },
    { text: `Le fauteuil de la commande ${order} ne sera réassorti qu'en mai. Souhaitez-vous attendre ou être remboursé ?`, options: { contactReason: 'unexpected-problem' } },
    { text: `Pour votre collier (commande ${order}), préférez-vous les initiales en capitales ou en cursive ?`, options: { contactReason: 'customization' } },
    { text: `Le transporteur peut livrer votre lave-linge (commande ${order}) mardi ou jeudi matin : quel jour vous convient ?`, options: { contactReason: 'delivery-scheduling' } },
    { text: `Pour la commande ${order}, le livreur ne trouve pas votre rue : pourriez-vous nous donner le digicode ?`, options: { contactReason: 'address-issue' } },
  ],
  invalid: [
    {
      text: `Votre lampe (commande ${order}) est chez vous depuis une semaine. Accepteriez-vous de partager votre expérience dans un commentaire ?`,
      options: { contactReason: 'unexpected-problem' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
    {
      text: "Bonjour Madame,\n\nUn grand merci d'avoir choisi notre boutique pour votre nouveau matelas !\n\nCordialement,\nLiterie Douce",
      options: { contactReason: 'delivery-scheduling' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
    {
      text: `Voici le guide d'entretien de votre planche (commande ${order}) : huilez-la une fois par mois avec une huile alimentaire.`,
      options: { contactReason: 'customization' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
  ],
});

// Round 2: indirect wordings (families of phrasings, not single sentences) and their near-misses.
runRuleTable('fr review-conditional (indirect)', 'review-conditional', {
  valid: [
    `Si la housse ne vous convient pas comme vous l'espériez, un retour est possible sous 30 jours depuis Vos commandes (commande ${order}).`,
    `Vous trouverez les dimensions exactes sur la fiche du produit sur Amazon : 40 x 60 cm (commande ${order}).`,
  ],
  invalid: [
    { text: "Si le sac à dos vous accompagne comme vous l'imaginiez, deux lignes sur sa page Amazon nous aideraient beaucoup.", errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Tout marche comme prévu ? Alors quelques étoiles sous le produit sur Amazon nous feraient plaisir.', errors: [{ ruleId: 'review-conditional' }] },
  ],
});

runRuleTable('fr review-incentive (indirect)', 'review-incentive', {
  valid: [`Chaque client qui commande avant midi reçoit son colis le lendemain ; le vôtre part donc aujourd'hui (commande ${order}).`],
  invalid: [
    { text: 'Petite attention : toutes les personnes qui témoignent sur Amazon de leur usage du vélo reçoivent un bidon.', errors: [{ ruleId: 'review-incentive' }] },
  ],
});

runRuleTable('fr review-pressure (indirect)', 'review-pressure', {
  valid: [`Ce modèle est arrêté : nous ne pourrons pas continuer la fabrication. Votre avis sincère aide toutefois les autres clients (commande ${order}).`],
  invalid: [
    { text: 'Sans vos petits mots, nous ne pourrons plus continuer. Un petit mot sur la page du produit nous sauverait.', errors: [{ ruleId: 'review-pressure' }] },
  ],
});

runRuleTable('fr review-instruction (indirect)', 'review-instruction', {
  valid: [`Les mots que vous souhaitez faire graver sont-ils bien « À mon frère » ? (commande ${order})`],
  invalid: [
    { text: 'Vous avez dit que le gilet était chaud et léger : ce sont ces mots que nous aimerions lire sous l\'article sur Amazon.', errors: [{ ruleId: 'review-instruction' }] },
  ],
});

runRuleTable('fr promotion (indirect)', 'promotion', {
  valid: [
    `Notre réassort du modèle bleu vient d'arriver : votre commande ${order} part donc demain matin.`,
    `Les clients qui choisissent ce fauteuil nous demandent souvent le délai : comptez dix jours (commande ${order}).`,
  ],
  invalid: [
    { text: 'Nos clientes qui aiment ce foulard choisissent souvent aussi notre étole en soie.', errors: [{ ruleId: 'promotion' }] },
    { text: "Notre collection d'automne vient tout juste de sortir.", errors: [{ ruleId: 'promotion' }] },
    { text: 'Faites un petit tour sur notre boutique, vous y trouverez de quoi vous faire plaisir.', errors: [{ ruleId: 'promotion' }] },
  ],
});

runRuleTable('fr opt-out (indirect)', 'opt-out', {
  valid: [`Le remboursement de 30 € est fait et nous ne vous contacterons plus à ce sujet (commande ${order}).`],
  invalid: [
    { text: `Votre facture est jointe (commande ${order}). Si vous préférez, nous ne vous contacterons plus.`, errors: [{ ruleId: 'opt-out' }] },
  ],
});

runRuleTable('fr cancellation-request (indirect)', 'cancellation-request', {
  valid: [`Le lot est bloqué. Nous pouvons annuler la commande ${order} nous-mêmes avec un remboursement complet : voulez-vous que nous le fassions ?`],
  invalid: [
    { text: "L'article est épuisé. Auriez-vous la gentillesse de demander l'annulation ?", errors: [{ ruleId: 'cancellation-request' }] },
    { text: "L'article est épuisé. Nous vous laissons le soin d'annuler la commande.", errors: [{ ruleId: 'cancellation-request' }] },
  ],
});

runRuleTable('fr contact-request (indirect)', 'contact-request', {
  valid: [`Inutile de nous communiquer votre adresse e-mail : la facture de la commande ${order} est dans Vos commandes.`],
  invalid: [
    { text: 'Pourriez-vous nous laisser une adresse mail sur laquelle vous envoyer le manuel ?', errors: [{ ruleId: 'contact-request' }] },
  ],
});
