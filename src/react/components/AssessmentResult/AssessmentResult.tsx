import type { ResultReference } from '../../../core';
import { usePeerInputs, type PeerBenchmarkProps } from '../../context/usePeerComparison';
import type { ResultSourceProps } from '../../context/useResultSource';
import { useResultSource } from '../../context/useResultSource';
import type { HeadingLevel } from '../../utils/heading';
import { partClassName, type StylingProps } from '../../utils/partClassName';
import { ComparisonTable } from '../ComparisonTable/ComparisonTable';
import { DimensionChart } from '../DimensionChart/DimensionChart';
import { KpiGrid } from '../KpiGrid/KpiGrid';
import { NetworkRings } from '../NetworkRings/NetworkRings';
import { PeerDistribution } from '../PeerDistribution/PeerDistribution';
import { ProfileSummary } from '../ProfileSummary/ProfileSummary';
import { RecommendationList } from '../RecommendationList/RecommendationList';
import { textDirection } from '../../utils/textDirection';

/** Props of `AssessmentResult`. */
export interface AssessmentResultProps extends ResultSourceProps, PeerBenchmarkProps, StylingProps {
  /** Level of the views' headings (default 3, under the wizard's "Your result"). */
  headingLevel?: HeadingLevel;
  /**
   * Reference content for the network rings and the B2B/B2C comparison (e.g. `socialMediaReference`
   * from `readiness-kit/social-media`); default: the provider's. Without any, those parts are left out.
   */
  reference?: ResultReference;
}

/**
 * The whole result, as the wizard shows it when the respondent finishes: the summary, what to do
 * next, the scores by dimension (with a `benchmark`: beside companies like the respondent's, and how
 * those companies score), the key figures given, the business network and the B2B/B2C comparison. Each part is also a component of its own, for hosts that lay the result out themselves.
 * @example <AssessmentResult profile={profile} questionnaire={socialMediaAssessment} reference={socialMediaReference} />
 */
export function AssessmentResult(props: AssessmentResultProps) {
  const { headingLevel = 3, className, unstyled, reference, benchmark: _benchmark, peerAnswers: _peerAnswers, ...source } = props;
  // Resolved once here so that every part shows the same profile and says which component was misused.
  const { profile, questionnaire, locale, currency } = useResultSource('AssessmentResult', source);
  // The parts are given the profile, so they are given the answers that place it among peers as well.
  const { benchmark, answers: peerAnswers } = usePeerInputs(props);
  const shared = { profile, questionnaire, locale, currency, messages: source.messages, headingLevel, unstyled };
  const peers = { benchmark, peerAnswers };
  const cn = partClassName('Result', { className, unstyled });
  return (
    <div className={cn()} lang={locale} dir={textDirection(locale)}>
      <ProfileSummary {...shared} {...peers} />
      <RecommendationList {...shared} />
      <DimensionChart {...shared} {...peers} />
      <PeerDistribution {...shared} {...peers} />
      <KpiGrid {...shared} hideUnavailable />
      <NetworkRings {...shared} rings={reference?.networkRings} />
      <ComparisonTable {...shared} reference={reference?.comparison} />
    </div>
  );
}
