'use client';
/**
 * readiness-kit: the React layer. A provider and hook around the core's assessment store, the wizard
 * and the result views (the dialog is `readiness-kit/dialog`). Re-exports the core's types; its
 * functions live in `readiness-kit/core`, the bundled assessment in `readiness-kit/social-media`.
 */
export type * from '../core';
export type { UiCatalogs, UiMessages, UiMessageOverrides, MessageValues } from './i18n/uiMessages.types';
export { resolveUiMessages, bundledUiCatalogs, bundledUiLocales } from './i18n/resolveUiMessages';
export { uiMessagesEn } from './i18n/uiMessages.en';
export { formatMessage } from './i18n/formatMessage';
export type { StylingProps } from './utils/partClassName';
export { DEFAULT_CURRENCY } from './utils/formatValue';
export type { ResultSourceProps } from './context/useResultSource';
export type { PeerBenchmarkProps } from './context/usePeerComparison';
export { useAssessment } from './useAssessment';
export type {
  AssessmentActions,
  AssessmentState,
  InvalidAssessment,
  LeadCapture,
  LeadField,
  LeadValues,
  StandaloneAssessmentOptions,
  UseAssessmentOptions,
  ValidAssessment,
} from './useAssessment.types';
export { useAssessmentContext } from './context/AssessmentContext';
export { AssessmentProvider, type AssessmentProviderProps } from './components/AssessmentProvider/AssessmentProvider';
export { AssessmentErrorPanel, type AssessmentErrorPanelProps } from './components/AssessmentErrorPanel/AssessmentErrorPanel';
export { AssessmentWizard, type AssessmentWizardProps } from './components/AssessmentWizard/AssessmentWizard';
export { ProfileSummary, type ProfileSummaryProps } from './components/ProfileSummary/ProfileSummary';
export { DimensionChart, type DimensionChartProps, type DimensionChartSeries } from './components/DimensionChart/DimensionChart';
export { PeerDistribution, type PeerDistributionProps } from './components/PeerDistribution/PeerDistribution';
export { KpiCard, type KpiCardProps } from './components/KpiCard/KpiCard';
export { KpiGrid, type KpiGridProps } from './components/KpiGrid/KpiGrid';
export type { HeadingLevel } from './utils/heading';
export { ComparisonTable, type ComparisonTableProps, type ComparisonProfile } from './components/ComparisonTable/ComparisonTable';
export { RecommendationList, type RecommendationListProps, type RecommendationPriority } from './components/RecommendationList/RecommendationList';
export { describeReasons, type DescribeReasonsOptions } from './components/RecommendationList/describeReasons';
export { NetworkRings, type NetworkRingsProps } from './components/NetworkRings/NetworkRings';
export { computeRingStrengths, tieLevel, TIE_LEVEL_THRESHOLDS, type RingStrength, type TieLevel } from './components/NetworkRings/ringStrengths';
export { AssessmentResult, type AssessmentResultProps } from './components/AssessmentResult/AssessmentResult';
export { TeamComparison, type TeamComparisonProps } from './components/TeamComparison/TeamComparison';
export { DisagreementList, type DisagreementListProps } from './components/TeamComparison/DisagreementList';
export { ExportButtons, type ExportButtonsProps, type ExportFormat } from './components/ExportButtons/ExportButtons';
