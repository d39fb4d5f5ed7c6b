/**
 * Dutch phrase data (lib/rules/phrases/nl.ts): for every rule that Dutch phrases feed, cases that
 * must be found and near-misses that must not, in the registers sellers write (u-form, je-form,
 * Flemish ge-form, non-native Dutch included), and detectLanguage on short messages against
 * German and English.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/rules/index.ts';
import { runRuleTable } from './tester.ts';

const order = '171-1234567-1234567';

runRuleTable('nl: promotion', 'promotion', {
  valid: [
    `In de bijlage vindt u het aankoopbewijs van bestelling ${order} voor uw verzekeraar.`,
    'Helaas is de blauwe variant uitverkocht; wilt u de grijze of zullen wij de bestelling annuleren?',
    'Als compensatie voor de kras betalen we u 15% van het aankoopbedrag terug.',
    'Volgens onze verkoopvoorwaarden kunt u het artikel binnen 30 dagen retourneren.',
    'We sturen u kosteloos een nieuw exemplaar.',
  ],
  invalid: [
    { text: 'Met de code ZOMER15 krijgt u 15% korting op uw volgende bestelling.', errors: [{ ruleId: 'promotion' }, { ruleId: 'promotion' }] },
    { text: 'Volg ons op Instagram voor nieuwe ontwerpen!', errors: [{ ruleId: 'promotion' }, { ruleId: 'promotion' }] },
    { text: 'Wist je dat we ook bijpassende kussenslopen maken?', errors: [{ ruleId: 'promotion' }] },
    { text: 'Leuk om te weten: we hebben nu ook bijpassende plaids.', errors: [{ ruleId: 'promotion' }] },
    { text: 'Schrijf u in voor onze nieuwsbrief.', errors: [{ ruleId: 'promotion' }] },
    { text: 'Neem gerust een kijkje in onze Amazon-winkel.', errors: [{ ruleId: 'promotion' }] },
    { text: 'Beveel ons aan bij je vrienden en ontvang voor elke nieuwe klant een waardebon.', errors: [{ ruleId: 'promotion' }, { ruleId: 'promotion' }] },
  ],
});

runRuleTable('nl: review-positive', 'review-positive', {
  valid: [
    'Bedankt voor uw positieve recensie, daar zijn we erg blij mee.',
    'We zouden een eerlijke recensie op Amazon waarderen.',
    'De tafel is er in vijf kleuren.',
  ],
  invalid: [
    {
      text: 'Laat u alstublieft een positieve recensie achter?',
      errors: [{ ruleId: 'review-positive', actual: 'positieve recensie' }],
      output: 'Laat u alstublieft een recensie achter?',
    },
    { text: 'Een beoordeling met 5 sterren zou geweldig zijn!', errors: [{ ruleId: 'review-positive' }] },
    { text: 'Geef ons gerust vijf sterren.', errors: [{ ruleId: 'review-positive' }] },
    { text: 'Zou u in uw review willen vermelden dat de levering snel was?', errors: [{ ruleId: 'review-positive' }] },
  ],
});

runRuleTable('nl: review-conditional', 'review-conditional', {
  valid: [
    'Wilt u uw ervaring met de lamp in een recensie delen?',
    'Als de kleur u niet bevalt, ruilen we het kussen graag om. Een eerlijke recensie stellen we op prijs.',
    'Welk lettertype bevalt u het best? Dan graveren we dat.',
    'Als je tijd hebt, schrijf gerust een review. Eerlijke ervaringen helpen anderen.',
  ],
  invalid: [
    { text: 'Als u tevreden bent met de lamp, laat dan een recensie achter.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Bevalt het shirt? Schrijf dan een review!', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Zijt ge tevreden met uw aankoop? Laat dan een beoordeling achter.', errors: [{ ruleId: 'review-conditional' }] },
    { text: 'Bent u niet tevreden, neem dan eerst contact met ons op voordat u een negatieve review schrijft.', errors: [{ ruleId: 'review-conditional' }] },
  ],
});

runRuleTable('nl: review-incentive', 'review-incentive', {
  valid: [
    'We sturen u gratis een vervangend exemplaar en zouden daarna een eerlijke recensie waarderen.',
    'Als excuus betalen we u de verzendkosten terug.',
  ],
  invalid: [
    { text: 'Voor elke recensie krijgt u een cadeaubon van 10 euro.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Na het plaatsen van uw recensie sturen wij u een gratis cadeautje.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Als bedankje voor een eerlijke review krijg je 10% terug.', errors: [{ ruleId: 'review-incentive' }] },
    { text: 'Iedereen die zijn mening op Amazon deelt, krijgt van ons een presentje.', errors: [{ ruleId: 'review-incentive' }] },
  ],
});

runRuleTable('nl: review-pressure', 'review-pressure', {
  valid: [
    'Wij zijn een klein familiebedrijf en controleren elke lamp zelf voordat hij de deur uitgaat.',
    'Uw eerlijke beoordeling helpt andere klanten bij hun keuze.',
  ],
  invalid: [
    { text: 'Als klein bedrijf zijn we afhankelijk van elke recensie.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'Zonder uw sterren overleeft onze kleine winkel het niet.', errors: [{ ruleId: 'review-pressure' }] },
    { text: 'Mijn baan hangt ervan af dat u een review schrijft.', errors: [{ ruleId: 'review-pressure' }] },
  ],
});

runRuleTable('nl: review-instruction', 'review-instruction', {
  valid: [
    'Zoals u in uw recensie schreef, was de doos beschadigd; we sturen een nieuwe.',
    'Schrijf ons alstublieft hoeveel stoelen u nog nodig hebt.',
  ],
  invalid: [
    { text: 'Kopieer je lieve woorden gerust in een recensie op Amazon.', errors: [{ ruleId: 'review-instruction' }] },
    { text: 'Iets als "Topkwaliteit, snelle levering" zou in uw recensie perfect zijn.', errors: [{ ruleId: 'review-instruction' }] },
  ],
});

runRuleTable('nl: review-change', 'review-change', {
  valid: [
    'We hebben uw recensie gelezen en de verpakking daarop aangepast.',
    'Wijzig uw afleveradres alstublieft in uw Amazon-account.',
    'Als u van mening bent dat wij uw problemen naar tevredenheid hebben opgelost, kunt u de feedback die u oorspronkelijk hebt gegeven hier bijwerken of verwijderen.',
  ],
  invalid: [
    { text: 'Zou u uw negatieve beoordeling willen aanpassen nu het probleem is opgelost?', errors: [{ ruleId: 'review-change' }] },
    { text: 'Wij vragen u vriendelijk uw recensie te verwijderen.', errors: [{ ruleId: 'review-change' }] },
    { text: 'Kunt u uw feedback alstublieft bijwerken?', errors: [{ ruleId: 'review-change' }] },
  ],
});

runRuleTable('nl: feedback-notice', 'feedback-notice', {
  valid: [
    'Als u van mening bent dat wij uw problemen naar tevredenheid hebben opgelost, kunt u de feedback die u oorspronkelijk hebt gegeven hier bijwerken of verwijderen.',
  ],
  invalid: [
    {
      text: 'Nu wij uw probleem hebben opgelost, kunt u uw feedback hier bijwerken of verwijderen.',
      errors: [{ ruleId: 'feedback-notice' }],
      output: 'Als u van mening bent dat wij uw problemen naar tevredenheid hebben opgelost, kunt u de feedback die u oorspronkelijk hebt gegeven hier bijwerken of verwijderen.',
    },
  ],
});

runRuleTable('nl: contact-request', 'contact-request', {
  valid: [
    'Klopt het telefoonnummer in uw bestelling nog? De chauffeur belt voor de levering.',
    'Stuur ons alstublieft het serienummer van het typeplaatje.',
    'We sturen de handleiding naar uw e-mailadres bij Amazon.',
  ],
  invalid: [
    { text: 'Stuur ons uw e-mailadres, dan sturen we de handleiding.', errors: [{ ruleId: 'contact-request' }] },
    { text: 'Wat is je telefoonnummer? Dan belt onze monteur je.', errors: [{ ruleId: 'contact-request' }] },
    { text: 'Geef ons even uw gsm-nummer, dan kan de technicus u terugbellen.', errors: [{ ruleId: 'contact-request' }] },
  ],
});

runRuleTable('nl: messenger-app', 'messenger-app', {
  valid: [
    'De foto\'s kunt u gewoon hier via Amazon-berichten sturen.',
    'We kunnen helaas niet via WhatsApp helpen; alles loopt via dit bericht.',
  ],
  invalid: [
    { text: 'App ons gerust via WhatsApp, dat gaat sneller.', errors: [{ ruleId: 'messenger-app' }] },
    { text: 'Stuur ons de foto\'s als DM op Instagram.', errors: [{ ruleId: 'messenger-app' }] },
  ],
});

runRuleTable('nl: off-amazon-sale', 'off-amazon-sale', {
  valid: [
    'De handleiding staat ook op de productpagina.',
    'Wij mogen buiten Amazon om geen bestellingen aannemen.',
    'Ons magazijn staat direct naast de werkplaats, daarom verzenden we snel.',
  ],
  invalid: [
    { text: 'Volgende keer kunt u het beste rechtstreeks bij ons bestellen.', errors: [{ ruleId: 'off-amazon-sale' }] },
    { text: 'In onze eigen webshop is de tafel zelfs goedkoper.', errors: [{ ruleId: 'off-amazon-sale' }] },
    { text: 'De tweede stoel verkopen we u graag buiten Amazon om.', errors: [{ ruleId: 'off-amazon-sale' }] },
  ],
});

runRuleTable('nl: off-amazon-payment', 'off-amazon-payment', {
  valid: [
    'De terugbetaling wordt via Amazon teruggestort op uw PayPal-rekening.',
    'Betaal de chauffeur niets, alles is al betaald.',
    'We kunnen geen betaling via Tikkie of overschrijving aannemen.',
  ],
  invalid: [
    { text: 'Maak het restbedrag alstublieft over op onze rekening.', errors: [{ ruleId: 'off-amazon-payment' }] },
    { text: 'Ik stuur je een Tikkie voor de extra kussens.', errors: [{ ruleId: 'off-amazon-payment' }] },
    { text: 'De montagekosten kunt u contant betalen aan de monteur.', errors: [{ ruleId: 'off-amazon-payment' }] },
  ],
});

runRuleTable('nl: cancellation-request', 'cancellation-request', {
  valid: [
    'Wilt u niet wachten, dan annuleren wij de bestelling graag voor u.',
    'U hoeft niets te doen, wij hebben de bestelling al geannuleerd.',
    'U hoeft geen annulering aan te vragen, dat regelen wij.',
    'U schreef dat u de bestelling wilt annuleren: dat doen wij vandaag voor u.',
  ],
  invalid: [
    { text: 'Kunt u de bestelling alstublieft zelf annuleren?', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Wij vragen u de bestelling te annuleren.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Kun je je order even cancelen?', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Vraag een annulering aan via Mijn bestellingen.', errors: [{ ruleId: 'cancellation-request' }] },
    { text: 'Annuleer a.u.b. uw bestelling, het product is uitverkocht.', errors: [{ ruleId: 'cancellation-request' }] },
  ],
});

runRuleTable('nl: opt-out', 'opt-out', {
  valid: [
    'Stop met het gebruik van de powerbank en stuur hem terug.',
    'U kunt zich in de app afmelden om het apparaat te ontkoppelen.',
  ],
  invalid: [
    { text: 'Wilt u geen berichten meer ontvangen, antwoord dan met STOP.', errors: [{ ruleId: 'opt-out' }, { ruleId: 'opt-out' }] },
    { text: 'Klik hier om u af te melden.', errors: [{ ruleId: 'opt-out' }] },
  ],
});

runRuleTable('nl: help-only', 'help-only', {
  valid: [
    `Hallo,\n\nin de bijlage vindt u de factuur van bestelling ${order}. Bij vragen staan we voor u klaar.\n\nMet vriendelijke groet`,
  ],
  invalid: [
    {
      text: 'Beste heer Roos,\n\nvanaf nu ben ik uw persoonlijke contactpersoon. Aarzel niet om contact op te nemen.\n\nMet vriendelijke groet,\nPiet',
      errors: [{ ruleId: 'help-only' }],
    },
  ],
});

runRuleTable('nl: delivery-check-in', 'delivery-check-in', {
  valid: [
    'Hallo,\n\nvolgens PostNL is uw pakket bezorgd, maar de adapter ontbreekt erin. We sturen hem vandaag na.\n\nMet vriendelijke groet',
  ],
  invalid: [
    { text: `Beste mevrouw Adler,\n\nis uw bestelling ${order} goed aangekomen?\n\nHartelijke groet,\nTheewinkel`, errors: [{ ruleId: 'delivery-check-in' }] },
    { text: 'Hoi Lisa,\n\nik wilde even navragen of je pakketje inmiddels goed is aangekomen?\n\nGroetjes,\nMila', errors: [{ ruleId: 'delivery-check-in' }] },
  ],
});

runRuleTable('nl: thank-you-only', 'thank-you-only', {
  valid: [`Beste heer Bos,\n\nhartelijk dank voor uw bestelling ${order}. Helaas ontbreekt de lijm; we sturen die morgen na.\n\nMet vriendelijke groet`],
  invalid: [
    { text: 'Beste mevrouw Van Leeuwen,\n\nhartelijk dank voor uw bestelling! We wensen u veel plezier met uw nieuwe theepot.\n\nMet vriendelijke groet,\nTheehuis', errors: [{ ruleId: 'thank-you-only' }] },
  ],
});

runRuleTable('nl: placeholder', 'placeholder', {
  valid: [
    { text: 'De graveertekst is {Voor altijd de jouwe}: klopt dat zo?', options: { asSent: true } },
    { text: 'Beste {voornaam}, uw bestelling {bestelnummer} is aangekomen.', options: { asSent: false } },
  ],
  invalid: [
    {
      text: 'Beste [Naam koper], uw bestelling {bestelnummer} is onderweg.',
      options: { asSent: true },
      errors: [{ ruleId: 'placeholder', actual: '[Naam koper]' }, { ruleId: 'placeholder', actual: '{bestelnummer}' }],
    },
  ],
});

runRuleTable('nl: important-tag', 'important-tag', {
  valid: ['Belangrijk: gebruik de oplader niet meer.'],
  invalid: [
    { text: '[Belangrijk] Uw adres is onvolledig.', errors: [{ ruleId: 'important-tag' }] },
    { text: '(DRINGEND) Levering inplannen', errors: [{ ruleId: 'important-tag' }] },
  ],
});

runRuleTable('nl: critical-reason-misuse', 'critical-reason-misuse', {
  valid: [
    {
      text: `Beste mevrouw Berg,\n\nhelaas is bij de verzending van uw spiegel (bestelling ${order}) het glas gebarsten. We sturen u vandaag een nieuwe.\n\nMet vriendelijke groet`,
      options: { contactReason: 'unexpected-problem' },
    },
    {
      text: `Beste heer Brand,\n\nuw bank uit bestelling ${order} wordt door een transporteur geleverd. Schikt dinsdag tussen 8 en 12 uur?\n\nMet vriendelijke groet`,
      options: { contactReason: 'delivery-scheduling' },
    },
    {
      text: `Beste mevrouw Lind,\n\nin de bijlage vindt u het ontwerp van uw naambordje (bestelling ${order}). Geeft u ons uw goedkeuring, dan gaan we graveren.\n\nMet vriendelijke groet`,
      options: { contactReason: 'customization' },
    },
    {
      text: `Beste heer Brand,\n\nPostNL heeft het pakket van bestelling ${order} teruggestuurd: het huisnummer ontbreekt. Kunt u ons het volledige adres sturen?\n\nMet vriendelijke groet`,
      options: { contactReason: 'address-issue' },
    },
  ],
  invalid: [
    {
      text: `Beste heer Brand,\n\nwe hopen dat uw bank uit bestelling ${order} goed bevalt. Wilt u uw ervaring in een recensie delen?\n\nMet vriendelijke groet`,
      options: { contactReason: 'address-issue' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
    {
      text: 'Beste heer Kort,\n\nhartelijk dank voor uw aankoop. We wensen u veel plezier met de broodrooster en een fijne dag.\n\nMet vriendelijke groet',
      options: { contactReason: 'delivery-scheduling' },
      errors: [{ ruleId: 'critical-reason-misuse' }],
    },
  ],
});

describe('detectLanguage tells Dutch from German and English in short messages', () => {
  const cases: [string, string][] = [
    ['Bedankt voor uw bestelling. Het pakket wordt morgen bezorgd.', 'nl'],
    ['Hoi, je pakketje is onderweg. Groetjes!', 'nl'],
    ['Kunt u het huisnummer nog even sturen?', 'nl'],
    ['Goedendag, ge krijgt uw bestelling volgende week. Met vriendelijke groeten.', 'nl'],
    ['Wij hebben uw bestelling geannuleerd en het bedrag terugbetaald.', 'nl'],
    ['Vielen Dank für Ihre Bestellung. Das Paket wird morgen zugestellt.', 'de'],
    ['Wir haben Ihre Bestellung storniert und den Betrag erstattet.', 'de'],
    ['Thank you for your order. The parcel will be delivered tomorrow.', 'en'],
    ['Tack för din beställning. Paketet levereras i morgon.', 'sv'],
  ];
  it.each(cases)('%s -> %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
