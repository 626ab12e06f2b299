import type { PartClassName } from '../../utils/partClassName';

/** Props of `PeerMedianTick`. */
export interface PeerMedianTickProps {
  /** The chart's part class names. */
  cn: PartClassName;
  /** One end of the tick. */
  from: readonly [number | string, number];
  /** The other end. */
  to: readonly [number | string, number];
}

/**
 * The peers' median as a tick across a bar or a spoke: a dark line on a halo of the background, so it
 * reads on the bar's fill and on the empty track alike.
 */
export function PeerMedianTick({ cn, from, to }: PeerMedianTickProps) {
  const line = { x1: from[0], y1: from[1], x2: to[0], y2: to[1] };
  return (
    <g className={cn('median')}>
      <line className={cn('medianHalo')} {...line} stroke="currentColor" strokeWidth="6" strokeLinecap="round" />
      <line className={cn('medianLine')} {...line} stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
    </g>
  );
}
