import type { DimensionScore, ScoreOptions } from './scoring.types';

const DEFAULT_STRENGTH = 70;
const DEFAULT_GAP = 40;

/** The overall index: the weighted mean of the dimensions that have a score, null when none has. */
export function weightedIndex(dimensions: readonly Pick<DimensionScore, 'score' | 'weight'>[]): number | null {
  let weighted = 0;
  let totalWeight = 0;
  for (const dimension of dimensions) {
    if (dimension.score === null) continue;
    weighted += dimension.score * dimension.weight;
    totalWeight += dimension.weight;
  }
  return totalWeight > 0 ? weighted / totalWeight : null;
}

/** Strengths (best first) and gaps (weakest first) among the dimensions that have a score. */
export function rankDimensions(
  dimensions: readonly DimensionScore[],
  options: ScoreOptions,
): { strengths: string[]; gaps: string[] } {
  const strength = options.strengthThreshold ?? DEFAULT_STRENGTH;
  const gap = options.gapThreshold ?? DEFAULT_GAP;
  const scored = dimensions.filter((d): d is DimensionScore & { score: number } => d.score !== null);
  return {
    strengths: scored.filter((d) => d.score >= strength).sort((a, b) => b.score - a.score).map((d) => d.id),
    gaps: scored.filter((d) => d.score < gap).sort((a, b) => a.score - b.score).map((d) => d.id),
  };
}
