import { describe, expect, it } from 'vitest';
import { contactReasonFromLabel, reasonLabelLanguages } from '../../../lib/page/contact-reasons';
import { LANGUAGES } from '../../../lib/rules/types';

describe('contact-reason labels in the marketplace languages', () => {
  it('has words for every reason in every language', () => {
    for (const [reason, languages] of reasonLabelLanguages()) expect([...languages].sort(), reason).toEqual([...LANGUAGES].sort());
  });

  it.each([
    ['Aanpassingsdetails bevestigen', 'customization'],
    ['Probleem met het verzendadres oplossen', 'address-issue'],
    ['Een bezorgafspraak plannen', 'delivery-scheduling'],
    ['Een factuur uploaden', 'invoice'],
    ['Bekräfta uppgifter om anpassning', 'customization'],
    ['Boka en leverans', 'delivery-scheduling'],
    ['Schemalägg en leverans', 'delivery-scheduling'],
    ['Ytterligare information krävs', 'order-information'],
    ['Aanvullende informatie vereist', 'order-information'],
    ['Ladda upp en faktura', 'invoice'],
    ['Potwierdź szczegóły personalizacji', 'customization'],
    ['Problem z adresem wysyłki', 'address-issue'],
    ['Prześlij fakturę', 'invoice'],
    ['Zaplanuj dostawę', 'delivery-scheduling'],
    ['Nieoczekiwany problem z zamówieniem', 'unexpected-problem'],
    ['Siparişle ilgili beklenmeyen sorun', 'unexpected-problem'],
    ['Ek bilgi gerekiyor', 'order-information'],
    ['Kişiselleştirme ayrıntılarını onaylayın', 'customization'],
    ['Teslimat randevusu planlayın', 'delivery-scheduling'],
    ['İade ile ilgili soru', 'return'],
    ['Confirmar detalhes da personalização', 'customization'],
    ['Problema com o endereço de entrega', 'address-issue'],
    ['Agendar a entrega', 'delivery-scheduling'],
    ['Enviar uma nota fiscal', 'invoice'],
    ['تأكيد تفاصيل التخصيص', 'customization'],
    ['مشكلة في عنوان الشحن', 'address-issue'],
    ['تحميل فاتورة', 'invoice'],
    ['确认定制详情', 'customization'],
    ['解决收货地址问题', 'address-issue'],
    ['预约配送时间', 'delivery-scheduling'],
    ['上传发票', 'invoice'],
    ['请求评价', 'review-request'],
    ['需要其他信息才能完成订单', 'order-information'],
    ['订单出现意外问题', 'unexpected-problem'],
    ['确认自定义信息', 'customization'],
    ['Overig', 'other'],
    ['Övrigt', 'other'],
    ['Inne', 'other'],
    ['Diğer', 'other'],
    ['Outro', 'other'],
    ['أخرى', 'other'],
    ['其他', 'other'],
  ])('%s -> %s', (label, reason) => {
    expect(contactReasonFromLabel(label)).toBe(reason);
  });
});
