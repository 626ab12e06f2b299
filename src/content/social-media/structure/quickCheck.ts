import type { AssessmentStructure } from './structure.types';

/**
 * The quick check: about three minutes, twelve questions. Who the company sells to (the market fit
 * needs it), who it reaches (the orientation), then one question for each dimension, picked because
 * it tells the most about that dimension and, where it can, also places the practice between B2B and
 * B2C. One answer is a thin basis for a dimension's score, so the quick check scores a dimension from
 * one answer and its profile always stays provisional: the full assessment counts every question.
 */
export const quickCheck: NonNullable<AssessmentStructure['quickCheck']> = {
  questions: [
    'market',
    'audience_type',
    'buying_roles',
    'main_goal',
    'main_platform_effort',
    'content_focus',
    'proof_style',
    'advocacy',
    'community_purpose',
    'conversion_path',
    'crm_tagging',
    'sales_alignment',
  ],
  minAnswersPerDimension: 1,
};
