import type { ReactNode } from 'react';
import { histogramMedian, histogramTotal, type ComparisonReference, type NetworkRing, type PeerBenchmark, type Answers, type Profile, type Questionnaire } from '../../../core';
import { usePeerComparison, type PeerComparison } from '../../context/usePeerComparison';
import { formatMessage } from '../../i18n/formatMessage';
import type { UiMessages } from '../../i18n/uiMessages.types';
import { formatValue } from '../../utils/formatValue';
import type { HeadingLevel } from '../../utils/heading';
import type { PartClassName } from '../../utils/partClassName';
import { ComparisonTable } from '../ComparisonTable/ComparisonTable';
import { KpiGrid } from '../KpiGrid/KpiGrid';
import { NetworkRings } from '../NetworkRings/NetworkRings';
import { PeerDistribution } from '../PeerDistribution/PeerDistribution';
import { ProfileSummary } from '../ProfileSummary/ProfileSummary';
import { RecommendationList } from '../RecommendationList/RecommendationList';
import { ResultDisclosure } from './ResultDisclosure';

/** Props of `ResultDetails`: what every part is shown from, resolved once by `AssessmentResult`. */
export interface ResultDetailsProps {
  profile: Profile;
  questionnaire: Questionnaire;
  locale: string;
  currency: string | undefined;
  messages: UiMessages;
  headingLevel: HeadingLevel;
  unstyled: boolean | undefined;
  benchmark: PeerBenchmark | undefined;
  peerAnswers: Answers | undefined;
  /** The network rings to draw (the `reference` prop's, else the provider's); none leaves the section out. */
  rings: readonly NetworkRing[];
  /** The B2B and B2C reference rows, if any; without them there is no table, which would only repeat the chart's scores. */
  comparison: ComparisonReference | undefined;
  /** The in-page link to the chart with every dimension's score, for the profile in detail to point to. */
  scoresHref: string;
  /** How many recommendations the headline shows; the others come here. */
  shownAbove: number;
  /** The result's part class names. */
  cn: PartClassName;
}

/** Whether `PeerDistribution` has a chart to draw: it draws nothing for a group without a scored index. */
function hasDistribution(peers: PeerComparison | null): boolean {
  return peers !== null && histogramTotal(peers.segment.index) > 0 && histogramMedian(peers.segment.index) !== null;
}

/**
 * The result below its headline, one closed disclosure per part: the remaining recommendations, the
 * profile in detail, the distribution of peers, the key figures, the business network and the
 * B2B/B2C comparison table. A part with nothing to show gets no disclosure, so none opens onto
 * emptiness, and none repeats the chart's scores: the profile's strengths and gaps link to it.
 * Each part keeps its heading for screen readers' heading navigation; the summary shows the words.
 */
export function ResultDetails(props: ResultDetailsProps) {
  const { profile, questionnaire, locale, currency, messages, headingLevel, unstyled, benchmark, peerAnswers, rings, comparison, shownAbove, scoresHref, cn } = props;
  const shared = { profile, questionnaire, locale, currency, messages, headingLevel, unstyled };
  const peers = { benchmark, peerAnswers };
  const peerComparison = usePeerComparison({ ...peers, profile }, profile);

  const remaining = profile.recommendations.slice(shownAbove);
  const remainingLabel =
    remaining.length === 1
      ? messages['result.details.moreRecommendationsOne']
      : formatMessage(messages, 'result.details.moreRecommendationsMany', { count: formatValue(remaining.length, 'count', { locale }) });

  const sections: { id: string; label: string; shows: boolean; content: () => ReactNode }[] = [
    {
      id: 'recommendations',
      label: remainingLabel,
      shows: remaining.length > 0,
      // RecommendationList lists a profile's recommendations from the first: given these alone, it continues the headline's.
      content: () => <RecommendationList {...shared} profile={{ ...profile, recommendations: remaining }} title={remainingLabel} initialCount={Infinity} />,
    },
    {
      id: 'profile',
      label: messages['result.details.profile'],
      shows: true,
      content: () => <ProfileSummary {...shared} variant="details" title={messages['result.details.profile']} scoresHref={scoresHref} />,
    },
    {
      id: 'peers',
      label: messages['distribution.title'],
      shows: hasDistribution(peerComparison),
      content: () => <PeerDistribution {...shared} {...peers} />,
    },
    {
      id: 'kpis',
      label: messages['kpi.title'],
      shows: profile.kpis.some((kpi) => kpi.status === 'ok'),
      content: () => <KpiGrid {...shared} hideUnavailable />,
    },
    {
      id: 'network',
      label: messages['network.title'],
      shows: rings.length > 0,
      content: () => <NetworkRings {...shared} rings={rings} />,
    },
    {
      id: 'comparison',
      label: messages['comparison.title'],
      shows: comparison !== undefined,
      // The B2B and B2C practice per dimension; the scores stay in the chart, shown once.
      content: () => <ComparisonTable {...shared} reference={comparison} showScores={false} />,
    },
  ];

  return (
    <div className={cn('details')}>
      {sections
        .filter((section) => section.shows)
        .map((section) => (
          <ResultDisclosure key={section.id} section={section.id} label={section.label} cn={cn}>
            {section.content()}
          </ResultDisclosure>
        ))}
    </div>
  );
}
