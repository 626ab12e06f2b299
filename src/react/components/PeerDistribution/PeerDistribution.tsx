import { useId } from 'react';
import { binOf, HISTOGRAM_BINS, histogramMedian, histogramTotal, peerPercentile } from '../../../core';
import { usePeerComparison, type PeerBenchmarkProps } from '../../context/usePeerComparison';
import { useResultSource, type ResultSourceProps } from '../../context/useResultSource';
import { formatMessage } from '../../i18n/formatMessage';
import { describePeerGroup, peerGroupName } from '../../utils/describePeerGroup';
import { formatScore } from '../../utils/formatScore';
import { formatValue } from '../../utils/formatValue';
import { headingTag, type HeadingLevel } from '../../utils/heading';
import { partClassName, type StylingProps } from '../../utils/partClassName';
import { visuallyHidden } from '../../utils/visuallyHidden';
import { peerBands } from './peerBands';

/** Props of `PeerDistribution`. */
export interface PeerDistributionProps extends ResultSourceProps, PeerBenchmarkProps, StylingProps {
  /** The heading and the table's caption; "How companies like yours score" by default. */
  title?: string;
  /** The level of the heading, 2 by default. */
  headingLevel?: HeadingLevel;
  /** Points per band of the chart and table, 10 by default (0–9, 10–19 … 90–100). */
  bandWidth?: number;
}

/** The chart's vertical layout in pixels; across, it stretches with its container (percent x). */
const PLOT = { top: 30, height: 140, axis: 22 } as const;
const AXIS_TICKS = [0, 25, 50, 75, 100] as const;

/** A score's horizontal position in percent: bins are equal slices of the width, a score sits in the middle of its bin's. */
const xOf = (bin: number) => ((bin + 0.5) * 100) / HISTOGRAM_BINS;

/**
 * How the readiness index of companies like the respondent's is spread: an SVG histogram in bands,
 * the respondent's index marked (once their profile is final), with a text alternative and a table
 * of the same bands for screen readers. Renders nothing without a benchmark or when no group of
 * peers is large enough to show.
 */
export function PeerDistribution(props: PeerDistributionProps) {
  const { profile, questionnaire, locale, messages, text } = useResultSource('PeerDistribution', props);
  const { title, headingLevel = 2, bandWidth = 10 } = props;
  const cn = partClassName('PeerDistribution', props);
  const titleId = useId();
  const Title = headingTag(headingLevel);
  const peers = usePeerComparison(props, profile);
  if (!peers) return null;

  const { segment, benchmark } = peers;
  const total = histogramTotal(segment.index);
  const median = histogramMedian(segment.index);
  if (total === 0 || median === null) return null;

  const bands = peerBands(segment.index, bandWidth);
  const most = Math.max(...bands.map((band) => band.count), 1);
  // As in ProfileSummary: a provisional index is not placed among peers.
  const yours = !profile.provisional && profile.index !== null ? profile.index : null;
  const yourBin = yours === null ? null : binOf(yours);
  const percentile = yours === null ? null : peerPercentile(segment.index, yours);
  const titleText = title ?? messages['distribution.title'];
  const score = (value: number) => formatScore(value, locale);
  const range = (from: number, to: number) => `${score(from)}–${score(to)}`;

  const summary = [
    formatMessage(messages, 'distribution.summary', {
      count: formatValue(segment.count, 'count', { locale }),
      group: peerGroupName(segment, { benchmark, questionnaire, messages, locale, text }),
      width: formatValue(bands[0]!.to - bands[0]!.from + 1, 'count', { locale }),
      median: score(median),
    }, locale),
    yours !== null && percentile !== null
      ? formatMessage(messages, 'distribution.summaryYou', { score: score(yours), percent: formatValue(percentile, 'percent', { locale }) })
      : '',
  ]
    .filter(Boolean)
    .join(' ');

  const baseline = PLOT.top + PLOT.height;
  const yourX = yourBin === null ? null : xOf(yourBin);

  return (
    <section className={cn()} aria-labelledby={titleId} data-segment-size={segment.count}>
      <Title id={titleId} className={cn('title', 'rk-Heading')}>
        {titleText}
      </Title>
      <p className={cn('group')}>{describePeerGroup(segment, { benchmark, questionnaire, messages, locale, text })}</p>
      {/* Laid out left to right whatever the page's direction: a score scale reads from 0 to 100. */}
      <svg
        direction="ltr"
        className={cn('svg')}
        width="100%"
        height={baseline + PLOT.axis}
        role="img"
        aria-label={summary}
        focusable="false"
      >
        <line className={cn('baseline')} x1="0" y1={baseline} x2="100%" y2={baseline} stroke="currentColor" />
        {bands.map((band) => {
          const height = (band.count / most) * PLOT.height;
          const isYours = yourBin !== null && yourBin >= band.from && yourBin <= band.to;
          const left = (band.from * 100) / HISTOGRAM_BINS;
          const width = ((band.to - band.from + 1) * 100) / HISTOGRAM_BINS;
          return (
            <rect
              key={band.from}
              className={cn('bar')}
              data-state={isYours ? 'yours' : undefined}
              data-band={`${band.from}-${band.to}`}
              // A gap of a fifth of a point's width either side, so neighbouring bands stay apart.
              x={`${left + 0.2}%`}
              y={baseline - height}
              width={`${Math.max(width - 0.4, 0.1)}%`}
              height={height}
              fill="currentColor"
            />
          );
        })}
        {yourX !== null && yours !== null && (
          <g className={cn('you')}>
            <line className={cn('youLine')} x1={`${yourX}%`} y1={PLOT.top - 8} x2={`${yourX}%`} y2={baseline} stroke="currentColor" strokeWidth="2.5" />
            {/* The label sits on the side with more room, so it never runs off the chart. */}
            <text className={cn('youLabel')} x={`${yourX}%`} y={PLOT.top - 14} textAnchor={yourX > 50 ? 'end' : 'start'} fill="currentColor">
              {formatMessage(messages, 'distribution.you', { score: score(yours) })}
            </text>
          </g>
        )}
        {AXIS_TICKS.map((tick) => (
          <text
            key={tick}
            className={cn('tick')}
            x={`${xOf(tick)}%`}
            y={baseline + PLOT.axis - 4}
            textAnchor={tick === 0 ? 'start' : tick === 100 ? 'end' : 'middle'}
            fill="currentColor"
          >
            {score(tick)}
          </text>
        ))}
      </svg>
      {/* The wrapper hides the table: a table keeps its content's width even when told to be 1px wide. */}
      <div style={visuallyHidden}>
        <table className={cn('table')}>
          <caption>{titleText}</caption>
          <thead>
            <tr>
              <th scope="col">{messages['distribution.band']}</th>
              <th scope="col">{messages['distribution.companies']}</th>
              <th scope="col">{messages['distribution.share']}</th>
            </tr>
          </thead>
          <tbody>
            {bands.map((band) => {
              const isYours = yourBin !== null && yourBin >= band.from && yourBin <= band.to;
              return (
                <tr key={band.from} data-state={isYours ? 'yours' : undefined}>
                  <th scope="row">
                    {range(band.from, band.to)}
                    {isYours && ` (${messages['distribution.yourBand']})`}
                  </th>
                  <td>{formatValue(band.count, 'count', { locale })}</td>
                  <td>{formatValue((band.count * 100) / total, 'percent', { locale })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
