/** The background tells the mail tabs' content scripts that the seller turned webmail off. */
export const WEBMAIL_OFF = 'clearsend:webmail-off';

export interface WebmailOffMessage {
  type: typeof WEBMAIL_OFF;
  /** The mail hosts whose permission was revoked. */
  hosts: string[];
}

export function isWebmailOff(value: unknown): value is WebmailOffMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, hosts } = value as { type?: unknown; hosts?: unknown };
  return type === WEBMAIL_OFF && Array.isArray(hosts) && hosts.every((h) => typeof h === 'string');
}
