import { useId } from 'react';
import type { ComparisonReference } from '../../../core';
import { useAssessmentRuntimeContext } from '../../context/AssessmentContext';
import type { ResultSourceProps } from '../../context/useResultSource';
import { resolveUiMessages } from '../../i18n/resolveUiMessages';
import { headingTag, type HeadingLevel } from '../../utils/heading';
import { partClassName, type StylingProps } from '../../utils/partClassName';
import { ComparisonTable, type ComparisonProfile } from '../ComparisonTable/ComparisonTable';
import { DimensionChart } from '../DimensionChart/DimensionChart';
import { DisagreementList } from './DisagreementList';

/** Props of `TeamComparison`. */
export interface TeamComparisonProps extends Omit<ResultSourceProps, 'profile'>, StylingProps {
  /** The respondents in column order, e.g. marketing, sales and an executive, all scored with the same questionnaire. */
  members: readonly ComparisonProfile[];
  /** The heading; "How your team compares" by default. */
  title?: string;
  /** The level of the heading, 2 by default; the parts' headings sit one level below. */
  headingLevel?: HeadingLevel;
  /** How many dimensions to list under "Where you disagree most", 3 by default. */
  disagreementLimit?: number;
  /** Show the B2B and B2C practice columns in the table (default false: the team's scores are the point). */
  showReference?: boolean;
  /** The reference rows for those columns (e.g. `socialMediaReference.comparison`); default: the provider's. */
  reference?: ComparisonReference;
  /** The chart: `bars` (default) or `radar`. */
  chartVariant?: 'bars' | 'radar';
}

/**
 * A buying committee side by side: the dimensions they disagree on most, a table of everyone's
 * scores with the spread per dimension (the most disputed marked in words), and a chart with one
 * series per member, told apart by pattern. Each member answered separately; nothing is averaged away.
 * @example <TeamComparison members={[{ label: 'Marketing', profile: m }, { label: 'Sales', profile: s }, { label: 'Executive', profile: e }]} />
 */
export function TeamComparison(props: TeamComparisonProps) {
  const { members, title, headingLevel = 2, disagreementLimit, showReference = false, chartVariant, className, unstyled } = props;
  const { questionnaire, locale, currency, messages } = props;
  const source = { questionnaire, locale, currency, messages };
  const cn = partClassName('TeamComparison', { className, unstyled });
  const titleId = useId();
  const Title = headingTag(headingLevel);
  const partLevel = Math.min(headingLevel + 1, 6) as HeadingLevel;
  const words = useTeamWords(props);
  const [first, ...others] = members;

  return (
    <section className={cn()} aria-labelledby={titleId} data-members={members.length}>
      <Title id={titleId} className={cn('title', 'rk-Heading')}>
        {title ?? words['team.title']}
      </Title>
      {first === undefined ? (
        <p className={cn('empty')}>{words['team.empty']}</p>
      ) : (
        <>
          <DisagreementList {...source} members={members} limit={disagreementLimit} headingLevel={partLevel} unstyled={unstyled} />
          <ComparisonTable
            {...source}
            profile={first.profile}
            primaryLabel={first.label}
            profiles={others}
            showReference={showReference}
            reference={props.reference}
            showSpread
            unstyled={unstyled}
          />
          <DimensionChart
            {...source}
            profile={first.profile}
            seriesLabel={first.label}
            compareWith={others}
            variant={chartVariant}
            headingLevel={partLevel}
            unstyled={unstyled}
          />
        </>
      )}
    </section>
  );
}

/** The UI words for the parts drawn before any member's profile is known: the provider's, or the locale's, plus overrides. */
function useTeamWords({ locale, messages }: Pick<TeamComparisonProps, 'locale' | 'messages'>) {
  const context = useAssessmentRuntimeContext();
  const base = context && locale === undefined ? context.messages : resolveUiMessages(locale ?? context?.locale ?? 'en');
  return messages ? { ...base, ...messages } : base;
}
