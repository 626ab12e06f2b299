import type { PartClassName } from '../../utils/partClassName';
import type { SeriesStyle } from './chartSeries';

/** Props of `SeriesMarker`. */
export interface SeriesMarkerProps {
  /** The chart's part class names. */
  cn: PartClassName;
  /** The series' style, which picks the shape. */
  style: SeriesStyle;
  /** Centre, x. */
  x: number;
  /** Centre, y. */
  y: number;
}

/** A marker shape per series, so the radar's series differ in form, not only in colour. */
export function SeriesMarker({ cn, style, x, y }: SeriesMarkerProps) {
  const className = cn('marker');
  switch (style) {
    case 'solid':
      return <circle className={className} cx={x} cy={y} r="4" fill="currentColor" />;
    case 'hatch':
      return <rect className={className} x={x - 4} y={y - 4} width="8" height="8" fill="currentColor" />;
    case 'dots':
      return <path className={className} d={`M${x} ${y - 5}L${x + 5} ${y + 4}H${x - 5}Z`} fill="currentColor" />;
    case 'cross':
      return <path className={className} d={`M${x} ${y - 5}L${x + 5} ${y}L${x} ${y + 5}L${x - 5} ${y}Z`} fill="currentColor" />;
  }
}

