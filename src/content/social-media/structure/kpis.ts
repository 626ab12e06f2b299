import type { KpiSpec } from './structure.types';

/*
 * Benchmarks are the illustrative defaults of DOMAIN.md §3, each with its source and year; a host
 * overrides them. KPIs without a published band ship without one rather than with a guess.
 */

/** KPIs computed from the "Your numbers" answers. */
export const kpis: KpiSpec[] = [
  {
    id: 'engagement_rate',
    unit: 'percent',
    direction: 'higher',
    numerator: 'engagements',
    denominator: 'impressions',
    scale: 100,
    benchmark: {
      min: 2,
      max: 3,
      source: 'ViralBrain / SociaVault',
      year: 2026,
      url: 'https://viralbrain.ai/blog/good-linkedin-engagement-rate-2026-benchmarks',
    },
  },
  {
    id: 'ctr',
    unit: 'percent',
    direction: 'higher',
    numerator: 'clicks',
    denominator: 'impressions',
    scale: 100,
    benchmark: {
      min: 0.44,
      max: 0.65,
      source: 'The B2B House',
      year: 2022,
      url: 'https://theb2bhouse.com/linkedin-ad-benchmarks/',
    },
  },
  {
    id: 'cpl',
    unit: 'currency',
    direction: 'lower',
    numerator: 'ad_spend',
    denominator: 'leads',
    benchmark: { min: 40, max: 200, source: 'b2blead.io', year: 2026, url: 'https://b2blead.io/blog/cost-per-lead' },
  },
  { id: 'cost_per_opportunity', unit: 'currency', direction: 'lower', numerator: 'ad_spend', denominator: 'opportunities' },
  { id: 'lead_to_mql', unit: 'percent', direction: 'higher', numerator: 'mqls', denominator: 'leads', scale: 100 },
  {
    id: 'mql_to_sql',
    unit: 'percent',
    direction: 'higher',
    numerator: 'sqls',
    denominator: 'mqls',
    scale: 100,
    benchmark: {
      min: 13,
      max: 60,
      source: 'Prooflytics / b2blead.io',
      year: 2026,
      url: 'https://tag.prooflytics.io/blog/mql-to-sql-conversion-rate-benchmarks',
    },
  },
  {
    id: 'lead_to_opportunity',
    unit: 'percent',
    direction: 'higher',
    numerator: 'opportunities',
    denominator: 'leads',
    scale: 100,
  },
  {
    id: 'share_of_voice',
    unit: 'percent',
    direction: 'higher',
    numerator: 'own_mentions',
    denominator: { sum: ['own_mentions', 'competitor_mentions'] },
    scale: 100,
  },
  {
    id: 'advocacy_participation',
    unit: 'percent',
    direction: 'higher',
    numerator: 'active_advocates',
    denominator: 'employees',
    scale: 100,
  },
  {
    id: 'advocacy_amplification',
    unit: 'percent',
    direction: 'higher',
    numerator: 'employee_share_impressions',
    denominator: 'impressions',
    scale: 100,
  },
  { id: 'downloads', unit: 'count', direction: 'higher', numerator: 'downloads' },
  { id: 'relationship_progression', unit: 'count', direction: 'higher', numerator: 'signups_enquiries' },
];
