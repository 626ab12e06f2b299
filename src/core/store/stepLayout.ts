import type { CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { Question, Section } from '../questionnaire/questionnaire.types';

/** A section that is a step for the answers as they stand. */
export interface SectionStepInfo {
  readonly section: Section;
  /** Position in `questionnaire.sections`. */
  readonly sectionIndex: number;
  /** Its visible questions, in order; never empty. */
  readonly questions: readonly Question[];
}

/** The sections that are steps, in order (review not included). */
export type StepLayout = readonly SectionStepInfo[];

function sectionStep(shown: readonly boolean[], section: Section, sectionIndex: number, first: number, inScope: readonly boolean[] | undefined): SectionStepInfo {
  const questions = section.questions.filter((_, offset) => shown[first + offset] && (inScope === undefined || inScope[first + offset]));
  return { section, sectionIndex, questions };
}

/**
 * The steps for the questions shown. Given the previous layout and the positions whose visibility
 * flipped, only the sections holding them are worked out again; the others keep their objects.
 * With `inScope` (by position, e.g. the quick check's questions), only those questions are asked.
 */
export function layoutSteps(
  compiled: CompiledQuestionnaire,
  shown: readonly boolean[],
  previous?: StepLayout,
  toggled: readonly number[] = [],
  inScope?: readonly boolean[],
): StepLayout {
  if (previous && toggled.length === 0) return previous;
  const touched = new Set(toggled.map((position) => compiled.questions[position]!.sectionIndex));
  const kept = new Map(previous?.map((step) => [step.sectionIndex, step]));
  const steps: SectionStepInfo[] = [];
  let first = 0;
  compiled.questionnaire.sections.forEach((section, sectionIndex) => {
    const reuse = previous && !touched.has(sectionIndex);
    const step = reuse ? kept.get(sectionIndex) : sectionStep(shown, section, sectionIndex, first, inScope);
    if (step && step.questions.length > 0) steps.push(step);
    first += section.questions.length;
  });
  return steps;
}
