import type { KpiResult, Questionnaire, ReasonComparison, RuleReason } from '../../../src/core';

/** A questionnaire with every kind of thing a reason can name, labelled in the kit's three locales. */
export const explainQuestionnaire: Questionnaire = {
  id: 'explain',
  version: '1.0.0',
  title: 'Explain',
  locales: ['en', 'zh-Hant', 'ha'],
  dimensions: [{ id: 'measurement', label: { en: 'Measurement', 'zh-Hant': '成效衡量', ha: 'Aunawa' } }],
  axes: [
    {
      id: 'orientation',
      label: { en: 'Orientation', 'zh-Hant': '經營取向', ha: 'Karkata' },
      negativePole: { en: 'B2C', 'zh-Hant': 'B2C', ha: 'B2C' },
      positivePole: { en: 'B2B', 'zh-Hant': 'B2B', ha: 'B2B' },
    },
  ],
  sections: [
    {
      id: 'all',
      title: 'All',
      questions: [
        {
          id: 'market',
          type: 'single',
          label: { en: 'Who do you mainly sell to?', 'zh-Hant': '主要銷售對象是誰？', ha: 'Ga su wane ne kuka fi sayarwa?' },
          options: [
            { id: 'b2b', label: { en: 'Businesses', 'zh-Hant': '企業', ha: 'Kamfanoni' } },
            { id: 'b2c', label: { en: 'Consumers', 'zh-Hant': '消費者', ha: 'Masu sayayya' } },
          ],
        },
        {
          id: 'platforms',
          type: 'multi',
          label: { en: 'Which platforms do you use?', 'zh-Hant': '您使用哪些平台？', ha: 'Waɗanne dandamali kuke amfani da su?' },
          options: [
            { id: 'linkedin', label: 'LinkedIn' },
            { id: 'x', label: 'X' },
            { id: 'instagram', label: 'Instagram' },
            { id: 'tiktok', label: 'TikTok' },
            { id: 'youtube', label: 'YouTube' },
          ],
        },
        { id: 'helpful', type: 'likert', label: { en: 'We help first', 'zh-Hant': '我們先提供協助', ha: 'Muna fara taimakawa' } },
        {
          id: 'educational',
          type: 'number',
          unit: 'percent',
          label: { en: 'Share of educational posts', 'zh-Hant': '教育性貼文比例', ha: 'Kason rubuce-rubucen ilmantarwa' },
        },
      ],
    },
  ],
  tiers: [{ id: 'one', label: 'One', min: 0, max: 100 }],
  kpis: [
    { id: 'cpl', label: { en: 'Cost per lead', 'zh-Hant': '每筆名單成本', ha: "Kuɗin kowane mai sha'awa" }, unit: 'currency', direction: 'lower', numerator: 'a', denominator: 'b' },
    { id: 'ctr', label: { en: 'CTR', 'zh-Hant': '點擊率', ha: 'Kason dannawa' }, unit: 'percent', direction: 'higher', numerator: 'a', denominator: 'b' },
  ],
  fit: { question: 'market', axis: 'orientation', targets: { b2b: 'positive', b2c: 'negative' } },
};

/** A comparison as the engine writes it. */
export const held = (op: ReasonComparison['op'], value: ReasonComparison['value']) => ({ op, value, negated: false }) as ReasonComparison;
/** A failed comparison as the engine writes it: its opposite holds. */
export const failed = (op: ReasonComparison['op'], value: ReasonComparison['value']) => ({ op, value, negated: true }) as ReasonComparison;

/** A reason on an answer. */
export const answer = (questionId: string, value: unknown, test: string, ...comparisons: ReasonComparison[]): RuleReason => ({ kind: 'answer', questionId, value, test, comparisons });
/** A reason on the measurement score. */
export const dimension = (score: number | null, test: string, ...comparisons: ReasonComparison[]): RuleReason => ({ kind: 'dimension', dimensionId: 'measurement', score, test, comparisons });
/** A reason on the orientation axis. */
export const axis = (position: number | null, test: string, ...comparisons: ReasonComparison[]): RuleReason => ({ kind: 'axis', axisId: 'orientation', position, test, comparisons });
/** A reason on a KPI. */
export const kpi = (kpiId: string, value: number | null, band: KpiResult['band'] | 'unavailable', test: string, ...comparisons: ReasonComparison[]): RuleReason => ({
  kind: 'kpi',
  kpiId,
  value,
  band: band ?? 'unavailable',
  test,
  comparisons,
});
