/**
 * Italian phrase data (lib/rules/phrases/it.ts), one table per rule: messages written for these
 * tests (not taken from the corpus), formal (Lei) and informal (tu), with near-misses that must
 * stay silent.
 */
import { runRuleTable } from './tester.ts';

const ORDER = '403-1234567-1234567';

runRuleTable('it: review-conditional', 'review-conditional', {
  valid: [
    `Buongiorno, il Suo ordine ${ORDER} è stato consegnato. Se ha un momento, ci farebbe piacere leggere la Sua opinione in una recensione.`,
    `Gentile Sig.ra Pozzi, Le alleghiamo l'anteprima del ricamo: se è soddisfatta del risultato ci dia il Suo parere sul colore del filo e procediamo.`,
    `Buongiorno, se non funziona ci scriva prima di restituirlo: spesso basta un reset. Ordine ${ORDER}.`,
    `Buongiorno, se è soddisfatto della soluzione proposta ci risponda "sì" e spediamo subito la sostituzione. Ordine ${ORDER}.`,
  ],
  invalid: [
    { text: 'Buongiorno, se il tostapane ha soddisfatto le Sue aspettative, Le chiediamo di dedicare un minuto a una recensione.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Ciao Luca, ti è piaciuta la lampada? Allora lasciaci un commento su Amazon!', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Gentile cliente, prima di scrivere una recensione negativa ci contatti: troveremo una soluzione.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Buongiorno, qualora fosse soddisfatto dell’acquisto, una Sua valutazione su Amazon ci farebbe molto piacere.', errors: [{ ruleId: 'review-conditional' }] },
  ],
});

runRuleTable('it: review-incentive', 'review-incentive', {
  valid: [
    `Buongiorno, ci dispiace per il vetro rotto: Le spediamo gratis un piano nuovo. Se vuole, ci faccia sapere com'è arrivato. Ordine ${ORDER}.`,
    `Ciao Giulia, grazie per la tua recensione! Ti spediamo oggi una cinghia nuova gratis, non serve restituire quella vecchia.`,
    `Buongiorno, il reso è gratuito e il rimborso arriverà entro 5 giorni. Ordine ${ORDER}.`,
  ],
  invalid: [
    { text: 'Buongiorno, a chi pubblica la propria opinione sul prodotto regaliamo un set di filtri.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Gentile cliente, per ogni recensione riceverà un buono Amazon da 5 euro.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Ciao, se scrivi cosa ne pensi su Amazon ti mandiamo un campione gratuito del tè verde.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Buongiorno, dopo aver pubblicato la Sua recensione ci mandi lo screenshot e Le rimborsiamo la spedizione.', errors: [{ ruleId: 'review-incentive' }] },
  ],
});

runRuleTable('it: review-pressure', 'review-pressure', {
  valid: [
    'Buongiorno, la Sua opinione aiuta gli altri clienti a scegliere: se vuole, può lasciare una recensione dalla pagina I miei ordini.',
    `Buongiorno, il nostro laboratorio chiude per ferie dal 10 al 20 agosto: il Suo ordine ${ORDER} partirà il 21.`,
  ],
  invalid: [
    { text: 'Buongiorno, siamo una piccola impresa di famiglia e senza recensioni rischiamo davvero di chiudere. La preghiamo di aiutarci.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'Buongiorno, il nostro negozio dipende dalle valutazioni dei clienti. Le chiediamo di lasciarci una recensione.', errors: [{ ruleId: 'review-pressure' }] },
  ],
});

runRuleTable('it: review-instruction', 'review-instruction', {
  valid: [
    'Buongiorno, abbiamo letto nella Sua recensione che il coperchio non chiude bene: Le spediamo un coperchio nuovo.',
    `Ciao, nel biglietto possiamo scrivere che è un regalo da parte di tutta la famiglia? Ordine ${ORDER}.`,
  ],
  invalid: [
    { text: "Buongiorno, se vuole lasciare un'opinione, Le suggeriamo di scrivere che la consegna è stata rapida.", errors: [{ ruleId: 'review-instruction' }] },
    { text: 'Gentile cliente, può copiare le parole gentili del Suo messaggio nella valutazione su Amazon?', errors: [{ ruleId: 'review-instruction' }] },
    { text: 'Ciao, quando scrivi il tuo commento su Amazon, metti in evidenza la qualità della cucitura.', errors: [{ ruleId: 'review-instruction' }] },
  ],
});

runRuleTable('it: review-change', 'review-change', {
  valid: [
    `Buongiorno, il tecnico deve rivedere la valutazione del danno prima di procedere con il rimborso. Ordine ${ORDER}.`,
    'Gentile cliente, grazie per la Sua recensione: Le confermiamo che il secondo armadio verrà montato martedì.',
  ],
  invalid: [
    { text: 'Buongiorno, Le saremmo grati se volesse togliere il commento negativo ora che ha ricevuto il rimborso.', errors: [{ ruleId: 'review-change' }] },
    { text: 'Gentile cliente, abbiamo visto la Sua recensione da 1 stella. Le rimborsiamo l’intero importo se la modifica.', errors: [{ ruleId: 'review-change' }] },
  ],
});

runRuleTable('it: feedback-notice', 'feedback-notice', {
  valid: [
    // Amazon's own notice, in Italian: allowed as it is.
    'Le abbiamo spedito l’alimentatore nuovo. Se ritiene che abbiamo risolto i problemi che ci ha segnalato, è possibile aggiornare o rimuovere il feedback che ha lasciato in origine qui.',
    'Grazie per il Suo feedback: ci aiuta a migliorare il servizio.',
  ],
  invalid: [
    {
      text: 'Ora che il problema è risolto, è possibile aggiornare il feedback dalla pagina dell’ordine.',
      errors: [{ ruleId: 'feedback-notice' }],
      output: 'Se ritiene che abbiamo risolto i problemi che ci ha segnalato, è possibile aggiornare o rimuovere il feedback che ha lasciato in origine qui.',
    },
    { text: 'Se ritiene che il problema sia stato risolto, potrà modificare il Suo feedback quando vuole.', errors: [{ ruleId: 'feedback-notice' }] },
  ],
});

runRuleTable('it: contact-request', 'contact-request', {
  valid: [
    `Buongiorno, il corriere La chiamerà prima della consegna al numero indicato nell'ordine ${ORDER}. Ci conferma che il numero di telefono è corretto?`,
    `Buongiorno, ci mandi una foto del Suo cellulare con la cover montata, così verifichiamo il modello. Ordine ${ORDER}.`,
    `Buongiorno, per la fattura dell'ordine ${ORDER} ci servono il codice fiscale e l'indirizzo di fatturazione.`,
  ],
  invalid: [
    { text: 'Buongiorno, per inviarLe la garanzia in PDF ci serve il Suo indirizzo e-mail. Ce lo può scrivere qui?', errors: [{ ruleId: 'contact-request' }] },
    { text: 'Ciao Paolo, mi lasci il tuo numero di telefono così ti spiego a voce come montare lo scaffale?', errors: [{ ruleId: 'contact-request' }] },
    { text: 'Gentile cliente, potrebbe indicarci un recapito telefonico? Il nostro tecnico La richiamerà domani.', errors: [{ ruleId: 'contact-request' }] },
  ],
});

runRuleTable('it: messenger-app', 'messenger-app', {
  valid: [
    'Buongiorno, risponda pure a questo messaggio qui su Amazon: Le mandiamo le foto degli altri colori.',
    'Buongiorno, la linea telefonica del corriere è molto lenta: Le conviene seguire il pacco dal link di tracciamento.',
  ],
  invalid: [
    { text: 'Ciao! Scrivici su WhatsApp e ti mandiamo subito le foto degli altri colori.', errors: [{ ruleId: 'messenger-app' }] },
    { text: 'Buongiorno, ci contatti in direct su Instagram per il video di montaggio.', errors: [{ ruleId: 'messenger-app' }] },
  ],
});

runRuleTable('it: off-amazon-sale', 'off-amazon-sale', {
  valid: [
    `Buongiorno, il ricambio dell'ordine ${ORDER} verrà spedito direttamente da noi con BRT entro domani.`,
    'Buongiorno, non possiamo vendere al di fuori di Amazon: per la taglia più grande La preghiamo di fare un nuovo ordine su Amazon.',
  ],
  invalid: [
    { text: 'Buongiorno, la prossima volta può ordinare direttamente sul nostro sito.', errors: [{ ruleId: 'off-amazon-sale' }] },
    { text: 'Ciao, per i ricambi puoi comprare da noi direttamente, è più economico che su Amazon.', errors: [{ ruleId: 'off-amazon-sale' }, { ruleId: 'off-amazon-sale' }] },
    { text: 'Buongiorno, il colore che cerca lo abbiamo ancora nel nostro negozio online.', errors: [{ ruleId: 'off-amazon-sale' }] },
  ],
});

runRuleTable('it: off-amazon-payment', 'off-amazon-payment', {
  valid: [
    `Buongiorno, il rimborso dell'ordine ${ORDER} verrà accreditato da Amazon sul metodo di pagamento originale, non tramite bonifico.`,
    'Buongiorno, non accettiamo pagamenti con bonifico: per la differenza di taglia basta un nuovo ordine su Amazon.',
  ],
  invalid: [
    { text: 'Gentile cliente, per la taglia XL ci invii la differenza di 8 euro e Le spediamo subito la giacca.', errors: [{ ruleId: 'off-amazon-payment' }] },
    { text: 'Buongiorno, può pagarci tramite PayPal o Satispay.', errors: [{ ruleId: 'off-amazon-payment' }, { ruleId: 'off-amazon-payment' }] },
  ],
});

runRuleTable('it: cancellation-request', 'cancellation-request', {
  valid: [
    `Buongiorno, purtroppo l'articolo è esaurito: abbiamo già annullato l'ordine ${ORDER} e il rimborso è in corso.`,
    `Buongiorno, se non riceviamo risposta entro domani, Amazon potrebbe annullare automaticamente l'ordine ${ORDER}.`,
    `Ciao, non devi annullare nulla: il pacco dell'ordine ${ORDER} è già partito.`,
    `Buongiorno, se desidera annullare l'ordine ${ORDER} ci risponda e lo facciamo noi subito.`,
  ],
  invalid: [
    { text: `Buongiorno, purtroppo l'articolo è esaurito. Le chiediamo cortesemente di annullare l'ordine ${ORDER} da I miei ordini.`, errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Ciao, il colore che hai scelto non c’è più: puoi annullare tu l’ordine? Così ti arriva subito il rimborso.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Gentile cliente, molto dispiace, prodotto finito. Lei per favore cancella ordine da Amazon, così riceve soldi subito.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: `Buongiorno, prema il pulsante "Annulla articoli" nella pagina dell'ordine ${ORDER}.`, errors: [{ ruleId: 'cancellation-request' }] },
  ],
});

runRuleTable('it: help-only', 'help-only', {
  valid: [
    `Buongiorno,\nper il Suo aspirapolvere Le alleghiamo il manuale in italiano. Per qualsiasi domanda siamo a Sua disposizione.\nCordiali saluti`,
    `Gentile cliente,\nil filtro di ricambio dell'ordine ${ORDER} partirà domani. Restiamo a Sua disposizione.\nSaluti`,
  ],
  invalid: [
    { text: 'Gentile cliente,\nper qualsiasi domanda sul Suo nuovo aspirapolvere non esiti a contattarci: siamo sempre a Sua disposizione.\nCordiali saluti', errors: [{ ruleId: 'help-only' }] },
    { text: 'Gentile cliente,\nda oggi sono il Suo referente personale per qualsiasi necessità.\nCordiali saluti, Marco', errors: [{ ruleId: 'help-only' }] },
  ],
});

runRuleTable('it: delivery-check-in', 'delivery-check-in', {
  valid: [
    'Buongiorno,\nil Suo pacco è arrivato? Il corriere dice di averlo lasciato al vicino, al civico 14. Ci faccia sapere.\nSaluti',
    'Ciao Anna,\nil pacco è arrivato senza problemi? Se vuoi, puoi lasciare una recensione su Amazon.\nSara',
  ],
  invalid: [
    { text: 'Ciao Anna,\nvolevo solo chiederti se il pacco è arrivato bene.\nUn abbraccio, Sara', errors: [{ ruleId: 'delivery-check-in' }] },
    { text: 'Buongiorno Sig. Fabbri,\nLe scriviamo per sapere se il Suo ordine è arrivato e se è tutto a posto.\nCordiali saluti,\nFerramenta Bassi', errors: [{ ruleId: 'delivery-check-in' }] },
  ],
});

runRuleTable('it: placeholder', 'placeholder', {
  valid: [
    { text: `Buongiorno, il testo sarà [Buon compleanno Marco]: confermi? Ordine ${ORDER}.`, options: { asSent: true } },
    { text: `Ciao Irene, la foto del ricamo è qui [vedi foto 2]: preferisci il filo bianco? Ordine ${ORDER}.`, options: { asSent: true } },
  ],
  invalid: [
    { text: 'Gentile [Nome Cliente], il Suo ordine verrà spedito il [data di spedizione].', options: { asSent: true }, errors: [{ actual: '[Nome Cliente]' }, { actual: '[data di spedizione]' }] },
    { text: `Gentile {nome_cliente}, il prodotto {nome prodotto} è in viaggio. Ordine ${ORDER}.`, options: { asSent: true }, errors: [{ actual: '{nome_cliente}' }, { actual: '{nome prodotto}' }] },
  ],
});

runRuleTable('it: critical-reason-misuse', 'critical-reason-misuse', {
  valid: [
    { text: `Buongiorno, ci siamo accorti che il lotto dei cuscini dell'ordine ${ORDER} ha una cucitura difettosa. Le spediamo subito un cuscino nuovo.`, options: { contactReason: 'unexpected-problem' } },
    { text: `Buongiorno, la cucina dell'ordine ${ORDER} arriverà con un camion: il nostro autista deve sapere in quale giorno qualcuno sarà in casa.`, options: { contactReason: 'delivery-scheduling' } },
    { text: `Ciao Elena, prima di stampare la foto sulla tela dell'ordine ${ORDER} ti mandiamo la bozza con il ritaglio: va bene così?`, options: { contactReason: 'customization' } },
    { text: `Buongiorno, sull'etichetta dell'ordine ${ORDER} manca il numero civico e il corriere non riesce a consegnare. Ce lo può scrivere?`, options: { contactReason: 'address-issue' } },
  ],
  invalid: [
    { text: `Buongiorno, il Suo ordine ${ORDER} è stato consegnato. Ci farebbe piacere se condividesse la Sua esperienza con una recensione su Amazon.`, options: { contactReason: 'address-issue' }, errors: [{ ruleId: 'critical-reason-misuse' }] },
    { text: 'Buongiorno, ha già visto la nostra nuova collezione primavera? Trova tutte le novità nel nostro negozio Amazon.', options: { contactReason: 'unexpected-problem' }, errors: [{ ruleId: 'critical-reason-misuse' }] },
    { text: 'Buongiorno, il nostro negozio resterà chiuso per inventario il 2 gennaio. Risponderemo a tutti i messaggi dal giorno successivo, nel più breve tempo possibile.', options: { contactReason: 'delivery-scheduling' }, errors: [{ ruleId: 'critical-reason-misuse' }] },
  ],
});

// Round 2: wordings of the weak families (indirect conditionals, incentives without "recensione",
// pressure, what to write, changing stars, asking for e-mail/phone, asking to cancel), each with near-misses.
runRuleTable('it: review-conditional (round 2)', 'review-conditional', {
  valid: [
    `Buongiorno, Le abbiamo spedito un nuovo frullatore. Se la soluzione Le va bene, non deve fare nulla. Ordine ${ORDER}.`,
    `Ciao Marco, se qualcosa non ti convince nelle misure, scrivici prima di tagliare il tessuto.`,
    `Buongiorno, tutto perfetto con l'incisione? Ci confermi il testo prima che procediamo.`,
  ],
  invalid: [
    { text: 'Buongiorno, se la friggitrice ha mantenuto quanto prometteva, due righe su Amazon ci aiuterebbero tanto.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Ciao Sara, la borsa è proprio come speravi? Allora raccontalo nella pagina del prodotto.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Gentile cliente, ci farebbe piacere leggere la Sua opinione su Amazon. Se invece qualcosa non Le è piaciuto, ci scriva prima a noi.', errors: [{ ruleId: 'review-conditional' }] },
  ],
});

runRuleTable('it: review-incentive (round 2)', 'review-incentive', {
  valid: [
    `Buongiorno, ci scusiamo per il ritardo: Le spediamo senza spendere nulla un cavo nuovo. Ordine ${ORDER}.`,
  ],
  invalid: [
    { text: 'Buongiorno, a chi lascia due parole sulla pagina del prodotto spediamo un barattolo di miele senza pagare nulla.', errors: [{ ruleId: 'review-incentive' }] },
  ],
});

runRuleTable('it: review-pressure (round 2)', 'review-pressure', {
  valid: [
    `Buongiorno, la data di consegna decide se il divano arriva prima di Natale: ci conferma il 12? Ordine ${ORDER}.`,
  ],
  invalid: [
    { text: 'Buongiorno, siamo una ditta di due persone e ogni stella fa la differenza tra restare aperti e chiudere.', errors: [{ ruleId: 'review-pressure' }] },
  ],
});

runRuleTable('it: review-instruction (round 2)', 'review-instruction', {
  valid: [
    `Buongiorno, se ha un momento ci lasci una recensione sincera su Amazon. Ordine ${ORDER}.`,
  ],
  invalid: [
    { text: 'Ciao Luca, quando avrai tempo per la recensione, racconta anche quanto è morbida la pelle.', errors: [{ ruleId: 'review-instruction' }] },
  ],
});

runRuleTable('it: review-change (round 2)', 'review-change', {
  valid: [
    `Buongiorno, abbiamo aggiornato il punteggio della pratica di garanzia: il rimborso è approvato. Ordine ${ORDER}.`,
  ],
  invalid: [
    { text: 'Buongiorno, ora che il problema è risolto, potrebbe alzare il voto che ci ha dato?', errors: [{ ruleId: 'review-change' }] },
  ],
});

runRuleTable('it: contact-request (round 2)', 'contact-request', {
  valid: [
    'Buongiorno, non abbiamo bisogno del Suo numero di telefono: può rispondere qui per qualsiasi dubbio.',
    `Buongiorno, il corriere La chiamerà prima della consegna: a che numero La può raggiungere, quello dell'ordine? Ordine ${ORDER}.`,
  ],
  invalid: [
    { text: "Gentile cliente, a quale indirizzo e-mail possiamo mandarLe la garanzia in PDF?", errors: [{ ruleId: 'contact-request' }] },
    { text: 'Buongiorno, ci lascia un recapito di cellulare per il tecnico?', errors: [{ ruleId: 'contact-request' }] },
    { text: `Buongiorno, ci lascia un numero dove richiamarLa domani? Il tecnico vuole parlarLe del guasto. Ordine ${ORDER}.`, errors: [{ ruleId: 'contact-request' }] },
  ],
});

runRuleTable('it: cancellation-request (round 2)', 'cancellation-request', {
  valid: [
    `Buongiorno, se preferisce facciamo noi l'annullamento e La rimborsiamo subito. Ordine ${ORDER}.`,
    `Buongiorno, abbiamo chiesto ad Amazon di annullare l'ordine ${ORDER} e rimborsarLa: non deve fare nulla.`,
  ],
  invalid: [
    { text: `Buongiorno, la lampada è esaurita: faccia pure Lei l'annullamento dal Suo account. Ordine ${ORDER}.`, errors: [{ ruleId: 'cancellation-request' }] },
    { text: `Buongiorno, Le dispiacerebbe annullare l'ordine ${ORDER}? Il colore è finito.`, errors: [{ ruleId: 'cancellation-request' }] },
    { text: `Buongiorno, il prodotto è esaurito: chieda ad Amazon di annullare l'ordine ${ORDER}, per favore.`, errors: [{ ruleId: 'cancellation-request' }] },
  ],
});

runRuleTable('it: help-only (round 2)', 'help-only', {
  valid: [
    `Buongiorno, mi chiamo Roberto e seguirò personalmente la Sua richiesta di reso: Le manderò l'etichetta entro domani. Ordine ${ORDER}.`,
  ],
  invalid: [
    { text: 'Gentile cliente,\nmi presento: sono Anna e d\'ora in poi mi occuperò di ogni Sua richiesta.\nCordiali saluti, Anna', errors: [{ ruleId: 'help-only' }] },
  ],
});

runRuleTable('it: delivery-check-in (round 2)', 'delivery-check-in', {
  valid: [
    `Buongiorno, è andato tutto liscio con il montaggio? Ci manca ancora la Sua conferma per chiudere la pratica di reso. Ordine ${ORDER}.`,
  ],
  invalid: [
    { text: 'Ciao Paolo,\nè filato tutto liscio con la consegna?\nCiao, Gianni', errors: [{ ruleId: 'delivery-check-in' }] },
  ],
});
