import type { Answers } from '../answers/answers.types';
import { isAnswered } from '../answers/isAnswered';
import { splitValidAnswers } from '../answers/validateAnswers';
import { getVisibleAnswers } from '../conditions/getVisibleAnswers';
import { compileQuestionnaire, type CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { Question, Questionnaire, Section } from '../questionnaire/questionnaire.types';

/** A section that is a step for the given answers. */
export interface SectionStepInfo {
  section: Section;
  /** Position in `questionnaire.sections`. */
  sectionIndex: number;
  /** Its visible questions, in order; never empty. */
  questions: Question[];
}

/** What a session's answers make of a questionnaire: visibility, counted answers, steps. */
export interface SessionView {
  compiled: CompiledQuestionnaire;
  visible: ReadonlySet<string>;
  /** Valid, given answers to visible questions: what progress and scoring count. */
  counted: Answers;
  /** The sections that are steps, in order (review not included). */
  steps: SectionStepInfo[];
}

const EMPTY: Answers = Object.freeze({});
const cache = new WeakMap<Questionnaire, WeakMap<object, SessionView>>();

/**
 * Works out which sections are steps for a session's answers. Visibility follows only valid
 * answers, as scoring does, so the wizard never shows a section that scoring would treat as hidden.
 * Cached per answers object: session answers are never mutated, only replaced.
 */
export function getSessionView(questionnaire: Questionnaire, answers: Answers): SessionView {
  const source = typeof answers === 'object' && answers !== null ? answers : EMPTY;
  let byAnswers = cache.get(questionnaire);
  if (!byAnswers) cache.set(questionnaire, (byAnswers = new WeakMap()));
  const cached = byAnswers.get(source);
  if (cached) return cached;

  const compiled = compileQuestionnaire(questionnaire);
  const { valid } = splitValidAnswers(compiled, source);
  // A blank answer is "not answered yet" to the session: it neither shows a section nor counts.
  const given = Object.values(valid).every(isAnswered)
    ? valid
    : Object.fromEntries(Object.entries(valid).filter(([, value]) => isAnswered(value)));
  const { shown, answers: counted } = getVisibleAnswers(compiled, given);
  const visible = new Set(compiled.questions.filter((_, position) => shown[position]).map((entry) => entry.question.id));
  const steps = questionnaire.sections
    .map((section, sectionIndex) => ({ section, sectionIndex, questions: section.questions.filter((q) => visible.has(q.id)) }))
    .filter((step) => step.questions.length > 0);
  const view: SessionView = { compiled, visible, counted: counted as Answers, steps };
  byAnswers.set(source, view);
  return view;
}
