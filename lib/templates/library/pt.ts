/** Portuguese templates (Brazilian usage, você). Plain text; {tokens} are placeholders (see ../placeholders.ts). */
import type { LocaleLibrary } from '../types.ts';
import { lines } from './text.ts';

const SIGN_OFF = ['Atenciosamente,', '{sellerName}'];

export const pt: LocaleLibrary = {
  'address-problem': {
    title: 'Problema com o endereço de entrega',
    body: lines(
      'Olá, {buyerName},',
      '',
      'Estamos preparando o envio do seu pedido {orderId}, mas a transportadora não conseguiu validar o endereço de entrega: ele parece estar incompleto (por exemplo, sem o número, o complemento ou o CEP correto).',
      '',
      'Para que o seu {productName} chegue sem problemas, pedimos que responda a esta mensagem com o endereço completo ou confirme que o endereço do pedido está correto.',
      '',
      'Vamos aguardar a sua resposta antes de despachar o pacote.',
      '',
      ...SIGN_OFF,
    ),
  },
  'information-needed': {
    title: 'Informação necessária para o seu pedido',
    body: lines(
      'Olá, {buyerName},',
      '',
      'Obrigado pelo seu pedido {orderId}. Antes de enviarmos o seu {productName}, precisamos de mais uma informação:',
      '',
      '{requestedInformation}',
      '',
      'Basta responder a esta mensagem. Assim que recebermos a informação, preparamos o pedido para envio.',
      '',
      ...SIGN_OFF,
    ),
  },
  'customization-confirmation': {
    title: 'Confirmação da personalização',
    body: lines(
      'Olá, {buyerName},',
      '',
      'Obrigado pelo seu pedido {orderId}. Antes de produzirmos o seu {productName}, queremos confirmar a personalização com você. Estes são os dados que recebemos:',
      '',
      '{customizationDetails}',
      '',
      'Pedimos que confira com atenção a grafia, os espaços e as datas e nos confirme que está tudo certo, ou nos envie os dados corrigidos. A produção começa assim que recebermos a sua resposta.',
      '',
      ...SIGN_OFF,
    ),
  },
  'delivery-scheduling': {
    title: 'Agendamento da entrega',
    body: lines(
      'Olá, {buyerName},',
      '',
      'O seu {productName} (pedido {orderId}) é um item volumoso e será entregue por uma transportadora especializada, que precisa agendar a entrega com você. A primeira data de entrega possível é {deliveryDate}.',
      '',
      'Pedimos que nos informe os dias e os períodos (manhã ou tarde) que são melhores para você, além de qualquer detalhe útil para o entregador (escadas, elevador, acesso estreito, regras da portaria). Depois repassamos a sua preferência à transportadora.',
      '',
      ...SIGN_OFF,
    ),
  },
  'delay-or-problem': {
    title: 'Atraso no seu pedido',
    body: lines(
      'Olá, {buyerName},',
      '',
      'Infelizmente, um problema imprevisto atrasou o seu pedido {orderId}: não conseguiremos enviar o seu {productName} na data prevista. Pela nossa previsão atual, a entrega acontecerá até {deliveryDate}.',
      '',
      'Se preferir não esperar, responda a esta mensagem e nós cancelamos o pedido. Se puder esperar, não é preciso fazer nada.',
      '',
      'Pedimos desculpas pelo transtorno.',
      '',
      ...SIGN_OFF,
    ),
  },
  'return-question': {
    title: 'Dúvida sobre a sua devolução',
    body: lines(
      'Olá, {buyerName},',
      '',
      'Recebemos a sua solicitação de devolução do {productName} (pedido {orderId}). Para agilizar o processo, você poderia nos contar um pouco mais sobre o motivo da devolução?',
      '',
      'Se o produto chegou danificado ou não funciona, uma breve descrição e uma foto do problema ajudam muito. Talvez possamos enviar uma unidade de reposição ou resolver o problema sem que você precise devolver o produto.',
      '',
      ...SIGN_OFF,
    ),
  },
  invoice: {
    title: 'Nota fiscal do seu pedido',
    body: lines(
      'Olá, {buyerName},',
      '',
      'Segue em anexo a nota fiscal do seu pedido {orderId} ({productName}).',
      '',
      'Se precisar de alguma alteração, por exemplo a razão social ou o CNPJ de uma empresa, responda a esta mensagem informando os dados corretos e enviaremos uma nota fiscal corrigida.',
      '',
      ...SIGN_OFF,
    ),
  },
  'warranty-instructions': {
    title: 'Informações sobre a garantia',
    body: lines(
      'Olá, {buyerName},',
      '',
      'O seu {productName} (pedido {orderId}) tem garantia. Enviamos em anexo as condições da garantia e o manual de instruções, para que você os tenha à mão se um dia precisar.',
      '',
      'Se aparecer algum defeito durante o período de garantia, envie uma mensagem pela página "Seus pedidos" da Amazon com uma breve descrição do problema e, se possível, uma foto. Nós cuidamos do reparo ou da troca.',
      '',
      ...SIGN_OFF,
    ),
  },
  'review-request': {
    title: 'Pedido de avaliação',
    body: lines(
      'Olá, {buyerName},',
      '',
      'Esperamos que o seu {productName} (pedido {orderId}) tenha chegado bem.',
      '',
      'Se tiver um momento, ficaremos gratos se compartilhar a sua experiência com o produto escrevendo uma avaliação na Amazon. Você pode fazer isso pela página "Seus pedidos". As avaliações ajudam outros clientes a escolher.',
      '',
      ...SIGN_OFF,
    ),
  },
};
