/** Portuguese (Brazilian usage, readable in Portugal): the engine's texts. */
import type { MessageCatalog } from './types.ts';

const KEEP_IN_MESSAGING = 'mantenha a conversa nas Mensagens entre Comprador e Vendedor.';

export const pt: MessageCatalog = {
  rules: {
    'important-tag': {
      title: 'Marcação "[Important]"',
      why: 'A Amazon removeu a opção de incluir "[Important]" para contornar a recusa de mensagens do comprador; as mensagens cujo motivo de contato é essencial para concluir o pedido são entregues de qualquer forma.',
      messages: {
        tag:
          '"{actual}": a Amazon removeu a opção "[Important]": a marcação não contorna mais a recusa de mensagens do comprador e pode fazer a mensagem ser bloqueada. ' +
          'Se a mensagem for essencial para concluir o pedido, escolha esse motivo de contato (personalização do produto, agendamento da entrega ' +
          'ou problema com o endereço de entrega): essas mensagens são entregues mesmo aos compradores que recusaram mensagens.',
      },
    },
    promotion: {
      title: 'Marketing e promoção',
      why: 'As Mensagens entre Comprador e Vendedor não podem ser usadas para marketing: nada de cupons, descontos, outros produtos, newsletters, indicações ou links de redes sociais.',
      messages: {
        phrase: '"{actual}" é promocional: as Mensagens entre Comprador e Vendedor não podem ser usadas para marketing, cupons ou outros produtos.',
      },
    },
    'review-positive': {
      title: 'Pedido de avaliação positiva',
      why: 'Um pedido de avaliação deve ser neutro: pedir uma avaliação positiva ou de cinco estrelas, ou dizer ao comprador o que escrever, não é permitido.',
      messages: {
        phrase: '"{actual}" direciona o comprador para uma avaliação positiva: peça de forma neutra ("deixe uma avaliação") ou não peça.',
      },
    },
    'review-conditional': {
      title: 'Pedido de avaliação condicionado',
      why: 'Pedir avaliação apenas aos compradores satisfeitos ("se não, fale conosco primeiro") não é permitido.',
      messages: {
        phrase: '"{actual}" pede uma avaliação apenas se o comprador estiver satisfeito: todos os compradores devem receber o mesmo pedido.',
      },
    },
    'review-incentive': {
      title: 'Incentivo por uma avaliação',
      why: 'Oferecer dinheiro, reembolsos, vales-presente, produtos grátis ou com desconto ou qualquer vantagem futura em troca de uma avaliação não é permitido.',
      messages: {
        phrase: '"{actual}" oferece algo em troca de uma avaliação, o que a Amazon não permite.',
      },
    },
    'review-change': {
      title: 'Pedido para alterar ou remover uma avaliação',
      why: 'Pedir ao comprador que atualize, altere ou remova uma avaliação ou um feedback não é permitido.',
      messages: {
        phrase: '"{actual}" pede ao comprador que altere ou remova uma avaliação ou um feedback, o que a Amazon não permite.',
      },
    },
    'review-pressure': {
      title: 'Pressão ou culpa por uma avaliação',
      why: 'Um pedido de avaliação deve ser neutro: súplicas, culpa ou pressão ("nossa lojinha pode não sobreviver sem a sua avaliação") não são permitidas.',
      messages: {
        phrase: '"{actual}" pressiona o comprador por uma avaliação: peça uma vez, de forma neutra, ou não peça.',
      },
    },
    'review-instruction': {
      title: 'Dizer ao comprador o que escrever',
      why: 'O vendedor não pode dizer ao comprador o que escrever numa avaliação nem pedir que copie palavras para ela.',
      messages: {
        phrase: '"{actual}" diz ao comprador o que escrever na avaliação, o que a Amazon não permite.',
      },
    },
    'feedback-notice': {
      title: 'Aviso sobre atualizar o feedback',
      why: 'Depois de resolvido um problema, a Amazon aceita apenas um aviso neutro de que o comprador pode atualizar ou remover o feedback sobre o vendedor; qualquer coisa além disso é uma violação.',
      messages: {
        phrase:
          '"{actual}" fala em alterar o feedback do comprador. A Amazon aceita apenas um aviso neutro depois de resolvido o problema, nas palavras dela: "Se você considera que resolvemos satisfatoriamente o seu problema, é possível atualizar ou remover aqui o feedback que você deixou originalmente."',
      },
    },
    'review-repeat': {
      title: 'Segundo pedido de avaliação para um pedido',
      why: 'A Amazon permite um pedido de avaliação ou feedback por pedido, somando todos os canais.',
      messages: {
        repeat: '"{actual}" pede uma avaliação de novo: um pedido de avaliação para este pedido já foi enviado em {date}, e a Amazon permite um por pedido.',
      },
    },
    'amazon-product-link': {
      title: 'Link para um produto, loja ou busca na Amazon',
      why: 'Links para páginas de produtos, vitrines, páginas de vendedores e resultados de busca promovem produtos; só podem ser incluídos links para o pedido, as devoluções e a página de avaliação.',
      messages: {
        link: '"{actual}" leva a um produto, uma loja ou uma busca na Amazon, o que promove produtos: só são permitidos links para o pedido, as devoluções ou a página de avaliação.',
      },
    },
    'external-link': {
      title: 'Link fora da Amazon',
      why: 'Só são permitidos links para a Amazon, links de rastreamento da transportadora e links seguros necessários para concluir o pedido.',
      messages: {
        link: '"{actual}" leva para fora da Amazon: só são permitidos páginas da Amazon, links de rastreamento da transportadora e links seguros necessários para concluir o pedido.',
        insecureLink:
          '"{actual}" leva para fora da Amazon: só são permitidos páginas da Amazon, links de rastreamento da transportadora e links seguros necessários para concluir o pedido. Além disso, não é seguro (http).',
      },
    },
    'insecure-link': {
      title: 'Link não seguro (http)',
      why: 'Os links devem ser seguros (https): as diretrizes só permitem links seguros e nenhum conteúdo não seguro.',
      messages: {
        link: '"{actual}" não é seguro: use https. Links da Amazon e de rastreamento da transportadora são permitidos, mas apenas os seguros.',
      },
    },
    'link-shortener': {
      title: 'Link encurtado',
      why: 'Um link encurtado esconde para onde leva; só são permitidos links da Amazon e de rastreamento da transportadora.',
      messages: {
        link: '"{actual}" é um link encurtado que esconde para onde leva: só são permitidos links da Amazon e de rastreamento da transportadora.',
      },
    },
    'email-address': {
      title: 'Endereço de e-mail',
      why: 'As mensagens não podem conter endereços de e-mail; a conversa continua nas Mensagens entre Comprador e Vendedor.',
      messages: {
        address: `"{actual}" é um endereço de e-mail: as mensagens não podem conter endereços de e-mail; ${KEEP_IN_MESSAGING}`,
        anonymised:
          '"{actual}" é o endereço anônimo do comprador na Amazon: endereços de e-mail não podem aparecer nas mensagens, e a resposta passa pela Amazon de qualquer forma.',
      },
    },
    'phone-number': {
      title: 'Número de telefone',
      why: 'As mensagens não podem conter números de telefone; a conversa continua nas Mensagens entre Comprador e Vendedor.',
      messages: {
        number: `"{actual}" parece um número de telefone: as mensagens não podem conter números de telefone; ${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-contact': {
      title: 'Mensageiro ou contato direto',
      why: 'Levar a conversa para o WhatsApp, uma ligação ou outro canal fora da Amazon não é permitido.',
      messages: {
        phrase: '"{actual}" leva a conversa para fora da Amazon: mantenha-a nas Mensagens entre Comprador e Vendedor.',
      },
    },
    'contact-request': {
      title: 'Pedido dos dados de contato do comprador',
      why: 'O vendedor não pode pedir o e-mail ou o telefone do comprador; só os dados de contato para a entrega podem ser confirmados, para uma entrega.',
      messages: {
        phrase: `"{actual}" pede os dados de contato do comprador: as mensagens não podem fazer isso, exceto para confirmar os dados de uma entrega; ${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-app': {
      title: 'Mudança para um aplicativo de mensagens',
      why: 'Levar o comprador para o WhatsApp, WeChat, Telegram, LINE ou qualquer canal fora da Amazon contorna o processo de venda da Amazon.',
      messages: {
        phrase: `"{actual}" leva a conversa para um aplicativo de mensagens fora da Amazon, o que não é permitido: ${KEEP_IN_MESSAGING}`,
      },
    },
    'off-amazon-sale': {
      title: 'Venda fora da Amazon',
      why: 'Qualquer tentativa de desviar compradores da Amazon para outro site ou processo de venda é proibida.',
      messages: {
        phrase: '"{actual}" leva o comprador a comprar fora da Amazon (diretamente, no seu próprio site, mais barato em outro lugar), o que a Amazon proíbe.',
      },
    },
    'off-amazon-payment': {
      title: 'Pagamento fora da Amazon',
      why: 'Os pagamentos dos pedidos da Amazon passam pela Amazon; pedir Pix, PayPal, transferência bancária ou dinheiro contorna o processo de venda da Amazon.',
      messages: {
        phrase: '"{actual}" pede um pagamento fora da Amazon, o que é proibido: todo pagamento passa pela Amazon.',
      },
    },
    'cancellation-request': {
      title: 'Pedir ao comprador que cancele',
      why: 'As diretrizes da Amazon dizem: não entre em contato com o comprador para pedir que ele solicite o cancelamento. Cancele você mesmo o pedido e explique o motivo ao comprador.',
      messages: {
        phrase:
          '"{actual}" pede ao comprador que cancele ou solicite o cancelamento, o que a Amazon não permite: se não puder enviar, cancele você mesmo o pedido e explique o motivo ao comprador.',
      },
    },
    'opt-out': {
      title: 'Texto de cancelamento de inscrição',
      why: 'Links e instruções para deixar de receber mensagens não são permitidos: o comprador gerencia as preferências de mensagens na conta da Amazon.',
      messages: {
        phrase:
          '"{actual}" é um texto para deixar de receber mensagens: o comprador gerencia as preferências de mensagens na conta da Amazon, e instruções desse tipo fazem a mensagem ser bloqueada.',
      },
    },
    'html-markup': {
      title: 'Código HTML',
      why: 'O formulário de mensagem é texto simples; mensagens com código HTML ou hiperlinks são bloqueadas (pixels de rastreamento incluídos).',
      messages: {
        tag: '"{actual}" é HTML: o formulário de mensagem é texto simples, e mensagens com código HTML são bloqueadas.',
        image: '"{actual}" é uma imagem HTML: o formulário de mensagem é texto simples, e imagens ou pixels de rastreamento fazem a mensagem ser bloqueada.',
      },
    },
    image: {
      title: 'Imagem incorporada',
      why: 'Imagens do produto, imagens sem relação, logotipos com links e pixels de rastreamento não são permitidos.',
      messages: {
        markdown: '"{actual}" incorpora uma imagem: imagens do produto, logotipos com links e pixels de rastreamento não são permitidos.',
      },
    },
    emoji: {
      title: 'Emoji',
      why: 'As regras de formatação da Amazon dizem: nada de emojis.',
      messages: {
        emoji: 'Emoji "{actual}": as regras de formatação da Amazon não permitem emojis.',
      },
    },
    'line-breaks': {
      title: 'Mais de duas quebras de linha',
      why: 'As regras de formatação da Amazon não permitem mais de duas quebras de linha seguidas.',
      messages: {
        count: '{count} quebras de linha seguidas: as regras de formatação da Amazon permitem no máximo duas.',
        many: 'Muitas quebras de linha seguidas: as regras de formatação da Amazon permitem no máximo duas.',
      },
    },
    shouting: {
      title: 'Tudo em maiúsculas',
      why: 'Sequências longas em maiúsculas soam como gritos e como uma tentativa de contornar a formatação da mensagem.',
      messages: {
        capitals: '"{actual}" está escrito em maiúsculas, o que soa como gritar.',
      },
    },
    'repeated-punctuation': {
      title: '"!" ou "?" repetidos',
      why: 'Sequências de pontos de exclamação ou de interrogação soam como pressão ou marketing; as regras de formatação da Amazon pedem texto simples.',
      messages: {
        marks: '"{actual}": sequências de pontos de exclamação ou de interrogação soam como pressão; um basta.',
      },
    },
    'thank-you-only': {
      title: 'Mensagem só de agradecimento',
      why: 'Mensagens que só agradecem, ou só dizem que você está à disposição, não são permitidas.',
      messages: {
        thanks:
          'Esta mensagem só agradece: mensagens que apenas agradecem ao comprador (ou apenas oferecem ajuda) não são permitidas. Inclua o agradecimento numa mensagem que tenha um propósito, ou não a envie.',
      },
    },
    'confirmation-only': {
      title: 'Confirmação de pedido ou de envio',
      why: 'A Amazon envia ela mesma as confirmações de pedido e de envio; os vendedores não podem enviá-las.',
      messages: {
        confirmation:
          'Esta mensagem é só uma confirmação de pedido ou de envio: a Amazon envia essas confirmações ela mesma, e os vendedores não podem enviá-las. Escreva apenas quando algo precisar da atenção do comprador para concluir o pedido.',
      },
    },
    'help-only': {
      title: 'Mensagem só de oferta de ajuda',
      why: 'Mensagens que só dizem que você está à disposição, sem um propósito próprio, não são permitidas.',
      messages: {
        help: 'Esta mensagem só oferece ajuda ("{actual}"): mensagens que apenas dizem que você está à disposição não são permitidas. Escreva quando algo precisar da atenção do comprador para concluir o pedido.',
      },
    },
    'delivery-check-in': {
      title: 'Pergunta sobre a entrega',
      why: 'Perguntar se o pacote chegou, sem nenhum problema a resolver, não é uma mensagem permitida; a própria Amazon informa o comprador sobre as entregas.',
      messages: {
        checkIn: '"{actual}" só pergunta sobre a entrega: a Amazon não permite mensagens sem um propósito próprio. Escreva quando algo precisar da atenção do comprador.',
      },
    },
    placeholder: {
      title: 'Variável de modelo não preenchida',
      why: 'Uma variável de modelo deixada no texto chega ao comprador como está; preencha-a antes de enviar.',
      messages: {
        placeholder: '"{actual}" é uma variável de modelo que não foi preenchida: o comprador a veria exatamente assim.',
      },
    },
    'critical-reason-misuse': {
      title: 'Motivo de contato essencial para uma mensagem que não é essencial',
      why: 'Os motivos de contato essenciais chegam aos compradores que recusaram mensagens; a Amazon restringe os vendedores que os usam para mensagens que não são essenciais.',
      messages: {
        review: 'O motivo de contato é "{reason}", mas "{actual}" pede uma avaliação: pedidos de avaliação não são essenciais, e usar indevidamente um motivo essencial pode restringir o envio das suas mensagens. Escolha o motivo de pedido de avaliação ou "Outro".',
        thanks: 'O motivo de contato é "{reason}", mas a mensagem só agradece ao comprador ou oferece ajuda: usar indevidamente um motivo essencial pode restringir o envio das suas mensagens.',
        promotion: 'O motivo de contato é "{reason}", mas "{actual}" promove produtos: usar indevidamente um motivo essencial pode restringir o envio das suas mensagens.',
        notCritical: 'O motivo de contato é "{reason}", mas nada na mensagem trata de {reason}: usar indevidamente um motivo essencial pode restringir o envio das suas mensagens. Escolha o motivo de que a mensagem trata.',
      },
    },
    'message-length': {
      title: 'Mensagem longa demais',
      why: 'As mensagens são limitadas a 2.000 caracteres, e a 800 para confirmar os detalhes de uma personalização.',
      messages: {
        tooLong: 'A mensagem tem {count} caracteres; o limite é {limit}. Encurte-a em {excess} caracteres.',
        tooLongCustomization:
          'A mensagem tem {count} caracteres; o limite para mensagens de personalização é {limit}. Encurte-a em {excess} caracteres.',
      },
    },
    'missing-order-id': {
      title: 'Sem número do pedido',
      why: 'Toda mensagem proativa deve trazer o número do pedido (como 112-1234567-1234567), como fazem os próprios modelos da Amazon.',
      messages: {
        missing:
          'Nenhum número de pedido encontrado: inclua-o (como 112-1234567-1234567) para que o comprador saiba de qual pedido se trata, como fazem os próprios modelos da Amazon.',
      },
    },
    'language-mismatch': {
      title: 'Fora do idioma do comprador',
      why: 'As mensagens devem ser escritas no idioma de preferência do comprador, que pode ser diferente do idioma do marketplace.',
      messages: {
        mismatch:
          'Esta mensagem parece estar em {language}, mas o idioma de preferência do comprador é o {buyerLanguage}: as mensagens devem ser escritas no idioma do comprador.',
      },
    },
    'contact-reason-mismatch': {
      title: 'O motivo de contato não corresponde',
      why: 'Só os motivos de contato essenciais para concluir o pedido (personalização, agendamento da entrega, problemas de endereço) chegam aos compradores que recusaram mensagens.',
      messages: {
        reviewReasonForCritical:
          'O motivo de contato é "pedido de avaliação", mas a mensagem trata de {reason}: escolha esse motivo, que é entregue mesmo aos compradores que recusaram mensagens.',
        genericReasonForCritical:
          'Esta mensagem parece tratar de {reason}: escolhendo o motivo de contato "{reason}", ela é entregue mesmo aos compradores que recusaram mensagens.',
      },
    },
    'review-request': {
      title: 'Pedido de avaliação',
      why: 'A Amazon permite um pedido de avaliação ou feedback por pedido; o Clearsend se lembra dos pedidos que você envia.',
      messages: {
        noted: '"{actual}" pede uma avaliação: a Amazon permite um pedido por compra. O Clearsend vai se lembrar dele para este pedido quando você o enviar.',
      },
    },
  },
  labels: {
    removeTag: 'Remover a marcação',
    removeLink: 'Remover o link',
    useHttps: 'Usar https',
    removeEmail: 'Remover o endereço de e-mail',
    removePhone: 'Remover o número de telefone',
    removeHtml: 'Remover o HTML',
    removeImage: 'Remover a imagem',
    removeEmoji: 'Remover o emoji',
    keepOneEmptyLine: 'Deixar uma só linha em branco',
    normalCase: 'Escrever em letras normais',
    useOneMark: 'Usar um só "{mark}"',
    neutralWording: 'Usar um texto neutro',
    reviewWithoutKind: 'Pedir uma avaliação sem dizer de que tipo',
    reviewWithoutRating: 'Pedir uma avaliação sem citar uma nota',
    removeSentence: 'Remover esta frase',
    useAmazonWording: 'Usar o texto da Amazon',
    removeWords: 'Remover estas palavras',
    removePlaceholder: 'Remover a variável',
    fillOrderId: 'Preencher o número do pedido: {value}',
    fillBuyerName: 'Preencher o nome do comprador: {value}',
    fillSellerName: 'Preencher o seu nome: {value}',
    chooseTemplate: 'Escolher um modelo',
    selectOverLimit: 'Selecionar o que passa do limite',
  },
  languages: {
    en: 'inglês',
    de: 'alemão',
    fr: 'francês',
    es: 'espanhol',
    it: 'italiano',
    ja: 'japonês',
    nl: 'holandês',
    sv: 'sueco',
    pl: 'polonês',
    tr: 'turco',
    pt: 'português',
    ar: 'árabe',
    zh: 'chinês',
  },
  reasons: {
    customization: 'personalização do produto',
    deliveryScheduling: 'agendamento da entrega',
    address: 'problema com o endereço de entrega',
  },
  criticalReasons: {
    customization: 'personalização do produto',
    'delivery-scheduling': 'agendamento da entrega',
    'address-issue': 'problema com o endereço de entrega',
    'unexpected-problem': 'problema inesperado',
  },
};
