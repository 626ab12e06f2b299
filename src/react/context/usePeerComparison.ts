import { useMemo, useSyncExternalStore } from 'react';
import { findPeerSegment, type Answers, type PeerBenchmark, type PeerSegment, type Profile } from '../../core';
import type { AssessmentRuntime } from '../state/useAssessmentRuntime';
import { useAssessmentRuntimeContext } from './AssessmentContext';

/** Props of the views that compare the respondent with their peers. */
export interface PeerBenchmarkProps {
  /** Peer benchmarks (`readiness-kit aggregate` output); the provider's `benchmark` by default. Without one, no comparison is shown. */
  benchmark?: PeerBenchmark;
  /**
   * The answers that place the respondent among peers (market, company size …): needed when the view
   * is given a `profile` of its own; inside `AssessmentProvider`, the live answers by default. Without
   * them the respondent is compared with everyone in the benchmark.
   */
  peerAnswers?: Answers;
}

const NO_ANSWERS: Answers = {};
const noSubscription = () => () => {};
const nothing = () => null;

/** The provider's live answers, or `null` when there is no running assessment or `isWanted` is false. */
export function useLiveAnswers(runtime: AssessmentRuntime | null, isWanted: boolean): Answers | null {
  const store = runtime?.isValid && isWanted ? runtime.store : null;
  const read = store ? () => store.getState().session.answers : nothing;
  return useSyncExternalStore(store ? store.subscribe : noSubscription, read, read);
}

/** The benchmark a view compares with, and the respondent's segment in it; `segment` is null when none is large enough. */
export interface PeerComparison {
  benchmark: PeerBenchmark;
  segment: PeerSegment;
}

/**
 * A view's benchmark and the answers that place its respondent: from its props, else from the
 * provider (the answers only for the provider's live profile: a view given its own profile is not
 * the provider's respondent, whose answers would place it wrongly).
 */
export function usePeerInputs(props: PeerBenchmarkProps & { profile?: Profile }): { benchmark: PeerBenchmark | undefined; answers: Answers | undefined } {
  const runtime = useAssessmentRuntimeContext();
  const benchmark = props.benchmark ?? runtime?.benchmark;
  const live = useLiveAnswers(runtime, benchmark !== undefined && props.peerAnswers === undefined && props.profile === undefined);
  return { benchmark, answers: props.peerAnswers ?? live ?? undefined };
}

/**
 * The respondent's peers for a view: the most specific segment of its benchmark that matches its
 * answers (`usePeerInputs`) and is large enough to show. Null without a benchmark, for a benchmark of
 * another questionnaire, or when no segment has enough respondents: too small a group is never shown.
 */
export function usePeerComparison(props: PeerBenchmarkProps & { profile?: Profile }, profile: Profile): PeerComparison | null {
  const inputs = usePeerInputs(props);
  const benchmark = inputs.benchmark;
  const answers = inputs.answers ?? NO_ANSWERS;
  const questionnaireId = profile.questionnaireId;
  return useMemo(() => {
    // Histograms of another questionnaire's dimensions would compare unlike with unlike.
    if (!benchmark || benchmark.questionnaire.id !== questionnaireId) return null;
    const segment = findPeerSegment(benchmark, answers);
    return segment ? { benchmark, segment } : null;
  }, [benchmark, answers, questionnaireId]);
}
