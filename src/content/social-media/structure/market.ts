import type { Condition } from '../../../core/questionnaire/questionnaire.types';
import type { OptionSpec } from './structure.types';

/** Points of an option, a Likert question or a number band: `points`, with `pointsFor` where a market differs. */
export type MarketPoints = Required<Pick<OptionSpec, 'points'>> & Pick<OptionSpec, 'pointsFor'>;

/**
 * Points in one dimension by the market the respondent sells to (question `market`), so maturity is
 * judged against the practice that fits it, as seed 1 says each side has its own. `b2b` also applies
 * while the market is unanswered (the assessment's first audience); `b2c` replaces it for consumer
 * sellers; `both` defaults to the better of the two, since a seller to both is served by either.
 */
export function byMarket(dimension: string, b2b: number, b2c: number = b2b, both: number = Math.max(b2b, b2c)): MarketPoints {
  const pointsFor: Record<string, Record<string, number>> = {};
  if (b2c !== b2b) pointsFor.b2c = { [dimension]: b2c };
  if (both !== b2b) pointsFor.both = { [dimension]: both };
  return Object.keys(pointsFor).length > 0 ? { points: { [dimension]: b2b }, pointsFor } : { points: { [dimension]: b2b } };
}

/** The respondent sells to consumers only. */
export const consumerSeller: Condition = { question: 'market', equals: 'b2c' };

/** Any respondent but a consumer-only seller: B2B-only questions and advice (an unanswered market counts as B2B). */
export const notConsumerSeller: Condition = { not: consumerSeller };
