// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { fillPlaceholders, isPlaceholder, placeholdersIn, unknownTokens } from '../../../lib/templates/placeholders.ts';

const BODY = 'Hello {buyerName},\n\nYour {productName} (order {orderId}) is ready.\n\nKind regards,\n{sellerName}';

describe('fillPlaceholders', () => {
  it('fills every placeholder it has a value for', () => {
    const result = fillPlaceholders(BODY, {
      buyerName: 'Maria Garcia',
      productName: 'Oak Side Table',
      orderId: '112-1234567-1234567',
      sellerName: 'Northwind Home',
    });
    expect(result).toEqual({
      text: 'Hello Maria Garcia,\n\nYour Oak Side Table (order 112-1234567-1234567) is ready.\n\nKind regards,\nNorthwind Home',
      missing: [],
    });
  });

  it('fills a placeholder everywhere it appears', () => {
    expect(fillPlaceholders('{orderId} / {orderId}', { orderId: '1' }).text).toBe('1 / 1');
  });

  it('keeps the token of a placeholder without a value and reports it, once, in order', () => {
    const result = fillPlaceholders(`${BODY} {productName}`, { orderId: '112-1234567-1234567' });
    expect(result.text).toBe(
      'Hello {buyerName},\n\nYour {productName} (order 112-1234567-1234567) is ready.\n\nKind regards,\n{sellerName} {productName}',
    );
    expect(result.missing).toEqual(['buyerName', 'productName', 'sellerName']);
  });

  it('treats an empty or blank value as missing', () => {
    const result = fillPlaceholders('Hello {buyerName}, {orderId}', { buyerName: '  ', orderId: '' });
    expect(result).toEqual({ text: 'Hello {buyerName}, {orderId}', missing: ['buyerName', 'orderId'] });
  });

  it('inserts values as plain text in one pass: a value that looks like a token is not expanded', () => {
    const result = fillPlaceholders('Hello {buyerName}, order {orderId}', {
      buyerName: '{orderId}',
      orderId: '{buyerName}',
    });
    expect(result).toEqual({ text: 'Hello {orderId}, order {buyerName}', missing: [] });
  });

  it('does not read replacement patterns in values', () => {
    expect(fillPlaceholders('Hi {buyerName}', { buyerName: "$& $1 $$ $` $'" }).text).toBe("Hi $& $1 $$ $` $'");
  });

  it('leaves tokens that are not placeholders alone, and never reads inherited properties', () => {
    const values = { orderId: '1' } as Record<string, string>;
    const result = fillPlaceholders('{foo} {toString} {constructor} {OrderId} {orderId} { orderId }', values);
    expect(result).toEqual({ text: '{foo} {toString} {constructor} {OrderId} 1 { orderId }', missing: [] });
  });

  it('keeps the seller’s data as it is: emoji, accents, scripts, punctuation', () => {
    const result = fillPlaceholders('{buyerName} / {productName} / {sellerName}', {
      buyerName: 'Zoë 🌻 O’Brien-Łukasik',
      productName: 'Table "Oslo" <60 cm> & chairs',
      sellerName: '北風ホーム',
    });
    expect(result.text).toBe('Zoë 🌻 O’Brien-Łukasik / Table "Oslo" <60 cm> & chairs / 北風ホーム');
  });

  it('trims values and turns line breaks in one-line values into spaces', () => {
    const result = fillPlaceholders('Hello {buyerName},\n{productName}.', {
      buyerName: '  Maria\nGarcia \r\n',
      productName: 'Oak\r\n\r\n\r\nSide Table',
    });
    expect(result.text).toBe('Hello Maria Garcia,\nOak Side Table.');
  });

  it('keeps line breaks in multi-line values, at most one blank line in a row', () => {
    const result = fillPlaceholders('Details:\n\n{customizationDetails}\n\nThanks', {
      customizationDetails: 'Line one\r\nLine two   \n\n\n\n\nLine three\n',
    });
    expect(result.text).toBe('Details:\n\nLine one\nLine two\n\nLine three\n\nThanks');
    expect(result.text).not.toMatch(/\n{3}/);
  });

  it('returns the body unchanged when it has no tokens', () => {
    expect(fillPlaceholders('Plain text {', { orderId: '1' })).toEqual({ text: 'Plain text {', missing: [] });
  });
});

describe('placeholdersIn', () => {
  it('lists known placeholders once, in order of first appearance', () => {
    expect(placeholdersIn(`{orderId} ${BODY} {foo}`)).toEqual(['orderId', 'buyerName', 'productName', 'sellerName']);
    expect(placeholdersIn('no tokens')).toEqual([]);
  });
});

describe('unknownTokens', () => {
  it('lists tokens that are not placeholders, once each, as written', () => {
    expect(unknownTokens('Hi {buyerName}, {foo} {OrderID} {foo} {order_id} {deliveryDate}')).toEqual([
      '{foo}',
      '{OrderID}',
      '{order_id}',
    ]);
    expect(unknownTokens(BODY)).toEqual([]);
  });

  it('ignores braces that are not tokens', () => {
    expect(unknownTokens('{ } {} {1abc} {a b} {')).toEqual([]);
  });
});

describe('isPlaceholder', () => {
  it('knows the placeholders and nothing inherited', () => {
    expect(isPlaceholder('orderId')).toBe(true);
    expect(isPlaceholder('customizationDetails')).toBe(true);
    expect(isPlaceholder('toString')).toBe(false);
    expect(isPlaceholder('orderid')).toBe(false);
  });
});
