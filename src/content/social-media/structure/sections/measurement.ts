import { B2B, B2C, NEUTRAL } from '../axes';
import type { SectionSpec } from '../structure.types';

const points = (n: number) => ({ measurement: n });

/** D9 Measurement (seed 1, "success metrics" difference, the six KPIs, takeaway "track lead quality"). */
export const measurementSection: SectionSpec = {
  id: 'measurement',
  questions: [
    {
      // Reach and engagement rate earn nothing: the seeds judge B2B success by lead quality and progression.
      id: 'kpis_tracked',
      type: 'multi',
      options: [
        { id: 'reach_followers', points: points(0), axes: B2C },
        { id: 'engagement_rate', points: points(0), axes: NEUTRAL },
        { id: 'ctr', points: points(1), axes: B2B },
        { id: 'cpl', points: points(1), axes: B2B },
        { id: 'downloads', points: points(1), axes: B2B },
        { id: 'mql_sql', points: points(1), axes: B2B },
        { id: 'lead_to_opportunity', points: points(1), axes: B2B },
        { id: 'share_of_voice', points: points(1), axes: B2B },
        { id: 'advocacy_reach', points: points(1), axes: B2B },
        { id: 'nothing', points: points(0) },
      ],
    },
    {
      id: 'crm_tagging',
      type: 'single',
      options: [
        { id: 'untagged', points: points(0) },
        { id: 'partly', points: points(1) },
        { id: 'all_tagged', points: points(2) },
        { id: 'with_attribution', points: points(3) },
      ],
    },
    {
      id: 'lead_definitions',
      type: 'single',
      options: [
        { id: 'none', points: points(0) },
        { id: 'marketing_only', points: points(1) },
        { id: 'joint', points: points(2) },
        { id: 'joint_with_sla', points: points(3) },
      ],
    },
    {
      // Stating the denominator is what makes a rate comparable, so it earns the top mark outright.
      id: 'er_method',
      type: 'single',
      options: [
        { id: 'not_measured', points: points(0) },
        { id: 'base_unknown', points: points(1) },
        { id: 'by_followers', points: points(1) },
        { id: 'by_impressions_or_reach', points: points(3) },
      ],
    },
  ],
};
