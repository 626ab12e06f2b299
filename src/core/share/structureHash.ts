import type { Questionnaire } from '../questionnaire/questionnaire.types';

const FNV_PRIME = 0x01000193;

/** Folds `text` and then a line feed into a 32-bit FNV-1a hash. */
function fold(hash: number, text: string): number {
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
  // A separator no id can contain, so ["ab", "c"] and ["a", "bc"] differ.
  return Math.imul(hash ^ 0x0a, FNV_PRIME);
}

/**
 * A 32-bit FNV-1a hash of what a token's positions refer to: each question's id and type, in order,
 * and each choice question's option ids, in order. A token stores answers by position, so it can be
 * read only against the structure it was made for; texts, points, section boundaries and versions
 * may change.
 * @example structureHash(questionnaire) // an unsigned 32-bit integer, such as 2785951555
 */
export function structureHash(questionnaire: Questionnaire): number {
  let hash = 0x811c9dc5;
  for (const section of questionnaire.sections) {
    for (const question of section.questions) {
      hash = fold(fold(hash, question.id), question.type);
      if (question.type === 'single' || question.type === 'multi') for (const option of question.options) hash = fold(hash, option.id);
      // An empty line ends the question: no id is empty, so options never pass for the next question.
      hash = fold(hash, '');
    }
  }
  return hash >>> 0;
}
