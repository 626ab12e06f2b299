import { useId, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { KpiResult } from '../../../core';
import { useResultSource, type ResultSourceProps } from '../../context/useResultSource';
import { formatMessage } from '../../i18n/formatMessage';
import type { UiMessages } from '../../i18n/uiMessages.types';
import { formatAgainstBand, formatBand, formatExact } from '../../utils/formatBand';
import { formatValue, type FormatValueOptions } from '../../utils/formatValue';
import { headingTag, type HeadingLevel } from '../../utils/heading';
import { isHttpUrl } from '../../utils/isHttpUrl';
import { partClassName, type StylingProps } from '../../utils/partClassName';
import { describeUnavailable } from './describeUnavailable';

/** Props of `KpiCard`. */
export interface KpiCardProps extends ResultSourceProps, StylingProps {
  /** The KPI to show, as computed in a profile. */
  kpi?: KpiResult;
  /** Or the id of the profile's KPI to show. */
  kpiId?: string;
  /** The KPI's earlier value, in its unit (a percent 0–100), to show the change since. */
  previous?: number;
  /** The level of the KPI's heading, 3 by default. */
  headingLevel?: HeadingLevel;
}

/** Glyphs beside the band's words; decorative, since the words carry the meaning. */
const standingIcons = { better: '✓', typical: '≈', worse: '!' } as const;
const trendIcons = { up: '↑', down: '↓', same: '→' } as const;

/** The change since `previous` in words, with whether it is good news given the KPI's direction. */
function describeChange(
  kpi: KpiResult & { value: number },
  previous: number,
  messages: UiMessages,
  options: FormatValueOptions,
): { trend: keyof typeof trendIcons; verdict: 'better' | 'worse' | 'none'; text: string } {
  // A change in a percentage is in percentage points, not per cent of itself.
  const magnitude = (value: number) =>
    kpi.unit === 'percent'
      ? formatMessage(messages, 'kpi.percentagePoints', { value: formatValue(value, 'ratio', options) }, options.locale)
      : formatValue(value, kpi.unit, options);
  const change = kpi.value - previous;
  // A change too small to show is no change: "Up 0 pp" would only confuse.
  if (magnitude(Math.abs(change)) === magnitude(0)) return { trend: 'same', verdict: 'none', text: messages['kpi.deltaSame'] };
  const trend = change > 0 ? 'up' : 'down';
  const isBetter = (trend === 'up') === (kpi.direction === 'higher');
  return {
    trend,
    verdict: isBetter ? 'better' : 'worse',
    text: formatMessage(messages, 'kpi.deltaMeaning', {
      change: formatMessage(messages, trend === 'up' ? 'kpi.deltaUp' : 'kpi.deltaDown', { value: magnitude(Math.abs(change)) }),
      verdict: messages[isBetter ? 'kpi.deltaBetter' : 'kpi.deltaWorse'],
      direction: messages[`kpi.direction.${kpi.direction}`],
    }),
  };
}

/**
 * One key figure: its value in the locale's format (or why it is not available, naming the figures
 * to give), where it stands against its benchmark (the band shown as it truly is, with its source on
 * hover, focus or click), its target, and the change since an earlier value, said in words that
 * account for whether higher or lower is better. Money is in `currency`, US dollars by default.
 */
export function KpiCard(props: KpiCardProps) {
  const { profile, questionnaire, locale, currency, messages, text } = useResultSource('KpiCard', props);
  const { kpiId, previous, headingLevel = 3 } = props;
  const cn = partClassName('KpiCard', props);
  const id = useId();
  const [isOpen, setOpen] = useState(false);
  // Escape hides details shown by hover or focus too (WCAG 1.4.13), until the pointer or focus leaves.
  const [isDismissed, setDismissed] = useState(false);

  const kpi = props.kpi ?? profile.kpis.find((candidate) => candidate.id === kpiId);
  if (!kpi)
    throw new Error(
      kpiId === undefined
        ? '`KpiCard` needs a `kpi` or a `kpiId` prop'
        : `\`KpiCard\` found no KPI "${kpiId}" in the profile`,
    );
  const definition = questionnaire.kpis?.find((candidate) => candidate.id === kpi.id);
  const Heading = headingTag(headingLevel);
  const options: FormatValueOptions = { locale, currency };
  const value = kpi.status === 'ok' ? kpi.value : null;
  const reason = value === null ? describeUnavailable(kpi, { questionnaire, messages, locale, text }) : undefined;
  const change =
    value !== null && previous !== undefined && Number.isFinite(previous)
      ? describeChange({ ...kpi, value }, previous, messages, options)
      : null;
  const benchmark = kpi.benchmark;
  const band = benchmark ? formatBand(benchmark, kpi.unit, options) : null;
  const sourceUrl = isHttpUrl(benchmark?.url) ? benchmark.url : undefined;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    setOpen(false);
    setDismissed(true);
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setDismissed(false);
  };

  return (
    <article
      className={cn()}
      aria-labelledby={`${id}-label`}
      data-kpi={kpi.id}
      data-state={value === null ? 'not_available' : 'ok'}
      data-standing={kpi.standing ?? 'none'}
      data-direction={kpi.direction}
    >
      <Heading id={`${id}-label`} className={cn('label')}>
        {definition ? text(definition.label) : kpi.id}
      </Heading>
      {value === null ? (
        <>
          <p className={cn('value')} data-state="not_available">
            {messages['kpi.notAvailable']}
          </p>
          {reason !== undefined && <p className={cn('reason')}>{reason}</p>}
        </>
      ) : (
        <p className={cn('value')} data-state="ok">
          {formatAgainstBand(value, kpi.band, benchmark, kpi.unit, options)}
        </p>
      )}
      {definition?.description !== undefined && <p className={cn('description')}>{text(definition.description)}</p>}
      {kpi.standing && (
        <p className={cn('band')} data-standing={kpi.standing}>
          <span className={cn('icon')} aria-hidden="true">
            {standingIcons[kpi.standing]}
          </span>{' '}
          {messages[`kpi.band.${kpi.standing}`]}
        </p>
      )}
      {benchmark && band && (
        <div
          className={cn('benchmark')}
          data-state={isOpen ? 'open' : 'closed'}
          data-dismissed={isDismissed ? '' : undefined}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
          onMouseLeave={() => setDismissed(false)}
        >
          <button
            type="button"
            className={cn('benchmarkTrigger')}
            aria-expanded={isOpen}
            aria-controls={`${id}-benchmark`}
            aria-describedby={`${id}-benchmark`}
            onClick={() => {
              setOpen((open) => !open);
              setDismissed(false);
            }}
          >
            {/* An SVG rather than a glyph: "ⓘ" is missing from many system fonts. */}
            <svg className={cn('infoIcon')} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
              <path d="M8 7v4.5M8 4.5v.01" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
            </svg>
            {formatMessage(messages, 'kpi.benchmark', band, locale)}
          </button>
          <div id={`${id}-benchmark`} className={cn('benchmarkDetails')}>
            <p className={cn('benchmarkSource')}>
              {formatMessage(messages, 'kpi.benchmarkSource', { source: benchmark.source, year: benchmark.year })}
            </p>
            {benchmark.note !== undefined && <p className={cn('benchmarkNote')}>{text(benchmark.note)}</p>}
            {sourceUrl && (
              <a className={cn('benchmarkLink', 'rk-Link')} href={sourceUrl} rel="noopener noreferrer">
                {messages['kpi.benchmarkLink']}
              </a>
            )}
          </div>
        </div>
      )}
      {kpi.target !== null && (
        <p className={cn('target')}>{formatMessage(messages, 'kpi.target', { value: formatExact(kpi.target, kpi.unit, options) }, locale)}</p>
      )}
      {change && (
        <p className={cn('delta')} data-trend={change.trend} data-verdict={change.verdict}>
          <span className={cn('icon')} aria-hidden="true">
            {trendIcons[change.trend]}
          </span>{' '}
          {change.text}
        </p>
      )}
    </article>
  );
}
