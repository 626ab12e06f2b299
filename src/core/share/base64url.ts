const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Encodes bytes as base64url without padding (RFC 4648 §5): safe in a URL's path, query or fragment. */
export function encodeBase64url(bytes: ArrayLike<number>): string {
  let out = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const group = ((bytes[index] ?? 0) << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    const chars = Math.min(bytes.length - index, 3) + 1;
    for (let char = 0; char < chars; char += 1) out += ALPHABET[(group >> (18 - 6 * char)) & 63];
  }
  return out;
}

/**
 * Decodes unpadded base64url, or `undefined` for anything else. Strict: the unused bits of the last
 * character must be zero, so each byte string has exactly one text and no edit goes unnoticed.
 */
export function decodeBase64url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    const value = ALPHABET.indexOf(text.charAt(index));
    if (value < 0) return undefined;
    buffer = ((buffer << 6) | value) & 0x3fff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[length++] = (buffer >> bits) & 255;
    }
  }
  return (buffer & ((1 << bits) - 1)) === 0 ? bytes : undefined;
}
