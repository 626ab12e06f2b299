import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from '../../../src/core/share/base64url';
import { crc32 } from '../../../src/core/share/crc32';

describe('base64url', () => {
  it('encodes as Node does (the oracle here; the kit itself uses no Buffer) and decodes back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = encodeBase64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(decodeBase64url(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses anything but canonical unpadded base64url', () => {
    expect(decodeBase64url('AA')).toEqual(new Uint8Array([0]));
    expect(decodeBase64url('AB')).toBeUndefined(); // unused bits set
    expect(decodeBase64url('AAAAA')).toBeUndefined(); // a length no bytes encode to
    expect(decodeBase64url('AA==')).toBeUndefined();
    expect(decodeBase64url('AA+/')).toBeUndefined();
  });
});

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32([])).toBe(0);
  });
});
