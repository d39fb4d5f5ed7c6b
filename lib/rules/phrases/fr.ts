/** French phrases. Syntax: see ./types.ts. */
import type { PhraseBook } from './types.ts';

const REVIEW = "(?:avis|commentaires?|évaluations?|feedbacks?)";
const INCENTIVE_WORDS =
  "(?:gratuit\\p{L}{0,2}|offert\\p{L}{0,2}|cadeaux?|réduction|remise|bons? d'achat|codes? promo|cartes? cadeaux?|remboursement\\p{L}{0,2}|rembours\\p{L}{0,4}|argent|récompense)";
/** Money and percentages: "10 €", "20 %". */
const AMOUNT = '(?:\\d{1,3} ?%|\\d{1,4} ?(?:€|euros?))';
const INCENTIVE = `(?:${INCENTIVE_WORDS}|${AMOUNT})`;

export const fr: PhraseBook = {
  language: 'fr',
  name: 'French',
  wordBoundaries: true,
  stopWords: [
    'le', 'la', 'les', 'des', 'est', 'et', 'vous', 'votre', 'vos', 'nous', 'notre', 'pour', 'avec',
    'une', 'un', 'du', 'dans', 'sur', 'pas', 'merci', 'bonjour', 'commande', 'cordialement', 'que',
    'qui', 'sont', 'été', 'avez', 'sommes', 'au', 'aux', 'ce', 'cette',
  ],
  importantTagWords: ['important', 'urgent', 'attention', 'information importante', 'avis important'],

  promotion: {
    patterns: [
      "\\d{1,3} ?% (?:de réduction|de remise|de rabais|d'économie|offerts?|en moins)",
      'codes? (?:promo(?:tionnel)?|de réduction|de remise|avantage)',
      "(?:un |une |notre )?(?:bon|coupon) (?:de réduction|d'achat|promo(?:tionnel)?)",
      '(?:sur|pour) (?:votre|vos) (?:prochaine?s?) (?:commande|achat)s?',
      '(?:soldes|ventes? flash|bons plans|offres? spéciales?)',
      '(?:nos|notre|une|en) promotions?',
      'offre (?:exclusive|limitée|spéciale|promotionnelle)',
      "(?:commander|acheter|achetez|commandez) (?:à nouveau|de nouveau|encore) (?:chez nous|sur notre)",
      '(?:notre|nos) (?:nouvelle|nouvelles|nouveaux|autres) (?:collection|produits|articles|gammes?|modèles)',
      'nouvelle collection',
      '(?:visitez|découvrez|consultez|parcourez) (?:notre|nos) (?:\\p{L}+ )?(?:boutique|magasin|produits|gamme|catalogue)',
      "(?:lettre d'information|newsletter)",
      "(?:abonnez|inscrivez)-vous à (?:notre|la)",
      '(?:parrainage|parrainez)',
      'suivez-nous',
      'rejoignez-nous sur',
      '(?:sur|notre page) (?:instagram|facebook|tiktok|pinterest|youtube)',
      'jeux?[- ]concours',
      '(?:tirage au sort|concours)',
      'programme de fidélité',
    ],
    exceptions: ['conditions (?:générales )?de vente', 'service après[- ]vente', 'après[- ]vente', 'prix de vente'],
  },

  reviewPositive: {
    patterns: [
      {
        pattern: `(${REVIEW}) (?:positifs?|positives?|favorables?|élogieux|excellents?|5 étoiles|cinq étoiles)`,
        replacement: '$1',
        label: 'reviewWithoutKind',
      },
      {
        pattern: `(?:bon|bonne|excellent|excellente|très bon|très bonne|super) (${REVIEW})`,
        replacement: '$1',
        label: 'reviewWithoutKind',
      },
      {
        pattern: '(?:5|cinq) étoiles',
        replacement: 'un avis',
        label: 'reviewWithoutRating',
      },
      `(?:mentionner|préciser|écrire|dire|indiquer|souligner)[^.!?\\n]{0,40} dans (?:votre|l'|le|un) ?${REVIEW}`,
      `dans votre ${REVIEW},? (?:merci de |pourriez-vous |veuillez )?(?:mentionner|préciser|écrire|indiquer|souligner)`,
    ],
    exceptions: [`merci (?:beaucoup )?pour (?:votre|ce|cet|cette) (?:\\p{L}+ )?${REVIEW} (?:positif|favorable)`],
  },

  reviewConditional: {
    patterns: [
      `si vous (?:êtes|étiez|avez été) (?:\\p{L}+ )?(?:satisfaite?s?|content(?:e|es|s)?|ravie?s?|heureu(?:x|se|ses))[^.!?\\n]{0,80}${REVIEW}`,
      `si (?:le|notre|ce|votre) (?:\\p{L}+ )?vous (?:plaît|a plu)[^.!?\\n]{0,80}${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}si vous (?:êtes|étiez|avez été) (?:satisfaite?s?|content(?:e|es|s)?|ravie?s?)`,
      `(?:contactez|écrivez)-nous (?:d'abord |directement |en premier )?(?:avant de|au lieu de|plutôt que de)[^.!?\\n]{0,40}${REVIEW}`,
      `(?:avant de|au lieu de|plutôt que de) (?:laisser|publier|écrire|donner|mettre) (?:un |une )?${REVIEW} (?:négati(?:f|ve)|défavorable|mauvaise?)`,
      '(?:sinon|si ce n\'est pas le cas|dans le cas contraire)[^.!?\\n]{0,40}(?:contactez|écrivez)-nous (?:d\'abord|avant)',
    ],
  },

  reviewIncentive: {
    patterns: [
      `en (?:échange|contrepartie|remerciement) (?:de|d'|pour) (?:un |une |votre )?${REVIEW}`,
      `${INCENTIVE_WORDS}[^.!?\\n]{0,60}(?:pour|après|si|dès que|en échange)[^.!?\\n]{0,30}${REVIEW}`,
      `${AMOUNT}[^.!?\\n]{0,60}(?:pour|après|si|dès que|en échange)[^.!?\\n]{0,30}${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}(?:et|pour) (?:recevoir|obtenir|bénéficier)[^.!?\\n]{0,40}${INCENTIVE}`,
      `(?:une fois|dès) que vous (?:aurez|avez)[^.!?\\n]{0,40}${REVIEW}[^.!?\\n]{0,60}${INCENTIVE}`,
      `(?:capture d'écran|lien) de votre ${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,80}(?:nous vous (?:offrirons|enverrons|rembourserons|offrons)|vous recevrez)`,
      `capture d'écran[^.!?\\n]{0,60}${INCENTIVE}`,
    ],
  },

  reviewChange: {
    patterns: [
      `(?:modifier|changer|supprimer|retirer|mettre à jour|revoir|reconsidérer|corriger|actualiser|effacer)(?: votre| cet| cette| ce| l'| le| la) ?(?:\\p{L}+ )?${REVIEW}`,
      `(?:modification|suppression|retrait|mise à jour) de (?:votre|l'|cet|cette) ?${REVIEW}`,
    ],
  },

  messenger: {
    patterns: [
      '(?:par|sur|via) sms',
      '(?:mon|notre) (?:numéro (?:de téléphone|de portable|personnel)|portable)',
      '(?:appelez|contactez|joignez)-(?:moi|nous) (?:directement |au |par téléphone|sur)',
    ],
    exceptions: ['contactez le transporteur'],
  },

  optOut: {
    patterns: [
      'désinscri\\p{L}{0,6}',
      'se désabonner',
      'désabonne\\p{L}{0,4}',
      'désabonnement',
      'ne (?:plus|pas) recevoir (?:de |nos |ces )?(?:messages|e-mails|emails|courriels|mails|notifications)',
      'vous ne (?:souhaitez|désirez|voulez) plus recevoir',
      '(?:pour|afin de) ne plus recevoir',
    ],
  },

  messengerApps: {
    patterns: [
      '(?:par|sur|via) (?:whatsapp|telegram|signal|skype|wechat|line)',
    ],
  },

  offAmazonSale: { patterns: [] },

  offAmazonPayment: { patterns: [] },

  cancellationRequest: { patterns: [] },

  placeholderWords: [],

  concepts: {
    satisfied: [],
    reviewRef: [],
    reviewAsk: [],
    incentive: [],
    pressure: [],
    writeWhat: [],
    contactAsk: [],
    deliveryContext: [],
    feedbackNotice: [],
    settlement: [],
  },

  amazonFeedbackNotice: '',

  courtesy: {
    thanks: [
      "(?:un grand |mille |encore )?merci(?: beaucoup| infiniment| encore)?(?: (?:pour|de) (?:votre|vos|cette|la) (?:\\p{L}+ )?(?:commande|achat|confiance|patience|fidélité)s?)?",
      "nous vous remercions (?:sincèrement |vivement |chaleureusement )?(?:pour|de) (?:votre|vos) (?:\\p{L}+ )?(?:commande|achat|confiance)",
      "nous sommes (?:ravis|heureux|contents) que vous (?:ayez|nous ayez) (?:choisi|commandé|acheté)[^.!?\\n]{0,40}",
    ],
    padding: [
      '(?:bonjour|bonsoir|salut|cher|chère|madame|monsieur|mme|m\\.)(?: (?:madame|monsieur|m\\.|mme))?(?: [\\p{L}\'-]{1,20}){0,2}',
      '(?:bien |très )?cordialement',
      '(?:bien à vous|salutations|sincères salutations|meilleures salutations|bonne journée|bonne soirée|à bientôt)',
      "(?:l'|l’)?(?:équipe|service client)(?: [\\p{L}'-]{1,20}){0,2}",
      "(?:nous (?:espérons|vous souhaitons)) (?:que )?[^.!?\\n]{0,50}",
      "(?:pour|en cas de|si vous avez) (?:toute|la moindre|des|une|d'autres|vos) (?:question|questions|problème|problèmes|demande)s?,?(?: (?:n'hésitez pas à |n’hésitez pas à )?nous contacter)?",
      "n['’]hésitez pas à nous contacter",
      'nous restons à votre (?:entière )?disposition',
      'nous sommes là pour vous aider',
    ],
    confirmation: [
      'votre (?:commande|colis|article|envoi)(?: \\d{3}-\\d{7}-\\d{7})? (?:a été|est) (?:bien )?(?:expédiée?|envoyée?|confirmée?|remise? au transporteur|en route|en cours de livraison|en chemin)',
      'nous avons (?:bien )?(?:expédié|envoyé|confirmé) votre (?:commande|colis|article)',
      '(?:elle|il|votre (?:commande|colis)) (?:devrait|va) (?:arriver|être livrée?|vous parvenir)[^.!?\\n]{0,40}',
      'votre numéro de suivi est[^.!?\\n]{0,60}',
      'confirmation de (?:votre )?commande',
      'votre (?:commande|colis|article|envoi)(?: \\d{3}-\\d{7}-\\d{7})? (?:a été|est)[^.!?\\n]{0,30}(?:expédiée?|envoyée?|remise? au transporteur)',
      'livraison prévue',
    ],
    signOffs: ['(?:bien |très )?cordialement', 'bien à vous', '(?:sincères |meilleures )?salutations', 'à bientôt'],
    checkIns: [],
    helpOffers: [
      'nous (?:restons|sommes) à votre (?:entière )?disposition',
      'nous sommes là pour vous aider',
      "n['’]hésitez pas à nous contacter",
      '(?:pour|en cas de) (?:toute|la moindre) question',
    ],
    purpose: [
      'malheureusement', 'désolée?s?', 'excus\\p{L}{0,4}', 'endommagée?s?', 'cassée?s?', 'défectueu(?:x|se)', 'manquante?s?',
      'erreur', 'incorrecte?s?', 'problèmes?', 'retard', 'rupture de stock', 'épuisée?s?', 'retour', 'rembours\\p{L}{0,6}',
      'remplacement', 'échange', 'annul\\p{L}{0,6}', 'adresse', 'gravure', 'personnalis\\p{L}{0,6}', 'rendez-vous', 'créneau',
      'merci de (?:confirmer|nous envoyer|vérifier|choisir|nous indiquer|nous répondre)', 'pourriez-vous', 'souhaitez-vous',
      'ci-joint', 'en pièce jointe', 'facture', 'notice', 'garantie',
      'avis', 'évaluation', 'signature', 'merci de prévoir', 'présente?', 'absente?',
      'photos?',
      'mesures?',
      'envoyer',
      'nous avons besoin',
    ],
  },

  topics: {
    address: ['adresse(?: de livraison)?', 'code postal', 'numéro de rue'],
    deliveryScheduling: ['rendez-vous', 'créneau(?: de livraison)?', 'date de livraison'],
    customization: ['gravure', 'personnalis\\p{L}{0,6}', 'texte personnalisé', 'maquette', 'bon à tirer'],
    review: [REVIEW],
    problem: [],
  },
};
