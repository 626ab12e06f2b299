import type { ReactNode } from 'react';
import type { PartClassName } from '../../utils/partClassName';
import { dashes, seriesStyle, type Row } from './chartSeries';
import { PeerMedianTick } from './PeerMedianTick';
import { layoutRadar } from './radarLayout';
import { SeriesMarker } from './SeriesMarker';
import { useFrameSize } from '../../utils/useFrameSize';

/** Until measured (and on a server): a phone's width, and the kit's small label size at a 16 px root. */
const FALLBACK = { width: 360, fontSize: 12.8 } as const;
/** Wider than this, a radar only grows emptier: it is centred instead. */
const MAX_WIDTH = 560;

/** Props of `DimensionRadar`. */
export interface DimensionRadarProps {
  /** The chart's part class names. */
  cn: PartClassName;
  /** The dimensions and each series' scores. */
  rows: readonly Row[];
  /** The `<defs>` with the series' patterns. */
  patterns: ReactNode;
  /** A score as shown under its label (the main series only). */
  valueText: (score: number | null) => string;
}

/**
 * The radar: one spoke per dimension, rings at 25, 50, 75 and 100, one polygon per series, the peers'
 * median as a tick across each spoke. Laid out in CSS pixels for the width of its frame (measured),
 * so that its labels keep their font size on a phone instead of shrinking with a scaled drawing.
 */
export function DimensionRadar({ cn, rows, patterns, valueText }: DimensionRadarProps) {
  const { frameRef, textRef, size } = useFrameSize<HTMLDivElement, SVGSVGElement>(FALLBACK);
  const layout = layoutRadar(
    rows.map((row) => ({ label: row.label, value: valueText(row.scores[0] ?? null) })),
    { width: Math.min(size.width, MAX_WIDTH), fontSize: size.fontSize },
  );
  const { width, height, cx, cy, radius, lineHeight } = layout;
  const angle = (index: number) => -Math.PI / 2 + (index * 2 * Math.PI) / Math.max(rows.length, 1);
  const point = (index: number, score: number) => {
    const r = (radius * Math.max(0, Math.min(100, score))) / 100;
    return [cx + r * Math.cos(angle(index)), cy + r * Math.sin(angle(index))] as const;
  };
  const ring = (score: number) => rows.map((_, index) => point(index, score).join(',')).join(' ');
  const seriesCount = rows[0]?.scores.length ?? 0;

  // The SVG is laid out in left-to-right coordinates: `direction="ltr"` keeps its text anchors there on a right-to-left page (each label keeps its own bidi).
  return (
    <div ref={frameRef} className={cn('frame')}>
      <svg
        ref={textRef}
        direction="ltr"
        className={cn('svg')}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        aria-hidden="true"
        focusable="false"
      >
        {patterns}
        {[25, 50, 75, 100].map((score) => (
          <polygon key={score} className={cn('grid')} points={ring(score)} fill="none" stroke="currentColor" />
        ))}
        {rows.map((row, index) => {
          const [x, y] = point(index, 100);
          return (
            <line
              key={row.id}
              className={cn('spoke')}
              data-state={row.scores[0] === null ? 'notAnswered' : 'scored'}
              x1={cx}
              y1={cy}
              x2={x}
              y2={y}
              stroke="currentColor"
              strokeDasharray={row.scores[0] === null ? '3 4' : undefined}
            />
          );
        })}
        {Array.from({ length: seriesCount }, (_, seriesIndex) => {
          const style = seriesStyle(seriesIndex);
          // A dimension with too few answers sits at the centre; its label says "Not enough answers" and its spoke is dashed.
          const points = rows.map((row, index) => point(index, row.scores[seriesIndex] ?? 0));
          return (
            <g key={seriesIndex} className={cn('series')} data-series={seriesIndex} data-series-style={style}>
              <polygon
                className={cn('area')}
                points={points.map((p) => p.join(',')).join(' ')}
                fill={seriesIndex === 0 ? 'currentColor' : 'none'}
                fillOpacity={seriesIndex === 0 ? 0.15 : undefined}
                stroke="currentColor"
                strokeWidth="2"
                strokeDasharray={dashes[style]}
              />
              {points.map(([x, y], index) =>
                rows[index]?.scores[seriesIndex] === null ? null : (
                  <SeriesMarker key={rows[index]?.id ?? index} cn={cn} style={style} x={x} y={y} />
                ),
              )}
            </g>
          );
        })}
        {rows.map((row, index) => {
          if (typeof row.peerMedian !== 'number') return null;
          const [x, y] = point(index, row.peerMedian);
          // Across the spoke: perpendicular to its direction, 7 px to either side.
          const dx = -Math.sin(angle(index)) * 7;
          const dy = Math.cos(angle(index)) * 7;
          return <PeerMedianTick key={row.id} cn={cn} from={[x - dx, y - dy]} to={[x + dx, y + dy]} />;
        })}
        {rows.map((row, index) => {
          const label = layout.labels[index];
          if (!label) return null;
          return (
            <text key={row.id} className={cn('label')} data-dimension={row.id} y={label.y} textAnchor={label.anchor} fill="currentColor">
              {label.lines.map((line, lineIndex) => (
                <tspan
                  key={lineIndex}
                  className={lineIndex === label.lines.length - 1 ? cn(row.scores[0] === null ? 'notAnswered' : 'value') : undefined}
                  x={label.x}
                  dy={lineIndex === 0 ? 0 : lineHeight}
                >
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </svg>
    </div>
  );
}
