/** Italian templates (forma di cortesia, Lei). Plain text; {tokens} are placeholders (see ../placeholders.ts). */
import type { LocaleLibrary } from '../types.ts';
import { lines } from './text.ts';

const SIGN_OFF = ['Cordiali saluti,', '{sellerName}'];

export const it: LocaleLibrary = {
  'address-problem': {
    title: 'Problema con l’indirizzo di spedizione',
    body: lines(
      'Gentile {buyerName},',
      '',
      'stiamo preparando la spedizione del suo ordine {orderId}, ma il corriere non riesce a verificare l’indirizzo di consegna: sembra incompleto (ad esempio, manca il numero civico o l’interno).',
      '',
      'Perché l’articolo «{productName}» le arrivi senza problemi, la preghiamo di rispondere a questo messaggio indicando l’indirizzo completo, oppure di confermarci che l’indirizzo dell’ordine è corretto.',
      '',
      'Attenderemo la sua risposta prima di spedire il pacco.',
      '',
      ...SIGN_OFF,
    ),
  },
  'information-needed': {
    title: 'Informazioni necessarie per il suo ordine',
    body: lines(
      'Gentile {buyerName},',
      '',
      'grazie per il suo ordine {orderId}. Prima di poterle spedire l’articolo «{productName}», abbiamo bisogno di un’ulteriore informazione:',
      '',
      '{requestedInformation}',
      '',
      'È sufficiente rispondere a questo messaggio. Non appena avremo questa informazione, prepareremo il suo ordine per la spedizione.',
      '',
      ...SIGN_OFF,
    ),
  },
  'customization-confirmation': {
    title: 'Conferma della personalizzazione',
    body: lines(
      'Gentile {buyerName},',
      '',
      'grazie per il suo ordine {orderId}. Prima di realizzare l’articolo «{productName}», vorremmo confermare con Lei i dettagli della personalizzazione. Ecco i dati che abbiamo ricevuto:',
      '',
      '{customizationDetails}',
      '',
      'La preghiamo di controllare con attenzione ortografia, spazi e date e di confermarci che è tutto corretto, oppure di indicarci le modifiche da apportare. Inizieremo la produzione non appena riceveremo la sua risposta.',
      '',
      ...SIGN_OFF,
    ),
  },
  'delivery-scheduling': {
    title: 'Appuntamento per la consegna',
    body: lines(
      'Gentile {buyerName},',
      '',
      'l’articolo «{productName}» del suo ordine {orderId} è voluminoso, quindi la consegna sarà effettuata da un corriere specializzato, che deve concordare con Lei un appuntamento. La prima data di consegna possibile è il {deliveryDate}.',
      '',
      'La preghiamo di indicarci in quali giorni e fasce orarie è disponibile, e di segnalarci eventuali dettagli utili per il corriere (scale, accesso stretto, difficoltà di parcheggio). Trasmetteremo poi la sua disponibilità al corriere.',
      '',
      ...SIGN_OFF,
    ),
  },
  'delay-or-problem': {
    title: 'Ritardo del suo ordine',
    body: lines(
      'Gentile {buyerName},',
      '',
      'siamo spiacenti di informarla che un problema imprevisto ha ritardato il suo ordine {orderId}: non potremo spedire l’articolo «{productName}» nei tempi previsti. Al momento prevediamo di consegnarlo entro il {deliveryDate}.',
      '',
      'Se preferisce non attendere, risponda a questo messaggio e annulleremo l’ordine. Se invece per Lei va bene attendere, non deve fare nulla.',
      '',
      'Ci scusiamo per il disagio.',
      '',
      ...SIGN_OFF,
    ),
  },
  'return-question': {
    title: 'Domanda sul suo reso',
    body: lines(
      'Gentile {buyerName},',
      '',
      'abbiamo ricevuto la sua richiesta di reso per l’articolo «{productName}» (ordine {orderId}). Per gestirla il più rapidamente possibile, potrebbe dirci qualcosa in più sul motivo del reso?',
      '',
      'Se l’articolo è arrivato danneggiato o non funziona, una breve descrizione e una foto del problema ci sarebbero di grande aiuto. Potremmo così offrirle una sostituzione o risolvere il problema senza che Lei debba rispedirci l’articolo.',
      '',
      ...SIGN_OFF,
    ),
  },
  invoice: {
    title: 'Fattura del suo ordine',
    body: lines(
      'Gentile {buyerName},',
      '',
      'in allegato trova la fattura relativa al suo ordine {orderId} per l’articolo «{productName}».',
      '',
      'Se fosse necessaria una modifica, ad esempio l’aggiunta di una ragione sociale o di una partita IVA, risponda a questo messaggio indicando i dati da riportare e le invieremo una fattura corretta.',
      '',
      ...SIGN_OFF,
    ),
  },
  'warranty-instructions': {
    title: 'Informazioni sulla garanzia',
    body: lines(
      'Gentile {buyerName},',
      '',
      'l’articolo «{productName}» del suo ordine {orderId} è coperto da garanzia. In allegato a questo messaggio trova le condizioni di garanzia e le istruzioni per l’uso, da conservare nel caso le servissero.',
      '',
      'Se durante il periodo di garanzia dovesse presentarsi un difetto, ci invii un messaggio dalla pagina «I miei ordini» su Amazon con una breve descrizione del problema e, se possibile, una foto. Provvederemo alla riparazione o alla sostituzione.',
      '',
      ...SIGN_OFF,
    ),
  },
  'review-request': {
    title: 'Richiesta di recensione',
    body: lines(
      'Gentile {buyerName},',
      '',
      'speriamo che l’articolo «{productName}» del suo ordine {orderId} le sia arrivato senza problemi.',
      '',
      'Se ha un momento di tempo, le saremmo grati se volesse condividere la sua esperienza con il prodotto scrivendo una recensione su Amazon. Può farlo dalla pagina «I miei ordini». Le recensioni aiutano gli altri clienti nella scelta.',
      '',
      ...SIGN_OFF,
    ),
  },
};
