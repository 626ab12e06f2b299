import { useId } from 'react';
import type { Profile } from '../../../core';
import { useResultSource, type ResultSourceProps } from '../../context/useResultSource';
import { headingTag, type HeadingLevel } from '../../utils/heading';
import { partClassName, type StylingProps } from '../../utils/partClassName';
import { KpiCard } from '../KpiCard/KpiCard';

/** Props of `KpiGrid`. */
export interface KpiGridProps extends ResultSourceProps, StylingProps {
  /** The KPIs to show, in this order; all of the profile's by default. Unknown ids are skipped. */
  kpiIds?: readonly string[];
  /** Earlier values by KPI id, to show each card's change since. */
  previous?: Readonly<Record<string, number>>;
  /** An earlier profile whose available KPIs give the earlier values (`previous` wins where both have one). */
  previousProfile?: Profile;
  /** Leaves out the KPIs that are not available. */
  hideUnavailable?: boolean;
  /** The heading; "Key figures" by default. */
  title?: string;
  /** The level of the heading, 2 by default; each card's heading sits one level below. */
  headingLevel?: HeadingLevel;
}

/**
 * The profile's key figures as a list of `KpiCard`s, with changes since an earlier profile or values.
 * Money is in the `currency` given (or the provider's), else in US dollars, the bundled benchmarks' currency.
 */
export function KpiGrid(props: KpiGridProps) {
  const source = useResultSource('KpiGrid', props);
  const { profile, messages } = source;
  const { kpiIds, previous, previousProfile, hideUnavailable = false, title, headingLevel = 2, unstyled } = props;
  const cn = partClassName('KpiGrid', props);
  const titleId = useId();
  const Title = headingTag(headingLevel);

  const chosen = kpiIds
    ? kpiIds.flatMap((id) => profile.kpis.filter((kpi) => kpi.id === id))
    : profile.kpis;
  const kpis = hideUnavailable ? chosen.filter((kpi) => kpi.status === 'ok') : chosen;
  const previousValue = (id: string): number | undefined => {
    if (previous && Object.hasOwn(previous, id)) return previous[id];
    const earlier = previousProfile?.kpis.find((kpi) => kpi.id === id);
    return earlier?.status === 'ok' && earlier.value !== null ? earlier.value : undefined;
  };

  return (
    <section className={cn()} aria-labelledby={titleId} data-state={kpis.length === 0 ? 'empty' : 'filled'}>
      <Title id={titleId} className={cn('title', 'rk-Heading')}>
        {title ?? messages['kpi.title']}
      </Title>
      {kpis.length === 0 ? (
        <p className={cn('empty')}>{messages['kpi.empty']}</p>
      ) : (
        // `role="list"` keeps the list a list in Safari, which drops the role when the bullets are styled away.
        <ul className={cn('list')} role="list">
          {kpis.map((kpi) => (
            <li key={kpi.id} className={cn('item')}>
              <KpiCard
                kpi={kpi}
                profile={profile}
                questionnaire={source.questionnaire}
                locale={source.locale}
                currency={source.currency}
                messages={messages}
                previous={previousValue(kpi.id)}
                headingLevel={Math.min(headingLevel + 1, 6) as HeadingLevel}
                unstyled={unstyled}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
