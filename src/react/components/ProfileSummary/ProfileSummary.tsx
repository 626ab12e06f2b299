import { useId } from 'react';
import { peerPercentile, type FitStatus } from '../../../core';
import { usePeerComparison, type PeerBenchmarkProps } from '../../context/usePeerComparison';
import { useResultSource, type ResultSourceProps } from '../../context/useResultSource';
import { formatMessage } from '../../i18n/formatMessage';
import { formatScore } from '../../utils/formatScore';
import { describePeerGroup } from '../../utils/describePeerGroup';
import { formatValue } from '../../utils/formatValue';
import { headingTag, type HeadingLevel } from '../../utils/heading';
import { followInPageLink } from '../../utils/followInPageLink';
import { isHttpUrl } from '../../utils/isHttpUrl';
import { partClassName, type StylingProps } from '../../utils/partClassName';
import { visuallyHidden } from '../../utils/visuallyHidden';
import { describeFitSentence } from './describeFitSentence';

/** Which parts of the summary to show. */
export type ProfileSummaryVariant = 'full' | 'headline' | 'details';

/** Props of `ProfileSummary`. */
export interface ProfileSummaryProps extends ResultSourceProps, PeerBenchmarkProps, StylingProps {
  /** The heading; "Your readiness profile" by default. */
  title?: string;
  /** The level of the heading, 2 by default; the parts' headings sit one level below. */
  headingLevel?: HeadingLevel;
  /** The axis to place the practice on; the questionnaire's first axis by default. */
  axisId?: string;
  /**
   * `full` (default): every part. `headline`: the index and tier, then the orientation and market fit
   * in one sentence, for a result read at a glance. `details`: the orientation scale, the fit, the
   * strengths and the gaps, for below such a headline.
   */
  variant?: ProfileSummaryVariant;
  /**
   * Where the page already shows every dimension's score (an in-page link such as `#scores`, e.g. to a
   * `DimensionChart`): the strengths and gaps then name their dimensions without repeating the scores,
   * and link there instead. Without it (or with a link that is neither in-page nor http(s)), each
   * strength and gap shows its score.
   */
  scoresHref?: string;
}

/** A glyph beside each fit message; decorative, since the message itself says it in words. */
const fitIcons: Record<FitStatus, string> = { aligned: '✓', mixed: '~', mismatch: '⚠', unknown: '?' };

/**
 * The headline of a result: readiness index, tier (and what capped it), how complete the answers are,
 * where the practice sits between the axis poles, the market fit, strengths and gaps. A provisional
 * profile (too little answered, by the questionnaire's `confidence`) claims no tier: it says how many
 * more answers a tier needs. With a `benchmark`, it says how many companies like the respondent's
 * they are ahead of, once the profile is final and a large enough group of peers exists. The
 * `headline` variant keeps the index and tier and puts the orientation and fit into one sentence; the
 * `details` variant shows the rest, so that a result can lay the two apart (as `AssessmentResult` does).
 * @example <ProfileSummary profile={profile} questionnaire={questionnaire} variant="headline" />
 */
export function ProfileSummary(props: ProfileSummaryProps) {
  const { profile, questionnaire, locale, messages, text } = useResultSource('ProfileSummary', props);
  const { title, headingLevel = 2, axisId, variant = 'full' } = props;
  // Only a link within the page or to an http(s) address: never `javascript:` from a prop.
  const scoresHref = props.scoresHref !== undefined && (props.scoresHref.startsWith('#') || isHttpUrl(props.scoresHref)) ? props.scoresHref : undefined;
  const showsHeadline = variant !== 'details';
  const showsDetails = variant !== 'headline';
  const cn = partClassName('ProfileSummary', props);
  const titleId = useId();
  const Title = headingTag(headingLevel);
  const Subtitle = headingTag(headingLevel, 1);

  const tierLabel = (id: string) => {
    const tier = questionnaire.tiers.find((candidate) => candidate.id === id);
    return tier ? text(tier.label) : id;
  };
  const dimensionLabel = (id: string) => {
    const dimension = questionnaire.dimensions.find((candidate) => candidate.id === id);
    return dimension ? text(dimension.label) : id;
  };
  const tier = questionnaire.tiers.find((candidate) => candidate.id === profile.tier);
  const isProvisional = profile.provisional;
  const nothingAnswered = profile.provisionalReason?.code === 'no_answers';

  const peers = usePeerComparison(props, profile);
  // A provisional index is a first reading: ranking it against peers would claim more than it holds.
  const percentile = peers && !isProvisional && profile.index !== null ? peerPercentile(peers.segment.index, profile.index) : null;

  const axis = questionnaire.axes?.find((candidate) => candidate.id === (axisId ?? questionnaire.axes?.[0]?.id));
  const axisScore = axis ? profile.axes.find((candidate) => candidate.id === axis.id) : undefined;
  const position = axisScore?.position ?? null;
  const side = position === null ? null : (axisScore?.side ?? null);
  const sideLabel =
    side === 'positive'
      ? text(axis?.positivePole)
      : side === 'negative'
        ? text(axis?.negativePole)
        : messages['profile.orientationMixed'];
  const threshold = axisScore?.threshold ?? null;

  const fit = profile.fit.status;
  const fitSentence = variant === 'headline' ? describeFitSentence(profile, { questionnaire, messages, text, axisId }) : null;
  const lists = [
    { kind: 'strengths', ids: profile.strengths, heading: messages['profile.strengths'] },
    { kind: 'gaps', ids: profile.gaps, heading: messages['profile.gaps'] },
  ] as const;

  return (
    <section
      className={cn()}
      aria-labelledby={titleId}
      data-tier={profile.tier ?? undefined}
      data-fit={fit}
      data-state={isProvisional ? 'provisional' : 'final'}
      data-variant={variant}
    >
      <Title id={titleId} className={cn('title', 'rk-Heading')}>
        {title ?? messages['profile.title']}
      </Title>

      {showsHeadline && (
        // First of all, so that a provisional result is read as such before any number, the share answered included.
        <div className={cn('completeness')} data-state={isProvisional ? 'provisional' : 'final'}>
          {isProvisional && (
            <p className={cn('provisional')}>
              <span className={cn('icon')} aria-hidden="true">
                !
              </span>{' '}
              {messages[nothingAnswered ? 'profile.noAnswers' : 'profile.provisional']}
            </p>
          )}
          <p className={cn('completenessText')}>
            {formatMessage(messages, 'profile.completeness', {
              percent: formatValue(Math.round(profile.completeness * 100), 'percent', { locale }),
            })}
          </p>
        </div>
      )}

      {showsHeadline && (
        <div className={cn('overview')}>
          <p className={cn('index')}>
            <span className={cn('indexLabel')}>{messages['profile.index']}</span>{' '}
            {profile.index === null ? (
              <span className={cn('indexValue')}>{messages['profile.noIndex']}</span>
            ) : (
              <>
                <span className={cn('indexValue')}>{formatScore(profile.index, locale)}</span>{' '}
                <span className={cn('indexScale')}>{messages['profile.indexScale']}</span>
              </>
            )}
          </p>
          <div className={cn('tier')} data-tier={profile.tier ?? 'pending'}>
            <p className={cn('tierLabel')}>
              <span className={cn('tierCaption')}>{messages['profile.tier']}</span>{' '}
              <strong className={cn('tierName')}>
                {profile.tier === null
                  ? formatMessage(messages, 'profile.tierPending', {
                      count: formatValue(profile.provisionalReason?.needed ?? 1, 'count', { locale }),
                    })
                  : tierLabel(profile.tier)}
              </strong>
            </p>
            {tier?.description !== undefined && <p className={cn('tierDescription')}>{text(tier.description)}</p>}
            {profile.cappedBy !== null && profile.uncappedTier !== null && (
              <p className={cn('capped')} data-capped-by={profile.cappedBy}>
                {formatMessage(messages, 'profile.cappedBy', {
                  dimension: dimensionLabel(profile.cappedBy),
                  tier: tierLabel(profile.uncappedTier),
                })}
              </p>
            )}
          </div>
        </div>
      )}

      {variant === 'headline' && fitSentence !== null && (
        <p className={cn('sentence')} data-fit={fit}>
          <span className={cn('icon')} aria-hidden="true">
            {fitIcons[fit]}
          </span>{' '}
          {fitSentence}
        </p>
      )}

      {showsHeadline && peers && percentile !== null && (
        <div className={cn('peers')} data-segment-size={peers.segment.count}>
          <p className={cn('peerRank')}>
            {formatMessage(messages, 'benchmark.ahead', { percent: formatValue(percentile, 'percent', { locale }) })}
          </p>
          <p className={cn('peerGroup')}>
            {describePeerGroup(peers.segment, { benchmark: peers.benchmark, questionnaire, messages, locale, text })}
          </p>
        </div>
      )}

      {showsDetails && axis && (
        <div className={cn('orientation')} data-side={side ?? 'unknown'}>
          <Subtitle className={cn('subtitle')}>{text(axis.label)}</Subtitle>
          {/* The scale repeats the sentence below as a picture, so it is hidden from assistive technology. */}
          <div className={cn('scale')} aria-hidden="true">
            <span className={cn('pole')} data-pole="negative">
              {text(axis.negativePole)}
            </span>
            <span className={cn('track')}>
              {threshold !== null && (
                <span
                  className={cn('mixedZone')}
                  style={{ insetInlineStart: `${(100 - threshold) / 2}%`, width: `${threshold}%` }}
                />
              )}
              {position !== null && <span className={cn('marker')} style={{ insetInlineStart: `${(position + 100) / 2}%` }} />}
            </span>
            <span className={cn('pole')} data-pole="positive">
              {text(axis.positivePole)}
            </span>
          </div>
          <p className={cn('position')}>
            {position === null
              ? messages['profile.orientationUnknown']
              : formatMessage(messages, 'profile.orientationPosition', {
                  side: sideLabel,
                  position: formatValue(Math.round(position), 'count', { locale, signed: true }),
                })}{' '}
            <span style={visuallyHidden}>
              {formatMessage(messages, 'profile.orientationScale', {
                negative: text(axis.negativePole),
                positive: text(axis.positivePole),
              })}
            </span>
          </p>
        </div>
      )}

      {showsDetails && (
        <div className={cn('fit')} data-fit={fit}>
          <Subtitle className={cn('subtitle')}>{messages['profile.fit.title']}</Subtitle>
          <p className={cn('fitMessage')}>
            <span className={cn('icon')} aria-hidden="true">
              {fitIcons[fit]}
            </span>{' '}
            {messages[`profile.fit.${fit}`]}
          </p>
        </div>
      )}

      {showsDetails && (
        <div className={cn('lists')}>
          {lists.map(({ kind, ids, heading }) => (
            <div key={kind} className={cn('list')} data-kind={kind}>
              <Subtitle className={cn('subtitle')}>{heading}</Subtitle>
              {ids.length === 0 ? (
                <p className={cn('none')}>{messages['profile.none']}</p>
              ) : (
                // `role="list"` keeps the list a list in Safari, which drops the role when the bullets are styled away.
                <ul className={cn('items')} role="list">
                  {ids.map((id) => {
                    const score = profile.dimensions.find((dimension) => dimension.id === id)?.score ?? null;
                    return (
                      <li key={id} className={cn('item')} data-dimension={id}>
                        <span className={cn('itemLabel')}>{dimensionLabel(id)}</span>{' '}
                        {score !== null && scoresHref === undefined && (
                          <span className={cn('itemScore')}>
                            {formatMessage(messages, 'profile.scoreValue', { score: formatScore(score, locale) })}
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          ))}
          {scoresHref !== undefined && (
            <p className={cn('seeScores')}>
              <a className={cn('seeScoresLink', 'rk-Link')} href={scoresHref} onClick={followInPageLink}>
                {messages['profile.seeScores']}
              </a>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
