import type { ReactNode } from 'react';
import type { PartClassName } from '../../utils/partClassName';
import { seriesStyle, type Row, type SeriesStyle } from './chartSeries';
import { PeerMedianTick } from './PeerMedianTick';
import { wrapToWidth } from '../../utils/textMetrics';
import { useFrameSize } from '../../utils/useFrameSize';

/**
 * In px, but for `track`: the share of the width (%) that the rail and a bar of 100 span, which leaves
 * room for the value just after a full bar down to a 300 px wide chart. Slim bars on a thin rail, each
 * on a line as tall as its value's text.
 */
const BAR = { labelGap: 4, bar: 10, rail: 4, emptyMark: 20, rowGap: 14, track: 86, valueGap: 6 } as const;
/** Until measured (and on a server): a phone's width, and the kit's reading size for labels. */
const FALLBACK = { width: 360, fontSize: 14 } as const;

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
  /** A score as shown at the end of its bar. */
  valueText: (score: number | null) => string;
  /** The words shown in place of the bar of an unanswered dimension. */
  notAnswered: string;
}

/** A score's share of the width, as an SVG length: bars stretch with the chart while the text keeps its size. */
const along = (score: number) => `${(Math.max(0, Math.min(100, score)) * BAR.track) / 100}%`;

/**
 * The bars: each dimension's label on its own line(s), full width, then one slim bar per series with
 * its value just after its end, and the peers' median as a tick across them.
 */
export function DimensionBars({ cn, rows, patterns, fillOf, valueText, notAnswered }: DimensionBarsProps) {
  const { frameRef, textRef, size } = useFrameSize<HTMLDivElement, SVGSVGElement>(FALLBACK);
  const { fontSize } = size;
  // Lines follow the measured text size, so larger text (a host's root size, zoom) never collides.
  const labelLine = Math.round(fontSize * 1.4);
  const firstBaseline = Math.round(fontSize * 1.05);
  const line = Math.max(BAR.bar + 8, Math.round(fontSize * 1.45));
  let y = 0;
  const drawn = rows.map((row) => {
    const lines = wrapToWidth(row.label, size.width, fontSize);
    const top = y;
    const barsTop = top + lines.length * labelLine + BAR.labelGap;
    const lineTop = (index: number) => barsTop + index * line;
    const barsBottom = lineTop(row.scores.length);
    y = barsBottom + BAR.rowGap;
    const barY = (index: number) => lineTop(index) + (line - BAR.bar) / 2;
    // The text's central baseline on the bar's middle.
    const textY = (index: number) => lineTop(index) + line / 2;
    const medianX = typeof row.peerMedian === 'number' ? along(row.peerMedian) : null;
    return (
      <g key={row.id} className={cn('row')} data-dimension={row.id}>
        <text className={cn('label')} y={top} fill="currentColor">
          {lines.map((text, index) => (
            <tspan key={index} x="0" dy={index === 0 ? firstBaseline : labelLine}>
              {text}
            </tspan>
          ))}
        </text>
        {row.scores.map((score, index) => {
          const style = seriesStyle(index);
          return (
            <g
              key={index}
              className={cn('barGroup')}
              data-series={index}
              data-series-style={style}
              data-state={score === null ? 'notAnswered' : 'scored'}
            >
              {score === null ? (
                <>
                  {/* A short, empty, dashed mark in the series' colour: which series lacks answers shows without the legend's words. */}
                  <rect
                    className={cn('empty')}
                    x="0.5"
                    y={barY(index) + 0.5}
                    width={BAR.emptyMark}
                    height={BAR.bar - 1}
                    rx={(BAR.bar - 1) / 2}
                    fill="none"
                    stroke="currentColor"
                    strokeDasharray="3 2"
                  />
                  <text className={cn('notAnswered')} x={BAR.emptyMark + BAR.valueGap} y={textY(index)} dominantBaseline="central" fill="currentColor">
                    {notAnswered}
                  </text>
                </>
              ) : (
                <>
                  <rect
                    className={cn('track')}
                    x="0"
                    y={textY(index) - BAR.rail / 2}
                    width={`${BAR.track}%`}
                    height={BAR.rail}
                    rx={BAR.rail / 2}
                    fill="currentColor"
                    fillOpacity={0.15}
                  />
                  <rect
                    className={cn('bar')}
                    x="0"
                    y={barY(index)}
                    width={along(score)}
                    height={BAR.bar}
                    rx={BAR.bar / 2}
                    fill={fillOf(style)}
                    // The patterned bars of the other series get a hairline edge, so where they end shows on the track.
                    stroke={style === 'solid' ? undefined : 'currentColor'}
                  />
                </>
              )}
            </g>
          );
        })}
        {medianX !== null && <PeerMedianTick cn={cn} from={[medianX, barsTop + 1]} to={[medianX, barsBottom - 1]} />}
        {/* After the median tick, so that a value next to it reads on its halo rather than under it. */}
        {row.scores.map((score, index) =>
          score === null ? null : (
            <text
              key={index}
              className={cn('value')}
              data-series={index}
              x={along(score)}
              dx={BAR.valueGap}
              y={textY(index)}
              dominantBaseline="central"
              fill="currentColor"
            >
              {valueText(score)}
            </text>
          ),
        )}
      </g>
    );
  });
  // The SVG is laid out in left-to-right coordinates: `direction="ltr"` keeps its text anchors there on a right-to-left page (each label keeps its own bidi).
  return (
    <div ref={frameRef} className={cn('frame')}>
      <svg
        ref={textRef}
        direction="ltr"
        className={cn('svg')}
        width="100%"
        height={Math.max(y - BAR.rowGap, 1)}
        aria-hidden="true"
        focusable="false"
      >
        {patterns}
        {drawn}
      </svg>
    </div>
  );
}
