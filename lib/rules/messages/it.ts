/** Italian, in the words of Seller Central (amazon.it): messaggistica acquirente-venditore, motivo del contatto. */
import type { MessageCatalog } from './types.ts';

const KEEP_IN_MESSAGING = 'mantenga la conversazione nella messaggistica acquirente-venditore.';

export const it: MessageCatalog = {
  rules: {
    'important-tag': {
      title: 'Etichetta «[Important]»',
      why: 'Amazon ha eliminato la possibilità di aggiungere «[Important]» per aggirare la rinuncia ai messaggi dell’acquirente; i messaggi con un motivo del contatto indispensabile per completare l’ordine vengono recapitati comunque.',
      messages: {
        tag:
          '«{actual}»: Amazon ha eliminato l’opzione «[Important]». L’etichetta non aggira più la rinuncia ai messaggi dell’acquirente e può causare il blocco del messaggio. ' +
          'Se il messaggio è indispensabile per completare l’ordine, scelga invece il motivo del contatto corrispondente (personalizzazione del prodotto, programmazione della consegna ' +
          'o un problema con l’indirizzo di spedizione): questi messaggi vengono recapitati anche agli acquirenti che hanno rinunciato ai messaggi.',
      },
    },
    promotion: {
      title: 'Marketing e promozioni',
      why: 'La messaggistica acquirente-venditore non può essere usata per il marketing: niente coupon, sconti, altri prodotti, newsletter, programmi di referral o link ai social media.',
      messages: {
        phrase: '«{actual}» è promozionale: la messaggistica acquirente-venditore non può essere usata per marketing, coupon o altri prodotti.',
      },
    },
    'review-positive': {
      title: 'Richiesta di una recensione positiva',
      why: 'La richiesta di una recensione deve essere neutrale: non è consentito chiedere una recensione positiva o a cinque stelle, né dire all’acquirente cosa scrivere.',
      messages: {
        phrase: '«{actual}» spinge l’acquirente verso una recensione positiva: chieda una recensione in modo neutrale («lasci una recensione») oppure non la chieda.',
      },
    },
    'review-conditional': {
      title: 'Richiesta di recensione condizionata',
      why: 'Non è consentito chiedere una recensione solo agli acquirenti soddisfatti («in caso contrario, ci contatti prima»).',
      messages: {
        phrase: '«{actual}» chiede una recensione solo se l’acquirente è soddisfatto: a tutti gli acquirenti la richiesta va fatta allo stesso modo.',
      },
    },
    'review-incentive': {
      title: 'Incentivo per una recensione',
      why: 'Non è consentito offrire denaro, rimborsi, buoni regalo, prodotti gratuiti o scontati né alcun vantaggio futuro in cambio di una recensione.',
      messages: {
        phrase: '«{actual}» offre qualcosa in cambio di una recensione, cosa che Amazon non consente.',
      },
    },
    'review-change': {
      title: 'Richiesta di modificare o rimuovere una recensione',
      why: 'Non è consentito chiedere a un acquirente di aggiornare, modificare o rimuovere una recensione o un feedback.',
      messages: {
        phrase: '«{actual}» chiede all’acquirente di modificare o rimuovere una recensione o un feedback, cosa che Amazon non consente.',
      },
    },
    'review-pressure': {
      title: 'Pressioni o sensi di colpa per una recensione',
      why: 'La richiesta di una recensione deve essere neutrale: suppliche, sensi di colpa o pressioni («senza la Sua valutazione il nostro piccolo negozio potrebbe non farcela») non sono consentiti.',
      messages: {
        phrase: '«{actual}» mette pressione all’acquirente per una recensione: la chieda una sola volta, in modo neutrale, oppure non la chieda.',
      },
    },
    'review-instruction': {
      title: 'Dire all’acquirente cosa scrivere',
      why: 'I venditori non possono dire agli acquirenti cosa scrivere in una recensione né chiedere loro di copiarvi un testo.',
      messages: {
        phrase: '«{actual}» dice all’acquirente cosa scrivere in una recensione, cosa che Amazon non consente.',
      },
    },
    'feedback-notice': {
      title: 'Avviso sull’aggiornamento del feedback',
      why: 'Dopo la risoluzione di un problema, Amazon accetta solo un avviso neutrale che informi l’acquirente che può aggiornare o rimuovere il feedback lasciato al venditore; qualsiasi formulazione più insistente è una violazione.',
      messages: {
        phrase:
          '«{actual}» parla di modificare il feedback dell’acquirente. Amazon accetta solo un avviso neutrale dopo la risoluzione del problema, con le sue stesse parole: «If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided here.»',
      },
    },
    'review-repeat': {
      title: 'Seconda richiesta di recensione per un ordine',
      why: 'Amazon consente una sola richiesta di recensione o di feedback per ordine, su qualsiasi canale.',
      messages: {
        repeat: '«{actual}» chiede di nuovo una recensione: per questo ordine è già stata inviata una richiesta di recensione il {date}, e Amazon ne consente una sola per ordine.',
      },
    },
    'amazon-product-link': {
      title: 'Link a un prodotto, un negozio o una ricerca su Amazon',
      why: 'I link a pagine prodotto, vetrine, pagine del venditore e risultati di ricerca promuovono prodotti; si possono inserire solo link alle pagine dell’ordine, dei resi e delle recensioni.',
      messages: {
        link: '«{actual}» rimanda a una pagina di prodotto, di negozio o di ricerca su Amazon, promuovendo così dei prodotti: sono consentiti solo link all’ordine, ai resi o alla pagina delle recensioni.',
      },
    },
    'external-link': {
      title: 'Link esterno ad Amazon',
      why: 'Sono consentiti solo link ad Amazon, link di tracciamento del corriere e link sicuri necessari per completare l’ordine.',
      messages: {
        link: '«{actual}» rimanda fuori da Amazon: sono consentiti solo pagine Amazon, link di tracciamento del corriere e link sicuri necessari per completare l’ordine.',
        insecureLink:
          '«{actual}» rimanda fuori da Amazon: sono consentiti solo pagine Amazon, link di tracciamento del corriere e link sicuri necessari per completare l’ordine. Inoltre il link non è sicuro (http).',
      },
    },
    'insecure-link': {
      title: 'Link non sicuro (http)',
      why: 'I link devono essere sicuri (https): le linee guida consentono solo link sicuri e nessun contenuto non sicuro.',
      messages: {
        link: '«{actual}» non è sicuro: usi https. I link ad Amazon e di tracciamento del corriere sono consentiti, ma solo se sicuri.',
      },
    },
    'link-shortener': {
      title: 'Link abbreviato',
      why: 'Un link abbreviato nasconde la sua destinazione; sono consentiti solo link ad Amazon e di tracciamento del corriere.',
      messages: {
        link: '«{actual}» è un link abbreviato che nasconde la sua destinazione: sono consentiti solo link ad Amazon e di tracciamento del corriere.',
      },
    },
    'email-address': {
      title: 'Indirizzo e-mail',
      why: 'I messaggi non possono contenere indirizzi e-mail; la conversazione resta nella messaggistica acquirente-venditore.',
      messages: {
        address: `«{actual}» è un indirizzo e-mail: i messaggi non possono contenere indirizzi e-mail; ${KEEP_IN_MESSAGING}`,
        anonymised:
          '«{actual}» è l’indirizzo Amazon anonimizzato dell’acquirente: gli indirizzi e-mail non possono comparire nei messaggi, e la risposta passa comunque da Amazon.',
      },
    },
    'phone-number': {
      title: 'Numero di telefono',
      why: 'I messaggi non possono contenere numeri di telefono; la conversazione resta nella messaggistica acquirente-venditore.',
      messages: {
        number: `«{actual}» sembra un numero di telefono: i messaggi non possono contenere numeri di telefono; ${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-contact': {
      title: 'App di messaggistica o contatto diretto',
      why: 'Non è consentito spostare la conversazione su WhatsApp, in una telefonata o su un altro canale esterno ad Amazon.',
      messages: {
        phrase: '«{actual}» sposta la conversazione fuori da Amazon: la mantenga nella messaggistica acquirente-venditore.',
      },
    },
    'contact-request': {
      title: 'Richiesta dei dati di contatto dell’acquirente',
      why: 'I venditori non possono chiedere l’indirizzo e-mail o il numero di telefono di un acquirente; si possono confermare solo i dati di contatto per una consegna.',
      messages: {
        phrase: `«{actual}» chiede i dati di contatto dell’acquirente: nei messaggi non è consentito, salvo per confermare i dati di contatto per una consegna; ${KEEP_IN_MESSAGING}`,
      },
    },
    'messenger-app': {
      title: 'Passaggio a un’app di messaggistica',
      why: 'Dirottare gli acquirenti su WhatsApp, WeChat, Telegram, LINE o qualsiasi altro canale esterno ad Amazon significa aggirare il processo di vendita di Amazon.',
      messages: {
        phrase: `«{actual}» sposta la conversazione su un’app di messaggistica esterna ad Amazon, cosa che non è consentita: ${KEEP_IN_MESSAGING}`,
      },
    },
    'off-amazon-sale': {
      title: 'Vendita fuori da Amazon',
      why: 'Qualsiasi tentativo di dirottare gli acquirenti Amazon verso un altro sito web o un altro processo di vendita è vietato.',
      messages: {
        phrase: '«{actual}» spinge l’acquirente ad acquistare fuori da Amazon (direttamente, sul Suo sito, a un prezzo più basso altrove), cosa che Amazon vieta.',
      },
    },
    'off-amazon-payment': {
      title: 'Pagamento fuori da Amazon',
      why: 'I pagamenti degli ordini Amazon passano da Amazon; chiedere un pagamento tramite PayPal, bonifico bancario o in contanti significa aggirare il processo di vendita di Amazon.',
      messages: {
        phrase: '«{actual}» chiede un pagamento fuori da Amazon, cosa vietata: ogni pagamento passa da Amazon.',
      },
    },
    'cancellation-request': {
      title: 'Chiedere all’acquirente di annullare',
      why: 'Le linee guida di Amazon dicono: non contatti l’acquirente per chiedergli di inviare una richiesta di annullamento. Annulli Lei stesso l’ordine e ne spieghi il motivo all’acquirente.',
      messages: {
        phrase:
          '«{actual}» chiede all’acquirente di annullare l’ordine o di richiederne l’annullamento, cosa che Amazon non consente: se non può spedire, annulli Lei stesso l’ordine e ne spieghi il motivo all’acquirente.',
      },
    },
    'opt-out': {
      title: 'Indicazioni per annullare l’iscrizione',
      why: 'Link e istruzioni per annullare l’iscrizione non sono consentiti: gli acquirenti gestiscono le preferenze sui messaggi nel proprio account Amazon.',
      messages: {
        phrase:
          '«{actual}» è un’indicazione per annullare l’iscrizione: gli acquirenti gestiscono le preferenze sui messaggi nel proprio account Amazon, e istruzioni di questo tipo causano il blocco del messaggio.',
      },
    },
    'html-markup': {
      title: 'Codice HTML',
      why: 'Il modulo dei messaggi accetta solo testo semplice; i messaggi con codice HTML o collegamenti ipertestuali vengono bloccati (pixel di tracciamento compresi).',
      messages: {
        tag: '«{actual}» è HTML: il modulo dei messaggi accetta solo testo semplice, e i messaggi con codice HTML vengono bloccati.',
        image: '«{actual}» è un’immagine HTML: il modulo dei messaggi accetta solo testo semplice, e immagini o pixel di tracciamento causano il blocco del messaggio.',
      },
    },
    image: {
      title: 'Immagine incorporata',
      why: 'Immagini del prodotto, immagini non pertinenti, loghi con link e pixel di tracciamento non sono consentiti.',
      messages: {
        markdown: '«{actual}» incorpora un’immagine: immagini del prodotto, loghi con link e pixel di tracciamento non sono consentiti.',
      },
    },
    emoji: {
      title: 'Emoji',
      why: 'Le regole di stile di Amazon sono chiare: niente emoji.',
      messages: {
        emoji: 'Emoji «{actual}»: le regole di stile di Amazon non consentono emoji.',
      },
    },
    'line-breaks': {
      title: 'Più di due interruzioni di riga',
      why: 'Le regole di stile di Amazon non consentono più di due interruzioni di riga consecutive.',
      messages: {
        count: '{count} interruzioni di riga consecutive: le regole di stile di Amazon ne consentono al massimo due.',
        many: 'Molte interruzioni di riga consecutive: le regole di stile di Amazon ne consentono al massimo due.',
      },
    },
    shouting: {
      title: 'Tutto maiuscolo',
      why: 'Lunghi tratti in maiuscolo sembrano urlati e un tentativo di aggirare lo stile del messaggio.',
      messages: {
        capitals: '«{actual}» è scritto in maiuscolo e sembra urlato.',
      },
    },
    'repeated-punctuation': {
      title: '«!» o «?» ripetuti',
      why: 'Più punti esclamativi o interrogativi di seguito trasmettono pressione o sembrano pubblicità; le regole di stile di Amazon chiedono un testo semplice.',
      messages: {
        marks: '«{actual}»: più punti esclamativi o interrogativi di seguito trasmettono pressione; ne basta uno.',
      },
    },
    'thank-you-only': {
      title: 'Messaggio di solo ringraziamento',
      why: 'I messaggi che si limitano a ringraziare, o solo a offrire assistenza, non sono consentiti.',
      messages: {
        thanks:
          'Questo messaggio si limita a ringraziare: i messaggi che ringraziano soltanto l’acquirente (o offrono solo assistenza) non sono consentiti. Inserisca il ringraziamento in un messaggio con uno scopo preciso, oppure non lo invii.',
      },
    },
    'confirmation-only': {
      title: 'Conferma d’ordine o di spedizione',
      why: 'Le conferme d’ordine e di spedizione le invia Amazon; i venditori non possono farlo.',
      messages: {
        confirmation:
          'Questo messaggio è solo una conferma d’ordine o di spedizione: Amazon le invia già, e i venditori non possono farlo. Invii un messaggio solo quando qualcosa richiede l’attenzione dell’acquirente per completare l’ordine.',
      },
    },
    'help-only': {
      title: 'Messaggio di sola offerta di assistenza',
      why: 'I messaggi che si limitano a dire che è a disposizione per aiutare, senza uno scopo proprio, non sono consentiti.',
      messages: {
        help: 'Questo messaggio offre solo assistenza («{actual}»): i messaggi che si limitano a dire che è a disposizione per aiutare non sono consentiti. Scriva quando qualcosa richiede l’attenzione dell’acquirente per completare l’ordine.',
      },
    },
    'delivery-check-in': {
      title: 'Richiesta di notizie sulla consegna',
      why: 'Chiedere se un pacco è arrivato, senza alcun problema da risolvere, non è un messaggio consentito; è Amazon a informare gli acquirenti sulle consegne.',
      messages: {
        checkIn: '«{actual}» chiede soltanto notizie sulla consegna: Amazon non consente messaggi senza uno scopo proprio. Scriva quando qualcosa richiede l’attenzione dell’acquirente.',
      },
    },
    placeholder: {
      title: 'Segnaposto non compilato',
      why: 'Un segnaposto rimasto nel testo arriva all’acquirente così com’è; lo compili prima di inviare il messaggio.',
      messages: {
        placeholder: '«{actual}» è un segnaposto che non è stato compilato: l’acquirente lo vedrebbe così com’è.',
      },
    },
    'critical-reason-misuse': {
      title: 'Motivo del contatto indispensabile per un messaggio che non lo è',
      why: 'I messaggi con un motivo del contatto indispensabile per completare l’ordine raggiungono gli acquirenti che hanno rinunciato ai messaggi; Amazon limita i venditori che usano questi motivi per messaggi non indispensabili.',
      messages: {
        review:
          'Il motivo del contatto è «{reason}», ma «{actual}» chiede una recensione: le richieste di recensione non sono indispensabili per completare l’ordine, e usare impropriamente un motivo indispensabile può portare a limitazioni della Sua messaggistica. Scelga il motivo «Richiedi una recensione» o «Altro».',
        thanks:
          'Il motivo del contatto è «{reason}», ma il messaggio si limita a ringraziare l’acquirente o a offrire assistenza: usare impropriamente un motivo indispensabile può portare a limitazioni della Sua messaggistica.',
        promotion:
          'Il motivo del contatto è «{reason}», ma «{actual}» promuove dei prodotti: usare impropriamente un motivo indispensabile può portare a limitazioni della Sua messaggistica.',
        notCritical:
          'Il motivo del contatto è «{reason}», ma nulla nel messaggio riguarda «{reason}»: usare impropriamente un motivo indispensabile può portare a limitazioni della Sua messaggistica. Scelga il motivo di cui tratta il messaggio.',
      },
    },
    'message-length': {
      title: 'Messaggio troppo lungo',
      why: 'I messaggi sono limitati a 2.000 caratteri, e a 800 quando si confermano i dettagli di personalizzazione.',
      messages: {
        tooLong: 'Il messaggio è lungo {count} caratteri; il limite è {limit}. Lo accorci di {excess} caratteri.',
        tooLongCustomization:
          'Il messaggio è lungo {count} caratteri; il limite per i messaggi di personalizzazione è {limit}. Lo accorci di {excess} caratteri.',
      },
    },
    'missing-order-id': {
      title: 'Nessun numero d’ordine',
      why: 'Ogni messaggio inviato di Sua iniziativa dovrebbe riportare il numero d’ordine (ad esempio 112-1234567-1234567), come fanno i modelli di Amazon.',
      messages: {
        missing:
          'Nessun numero d’ordine trovato: lo aggiunga (ad esempio 112-1234567-1234567) affinché l’acquirente sappia di quale ordine si tratta, come fanno i modelli di Amazon.',
      },
    },
    'language-mismatch': {
      title: 'Non nella lingua dell’acquirente',
      why: 'I messaggi devono essere scritti nella lingua preferita dall’acquirente, che può essere diversa da quella del marketplace.',
      messages: {
        mismatch:
          'Questo messaggio sembra scritto in {language}, ma la lingua preferita dall’acquirente è: {buyerLanguage}. I messaggi devono essere scritti nella lingua dell’acquirente.',
      },
    },
    'contact-reason-mismatch': {
      title: 'Il motivo del contatto non corrisponde',
      why: 'Solo i motivi del contatto indispensabili per completare l’ordine (personalizzazione, programmazione della consegna, problemi con l’indirizzo) raggiungono gli acquirenti che hanno rinunciato ai messaggi.',
      messages: {
        reviewReasonForCritical:
          'Il motivo del contatto è «Richiedi una recensione», ma il messaggio riguarda «{reason}»: scelga quel motivo, che viene recapitato anche agli acquirenti che hanno rinunciato ai messaggi.',
        genericReasonForCritical:
          'Questo messaggio sembra riguardare «{reason}»: scegliendo il motivo del contatto «{reason}» verrà recapitato anche agli acquirenti che hanno rinunciato ai messaggi.',
      },
    },
    'review-request': {
      title: 'Richiesta di recensione',
      why: 'Amazon consente una sola richiesta di recensione o di feedback per ordine; Clearsend ricorda le richieste che invia.',
      messages: {
        noted: '«{actual}» chiede una recensione: Amazon consente una sola richiesta per ordine. Clearsend la ricorderà per questo ordine quando invierà il messaggio.',
      },
    },
  },
  labels: {
    removeTag: 'Rimuovi l’etichetta',
    removeLink: 'Rimuovi il link',
    useHttps: 'Usa https',
    removeEmail: 'Rimuovi l’indirizzo e-mail',
    removePhone: 'Rimuovi il numero di telefono',
    removeHtml: 'Rimuovi l’HTML',
    removeImage: 'Rimuovi l’immagine',
    removeEmoji: 'Rimuovi l’emoji',
    keepOneEmptyLine: 'Lascia una sola riga vuota',
    normalCase: 'Scrivi in minuscolo normale',
    useOneMark: 'Usa un solo «{mark}»',
    neutralWording: 'Usa una formulazione neutrale',
    reviewWithoutKind: 'Chiedi una recensione senza dire di che tipo',
    reviewWithoutRating: 'Chiedi una recensione senza nominare le stelle',
    removeSentence: 'Rimuovi questa frase',
    useAmazonWording: 'Usa la formulazione di Amazon',
    removeWords: 'Rimuovi queste parole',
    removePlaceholder: 'Rimuovi il segnaposto',
    fillOrderId: 'Inserisci il numero d’ordine: {value}',
    fillBuyerName: 'Inserisci il nome dell’acquirente: {value}',
    fillSellerName: 'Inserisci il tuo nome: {value}',
    chooseTemplate: 'Scegli un modello',
    selectOverLimit: 'Seleziona il testo oltre il limite',
  },
  languages: {
    en: 'inglese',
    de: 'tedesco',
    fr: 'francese',
    es: 'spagnolo',
    it: 'italiano',
    ja: 'giapponese',
    nl: 'olandese',
    sv: 'svedese',
    pl: 'polacco',
    tr: 'turco',
    pt: 'portoghese',
    ar: 'arabo',
    zh: 'cinese',
  },
  reasons: {
    customization: 'personalizzazione del prodotto',
    deliveryScheduling: 'programmazione della consegna',
    address: 'problema con l’indirizzo di spedizione',
  },
  criticalReasons: {
    customization: 'personalizzazione del prodotto',
    'delivery-scheduling': 'programmazione della consegna',
    'address-issue': 'problema con l’indirizzo di spedizione',
    'unexpected-problem': 'problema imprevisto',
  },
};
