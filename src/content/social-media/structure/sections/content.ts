import { B2B, B2C, NEUTRAL } from '../axes';
import type { SectionSpec } from '../structure.types';

const points = (n: number) => ({ content: n });

/** D4 Content, messaging & tone (seed 1, differences 2 and tone; takeaways on voice and education). */
export const contentSection: SectionSpec = {
  id: 'content',
  questions: [
    {
      id: 'content_focus',
      type: 'single',
      options: [
        { id: 'educational', points: points(3), axes: B2B },
        { id: 'entertaining', points: points(1), axes: B2C },
        { id: 'product_promotion', points: points(0), axes: NEUTRAL },
      ],
    },
    {
      id: 'voice',
      type: 'single',
      options: [
        { id: 'professional_storytelling', points: points(3), axes: B2B },
        { id: 'formal_technical', points: points(2), axes: B2B },
        { id: 'casual', points: points(1), axes: B2C },
        { id: 'no_set_voice', points: points(0) },
      ],
    },
    {
      id: 'content_matrix',
      type: 'single',
      options: [
        { id: 'none', points: points(0) },
        { id: 'by_stage', points: points(1) },
        { id: 'by_role', points: points(2) },
        { id: 'role_and_stage', points: points(3) },
      ],
    },
    {
      id: 'educational_share',
      type: 'number',
      unit: 'percent',
      min: 0,
      max: 100,
      bands: [
        { atLeast: 0, points: points(0) },
        { atLeast: 25, points: points(1) },
        { atLeast: 50, points: points(2) },
        { atLeast: 76, points: points(3) },
      ],
    },
  ],
};
