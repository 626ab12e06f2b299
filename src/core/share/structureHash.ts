import type { Questionnaire } from '../questionnaire/questionnaire.types';

/**
 * A 32-bit FNV-1a hash of what a token's positions refer to: each question's id and type, in order,
 * and each choice question's option ids, in order. A token stores answers by position, so it can be
 * read only against the structure it was made for; texts, points and versions may change freely.
 * @example structureHash(questionnaire) // 2749215817
 */
export function structureHash(questionnaire: Questionnaire): number {
  let hash = 0x811c9dc5;
  const add = (text: string) => {
    for (let index = 0; index < text.length; index += 1) {
      hash ^= text.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193);
    }
    // A separator no id can contain, so ["ab", "c"] and ["a", "bc"] differ.
    hash ^= 0x0a;
    hash = Math.imul(hash, 0x01000193);
  };
  for (const section of questionnaire.sections) {
    for (const question of section.questions) {
      add(question.id);
      add(question.type);
      if ('options' in question) for (const option of question.options) add(option.id);
      add('');
    }
  }
  return hash >>> 0;
}
