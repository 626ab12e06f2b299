import { B2B, B2C, NEUTRAL } from '../axes';
import { byMarket, notConsumerSeller } from '../market';
import type { SectionSpec } from '../structure.types';

const measurement = (b2b: number, b2c?: number, both?: number) => byMarket('measurement', b2b, b2c, both);

/** D9 Measurement (seed 1, "success metrics" difference, the B2B KPIs, takeaway "track lead quality"). */
export const measurementSection: SectionSpec = {
  id: 'measurement',
  questions: [
    {
      // Seed 1 measures B2B success by lead quality and progression (engagement rate among its KPIs),
      // and B2C success by reach and direct sales.
      id: 'kpis_tracked',
      type: 'multi',
      options: [
        { id: 'reach_followers', ...measurement(0, 1), axes: B2C },
        { id: 'engagement_rate', ...measurement(1), axes: NEUTRAL },
        { id: 'sales_from_social', ...measurement(0, 1), axes: B2C },
        { id: 'ctr', ...measurement(1, 0), axes: B2B },
        { id: 'cpl', ...measurement(1, 0), axes: B2B },
        { id: 'downloads', ...measurement(1, 0), axes: B2B },
        { id: 'mql_sql', ...measurement(1, 0), axes: B2B },
        { id: 'lead_to_opportunity', ...measurement(1, 0), axes: B2B },
        { id: 'share_of_voice', ...measurement(1, 0), axes: B2B },
        { id: 'advocacy_reach', ...measurement(1, 0), axes: B2B },
        { id: 'nothing', ...measurement(0) },
      ],
    },
    {
      id: 'crm_tagging',
      type: 'single',
      options: [
        { id: 'partly', ...measurement(1) },
        { id: 'with_attribution', ...measurement(3) },
        { id: 'untagged', ...measurement(0) },
        { id: 'all_tagged', ...measurement(2) },
      ],
    },
    {
      // Marketing- and sales-qualified leads are stages of a business sale.
      id: 'lead_definitions',
      type: 'single',
      visibleIf: notConsumerSeller,
      options: [
        { id: 'joint', ...measurement(2) },
        { id: 'none', ...measurement(0) },
        { id: 'joint_with_sla', ...measurement(3) },
        { id: 'marketing_only', ...measurement(1) },
      ],
    },
    {
      // Any stated base makes a rate readable; impressions or reach match the platforms' own reports
      // and the shipped benchmark, while rates by followers compare with fewer published figures.
      id: 'er_method',
      type: 'single',
      options: [
        { id: 'by_followers', ...measurement(2) },
        { id: 'not_measured', ...measurement(0) },
        { id: 'by_impressions', ...measurement(3) },
        { id: 'base_unknown', ...measurement(1) },
        { id: 'by_reach', ...measurement(3) },
      ],
    },
  ],
};
