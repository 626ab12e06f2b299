import type { ReactNode } from 'react';
import type { PartClassName } from '../../utils/partClassName';
import { seriesStyle, wrapLabel, type Row, type SeriesStyle } from './chartSeries';
import { PeerMedianTick } from './PeerMedianTick';

const BAR = { labelLine: 18, bar: 18, barGap: 4, rowGap: 16, track: 86, labelWidth: 46 } as const;

/** Props of `DimensionBars`. */
export interface DimensionBarsProps {
  /** The chart's part class names. */
  cn: PartClassName;
  /** The dimensions and each series' scores. */
  rows: readonly Row[];
  /** The `<defs>` with the series' patterns. */
  patterns: ReactNode;
  /** The fill of a series' bars. */
  fillOf: (style: SeriesStyle) => string;
  /** A score as shown beside its bar. */
  valueText: (score: number | null) => string;
  /** The words shown in the empty bar of an unanswered dimension. */
  notAnswered: string;
}

/** The bars: each dimension's label on its own line(s), full width, then one bar per series, and the peers' median as a tick across them. */
export function DimensionBars({ cn, rows, patterns, fillOf, valueText, notAnswered }: DimensionBarsProps) {
  let y = 0;
  const drawn = rows.map((row) => {
    const lines = wrapLabel(row.label, BAR.labelWidth);
    const top = y;
    const barsTop = top + lines.length * BAR.labelLine + 4;
    const barsBottom = barsTop + row.scores.length * (BAR.bar + BAR.barGap) - BAR.barGap;
    y = barsBottom + BAR.rowGap;
    const medianX = typeof row.peerMedian === 'number' ? `${(Math.max(0, Math.min(100, row.peerMedian)) * BAR.track) / 100}%` : null;
    return (
      <g key={row.id} className={cn('row')} data-dimension={row.id}>
        <text className={cn('label')} y={top} fill="currentColor">
          {lines.map((line, index) => (
            <tspan key={index} x="0" dy={index === 0 ? 14 : BAR.labelLine}>
              {line}
            </tspan>
          ))}
        </text>
        {row.scores.map((score, index) => {
          const barY = barsTop + index * (BAR.bar + BAR.barGap);
          const style = seriesStyle(index);
          return (
            <g
              key={index}
              className={cn('barGroup')}
              data-series={index}
              data-series-style={style}
              data-state={score === null ? 'notAnswered' : 'scored'}
            >
              {/* Percent widths: the bars stretch with the container while the text keeps its size. */}
              <rect className={cn('track')} x="0" y={barY} width={`${BAR.track}%`} height={BAR.bar} fill="none" stroke="currentColor" />
              {score === null ? (
                <text className={cn('notAnswered')} x="6" y={barY + BAR.bar - 4} fill="currentColor">
                  {notAnswered}
                </text>
              ) : (
                <>
                  <rect
                    className={cn('bar')}
                    x="0"
                    y={barY}
                    width={`${(Math.max(0, Math.min(100, score)) * BAR.track) / 100}%`}
                    height={BAR.bar}
                    fill={fillOf(style)}
                    stroke="currentColor"
                  />
                  <text className={cn('value')} x="100%" y={barY + BAR.bar - 3} textAnchor="end" fill="currentColor">
                    {valueText(score)}
                  </text>
                </>
              )}
            </g>
          );
        })}
        {medianX !== null && <PeerMedianTick cn={cn} from={[medianX, barsTop - 3]} to={[medianX, barsBottom + 3]} />}
      </g>
    );
  });
  // The SVG is laid out in left-to-right coordinates: `direction="ltr"` keeps its text anchors there on a right-to-left page (each label keeps its own bidi).
  return (
    <svg direction="ltr" className={cn('svg')} width="100%" height={Math.max(y - BAR.rowGap + 2, 1)} aria-hidden="true" focusable="false">
      {patterns}
      {drawn}
    </svg>
  );
}

