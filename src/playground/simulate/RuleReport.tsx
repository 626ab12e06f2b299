import type { Profile, Questionnaire } from '../../core';
import { explainReasons } from '../../core/explain/explainReasons';
import { localise } from '../../core';
import type { UiMessages } from '../../react/i18n/uiMessages.types';
import { headingTag, type HeadingLevel } from '../../react/utils/heading';
import { fillPlaygroundMessage } from '../i18n/resolvePlaygroundMessages';
import type { PlaygroundMessages } from '../i18n/playgroundMessages.types';
import type { RuleReview } from './reviewRules';

/** Props of `RuleReport`. */
export interface RuleReportProps {
  review: RuleReview;
  profile: Profile;
  questionnaire: Questionnaire;
  locale: string;
  messages: PlaygroundMessages;
  uiMessages: UiMessages;
  headingLevel: HeadingLevel;
}

/**
 * Which rules fire and why, and which do not and why not, for authors tuning conditions: each with
 * its id, priority and title, and its tests in the same plain sentences respondents read.
 */
export function RuleReport({ review, profile, questionnaire, locale, messages, uiMessages, headingLevel }: RuleReportProps) {
  const Heading = headingTag(headingLevel);
  const ItemHeading = headingTag(headingLevel, 1);
  const explain = (reasons: Parameters<typeof explainReasons>[0]) => explainReasons(reasons, { profile, questionnaire, messages: uiMessages, locale });
  const ruleTitle = (id: string, title: Parameters<typeof localise>[0]) => (
    <ItemHeading className="rk-Playground-ruleTitle">
      <code className="rk-Playground-ruleId">{fillPlaygroundMessage(messages, 'rules.id', { id })}</code> {localise(title, locale)}
    </ItemHeading>
  );
  const reasonList = (label: string, sentences: string[]) =>
    sentences.length > 0 && (
      <>
        <p className="rk-Playground-ruleWhy">{label}</p>
        <ul className="rk-Playground-reasons">
          {sentences.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </>
    );

  return (
    <div className="rk-Playground-rules">
      <Heading className="rk-Playground-subtitle">{fillPlaygroundMessage(messages, 'rules.fired', { count: review.fired.length })}</Heading>
      {review.fired.length === 0 ? (
        <p>{messages['rules.none']}</p>
      ) : (
        <ol className="rk-Playground-ruleList" data-state="fired">
          {review.fired.map((recommendation) => (
            <li key={recommendation.id} className="rk-Playground-rule" data-rule={recommendation.id} data-priority={recommendation.priority}>
              {ruleTitle(recommendation.id, recommendation.title)}
              <p className="rk-Playground-rulePriority">{uiMessages[`recommendations.priority.${recommendation.priority}`]}</p>
              {reasonList(messages['rules.why'], explain(recommendation.reasons))}
            </li>
          ))}
        </ol>
      )}
      <Heading className="rk-Playground-subtitle">{fillPlaygroundMessage(messages, 'rules.notFired', { count: review.unfired.length })}</Heading>
      {review.unfired.length === 0 ? (
        <p>{messages['rules.none']}</p>
      ) : (
        <ul className="rk-Playground-ruleList" data-state="unfired">
          {review.unfired.map(({ rule, reasons, heldBackBy }) => (
            <li key={rule.id} className="rk-Playground-rule" data-rule={rule.id} data-priority={rule.priority}>
              {ruleTitle(rule.id, rule.title)}
              <p className="rk-Playground-rulePriority">{uiMessages[`recommendations.priority.${rule.priority}`]}</p>
              {heldBackBy !== undefined ? (
                <p className="rk-Playground-ruleWhy">{fillPlaygroundMessage(messages, 'rules.heldBack', { winner: heldBackBy, group: rule.group ?? '' })}</p>
              ) : (
                reasonList(messages['rules.whyNot'], explain(reasons))
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
