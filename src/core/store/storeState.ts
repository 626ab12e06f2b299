import type { AssessmentScope } from '../quickCheck/quickCheck.types';
import type { Questionnaire } from '../questionnaire/questionnaire.types';
import type { Profile } from '../scoring/scoring.types';
import { sameValue, type AnswerModel } from './answerModel';
import type { SessionNavigation, SessionState } from './session.types';
import type { AssessmentStoreState, AssessmentView, ResumableAnswers } from './store.types';

/** How a state gets its parts worked out on first read. */
export interface StateSource {
  profileOf(model: AnswerModel): Profile;
  sessionOf(nav: SessionNavigation, model: AnswerModel): SessionState;
}

/** True when two models hold the same answers, position by position. */
export const sameRaw = (a: AnswerModel['raw'], b: AnswerModel['raw']) => a === b || (a.length === b.length && a.every((value, index) => sameValue(value, b[index])));

/**
 * A state whose session and profile are worked out on first read, then kept: answering question
 * after question headless builds neither, and a render reads each once.
 */
export class StoreState implements AssessmentStoreState {
  #session: SessionState | undefined;
  #profile: Profile | undefined;
  readonly #nav: SessionNavigation;
  readonly #model: AnswerModel;
  readonly #source: StateSource;

  constructor(
    readonly questionnaire: Questionnaire,
    readonly view: AssessmentView,
    readonly resumable: ResumableAnswers | null,
    readonly scope: AssessmentScope,
    nav: SessionNavigation,
    model: AnswerModel,
    source: StateSource,
  ) {
    this.#nav = nav;
    this.#model = model;
    this.#source = source;
  }

  get session(): SessionState {
    return (this.#session ??= this.#source.sessionOf(this.#nav, this.#model));
  }

  get profile(): Profile {
    return (this.#profile ??= this.#source.profileOf(this.#model));
  }
}

