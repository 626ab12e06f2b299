import type { ReactNode } from 'react';
import type { PartClassName } from '../../utils/partClassName';
import { dashes, seriesStyle, wrapLabel, type Row } from './chartSeries';
import { PeerMedianTick } from './PeerMedianTick';
import { SeriesMarker } from './SeriesMarker';

const RADAR = { width: 600, height: 500, radius: 150, labelGap: 18, labelWidth: 18, line: 15 } as const;

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

/** The radar: one spoke per dimension, rings at 25, 50, 75 and 100, one polygon per series, the peers' median as a tick across each spoke. */
export function DimensionRadar({ cn, rows, patterns, valueText }: DimensionRadarProps) {
  const cx = RADAR.width / 2;
  const cy = RADAR.height / 2;
  const angle = (index: number) => -Math.PI / 2 + (index * 2 * Math.PI) / Math.max(rows.length, 1);
  const point = (index: number, score: number) => {
    const r = (RADAR.radius * Math.max(0, Math.min(100, score))) / 100;
    return [cx + r * Math.cos(angle(index)), cy + r * Math.sin(angle(index))] as const;
  };
  const ring = (score: number) => rows.map((_, index) => point(index, score).join(',')).join(' ');
  const seriesCount = rows[0]?.scores.length ?? 0;

  // The SVG is laid out in left-to-right coordinates: `direction="ltr"` keeps its text anchors there on a right-to-left page (each label keeps its own bidi).
  return (
    <svg direction="ltr" className={cn('svg')} viewBox={`0 0 ${RADAR.width} ${RADAR.height}`} width="100%" aria-hidden="true" focusable="false">
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
        // Across the spoke: perpendicular to its direction, 7 units to either side.
        const dx = -Math.sin(angle(index)) * 7;
        const dy = Math.cos(angle(index)) * 7;
        return <PeerMedianTick key={row.id} cn={cn} from={[x - dx, y - dy]} to={[x + dx, y + dy]} />;
      })}
      {rows.map((row, index) => {
        const a = angle(index);
        const cos = Math.cos(a);
        const sin = Math.sin(a);
        const x = cx + (RADAR.radius + RADAR.labelGap) * cos;
        const lines = [...wrapLabel(row.label, RADAR.labelWidth), valueText(row.scores[0] ?? null)];
        const height = lines.length * RADAR.line;
        const y = cy + (RADAR.radius + RADAR.labelGap) * sin;
        // Labels above the centre grow upwards, those below grow downwards, those at the sides are centred.
        const top = sin < -0.3 ? y - height + 4 : sin > 0.3 ? y + 8 : y - height / 2 + 8;
        const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
        return (
          <text key={row.id} className={cn('label')} data-dimension={row.id} y={top} textAnchor={anchor} fill="currentColor">
            {lines.map((line, lineIndex) => (
              <tspan
                key={lineIndex}
                className={lineIndex === lines.length - 1 ? cn(row.scores[0] === null ? 'notAnswered' : 'value') : undefined}
                x={x}
                dy={lineIndex === 0 ? 0 : RADAR.line}
              >
                {line}
              </tspan>
            ))}
          </text>
        );
      })}
    </svg>
  );
}
