import type { AnswerValue, Answers } from '../answers/answers.types';
import { validateAnswers } from '../answers/validateAnswers';
import { createIssue, type Issue, type Result } from '../errors';
import { describeType } from '../describeType';
import { compileQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { Question, Questionnaire } from '../questionnaire/questionnaire.types';
import { decodeBase64url } from './base64url';
import { crc32 } from './crc32';
import { LEGACY_TOKEN_VERSION, MAX_TOKEN_LENGTH, TOKEN_VERSION } from './shareToken';
import { structureHash } from './structureHash';
import { createByteReader, type ByteReader } from './tokenBytes';

const refuse = (issue: Issue): Result<Answers> => ({ ok: false, issues: [issue] });
const broken = (format: string) => refuse(createIssue('invalid_format', ['token'], { format }));

function readAnswer(reader: ByteReader, question: Question): AnswerValue | undefined {
  switch (question.type) {
    case 'single':
      return question.options[reader.uint()]?.id;
    case 'multi':
      return reader.bits(question.options.length)?.flatMap((isSet, index) => (isSet ? [question.options[index]!.id] : []));
    case 'likert':
    case 'number':
      return reader.number();
    default:
      return reader.text();
  }
}

/**
 * Decodes a token made by `encodeAnswers`, never throwing. Refused with a coded issue: a token that
 * is not a string (`invalid_type`), is too long (`too_big`, over `MAX_TOKEN_LENGTH`), was changed or
 * cut short (`invalid_format`: its checksum or layout does not hold), belongs to another
 * questionnaire (`invalid_value` at `token.questionnaire.id`), or was made for other questions or
 * options, or the same ones in another order (`invalid_value` at `token.questionnaire.structure`):
 * its answers are never read as different ones. A new version with the same structure still reads
 * it. Answers that fail `validateAnswers` are never returned: their issues are.
 * @example
 * const result = decodeAnswers(socialMediaAssessment, new URLSearchParams(location.hash.slice(1)).get('answers') ?? '');
 * if (result.ok) scoreAnswers(socialMediaAssessment, result.value);
 */
export function decodeAnswers(questionnaire: Questionnaire, token: string): Result<Answers> {
  if (typeof token !== 'string') return refuse(createIssue('invalid_type', ['token'], { expected: 'string', received: describeType(token) }));
  if (token.length > MAX_TOKEN_LENGTH) return refuse(createIssue('too_big', ['token'], { origin: 'string', maximum: MAX_TOKEN_LENGTH }));
  const bytes = decodeBase64url(token);
  if (!bytes) return broken('base64url');
  const body = bytes.subarray(0, -4);
  const stored = bytes.length < 5 ? -1 : new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 4, 4).getUint32(0, true);
  if (crc32(body) !== stored) return broken('a readiness-kit share token whose checksum holds; this one was changed or cut short');
  const reader = createByteReader(body);
  const layoutVersion = reader.uint();
  if (layoutVersion !== TOKEN_VERSION && layoutVersion !== LEGACY_TOKEN_VERSION) return broken(`a readiness-kit share token, layout v${TOKEN_VERSION}`);
  const id = reader.text();
  const version = reader.text();
  const hash = layoutVersion === TOKEN_VERSION ? reader.uint() : undefined;
  const layout = () => broken(`a readiness-kit share token, layout v${layoutVersion}`);
  if (!reader.ok) return layout();
  if (id !== questionnaire.id)
    return refuse(createIssue('invalid_value', ['token', 'questionnaire', 'id'], { expected: [questionnaire.id], received: id }));
  // Answers travel by position: read against questions or options in another order, they would be other answers.
  if (hash !== undefined && hash !== structureHash(questionnaire))
    return refuse(createIssue('invalid_value', ['token', 'questionnaire', 'structure'], { kind: 'structure', expected: [questionnaire.version], received: version }));
  // A v1 token has no hash: only the version it names vouches for the structure.
  if (hash === undefined && version !== questionnaire.version)
    return refuse(createIssue('invalid_value', ['token', 'questionnaire', 'version'], { expected: [questionnaire.version], received: version }));

  const { questions } = compileQuestionnaire(questionnaire);
  const answered = reader.bits(questions.length);
  if (!answered) return layout();
  const answers: Record<string, AnswerValue> = {};
  for (let index = 0; index < questions.length; index += 1) {
    if (!answered[index]) continue;
    const question = questions[index]!.question;
    const value = readAnswer(reader, question);
    if (value === undefined) return layout();
    answers[question.id] = value;
  }
  if (!reader.ok || !reader.isDone) return layout();
  return validateAnswers(questionnaire, answers);
}
