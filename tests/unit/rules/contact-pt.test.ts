// @vitest-environment node
/** Brazilian postcodes and tax numbers are not phone numbers; a Turkish "cep" (mobile) number still is. */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../lib/rules/index.ts';

const contactInfo = (body: string) => lint({ body }, { asSent: true }).filter((f) => f.category === 'contact-info').map((f) => f.actual);

describe('numbers in a Portuguese message', () => {
  it.each([
    'Olá! Seu pedido 701-7719302-3350618 segue para o endereço informado, CEP 01310-100, São Paulo. Obrigado!',
    'Olá! Confirmamos a entrega no CEP: 04538133 na próxima segunda-feira, pedido 701-7719302-3350618.',
    'Olá! A nota fiscal do pedido 701-7719302-3350618 saiu com o CNPJ 12.345.678/0001-95, segue em anexo.',
    'Olá! Para emitir a nota fiscal do pedido 701-7719302-3350618 usamos o CPF 123.456.789-09 que consta no pedido.',
  ])('leaves %s alone', (body) => {
    expect(contactInfo(body)).toEqual([]);
  });

  it('still finds a phone number given as a Turkish mobile, and a Brazilian phone', () => {
    expect(contactInfo('Merhaba, siparişiniz 402-1234567-1234567 için bize ulaşın: cep 0532 123 45 67.')).not.toEqual([]);
    expect(contactInfo('Olá! Sobre o pedido 701-7719302-3350618, ligue para (11) 98765-4321.')).not.toEqual([]);
  });

  it('reads a number after "no" (at the) as the phone it is, and after "No." as the reference it is', () => {
    expect(contactInfo('Olá! Sobre o pedido 701-7719302-3350618, manda mensagem no (11) 98481-3227 que eu te respondo.').map((a) => a.trim())).toEqual(['(11) 98481-3227']);
    expect(contactInfo('Hello, about order 701-7719302-3350618: the parcel is Item No. 0612 345 678 in the carrier list.')).toEqual([]);
  });
});
