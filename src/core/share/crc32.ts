/**
 * CRC-32 (IEEE 802.3, as in zip and PNG). Chosen over a plain hash because it catches every burst
 * of up to 32 changed bits: any one character changed in a token is always detected.
 */
export function crc32(bytes: ArrayLike<number>): number {
  let crc = -1;
  for (let index = 0; index < bytes.length; index += 1) {
    crc ^= bytes[index] ?? 0;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return ~crc >>> 0;
}
