/**
 * Every Seller Central host (one match pattern each: a match pattern cannot wildcard the
 * top-level domain). Source: the marketplace list in Seller Central's own host names.
 */
export const SELLER_CENTRAL_HOSTS = [
  'sellercentral.amazon.com',
  'sellercentral.amazon.ca',
  'sellercentral.amazon.com.mx',
  'sellercentral.amazon.com.br',
  'sellercentral-europe.amazon.com',
  'sellercentral.amazon.co.uk',
  'sellercentral.amazon.de',
  'sellercentral.amazon.fr',
  'sellercentral.amazon.it',
  'sellercentral.amazon.es',
  'sellercentral.amazon.nl',
  'sellercentral.amazon.se',
  'sellercentral.amazon.pl',
  'sellercentral.amazon.com.be',
  'sellercentral.amazon.ie',
  'sellercentral.amazon.com.tr',
  'sellercentral.amazon.ae',
  'sellercentral.amazon.sa',
  'sellercentral.amazon.eg',
  'sellercentral.amazon.co.za',
  'sellercentral.amazon.in',
  'sellercentral.amazon.co.jp',
  'sellercentral-japan.amazon.com',
  'sellercentral.amazon.com.au',
  'sellercentral.amazon.sg',
] as const;

/** The content script runs only on the messaging pages of those hosts. */
export const MESSAGING_MATCHES: string[] = SELLER_CENTRAL_HOSTS.map(
  (host) => `https://${host}/messaging/*`,
);
