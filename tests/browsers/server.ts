/**
 * Serves the fixture pages over HTTPS as if they were Seller Central, on loopback only.
 * Browsers are told to resolve the Seller Central host names to 127.0.0.1 (see browsers.ts),
 * so the content script's real match patterns decide where it runs.
 */
import { createServer } from 'node:https';
import type { Server } from 'node:https';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, normalize } from 'node:path';
import selfsigned from 'selfsigned';

const FIXTURES = fileURLToPath(new URL('../fixtures/seller-central/', import.meta.url));
const WEBMAIL_FIXTURES = fileURLToPath(new URL('../fixtures/webmail/', import.meta.url));

/** The mail clients' hosts: every path is the client's one-page app (tests/fixtures/webmail). */
const MAIL_PAGES: Record<string, string> = {
  'mail.google.com': 'gmail.html',
  'outlook.office.com': 'outlook.html',
};

/** Path prefix on the page -> fixture file. The first match wins. */
const PAGES: [prefix: string, file: string][] = [
  ['/messaging/contact/returns', 'returns-contact.html'],
  ['/messaging/contact', 'contact-buyer.html'],
  ['/messaging/reviews', 'request-review.html'],
  ['/messaging/inbox', 'inbox.html'],
  ['/messaging/fixture/', ''], // /messaging/fixture/<name>.html: other compose-box kinds
  ['/orders-v3/', 'order-detail.html'],
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

export interface ServedRequest {
  host: string;
  path: string;
}

export interface FixtureServer {
  port: number;
  /** Every request the server received, in order. */
  requests: ServedRequest[];
  close(): Promise<void>;
}

function fixtureFor(path: string): string | undefined {
  if (path.startsWith('/fixtures/')) return path.slice('/fixtures/'.length);
  for (const [prefix, file] of PAGES) {
    if (!path.startsWith(prefix)) continue;
    return file || path.slice(prefix.length);
  }
  return undefined;
}

export async function startFixtureServer(port = 443): Promise<FixtureServer> {
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'sellercentral.amazon.com' }], {
    // Throw-away: valid for two days, elliptic curve for a fast start.
    notAfterDate: new Date(Date.now() + 2 * 86_400_000),
    keyType: 'ec',
  });
  const requests: ServedRequest[] = [];
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const url = new URL(req.url ?? '/', 'https://fixture.invalid');
    requests.push({ host: req.headers.host ?? '', path: url.pathname + url.search });
    const mailPage = MAIL_PAGES[(req.headers.host ?? '').replace(/:\d+$/, '')];
    const name = mailPage ?? fixtureFor(url.pathname);
    const dir = mailPage ? WEBMAIL_FIXTURES : FIXTURES;
    const file = name ? normalize(join(dir, name)) : undefined;
    if (!file || !file.startsWith(dir)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture page');
      return;
    }
    readFile(file).then(
      (body) => {
        const type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
      },
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('no such fixture'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
