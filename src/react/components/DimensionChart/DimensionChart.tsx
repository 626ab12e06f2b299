import { useId, type ReactNode } from 'react';
import { histogramMedian, type Profile } from '../../../core';
import { usePeerComparison, type PeerBenchmarkProps } from '../../context/usePeerComparison';
import { useResultSource, type ResultSourceProps } from '../../context/useResultSource';
import { describePeerGroup } from '../../utils/describePeerGroup';
import { formatScore } from '../../utils/formatScore';
import { headingTag, type HeadingLevel } from '../../utils/heading';
import { partClassName, type StylingProps } from '../../utils/partClassName';
import { visuallyHidden } from '../../utils/visuallyHidden';
import { dashes, seriesStyle, type Row, type SeriesStyle } from './chartSeries';
import { DimensionBars } from './DimensionBars';
import { DimensionRadar } from './DimensionRadar';
import { PeerMedianTick } from './PeerMedianTick';
import { SeriesMarker } from './SeriesMarker';

/** Another profile drawn beside the main one: last quarter, a team member, a benchmark company. */
export interface DimensionChartSeries {
  /** The series' name in the legend and the data table. */
  label: string;
  /** The profile whose dimension scores are drawn; scored with the same questionnaire. */
  profile: Profile;
}

/** Props of `DimensionChart`. */
export interface DimensionChartProps extends ResultSourceProps, PeerBenchmarkProps, StylingProps {
  /** `bars` (horizontal bars, the default; robust with many long labels) or `radar`. */
  variant?: 'bars' | 'radar';
  /** Further profiles drawn alongside, each told apart by pattern or line style and named in a legend. */
  compareWith?: readonly DimensionChartSeries[];
  /** The main profile's name in the legend and the data table; "Your scores" by default. */
  seriesLabel?: string;
  /** The heading and the data table's caption; "Scores by dimension" by default. */
  title?: string;
  /** The level of the heading, 2 by default. */
  headingLevel?: HeadingLevel;
  /** The section's id: where a link to the scores points (as `AssessmentResult`'s other parts do). */
  id?: string;
}

/** The comparison series' fill patterns: stripes, dots, a cross-hatch, each drawn in `currentColor`. */
const patternShapes: readonly { style: SeriesStyle; size: number; rotate: boolean; ink: (className?: string) => ReactNode }[] = [
  {
    style: 'hatch',
    size: 6,
    rotate: true,
    ink: (className) => <line className={className} x1="0" y1="0" x2="0" y2="6" stroke="currentColor" strokeWidth="3" />,
  },
  {
    style: 'dots',
    size: 6,
    rotate: false,
    ink: (className) => <circle className={className} cx="3" cy="3" r="1.6" fill="currentColor" />,
  },
  {
    style: 'cross',
    size: 8,
    rotate: true,
    ink: (className) => <path className={className} d="M4 0V8M0 4H8" stroke="currentColor" strokeWidth="1.5" />,
  },
];

/**
 * Dimension scores as an SVG chart, bars or radar, with any number of comparison series and, with a
 * `benchmark`, the median of companies like the respondent's as a tick on each dimension. The picture
 * is hidden from assistive technology; a visually hidden table holds the same data.
 */
export function DimensionChart(props: DimensionChartProps) {
  const { profile, questionnaire, locale, messages, text } = useResultSource('DimensionChart', props);
  const { variant = 'bars', compareWith = [], seriesLabel, title, headingLevel = 2, id } = props;
  const cn = partClassName('DimensionChart', props);
  // Pattern ids must be unique per chart and valid in `url(#…)`, which React's id punctuation is not.
  const uid = `rk-chart-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const Title = headingTag(headingLevel);
  const titleText = title ?? messages['chart.title'];

  const series = [{ label: seriesLabel ?? messages['chart.you'], profile }, ...compareWith];
  const peers = usePeerComparison(props, profile);
  const medianOf = (dimensionId: string) => {
    const histogram = peers && Object.hasOwn(peers.segment.dimensions, dimensionId) ? peers.segment.dimensions[dimensionId] : undefined;
    return histogram ? histogramMedian(histogram) : null;
  };
  const rows: Row[] = questionnaire.dimensions.map((dimension) => ({
    id: dimension.id,
    label: text(dimension.label),
    scores: series.map((entry) => entry.profile.dimensions.find((score) => score.id === dimension.id)?.score ?? null),
    ...(peers ? { peerMedian: medianOf(dimension.id) } : {}),
  }));
  // A benchmark without a single scored peer on any dimension has nothing to draw or name.
  const showsMedian = rows.some((row) => typeof row.peerMedian === 'number');
  const patternId = (style: SeriesStyle) => `${uid}-${style}`;
  const fillOf = (style: SeriesStyle) => (style === 'solid' ? 'currentColor' : `url(#${patternId(style)})`);
  const valueText = (score: number | null) => (score === null ? messages['chart.notAnswered'] : formatScore(score, locale));

  const patterns = (
    <defs>
      {patternShapes.map(({ style, size, rotate, ink }) => (
        <pattern
          key={style}
          id={patternId(style)}
          className={cn('pattern')}
          data-series-style={style}
          width={size}
          height={size}
          patternUnits="userSpaceOnUse"
          patternTransform={rotate ? 'rotate(45)' : undefined}
        >
          {ink(cn('patternInk'))}
        </pattern>
      ))}
    </defs>
  );

  return (
    <section
      id={id}
      className={cn()}
      aria-labelledby={`${uid}-title`}
      data-variant={variant}
      data-series={series.length}
      data-peer-median={showsMedian ? 'shown' : undefined}
    >
      <Title id={`${uid}-title`} className={cn('title', 'rk-Heading')}>
        {titleText}
      </Title>
      {(series.length > 1 || showsMedian) && (
        <ul className={cn('legend')} aria-label={messages['chart.legend']}>
          {series.map((entry, index) => (
            <li key={index} className={cn('legendItem')} data-series={index}>
              <svg
                className={cn('swatch')}
                data-series-style={seriesStyle(index)}
                width="28"
                height="16"
                aria-hidden="true"
                focusable="false"
              >
                {variant === 'bars' ? (
                  <rect
                    className={cn('swatchShape')}
                    x="1"
                    y="3"
                    width="26"
                    height="10"
                    rx="5"
                    fill={fillOf(seriesStyle(index))}
                    stroke={index === 0 ? undefined : 'currentColor'}
                  />
                ) : (
                  <>
                    <line
                      className={cn('swatchShape')}
                      x1="1"
                      y1="8"
                      x2="27"
                      y2="8"
                      stroke="currentColor"
                      strokeWidth="2"
                      strokeDasharray={dashes[seriesStyle(index)]}
                    />
                    <SeriesMarker cn={cn} style={seriesStyle(index)} x={14} y={8} />
                  </>
                )}
              </svg>
              {entry.label}
            </li>
          ))}
          {showsMedian && peers && (
            <li className={cn('legendItem')} data-series="peerMedian">
              <svg className={cn('swatch')} width="28" height="16" aria-hidden="true" focusable="false">
                <PeerMedianTick cn={cn} from={[14, 2]} to={[14, 14]} />
              </svg>
              <span>
                {messages['benchmark.median']}
                <span className={cn('peerGroup')}>
                  {describePeerGroup(peers.segment, { benchmark: peers.benchmark, questionnaire, messages, locale, text })}
                </span>
              </span>
            </li>
          )}
        </ul>
      )}
      {variant === 'radar' ? (
        <DimensionRadar cn={cn} rows={rows} patterns={patterns} valueText={valueText} />
      ) : (
        <DimensionBars
          cn={cn}
          rows={rows}
          patterns={patterns}
          fillOf={fillOf}
          valueText={valueText}
          notAnswered={messages['chart.notAnswered']}
        />
      )}
      {/* A table ignores `width: 1px` and keeps its unwrapped width; the wrapper clips it, so a phone never scrolls sideways. */}
      <div className={cn('tableWrapper')} style={visuallyHidden}>
        <table className={cn('table')}>
          <caption>{titleText}</caption>
          <thead>
            <tr>
              <th scope="col">{messages['chart.dimension']}</th>
              {series.map((entry, index) => (
                <th key={index} scope="col">
                  {series.length > 1 ? entry.label : messages['chart.score']}
                </th>
              ))}
              {showsMedian && <th scope="col">{messages['benchmark.median']}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                {row.scores.map((score, index) => (
                  <td key={index}>{valueText(score)}</td>
                ))}
                {showsMedian && (
                  <td data-column="peerMedian">
                    {typeof row.peerMedian === 'number' ? formatScore(row.peerMedian, locale) : messages['benchmark.noPeerData']}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

