import type { Answers } from '../answers/answers.types';
import { splitValidAnswers } from '../answers/validateAnswers';
import { compileQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { Question, Questionnaire } from '../questionnaire/questionnaire.types';
import { encodeBase64url } from './base64url';
import { crc32 } from './crc32';
import { TOKEN_VERSION } from './shareToken';
import { structureHash } from './structureHash';
import { createByteWriter, type ByteWriter } from './tokenBytes';

function writeAnswer(writer: ByteWriter, question: Question, value: Answers[string]): void {
  switch (question.type) {
    case 'single':
      writer.uint(question.options.findIndex((option) => option.id === value));
      return;
    case 'multi':
      // A set of options, as bits in the questionnaire's order: decoding lists them in that order.
      writer.bits(question.options.length, (index) => (value as readonly string[]).includes(question.options[index]!.id));
      return;
    case 'likert':
    case 'number':
      writer.number(value as number);
      return;
    default:
      writer.text(value as string);
  }
}

/**
 * Encodes answers as a compact, URL-safe token (base64url) for a continuation or read-only result
 * link: the layout version, the questionnaire's id and version, a hash of its structure (question
 * ids and types, option ids, in order), which questions are answered, each answer (options by
 * position), and a CRC-32 that `decodeAnswers` checks. Answers that do not validate are left out.
 * Mind the length: `decodeAnswers` refuses tokens over `MAX_TOKEN_LENGTH`, which only long
 * free-text answers reach.
 * @example
 * const link = `${location.origin}/assessment#answers=${encodeAnswers(socialMediaAssessment, answers)}`;
 */
export function encodeAnswers(questionnaire: Questionnaire, answers: Answers): string {
  const compiled = compileQuestionnaire(questionnaire);
  const { valid } = splitValidAnswers(compiled, answers);
  const answered = compiled.questions.filter((entry) => valid[entry.question.id] !== undefined);
  const writer = createByteWriter();
  writer.uint(TOKEN_VERSION);
  writer.text(questionnaire.id);
  writer.text(questionnaire.version);
  writer.uint(structureHash(questionnaire));
  writer.bits(compiled.questions.length, (index) => valid[compiled.questions[index]!.question.id] !== undefined);
  for (const entry of answered) writeAnswer(writer, entry.question, valid[entry.question.id]!);
  const checksum = crc32(writer.bytes);
  // Little-endian, as the reflected CRC runs, so a burst across the last byte and the CRC is caught too.
  for (let shift = 0; shift < 32; shift += 8) writer.byte(checksum >>> shift);
  return encodeBase64url(writer.bytes);
}
