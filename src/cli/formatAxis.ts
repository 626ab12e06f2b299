import type { AxisScore, AxisSide } from '../core';
import type { Labels } from './labelsOf';

/** The label of an axis side: its pole's label, or "mixed". */
export function sideLabel(labels: Labels, axisId: string, side: AxisSide | 'either'): string {
  return side === 'positive' || side === 'negative' ? labels.pole(axisId, side) : side;
}

/** A signed, whole-number axis position: `+48`, `-12`, `0`. */
export function formatPosition(position: number): string {
  const rounded = Math.round(position);
  return rounded > 0 ? `+${rounded}` : String(rounded === 0 ? 0 : rounded);
}

/** An axis position for people: `+48, leans B2B (scale -100 B2C … +100 B2B)`. */
export function formatAxis(axis: AxisScore, labels: Labels): string {
  if (axis.position === null || axis.side === null) return '— (no answer places you on this axis yet)';
  const where = axis.side === 'mixed' ? 'mixed' : `leans ${sideLabel(labels, axis.id, axis.side)}`;
  const scale = `scale -100 ${labels.pole(axis.id, 'negative')} … +100 ${labels.pole(axis.id, 'positive')}`;
  return `${formatPosition(axis.position)}, ${where} (${scale})`;
}
