/**
 * Bytes of a template file to text. UTF-8 (with or without a byte order mark) is the norm;
 * UTF-16 with a byte order mark, as spreadsheet programs write "Unicode text", is accepted too.
 */

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

export function decodeText(bytes: Uint8Array): Decoded {
  let encoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  try {
    // The decoder drops a byte order mark that matches its encoding.
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: `not valid ${encoding.toUpperCase()} text (save the file as UTF-8)` };
  }
}
