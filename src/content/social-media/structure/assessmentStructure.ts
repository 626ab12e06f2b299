import { axes } from './axes';
import { confidence } from './confidence';
import { dimensions } from './dimensions';
import { fit } from './fit';
import { kpis } from './kpis';
import { rules } from './rules';
import { sections } from './sections';
import type { AssessmentStructure } from './structure.types';
import { quickCheck } from './quickCheck';
import { tiers } from './tiers';

/** The B2B-vs-B2C social-media assessment without its texts. */
export const assessmentStructure: AssessmentStructure = {
  id: 'b2b-social-media',
  version: '2.0.0',
  dimensions,
  axes,
  sections,
  tiers,
  kpis,
  rules,
  fit,
  confidence,
  quickCheck,
};
