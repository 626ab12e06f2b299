import type { DimensionSpec } from './structure.types';

/** The ten scored dimensions, equally weighted, in the order of the wizard. */
export const dimensions: DimensionSpec[] = [
  { id: 'audience' },
  { id: 'goals' },
  { id: 'platforms' },
  { id: 'content' },
  { id: 'proof' },
  { id: 'network' },
  { id: 'community' },
  { id: 'relationships' },
  { id: 'measurement' },
  { id: 'organisation' },
];
