/** French phrases. Syntax: see ./types.ts. */
import type { PhraseBook } from './types.ts';
import { spelledPhone } from './numbers.ts';
import { refusedOffers, refusedOutside, refusedWays, type RefusalWords } from './refusals.ts';

const REVIEW = "(?:avis|commentaires?|évaluations?|feedbacks?)";
const INCENTIVE_WORDS =
  "(?:gratuit\\p{L}{0,2}|offert\\p{L}{0,2}|cadeaux?|réduction|remise|bons? d'achat|codes? promo|cartes? cadeaux?|chèques? cadeaux?|remboursement\\p{L}{0,2}|rembours\\p{L}{0,4}|argent|récompense|bonus|surprise|échantillons?|geste commercial)";
/** Money and percentages: "10 €", "20 %", "9,90 euros". */
const AMOUNT = '(?:\\d{1,3} ?%|\\d{1,4}(?:[,.]\\d{2})? ?(?:€|euros?))';
const INCENTIVE = `(?:${INCENTIVE_WORDS}|${AMOUNT})`;

/** "avis" as a review: not the carrier's "avis de passage", nor "avis d'expédition". */
const AVIS =
  "avis(?! de (?:passage|réception|livraison|expédition|dépôt|mise en|instance|échéance|virement|remboursement)| d'(?:expédition|instance|arrivée|envoi|échéance))";
/**
 * What a customisation message asks an opinion about: "votre avis sur la maquette" or "si
 * l'aperçu vous plaît" is about a design choice, not a review.
 */
const CHOICE =
  '(?:maquettes?|aperçus?|épreuves?|bat|propositions?|versions?|textes?|dessins?|croquis|couleurs?|coloris|rendus?|visuels?|options?|variantes?|photos?|mises? en page|polices?|designs?|motifs?|devis|tissus?|formats?|dimensions?|teintes?|finitions?|gravures?|broderies?|choix|prénoms?|initiales|modèles? (?:proposés?|envoyés?|joints?))(?!\\p{L})';
/** Not followed by "sur la maquette", "concernant les deux versions"… */
const NOT_ABOUT_CHOICE = `(?! (?:sur|concernant|quant à|à propos de|à propos du|pour) (?:la |le |l'|les |ces |cette |ce |cet |nos |notre |vos |votre |ton |ta |tes |deux |trois )?(?:\\p{L}+ )?${CHOICE})`;
/** Not the subject of a design choice: "si la maquette vous plaît". */
const NOT_CHOICE_SUBJECT = `(?!(?:la |le |l'|les |ces |cette |ce |cet |vos |votre |ton |ta |tes |nos |notre |l'un |l'une |une |un )?(?:des |de nos |de ces )?(?:\\p{L}+ )?${CHOICE})`;
/** What a buyer could be happy with: "si ça vous plaît", "si elle a tenu ses promesses". */
const PLEASED =
  "(?:(?:vous|te|t') ?(?:plaît|plait|plaisent|a plu|ont plu|a (?:vraiment |beaucoup |bien )plu|ont (?:vraiment |beaucoup |bien )plu|donne satisfaction|donnent satisfaction|a donné satisfaction|a (?:convaincue?s?|séduite?s?|satisfaite?s?|rendu service|été utile)|ont (?:convaincue?s?|séduite?s?|satisfaite?s?|rendu service|été utiles))|(?:a|ont) (?:tenu|rempli) (?:toutes )?(?:ses|leurs) promesses|(?:est|sont|a été|ont été|était|étaient) à la hauteur|(?:répond|répondent|a répondu|ont répondu|correspond|correspondent|a correspondu|ont correspondu) (?:bien |parfaitement )?à (?:vos|tes) attentes|(?:a|ont) (?:dépassé|comblé) (?:vos|tes) attentes)";
/** Order words for check-ins: "votre colis", "ta commande". */
const ORDER_WORDS = '(?:colis|commandes?|articles?|paquets?|achats?|produits?|envois?|livraison|cadeaux?)';
/** Forms of "arrived / delivered / received". */
const ARRIVED = '(?:bien )?(?:arrivée?s?|été livrée?s?|été reçue?s?|reçue?s?|parvenue?s?|livrée?s?)';
/** Where a buyer's public text goes: "sur sa page Amazon", "sous la fiche du produit". Not "notre page" (the seller's). */
const PUBLIC_SPOT =
  "(?:(?:sur|sous) (?:sa|la|leur|cette) (?:page|fiche)(?: (?:du |de l')?(?:produit|article))?(?: (?:sur )?amazon)?|sous (?:le|ce|cet|l') ?(?:produit|article)(?: sur amazon)?)";

/** A way of paying or a messenger named only to refuse it (refusals.ts). */
const REFUSALS: RefusalWords = {
  ways: ['virements?(?: bancaires?)?', 'espèces', 'liquide', 'chèques?', 'lydia', 'paylib', 'wero', 'rib', 'iban', 'coordonnées bancaires', 'contre-remboursement', 'mandat'],
  joiners: [',', ',? ou', ',? et', ',? ni'],
  negations: ['ne', 'n[\'’]\\p{L}+', 'ni', 'pas', 'jamais', 'aucun\\p{L}*', 'sans', 'non', 'plus de'],
  refusals: ['(?:n[\'’]\\p{L}+|ne \\p{L}+) (?:\\p{L}+ )?(?:pas|jamais|plus)', '(?:ce )?n[\'’]est (?:malheureusement |hélas )?pas (?:possible|une option|accepté\\p{L}*|prévu\\p{L}*|nécessaire|autorisé\\p{L}*)', '(?:n[\'’]est|ne sont) (?:\\p{L}+ )?pas (?:possible|une option|acceptés?|prévus?|nécessaires?|autorisés?)', 'impossible', 'exclus?', '(?:nous )?n[\'’]avons pas le droit'],
  reported: ['(?:proposez|proposiez|demandez|demandiez|souhaitez|souhaitiez|suggérez|suggériez)', 'vous (?:nous |m[\'’])?(?:demandiez|demandez|avez demandé|proposiez|proposez|avez proposé|suggériez|écriviez|avez écrit|souhaitiez savoir|vouliez savoir)', '(?:votre|ta) (?:question|demande|proposition|message)'],
  acknowledged: ['je comprends (?:bien )?que', 'merci de (?:nous )?(?:proposer|avoir proposé)'],
  neverAsk: ['ne vous (?:demanderons|demandera|demandons|demanderont) jamais', 'jamais (?:nous ne|on ne) vous demander\\p{L}*'],
  prepositions: ['par', 'en', 'via', 'avec'],
};
const OUTSIDE_AMAZON = '(?:dehors|hors) d[\'’]amazon';

/** A discount code or a better price the buyer asked for, refused (refusals.ts refusedOffers). */
const OFFERS = ['codes? (?:de )?(?:réduction|promo(?:tion)?|remise)', 'codes? promo', 'bons? de réduction', 'coupons?', 'réductions?', 'remises?', 'rabais', 'prix (?:spécial|préférentiel)', 'meilleur prix'];

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
      "notre (?:page|boutique|vitrine) amazon",
      "(?:beaucoup de |de nombreux |nos )?clients (?:\\p{L}+ ){0,2}(?:ajoutent|prennent|achètent|choisissent|associent) (?:aussi |également |souvent )?(?:notre|nos)",
      "(?:tapez|tape|cherchez|cherche|recherchez|recherche) (?:simplement |juste )?[^.!?\\n]{1,40}(?:dans la recherche (?:d')?amazon|sur amazon)",
      // Autres produits et offres sous leur forme générale (G1701).
      "(?:bientôt|prochainement) (?:disponibles?|en vente|chez nous|dans notre)",
      "(?:livraison|frais de port) (?:offerte?s?|gratuite?s?) (?:sur|pour|dès) (?:votre |la )?prochaine",
      "nouveautés? (?:de|chez|dans) (?:notre|nous)",
      // "Les clients qui le choisissent craquent souvent pour nos maniques": a cross-sell.
      "(?:clients|clientes|acheteurs|acheteuses) qui (?:[\\p{L}'-]+ ){1,5}(?:craquent|prennent|choisissent|achètent|commandent|adorent|ajoutent|complètent|aiment) (?:souvent |aussi |également |généralement |volontiers |presque toujours )?(?:aussi |également )?(?:pour |avec )?(?:nos|notre)",
      "(?:craquer|craquez|craquerez|craque|craqueras) (?:aussi |également |peut-être )?pour (?:nos|notre|d'autres)",
      // "Notre ligne de printemps vient d'arriver": new arrivals.
      "(?:notre|nos) (?:\\p{L}+ ){0,2}(?:lignes?|collections?|gammes?|séries?|éditions?|modèles|coloris|créations|références|nouveautés|arrivages) (?:[\\p{L}'-]+ ){0,3}(?:vient|viennent) (?:tout juste |juste )?(?:d'arriver|de sortir|d'être (?:lancée?s?|mise?s? en (?:ligne|vente)|dévoilée?s?))",
      '(?:coloris|modèles|parfums|senteurs|saveurs|motifs|créations|designs) inédite?s?',
      // "Un détour par notre page vendeur", "un petit tour sur notre boutique".
      "(?:un (?:petit )?détour|un (?:petit )?tour|une (?:petite )?visite|un (?:petit )?saut|un (?:petit )?coup d'(?:œil|oeil)) (?:par|sur|à|dans) (?:notre|nos) (?:\\p{L}+ )?(?:page vendeur|page boutique|page de marque|boutique|vitrine|magasin|store|catalogue|collections?|univers)",
      "\\d{1,3} ?% (?:de réduction|de remise|de rabais|d'économie|offerts?|en moins)",
      'codes? (?:promo(?:tionnel)?|de réduction|de remise|avantage|cadeau|de parrainage)',
      "(?:un |une |notre )?(?:bon|coupon) (?:de réduction|d'achat|promo(?:tionnel)?)",
      'sur (?:votre|vos|ta|ton) prochaine?s? (?:commandes?|achats?)',
      'valable[^.!?\\n]{0,30}(?:pour|sur|lors de|à) (?:votre|vos|ta|ton) prochaine?s? (?:commandes?|achats?|visites?)',
      '(?:soldes|ventes? flash|ventes? privées?|bons plans|offres? spéciales?|black friday|cyber monday|french days|prime day)',
      '(?:nos|notre|une|en) promotions?',
      'offres? (?:exclusives?|limitées?|spéciales?|promotionnelles?|de lancement|de bienvenue|du moment)',
      '(?:remise|réduction|prix) (?:exclusive?|spéciale?|de lancement|de bienvenue)',
      "(?:commander|acheter|achetez|commandez|recommandez|rachetez) (?:à nouveau|de nouveau|encore) (?:chez nous|sur notre|dans notre)",
      '(?:notre|nos) (?:nouvelles?|nouveaux|autres|dernières|derniers) (?:collections?|produits|articles|gammes?|modèles|créations|références|senteurs|parfums|saveurs|nouveautés)',
      'nouvelles? collections?',
      '(?:nos|de nos) nouveautés',
      'nouveautés (?:de la boutique|du moment|de saison)',
      'en avant-première',
      "(?:visitez|visiter|découvrez|découvrir|consultez|consulter|parcourez|parcourir|explorez|explorer|voyez|voir|jetez un (?:œil|oeil|coup d'œil|coup d'oeil) (?:à|sur)|jeter un (?:œil|oeil|coup d'œil|coup d'oeil) (?:à|sur)|faites un tour (?:dans|sur)|faire un tour (?:dans|sur)) (?:aussi |également |vite |donc |dès maintenant )?(?:toute |tout |tous |toutes |le reste de |l'ensemble de )?(?:notre|nos) (?:\\p{L}+ )?(?:boutique|magasin|vitrine|produits|articles|gammes?|catalogue|collections?|créations|nouveautés|références|univers|sélection|store)",
      // "Nous fabriquons aussi les taies d'oreiller assorties": more products, in the seller's words.
      "(?:fabriquons|proposons|vendons|faisons|créons|réalisons|concevons|avons|fabrique|propose|vends|fais|crée|réalise|existe|existent|trouverez) (?:aussi|également|désormais|maintenant) (?:[\\p{L}'-]+ ){0,4}(?:assortie?s?|coordonnée?s?|complémentaires?|dans le même (?:style|coloris|motif|esprit|design|tissu|thème|univers|collection|gamme))",
      '(?:disponibles?|réunie?s?|(?:aussi|également) (?:proposée?s?|en vente)) (?:aussi |également )?[^.!?\\n]{0,80}(?:dans|sur) notre (?:boutique|vitrine|magasin|store)',
      '(?:vous|tu) (?:aimerez|aimeriez|adorerez|apprécierez|aimeras|adoreras) (?:aussi|également|sûrement|certainement|peut-être)',
      "(?:vous trouverez|tu trouveras|retrouvez|découvrez|trouverez) (?:aussi |également |encore )?(?:d'autres|nos autres|toute notre|tous nos|toutes nos|l'ensemble de nos) (?:\\p{L}+ ){0,2}(?:dans|sur) notre (?:boutique|vitrine|magasin|store)",
      "(?:articles?|produits?|modèles?|créations?|références?|accessoires?|coffrets?) (?:\\p{L}+ ){0,3}qui (?:pourrai(?:en)?t|devrai(?:en)?t|sauront|vont|pourront) (?:aussi |également |bien |sûrement )?(?:vous|te) (?:plaire|intéresser|séduire)",
      '(?:notre boutique|notre marque|notre atelier|notre magasin) (?:propose|vend|fabrique|offre|présente) (?:aussi|également|désormais)',
      "(?:proposons|vendons|fabriquons|avons) (?:aussi|également|désormais) (?:des|d'autres|toute une|une) (?:\\p{L}+ ){0,2}(?:recharges|accessoires|produits|articles|coffrets|housses|étuis|collections?|gammes?)",
      "(?:livraison|frais de port|port) (?:offerte?s?|gratuite?s?) (?:dès|à partir de|pour tout achat|pour toute commande)",
      "dès \\d{1,4} ?(?:€|euros?) d'achats?",
      "\\d{1,3} ?% sur (?:tout|toute|l'ensemble)",
      '(?:pourrai(?:en)?t|devrai(?:en)?t) (?:aussi|également) (?:vous|te) (?:plaire|intéresser|séduire)',
      '(?:complétez|compléter|complète) (?:votre|ton|ta) (?:collection|ensemble|set|service|look|décor|parure|panoplie)',
      "pensez (?:aussi |également )?à (?:nos|notre) (?:autres |nouvelles? |nouveaux )?(?:produits|articles|accessoires|recharges|collections?|gammes?|coffrets|créations)",
      "(?:lettre d'information|lettre d'info|newsletters?)",
      "(?:abonnez|inscrivez|abonne|inscris)-(?:vous|toi) (?:gratuitement )?à (?:notre|la|nos)",
      '(?:parrainage|parrainez|parraine|parrainer)',
      // "Jetez aussi un œil au reste de notre gamme": other products (G1701).
      '(?:le |au )?reste de (?:notre|nos) (?:\\p{L}+ )?(?:gammes?|collections?|catalogue|boutique|produits|articles|créations|sélection|références)',
      // A discount for the buyer's friends on their first order is a referral offer.
      '\\d{1,3} ?% (?:de réduction |de remise )?sur (?:leur|votre|ta|sa|la|une) (?:première|prochaine) commande',
      '(?:première|prochaine) commande chez nous',
      '(?:vos|tes) (?:proches|amis|amies|collègues|voisins) (?:\\p{L}+ ){0,3}(?:profiter|bénéficier|obtenir|recevoir|économiser)',
      '(?:suivez|rejoignez|retrouvez)-(?:nous|moi) (?:aussi |également )?(?:sur|via) (?:\\p{L}+ )?(?:instagram|insta|facebook|tiktok|pinterest|youtube|twitter|linkedin|snapchat|les réseaux|nos réseaux)',
      'suivez-nous',
      'rejoignez-nous sur',
      'rejoignez (?:notre|la) communauté',
      'nos réseaux sociaux',
      '(?:sur|notre page) (?:instagram|facebook|tiktok|pinterest|youtube)',
      '(?:notre|nos) (?:page|compte|chaîne|profil)s? (?:instagram|facebook|tiktok|pinterest|youtube)',
      'jeux?[- ]concours',
      'tirage au sort',
      'concours(?! de circonstances)',
      '(?:tentez|tenter) (?:votre chance|de gagner)',
      '(?:programme|carte|club) (?:de )?fidélité',
    ],
    exceptions: [
      ...refusedOffers(REFUSALS, OFFERS),
      'conditions (?:générales )?de vente', 'service après[- ]vente', 'après[- ]vente', 'prix de vente', 'point de vente', 'acte de vente',
      "(?:notre|nos) autres (?:produits|articles|modèles|références|gammes?) (?:ne sont pas|n'est pas|ne seront pas|ne sont aucunement) (?:concernée?s?|touchée?s?|affectée?s?)",
    ],
  },

  reviewPositive: {
    patterns: [
      {
        pattern: `(${REVIEW}) (?:très )?(?:positifs?|positives?|favorables?|élogieux|élogieuses?|enthousiastes?|excellents?|5 étoiles|cinq étoiles)`,
        replacement: '$1',
        label: 'reviewWithoutKind',
      },
      {
        pattern: `(?:bon|bonne|excellent|excellente|très bon|très bonne|super|beau|belle|joli|jolie|meilleur|meilleure) (${REVIEW})`,
        replacement: '$1',
        label: 'reviewWithoutKind',
      },
      {
        pattern: '(?:5|cinq) étoiles',
        replacement: 'un avis',
        label: 'reviewWithoutRating',
      },
      '(?:la |une )?(?:note maximale|meilleure note(?: possible)?|note parfaite)',
      '(?:une |la )?note (?:de )?(?:5|cinq) ?(?:/ ?5|sur 5|sur cinq)',
      `(?:mentionner|préciser|écrire|dire|indiquer|souligner)[^.!?\\n]{0,40} dans (?:votre|l'|le|un) ?${REVIEW}`,
      `dans votre ${REVIEW},? (?:merci de |pourriez-vous |veuillez )?(?:mentionner|préciser|écrire|indiquer|souligner)`,
      `(?:copiez|copier|collez|coller|reprenez|reprendre|utilisez|utiliser) (?:ce|le|les|ces) (?:texte|mots|phrases?|message) (?:suivants? )?(?:dans|pour) (?:votre|un|l') ?${REVIEW}`,
      // The top rating without the word "stars", word of mouth with a review, only the fully satisfied asked, what to write.
      '(?:la )?note maximale',
      'la meilleure note',
      'toutes les étoiles',
      '(?:parlez|recommandez)-(?:en|nous) (?:\\p{L}+ ){0,3}(?:amis|proches|famille)[^.!?\\n]{0,60}avis',
      'uniquement (?:aux|les) clients (?:\\p{L}+ ){0,2}(?:100 ?%|entièrement|pleinement|totalement) satisfaits',
    ],
    exceptions: [
      `merci (?:beaucoup |infiniment |encore )?(?:pour|de) (?:votre|vos|ce|cet|cette|ton|tes) (?:\\p{L}+ )?${REVIEW} (?:très )?(?:positifs?|positives?|favorables?|élogieux|élogieuses?|enthousiastes?)`,
      `merci (?:beaucoup |infiniment |encore )?(?:pour|de) (?:votre|vos|ce|cet|cette|ton|tes) (?:(?:très|si|super|bon|bonne|gentil|gentille|beau|belle|excellent|excellente|joli|jolie|chaleureux) ){1,3}${REVIEW}`,
    ],
  },

  reviewConditional: {
    patterns: [
      `si vous (?:êtes|étiez|avez été) (?:\\p{L}+ )?(?:satisfaite?s?|content(?:e|es|s)?|ravie?s?|heureu(?:x|se|ses))[^.!?\\n]{0,80}${REVIEW}`,
      `si (?:le|notre|ce|votre) (?:\\p{L}+ )?vous (?:plaît|a plu)[^.!?\\n]{0,80}${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}si vous (?:êtes|étiez|avez été) (?:satisfaite?s?|content(?:e|es|s)?|ravie?s?)`,
      `(?:contactez|écrivez|prévenez)-nous (?:d'abord |directement |en premier |toujours )?(?:avant de|avant d'|au lieu de|plutôt que de)[^.!?\\n]{0,40}${REVIEW}`,
      `(?:nous contacter|nous écrire|nous prévenir) (?:d'abord |directement |en premier |toujours )?(?:avant de|avant d'|au lieu de|plutôt que de) (?:nous )?(?:laisser|publier|écrire|donner|mettre|poster|rédiger|noter|évaluer)`,
      `(?:avant de|au lieu de|plutôt que de|plutôt que d') (?:nous )?(?:laisser|publier|écrire|donner|mettre|poster|rédiger|attribuer) (?:un |une |votre |tout |toute )?(?:\\p{L}+ )?(?:${REVIEW}|note|étoiles?)`,
      `avant (?:tout|toute|un|une|votre) (?:\\p{L}+ )?(?:${REVIEW}|note)(?: (?:négati\\p{L}{0,3}|défavorables?|sur amazon))?`,
      `(?:ne pas |ne |n'|évitez de |éviter de |sans )(?:nous )?(?:laisser|laissez|publier|publiez|mettre|mettez|écrire|écrivez|donner|donnez|poster|postez)(?: pas)? (?:d'|de |un |une |votre )?(?:\\p{L}+ )?(?:${REVIEW}|notes?) (?:négati(?:f|fs|ve|ves)|défavorables?|mauvaise?s?|à (?:1|une|2|deux) étoiles?)`,
      `(?:ne pas |ne |n'|évitez de |éviter de )(?:nous )?(?:laisser|laissez|publier|publiez|mettre|mettez|écrire|écrivez|donner|donnez)(?: pas)? (?:de |d')?(?:mauvaise?s?|négati(?:f|fs|ve|ves)) (?:${REVIEW}|notes?)`,
      '(?:sinon|si ce n\'est pas le cas|dans le cas contraire)[^.!?\\n]{0,40}(?:contactez|écrivez)-nous (?:d\'abord|avant)',
    ],
  },

  reviewIncentive: {
    patterns: [
      `en (?:échange|contrepartie|remerciement) (?:de |d'|pour )(?:un |une |votre |ton |vos |des )?(?:\\p{L}+ )?${REVIEW}`,
      `(?:contre|moyennant) (?:un |une |votre |ton )(?:\\p{L}+ )?${REVIEW}`,
      `${INCENTIVE_WORDS}[^.!?\\n]{0,60}(?:pour|après|si|dès que|une fois que|quand|lorsque|en échange d'|en échange de)(?: vous| tu)? (?:nous |m'|me )?(?:laiss|écri|publi|post|partag|donn|rédig|dépos|mett|mis|ajout)\\p{L}{0,6}[^.!?\\n]{0,30}${REVIEW}`,
      `${AMOUNT}[^.!?\\n]{0,60}(?:pour|après|si|dès que|une fois que|quand|lorsque|en échange d'|en échange de)(?: vous| tu)? (?:nous |m'|me )?(?:laiss|écri|publi|post|partag|donn|rédig|dépos|mett|mis|ajout)\\p{L}{0,6}[^.!?\\n]{0,30}${REVIEW}`,
      `${INCENTIVE_WORDS} (?:pour|contre) (?:chaque|tout|votre|un|une|ton) (?:\\p{L}+ )?${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,60}(?:et|pour) (?:recevoir|obtenir|bénéficier|recevez|obtenez|gagnez|profitez)[^.!?\\n]{0,40}${INCENTIVE}`,
      `(?:une fois|dès) que vous (?:aurez|avez)[^.!?\\n]{0,40}${REVIEW}[^.!?\\n]{0,60}${INCENTIVE}`,
      `(?:une fois|dès|aussitôt|sitôt|quand|lorsque) (?:que )?(?:votre|ton|l') ?${REVIEW}[^.!?\\n]{0,60}${INCENTIVE}`,
      `(?:capture d'écran|lien|preuve) de votre ${REVIEW}`,
      `${REVIEW}[^.!?\\n]{0,80}(?:nous vous (?:offrirons|enverrons|rembourserons|offrons|envoyons)|vous recevrez)`,
      `capture d'écran[^.!?\\n]{0,60}${INCENTIVE}`,
      // Faster help or free products traded for a review: "once your review is up, we ship the part the same day", a tester club.
      'dès que votre avis (?:sera|est) (?:publié|en ligne|visible)',
      '(?:club|programme|panel) (?:de )?testeurs?',
      'en échange (?:\\p{L}+ ){0,3}(?:un |d[\'’]un )?avis',
    ],
  },

  reviewChange: {
    patterns: [
      `(?:modifier|changer|supprimer|retirer|mettre à jour|revoir|reconsidérer|corriger|actualiser|effacer|enlever|réviser|rectifier|améliorer|remonter|augmenter|ajuster)(?: votre| cet| cette| ce| l'| le| la| ton| ta| vos| tes) ?(?:\\p{L}+ )?${REVIEW}`,
      '(?:modifier|changer|revoir|réviser|remonter|augmenter|améliorer|mettre à jour|corriger|retirer|supprimer|enlever|effacer) (?:votre|ta|la|cette) note',
      '(?:modifier|changer|augmenter|remonter|ajouter|rajouter) (?:les|vos|tes|quelques|des) étoiles',
      "passer (?:votre|ton|l'|cet|cette) ?(?:avis|évaluation|note|commentaire) à (?:\\d|cinq|quatre|trois)",
      `(?:modification|suppression|retrait|mise à jour|révision) de (?:votre|l'|cet|cette|ton|ta) ?${REVIEW}`,
      `${REVIEW} (?:négati(?:f|ve)s?|défavorables?|d'une étoile|de deux étoiles|à (?:1|2|une|deux) étoiles?)[^.!?\\n]{0,80}(?:le |la |l')?(?:retirer|supprimer|modifier|changer|mettre à jour|revoir|effacer|enlever)`,
      `(?:votre|ton|cet|cette|ce) ${REVIEW} (?:pourrait|pourra|pourriez-vous|peut) (?:\\p{L}+ )?(?:être )?(?:modifiée?|supprimée?|retirée?|mise? à jour|changée?|revue?)`,
    ],
  },

  messenger: {
    patterns: [
      "(?:notre|la) (?:hotline|ligne (?:directe|téléphonique)|assistance téléphonique)",
      "(?:appelez|appelle|joignez)-(?:nous|moi)",
      '(?:par|sur|via) (?:sms|texto)',
      '(?:envoyez|écrivez|envoie|écris)-(?:moi|nous) (?:un (?:sms|texto)|par (?:sms|texto))',
      '(?:appelez|téléphonez|appelle|téléphone|rappelez)-(?:moi|nous)',
      '(?:passez|donnez|passe|donne)-(?:moi|nous) un (?:coup de fil|coup de téléphone|appel)',
      '(?:mon|notre) (?:numéro (?:de téléphone|de portable|de mobile|personnel|perso|direct)|portable|ligne directe|fixe)',
      '(?:contactez|joignez)-(?:moi|nous) (?:directement )?(?:au|par téléphone|sur (?:notre|mon) (?:portable|mobile|numéro|fixe))',
      '(?:nous|me) joindre (?:directement )?(?:au|par téléphone)',
    ],
    exceptions: ['contactez le transporteur', 'appelez le transporteur'],
  },

  phoneWords: { patterns: spelledPhone({ words: ['cinquante', 'quatorze', 'quarante', 'soixante', 'septante', 'huitante', 'octante', 'nonante', 'quatre', 'treize', 'quinze', 'vingts', 'trente', 'trois', 'douze', 'seize', 'vingt', 'cents', 'zéro', 'zero', 'deux', 'cinq', 'sept', 'huit', 'neuf', 'onze', 'cent', 'six', 'dix', 'un'], joiners: ['et'] }) },
  messengerApps: {
    patterns: [
      '(?:par|sur|via) (?:whatsapp|telegram|signal|skype|wechat|line|viber|messenger|snapchat)',
      '(?:en )?(?:message privé|mp|dm) (?:sur|via) (?:instagram|insta|facebook|tiktok)',
      '(?:écrivez|écrivez-nous|contactez-nous|écris-nous|écris-moi|écrivez-moi) en (?:message privé|mp|dm)',
      '(?:échanger|discuter|continuer|poursuivre|parler) (?:\\p{L}+ ){0,3}(?:sur|par|via) (?:instagram|insta|facebook)',
    ],
    exceptions: [
      ...refusedWays(REFUSALS),
      "(?:préférons|préférerions|préfère|préférerais|ne pouvons pas|ne pouvons|ne peux pas|ne pas|n'utilisons pas|pas de) [^.!?\\n]{0,60}(?:par|sur|via) (?:whatsapp|telegram|signal|skype|wechat|line|viber|messenger|snapchat)",
      '(?:par|sur|via) (?:whatsapp|telegram|signal|skype|wechat|line|viber|messenger|snapchat)[^.!?\\n]{0,60}(?:nous préférons|je préfère|n\'est pas possible|pas possible|n\'est pas autorisé|pas autorisé|interdit)',
    ],
  },

  offAmazonSale: {
    patterns: [
      "(?:commander|acheter|commandez|achetez|achète|passer commande|passez commande|réserver|réservez|nous la passer|nous le passer|nous les passer) (?:\\p{L}+ ){0,4}directement (?:auprès de nous|chez nous|sur notre|sur nos|à l'atelier|à notre atelier|à la boutique|avec nous|via notre)",
      "(?:commander|acheter|commandez|achetez|achète|passer commande|passez commande|réserver|réservez) (?:\\p{L}+ ){0,4}(?:sur|via|depuis|dans) notre (?:propre )?(?:site|site web|site internet|boutique en ligne|boutique web|e-?shop|magasin en ligne|shop en ligne)",
      "passer (?:la |votre |ta )?commande (?:\\p{L}+ ){0,2}(?:directement|en direct)",
      "(?:nous|me) (?:la |le |les )?(?:passer|passez|repasser|repassez) (?:directement|en direct)",
      "(?:commander|acheter|commandez|achetez) (?:\\p{L}+ ){0,3}en direct",
      'sans passer par amazon',
      "notre propre (?:site|boutique|e-?shop|magasin en ligne|boutique en ligne)",
      "(?:sur|via) notre (?:site|site web|site internet|boutique en ligne|e-?shop)[^.!?\\n]{0,30}(?:pour (?:commander|acheter|passer commande)|moins cher)",
      "(?:boutique en ligne|site web|site internet|e-?shop)[^.!?\\n]{0,60}(?:moins cher|meilleur prix|prix réduit|sans frais)",
      "(?:en dehors|hors) (?:d'|de )?amazon",
      "moins cher (?:\\p{L}+ ){0,4}(?:chez nous|en direct|directement|sur notre site|sur notre boutique|dans notre boutique)",
      "(?:économiser|éviter|évitez|économisez|sans) (?:les )?(?:frais|commissions?) (?:d'amazon|amazon|de la plateforme)",
      "(?:la prochaine fois|à l'avenir|pour vos prochains achats|pour (?:une|la|votre) prochaine commande|pour vos prochaines commandes),? (?:\\p{L}+ ){0,4}(?:commandez|contactez-nous|écrivez-nous|passez) (?:\\p{L}+ ){0,2}directement",
      // "No need to order through Amazon", "settle it between us": the sale or the settlement taken off Amazon.
      'pas besoin de (?:re)?passer par (?:la plateforme|amazon)',
      '(?:s[\'’]arranger|régler (?:ça|cela)|on s[\'’]arrange) entre nous',
    ],
    exceptions: [
      ...refusedOutside(REFUSALS, OUTSIDE_AMAZON),
      "(?:ne pouvons pas|ne peut pas|ne pouvez pas|ne pas|interdit|impossible|pas autorisée?s?|n'avons pas le droit)[^.!?\\n]{0,60}(?:en dehors|hors|sans passer par) (?:d'|de |par )?amazon",
    ],
  },

  offAmazonPayment: {
    patterns: [
      'virements? (?:bancaires?|sur (?:notre|mon|le) compte)',
      '(?:par|en|via) virement',
      "(?:payer|payez|paierez|payerez|payée?s?|régler|réglez|réglerez|réglée?s?|paiement|règlement|payable) (?:\\p{L}+ ){0,2}(?:à la livraison|en (?:espèces|liquide|cash)|par (?:chèque|virement|lydia|paylib|wero|mandat)|via (?:lydia|paylib|wero)|en main propre)",
      'contre-remboursement',
      '(?:notre|mon|nos|mes) (?:rib|iban|relevé d\'identité bancaire|coordonnées bancaires|compte bancaire)',
      'lydia',
      'paylib',
      // Money sent or asked for directly, to settle or to pay.
      'je vous fais un virement',
      '(?:vous )?(?:réglez|payez) à (?:la )?réception',
    ],
    exceptions: [
      ...refusedWays(REFUSALS),
      "(?:n'acceptons|n'accepte|ne (?:pouvons|peux|peut) pas accepter|n'acceptons jamais|jamais|aucun|aucune|ne demandons jamais)[^.!?\\n]{0,40}(?:virement|paiement|espèces|chèque|lydia|paylib|rib|iban)",
    ],
  },

  cancellationRequest: {
    patterns: [
      "(?:demandez|sollicitez)(?: vous-même| toi-même)? (?:l'|une )annulation",
      "(?:demander|solliciter) (?:vous-même|toi-même) (?:l'|une )annulation",
      "(?:merci|prière) d(?:e |')[^.!?\\n]{0,60}(?:demander|solliciter) (?:vous-même |toi-même )?(?:l'|une )annulation",
      // "Je vous laisse le soin d'annuler", "auriez-vous l'amabilité d'annuler la commande ?"
      "(?:je vous|nous vous|je te|on vous|on te) (?:laisse|laissons) (?:le soin|la possibilité|l'initiative|la main) (?:de |d')(?:bien vouloir )?(?:\\p{L}+ )?(?:annuler|demander l'annulation|faire (?:une|la) demande d'annulation)",
      "(?:auriez-vous|avez-vous|aurais-tu|auriez vous|ayez|aie|voudriez-vous|voudrais-tu|accepteriez-vous|accepterais-tu) (?:l'amabilité |la gentillesse |l'obligeance |la bonté )?(?:de |d')(?:bien vouloir )?(?:nous )?(?:annuler|demander l'annulation|faire (?:une|la) demande d'annulation|procéder (?:vous-même )?à (?:une|la|l') ?(?:demande d')?annulation)",
      // "Pourriez-vous annuler la commande ?", "Tu pourrais annuler ta commande de ton côté ?"
      "(?:merci|je vous prie|nous vous prions|nous vous demandons|je vous demande|je te demande|serait-il possible|est-il possible|nous vous serions reconnaissants|je vous serais reconnaissante?|il faudrait|il faut|il est nécessaire|il serait préférable|il est préférable|c'est à vous|c'est à toi|ce serait à vous) (?:de |d')(?:bien vouloir )?(?:nous )?(?:annuler|demander l'annulation|faire (?:une|la) demande d'annulation|procéder (?:vous-même )?à (?:une|la|l') ?(?:demande d')?annulation)",
      "(?:pourriez|pouvez|pourrez|peux-tu|pourrais-tu|pourras-tu|veuillez|veuille|merci de|je vous prie de|nous vous prions de|nous vous demandons de|je vous demande de|je te demande de|serait-il possible de|est-il possible de)(?:-vous|-tu)? (?:s'il vous plaît |svp |stp |bien vouloir |nous |simplement |juste )?(?:annuler|demander l'annulation|faire (?:une|la) demande d'annulation|procéder (?:vous-même )?à (?:une|la|l') ?(?:demande d')?annulation)",
      "(?:il vous suffit|il te suffit|vous (?:pouvez|pourrez|devez|devriez|pourriez|aurez à)|tu (?:peux|pourras|dois|devrais|pourrais)|nous vous (?:invitons|conseillons|recommandons|remercions|suggérons)|je vous (?:invite|conseille|recommande|suggère)|je te (?:conseille|recommande)) (?:simplement |donc |alors |juste |tout simplement )?(?:à |de |d')?(?:annuler|demander l'annulation|faire (?:une|la) demande d'annulation|procéder (?:vous-même )?à (?:une|la|l') ?(?:demande d')?annulation)",
      "(?:saurions gré|serions reconnaissants?|serais reconnaissante?|saurais gré) de (?:bien vouloir )?(?:procéder (?:vous-même )?à |faire |effectuer |demander )?(?:une |la |l')?(?:demande d')?annul\\p{L}{0,6}",
      "procéder (?:vous-même|toi-même) à (?:une|la|l') ?(?:demande d')?annulation",
      "(?:que vous|que tu) (?:annuliez|annules|demandiez l'annulation|fassiez (?:une|la) demande d'annulation|procédiez à (?:une|la|l') ?(?:demande d')?annulation)",
      "l'annulation (?:vienne|provienne|soit faite|soit effectuée|soit demandée|doit venir|devrait venir|doit être faite|doit être demandée) (?:de|par) (?:vous|votre part|toi|ta part|votre côté)",
      "(?:annuler|annulez|annule|annulation) (?:\\p{L}+ ){0,3}(?:de votre côté|de ton côté|vous-même|toi-même|depuis votre compte|dans votre compte|depuis votre espace|dans votre espace client|dans vos commandes|depuis vos commandes|depuis ton compte)",
      "(?:le plus (?:simple|rapide)|le mieux|la meilleure solution|la solution|l'idéal|le plus pratique) (?:serait|est|reste|sera) (?:de |d')(?:\\p{L}+ )?(?:annuler|demander l'annulation)",
      "demande d'annulation (?:depuis|dans|via|sur|à partir de) (?:votre|ton|vos|tes)",
      "(?:demandez|demander|demande) l'annulation (?:depuis|dans|via|sur|à partir de) (?:votre|ton|vos|tes)",
      'annuler des articles',
      "(?:annulez|annule) (?:simplement |donc |alors |juste |directement |svp |stp |s'il vous plaît )?(?:la|votre|ta|cette|vos|tes) commandes?",
      "(?:cliquez|clique|cliquer|sélectionnez|sélectionne|choisissez|choisis|appuyez|appuie) (?:\\p{L}+ ){0,3}(?:sur )?(?:le bouton |l'option |le lien )?[«\"“]? ?annuler",
    ],
    exceptions: [
      "(?:inutile|pas besoin|nul besoin|vous n'avez pas à|vous n'avez pas besoin|tu n'as pas à|tu n'as pas besoin|sans avoir à|sans) (?:\\p{L}+ ){0,2}(?:d')?(?:annuler|demander l'annulation)",
      "(?:le plus (?:simple|rapide)|le mieux|la meilleure solution|la solution|l'idéal|le plus pratique) (?:serait|est|reste|sera) (?:de |d')(?:\\p{L}+ )?annuler (?:\\p{L}+ ){0,3}(?:de notre côté|nous-mêmes|par nos soins|pour vous)",
    ],
  },

  placeholderWords: [
    'nom', 'noms', 'prénom', 'prenom', 'prénoms', 'acheteur', 'acheteuse', "l'acheteur", "l'acheteuse", 'client', 'cliente',
    'destinataire', 'de', 'du', 'des', 'commande', 'numéro', 'numero', 'num', 'n°', 'produit', 'article', "l'article",
    'titre', 'vendeur', 'vendeuse', 'boutique', 'magasin', 'marque', 'société', 'entreprise', 'date', 'livraison',
    'expédition', "d'expédition", 'suivi', 'transporteur', 'lien', 'adresse', "l'adresse", 'ville', 'téléphone',
    'montant', 'prix', 'signature', 'insérer', 'ici', 'civilité',
  ],
  /** Which page value a template variable stands for, by the words in it (a fix fills it in). */
  placeholderKinds: {
    other: ['produit', 'article', 'nom du produit', 'suivi'],
    sellerName: ['vendeur', 'boutique', 'magasin', 'société', 'signature', 'votre nom', 'mon nom'],
    orderId: ['commande', 'numéro de commande', 'n° de commande'],
    buyerName: ['acheteur', 'acheteuse', 'client', 'cliente', 'nom', 'prénom', 'nom du client'],
  },

  concepts: {
    satisfied: [
      "si (?:le|la|les|l'|votre|vos|notre|nos|ce|cette|il|elle) (?:[\\p{L}'-]+ ){0,4}(?:a|ont) (?:illuminé|égayé|embelli|facilité|simplifié|amélioré|adouci|réchauffé|enchanté|ravi|changé)",
      // "Si elle éclaire votre chambre comme vous l'espériez."
      "si (?:[\\p{L}'-]+ ){1,6}comme (?:vous|tu) (?:l'|les |le )?(?:espériez|espérais|imaginiez|imaginais|attendiez|attendais|souhaitiez|souhaitais|rêviez|rêvais)",
      // "Tout fonctionne à merveille ?" (then: "alors vos étoiles…").
      "(?:tout|il|elle|ça) (?:fonctionne|marche|vous convient|te convient|vous plaît) (?:parfaitement |à merveille |bien |comme prévu ){0,2}\\? (?:alors|dans ce cas|eh bien)",
      // "Si vous êtes satisfaite", "si tu es contente", "si vous en êtes ravi".
      `si (?:vous|tu) (?:(?:en |y )?(?:êtes|es|étiez|étais|avez été|as été|serez|seras|sentez|sens|semblez) )?(?:\\p{L}+ )?(?:satisf\\p{L}{0,5}|content\\p{L}{0,3}|ravie?s?|heureu(?:x|se|ses)|enchantée?s?|conquise?s?|comblée?s?)(?! (?:de|du|des|par) (?:la |le |l'|les |ces |cette |ce |cet |nos |notre )?(?:\\p{L}+ )?${CHOICE})`,
      `si ${NOT_CHOICE_SUBJECT}(?:(?!s'ils? )[\\p{L}'-]+ ){0,4}${PLEASED}`,
      // "S'il vous a plu" (not "s'il vous plaît", which is "please").
      "s'(?:il|ils|elle|elles) (?:vous|te|t') ?(?:a plu|ont plu|plaisent|a (?:vraiment |beaucoup |bien )plu|donne satisfaction|donnent satisfaction|a donné satisfaction)",
      "s'(?:il|ils) (?:[\\p{L}'-]+ ){0,2}(?:(?:a|ont) (?:tenu|rempli) (?:toutes )?(?:ses|leurs) promesses|(?:est|sont|a été|ont été) à la hauteur|(?:répond|répondent|a répondu|ont répondu|correspond|correspondent) (?:bien |parfaitement )?à (?:vos|tes) attentes|(?:a|ont) (?:dépassé|comblé) (?:vos|tes) attentes)",
      "si (?:vous|tu) (?:l'|les |en )?(?:aimez|aimes|adorez|adores|avez aimé|as aimé|avez adoré|as adoré|appréciez|apprécies|avez apprécié|as apprécié|êtes fan|es fan)",
      "si tout (?:s'est|s'était|c'est|est|était|a été) (?:bien passé|bien déroulé|parfait|conforme|ok|en ordre|à votre goût|à ton goût)",
      "si (?:vous avez|tu as) (?:passé|eu|vécu) (?:un bon moment|une bonne expérience|une expérience (?:positive|agréable|réussie))",
      "si (?:votre|ton|cette) expérience (?:a été|est|était) (?:\\p{L}+ )?(?:positive|bonne|agréable|réussie|satisfaisante)",
      // Questions: "Vous êtes satisfait ?", "Satisfaite de votre achat ?", "Elle vous plaît ?"
      '(?:vous êtes|tu es|êtes-vous|es-tu) (?:\\p{L}+ )?(?:satisfaite?s?|contente?s?|ravie?s?)(?: (?:de|du|des|avec) [^.!?\\n]{0,40})? ?\\?',
      "(?:satisfaite?s?|contente?s?|ravie?s?) (?:de|du|des|avec) (?:votre|ton|ta|vos|tes|la|le|l'|les|ce|cette|cet) [^.!?\\n]{0,40}\\?",
      '(?:vous|te) (?:donne|donnent|a donné)-(?:t-)?(?:il|elle|ils|elles) (?:entière |toute )?satisfaction ?\\?',
      '(?:vous|te) (?:plaît|plait|plaisent)-(?:il|elle|ils|elles) ?\\?',
      '(?:vous|te) (?:a|ont)-(?:t-)?(?:il|elle|ils|elles) plu ?\\?',
      "(?<!s')(?:elle|il|ça|cela|elles|ils) (?:vous|te) (?:plaît|plait|plaisent|a plu|ont plu) ?\\?",
      "(?:vous|tu) (?:l'|les )(?:aimez|aimes|adorez|adores) ?\\?",
      // "Si vous n'êtes pas satisfait, contactez-nous d'abord."
      "si (?:vous n'êtes pas|tu n'es pas|vous n'étiez pas|quelque chose ne va pas|un problème survient|ce n'est pas le cas)[^.!?\\n]{0,60}(?:contactez|écrivez|prévenez|dites|informez|contacte|écris|préviens)-(?:nous|moi) (?:d'abord|avant|en premier|en priorité)",
      // A good effect as the condition: "if the lamp made your evenings cozier".
      'si (?:la|le|l[\'’]|votre|notre|ce|cette) ?\\p{L}+ (?:\\p{L}+ ){0,3}(?:a rendu|rend|a égayé|égaye|a illuminé|illumine|a embelli|embellit)',
    ],
    reviewRef: [
      "(?:une|votre|ta) (?:petite |bonne |belle |jolie )?note (?:sur|chez|dans) amazon",
      // "Un petit mot sur sa page Amazon", "quelques lignes sous le produit sur Amazon".
      `(?:un (?:petit |court |gentil |bref )?(?:mot|texte|message)|quelques (?:mots|lignes)|deux lignes|une ligne|un petit retour)(?: de (?:votre|ta) part)? ${PUBLIC_SPOT}`,
      `(?:lire|voir|retrouver|écrire|écrit|écrite) (?:\\p{L}+ ){0,2}${PUBLIC_SPOT}`,
      '(?:vos|tes|quelques|des|les|vos petites) (?:\\p{L}+ )?étoiles(?! de mer| filantes?)',
      `(?<!à )(?:un|une|votre|vos|des|quelques|ton|tes|leur|leurs|son|chaque|tout|cet|ces|petit|petite|sincère|honnête|bref|court|nouvel|nouveau) (?:\\p{L}+ )?${AVIS}${NOT_ABOUT_CHOICE}`,
      '(?:un|une|votre|vos|des|quelques|ton|tes|leur|leurs|son|chaque|cet|ces|petit|petite|sincère|honnête|bref|court|nouveau|nouvel) (?:\\p{L}+ )?commentaires?(?! de livraison| du transporteur| au livreur| pour le livreur)',
      '(?:un|une|votre|vos|des|quelques|ton|tes|leur|leurs|son|sa|chaque|cette|ces|petite|bonne|sincère|honnête|nouvelle) (?:\\p{L}+ )?évaluations?',
      '(?:[1-5]|une|deux|trois|quatre|cinq) étoiles?(?! de mer| filantes?)',
      '(?:une|la|votre|ta) (?:\\p{L}+ )?note (?:de )?(?:\\d|cinq|quatre) ?(?:/ ?5|sur 5|sur cinq|étoiles)',
      "ce que (?:vous|tu) (?:en )?(?:pensez|penses|avez pensé|as pensé|pensiez)",
      `(?:votre|ton|vos|tes) (?:ressenti|opinion|impressions?|retour d'expérience|témoignage)${NOT_ABOUT_CHOICE}`,
      "(?:votre|ton) expérience (?:avec|d'achat|de (?:notre|ce|cette|votre)|sur)",
      "quelques (?:mots|lignes) (?:de votre part|de ta part|sur (?:sa|la|notre|votre|leur|cette) (?:page|fiche))",
      "(?:aider|aide|aidera|aiderait|aidez|aiderez|guider|guide|guidera|guiderait|informer|renseigner|éclairer|éclaire) (?:les|d'autres|de futurs|nos futurs|nos autres) (?:autres |futurs |prochains )?(?:clients|clientes|acheteurs|acheteuses|utilisateurs|consommateurs|lecteurs|parents|\\p{L}+eurs)",
      "(?:les|aux) (?:autres|futurs|prochains) (?:clients|clientes|acheteurs|acheteuses|utilisateurs|consommateurs)",
      '(?:page|formulaire|lien) (?:d\'avis|de commentaire|d\'évaluation)',
      '(?<=\\bchaque\\s)(?:note|voix)',
    ],
    reviewAsk: [
      "(?:laisser|laissez|laisse|écrire|écrivez|publier|publiez|poster|postez)(?:-nous| nous)? (?:vos|tes|quelques) (?:premières )?impressions",
      "(?:photo|photos|vidéo|vidéos|image|images)[^.!?\\n]{0,40}(?:sur la page (?:du produit|de l'article)|sur amazon|sur la fiche)",
      // "Chaque acheteur qui présente notre théière aux autres clients": presenting to other buyers is reviewing.
      "(?:présente|présenter|présentez|présentent|recommande|recommander|recommandez|recommandent|décrit|décrire|décrivez|décrivent) (?:[\\p{L}'-]+ ){0,4}(?:aux autres|à d'autres|à de futurs|aux futurs) (?:clients|clientes|acheteurs|acheteuses|utilisateurs)",
      // "Chaque client qui raconte sur Amazon comment il utilise sa gourde."
      "(?:raconter|racontez|raconte|racontent|écrire|écrivez|écrit|écrivent|partager|partagez|partage|partagent|parler|parlez|parle|parlent|témoigner|témoignez|témoigne|témoignent) (?:\\p{L}+ ){0,2}sur (?:amazon|la page (?:du produit|de l'article)|sa page|la fiche (?:du )?produit)",
      "(?:votre|ton) (?:texte|message|post|publication|témoignage) une fois (?:publiée?|postée?|en ligne)",
      `(?:laisser|laissez|laisse|laissent|laissant|laisseriez|laisserez|déposer|déposez|dépose|déposent|écrire|écrivez|écris|écrit|écrivent|rédiger|rédigez|rédige|rédigent|publier|publiez|publie|publient|poster|postez|postent|donner|donnez|donne|donnent|mettre|mettez|mets|mettent|partager|partagez|partage|partagent|partageant|ajouter|ajoutez|décrire|décrivez|décris|raconter|racontez|raconte)(?:-nous|-moi| nous| moi)? (?:(?:un|une|votre|vos|quelques|ton|ta|tes|des|le|leur|leurs|son|sa|ses|petit|petite|rapide|sincère|honnête|bref|court|nouvel) ){0,3}(?:\\p{L}+ )?(?:${AVIS}${NOT_ABOUT_CHOICE}|commentaires?(?! (?:de livraison|pour le livreur|au livreur|pour le transporteur|dans le champ))|évaluations?|étoiles|expérience|ressenti|opinion|témoignage)`,
      "(?:partager|partagez|partage|donner|donnez|donne)(?:-nous|-moi| nous| moi)? (?:vos|tes) (?:premières )?impressions",
      "(?:mettre|mettez|mets|donner|donnez|donne|attribuer|attribuez|laisser|laissez|laisse)(?:-nous| nous)? une (?:bonne |belle |excellente )?note (?:au|à (?:notre|la|l'|ce|cette)|sur)",
      `(?:nous |me )?faire part de (?:votre|vos|ton|tes) (?:${AVIS}${NOT_ABOUT_CHOICE}|expérience|ressenti|impressions?|opinion)`,
      "(?:nous |me )?dire ce que (?:vous|tu) (?:en )?(?:pensez|penses)",
      "(?:dites|dis)-(?:nous|moi) ce que (?:vous|tu) (?:en )?(?:pensez|penses|avez pensé|as pensé)",
      `(?:connaître|lire|avoir|recevoir|découvrir|savoir) (?:votre|ton|vos|tes) (?:${AVIS}|opinion|ressenti|impressions|retour d'expérience)${NOT_ABOUT_CHOICE}`,
      `(?:qu'avez-vous|qu'as-tu) pensé (?:de|du|des|d')${NOT_CHOICE_SUBJECT}`,
      "qu'en (?:avez-vous|as-tu) pensé",
      `que (?:pensez-vous|penses-tu) (?:de|du|des|d') ?${NOT_CHOICE_SUBJECT}(?:votre|ton|ta|vos|tes|notre|nos|la|le|l'|ce|cet|cette)`,
      "(?:un|une|votre|ton|quelques) (?:petit |petite |court |bref |sincère )?(?:avis|commentaires?|évaluation|mots|lignes|retour d'expérience|témoignage) de (?:votre|ta) part",
      `(?:votre|ton) (?:${AVIS}|évaluation|commentaire|opinion|retour d'expérience) (?:\\p{L}+ )?(?:compte|comptera|nous aide|aide|aidera|aiderait|intéresse|nous intéresse|est précieux|est précieuse|nous est précieux|serait précieux|serait (?:le |la )?bienvenue?|nous ferait plaisir|ferait plaisir|guide|guidera|guiderait|éclaire|éclairera)`,
      "(?:évaluer|évaluez|évalue) (?:le|la|l'|notre|nos|votre|ce|cet|cette|ton|ta) (?:\\p{L}+ )?(?:produit|article|vendeur|boutique|service|achat|commande|expérience|magasin|objet)",
      "(?:noter|notez) (?:le|l'|notre|ce|cet|cette|ton) (?:\\p{L}+ )?(?:produit|article|vendeur|boutique|service|magasin)",
      '(?:nous|me) (?:noter|notez|évaluer|évaluez)',
      "quelques (?:mots|lignes) (?:de votre part |de ta part )?sur (?:sa|la|notre|votre|leur|cette) (?:page|fiche)",
      `(?:votre|ton|un|une) (?:\\p{L}+ )?(?:${AVIS}|commentaire|évaluation) (?:\\p{L}+ ){0,3}(?:est|soit|sera) (?:en ligne|publiée?|postée?|visible|déposée?)`,
      "(?:prendre|prendriez|prendrais|accorder|accorderiez|consacrer|consacreriez) (?:\\p{L}+ )?(?:un instant|un moment|quelques (?:minutes|secondes|instants)|(?:une|deux|trois|cinq) minutes?)[^.!?\\n]{0,60}(?:avis|commentaire|évaluer|noter|évaluation|expérience)",
      "demande d'avis",
      "(?:dites|dis)-le (?:sur amazon|aux autres|à tout le monde|autour de vous|à vos amis)",
      "(?:faites|fais)-le savoir (?:sur amazon|aux autres|à tout le monde|autour de vous)",
      // A few words on Amazon: a review in other words.
      'quelques mots sur amazon',
      // A review on Amazon "would help us": a request.
      'un avis sur amazon (?:nous )?(?:aiderait|ferait|serait)',
    ],
    incentive: [
      "(?:est|sont|sera|seront) pour nous", "à nos frais", "c'est nous qui (?:offrons|payons|l'offrons)",
      '(?:petite|jolie|belle) attention',
      // "Chaque client qui … reçoit un porte-clés": everyone who does it gets something.
      "(?:chaque|tout|toute|tous les|toutes les|les) (?:clients?|clientes?|acheteurs?|acheteuses?|personnes?) qui [^.!?\\n]{0,100}(?:reçoit|reçoivent|recevra|recevront|obtient|obtiennent|obtiendra|obtiendront|gagne|gagnent|gagnera|aura droit|auront droit)",
      '(?:petit |joli |beau |vrai )?(?:cadeaux?|présent|surprise|bonus|récompense|échantillons?|goodies)',
      '(?:offerte?s?|gratuite?s?|gratuitement)',
      "(?:bons? d'achat|cartes? cadeaux?|chèques? cadeaux?|codes? (?:promo|de réduction)|coupons?)",
      '(?:\\d{1,3} ?% (?:de )?)?(?:réduction|remise|rabais|ristourne)',
      'rembours\\p{L}{0,6}',
      '\\d{1,4}(?:[,.]\\d{2})? ?(?:€|euros?)',
      "(?:en (?:échange|contrepartie|remerciement)|pour vous (?:remercier|récompenser)|pour te (?:remercier|récompenser)|en guise de remerciement)",
      'geste commercial',
      '(?:argent|paiement|commission|paypal)',
      'garantie (?:prolongée|étendue|à vie)',
      '(?:accès|statut|tarif|prix) (?:vip|privilégié|préférentiel|exclusif)',
      // Something given "as a thank-you" for the time a review takes.
      'en guise de remerciement',
      'pour vous remercier',
      'gratuitement',
      'offert',
    ],
    pressure: [
      // "Sans les retours de clients comme vous, nous ne pourrons pas continuer l'aventure."
      "(?:ne|n') ?(?:pourrons|pourrions|pourra|pourrait|pourrai|pourrais) (?:pas|plus) (?:continuer|tenir|survivre|exister|durer|poursuivre)(?! (?:la|le|les|l'|ce|cet|cette|ces|nos|notre|à|de|d'|la livraison|jusqu))",
      "(?:continuer|poursuivre) l'aventure",
      "sans (?:les|vos|tes|le|votre) (?:retours|soutien|aide|mots|petits mots)(?: de (?:clients|clientes) comme (?:vous|toi))?,",
      '(?:notre|ma|mon|nos) (?:\\p{L}+ ){0,2}(?:entreprise|boutique|société|famille|équipe|marque|atelier|commerce|activité)(?: \\p{L}+){0,2} (?:ne survivra pas|risque de (?:fermer|disparaître|couler|mettre la clé sous la porte)|pourrait (?:fermer|disparaître|couler)|dépend|va fermer|ne tiendra pas)',
      '(?:survivre|survie|mettre la clé sous la porte|fermer boutique|déposer le bilan)',
      "(?:dépend|dépendent|dépendons|dépendre) (?:\\p{L}+ )?(?:de vos|de votre|des avis|de vos avis|de bons|des bons|de chaque|d'avis)",
      '(?:mon|notre) (?:emploi|salaire|prime|patron|gagne-pain)',
      '(?:perdre|perdrais|perdrons) (?:mon|notre|ma) (?:emploi|travail|poste|boutique|entreprise|activité)',
      '(?:je vous en supplie|je vous supplie|nous vous supplions|de grâce)',
      '(?:aidez|aide|soutenez|soutiens)-(?:nous|moi) (?:à (?:grandir|survivre|continuer|exister)|en (?:laissant|donnant|écrivant|mettant|publiant))',
      "sans (?:vos|votre|de bons|d'autres|plus d'|de nouveaux) (?:\\p{L}+ )?(?:avis|évaluations|commentaires|étoiles|notes)",
      '(?:très|extrêmement|super|vraiment|tellement|si) (?:importante?s?|crucial(?:e|es)?|cruciaux|vital(?:e|es)?|vitaux|essentiel(?:le|s|les)?|primordial(?:e|es)?) (?:pour|à) (?:nous|notre|moi|ma|mon|une petite)',
      '(?:vital|vitale|essentiel|essentielle|crucial|cruciale|primordial|primordiale) (?:pour|à) (?:nous|notre|moi|une petite)',
      '(?:compte|comptent) (?:énormément|tellement|plus que tout) pour (?:nous|moi|notre)',
      "(?:chaque|un seul|une seule) (?:avis|commentaire|évaluation|étoile|note|voix) (?:compte|décide|fait la différence)",
      // "pour que nous puissions continuer l'année prochaine": the shop's future tied to the rating.
      "(?:pour que|afin que|si) (?:nous|je) (?:puissions|puisse|pouvons|pourrons|pourrions) (?:\\p{L}+ )?(?:continuer|survivre|tenir|rester ouverte?s?|exister)",
      "(?:nous avons|j'ai) (?:vraiment |absolument |tellement |désespérément |grand )?besoin (?:de vos|de bons|de quelques|d'avis|de nouveaux|de plus d'|d'évaluations|de commentaires) ?(?:\\p{L}+ )?(?:avis|évaluations|commentaires|étoiles|notes)",
      "(?:nous avons|j'ai) (?:vraiment|absolument|tellement|désespérément) besoin de (?:votre|ton) (?:\\p{L}+ )?(?:avis|évaluation|commentaire|note)",
      "(?:n'oubliez pas|n'oublie pas|pensez bien|n'hésitez surtout pas) (?:de |à )?(?:nous )?(?:laisser|noter|donner|évaluer|écrire|mettre|publier)",
      '(?:nous serions|je serais) (?:\\p{L}+ )?(?:triste|tristes|déçus?|déçue?s?|malheureux|peinée?s?) si',
      '(?:nous nous permettons de vous relancer|je me permets de vous relancer|petit rappel|nouveau rappel|dernier rappel|relance)',
      "(?:toujours|encore) (?:en attente|dans l'attente) de (?:votre|ton) (?:\\p{L}+ )?(?:avis|évaluation|commentaire|note)",
      "(?:n'avez|n'as|n'avons) (?:toujours |pas encore |toujours pas |pas )(?:\\p{L}+ )?(?:laissé|écrit|reçu|publié|donné) (?:d'avis|de commentaire|d'évaluation|votre avis|votre évaluation|ton avis)",
    ],
    writeWhat: [
      // "C'est exactement cette phrase qu'on aimerait lire sous la fiche du produit."
      "(?:cette|ces|cette même|ces mêmes|vos|tes|votre|ta) (?:jolie |belle |gentille )?(?:phrases?|mots|compliments?|formules?|remarques?) (?:\\p{L}+ ){0,3}(?:qu'on|que nous|que j'|que l'on) (?:aimerai(?:en)?t|aimerions|aimerais|voudrions|voudrait|voudrais|adorerions|adorerait|souhaiterions|rêverions de|rêverait de) (?:lire|voir|retrouver)",
      '(?:mentionner|mentionnez|mentionne|mentionnant|souligner|soulignez|souligne|soulignant|insister sur|insistez sur|évoquer|évoquez|évoque|parler de|parlez de|en parler|parlez-en|parles-en|préciser que|précisez que|dire que|dites que|écrire que|écrivez que|indiquer que|indiquez que|expliquer que|expliquez que)',
      "(?:copier|copiez|copie|coller|collez|colle|reprendre|reprenez|reprends|réutiliser|réutilisez|recopier|recopiez|utiliser|utilisez) (?:\\p{L}+ ){0,3}(?:mots|texte|phrases?|message|formulation|termes|compliments?)",
      "(?:vos|tes|ces) (?:gentils |jolis |beaux |aimables )?(?:mots|compliments)(?: gentils| aimables)? (?:\\p{L}+ ){0,3}(?:dans|sur|en) (?:un|une|votre|ton|l')",
      '(?:les mêmes|ces mêmes|exactement ces) (?:mots|phrases|termes|lignes)',
      '(?:quelque chose|une phrase|quelques mots) (?:comme|du genre|du type|tel que)',
      '(?:le texte|la phrase|les mots|la formulation|les phrases) (?:suivante?s?|ci-dessous|ci-après)',
    ],
    contactAsk: [
      "(?:à )?quelle (?:adresse )?(?:e-?mail|mail|courriel|adresse (?:e-?mail|mail|électronique)) (?:\\p{L}+ ){0,2}(?:pouvons|pourrions|peut-on|puis-je|devons|dois-je)",
      // "Les dix chiffres de votre mobile", "le numéro de votre portable".
      "(?:les (?:dix|10) chiffres|le numéro) de (?:votre|ton) (?:mobile|portable|téléphone|ligne (?:directe|fixe)|fixe)",
      "(?:une|votre|ton) (?:adresse (?:e-?mail|mail|électronique)|e-?mail|boîte mail) (?:sur|à) laquelle (?:vous|te|t') ?(?:l'|les |le |la )?(?:envoyer|écrire|joindre|adresser|faire parvenir)",
      "(?<!(?:inutile|besoin|pas à|jamais|sans) (?:de |d')?(?:nous |me )?)(?:envoyez|envoyer|envoie|donnez|donner|donne|communiquez|communiquer|communique|indiquez|indiquer|indique|transmettez|transmettre|transmets|laissez|laisser|laisse|fournissez|fournir|précisez|préciser|confirmez|écrivez|écrire|partagez|partager)(?:-nous|-moi| nous| moi)? (?:votre|ton|vos|tes) (?:\\p{L}+ )?(?:adresses? (?:e-?mail|mail|électronique|courriel)|e-?mail|mail|courriel|numéro (?:de )?(?:téléphone|tél|portable|mobile|whatsapp|perso|personnel|de contact|direct)|numéros? (?:de )?(?:téléphone|portable|mobile|whatsapp)|whatsapp|coordonnées (?:téléphoniques|e-?mail|mail|électroniques))",
      "(?:envoyez|envoyer|envoie|donnez|donner|donne|communiquez|communiquer|indiquez|indiquer|transmettez|transmettre|laissez|laisser|laisse|fournissez|fournir)(?:-nous|-moi| nous| moi)? (?:un|une) (?:adresse (?:e-?mail|mail|électronique|courriel)|numéro (?:de )?(?:téléphone|portable|mobile|whatsapp))",
      "(?:quelle est|quel est) (?:votre|ton) (?:adresse (?:e-?mail|mail|électronique|courriel)|e-?mail|numéro (?:de )?(?:téléphone|portable|mobile|whatsapp))",
      "(?:nous avons|j'ai|il nous faut|il me faut|nous aurions|j'aurais) (?:besoin de )?(?:votre|ton|vos) (?:adresse (?:e-?mail|mail|électronique|courriel)|e-?mail|numéro (?:de )?(?:téléphone|portable|mobile|whatsapp))",
      "(?:votre|ton) (?:adresse (?:e-?mail|mail|électronique|courriel)|e-?mail|numéro (?:de )?(?:téléphone|portable|mobile|whatsapp)|numéro perso(?:nnel)?),? (?:svp|s'il vous plaît|stp|merci|afin que|afin de|pour que|pour qu'|pour pouvoir)",
      "(?:répondre|répondez|réponds|écrire|écrivez) (?:\\p{L}+ ){0,3}(?:avec|en (?:nous )?indiquant|en (?:nous )?donnant|en (?:nous )?précisant) (?:votre|ton) (?:adresse (?:e-?mail|mail|électronique)|e-?mail|numéro)",
      "(?:un|le|quel) numéro (?:de téléphone |de portable |de mobile )?(?:où|auquel|pour) (?:vous|te) (?:joindre|appeler|rappeler|contacter)",
      "quel (?:numéro|téléphone)[^.!?\\n]{0,30}(?:vous|te) (?:joindre|appeler|rappeler|contacter)",
    ],
    deliveryContext: [
      '(?:transporteur|transporteurs|livreur|livreurs|livraison|livrer|livré|livrée|chauffeur|coursier|colissimo|chronopost|la poste|dpd|gls|ups|dhl|fedex|tnt|geodis|mondial relay|relais colis|point relais|db schenker|kuehne|heppner|dachser)',
      "(?:sur|dans) (?:la|votre|ta) commande",
      "(?:enregistrée?|indiquée?|renseignée?|figurant|qui figure) (?:sur|dans) (?:la|votre|ta) (?:commande|étiquette|bordereau)",
      "(?:étiquette|bordereau) (?:d'expédition|de transport|de livraison)",
    ],
    feedbackNotice: [
      "il (?:vous )?est possible de (?:mettre à jour|modifier|supprimer|retirer|changer|actualiser|réviser) (?:ou (?:de )?(?:mettre à jour|modifier|supprimer|retirer|changer) )?(?:l'|votre|le|la|vos|les|ton|ta) ?(?:\\p{L}+ )?(?:évaluations?|feedbacks?)",
      "(?:vous|tu) (?:pouvez|pourrez|pourriez|peux|pourras|avez la possibilité de|as la possibilité de|êtes libre de|es libre de) (?:tout à fait |toujours |à tout moment |si vous le souhaitez |bien sûr )?(?:mettre à jour|modifier|supprimer|retirer|changer|actualiser|réviser) (?:ou (?:de )?(?:mettre à jour|modifier|supprimer|retirer|changer) )?(?:l'|votre|le|la|vos|les|ton|ta) ?(?:\\p{L}+ )?(?:évaluations?|feedbacks?)",
      "(?:la possibilité|l'option|le droit) de (?:mettre à jour|modifier|supprimer|retirer|changer|actualiser|réviser) (?:ou (?:de )?(?:mettre à jour|modifier|supprimer|retirer|changer) )?(?:l'|votre|le|la|vos|les|ton|ta) ?(?:\\p{L}+ )?(?:évaluations?|feedbacks?)",
      "si (?:vous|tu) (?:estimez|estimes|considérez|considères|jugez|juges|pensez|penses|trouvez|trouves) que (?:nous avons|nous avions|j'ai|votre problème a été|ton problème a été|le problème a été|vos préoccupations ont été|la situation a été) (?:\\p{L}+ ){0,2}(?:résolu|réglé|traité|répondu|solutionné)",
      "si (?:vous|tu) (?:êtes|es) (?:\\p{L}+ )?satisfaite?s? (?:de la (?:résolution|solution apportée|façon dont|manière dont)|que (?:nous ayons|le problème (?:ait|a) été|votre problème (?:ait|a) été))",
    ],
    settlement: [
      'remplac\\p{L}{0,6}',
      'renvo\\p{L}{0,6}',
      'réexpédi\\p{L}{0,6}',
      '(?:un|une) (?:nouveau|nouvel|nouvelle|neuf|neuve)',
      'désolée?s?',
      'navrée?s?',
      'excus\\p{L}{0,6}',
      '(?:endommagée?s?|abîmée?s?|cassée?s?|fêlée?s?|rayée?s?|fissurée?s?|défectueu(?:x|se|ses)|manquante?s?|erronée?s?|perdue?s?|égarée?s?|en panne)',
      'retard\\p{L}{0,3}',
      '(?:désagrément|gêne occasionnée|contretemps|mésaventure)',
      'compens\\p{L}{0,6}',
      'dédommag\\p{L}{0,6}',
      '(?:retourner|retournez|retourné\\p{L}{0,2}|étiquette (?:de retour|prépayée)|frais de retour|demande de retour)',
      '(?:le|ce|votre|du|au|ton|un) (?:problème|souci|défaut|incident|litige)',
      'réclamation',
      'rupture de stock',
    ],
  },

  amazonFeedbackNotice:
    "Si vous estimez que nous avons résolu votre problème, il est possible de mettre à jour ou de supprimer l'évaluation que vous avez initialement laissée ici.",

  optOut: {
    patterns: [
      // "… et nous ne vous écrirons plus", "Ces messages vous dérangent ?"
      "(?<=(?:\\bet|\\bsi\\b[^.!?\\n]{0,80}|,|:) )(?:nous|je|on) ne (?:vous|te) (?:écrirons|écrirai|écrira|contacterons|contacterai|contactera|solliciterons|solliciterai|dérangerons|dérangerai|embêterons) plus(?! (?:à ce sujet|à ce propos|pour (?:ce|cette|cet|la même)|concernant|au sujet|sur ce|avant|tant))",
      "(?:nous|je|on) ne (?:vous|te) (?:enverrons|enverrai|enverra) plus (?:de |d'|aucun |aucune )?(?:messages?|e-?mails?|courriels?|mails?|sms|nouvelles|offres|informations|newsletters?)",
      "(?:ces|nos|mes) (?:messages|e-?mails|courriels|mails|sms) (?:vous|te) (?:dérangent|importunent|ennuient|gênent|embêtent|agacent|encombrent)",
      'désinscri\\p{L}{0,6}',
      'se désabonner',
      'désabonne\\p{L}{0,4}',
      'désabonnement',
      'ne (?:plus|pas) recevoir (?:de |nos |ces |les |d\'autres |aucun |aucune )?(?:\\p{L}+ )?(?:messages?|e-?mails?|courriels?|mails?|notifications?|sms|communications?|nouvelles|informations|offres)',
      "vous ne (?:souhaitez|désirez|voulez) plus (?:recevoir|être contactée?s?|avoir de nos nouvelles) (?:de |nos |ces |les |d'autres |aucun |aucune )?(?:\\p{L}+ )?(?:messages?|e-?mails?|courriels?|mails?|notifications?|sms|communications?|nouvelles|informations|offres|de notre part|par)",
      "vous ne (?:souhaitez|désirez|voulez) plus être (?:contactée?s?|sollicitée?s?)",
      "(?:pour|afin de) ne plus (?:recevoir|être contactée?s?) (?:de |nos |ces |les |d'autres |aucun )?(?:\\p{L}+ )?(?:messages?|e-?mails?|courriels?|mails?|notifications?|sms|communications?|nouvelles|informations|offres|de notre part)",
      '(?:répondez|réponds|répondre|envoyez|écrivez) (?:simplement |juste )?(?:par |avec )?(?:le mot )?[«"“]? ?stop',
      '(?:désactiver|désactivez|bloquer|bloquez) (?:les |nos |ces )?(?:messages|e-mails|communications) (?:des vendeurs|de notre part|du vendeur|de notre boutique|de vendeurs)',
      '(?:gérer|gérez|modifier|modifiez) (?:vos|tes) préférences de (?:communication|messagerie|contact)',
    ],
  },

  courtesy: {
    thanks: [
      "nous vous remercions(?: (?:sincèrement|vivement|chaleureusement|infiniment))?[^.!?\\n]{0,80}",
      "(?:à (?:vous|te) )?remercier (?:\\p{L}+ ){0,2}(?:pour|de) (?:votre|vos|ta|ton|tes) (?:\\p{L}+ )?(?:commande|achat|confiance|fidélité|soutien)s?(?: et (?:pour |de )?(?:votre|vos|ta|ton|tes) (?:\\p{L}+ )?(?:commande|achat|confiance|fidélité|soutien)s?)?(?: (?:de|d'|du|des) (?:[\\p{L}'-]+ ){0,3}[\\p{L}'-]+)?",
      "(?:un (?:grand|énorme|immense|gros) |mille |encore )?merci (?:d'être (?:passée?s?|venue?s?) (?:par|chez|dans)|d'avoir (?:craqué pour|pensé à|fait un tour (?:chez|dans|sur)|soutenu)) (?:[\\p{L}'&-]+ ){0,4}[\\p{L}'&-]+(?: pour (?:votre|vos|ton|ta|tes) (?:[\\p{L}'-]+ ){0,2}[\\p{L}'-]+)?",
      "(?:un grand |mille |encore |un immense )?merci(?: beaucoup| infiniment| encore| mille fois)?(?: (?:pour|de) (?:votre|vos|cette|la|ton|ta|tes) (?:\\p{L}+ )?(?:commande|achat|confiance|patience|fidélité|soutien)s?)?",
      "(?:un grand |mille |encore )?merci (?:d'avoir|de nous avoir) (?:choisi|commandé|acheté|fait confiance à|opté pour|passé commande)(?: (?:chez|à|sur|dans|pour))?(?: [\\p{L}'&-]+){0,4}(?: pour (?:votre|vos|ton|ta|tes) (?:[\\p{L}'-]+ ){0,2}[\\p{L}'-]+)?",
      "(?:nous tenons|je tiens|nous voulions|je voulais|nous souhaitons|je souhaite) à (?:vous|te) remercier (?:sincèrement |vivement |chaleureusement )?(?:pour|de) (?:votre|vos|ta|ton|tes) (?:\\p{L}+ )?(?:commande|achat|confiance|fidélité|soutien)s?(?: et (?:de )?(?:votre|vos|ta|ton|tes) (?:commande|achat|confiance|fidélité|soutien)s?)?",
      "(?:(?:nous|je|on|toute l'équipe(?: [\\p{L}'&-]+){0,4}|l'équipe(?: [\\p{L}'&-]+){0,4}) )?(?:vous|te) remerci(?:ons|e|ent) (?:sincèrement |vivement |chaleureusement |infiniment |encore |beaucoup )?(?:(?:pour|de) (?:votre|vos|ta|ton|tes) (?:\\p{L}+ )?(?:commande|achat|confiance|fidélité|soutien)s?(?: (?:de|d'|du|des) (?:[\\p{L}'-]+ ){0,2}[\\p{L}'-]+)?|(?:d'avoir|de nous avoir) (?:choisi|commandé|acheté|fait confiance à|opté pour|passé commande)(?: (?:chez|à|sur|dans|pour))?(?: [\\p{L}'&-]+){0,4})",
      "nous sommes (?:ravis|heureux|contents|enchantés|fiers|touchés) que vous (?:ayez|nous ayez) (?:choisi|commandé|acheté|fait confiance)[^.!?\\n]{0,40}",
      "nous sommes (?:ravis|heureux|contents|enchantés|fiers|honorés) de vous compter parmi nos (?:clients|clientes|fidèles clients)",
      "(?:votre|ta) (?:commande|confiance|fidélité) (?:nous )?(?:touche|fait (?:très |vraiment )?plaisir|compte beaucoup)(?: à toute l'équipe| à notre équipe)?",
      // Season's greetings alone say no more than thanks.
      'joyeux noël', 'joyeuses fêtes', 'bonne année', 'bonnes fêtes', 'meilleurs v(?:œ|oe)ux',
      // Season's greetings alone say no more than thanks.
      '(?:vous )?adresse ses meilleurs v(?:œ|oe)ux',
    ],
    padding: [
      '(?:à|pour) notre (?:petite |modeste )?(?:boutique|entreprise|équipe|atelier|maison)',
      "(?:nous continuerons|nous allons continuer|on continue|nous continuons) (?:à|de) [^.!?\\n]{0,50}",
      'compte(?:nt)? (?:beaucoup|énormément) pour (?:nous|moi)',
      'pour (?:information|info)',
      // Les mots chaleureux sous leur forme générale : un message fait seulement d'eux n'est qu'un remerciement (G1701).
      "(?:nous espérons|j'espère|on espère|en espérant)[^.!?\\n]{0,80}",
      "(?:nous vous souhaitons|je vous souhaite|on vous souhaite|je te souhaite|nous te souhaitons)[^.!?\\n]{0,80}",
      "(?:nous sommes|je suis|on est) (?:si |très |vraiment |tellement )?(?:heureux|heureuse|ravie?s?|contente?s?|fiers?|fières?|touchée?s?|reconnaissante?s?)[^.!?\\n]{0,80}",
      "(?:profitez|profite) (?:bien )?(?:de|du|des)[^.!?\\n]{0,60}",
      "(?:cela|ça) (?:nous |me )?(?:fait|touche) (?:très |vraiment |tellement |énormément )?(?:plaisir|chaud au cœur)[^.!?\\n]{0,40}",
      "(?:bonne|belle|excellente) (?:journée|soirée|semaine|fin de semaine|utilisation|continuation|découverte)",
      "(?:ça|cela|votre commande|ta commande|votre message|ton message) (?:nous |me )?(?:fait|a fait) (?:vraiment |tellement |très )?chaud au cœur",
      "(?:je m'appelle|moi c'est|ici) [\\p{L}'-]+,? (?:du|de la|de l'|chez) (?:service client|équipe|boutique|magasin|atelier)(?: (?:de|du|chez) (?:la boutique |l'équipe )?[\\p{L}'&-]+(?: [\\p{L}'&-]+){0,2})?",
      "(?:bonjour|bonsoir|salut|coucou|hello|cher|chère|chers|chères|madame|monsieur|mme|m\\.)(?: (?:madame|monsieur|m\\.|mme|à (?:vous|toi|tous)))?(?: [\\p{L}'-]{1,20}){0,2}",
      '(?:madame|monsieur),? (?:madame|monsieur)',
      '(?:bien |très )?cordialement',
      "(?:bien à vous|salutations|sincères salutations|meilleures salutations|bonne journée|bonne soirée|belle journée|belle soirée|excellente journée|bonne semaine|belle semaine|bon week-end|bonne fin de journée|bonne fin de semaine|à bientôt|à très bientôt|au plaisir|chaleureusement|amicalement|bisous|bises|sportivement|respectueusement|avec nos remerciements|merci d'avance|merci par avance|bonne continuation)",
      "(?:bonne|belle|excellente) (?:dégustation|utilisation|lecture|écoute|route|cuisine|nuit|nuits|découverte|balade|séance|baignade|sieste|installation|plantation)",
      "(?:veuillez|je vous prie d'|nous vous prions d')agréer[^.!?\\n]{0,120}",
      "(?:l'|l’)?(?:équipe|service client)(?: [\\p{L}'&-]{1,20}){0,3}",
      "(?:nous (?:espérons|vous souhaitons)|je vous souhaite|on vous souhaite|on te souhaite|je te souhaite|on espère|j'espère) (?:que )?[^.!?\\n]{0,50} ?\\??",
      "(?:et )?(?:nous )?vous souhaitons (?:d'en profiter|de (?:très |bien )?(?:belles|bonnes) [^.!?\\n]{0,30}|une (?:excellente|bonne|belle) [^.!?\\n]{0,30})",
      "(?:pour|en cas de|si vous avez) (?:toute|la moindre|des|une|d'autres|vos) (?:question|questions|problème|problèmes|demande)s?,?(?: (?:n'hésitez pas à |n’hésitez pas à )?nous contacter)?",
      "n['’]hésitez pas à nous contacter",
      'nous restons à votre (?:entière )?disposition',
      'nous sommes là pour vous aider',
      "c'est grâce à (?:des clients|des clientes|vous|nos clients)(?: comme vous)? que[^.!?\\n]{0,60}",
      'je me présente',
      "(?:je m'appelle|moi c'est) [\\p{L}'-]+(?: (?:de|du|chez) (?:l'équipe |la boutique )?[\\p{L}'&-]+(?: [\\p{L}'&-]+){0,2})?",
      "(?:aujourd'hui|maintenant) (?:ou|comme) (?:plus tard|demain|à l'avenir)",
      'votre satisfaction est (?:notre|ma) (?:priorité|préoccupation)(?: absolue| première| numéro un)?',
      "(?:nous|je) (?:vous )?répond(?:ons|rai|rons|s) (?:sous|dans les|en moins de) \\d{1,2} ?(?:h|heures|jours)",
      // The seller's small business introduced: warmth, no purpose.
      'nous sommes une petite (?:entreprise|maison|boutique|équipe)(?: familiale)?(?: installée en \\p{L}+)?', 'chaque commande est pour nous une (?:vraie |grande )?(?:joie|fierté|fête)',
    ],
    confirmation: [
      "(?:est|sont) (?:\\p{L}+ )?(?:emballée?s?|préparée?s?|prête?s? à partir|prête?s? pour l'expédition)",
      "sera (?:récupérée?|enlevée?|collectée?|prise? en charge) par[^.!?\\n]{0,40}",
      "(?:a|ont) été (?:\\p{L}+ )?(?:expédiée?s?|envoyée?s?|remise?s? (?:à|au)|confiée?s? (?:à|au)|déposée?s?)[^.!?\\n]{0,60}",
      "(?:est|sont) (?:désormais |maintenant |bien )?(?:en route|en chemin|en cours de livraison|en transit)",
      "(?:livraison|arrivée) (?:prévue|estimée)[^.!?\\n]{0,40}",
      "numéro de suivi[^.!?\\n]{0,40}",
      // "Suivi Chronopost pour la commande 402-…: XW483920175FR"
      "suivi(?: de (?:votre|la|ta) (?:commande|colis|envoi))?(?: (?:colissimo|chronopost|dpd|gls|ups|dhl|fedex|de la poste|la poste|mondial relay|relais colis|tnt|du colis))?(?: (?:pour|de) (?:la|votre|ta) commande(?: \\d{3}-\\d{7}-\\d{7})?)? ?: ?[A-Z0-9]{8,30}",
      "votre (?:commande|colis|article|envoi|paquet)(?: \\d{3}-\\d{7}-\\d{7})? (?:a été|est|vient d'être) (?:bien )?(?:expédiée?|envoyée?|confirmée?|remise? au transporteur|en route|en cours de livraison|en chemin|partie?|préparée?)",
      'nous avons (?:bien )?(?:expédié|envoyé|confirmé) votre (?:commande|colis|article)',
      "(?:elle|il|votre (?:commande|colis)) (?:devrait|va|doit) (?:arriver|être livrée?|vous parvenir)[^.!?\\n]{0,40}",
      "(?:elle|il|votre (?:commande|colis|article|paquet)) (?:arrivera|sera livrée?|vous parviendra)[^.!?\\n]{0,40}",
      'votre numéro de suivi est[^.!?\\n]{0,60}',
      'numéro de suivi ?:?',
      'confirmation de (?:votre )?commande',
      "votre (?:commande|colis|article|envoi|paquet)(?: \\d{3}-\\d{7}-\\d{7})? (?:a été|est|vient d'être)[^.!?\\n]{0,30}(?:expédiée?|envoyée?|remise? au transporteur)",
      "(?:a été|est|vient d'être) (?:remise?|confiée?) (?:à|au|aux) (?:\\p{L}+ )?(?:transporteur|la poste|colissimo|chronopost|dpd|gls|ups|dhl|fedex|mondial relay|relais colis|tnt|geodis)(?: (?:ce matin|aujourd'hui|hier|cet après-midi|ce soir))?",
      "(?:vous pouvez )?(?:suivre|suivez) (?:votre|le|son|ton) (?:colis|commande|envoi|acheminement|avancée)(?: (?:ici|en ligne|sur le site du transporteur))?",
      'livraison prévue',
      'bonne nouvelle',
    ],
    signOffs: [
      '(?:bien |très )?cordialement',
      'bien à vous',
      '(?:sincères |meilleures )?salutations',
      'à (?:très )?bientôt',
      'chaleureusement',
      'amicalement',
      'bisous',
      'bises',
      'sportivement',
      'respectueusement',
      "merci (?:d'avance|par avance)",
      "(?:veuillez|je vous prie d'|nous vous prions d')agréer[^.!?\\n]{0,120}",
    ],
    checkIns: [
      "(?:est-il|est-elle|sont-ils|sont-elles) (?:bien )?(?:arrivée?s?|parvenue?s?)[^.!?\\n]{0,30}\\?",
      // Prises de nouvelles sous leur forme générale.
      "(?:est-ce que )?(?:votre|ton|le|la|vos|les) (?:\\p{L}+ ){0,3}(?:est|sont) (?:bien )?(?:arrivée?s?|parvenue?s?)[^.!?\\n]{0,30}\\?",
      "(?:avez-vous|as-tu) (?:bien )?reçu[^.!?\\n]{0,50}\\?",
      "tout (?:va bien|s'est bien passé|se passe bien|est en ordre|est ok|est bon)[^.!?\\n]{0,40}\\?",
      "comment (?:se passe|se passent|trouvez-vous|vous trouvez|allez-vous|va|vont)[^.!?\\n]{0,60}\\??",
      "(?:savoir|demander|vérifier|voir) (?:si|comment) [^.!?\\n]{0,60}(?:arrivée?s?|reçue?s?|parvenue?s?|passe|passent|plaît|plaisent|convient)",
      // "Tout est arrivé en bon état de votre côté ?", "Votre tondeuse devait être livrée hier."
      `(?:tout|l'ensemble|le tout) (?:est|a été|s'est) (?:bien )?(?:arrivé|livré|reçu|passé)(?: (?:en bon état|sans encombre|à bon port|intact|sans souci|comme prévu))?[^.!?\\n]{0,30}\\?`,
      `(?:votre|ton|ta|vos|tes) (?:\\p{L}+ ){0,3}(?:devait|devaient|devrait|aurait dû|auraient dû) (?:être livrée?s?|arriver|vous parvenir|être déposée?s?) (?:hier|ce matin|aujourd'hui|avant-hier|récemment|cette semaine|en début de semaine)(?: (?:matin|après-midi|soir))?`,
      // "Ton colis est bien arrivé ?", "Votre commande a-t-elle bien été livrée ?"
      `(?:votre|ton|ta|vos|tes|le|la|les) (?:\\p{L}+ ){0,2}${ORDER_WORDS} (?:est|sont|a|ont|a-t-(?:il|elle)|est-(?:il|elle)|sont-(?:ils|elles)|ont-(?:ils|elles)) ${ARRIVED}[^.!?\\n]{0,30}\\?`,
      `(?:est-ce que )?(?:vous avez|tu as|avez-vous|as-tu) (?:bien )?reçu (?:votre|ton|ta|vos|tes|le|la|les) (?:\\p{L}+ ){0,2}${ORDER_WORDS}(?: [^.!?\\n]{0,40})? ?\\??`,
      "(?:nous voulions|on voulait|je voulais|nous souhaitions|nous tenions à|je tenais à|on tenait à|nous voulons|je veux|on veut|nous souhaitons|je souhaitais) (?:juste |simplement |seulement |rapidement )?(?:nous assurer|m'assurer|s'assurer|vérifier|savoir|prendre (?:de vos |de tes |des )nouvelles|avoir (?:de vos |de tes |des )nouvelles)[^.!?\\n]{0,80}",
      `(?:nous espérons|j'espère|on espère|nous espérons vivement) que (?:votre|ton|ta|vos|tes|le|la|les) (?:\\p{L}+ ){0,3}(?:est|sont|a|ont) ${ARRIVED}[^.!?\\n]{0,40}`,
      `(?:nous espérons|j'espère|on espère) (?:que )?(?:vous avez|tu as) (?:bien )?reçu (?:votre|ton|ta|vos|tes|le|la|les) (?:\\p{L}+ ){0,2}${ORDER_WORDS}[^.!?\\n]{0,40} ?\\??`,
      "(?:est-ce que )?tout (?:s'est|s'est-il|est|va|s'est bien) (?:bien )?(?:passé|déroulé|en ordre|ok|bien)(?: (?:avec|pour) [^.!?\\n]{0,40})? ?\\?",
      "(?:petit|un petit|simple) (?:message|mot) pour (?:savoir|vérifier|s'assurer|nous assurer|prendre (?:de vos |des )?nouvelles)[^.!?\\n]{0,60}",
      "comment (?:trouvez-vous|trouves-tu|se passe|va) (?:votre|ton|ta|vos|tes|le|la) (?:\\p{L}+ ){0,3}\\?",
      "(?:je me permets|nous nous permettons) de (?:revenir vers vous|vous recontacter|prendre de vos nouvelles)[^.!?\\n]{0,60}",
    ],
    helpOffers: [
      "(?:nous restons|je reste|nous sommes|je suis|on reste) (?:\\p{L}+ )?(?:à votre|à ta) (?:entière |complète )?disposition",
      "(?:n'hésitez pas|n'hésite pas) à (?:nous|me) (?:contacter|écrire|solliciter|demander)[^.!?\\n]{0,60}",
      "(?:nous sommes|je suis) (?:toujours |là |disponibles? )+(?:pour vous|pour toi)",
      "(?:si|pour) (?:vous avez|tu as) (?:besoin de quoi que ce soit|la moindre question|besoin d'aide)[^.!?\\n]{0,60}",
      // "Une question sur votre robot, un doute sur un accessoire ?" / "Notre équipe vous répond sept jours sur sept."
      "(?:une|la moindre|des) questions? (?:sur|concernant|à propos de) (?:votre|vos|ton|ta|tes|l'|le|la) [^.!?\\n]{0,80}\\?",
      "(?:notre équipe|notre service client|nous|je|on) (?:vous|te) (?:répond|répondons|réponds|répondra|répondrons|accompagne|accompagnons|aide|aidons|conseille|conseillons) (?:\\p{L}+ ){0,4}(?:7 ?j ?/ ?7|sept jours sur sept|7 jours sur 7|24 ?h ?/ ?24|ici même|à tout moment|avec plaisir|volontiers)",
      "je m'occupe (?:de votre dossier|de vous|de votre compte|de vos commandes|de votre suivi) (?:personnellement )?(?:à partir de maintenant|désormais|dorénavant|dès aujourd'hui|à partir d'aujourd'hui)?",
      "(?:vous pouvez|tu peux|n'hésitez pas à|n'hésite pas à) m'écrire (?:pour tout|pour toute|à tout moment|quand vous (?:voulez|le souhaitez)|quand tu veux)[^.!?\\n]{0,40}",
      'nous (?:restons|sommes) à votre (?:entière )?disposition',
      '(?:je reste|nous restons|je suis|nous sommes) (?:à votre (?:écoute|service)|disponibles?)',
      "(?:je suis|nous sommes|on est) (?:toujours |là )?(?:là|présents?|présente|disponibles?) pour (?:vous|t') ?(?:aider|accompagner|répondre|conseiller)",
      "n['’]hésitez pas à nous contacter",
      "n['’]hésite(?:z)? pas à (?:nous|me) (?:contacter|écrire|solliciter)",
      "(?:je suis|je m'appelle|moi c'est|ici) [\\p{L}'-]+(?: [\\p{L}'-]+)?,? (?:et je (?:serai|suis) )?(?:désormais |dorénavant )?(?:votre|ton|ta) (?:\\p{L}+ ){0,2}(?:interlocut\\p{L}+|contact|conseill\\p{L}+|référente?|correspondante?|assistante?|chargée? de clientèle)(?: (?:dédiée?|attitrée?|personnelle?|privilégiée?))?",
      '(?:pour|en cas de) (?:toute|la moindre) question',
      "(?:je serai|je suis|nous serons|nous sommes|je deviens) (?:désormais |dorénavant |à partir d'aujourd'hui |maintenant |dès aujourd'hui )?(?:votre|ton|ta) (?:\\p{L}+ ){0,2}(?:interlocut\\p{L}+|contact|conseill\\p{L}+|référente?|correspondante?|assistante?|chargée? de clientèle)(?: (?:dédiée?|attitrée?|personnelle?|privilégiée?))?(?: (?:chez|de|pour) [\\p{L}'&-]+(?: [\\p{L}'&-]+){0,3})?",
      '(?:si|au cas où) vous (?:avez|auriez) (?:besoin|la moindre question|une question|des questions)',
      // Help offered for whenever the buyer needs it.
      '(?:si vous avez|pour) (?:besoin de )?quoi que ce soit', 'répondez simplement à ce message',
      // Help offered for whenever the buyer needs it.
      'pour tout ce dont vous (?:pourriez|pouvez) avoir besoin', '(?:nous restons|je reste|nous sommes) (?:à votre (?:entière )?disposition|là)', 'une question, un doute',
    ],
    purpose: [
      'malheureusement', 'désolée?s?', 'excus\\p{L}{0,4}', 'endommagée?s?', 'cassée?s?', 'défectueu(?:x|se)', 'manquante?s?',
      'erreur', 'incorrecte?s?', 'problèmes?', 'retard\\p{L}{0,3}', 'rupture', 'grève', 'douane', 'bloquée?s?', 'perdue?s?', 'égarée?s?',
      'abîmée?s?', 'fêlée?s?', 'rayée?s?', 'rayures?', 'défauts?', 'pannes?', 'navrée?s?', 'indisponibles?', 'réassort\\p{L}{0,4}', 'rappel',
      'sécurité', 'préférez', 'lequel', 'laquelle',
      'voisine?s?', 'point relais', 'avis de passage', 'gardien', 'gardienne', 'concierge', 'épuisée?s?', 'retour', 'rembours\\p{L}{0,6}',
      'remplacement', 'échange', 'annul\\p{L}{0,6}', '(?<!(?:vous|nous|t|vous nous) )adresse', 'gravure', 'personnalis\\p{L}{0,6}', 'rendez-vous', 'créneau',
      'merci de (?:confirmer|nous envoyer|vérifier|choisir|nous indiquer|nous répondre)', 'pourriez-vous', 'souhaitez-vous',
      'ci-joint', 'en pièce jointe', 'facture', 'notice', 'garantie',
      'avis', 'évaluations?', 'commentaires?', 'signature', 'merci de prévoir', '(?:être|soyez|serez|sera|soit|personne) présente?s?', 'absente?s?', 'absence',
      'photos?',
      'mesures?',
      'envoyer',
      'nous avons besoin',
      'compréhension',
      "(?:merci|merci beaucoup) (?:pour|de) (?:votre|ta) (?:message|question|demande|mail|e-mail|réponse|retour rapide)",
      "(?:suite à|en réponse à|pour répondre à) (?:votre|ta) (?:message|question|demande|mail|e-mail|réclamation)",
      '(?:vous nous demandiez|tu nous demandais|comme convenu|comme demandé|comme promis)',
      "(?:ne|n') ?(?:pouvons|pourrons|pouvez|pourrez|peut|pourra) (?:plus|pas)",
      // Instructions for the item (what to do before use) are a purpose of their own.
      'veuillez noter', 'avant (?:la première )?utilisation',
    ],
  },

  topics: {
    address: [
      'rue', 'étage', 'boîte postale', 'point relais', 'consigne', 'sonnette', 'incomplète?', "retour à l'expéditeur", 'destinataire',
      'adresses?(?: de livraison)?(?! (?:e-?mail|mail|électronique|courriel))', 'code postal', 'numéro de rue', "code d'accès", 'digicode', 'interphone',
      'bâtiment', "complément d'adresse", 'boîte aux lettres', 'introuvable',
      "(?:n'a pas pu|n'ont pas pu|ne parvient pas à|ne trouve pas) (?:trouver|localiser|identifier)",
      'numéro de (?:rue|maison|bâtiment|porte|appartement|boîte)', 'appartement', 'résidence', 'lieu-dit', 'destinataire inconnu', 'npai',
      "n'habite pas", 'rue (?:introuvable|inconnue|inexistante)', '(?:ne trouve|trouve) pas (?:votre|la) (?:rue|maison|adresse|boîte)',
    ],
    deliveryScheduling: [
      'rendez-vous', 'créneaux?(?: de livraison)?', 'date de livraison', 'livraison', 'livrer', 'livrerons', 'livrera', 'livreront',
      '(?:sera|seront|sera bien) livrée?s?', 'livreurs?', 'transporteurs?', 'chauffeur', 'camion', 'étage', 'ascenseur',
      "(?:quel|quelle) (?:jour|date|heure|créneau)", '(?:serez|êtes|soyez) (?:présente?s?|chez vous|disponibles?)',
      'heure de passage', 'prise de rendez-vous', 'disponibilités', 'plage horaire', 'horaires? de livraison', 'enlèvement', 'monte-charge',
      '(?:entre|de) \\d{1,2} ?h(?: ?\\d{2})? (?:et|à) \\d{1,2} ?h', '(?:matin|après-midi) (?:ou|et) (?:le )?(?:matin|après-midi|soir)',
    ],
    customization: [
      'capitales', 'majuscules', 'minuscules', "avant de (?:découper|graver|imprimer|broder|coudre|fabriquer|réaliser)",
      'lettrage', 'votre (?:texte|photo|image|dessin|prénom|logo)', 'vos (?:photos|initiales|textes)', 'couleur (?:du fil|de la gravure|du texte)',
      'gravure', 'grav(?:er|é|ée|és|ées|ons)', 'personnalis\\p{L}{0,6}', 'texte personnalisé', 'maquettes?', 'bon à tirer',
      'sur[- ]mesure', 'brod\\p{L}{0,5}', 'aperçus?', 'épreuves?', 'initiales', 'monogramme', 'prénom à (?:graver|broder|imprimer)',
      'texte (?:à graver|à imprimer|à broder)', "police (?:d'écriture|de caractères)", 'impression', 'imprim(?:er|ons|é|ée|és|ées)',
      'fabrication', 'orthographe', 'inscription', 'dédicace', 'logo', 'monogrammes?',
      '(?:valider|validez|confirmer|confirmez|vérifier|vérifiez) (?:le|la|les|ce|cette|votre) (?:texte|maquette|aperçu|visuel|design|prénom|dessin|bat|épreuve)',
      '(?:vos|les) (?:mesures|dimensions) (?:exactes|souhaitées|précises)', 'découpe', 'confection', 'brodeuse', 'graveur',
    ],
    review: [`(?:${AVIS}|commentaires?|évaluations?|feedbacks?)`],
    problem: [
      // Plus de mots d'un problème imprévu (motif critique).
      'tempête', 'neige', 'météo', 'inondations?', 'pénurie', 'échec', 'tentative', 'retournée?s?', 'pliée?s?', 'tordue?s?', 'desserrée?s?',
      "au lieu d[eu']", 'seulement (?:un|une|une partie)', 'avertissement', 'danger', 'risques?', 'voisine?s?', 'inversée?s?',
      'enquête', "(?:remise?|déposée?|laissée?|livrée?) (?:chez|à) (?:un|une|votre|ton|le|la) voisine?",
      'malheureusement', 'désolée?s?', 'navrée?s?', 'excus\\p{L}{0,6}', 'retard\\p{L}{0,3}', 'retenue?s?', 'bloquée?s?', 'douane',
      'grève', 'intempéries', 'contretemps', 'désagrément', 'incident', 'endommagée?s?', 'abîmée?s?', 'cassée?s?', 'fêlée?s?',
      'rayée?s?', 'rayures?', 'fissures?', 'fissurée?s?', 'défauts?', 'défectueu(?:x|se|ses)', 'manqu\\p{L}{0,5}', 'erreur',
      'incorrecte?s?', 'perdue?s?', 'égarée?s?', 'rupture', 'épuisée?s?', 'indisponibles?', "n'est plus disponible", 'réassort\\p{L}{0,4}',
      'rappel (?:de (?:sécurité|produits?|lots?)|volontaire|sanitaire|produit)', 'sécurité', 'problèmes?', 'soucis?', 'pannes?', '(?:ne|n\') ?(?:fonctionne|marche|s\'allume|charge|démarre) (?:pas|plus)',
      'dysfonctionnement', 'annul\\p{L}{0,6}', 'remplacement', 'rembours\\p{L}{0,6}', 'renvoyée? (?:à l\'expéditeur|chez nous)',
      'fuite', 'fuit', 'avarie', 'anomalie', 'non conforme', 'pas (?:encore |toujours )?(?:reçu|arrivée?)', 'jamais (?:reçu|arrivée?)',
      'mauvaise? (?:taille|couleur|référence|article|modèle|produit|pointure)', 'report(?:é|ée|és|ées|er)', 'décalée?s?', 'taché\\p{L}{0,2}',
      'périmée?s?', 'arrêt de (?:fabrication|production|commercialisation)', 'fin de série', "(?:plus|n'est plus) fabriquée?s?", 'surchauffe',
      'oubli\\p{L}{0,3}',
      // A parcel marked delivered at someone else's door is an unexpected problem.
      'réclamation', 'autre (?:porte|adresse|maison|boîte aux lettres)', '(?:marquée?|indiquée?|signalée?) comme livrée?',
    ],
  },
};
