import type { Questionnaire } from '../../../src/core';
import { encodeBase64url } from '../../../src/core/share/base64url';
import { crc32 } from '../../../src/core/share/crc32';
import { TOKEN_VERSION } from '../../../src/core/share/shareToken';
import { structureHash } from '../../../src/core/share/structureHash';
import { createByteWriter, type ByteWriter } from '../../../src/core/share/tokenBytes';

/**
 * Builds a token by hand, with a checksum that holds, as someone forging one would: the current
 * layout's header for `questionnaire` (structure hash included) unless `header` is false, then
 * whatever `write` adds.
 */
export function forgeToken(questionnaire: Questionnaire, write: (writer: ByteWriter) => void, header = true): string {
  const writer = createByteWriter();
  if (header) {
    writer.uint(TOKEN_VERSION);
    writer.text(questionnaire.id);
    writer.text(questionnaire.version);
    writer.uint(structureHash(questionnaire));
  }
  write(writer);
  const checksum = crc32(writer.bytes);
  for (let shift = 0; shift < 32; shift += 8) writer.byte(checksum >>> shift);
  return encodeBase64url(writer.bytes);
}
