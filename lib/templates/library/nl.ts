/** Dutch templates (u-form, understood in the Netherlands and Flanders). Plain text; {tokens} are placeholders (see ../placeholders.ts). */
import type { LocaleLibrary } from '../types.ts';
import { lines } from './text.ts';

const SIGN_OFF = ['Met vriendelijke groet,', '{sellerName}'];

export const nl: LocaleLibrary = {
  'address-problem': {
    title: 'Probleem met het verzendadres',
    body: lines(
      'Beste {buyerName},',
      '',
      'we willen uw bestelling {orderId} graag verzenden, maar de vervoerder kan het afleveradres niet bevestigen. Het adres lijkt onvolledig te zijn: mogelijk ontbreekt bijvoorbeeld het huisnummer of een toevoeging.',
      '',
      'Zodat het artikel "{productName}" veilig bij u aankomt, vragen we u op dit bericht te antwoorden met uw volledige adres, of ons kort te bevestigen dat het adres in de bestelling juist is.',
      '',
      'Tot we uw antwoord hebben, houden we de zending nog even bij ons.',
      '',
      ...SIGN_OFF,
    ),
  },
  'information-needed': {
    title: 'Gegevens nodig voor uw bestelling',
    body: lines(
      'Beste {buyerName},',
      '',
      'hartelijk dank voor uw bestelling {orderId}. Voordat we het artikel "{productName}" kunnen verzenden, hebben we nog één gegeven van u nodig:',
      '',
      '{requestedInformation}',
      '',
      'U kunt gewoon op dit bericht antwoorden. Zodra we de informatie hebben, maken we uw bestelling klaar voor verzending.',
      '',
      ...SIGN_OFF,
    ),
  },
  'customization-confirmation': {
    title: 'Personalisatie bevestigen',
    body: lines(
      'Beste {buyerName},',
      '',
      'hartelijk dank voor uw bestelling {orderId}. Voordat we het artikel "{productName}" voor u maken, willen we de personalisatie met u doornemen. Dit zijn de gegevens die we van u hebben:',
      '',
      '{customizationDetails}',
      '',
      'Controleer de spelling, spaties en datums goed. Bevestig ons daarna kort dat alles klopt, of stuur ons de verbeterde gegevens. Zodra we uw antwoord hebben, beginnen we met de productie.',
      '',
      ...SIGN_OFF,
    ),
  },
  'delivery-scheduling': {
    title: 'Leverafspraak maken',
    body: lines(
      'Beste {buyerName},',
      '',
      'het artikel "{productName}" uit uw bestelling {orderId} is een groot pakket en wordt bezorgd door een transporteur die daarvoor een afspraak met u moet maken. De vroegst mogelijke leverdatum is {deliveryDate}.',
      '',
      'Laat ons weten op welke dagen en tijden u de levering kunt aannemen, en of de chauffeur ergens rekening mee moet houden, zoals trappen, een smalle straat of weinig parkeerruimte. We geven uw voorkeur dan door aan de transporteur.',
      '',
      ...SIGN_OFF,
    ),
  },
  'delay-or-problem': {
    title: 'Vertraging van uw bestelling',
    body: lines(
      'Beste {buyerName},',
      '',
      'helaas moeten we u laten weten dat uw bestelling {orderId} vertraging heeft door een onverwacht probleem: we kunnen het artikel "{productName}" niet op de geplande dag verzenden. Volgens de huidige planning ontvangt u het uiterlijk op {deliveryDate}.',
      '',
      'Wilt u niet zo lang wachten, antwoord dan op dit bericht; dan annuleren wij de bestelling voor u. Wilt u wel wachten, dan hoeft u niets te doen.',
      '',
      'Onze excuses voor het ongemak.',
      '',
      ...SIGN_OFF,
    ),
  },
  'return-question': {
    title: 'Vraag over uw retourzending',
    body: lines(
      'Beste {buyerName},',
      '',
      'we hebben uw retourverzoek voor het artikel "{productName}" uit bestelling {orderId} ontvangen. Om het zo snel mogelijk af te handelen, horen we graag wat meer over de reden van de retour.',
      '',
      'Is het artikel beschadigd aangekomen of werkt het niet, dan helpen een korte beschrijving en een foto van het probleem ons enorm. Misschien kunnen we u dan een vervangend exemplaar sturen of het probleem oplossen zonder dat u het artikel hoeft terug te sturen.',
      '',
      ...SIGN_OFF,
    ),
  },
  invoice: {
    title: 'Factuur bij uw bestelling',
    body: lines(
      'Beste {buyerName},',
      '',
      'in de bijlage vindt u de factuur bij uw bestelling {orderId} voor het artikel "{productName}".',
      '',
      'Moet er iets op de factuur worden aangepast, zoals een bedrijfsnaam of uw btw-nummer, antwoord dan op dit bericht met de juiste gegevens. We sturen u dan een gecorrigeerde factuur.',
      '',
      ...SIGN_OFF,
    ),
  },
  'warranty-instructions': {
    title: 'Informatie over de garantie',
    body: lines(
      'Beste {buyerName},',
      '',
      'op het artikel "{productName}" uit uw bestelling {orderId} zit garantie. De garantievoorwaarden en de handleiding hebben we als bijlage bij dit bericht gevoegd, zodat u ze bij de hand hebt wanneer u ze nodig hebt.',
      '',
      'Treedt er tijdens de garantieperiode een defect op, stuur ons dan via "Mijn bestellingen" op Amazon een bericht met een korte beschrijving van het probleem en zo mogelijk een foto. We zorgen dan voor een reparatie of een vervangend exemplaar.',
      '',
      ...SIGN_OFF,
    ),
  },
  'review-request': {
    title: 'Verzoek om een recensie',
    body: lines(
      'Beste {buyerName},',
      '',
      'we hopen dat het artikel "{productName}" uit uw bestelling {orderId} goed bij u is aangekomen.',
      '',
      'Als u even tijd hebt, zouden we het fijn vinden als u uw ervaring met het product in een recensie op Amazon deelt. Dat kan eenvoudig via "Mijn bestellingen". Recensies helpen andere klanten bij hun keuze.',
      '',
      ...SIGN_OFF,
    ),
  },
};
