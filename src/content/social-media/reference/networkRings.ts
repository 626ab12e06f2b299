import type { NetworkRing, NetworkRingSource } from '../../../core/reference/reference.types';
import { localisedField, type TextsByLocale } from './localisedField';
import { networkRingTextsHa } from './referenceTexts.ha';
import { networkRingTextsZhHant } from './referenceTexts.zh-Hant';

/*
 * Seed 2 pictures the industry on LinkedIn as rings: employees at the centre, then customers, then
 * current and potential partners, then advisers, analysts, media, competitors and institutions. The
 * network section asks about each ring, so each ring reads its own questions:
 * - employees: who_connects (who in the company connects) and advocacy (how staff share), averaged;
 * - customers: customer_connections;
 * - partners: the share of outer_ring's two partner options chosen;
 * - influencers: the share of outer_ring's five options for the outermost ring chosen: seed 2's
 *   advisers, analysts, media, competitors and institutions, and the opinion leaders and influential
 *   people its practices name (產業意見領袖, 具影響力的人).
 * Choosing outer_ring's `none` gives both outer rings a strength of 0: answered, with no ties.
 */
type BundledRingId = 'employees' | 'customers' | 'partners' | 'influencers';

const ringSources: readonly { id: BundledRingId; source: NetworkRingSource }[] = [
  { id: 'employees', source: { kind: 'points', dimension: 'network', questions: ['who_connects', 'advocacy'] } },
  { id: 'customers', source: { kind: 'points', dimension: 'network', questions: ['customer_connections'] } },
  {
    id: 'partners',
    source: { kind: 'options', dimension: 'network', question: 'outer_ring', options: ['current_partners', 'potential_partners'] },
  },
  {
    id: 'influencers',
    source: {
      kind: 'options',
      dimension: 'network',
      question: 'outer_ring',
      options: ['opinion_leaders', 'advisers_analysts', 'media', 'institutions', 'competitor_communities'],
    },
  },
];

/** The English words of each ring. */
const ringTextsEn: Record<BundledRingId, { label: string; description: string }> = {
  employees: {
    label: 'Employees',
    description: 'Your own people, from sales and service to executives, connecting and sharing.',
  },
  customers: {
    label: 'Customers',
    description: 'The customers you stay connected with after the sale.',
  },
  partners: {
    label: 'Partners',
    description: 'Current and potential partners.',
  },
  influencers: {
    label: 'Industry influencers',
    description: 'Opinion leaders, advisers, analysts, media, competitors and institutions in your field.',
  },
};

/** Each locale's words of the rings; a locale without a ring falls back to English. */
const ringTextsByLocale: TextsByLocale<'label' | 'description'> = {
  en: ringTextsEn,
  'zh-Hant': networkRingTextsZhHant,
  ha: networkRingTextsHa,
};

/** The bundled rings of the social-media assessment, innermost first, in each of the kit's locales. */
export const networkRings: readonly NetworkRing[] = ringSources.map(({ id, source }) => ({
  id,
  label: localisedField(ringTextsByLocale, id, 'label'),
  description: localisedField(ringTextsByLocale, id, 'description'),
  source,
}));
