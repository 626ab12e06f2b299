import { formatAxis } from './formatAxis';
import { formatColumns } from './formatColumns';
import { formatFit } from './formatFit';
import type { TableContext } from './tableContext';

/** The index with one decimal in the locale's digits; a first reading only while the profile is provisional. */
function indexText({ profile, words }: TableContext): string {
  if (profile.index === null) return words.say('summary.noIndex');
  const index = new Intl.NumberFormat(words.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(profile.index);
  return words.say(profile.provisional ? 'summary.indexProvisional' : 'summary.indexValue', { index });
}

/** The tier, its cap, or (too little answered to claim one) how many more answers it needs. */
function tierText({ profile, labels, words }: TableContext): string {
  if (profile.tier === null) return words.count('summary.tierPending', profile.provisionalReason?.needed ?? 1);
  const tier = labels.tier(profile.tier);
  if (!profile.cappedBy || profile.uncappedTier === null) return tier;
  return words.say('summary.tierCapped', { tier, dimension: labels.dimension(profile.cappedBy), uncapped: labels.tier(profile.uncappedTier) });
}

/**
 * The summary rows of the score table: index, tier, completeness, each axis and the fit.
 * @example formatSummary(context) // ['  Readiness index  90.3 / 100', '  Tier             Leading', …]
 */
export function formatSummary(context: TableContext): string[] {
  const { profile, questionnaire, labels, words } = context;
  const percent = new Intl.NumberFormat(words.locale, { style: 'percent', maximumFractionDigits: 0 }).format(profile.completeness);
  const rows: string[][] = [
    [words.say('summary.index'), indexText(context)],
    [words.say('summary.tier'), tierText(context)],
    [words.say('summary.completeness'), words.say('summary.completenessValue', { percent })],
    ...profile.axes.map((axis) => [labels.axis(axis.id), formatAxis(axis, labels, words)]),
  ];
  const fit = formatFit(profile.fit, questionnaire, labels, words);
  if (fit !== null) rows.push([words.say('summary.fit'), fit]);
  return formatColumns(rows).map((line) => `  ${line}`);
}
