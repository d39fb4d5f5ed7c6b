/**
 * Portuguese phrase data (lib/rules/phrases/pt.ts): each rule with violations as sellers in Brazil
 * and Portugal write them (você, o senhor / a senhora and tu, "pedido" and "encomenda", "celular"
 * and "telemóvel", with and without accents) and with near-misses that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/rules/index.ts';
import { runRuleTable } from './tester.ts';

const ORDER = '701-7719302-3350618';

runRuleTable('pt review-positive', 'review-positive', {
  valid: [
    'Obrigado pela sua avaliação positiva sobre a entrega. Quanto à garantia, ela é de 12 meses.',
    'O hotel de cinco estrelas onde ficou hospedado aceita a entrega na recepção.',
    'Se tiver um momento, deixe uma avaliação sobre o produto na Amazon.',
  ],
  invalid: [
    {
      text: 'Ficaríamos muito gratos se nos deixasse uma avaliação positiva.',
      errors: [{ ruleId: 'review-positive', actual: 'avaliação positiva' }],
      output: 'Ficaríamos muito gratos se nos deixasse uma avaliação.',
    },
    { text: 'Se puder, dê 5 estrelas para a gente na Amazon!', errors: [{ ruleId: 'review-positive', actual: '5 estrelas' }] },
    { text: 'Uma boa avaliação ajuda muito a nossa loja.', errors: [{ ruleId: 'review-positive' }] },
    { text: 'Agradecíamos que desse a nota máxima ao nosso atendimento.', errors: [{ ruleId: 'review-positive' }] },
  ],
});

runRuleTable('pt review-conditional', 'review-conditional', {
  valid: [
    'Se tiver um momento, gostaríamos de saber a sua opinião numa avaliação na Amazon.',
    'Se não estiver satisfeito com o tamanho, pode devolver o tênis pela página Seus pedidos.',
    'Se gostar de receber as instruções impressas, avise-nos e enviamos junto com o pedido.',
    'Caso mude de ideia sobre a cor, avise antes de segunda-feira.',
  ],
  invalid: [
    { text: 'Se você gostou da luminária, deixe uma avaliação na Amazon.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Se ficou satisfeita com a encomenda, agradecíamos que partilhasse a sua opinião na Amazon.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Gostou da mochila? Então conte para outros compradores o que achou!', errors: [{ ruleId: 'review-conditional' }] },
    {
      text: 'Por favor, antes de deixar uma avaliação negativa, fale conosco que resolvemos.',
      errors: [{ ruleId: 'review-conditional', actual: 'antes de deixar uma avaliação negativa' }],
    },
    { text: 'Se algo der errado, fale com a gente primeiro, antes de avaliar o produto.', errors: [{ ruleId: 'review-conditional' }] },
  ],
});

runRuleTable('pt review-incentive', 'review-incentive', {
  valid: [
    'Sentimos muito que a caneca chegou quebrada: enviamos uma nova sem custo e, quando chegar, adoraríamos saber a sua opinião.',
    'Já fizemos o reembolso integral pelo transtorno. A sua opinião é muito importante para nós.',
    'Enviamos grátis os parafusos que faltavam; devem chegar em dois dias.',
  ],
  invalid: [
    { text: 'Enviamos um brinde para todos os clientes que deixarem uma avaliação com foto.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Se escrever uma avaliação, ganha um cupom de 15% na próxima compra.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Depois de publicar a sua avaliação, mande o print e devolvemos R$ 20 via Pix.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Oferecemos um vale-presente em troca da sua avaliação.', errors: [{ ruleId: 'review-incentive' }] },
  ],
});

runRuleTable('pt review-pressure', 'review-pressure', {
  valid: [
    'A sua avaliação ajuda outros clientes. Se tiver um momento, pode deixá-la em Seus pedidos.',
    'A cadeira aguenta até 120 kg. Se quiser, pode deixar uma avaliação na Amazon.',
    'O prazo de entrega depende do seu CEP. Enviaremos o código de rastreio amanhã.',
  ],
  invalid: [
    { text: 'O nosso negócio depende das suas avaliações: sem elas não sabemos se vamos sobreviver.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'Somos um ateliê familiar e, sem novas avaliações, vamos ter que fechar as portas. Por favor, deixe a sua opinião.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'Para uma loja pequena como a nossa, cada estrela conta muito. Deixe a sua avaliação.', errors: [{ ruleId: 'review-pressure' }] },
  ],
});

runRuleTable('pt review-instruction', 'review-instruction', {
  valid: [
    'Vimos que a avaliação que deixou menciona que o pacote chegou aberto; sentimos muito.',
    'A avaliação aparece na Amazon alguns dias depois de escrita.',
    'Obrigado pelas suas palavras tão gentis sobre a manta.',
  ],
  invalid: [
    { text: 'Agradeceríamos muito se na sua avaliação destacasse a qualidade do tecido.', errors: [{ ruleId: 'review-instruction' }] },
    { text: 'Poderia copiar as mesmas palavras da sua mensagem para a avaliação na Amazon?', errors: [{ ruleId: 'review-instruction' }] },
    { text: 'Quando escrever a sua avaliação, diga que a entrega foi rapidíssima.', errors: [{ ruleId: 'review-instruction' }] },
  ],
});

runRuleTable('pt review-change', 'review-change', {
  valid: [
    'Se mudar de ideia sobre o tamanho, enviamos o G sem custo.',
    'Lemos com atenção a sua avaliação e já trocamos o fornecedor das caixas.',
    'Pode alterar o endereço de entrega em Seus pedidos.',
    'Após a avaliação técnica do produto devolvido, faremos o estorno.',
  ],
  invalid: [
    { text: 'Como o problema foi resolvido, pedimos que remova o seu comentário negativo.', errors: [{ ruleId: 'review-change', actual: 'remova o seu comentário' }] },
    { text: 'Poderia alterar a sua avaliação de uma estrela? Faríamos um reembolso de 20%.', errors: [{ ruleId: 'review-change' }] },
    { text: 'Agora que a peça funciona, a senhora poderia aumentar a nota do produto?', errors: [{ ruleId: 'review-change' }] },
    { text: 'Será que podia apagar a avaliação que deixou na página do artigo?', errors: [{ ruleId: 'review-change' }] },
  ],
});

runRuleTable('pt feedback-notice', 'feedback-notice', {
  valid: [
    // Amazon's own notice, in Portuguese and in English: acceptable as it is.
    'Se você considera que resolvemos satisfatoriamente o seu problema, é possível atualizar ou remover aqui o feedback que você deixou originalmente.',
    'Que bom que a bomba funciona. If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided here.',
    // A request is not the neutral notice: it is an error (review-change), not this warning.
    'Poderia remover o seu feedback agora que tudo funciona?',
  ],
  invalid: [
    {
      text: 'Que bom que o problema da bateria foi resolvido. Se quiser, pode atualizar ou remover o feedback que nos deixou.',
      errors: [{ ruleId: 'feedback-notice', actual: 'Se quiser, pode atualizar ou remover o feedback que nos deixou.' }],
      output:
        'Que bom que o problema da bateria foi resolvido. Se você considera que resolvemos satisfatoriamente o seu problema, é possível atualizar ou remover aqui o feedback que você deixou originalmente.',
    },
  ],
});

runRuleTable('pt contact-request', 'contact-request', {
  valid: [
    'Para o entregador poder avisar, confirma que o telefone que consta no pedido está correto?',
    'Você vai receber um e-mail de confirmação da Amazon quando o pacote sair.',
    'Não precisamos do seu e-mail: a nota fiscal segue em anexo aqui mesmo.',
    'A bateria do seu celular e o carregador são compatíveis.',
  ],
  invalid: [
    { text: 'Para enviarmos a nota fiscal em PDF, poderia nos passar o seu e-mail?', errors: [{ ruleId: 'contact-request' }] },
    { text: 'Me passa o seu número de celular que eu mando o vídeo de montagem.', errors: [{ ruleId: 'contact-request' }] },
    { text: 'Envie-nos o seu email para lhe enviarmos o manual.', errors: [{ ruleId: 'contact-request' }] },
    { text: 'Qual é o seu WhatsApp? Assim mandamos o catálogo.', errors: [{ ruleId: 'contact-request' }] },
  ],
});

runRuleTable('pt messenger-app', 'messenger-app', {
  valid: [
    'Pode nos enviar as fotos pelas mensagens da Amazon, respondendo a esta mensagem.',
    'O senhor nos conta que recebeu uma mensagem no WhatsApp em nome da nossa loja: não é nossa, não responda.',
    'A babá eletrônica faz videochamadas pelo aplicativo do fabricante.',
    'Nunca pedimos que os clientes falem conosco por WhatsApp.',
  ],
  invalid: [
    { text: 'Chama a gente no zap que a gente resolve rapidinho.', errors: [{ ruleId: 'messenger-app' }] },
    { text: 'Me manda as fotos pelo WhatsApp que eu vejo.', errors: [{ ruleId: 'messenger-app', actual: 'pelo WhatsApp' }] },
    { text: 'Se preferir, fazemos uma videochamada amanhã e mostro a montagem.', errors: [{ ruleId: 'messenger-app', actual: 'uma videochamada' }] },
    { text: 'Adicione-nos no Telegram para um atendimento mais rápido.', errors: [{ ruleId: 'messenger-app' }] },
  ],
});

runRuleTable('pt off-amazon-sale', 'off-amazon-sale', {
  valid: [
    'Pode acompanhar a entrega no site da transportadora com o código de rastreio.',
    'Obrigado por comprar na nossa loja da Amazon.',
    'A peça de reposição sai diretamente do nosso armazém amanhã.',
    'Nunca vamos pedir que compre fora da Amazon.',
  ],
  invalid: [
    { text: 'Se preferir, compre a recarga direto no nosso site, que sai mais barato.', errors: [{ ruleId: 'off-amazon-sale' }] },
    { text: 'Na próxima compra, fale diretamente conosco e evite as taxas da Amazon.', errors: [{ ruleId: 'off-amazon-sale' }, { ruleId: 'off-amazon-sale' }] },
    { text: 'Temos o mesmo produto pelo Mercado Livre com frete menor.', errors: [{ ruleId: 'off-amazon-sale', actual: 'pelo Mercado Livre' }] },
    { text: 'Pode encomendar diretamente connosco pela nossa loja online.', errors: [{ ruleId: 'off-amazon-sale' }] },
  ],
});

runRuleTable('pt off-amazon-payment', 'off-amazon-payment', {
  valid: [
    'Todos os reembolsos são feitos pela Amazon no meio de pagamento original; não precisamos dos seus dados bancários.',
    'O senhor perguntou se pode pagar a diferença do modelo maior por Pix: infelizmente não é possível.',
    'Não aceitamos pagamentos por Pix nem por transferência: tudo é pago na Amazon.',
    'Como o pedido foi pago com boleto, o estorno pode levar até 10 dias úteis.',
  ],
  invalid: [
    { text: 'Para o frete extra, faça um Pix para a nossa chave e despachamos hoje.', errors: [{ ruleId: 'off-amazon-payment' }] },
    { text: 'Pode pagar a diferença por transferência bancária para a nossa conta.', errors: [{ ruleId: 'off-amazon-payment' }] },
    { text: 'Envie os 12 € por MB Way e a encomenda segue amanhã.', errors: [{ ruleId: 'off-amazon-payment', actual: 'MB Way' }] },
    { text: 'Geramos um boleto bancário para o valor da peça extra.', errors: [{ ruleId: 'off-amazon-payment' }] },
  ],
});

runRuleTable('pt cancellation-request', 'cancellation-request', {
  valid: [
    'Se preferir não esperar, responda a esta mensagem e nós cancelamos o pedido.',
    'Não se preocupe: não precisa cancelar nada na sua conta, já trocamos o tamanho.',
    'A Amazon pode cancelar o pedido automaticamente se ele não sair até quinta; por isso enviamos hoje.',
    'Quer que cancelemos o pedido e devolvamos o valor?',
    'A gente pode cancelar para você, se preferir.',
    'Se o cancelamento não aparecer na sua conta em 48 horas, nos avise.',
    'Podemos cancelar o pedido na sua conta, se preferir.',
  ],
  invalid: [
    { text: 'Poderia cancelar o pedido pela sua conta? Assim não prejudica a nossa loja.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Como o produto esgotou, pedimos que cancele o pedido.', errors: [{ ruleId: 'cancellation-request', actual: 'cancele' }] },
    { text: 'O senhor poderia solicitar o cancelamento em Seus pedidos?', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Entre em Seus pedidos e clique em "Cancelar itens".', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Seria possível cancelar o pedido do seu lado? Assim o reembolso é mais rápido.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Agradecíamos que anulasse a encomenda na sua conta Amazon.', errors: [{ ruleId: 'cancellation-request', actual: 'anulasse' }] },
  ],
});

runRuleTable('pt opt-out', 'opt-out', {
  valid: [
    'Pare de usar o aquecedor e retire-o da tomada: enviamos uma unidade nova sem custo.',
    'Se preferir não esperar, responda CANCELAR e nós cancelamos o pedido.',
    'Se não quiser mais receber o produto, recuse a entrega e o reembolso é automático.',
    'Se não deseja receber a fatura em papel, avise-nos.',
    'Para parar de receber notificações do aplicativo da câmera, desative-as nas configurações.',
  ],
  invalid: [
    { text: 'Se não quiser mais receber mensagens nossas, responda SAIR.', errors: [{ ruleId: 'opt-out' }, { ruleId: 'opt-out' }] },
    { text: 'Para deixar de receber estas dicas, basta nos avisar.', errors: [{ ruleId: 'opt-out' }] },
    { text: 'Se prefere que paremos de escrever, é só dizer.', errors: [{ ruleId: 'opt-out' }] },
    { text: 'Se não quiser mais nossos e-mails, é só avisar que tiramos você da lista.', errors: [{ ruleId: 'opt-out' }, { ruleId: 'opt-out' }] },
    { text: 'Caso prefira não receber mais dicas como esta, basta nos avisar.', errors: [{ ruleId: 'opt-out' }] },
  ],
});

runRuleTable('pt promotion', 'promotion', {
  valid: [
    `Recebemos a frigideira que devolveu (pedido ${ORDER}) e o reembolso já foi feito.`,
    'Devido ao volume de pedidos da Black Friday, o envio atrasou dois dias.',
    'Segue a nota fiscal; a data da venda e as condições de venda estão no rodapé.',
    'Enviaremos a peça de reposição com frete grátis.',
  ],
  invalid: [
    { text: 'Use o cupom VOLTA10 e ganhe 10% de desconto na sua próxima compra.', errors: [{ ruleId: 'promotion' }, { ruleId: 'promotion' }, { ruleId: 'promotion' }] },
    { text: 'Quem compra este travesseiro costuma levar também a nossa fronha de bambu.', errors: [{ ruleId: 'promotion' }] },
    { text: 'Siga-nos no Instagram para ver a nossa nova coleção.', errors: [{ ruleId: 'promotion' }, { ruleId: 'promotion' }, { ruleId: 'promotion' }] },
    { text: 'Confira os nossos outros produtos na nossa loja.', errors: [{ ruleId: 'promotion' }] },
  ],
});

runRuleTable('pt help-only', 'help-only', {
  valid: [
    `Olá, Sr. Souza,\n\nO seu pedido ${ORDER} está atrasado dois dias por causa da greve dos Correios. Estamos à sua disposição.\n\nAtenciosamente,\nMarta`,
    `Olá,\n\nPara montar a estante do pedido ${ORDER}, vai precisar de uma chave Phillips. Se precisar de ajuda, escreva para nós por aqui.\n\nAtenciosamente`,
  ],
  invalid: [
    {
      text: 'Olá, Sra. Duarte,\n\nA partir de hoje serei a sua consultora pessoal para qualquer dúvida sobre os seus pedidos. Estou sempre à sua disposição.\n\nAtenciosamente,\nMariana\nAtendimento Casa Verde',
      errors: [{ ruleId: 'help-only' }],
    },
  ],
});

runRuleTable('pt not-permitted-type', 'not-permitted-type', {
  valid: [
    'Olá, Sra. Gil,\n\nO seu pacote está parado há dois dias em Curitiba; abrimos uma reclamação com os Correios e avisamos assim que ele sair.\n\nAtenciosamente,\nCozinha Fácil',
    `Olá, Sra. Gomes,\n\nEsperamos que o seu pedido ${ORDER} tenha chegado bem. O manual em português segue em anexo, com os passos para ligar a máquina ao Wi-Fi.\n\nAtenciosamente`,
  ],
  invalid: [
    { text: 'Olá, Sr. Ruiz,\n\nO seu pedido foi enviado hoje pelos Correios. Código de rastreio: QB123456789BR.\n\nAtenciosamente,\nLoja Ruiz', errors: [{ ruleId: 'confirmation-only' }] },
    { text: 'Oi, Júlia,\n\nSó queríamos saber se o seu vaso chegou direitinho.\n\nBeijos,\nCerâmica Sol', errors: [{ ruleId: 'delivery-check-in' }] },
    { text: 'Olá, Carmen!\n\nMuito obrigada por comprar na nossa loja.\n\nUm abraço,\nInês, Prata & Barro', errors: [{ ruleId: 'thank-you-only' }] },
    { text: 'Bom dia, Sr. Costa,\n\nA sua encomenda já chegou? Esperamos que esteja tudo bem.\n\nCumprimentos,\nLoja Tejo', errors: [{ ruleId: 'delivery-check-in' }] },
  ],
});

const SENT = { asSent: true };

runRuleTable('pt placeholder', 'placeholder', {
  valid: [
    { text: 'No campo de personalização você escreveu: {Sempre juntos · 2019}. Gravamos assim?', options: SENT },
    { text: 'Vamos gravar [Para minha mãe] na tampa, como pediu.', options: SENT },
    { text: 'Olá, {nome_comprador}: o seu pedido {numero_pedido} sai hoje.', options: { asSent: false } },
  ],
  invalid: [
    { text: 'Olá, {nome do cliente}: o seu pedido chega em [data].', options: SENT, errors: [{ actual: '{nome do cliente}' }, { actual: '[data]' }] },
    { text: 'Prezado(a) [Nome do comprador], segue a nota fiscal.', options: SENT, errors: [{ actual: '[Nome do comprador]' }] },
  ],
});

runRuleTable('pt critical-reason-misuse', 'critical-reason-misuse', {
  valid: [
    {
      text: 'Olá, Sr. Ramos,\n\nA transportadora informou que o seu pacote foi extraviado no centro de distribuição. Já enviamos um novo.\n\nAtenciosamente',
      options: { contactReason: 'unexpected-problem' },
    },
    {
      text: 'Olá, Ivan,\n\nO seu anel vai ter a gravação das coordenadas que nos mandou. Prefere em graus e minutos ou só em decimais?\n\nAtenciosamente',
      options: { contactReason: 'customization' },
    },
    {
      text: 'Olá, Sr. Moura,\n\nPara subir o sofá, precisamos saber se o prédio tem elevador. A transportadora faz a entrega na segunda de manhã.\n\nAtenciosamente',
      options: { contactReason: 'delivery-scheduling' },
    },
    {
      text: 'Olá, Sr. Campos,\n\nO CEP 01310-000 não corresponde à rua que indicou. Poderia nos confirmar o CEP correto?\n\nAtenciosamente',
      options: { contactReason: 'address-issue' },
    },
  ],
  invalid: [
    {
      text: 'Olá, Sr. Dias,\n\nEsperamos que esteja gostando da sua nova cadeira. Se tiver um momento, gostaríamos de saber a sua opinião numa avaliação.\n\nAtenciosamente',
      options: { contactReason: 'unexpected-problem' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
    {
      text: 'Olá, Sra. Cruz,\n\nLançamos uma nova coleção de almofadas. Dê uma olhada na nossa loja da Amazon.\n\nAtenciosamente',
      options: { contactReason: 'delivery-scheduling' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
  ],
});

// Indirect and colloquial wordings (families, not single sentences).
runRuleTable('pt review (indirect)', 'review-manipulation', {
  valid: [
    'Olá, tudo bem? Esperamos que o pedido tenha chegado. Se tiver um momento, deixe uma avaliação na Amazon.',
    'Se puder, deixe uma avaliação, positiva ou negativa: ela nos ajuda a melhorar.',
    'Caso esteja tudo certo com o endereço, não precisa responder. A entrega será na sexta.',
  ],
  invalid: [
    { text: 'Se a experiência foi boa, deixe sua avaliação na Amazon.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Caso esteja tudo certo com o produto, pedimos que deixe uma avaliação.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Ficou feliz com a compra? Sua avaliação ajuda muito!', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Caso tenha algum problema, nos procure antes de avaliar.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Ainda não recebemos a sua avaliação, poderia deixá-la hoje?', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'Sem a tua avaliação, a nossa pequena empresa não sobrevive.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'Pedimos que elimine o comentário negativo, já resolvemos o problema.', errors: [{ ruleId: 'review-change' }] },
    { text: 'Poderia rever a sua nota? Já enviamos um produto novo.', errors: [{ ruleId: 'review-change' }] },
  ],
});

runRuleTable('pt promotion (indirect)', 'promotion', {
  valid: [
    'O cupom que a senhora usou na compra já foi descontado do valor da nota fiscal.',
    'Vimos a sua publicação no Instagram sobre o defeito: enviaremos uma luminária nova.',
    'Se preferir, cancelamos o pedido e o senhor pode comprar novamente quando o estoque voltar.',
  ],
  invalid: [
    { text: 'Estamos com uma promoção: leve 3 e pague 2.', errors: [{ ruleId: 'promotion' }, { ruleId: 'promotion' }] },
    { text: 'Você também pode gostar do nosso kit de facas, que combina com a tábua.', errors: [{ ruleId: 'promotion' }] },
    { text: 'Temos outras cores, é só procurar por Casa Bela na Amazon.', errors: [{ ruleId: 'promotion' }] },
  ],
});

runRuleTable('pt not-permitted-type (colloquial)', 'not-permitted-type', {
  valid: ['Oi Bia, o seu pedido atrasou por causa da greve dos Correios, viu? A nova previsão é sexta. Bjs, Dani'],
  invalid: [
    { text: 'Olá Bia! Passando só pra dizer que seu pedido já tá a caminho, viu? Qualquer coisa me chama aqui. Bjs, Dani', errors: [{ ruleId: 'confirmation-only' }] },
    { text: 'Oi! Tudo certinho com a sua compra? Qualquer coisa é só chamar aqui.', errors: [{ ruleId: 'delivery-check-in' }] },
  ],
});

describe('detectLanguage: Portuguese in short messages', () => {
  const cases: [string, ReturnType<typeof detectLanguage>][] = [
    ['Olá, o seu pedido foi enviado hoje e chega amanhã.', 'pt'],
    ['Obrigado pela compra! Você pode confirmar o endereço de entrega?', 'pt'],
    ['A sua encomenda já está a caminho. Cumprimentos.', 'pt'],
    ['Não conseguimos entregar o pacote porque o CEP está incompleto.', 'pt'],
    ['A peça de reposição sai amanhã pelos Correios.', 'pt'],
    ['Pode confirmar o endereço de entrega, por favor?', 'pt'],
    ['No pudimos entregar el paquete porque el código postal está incompleto.', 'es'],
    ['Il pacco arriva domani, la ringraziamo per la pazienza.', 'it'],
    // The close neighbours stay themselves.
    ['Hola, su pedido fue enviado hoy y llega mañana.', 'es'],
    ['¿Puede confirmar la dirección de entrega, por favor? Gracias.', 'es'],
    ['Buongiorno, il suo ordine è stato spedito oggi e arriva domani.', 'it'],
    ['Può confermare l’indirizzo di consegna per il suo ordine? Grazie.', 'it'],
    ['Bonjour, votre commande a été expédiée aujourd’hui.', 'fr'],
    ['Hello, your order was shipped today and arrives tomorrow.', 'en'],
  ];
  for (const [text, language] of cases) {
    it(`${JSON.stringify(text.slice(0, 40))} -> ${String(language)}`, () => {
      expect(detectLanguage(text)).toBe(language);
    });
  }
});
