import type { Tier } from '../questionnaire/questionnaire.types';
import type { DimensionScore } from './scoring.types';

/** The index of the tier holding a score: tiers are `[min, max)`, the last closed at its max. */
export function tierIndexOf(tiers: readonly Tier[], score: number): number {
  for (let index = tiers.length - 1; index > 0; index -= 1) if (score >= (tiers[index] as Tier).min) return index;
  return 0;
}

/** The overall tier, capped at one above the weakest dimension's tier ("as mature as your weakest link"). */
export function getTier(
  tiers: readonly Tier[],
  index: number,
  dimensions: readonly Pick<DimensionScore, 'id' | 'score'>[],
): { tier: string; uncappedTier: string; cappedBy: string | null } {
  const uncapped = tierIndexOf(tiers, index);
  let weakest: Pick<DimensionScore, 'id' | 'score'> | undefined;
  for (const dimension of dimensions)
    if (dimension.score !== null && (weakest === undefined || dimension.score < (weakest.score as number))) weakest = dimension;
  const cap = weakest ? tierIndexOf(tiers, weakest.score as number) + 1 : uncapped;
  const final = Math.min(uncapped, cap);
  return {
    tier: (tiers[final] as Tier).id,
    uncappedTier: (tiers[uncapped] as Tier).id,
    cappedBy: final < uncapped && weakest ? weakest.id : null,
  };
}
