import { useId, useRef } from 'react';
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
import { ResultDetails } from './ResultDetails';
import { useOpenDisclosuresWhilePrinting } from './useOpenDisclosuresWhilePrinting';

/** How many recommendations the glance layout shows before its disclosures: the few to act on first. */
const RECOMMENDATIONS_AT_A_GLANCE = 3;

/** How `AssessmentResult` lays the result out. */
export type AssessmentResultLayout = 'glance' | 'full';

/** Props of `AssessmentResult`. */
export interface AssessmentResultProps extends ResultSourceProps, PeerBenchmarkProps, StylingProps {
  /** Level of the views' headings (default 3, under the wizard's "Your result"). */
  headingLevel?: HeadingLevel;
  /**
   * Reference content for the network rings and the B2B/B2C comparison (e.g. `socialMediaReference`
   * from `readiness-kit/social-media`); default: the provider's. Without any, those parts are left out.
   */
  reference?: ResultReference;
  /**
   * `glance` (default): first the index and tier, the orientation and fit in one sentence, the chart
   * and the first three recommendations; every other part below in a disclosure of its own, closed.
   * `full`: every part shown one after the other, nothing to open.
   */
  layout?: AssessmentResultLayout;
}

/**
 * The whole result, as the wizard shows it when the respondent finishes: the summary, what to do
 * next, the scores by dimension (with a `benchmark`: beside companies like the respondent's, and how
 * those companies score), the key figures given, the business network and the B2B/B2C comparison.
 * Each dimension's score is shown once, in the chart (its table holds them for screen readers); the
 * profile's strengths and gaps link to it rather than repeat them. By default it reads at a glance, on a phone first: what matters above, the details in sections that
 * open on demand and all print open. Each part is also a component of its own, for hosts that lay the
 * result out themselves.
 * @example <AssessmentResult profile={profile} questionnaire={socialMediaAssessment} reference={socialMediaReference} />
 */
export function AssessmentResult(props: AssessmentResultProps) {
  const { headingLevel = 3, className, unstyled, reference, layout = 'glance', benchmark: _benchmark, peerAnswers: _peerAnswers, ...source } = props;
  // Resolved once here so that every part shows the same profile and says which component was misused.
  const { profile, questionnaire, locale, currency, messages, reference: provided } = useResultSource('AssessmentResult', source);
  // The parts are given the profile, so they are given the answers that place it among peers as well.
  const { benchmark, answers: peerAnswers } = usePeerInputs(props);
  const root = useRef<HTMLDivElement>(null);
  useOpenDisclosuresWhilePrinting(root);
  const shared = { profile, questionnaire, locale, currency, messages: source.messages, headingLevel, unstyled };
  const peers = { benchmark, peerAnswers };
  const cn = partClassName('Result', { className, unstyled });
  const rings = reference?.networkRings ?? provided?.networkRings ?? [];
  const comparison = reference?.comparison ?? provided?.comparison;
  // The chart is the one place that shows every dimension's score; the profile's strengths and gaps link to it.
  const scoresId = `rk-scores-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const scores = { chart: { id: scoresId }, link: { scoresHref: `#${scoresId}` } };

  if (layout === 'full')
    return (
      <div className={cn()} lang={locale} dir={textDirection(locale)} data-layout="full">
        <ProfileSummary {...shared} {...peers} {...scores.link} />
        <RecommendationList {...shared} />
        <DimensionChart {...shared} {...peers} {...scores.chart} />
        <PeerDistribution {...shared} {...peers} />
        <KpiGrid {...shared} hideUnavailable />
        <NetworkRings {...shared} rings={rings} />
        {/* The practice beside each dimension; its scores are the chart's. Without reference columns there is nothing to add. */}
        {comparison && <ComparisonTable {...shared} reference={comparison} showScores={false} />}
      </div>
    );

  return (
    <div ref={root} className={cn()} lang={locale} dir={textDirection(locale)} data-layout="glance">
      <div className={cn('glance')}>
        <ProfileSummary {...shared} {...peers} variant="headline" className={cn('headline')} />
        <DimensionChart {...shared} {...peers} {...scores.chart} className={cn('chart')} />
        <RecommendationList {...shared} limit={RECOMMENDATIONS_AT_A_GLANCE} className={cn('firstSteps')} />
      </div>
      <ResultDetails
        {...shared}
        messages={messages}
        {...peers}
        rings={rings}
        comparison={comparison}
        scoresHref={scores.link.scoresHref}
        shownAbove={RECOMMENDATIONS_AT_A_GLANCE}
        cn={cn}
      />
    </div>
  );
}
