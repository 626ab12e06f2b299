import { useMemo } from 'react';
import { decodeAnswers, scoreAnswers, type PeerBenchmark, type Questionnaire, type ResultReference, type ScoreOptions } from '../../../core';
import { resolveUiMessages } from '../../i18n/resolveUiMessages';
import type { UiMessageOverrides } from '../../i18n/uiMessages.types';
import type { HeadingLevel } from '../../utils/heading';
import type { StylingProps } from '../../utils/partClassName';
import { validateDefinition } from '../../state/validateDefinition';
import { AssessmentErrorPanel } from '../AssessmentErrorPanel/AssessmentErrorPanel';
import { AssessmentResult } from '../AssessmentResult/AssessmentResult';

/** Props of `SharedResult`: the token from a result link, and how to show it. */
export interface SharedResultProps extends StylingProps {
  /** The token of a read-only result link (`readShareLink(location.hash).token`). */
  token: string;
  /** The questionnaire the answers were given to (e.g. `socialMediaAssessment` from `readiness-kit/social-media`). */
  questionnaire: Questionnaire;
  /** Reference content for the network rings and the B2B/B2C comparison (e.g. `socialMediaReference`). */
  reference?: ResultReference;
  /** Peer benchmarks: the result compares the shared answers with companies like theirs, as the wizard did. */
  benchmark?: PeerBenchmark;
  /** The reader's locale. */
  locale?: string;
  /** Currency code for money figures. */
  currency?: string;
  /** Overrides of the kit's UI words. */
  messages?: UiMessageOverrides;
  /** Scoring options, as the wizard had them. */
  scoreOptions?: ScoreOptions;
  /** Level of the result's section headings (default 2). */
  headingLevel?: HeadingLevel;
}

/**
 * A read-only result from a share link: decodes the token, scores its answers and shows the whole
 * result. A tampered, truncated or foreign token shows the issue with its code, never a wrong profile.
 * @example <SharedResult token={readShareLink(location.hash)!.token} questionnaire={socialMediaAssessment} locale="ha" />
 */
export function SharedResult(props: SharedResultProps) {
  const { token, questionnaire, reference, benchmark, locale = 'en', currency, messages, scoreOptions, headingLevel = 2, ...styling } = props;
  // Decoded and scored once per token, not on every render of the host page.
  const shared = useMemo(() => {
    const definition = validateDefinition(questionnaire);
    if (!definition.ok) return { ...definition, cause: 'definition' as const };
    const decoded = decodeAnswers(definition.value, token);
    // A damaged or tampered link is the respondent's to fix (ask for the link again), not the site's.
    if (!decoded.ok) return { ...decoded, cause: 'link' as const };
    return { ok: true as const, questionnaire: definition.value, answers: decoded.value, profile: scoreAnswers(definition.value, decoded.value, scoreOptions) };
  }, [questionnaire, token, scoreOptions]);
  if (!shared.ok)
    return <AssessmentErrorPanel issues={shared.issues} cause={shared.cause} messages={resolveUiMessages(locale, messages)} locale={locale} {...styling} />;
  const { profile, questionnaire: validated, answers } = shared;
  return (
    <AssessmentResult
      profile={profile}
      questionnaire={validated}
      reference={reference}
      benchmark={benchmark}
      peerAnswers={answers}
      locale={locale}
      currency={currency}
      messages={messages}
      headingLevel={headingLevel}
      {...styling}
    />
  );
}
