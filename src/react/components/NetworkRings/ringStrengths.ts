import type { Contribution, NetworkRing, Profile } from '../../../core';

/** How strong the ties to a ring are, in words. */
export type TieLevel = 'none' | 'weak' | 'moderate' | 'strong';

/** A ring with its computed tie strength. */
export interface RingStrength {
  /** The ring, as defined. */
  ring: NetworkRing;
  /** 0–1, or null when none of the ring's questions was answered. */
  strength: number | null;
  /** The strength in words, or null when not answered. */
  level: TieLevel | null;
}

/**
 * Where the words change: a strength of exactly 0 is `none`, below `weak` is weak, below `moderate`
 * is moderate, anything else strong. With the bundled questions this reads as: one step of three
 * (⅓) is weak, two steps (⅔) moderate, all three strong; one partner option of two moderate.
 */
export const TIE_LEVEL_THRESHOLDS = { weak: 0.4, moderate: 0.7 } as const;

/**
 * The words for a tie strength of 0–1.
 * @example tieLevel(0.5) // 'moderate'
 */
export function tieLevel(strength: number): TieLevel {
  if (strength <= 0) return 'none';
  if (strength < TIE_LEVEL_THRESHOLDS.weak) return 'weak';
  if (strength < TIE_LEVEL_THRESHOLDS.moderate) return 'moderate';
  return 'strong';
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

function ringStrength(ring: NetworkRing, contributions: readonly Contribution[]): number | null {
  const { source } = ring;
  if (source.kind === 'points') {
    const shares = contributions
      .filter((contribution) => source.questions.includes(contribution.questionId) && contribution.maxPoints > 0)
      .map((contribution) => clamp01(contribution.points / contribution.maxPoints));
    return shares.length > 0 ? shares.reduce((sum, share) => sum + share, 0) / shares.length : null;
  }
  const contribution = contributions.find((candidate) => candidate.questionId === source.question);
  if (!contribution || source.options.length === 0) return null;
  const chosen = source.options.filter((option) => contribution.optionIds.includes(option)).length;
  return chosen / source.options.length;
}

/**
 * Each ring's tie strength from the answers in the profile's contributions: pure, no React.
 * @example computeRingStrengths(profile, networkRings) // [{ ring: employees, strength: 0.5, level: 'moderate' }, …]
 */
export function computeRingStrengths(profile: Profile, rings: readonly NetworkRing[]): RingStrength[] {
  return rings.map((ring) => {
    const dimension = profile.dimensions.find((candidate) => candidate.id === ring.source.dimension);
    const strength = ringStrength(ring, dimension?.contributions ?? []);
    return { ring, strength, level: strength === null ? null : tieLevel(strength) };
  });
}
