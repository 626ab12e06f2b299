import type { PartClassName } from '../../utils/partClassName';

/** Props of `ProgressTrack`. */
export interface ProgressTrackProps {
  /** The id of the visible text that names the bar. */
  labelledBy: string;
  /** The bar's value and maximum, as a screen reader hears them. */
  now: number;
  max: number;
  /** The value in words, the same as the visible text. */
  valueText: string;
  /** How full the bar is drawn, 0–100. */
  percent: number;
  cn: PartClassName;
}

/** The wizard's progress bar, in both layouts: named by its visible text, so bar and words never disagree. */
export function ProgressTrack({ labelledBy, now, max, valueText, percent, cn }: ProgressTrackProps) {
  return (
    <div
      className={cn('progressTrack')}
      role="progressbar"
      aria-labelledby={labelledBy}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={now}
      aria-valuetext={valueText}
    >
      <div className={cn('progressFill')} style={{ inlineSize: `${percent}%` }} />
    </div>
  );
}
