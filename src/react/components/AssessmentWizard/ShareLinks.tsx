import { encodeAnswers, MAX_TOKEN_LENGTH, shareLink } from '../../../core';
import type { ValidAssessment } from '../../useAssessment.types';
import { partClassName, type StylingProps } from '../../utils/partClassName';

/** Props of `ShareLinks`: the running assessment and the page the links open. */
export interface ShareLinksProps extends StylingProps {
  assessment: ValidAssessment;
  /** The address of the page with the assessment; the answers go in its fragment. */
  baseUrl: string;
  /** Which link: go on answering elsewhere, or look at the result. */
  kind: 'continue' | 'result';
}

/**
 * A link carrying the answers so far, in the URL fragment: "continue on another device" during the
 * wizard, "share a read-only result" at the end. Nothing is sent anywhere; the respondent copies it.
 * Hidden when the answers would not fit a token (long free text).
 */
export function ShareLinks({ assessment, baseUrl, kind, ...styling }: ShareLinksProps) {
  const { questionnaire, answers, messages } = assessment;
  const token = encodeAnswers(questionnaire, answers);
  if (token.length > MAX_TOKEN_LENGTH) return null;
  const cn = partClassName('Wizard', styling);
  const href = shareLink(baseUrl, kind, token);
  return (
    <p className={cn('share')} data-kind={kind}>
      <a className={cn('shareLink', 'rk-Link')} href={href}>
        {kind === 'continue' ? messages['share.continue'] : messages['share.result']}
      </a>{' '}
      <span className={cn('shareHint')}>{messages['share.privacy']}</span>
    </p>
  );
}
