import type {
  Answers,
  AnswerValue,
  AssessmentScope,
  AssessmentStore,
  FunnelEvent,
  Issue,
  LocalisedText,
  PeerBenchmark,
  Profile,
  Questionnaire,
  ResultReference,
  ResumableAnswers,
  ScoreOptions,
  SessionAction,
  SessionProgress,
  SessionState,
  SessionStep,
  SessionTarget,
  StorageAdapter,
  Updater,
} from '../core';
import type { UiCatalogs, UiMessageOverrides, UiMessages } from './i18n/uiMessages.types';

/** A lead-capture field: text or email, defined by the host, never scored. */
export interface LeadField {
  /** Key of the value in the lead object handed to `onComplete`. */
  id: string;
  /** `text` (optionally `multiline`, `maxLength`) or `email`. */
  type: 'text' | 'email';
  /** The field's label. */
  label: LocalisedText;
  /** A hint shown under the label. */
  help?: LocalisedText;
  /** The respondent must fill it in before seeing the result. */
  required?: boolean;
  /** Longest text accepted (text fields). */
  maxLength?: number;
  /** A multi-line text area (text fields). */
  multiline?: boolean;
  /** The browser's autofill hint, e.g. `email`, `name`, `organization`. */
  autoComplete?: string;
}

/** The optional lead-capture section, shown on the review step. Its values reach `onComplete` only. */
export interface LeadCapture {
  /** Heading of the section (default: "Your details"). */
  title?: LocalisedText;
  /** A line under the heading, e.g. what the host does with the data. */
  description?: LocalisedText;
  /** The fields, in order. */
  fields: readonly LeadField[];
}

/** Lead values by field id: strings, never scored, never stored by the kit. */
export type LeadValues = Readonly<Record<string, string>>;

/** Options of `useAssessment` and props of `AssessmentProvider`. */
export interface UseAssessmentOptions {
  /**
   * The questionnaire definition, validated once per object (required: e.g. `socialMediaAssessment`
   * from `readiness-kit/social-media`, or your own). Without one, the issue is shown, not a crash.
   */
  questionnaire: Questionnaire | unknown;
  /**
   * Reference content the result views show beside the profile (the B2B/B2C practice per dimension,
   * the network rings): it comes with the questionnaire, e.g. `socialMediaReference` from
   * `readiness-kit/social-media`. Without it those parts are left out.
   */
  reference?: ResultReference;
  /**
   * Peer benchmarks (`readiness-kit aggregate` output): the result views compare the respondent with
   * the most specific segment of companies like theirs that is large enough. Without it, no comparison.
   */
  benchmark?: PeerBenchmark;
  /** The respondent's locale, e.g. `en` or `zh-Hant-TW`; texts fall back along its chain (default `en`). */
  locale?: string;
  /** Currency code (ISO 4217, e.g. `EUR`) for money figures; without it money shows as a plain number. */
  currency?: string;
  /** Overrides or additions to the kit's UI words, for every locale. */
  messages?: UiMessageOverrides;
  /** UI catalogs by locale: adds locales the kit lacks, or rewords one (`{ fr: { … } }`); they follow the locale's fallback chain. */
  catalogs?: UiCatalogs;
  /** The answers (controlled). Pair with `onAnswersChange`. */
  answers?: Answers;
  /** The answers to start from (uncontrolled). */
  defaultAnswers?: Answers;
  /** Called with all answers whenever one changes. */
  onAnswersChange?: (answers: Answers) => void;
  /** Called when the respondent answers (or clears, with `undefined`) one question. */
  onAnswer?: (questionId: string, value: AnswerValue | undefined, answers: Answers) => void;
  /** Called when the step changes; `step` is `null` on the result. */
  onStepChange?: (step: SessionStep | null, progress: SessionProgress) => void;
  /** Called once the respondent finishes: the profile, the answers and the lead-capture values. */
  onComplete?: (profile: Profile, answers: Answers, lead: LeadValues) => void;
  /** The optional lead-capture section. */
  leadCapture?: LeadCapture;
  /** Scoring options: benchmark overrides, strength and gap thresholds (compared by value, so an inline object is fine). */
  scoreOptions?: ScoreOptions;
  /**
   * Where to save the answers as they change, to offer "resume where you left off" on return (e.g.
   * `createLocalStorage()`). Read when the assessment starts; saves wait for a pause in typing and
   * are written at once on a step change, on completion and when the page is hidden.
   */
  storage?: StorageAdapter;
  /** The key to save under in `storage` (default: the questionnaire's id); read when the assessment starts. */
  storageKey?: string;
  /** Told what could not be restored or saved: another version's answers dropped, a corrupt snapshot kept aside, storage refusing. */
  onRestoreIssues?: (issues: readonly Issue[]) => void;
  /**
   * Called with each funnel event: `step_viewed`, `step_completed`, and `abandoned` when the page is
   * hidden before the respondent finishes (see docs/funnel.md). No answers are in them.
   */
  onFunnelEvent?: (event: FunnelEvent) => void;
  /** The session id funnel events carry (default: a random one made in the page); read when the assessment starts. */
  sessionId?: string;
  /**
   * Starts with the definition's quick check (`quickCheck` in the definition; the bundled assessment
   * has one of 12 questions): a provisional profile first, then "go deeper" into every question,
   * answers kept. Read when the assessment starts; ignored when the definition declares none.
   */
  quickCheck?: boolean;
}

/**
 * The options of a component that runs its own assessment when it is not inside an
 * `AssessmentProvider` (the wizard, the dialog); inside one they are ignored.
 */
export interface StandaloneAssessmentOptions extends Omit<UseAssessmentOptions, 'questionnaire'> {
  /** The questionnaire definition: required when the component is used alone, ignored inside an `AssessmentProvider`. */
  questionnaire?: UseAssessmentOptions['questionnaire'];
}

/** What every state of `useAssessment` carries. */
interface AssessmentBase {
  /** The locale in use. */
  locale: string;
  /** The currency code for money, if the host gave one. */
  currency: string | undefined;
  /** The kit's UI words for the locale, with the host's overrides. */
  messages: UiMessages;
}

/** The state of an assessment whose definition failed validation: what to show instead. */
export interface InvalidAssessment extends AssessmentBase {
  /** False: render the issues (`AssessmentErrorPanel`), not the wizard. */
  isValid: false;
  /** Why the definition (or the lead-capture section) was rejected. */
  issues: readonly Issue[];
}

/** The actions of a running assessment; the same functions for as long as its store lives. */
export interface AssessmentActions {
  /** Sends any session action. */
  dispatch: (action: SessionAction) => void;
  /** Sets (or with `undefined`, clears) one answer. */
  answer: (questionId: string, value: Updater<AnswerValue | undefined>) => void;
  /** Validates the step and moves on if it passes. */
  next: () => void;
  /** Goes back one step. */
  back: () => void;
  /** Jumps to a step. */
  goTo: (target: SessionTarget) => void;
  /** Validates everything (lead fields too) and shows the result if it passes. */
  complete: () => void;
  /** Starts over, optionally with new answers; the lead values are emptied. */
  reset: (answers?: Answers) => void;
  /** Sets one lead-capture value. */
  setLead: (fieldId: string, value: string) => void;
  /** Resumes the answers saved on an earlier visit. */
  resume: () => void;
  /** Declines them and starts afresh; they are kept aside in storage, not deleted. */
  declineResume: () => void;
  /** Leaves the quick check for the full questionnaire, every answer kept. */
  deepen: () => void;
  /** Validates the given visible questions and shows their errors without moving (one question at a time); true when they pass. */
  check: (questionIds: readonly string[]) => boolean;
}

/** A running assessment: the session, its steps and progress, the live profile, and the actions. */
export interface ValidAssessment extends AssessmentBase, AssessmentActions {
  /** True: the definition passed validation. */
  isValid: true;
  /** The validated questionnaire. */
  questionnaire: Questionnaire;
  /** The core store behind it, for hosts that subscribe to it themselves (`store.subscribe`). */
  store: AssessmentStore;
  /** The session state (plain JSON). */
  session: SessionState;
  /** The answers given so far. */
  answers: Answers;
  /** The current steps: sections with a visible question, then review. */
  steps: readonly SessionStep[];
  /** The step the respondent is on, or `null` on the result. */
  currentStep: SessionStep | null;
  /** Step number and count, questions answered. */
  progress: SessionProgress;
  /** The profile of the answers so far, scored live (on first read after a change). */
  profile: Profile;
  /** The lead-capture section, if any. */
  leadCapture: LeadCapture | undefined;
  /** The lead-capture values so far. */
  lead: LeadValues;
  /** Issues of lead-capture fields, by field id, after a failed submit. */
  leadErrors: Readonly<Record<string, readonly Issue[]>>;
  /** Answers saved on an earlier visit (with `storage`), until the respondent resumes or declines them. */
  resumable: ResumableAnswers | null;
  /** `'quick'` while the respondent answers the quick check; `'full'` otherwise. */
  scope: AssessmentScope;
}

/** What `useAssessment` returns: a running assessment, or the issues of an invalid definition. */
export type AssessmentState = ValidAssessment | InvalidAssessment;
