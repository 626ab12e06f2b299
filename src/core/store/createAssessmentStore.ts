import type { Answers } from '../answers/answers.types';
import { isAnswered } from '../answers/isAnswered';
import { createIssue } from '../errors';
import { compileQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { Questionnaire } from '../questionnaire/questionnaire.types';
import { requireValidQuestionnaire } from '../questionnaire/requireValidQuestionnaire';
import { buildProfile } from '../scoring/buildProfile';
import { scoreDimension, scoreDimensions } from '../scoring/scoreDimensions';
import type { DimensionScore, Profile } from '../scoring/scoring.types';
import { answersOf, countedAnswers, sameValue, updateAnswer, type AnswerModel } from './answerModel';
import { buildView } from './assessmentView';
import { currentStepIndex, moveTo } from './navigation';
import type { SessionAction, SessionNavigation, SessionState } from './session.types';
import { hiddenIds, NONE_HIDDEN, updateErrors, withErrors } from './fieldErrors';
import { keepUnchanged } from './sessionEquality';
import * as transitions from './sessionTransitions';
import { layoutSteps } from './stepLayout';
import { answerPath, startFrom, type Internal } from './startSession';
import type { AssessmentStore, AssessmentStoreListener, AssessmentStoreOptions, AssessmentStoreState, ResumableAnswers } from './store.types';
import { sameRaw, StoreState, type StateSource } from './storeState';
import { createStoreStorage } from './storeStorage';
import { toStoredAnswer } from './toStoredAnswer';
import { hasQuickCheck, quickCheckPositions, quickCheckScoring } from '../quickCheck/quickCheckScope';
import type { AssessmentScope } from '../quickCheck/quickCheck.types';
import { scopedCounts } from './scopedCounts';

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

  // The quick check asks its questions first; `deepen` opens the rest, every answer kept.
  const initialScope: AssessmentScope = options.quickCheck && hasQuickCheck(questionnaire) ? 'quick' : 'full';
  let scope = initialScope;
  const inScope = () => (scope === 'quick' ? quickCheckPositions(compiled) : undefined);
  const scoring = () => (scope === 'quick' ? quickCheckScoring(compiled) : compiled);

  let internal = startFrom(compiled, options.answers, options.stepIndex, inScope());
  let resumable: ResumableAnswers | null = null;
  let scoreOptions = options.scoreOptions;
  // Dimension scores as last worked out, and the dimensions whose counted answers changed since.
  let dimensions: DimensionScore[] | undefined;
  let dirtyDimensions: boolean[] = [];

  const profileOf = (model: AnswerModel): Profile => {
    let scores: DimensionScore[];
    const scored = scoring();
    if (model === internal.model) {
      const dirty = dirtyDimensions;
      scores = dimensions ? dimensions.map((score, index) => (dirty[index] ? scoreDimension(scored, index, model.values) : score)) : scoreDimensions(scored, model.values);
      dimensions = scores;
      dirtyDimensions = [];
    } else scores = scoreDimensions(scored, model.values); // a state a listener kept after a later change
    // In the answers' order, as `scoreAnswers` lists them for the session's answers.
    const issues = model.raw.flatMap((value, position) => (value === undefined ? [] : (model.issues.get(compiled.questions[position]!.question.id) ?? [])));
    return buildProfile(scored, { shown: model.shown, values: model.values, answers: countedAnswers(compiled, model), issues }, scores, scoreOptions);
  };

  // The answers object and session last built: a state whose answers (or whole session) did not
  // change shares them, so React and memoised readers see the same objects.
  let lastAnswers: { raw: AnswerModel['raw']; answers: Answers } | undefined;
  let lastSession: { nav: SessionNavigation; session: SessionState } | undefined;
  const answersFor = (model: AnswerModel): Answers => {
    if (!lastAnswers || !sameRaw(lastAnswers.raw, model.raw)) lastAnswers = { raw: model.raw, answers: answersOf(compiled, model.raw) };
    return lastAnswers.answers;
  };
  const source: StateSource = {
    profileOf,
    sessionOf(nav, model) {
      const answers = answersFor(model);
      if (lastSession?.nav !== nav || lastSession.session.answers !== answers) lastSession = { nav, session: { ...nav, answers } };
      return lastSession.session;
    },
  };
  const answersNow = () => answersFor(internal.model);

  const makeState = (from: Internal, previous?: { state: AssessmentStoreState; from: Internal }): AssessmentStoreState => {
    const counts = scope === 'quick' ? scopedCounts(compiled, from.layout, from.model) : from.model;
    const view = buildView(questionnaire, from.layout, from.nav, counts, previous?.state.view, previous?.from && { layout: previous.from.layout, session: previous.from.nav });
    return new StoreState(questionnaire, view, resumable, scope, from.nav, from.model, source);
  };
  let state = makeState(internal);

  // A copy, so a listener that unsubscribes (or subscribes another) mid-round changes nothing this round.
  const notify = (before: AssessmentStoreState) => {
    if (listeners.size === 0) return;
    for (const listener of [...listeners]) listener(state, before);
  };

  /** Makes `next` current and tells everyone; nothing happens when it changed nothing (unless `force`d: the scope changed). */
  const commit = (next: Internal, questionId?: string, isExact = false, isEcho = true, force = false) => {
    const before = state;
    const was = internal.nav;
    // An answer builds its navigation from what changed; other actions may rebuild equal parts, which are swapped for the old ones.
    const nav = isExact ? next.nav : keepUnchanged(was, next.nav);
    // A reset or a host's answers may rebuild the very answers the store holds: that is no change either.
    if (!force && nav === was && (next.model === internal.model || sameRaw(next.model.raw, internal.model.raw))) return;
    // An answer changes them by construction; a reset or a host's answers may bring the same ones back.
    const answersChanged = isExact ? next.model.raw !== internal.model.raw : !sameRaw(next.model.raw, internal.model.raw);
    // Answering without taking up the offer starts afresh: the offered answers are kept aside first, never lost.
    if (answersChanged && isEcho && resumable) {
      storage?.decline();
      resumable = null;
    }
    const previous = { state: before, from: internal };
    internal = { nav, model: next.model, layout: next.layout };
    state = makeState(internal, previous);
    const moved = nav.status !== was.status || nav.currentSectionId !== was.currentSectionId;
    const completed = nav.status === 'complete' && was.status !== 'complete';
    if (answersChanged) storage?.schedule(answersNow);
    if (moved) storage?.flush();
    // The host hears of this change even if a listener makes another before the callbacks run.
    const committed = state;
    notify(before);
    if (answersChanged && isEcho && (options.onAnswer || options.onAnswersChange)) {
      const { answers } = committed.session;
      if (questionId !== undefined) options.onAnswer?.(questionId, Object.hasOwn(answers, questionId) ? answers[questionId] : undefined, answers);
      options.onAnswersChange?.(answers);
    }
    if (moved) options.onStepChange?.(committed.view.currentStep, committed.view.progress);
    if (completed) options.onComplete?.(committed.profile, committed.session.answers);
  };

  /** A whole new set of answers: the model and steps from scratch, every dimension re-summed. */
  const rebuild = (next: Internal, isEcho = true) => {
    dimensions = undefined;
    dirtyDimensions = [];
    commit(next, undefined, false, isEcho);
  };

  const answer = (questionId: unknown, update: unknown) => {
    const { nav, model, layout } = internal;
    if (typeof questionId !== 'string' || nav.status === 'complete') return;
    const entry = compiled.byId.get(questionId);
    if (!entry) {
      const issue = createIssue('unknown_question', answerPath(questionId), { id: questionId });
      commit({ ...internal, nav: { ...nav, errors: { ...nav.errors, [questionId]: [issue] } } });
      return;
    }
    const previous = model.raw[entry.order];
    const value: unknown = typeof update === 'function' ? update(previous) : update;
    const stored = value === undefined ? undefined : toStoredAnswer(value);
    // A value no question could take (null, an object) is not stored; its field error still shows.
    const isSame = value === undefined ? previous === undefined : stored === undefined || sameValue(stored, previous);
    const change = isSame ? undefined : updateAnswer(compiled, model, questionId, stored);
    const nextModel = change?.model ?? model;
    for (const index of change?.dirtyDimensions ?? []) dirtyDimensions[index] = true;
    const nextLayout = change ? layoutSteps(compiled, nextModel.shown, layout, change.toggled, inScope()) : layout;
    // A hidden field shows no errors: the respondent cannot see it to fix it.
    const issues = !nextModel.shown[entry.order]
      ? []
      : change
        ? isAnswered(stored)
          ? (nextModel.issues.get(questionId) ?? [])
          : []
        : transitions.fieldIssuesOf(entry.question, value);
    const hidden = change && change.toggled.length > 0 ? hiddenIds(compiled, nextModel, change.toggled) : NONE_HIDDEN;
    const errors = updateErrors(nav.errors, questionId, issues, hidden);
    // The same answer again, or clearing an empty one: nothing to tell anyone.
    if (!change && errors === nav.errors) return;
    let nextNav = errors === nav.errors ? nav : withErrors(nav, errors);
    // The answer may have hidden the section being answered: settle on the step that takes its place.
    if (nextLayout !== layout && nextNav.status === 'in_progress') nextNav = moveTo(nextLayout, nextNav, currentStepIndex(questionnaire, nextLayout, nextNav));
    commit({ nav: nextNav, model: nextModel, layout: nextLayout }, questionId, true);
  };

  const dispatch = (action: SessionAction) => {
    if (!isAction(action)) return;
    const context = { compiled, questionnaire, steps: internal.layout, model: internal.model };
    const { nav } = internal;
    switch (action.type) {
      case 'answer':
        return answer(action.questionId, action.value);
      case 'reset': {
        // Starting again starts where the host chose: the quick check, if it asked for one.
        const force = scope !== initialScope;
        scope = initialScope;
        dimensions = undefined;
        dirtyDimensions = [];
        return commit(startFrom(compiled, action.answers, 0, inScope()), undefined, false, true, force);
      }
      case 'deepen':
        return deepen();
      case 'start':
        return commit({ ...internal, nav: transitions.start(context, nav) });
      case 'next':
        return commit({ ...internal, nav: transitions.next(context, nav) });
      case 'back':
        return commit({ ...internal, nav: transitions.back(context, nav) });
      case 'goTo':
        return commit({ ...internal, nav: transitions.goTo(context, nav, action) });
      case 'complete':
        return commit({ ...internal, nav: transitions.complete(context, nav) });
      default:
        return;
    }
  };

  /** From the quick check to the full questionnaire: every answer kept, on the first step with a question not yet asked. */
  const deepen = () => {
    if (scope === 'full') return;
    const asked = quickCheckPositions(compiled);
    scope = 'full';
    dimensions = undefined;
    dirtyDimensions = [];
    const layout = layoutSteps(compiled, internal.model.shown);
    const first = layout.findIndex((step) => step.questions.some((question) => !asked[compiled.byId.get(question.id)!.order]));
    const reopened: SessionNavigation = { ...internal.nav, status: 'in_progress', currentSectionId: null };
    commit({ nav: moveTo(layout, reopened, Math.max(first, 0)), model: internal.model, layout }, undefined, false, true, true);
  };

  /** Validates the given visible questions as leaving their step would, showing their errors; true when they pass. */
  const check = (questionIds: readonly string[]): boolean => {
    if (!Array.isArray(questionIds)) return false;
    const { nav, model } = internal;
    const questions = questionIds.flatMap((id) => {
      const entry = typeof id === 'string' ? compiled.byId.get(id) : undefined;
      return entry && model.shown[entry.order] ? [entry.question] : [];
    });
    const issues = transitions.validateQuestions(compiled, model, questions);
    const errors = transitions.replaceErrors(nav.errors, questions.map((question) => question.id), issues);
    commit({ ...internal, nav: withErrors(nav, errors) });
    return Object.keys(issues).length === 0;
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
    deepen: () => dispatch({ type: 'deepen' }),
    check,
    reset: (answers) => dispatch({ type: 'reset', answers }),
    replaceAnswers(answers) {
      const next = startFrom(compiled, answers, 0, inScope());
      const { status, currentSectionId, visited } = internal.nav;
      const kept: SessionNavigation = { ...next.nav, status, currentSectionId, visited };
      // The host's own answers are not echoed back to it through onAnswer or onAnswersChange.
      const nav = status === 'in_progress' ? moveTo(next.layout, kept, currentStepIndex(questionnaire, next.layout, kept)) : kept;
      rebuild({ ...next, nav }, false);
    },
    restore() {
      if (storage) setResumable(storage.restore());
    },
    resume() {
      const offer = resumable;
      if (!offer) return;
      storage?.settle();
      // The offer goes in the same change that brings its answers: listeners see one state, never one between.
      resumable = null;
      const before = state;
      dispatch({ type: 'reset', answers: offer.answers });
      if (state === before) refresh();
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
