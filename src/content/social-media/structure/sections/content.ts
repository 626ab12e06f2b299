import { B2B, B2C, NEUTRAL } from '../axes';
import { byMarket, notConsumerSeller } from '../market';
import type { SectionSpec } from '../structure.types';

const content = (b2b: number, b2c?: number, both?: number) => byMarket('content', b2b, b2c, both);

/**
 * D4 Content, messaging & tone (seed 1, differences 2 and tone; takeaways on voice and education).
 * Tone and storytelling are asked apart: seed 1 wants both, and one can be had without the other.
 */
export const contentSection: SectionSpec = {
  id: 'content',
  questions: [
    {
      id: 'content_focus',
      type: 'single',
      options: [
        { id: 'entertaining', ...content(1, 3), axes: B2C },
        { id: 'educational', ...content(3, 1), axes: B2B },
        { id: 'product_promotion', ...content(0, 1), axes: NEUTRAL },
      ],
    },
    {
      id: 'tone',
      type: 'single',
      options: [
        { id: 'conversational', ...content(1, 3, 2), axes: B2C },
        { id: 'by_audience', ...content(2, 2, 3), axes: NEUTRAL },
        { id: 'professional', ...content(3, 1, 2), axes: B2B },
        { id: 'no_set_tone', ...content(0) },
      ],
    },
    {
      // Seed 1 asks for storytelling woven in, not for every post to be a story.
      id: 'storytelling',
      type: 'single',
      options: [
        { id: 'some_posts', ...content(3) },
        { id: 'rarely', ...content(1) },
        { id: 'most_posts', ...content(3) },
        { id: 'never', ...content(0) },
      ],
    },
    {
      // Seed 2: content for every buyer role at every stage. A consumer decides alone, so planning by
      // stage covers every role there is.
      id: 'content_matrix',
      type: 'single',
      options: [
        { id: 'by_stage', ...content(1, 3) },
        { id: 'role_and_stage', ...content(3) },
        { id: 'by_role', ...content(2) },
        { id: 'none', ...content(0) },
      ],
    },
    {
      // Seed 1 asks business sellers to put education first; it asks nothing of the kind of consumer sellers.
      id: 'educational_share',
      type: 'number',
      unit: 'percent',
      min: 0,
      max: 100,
      visibleIf: notConsumerSeller,
      bands: [
        { atLeast: 0, ...content(0) },
        { atLeast: 25, ...content(1, 1, 2) },
        { atLeast: 50, ...content(2, 2, 3) },
        { atLeast: 76, ...content(3) },
      ],
    },
  ],
};
