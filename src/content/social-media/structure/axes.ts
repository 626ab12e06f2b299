import type { AxisSpec } from './structure.types';

/** The orientation axis: B2C practice (−100) to B2B practice (+100); ±40 marks a clear lean. */
export const axes: AxisSpec[] = [{ id: 'orientation', threshold: 40 }];

/** Shorthand option positions on the orientation axis. */
export const B2B = { orientation: 1 } as const;
/** A B2C practice: the negative pole. */
export const B2C = { orientation: -1 } as const;
/** Neither B2B nor B2C: pulls the position toward the middle. */
export const NEUTRAL = { orientation: 0 } as const;
