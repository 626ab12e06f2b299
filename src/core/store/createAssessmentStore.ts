import type { AnswerValue } from '../answers/answers.types';
import { isAnswered } from '../answers/isAnswered';
import { createIssue, type Issue } from '../errors';
import { compileQuestionnaire, type CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { Questionnaire } from '../questionnaire/questionnaire.types';
import { requireValidQuestionnaire } from '../questionnaire/requireValidQuestionnaire';
import { buildProfile } from '../scoring/buildProfile';
import { scoreDimension, scoreDimensions } from '../scoring/scoreDimensions';
import type { DimensionScore, Profile } from '../scoring/scoring.types';
import { buildAnswerModel, countedAnswers, sameValue, updateAnswer, type AnswerModel } from './answerModel';
import { buildView } from './assessmentView';
import { currentStepIndex, moveTo } from './navigation';
import type { SessionAction, SessionState } from './session.types';
import { keepUnchanged, sameIssues } from './sessionEquality';
import * as transitions from './sessionTransitions';
import { layoutSteps, type StepLayout } from './stepLayout';
import type {
  AssessmentStore,
  AssessmentStoreListener,
  AssessmentStoreOptions,
  AssessmentStoreState,
  AssessmentView,
  ResumableAnswers,
} from './store.types';
import { createStoreStorage } from './storeStorage';
import { toStoredAnswer } from './toStoredAnswer';

/** Everything the store holds between changes; a new one per change, parts shared. */
interface Internal {
  session: SessionState;
  model: AnswerModel;
  layout: StepLayout;
}

const answerPath = (questionId: string) => ['answers', questionId];

/**
 * A fresh session from answers: each is checked as answering it would; an invalid one is kept with
 * its field errors, one to an unknown question is reported under its id and left out.
 */
function startFrom(compiled: CompiledQuestionnaire, given: unknown, stepIndex = 0): Internal {
  const answers: Record<string, AnswerValue> = {};
  const errors: Record<string, Issue[]> = {};
  const source = typeof given === 'object' && given !== null ? given : {};
  for (const [id, value] of Object.entries(source)) {
    const entry = compiled.byId.get(id);
    if (!entry) {
      errors[id] = [createIssue('unknown_question', answerPath(id), { id })];
      continue;
    }
    const stored = toStoredAnswer(value);
    if (stored !== undefined) answers[id] = stored;
  }
  const model = buildAnswerModel(compiled, answers);
  const layout = layoutSteps(compiled, model.shown);
  // Field errors for what was given (as typed, even when it could not be stored), on visible questions only.
  for (const [id, value] of Object.entries(source)) {
    const entry = compiled.byId.get(id);
    if (!entry || !model.shown[entry.order]) continue;
    const issues = [...transitions.fieldIssuesOf(entry.question, value)];
    if (issues.length > 0) errors[id] = issues;
  }
  const requested = Number.isFinite(stepIndex) ? Math.trunc(stepIndex) : 0;
  const first = Math.min(Math.max(requested, 0), layout.length);
  const { questionnaire } = compiled;
  const session: SessionState = {
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    status: 'in_progress',
    currentSectionId: null,
    answers,
    errors,
    visited: layout.slice(0, first).map((step) => step.section.id),
  };
  return { session: moveTo(layout, session, first), model, layout };
}

/** The session with new answers and errors; written out, as a literal of one shape is cheaper than a spread on every answer. */
const withAnswers = (session: SessionState, answers: SessionState['answers'], errors: SessionState['errors']): SessionState => ({
  questionnaireId: session.questionnaireId,
  questionnaireVersion: session.questionnaireVersion,
  status: session.status,
  currentSectionId: session.currentSectionId,
  answers,
  errors,
  visited: session.visited,
});

const NONE_HIDDEN: readonly string[] = [];

/** The ids of the toggled questions that are now hidden. */
const hiddenIds = (compiled: CompiledQuestionnaire, model: AnswerModel, toggled: readonly number[]): string[] =>
  toggled.filter((position) => !model.shown[position]).map((position) => compiled.questions[position]!.question.id);

/** A field's errors replaced, and those of fields just hidden dropped; the same object when nothing changes. */
function updateErrors(errors: SessionState['errors'], questionId: string, issues: readonly Issue[], hidden: readonly string[]): SessionState['errors'] {
  const current = Object.hasOwn(errors, questionId) ? errors[questionId] : undefined;
  const isSame = issues.length === 0 ? current === undefined : current !== undefined && sameIssues(current, issues);
  if (isSame && !hidden.some((id) => Object.hasOwn(errors, id))) return errors;
  const next: Record<string, readonly Issue[]> = { ...errors };
  if (issues.length > 0) next[questionId] = issues;
  else delete next[questionId];
  for (const id of hidden) delete next[id];
  return next;
}

/** A state whose profile is worked out on first read: most changes (a keystroke, a step) are never scored. */
class StoreState implements AssessmentStoreState {
  #profile: Profile | undefined;
  #score: () => Profile;

  constructor(
    readonly questionnaire: Questionnaire,
    readonly session: SessionState,
    readonly view: AssessmentView,
    readonly resumable: ResumableAnswers | null,
    score: () => Profile,
  ) {
    this.#score = score;
  }

  get profile(): Profile {
    return (this.#profile ??= this.#score());
  }
}

const isAction = (action: unknown): action is SessionAction =>
  typeof action === 'object' && action !== null && typeof (action as { type?: unknown }).type === 'string';

/**
 * Creates the store of one running assessment, without React or the DOM: it owns the session, the
 * view derived from it (visibility, validity, steps, progress) and the live profile, and works each
 * out once per change. An answer updates only what depends on it: its own validity, the questions
 * whose conditions read it, and the dimensions it earns points in. Throws a `ReadinessError` (code
 * `invalid_questionnaire`, with its issues) only for a definition that fails validation; after
 * that, no action throws.
 * @example
 * const store = createAssessmentStore(questionnaire, { onComplete: (profile) => send(profile) });
 * store.subscribe((state) => render(state.view.currentStep, state.view.progress));
 * store.answer('market', 'b2b');
 * store.next(); // stays, with field errors, if the step does not validate
 * store.getState().profile.index;
 */
export function createAssessmentStore(questionnaire: Questionnaire, options: AssessmentStoreOptions = {}): AssessmentStore {
  requireValidQuestionnaire(questionnaire);
  const compiled = compileQuestionnaire(questionnaire);
  const storage = options.storage ? createStoreStorage(questionnaire, { ...options, storage: options.storage }) : undefined;
  const listeners = new Set<AssessmentStoreListener>();

  let internal = startFrom(compiled, options.answers, options.stepIndex);
  let resumable: ResumableAnswers | null = null;
  let scoreOptions = options.scoreOptions;
  // Dimension scores as last worked out, and the dimensions whose counted answers changed since.
  let dimensions: DimensionScore[] | undefined;
  let dirtyDimensions: boolean[] = [];

  const profileOf = (model: AnswerModel): Profile => {
    let scores: DimensionScore[];
    if (model === internal.model) {
      const dirty = dirtyDimensions;
      scores = dimensions ? dimensions.map((score, index) => (dirty[index] ? scoreDimension(compiled, index, model.values) : score)) : scoreDimensions(compiled, model.values);
      dimensions = scores;
      dirtyDimensions = [];
    } else scores = scoreDimensions(compiled, model.values); // a state a listener kept after a later change
    // In the answers' own order, as `scoreAnswers` lists them.
    const issues = Object.keys(model.answers).flatMap((id) => model.issues.get(id) ?? []);
    return buildProfile(compiled, { shown: model.shown, values: model.values, answers: countedAnswers(compiled, model), issues }, scores, scoreOptions);
  };

  const makeState = (from: Internal, previous?: { state: AssessmentStoreState; from: Internal }): AssessmentStoreState => {
    const view = buildView(questionnaire, from.layout, from.session, from.model, previous?.state.view, previous?.from);
    return new StoreState(questionnaire, from.session, view, resumable, () => profileOf(from.model));
  };
  let state = makeState(internal);

  // A copy, so a listener that unsubscribes (or subscribes another) mid-round changes nothing this round.
  const notify = (before: AssessmentStoreState) => {
    if (listeners.size === 0) return;
    for (const listener of [...listeners]) listener(state, before);
  };

  /** Makes `next` current and tells everyone; nothing happens when it changed nothing. */
  const commit = (next: Internal, questionId?: string, isExact = false, isEcho = true) => {
    const before = state;
    // An answer builds its session from what changed; other actions may rebuild equal parts, which are swapped for the old ones.
    const session = isExact ? next.session : keepUnchanged(internal.session, next.session);
    if (session === internal.session && next.model === internal.model) return;
    const answersChanged = session.answers !== before.session.answers;
    // Answering without taking up the offer starts afresh: the offered answers are kept aside first, never lost.
    if (answersChanged && isEcho && resumable) {
      storage?.decline();
      resumable = null;
    }
    const previous = { state: before, from: internal };
    internal = { ...next, session };
    state = makeState(internal, previous);
    const moved = session.status !== before.session.status || session.currentSectionId !== before.session.currentSectionId;
    const completed = session.status === 'complete' && before.session.status !== 'complete';
    if (answersChanged) storage?.schedule(session.answers);
    if (moved) storage?.flush();
    notify(before);
    if (answersChanged && isEcho) {
      if (questionId !== undefined) options.onAnswer?.(questionId, Object.hasOwn(session.answers, questionId) ? session.answers[questionId] : undefined, session.answers);
      options.onAnswersChange?.(session.answers);
    }
    if (moved) options.onStepChange?.(state.view.currentStep, state.view.progress);
    if (completed) options.onComplete?.(state.profile, session.answers);
  };

  /** A whole new set of answers: the model and steps from scratch, every dimension re-summed. */
  const rebuild = (next: Internal, isEcho = true) => {
    dimensions = undefined;
    dirtyDimensions = [];
    commit(next, undefined, false, isEcho);
  };

  const answer = (questionId: unknown, update: unknown) => {
    const { session, model, layout } = internal;
    if (typeof questionId !== 'string' || session.status === 'complete') return;
    const entry = compiled.byId.get(questionId);
    if (!entry) {
      const issue = createIssue('unknown_question', answerPath(questionId), { id: questionId });
      commit({ ...internal, session: { ...session, errors: { ...session.errors, [questionId]: [issue] } } });
      return;
    }
    const previous = Object.hasOwn(session.answers, questionId) ? session.answers[questionId] : undefined;
    const value: unknown = typeof update === 'function' ? update(previous) : update;
    const stored = value === undefined ? undefined : toStoredAnswer(value);
    // A value no question could take (null, an object) is not stored; its field error still shows.
    const isSame = value === undefined ? previous === undefined : stored === undefined || sameValue(stored, previous);
    const change = isSame ? undefined : updateAnswer(compiled, model, questionId, stored);
    const nextModel = change?.model ?? model;
    for (const index of change?.dirtyDimensions ?? []) dirtyDimensions[index] = true;
    const nextLayout = change ? layoutSteps(compiled, nextModel.shown, layout, change.toggled) : layout;
    // A hidden field shows no errors: the respondent cannot see it to fix it.
    const issues = !nextModel.shown[entry.order]
      ? []
      : change
        ? isAnswered(stored)
          ? (nextModel.issues.get(questionId) ?? [])
          : []
        : transitions.fieldIssuesOf(entry.question, value);
    const hidden = change && change.toggled.length > 0 ? hiddenIds(compiled, nextModel, change.toggled) : NONE_HIDDEN;
    const errors = updateErrors(session.errors, questionId, issues, hidden);
    // The same answer again, or clearing an empty one: nothing to tell anyone.
    if (!change && errors === session.errors) return;
    let nextSession = withAnswers(session, nextModel.answers, errors);
    // The answer may have hidden the section being answered: settle on the step that takes its place.
    if (nextLayout !== layout && nextSession.status === 'in_progress')
      nextSession = moveTo(nextLayout, nextSession, currentStepIndex(questionnaire, nextLayout, nextSession));
    commit({ session: nextSession, model: nextModel, layout: nextLayout }, questionId, true);
  };

  const dispatch = (action: SessionAction) => {
    if (!isAction(action)) return;
    const context = { questionnaire, steps: internal.layout, model: internal.model };
    const { session } = internal;
    switch (action.type) {
      case 'answer':
        return answer(action.questionId, action.value);
      case 'reset':
        return rebuild(startFrom(compiled, action.answers));
      case 'start':
        return commit({ ...internal, session: transitions.start(context, session) });
      case 'next':
        return commit({ ...internal, session: transitions.next(context, session) });
      case 'back':
        return commit({ ...internal, session: transitions.back(context, session) });
      case 'goTo':
        return commit({ ...internal, session: transitions.goTo(context, session, action) });
      case 'complete':
        return commit({ ...internal, session: transitions.complete(context, session) });
      default:
        return;
    }
  };

  /** A new state for the same session, e.g. to score it again or show an offer. */
  const refresh = () => {
    const before = state;
    state = makeState(internal, { state: before, from: internal });
    notify(before);
  };

  const setResumable = (offer: ResumableAnswers | null) => {
    if (offer === resumable) return;
    resumable = offer;
    refresh();
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    dispatch,
    answer: (questionId, value) => answer(questionId, value),
    next: () => dispatch({ type: 'next' }),
    back: () => dispatch({ type: 'back' }),
    goTo: (target) => dispatch({ type: 'goTo', ...target } as SessionAction),
    complete: () => dispatch({ type: 'complete' }),
    reset: (answers) => dispatch({ type: 'reset', answers }),
    replaceAnswers(answers) {
      const next = startFrom(compiled, answers);
      const { status, currentSectionId, visited } = internal.session;
      const kept: SessionState = { ...next.session, status, currentSectionId, visited };
      // The host's own answers are not echoed back to it through onAnswer or onAnswersChange.
      const session = status === 'in_progress' ? moveTo(next.layout, kept, currentStepIndex(questionnaire, next.layout, kept)) : kept;
      rebuild({ ...next, session }, false);
    },
    restore() {
      if (storage) setResumable(storage.restore());
    },
    resume() {
      const offer = resumable;
      if (!offer) return;
      storage?.settle();
      setResumable(null);
      dispatch({ type: 'reset', answers: offer.answers });
    },
    declineResume() {
      storage?.decline();
      setResumable(null);
    },
    setScoreOptions(next) {
      if (next === scoreOptions) return;
      scoreOptions = next;
      refresh();
    },
    flush: () => storage?.flush(),
    destroy() {
      storage?.dispose();
      listeners.clear();
    },
  };
}
