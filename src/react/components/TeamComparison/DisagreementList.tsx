import { useId } from 'react';
import { compareProfiles, type DimensionComparison } from '../../../core';
import { useResultSource, type ResultSourceProps } from '../../context/useResultSource';
import { formatMessage } from '../../i18n/formatMessage';
import { formatValue } from '../../utils/formatValue';
import { headingTag, type HeadingLevel } from '../../utils/heading';
import { partClassName, type StylingProps } from '../../utils/partClassName';
import type { ComparisonProfile } from '../ComparisonTable/ComparisonTable';

/** Props of `DisagreementList`. */
export interface DisagreementListProps extends Omit<ResultSourceProps, 'profile'>, StylingProps {
  /** The respondents, e.g. marketing, sales and an executive; at least one, all scored with the same questionnaire. */
  members: readonly ComparisonProfile[];
  /** How many dimensions to list, 3 by default; one tied with the last listed is listed too. */
  limit?: number;
  /** The heading; "Where you disagree most" by default. */
  title?: string;
  /** The level of the heading, 2 by default. */
  headingLevel?: HeadingLevel;
}

/** The dimensions to list: spread above zero, largest first, `limit` of them plus any tied with the last. */
function topDisagreements(ranked: readonly DimensionComparison[], limit: number): DimensionComparison[] {
  const disputed = ranked.filter((dimension) => (dimension.spread ?? 0) > 0);
  const cutoff = disputed[Math.max(0, limit - 1)]?.spread;
  return disputed.filter((dimension, index) => index < limit || dimension.spread === cutoff);
}

/**
 * The dimensions a group of respondents disagree on most, largest spread first, each with who gave
 * the highest and the lowest score, in whole numbers as the comparison table shows them. Says so
 * when they agree, or when too few answered the same dimension to compare.
 * @example <DisagreementList members={[{ label: 'Marketing', profile: a }, { label: 'Sales', profile: b }]} />
 */
export function DisagreementList(props: DisagreementListProps) {
  const { members, limit = 3, title, headingLevel = 2 } = props;
  const { locale, messages, text, questionnaire } = useResultSource('DisagreementList', { ...props, profile: members[0]?.profile });
  const cn = partClassName('DisagreementList', props);
  const titleId = useId();
  const Title = headingTag(headingLevel);

  const comparison = compareProfiles(members, { scoreDecimals: 0 });
  const listed = topDisagreements(comparison.byDisagreement, limit);
  const state = comparison.byDisagreement.length === 0 ? 'too-few' : listed.length === 0 ? 'agreed' : 'disputed';
  const names = (indexes: readonly number[]) =>
    new Intl.ListFormat(locale, { type: 'conjunction' }).format(indexes.map((index) => comparison.labels[index] ?? ''));
  const count = (value: number | null) => formatValue(value ?? 0, 'count', { locale });
  const labelOf = (id: string) => {
    const dimension = questionnaire.dimensions.find((candidate) => candidate.id === id);
    return dimension ? text(dimension.label) : id;
  };

  return (
    <section className={cn()} aria-labelledby={titleId} data-state={state}>
      <Title id={titleId} className={cn('title', 'rk-Heading')}>
        {title ?? messages['team.disagreementTitle']}
      </Title>
      {state === 'disputed' ? (
        <ol className={cn('list')}>
          {listed.map((dimension) => (
            <li key={dimension.id} className={cn('item')} data-dimension={dimension.id}>
              <span className={cn('dimension')}>{labelOf(dimension.id)}</span>{' '}
              <span className={cn('detail')}>
                {formatMessage(messages, 'team.disagreementItem', {
                  spread: count(dimension.spread),
                  high: count(dimension.max),
                  highest: names(dimension.highest),
                  low: count(dimension.min),
                  lowest: names(dimension.lowest),
                }, locale)}
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className={cn('message')}>{messages[state === 'agreed' ? 'team.agreement' : 'team.tooFewAnswers']}</p>
      )}
    </section>
  );
}
