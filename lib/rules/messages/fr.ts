/** French, in the words of Seller Central (amazon.fr): messagerie acheteur-vendeur, motif de contact. */
import type { MessageCatalog } from './types.ts';

const KEEP_IN_MESSAGING = 'poursuivez l’échange dans la messagerie acheteur-vendeur.';

export const fr: MessageCatalog = {
  rules: {
    'important-tag': {
      title: 'Mention « [Important] »',
      why: 'Amazon a supprimé la possibilité d’ajouter « [Important] » pour passer outre le refus de messages d’un acheteur ; les messages dont le motif de contact est indispensable au traitement de la commande sont distribués de toute façon.',
      messages: {
        tag:
          '« {actual} » : Amazon a supprimé l’option « [Important] ». Cette mention ne passe plus outre le refus de messages de l’acheteur et peut entraîner le blocage du message. ' +
          'Si le message est indispensable au traitement de la commande, choisissez plutôt le motif de contact correspondant (personnalisation du produit, planification de la livraison ' +
          'ou problème d’adresse de livraison) : ces messages sont distribués même aux acheteurs qui ont refusé les messages.',
      },
    },
    promotion: {
      title: 'Marketing et promotion',
      why: 'La messagerie acheteur-vendeur ne doit pas servir au marketing : pas de coupons, de remises, d’autres produits, de newsletters, de parrainage ni de liens vers les réseaux sociaux.',
      messages: {
        phrase: '« {actual} » est promotionnel : la messagerie acheteur-vendeur ne doit pas servir au marketing, aux coupons ni à d’autres produits.',
      },
    },
    'review-positive': {
      title: 'Demande d’avis positif',
      why: 'Une demande d’avis doit être neutre : il est interdit de demander un avis positif ou cinq étoiles, ou de dire à l’acheteur ce qu’il doit écrire.',
      messages: {
        phrase: '« {actual} » oriente l’acheteur vers un avis positif : demandez un avis de façon neutre (« laissez un avis ») ou ne le demandez pas.',
      },
    },
    'review-conditional': {
      title: 'Demande d’avis conditionnelle',
      why: 'Il est interdit de ne demander un avis qu’aux acheteurs satisfaits (« sinon, contactez-nous d’abord »).',
      messages: {
        phrase: '« {actual} » ne demande un avis que si l’acheteur est satisfait : tous les acheteurs doivent être sollicités de la même façon.',
      },
    },
    'review-incentive': {
      title: 'Contrepartie pour un avis',
      why: 'Il est interdit d’offrir de l’argent, un remboursement, une carte cadeau, un produit gratuit ou à prix réduit, ou tout autre avantage futur en échange d’un avis.',
      messages: {
        phrase: '« {actual} » propose une contrepartie en échange d’un avis, ce qu’Amazon n’autorise pas.',
      },
    },
    'review-change': {
      title: 'Demande de modifier ou de supprimer un avis',
      why: 'Il est interdit de demander à un acheteur de mettre à jour, de modifier ou de supprimer un avis ou une évaluation vendeur.',
      messages: {
        phrase: '« {actual} » demande à l’acheteur de modifier ou de supprimer un avis ou une évaluation vendeur, ce qu’Amazon n’autorise pas.',
      },
    },
    'review-pressure': {
      title: 'Pression ou culpabilisation autour d’un avis',
      why: 'Une demande d’avis doit être neutre : il est interdit de supplier, de culpabiliser ou de faire pression (« notre petite boutique risque de ne pas survivre sans votre note »).',
      messages: {
        phrase: '« {actual} » fait pression sur l’acheteur au sujet d’un avis : demandez-le une seule fois, de façon neutre, ou ne le demandez pas.',
      },
    },
    'review-instruction': {
      title: 'Dicter à l’acheteur ce qu’il doit écrire',
      why: 'Les vendeurs ne doivent pas dire aux acheteurs ce qu’ils doivent écrire dans un avis, ni leur faire recopier un texte dans leur avis.',
      messages: {
        phrase: '« {actual} » dit à l’acheteur ce qu’il doit écrire dans un avis, ce qu’Amazon n’autorise pas.',
      },
    },
    'feedback-notice': {
      title: 'Mention sur la mise à jour de l’évaluation',
      why: 'Une fois le problème résolu, Amazon n’accepte qu’une mention neutre indiquant que l’acheteur peut mettre à jour ou supprimer son évaluation vendeur ; toute formulation plus insistante constitue une infraction.',
      messages: {
        phrase:
          '« {actual} » évoque une modification de l’évaluation de l’acheteur. Amazon n’accepte qu’une mention neutre, une fois le problème résolu, et dans ses propres termes : « If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided here. »',
      },
    },
    'review-repeat': {
      title: 'Deuxième demande d’avis pour une commande',
      why: 'Amazon autorise une seule demande d’avis ou d’évaluation par commande, tous canaux confondus.',
      messages: {
        repeat: '« {actual} » demande à nouveau un avis : une demande d’avis a déjà été envoyée pour cette commande le {date}, et Amazon n’en autorise qu’une par commande.',
      },
    },
    'amazon-product-link': {
      title: 'Lien vers un produit, une boutique ou une recherche sur Amazon',
      why: 'Les liens vers des pages produit, des vitrines, des pages vendeur et des résultats de recherche font la promotion de produits ; seuls les liens vers les pages de commande, de retour et d’avis sont autorisés.',
      messages: {
        link: '« {actual} » renvoie vers une page produit, une boutique ou une recherche sur Amazon, ce qui fait la promotion de produits : seuls les liens vers la commande, les retours ou la page d’avis sont autorisés.',
      },
    },
    'external-link': {
      title: 'Lien hors d’Amazon',
      why: 'Seuls sont autorisés les liens vers Amazon, les liens de suivi du transporteur et les liens sécurisés nécessaires au traitement de la commande.',
      messages: {
        link: '« {actual} » renvoie hors d’Amazon : seuls sont autorisés les pages Amazon, les liens de suivi du transporteur et les liens sécurisés nécessaires au traitement de la commande.',
        insecureLink:
          '« {actual} » renvoie hors d’Amazon : seuls sont autorisés les pages Amazon, les liens de suivi du transporteur et les liens sécurisés nécessaires au traitement de la commande. De plus, ce lien n’est pas sécurisé (http).',
      },
    },
    'insecure-link': {
      title: 'Lien non sécurisé (http)',
      why: 'Les liens doivent être sécurisés (https) : les règles n’autorisent que des liens sécurisés et aucun contenu non sécurisé.',
      messages: {
        link: '« {actual} » n’est pas sécurisé : utilisez https. Les liens vers Amazon et les liens de suivi du transporteur sont autorisés, mais uniquement s’ils sont sécurisés.',
      },
    },
    'link-shortener': {
      title: 'Lien raccourci',
      why: 'Un lien raccourci masque sa destination ; seuls les liens vers Amazon et les liens de suivi du transporteur sont autorisés.',
      messages: {
        link: '« {actual} » est un lien raccourci qui masque sa destination : seuls les liens vers Amazon et les liens de suivi du transporteur sont autorisés.',
      },
    },
    'email-address': {
      title: 'Adresse e-mail',
      why: 'Les messages ne doivent contenir aucune adresse e-mail ; l’échange reste dans la messagerie acheteur-vendeur.',
      messages: {
        address: `« {actual} » est une adresse e-mail : les messages ne doivent contenir aucune adresse e-mail ; ${KEEP_IN_MESSAGING}`,
        anonymised:
          '« {actual} » est l’adresse Amazon anonymisée de l’acheteur : aucune adresse e-mail ne doit figurer dans les messages, et la réponse passe de toute façon par Amazon.',
      },
    },
    'phone-number': {
      title: 'Numéro de téléphone',
      why: 'Les messages ne doivent contenir aucun numéro de téléphone ; l’échange reste dans la messagerie acheteur-vendeur.',
      messages: {
        number: `« {actual} » ressemble à un numéro de téléphone : les messages ne doivent contenir aucun numéro de téléphone ; ${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-contact': {
      title: 'Messagerie instantanée ou contact direct',
      why: 'Il est interdit de déplacer l’échange vers WhatsApp, un appel téléphonique ou tout autre canal en dehors d’Amazon.',
      messages: {
        phrase: '« {actual} » déplace l’échange en dehors d’Amazon : restez dans la messagerie acheteur-vendeur.',
      },
    },
    'contact-request': {
      title: 'Demande des coordonnées de l’acheteur',
      why: 'Les vendeurs ne doivent pas demander l’adresse e-mail ou le numéro de téléphone d’un acheteur ; seules les coordonnées de livraison peuvent être confirmées, pour une livraison.',
      messages: {
        phrase: `« {actual} » demande les coordonnées de l’acheteur : les messages ne doivent pas le faire, sauf pour confirmer les coordonnées de livraison en vue d’une livraison ; ${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-app': {
      title: 'Passage à une application de messagerie',
      why: 'Rediriger les acheteurs vers WhatsApp, WeChat, Telegram, LINE ou tout autre canal en dehors d’Amazon revient à contourner le processus de vente d’Amazon.',
      messages: {
        phrase: `« {actual} » déplace l’échange vers une messagerie en dehors d’Amazon, ce qui est interdit : ${KEEP_IN_MESSAGING}`,
      },
    },
    'off-amazon-sale': {
      title: 'Vente en dehors d’Amazon',
      why: 'Toute tentative de rediriger les acheteurs Amazon vers un autre site web ou un autre processus de vente est interdite.',
      messages: {
        phrase: '« {actual} » incite l’acheteur à acheter en dehors d’Amazon (en direct, sur votre propre site, moins cher ailleurs), ce qu’Amazon interdit.',
      },
    },
    'off-amazon-payment': {
      title: 'Paiement en dehors d’Amazon',
      why: 'Les paiements des commandes Amazon passent par Amazon ; demander un paiement par PayPal, par virement bancaire ou en espèces revient à contourner le processus de vente d’Amazon.',
      messages: {
        phrase: '« {actual} » demande un paiement en dehors d’Amazon, ce qui est interdit : tout paiement passe par Amazon.',
      },
    },
    'cancellation-request': {
      title: 'Demander à l’acheteur d’annuler',
      why: 'Les règles d’Amazon indiquent : ne contactez pas l’acheteur pour lui demander d’envoyer une demande d’annulation. Annulez vous-même la commande et indiquez-en la raison à l’acheteur.',
      messages: {
        phrase:
          '« {actual} » demande à l’acheteur d’annuler ou de demander une annulation, ce qu’Amazon n’autorise pas : si vous ne pouvez pas expédier la commande, annulez-la vous-même et indiquez-en la raison à l’acheteur.',
      },
    },
    'opt-out': {
      title: 'Formule de désabonnement',
      why: 'Les liens et les instructions de désabonnement sont interdits : les acheteurs gèrent leurs préférences de messages dans leur compte Amazon.',
      messages: {
        phrase:
          '« {actual} » est une formule de désabonnement : les acheteurs gèrent leurs préférences de messages dans leur compte Amazon, et les instructions de désabonnement entraînent le blocage du message.',
      },
    },
    'html-markup': {
      title: 'Code HTML',
      why: 'Le formulaire de message accepte uniquement du texte brut ; les messages contenant du code HTML ou des liens hypertextes sont bloqués (pixels de suivi compris).',
      messages: {
        tag: '« {actual} » est du HTML : le formulaire de message accepte uniquement du texte brut, et les messages contenant du code HTML sont bloqués.',
        image: '« {actual} » est une image HTML : le formulaire de message accepte uniquement du texte brut, et les images ou pixels de suivi entraînent le blocage du message.',
      },
    },
    image: {
      title: 'Image intégrée',
      why: 'Les images du produit, les images sans rapport, les logos contenant des liens et les pixels de suivi sont interdits.',
      messages: {
        markdown: '« {actual} » intègre une image : les images du produit, les logos contenant des liens et les pixels de suivi sont interdits.',
      },
    },
    emoji: {
      title: 'Émoji',
      why: 'Les règles de mise en forme d’Amazon sont claires : pas d’émojis.',
      messages: {
        emoji: 'Émoji « {actual} » : les règles de mise en forme d’Amazon n’autorisent aucun émoji.',
      },
    },
    'line-breaks': {
      title: 'Plus de deux sauts de ligne',
      why: 'Les règles de mise en forme d’Amazon n’autorisent pas plus de deux sauts de ligne consécutifs.',
      messages: {
        count: '{count} sauts de ligne consécutifs : les règles de mise en forme d’Amazon n’en autorisent pas plus de deux.',
        many: 'De nombreux sauts de ligne consécutifs : les règles de mise en forme d’Amazon n’en autorisent pas plus de deux.',
      },
    },
    shouting: {
      title: 'Tout en majuscules',
      why: 'De longs passages en majuscules donnent l’impression de crier et de vouloir contourner la mise en forme du message.',
      messages: {
        capitals: '« {actual} » est écrit en majuscules, ce qui donne l’impression de crier.',
      },
    },
    'repeated-punctuation': {
      title: '« ! » ou « ? » répétés',
      why: 'Une suite de points d’exclamation ou d’interrogation donne une impression de pression ou de publicité ; les règles de mise en forme d’Amazon demandent un texte sobre.',
      messages: {
        marks: '« {actual} » : une suite de points d’exclamation ou d’interrogation donne une impression de pression ; un seul suffit.',
      },
    },
    'thank-you-only': {
      title: 'Message de remerciement seul',
      why: 'Les messages qui se contentent de remercier, ou seulement de proposer votre aide, ne sont pas autorisés.',
      messages: {
        thanks:
          'Ce message se contente de remercier : les messages qui ne font que remercier l’acheteur (ou seulement proposer de l’aide) ne sont pas autorisés. Intégrez ces remerciements à un message qui a un objet précis, ou ne l’envoyez pas.',
      },
    },
    'confirmation-only': {
      title: 'Confirmation de commande ou d’expédition',
      why: 'Amazon envoie lui-même les confirmations de commande et d’expédition ; les vendeurs n’y sont pas autorisés.',
      messages: {
        confirmation:
          'Ce message n’est qu’une confirmation de commande ou d’expédition : Amazon les envoie lui-même, et les vendeurs n’y sont pas autorisés. N’envoyez un message que si un point requiert l’attention de l’acheteur pour mener la commande à bien.',
      },
    },
    'help-only': {
      title: 'Message proposant uniquement de l’aide',
      why: 'Les messages qui se contentent de dire que vous êtes là pour aider, sans objet précis, ne sont pas autorisés.',
      messages: {
        help: 'Ce message se contente de proposer de l’aide (« {actual} ») : les messages qui disent seulement que vous êtes là pour aider ne sont pas autorisés. Écrivez lorsqu’un point requiert l’attention de l’acheteur pour mener la commande à bien.',
      },
    },
    'delivery-check-in': {
      title: 'Demande de nouvelles sur la livraison',
      why: 'Demander si un colis est bien arrivé, sans problème à résoudre, n’est pas un message autorisé ; Amazon informe lui-même les acheteurs des livraisons.',
      messages: {
        checkIn: '« {actual} » se contente de prendre des nouvelles de la livraison : Amazon n’autorise pas les messages sans objet précis. Écrivez lorsqu’un point requiert l’attention de l’acheteur.',
      },
    },
    placeholder: {
      title: 'Espace réservé non rempli',
      why: 'Un espace réservé laissé dans le texte parvient tel quel à l’acheteur ; remplissez-le avant l’envoi.',
      messages: {
        placeholder: '« {actual} » est un espace réservé qui n’a pas été rempli : l’acheteur le verrait tel quel.',
      },
    },
    'critical-reason-misuse': {
      title: 'Motif de contact indispensable pour un message qui ne l’est pas',
      why: 'Les messages dont le motif de contact est indispensable au traitement de la commande atteignent les acheteurs qui ont refusé les messages ; Amazon restreint les vendeurs qui utilisent ces motifs pour des messages qui ne sont pas indispensables.',
      messages: {
        review:
          'Le motif de contact est « {reason} », mais « {actual} » demande un avis : les demandes d’avis ne sont pas indispensables au traitement de la commande, et l’usage abusif d’un motif indispensable peut entraîner une restriction de votre accès à la messagerie. Choisissez le motif « Demander un avis » ou « Autre ».',
        thanks:
          'Le motif de contact est « {reason} », mais le message se contente de remercier l’acheteur ou de proposer de l’aide : l’usage abusif d’un motif indispensable peut entraîner une restriction de votre accès à la messagerie.',
        promotion:
          'Le motif de contact est « {reason} », mais « {actual} » fait la promotion de produits : l’usage abusif d’un motif indispensable peut entraîner une restriction de votre accès à la messagerie.',
        notCritical:
          'Le motif de contact est « {reason} », mais rien dans le message ne porte sur le sujet « {reason} » : l’usage abusif d’un motif indispensable peut entraîner une restriction de votre accès à la messagerie. Choisissez le motif qui correspond au sujet du message.',
      },
    },
    'message-length': {
      title: 'Message trop long',
      why: 'Les messages sont limités à 2 000 caractères, et à 800 pour confirmer les détails de personnalisation.',
      messages: {
        tooLong: 'Le message compte {count} caractères ; la limite est de {limit}. Raccourcissez-le de {excess} caractères.',
        tooLongCustomization:
          'Le message compte {count} caractères ; la limite pour les messages de personnalisation est de {limit}. Raccourcissez-le de {excess} caractères.',
      },
    },
    'missing-order-id': {
      title: 'Aucun numéro de commande',
      why: 'Tout message envoyé de votre propre initiative devrait indiquer le numéro de commande (par exemple 112-1234567-1234567), comme le font les modèles d’Amazon.',
      messages: {
        missing:
          'Aucun numéro de commande trouvé : ajoutez-le (par exemple 112-1234567-1234567) pour que l’acheteur sache de quelle commande il s’agit, comme le font les modèles d’Amazon.',
      },
    },
    'language-mismatch': {
      title: 'Pas dans la langue de l’acheteur',
      why: 'Les messages doivent être rédigés dans la langue préférée de l’acheteur, qui peut différer de celle de la boutique.',
      messages: {
        mismatch:
          'Ce message semble rédigé en {language}, alors que la langue préférée de l’acheteur est : {buyerLanguage}. Les messages doivent être rédigés dans la langue de l’acheteur.',
      },
    },
    'contact-reason-mismatch': {
      title: 'Motif de contact inadapté',
      why: 'Seuls les motifs de contact indispensables au traitement de la commande (personnalisation, planification de la livraison, problème d’adresse) atteignent les acheteurs qui ont refusé les messages.',
      messages: {
        reviewReasonForCritical:
          'Le motif de contact est « Demander un avis », mais le message porte sur le sujet « {reason} » : choisissez ce motif, qui est distribué même aux acheteurs ayant refusé les messages.',
        genericReasonForCritical:
          'Ce message semble porter sur le sujet « {reason} » : avec le motif de contact « {reason} », il sera distribué même aux acheteurs ayant refusé les messages.',
      },
    },
    'review-request': {
      title: 'Demande d’avis',
      why: 'Amazon autorise une seule demande d’avis ou d’évaluation par commande ; Clearsend mémorise les demandes que vous envoyez.',
      messages: {
        noted: '« {actual} » demande un avis : Amazon autorise une seule demande par commande. Clearsend la mémorise pour cette commande lorsque vous envoyez le message.',
      },
    },
  },
  labels: {
    removeTag: 'Supprimer la mention',
    removeLink: 'Supprimer le lien',
    useHttps: 'Utiliser https',
    removeEmail: 'Supprimer l’adresse e-mail',
    removePhone: 'Supprimer le numéro de téléphone',
    removeHtml: 'Supprimer le HTML',
    removeImage: 'Supprimer l’image',
    removeEmoji: 'Supprimer l’émoji',
    keepOneEmptyLine: 'Garder une seule ligne vide',
    normalCase: 'Écrire en casse normale',
    useOneMark: 'Un seul « {mark} »',
    neutralWording: 'Formuler de façon neutre',
    reviewWithoutKind: 'Demander un avis sans préciser lequel',
    reviewWithoutRating: 'Demander un avis sans mentionner d’étoiles',
    removeSentence: 'Supprimer cette phrase',
    useAmazonWording: 'Utiliser la formulation d’Amazon',
    removeWords: 'Supprimer ces mots',
    removePlaceholder: 'Supprimer la variable',
    fillOrderId: 'Insérer le numéro de commande : {value}',
    fillBuyerName: 'Insérer le nom de l’acheteur : {value}',
    fillSellerName: 'Insérer votre nom : {value}',
    chooseTemplate: 'Choisir un modèle',
    selectOverLimit: 'Sélectionner le texte au-delà de la limite',
  },
  languages: {
    en: 'anglais',
    de: 'allemand',
    fr: 'français',
    es: 'espagnol',
    it: 'italien',
    ja: 'japonais',
    nl: 'néerlandais',
    sv: 'suédois',
    pl: 'polonais',
    tr: 'turc',
    pt: 'portugais',
    ar: 'arabe',
    zh: 'chinois',
  },
  reasons: {
    customization: 'personnalisation du produit',
    deliveryScheduling: 'planification de la livraison',
    address: 'problème d’adresse de livraison',
  },
  criticalReasons: {
    customization: 'personnalisation du produit',
    'delivery-scheduling': 'planification de la livraison',
    'address-issue': 'problème d’adresse de livraison',
    'unexpected-problem': 'problème inattendu',
  },
};
