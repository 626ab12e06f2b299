import { isAnswered, type Answers, type Issue, type SectionStep, type SessionStatus, type SessionStep } from '../../../../core';

/** Where the respondent was before the step changed: the step's index among the steps, and the status. */
export interface FocusOrigin {
  stepIndex: number;
  status: SessionStatus;
}

/** What `entryQuestionIndex` weighs besides the step. */
export interface EntryContext {
  errors: Readonly<Record<string, readonly Issue[]>>;
  answers: Answers;
  /** Where the respondent came from; `undefined` on the wizard's first screen. */
  origin: FocusOrigin | undefined;
  /** The index of the last section step (the one before review). */
  lastSectionIndex: number;
}

/**
 * The question a section step opens on. The first with an error: the store sent the respondent back
 * to fix it. After the result (going deeper, starting again), the first not answered yet. Coming back
 * from a later step, the last: Back retraces one question, not a whole step. From review only the
 * last section counts as coming back; another was opened by its "Edit" button, so from its start.
 * Otherwise, the first.
 * @example entryQuestionIndex(step, { errors: {}, answers: {}, origin: { stepIndex: 3, status: 'in_progress' }, lastSectionIndex: 4 }) // step.questions.length - 1
 */
export function entryQuestionIndex(step: SectionStep, { errors, answers, origin, lastSectionIndex }: EntryContext): number {
  const { questions } = step;
  const last = Math.max(questions.length - 1, 0);
  const withError = questions.findIndex((question) => (errors[question.id]?.length ?? 0) > 0);
  if (withError >= 0) return withError;
  if (!origin) return 0;
  if (origin.status === 'complete') {
    const open = questions.findIndex((question) => !isAnswered(Object.hasOwn(answers, question.id) ? answers[question.id] : undefined));
    return Math.max(open, 0);
  }
  if (origin.status === 'review') return step.index === lastSectionIndex ? last : 0;
  return origin.stepIndex > step.index ? last : 0;
}

/** "Question N of M" across every section step: the question at `index` of `step`, among them all. */
export function questionPosition(steps: readonly SessionStep[], step: SectionStep, index: number): { number: number; count: number } {
  let before = 0;
  let count = 0;
  for (const candidate of steps) {
    if (candidate.kind !== 'section') continue;
    count += candidate.questions.length;
    if (candidate.index < step.index) before += candidate.questions.length;
  }
  return { number: before + index + 1, count };
}
