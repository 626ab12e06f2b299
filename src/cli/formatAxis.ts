import type { AxisScore } from '../core';
import type { Labels } from './labelsOf';

/** A signed, whole-number axis position: `+48`, `-12`, `0`. */
export function formatPosition(position: number): string {
  const rounded = Math.round(position);
  return rounded > 0 ? `+${rounded}` : String(rounded === 0 ? 0 : rounded);
}

/** An axis position for people: `+48 (B2B side; -100 = B2C, +100 = B2B)`. */
export function formatAxis(axis: AxisScore, labels: Labels): string {
  const scale = `-100 = ${labels.pole(axis.id, 'negative')}, +100 = ${labels.pole(axis.id, 'positive')}`;
  if (axis.position === null || axis.side === null) return `— (no answer places you here yet; ${scale})`;
  const side = axis.side === 'mixed' ? 'mixed, between the sides' : `${labels.pole(axis.id, axis.side)} side`;
  return `${formatPosition(axis.position)} (${side}; ${scale})`;
}
