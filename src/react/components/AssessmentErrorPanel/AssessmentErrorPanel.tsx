import { formatIssueMessage, type Issue } from '../../../core';
import { formatMessage } from '../../i18n/formatMessage';
import { resolveIssueMessages, resolveUiMessages } from '../../i18n/resolveUiMessages';
import type { UiMessages } from '../../i18n/uiMessages.types';
import { partClassName, type StylingProps } from '../../utils/partClassName';
import { useIssueLog, type ErrorCause } from './useIssueLog';

/** Props of `AssessmentErrorPanel`. */
export interface AssessmentErrorPanelProps extends StylingProps {
  /** The issues: each one's path, message and code is listed under the details and logged to the console. */
  issues: readonly Issue[];
  /** The kit's UI words; the bundled ones of `locale` by default. */
  messages?: UiMessages;
  /** The language of the words and the issues' messages (default `en`); codes and paths stay as they are, for the host's developers. */
  locale?: string;
  /** What could not be shown: an assessment whose definition is invalid (the default), or a result whose share link is damaged. */
  cause?: ErrorCause;
}

/**
 * What an assessment shows instead of itself when its definition (or a result's share link) is
 * invalid, in development and in production alike, so it is never a blank screen. Respondents read
 * a short message in their language: what happened and what they can do. The issues, with their
 * paths and codes, sit in a closed "details for the site's developers" disclosure and are logged
 * once to the browser console with `console.error`.
 */
export function AssessmentErrorPanel({ issues, messages, locale = 'en', cause = 'definition', ...styling }: AssessmentErrorPanelProps) {
  const words = messages ?? resolveUiMessages(locale);
  const cn = partClassName('ErrorPanel', styling);
  const catalog = resolveIssueMessages(locale);
  useIssueLog(issues, cause);
  const isLink = cause === 'link';
  return (
    <div className={cn()} role="alert" data-state="invalid" data-cause={cause}>
      <h2 className={cn('title')}>{words[isLink ? 'error.linkTitle' : 'error.title']}</h2>
      <p className={cn('description')}>
        {formatMessage(words, isLink ? 'error.linkDescription' : 'error.description', { count: issues.length }, locale)}
      </p>
      {issues.length > 0 && (
        <details className={cn('details')}>
          <summary className={cn('summary')}>{formatMessage(words, 'error.details', { count: issues.length }, locale)}</summary>
          <p className={cn('console')}>{words['error.detailsConsole']}</p>
          <ul className={cn('list')}>
            {issues.map((issue, index) => (
              <li key={`${issue.path}:${issue.code}:${index}`} className={cn('issue')}>
                <code className={cn('path')}>{issue.path || '(root)'}</code> {formatIssueMessage(issue.code, issue.params, catalog)}{' '}
                <code className={cn('code')}>[{issue.code}]</code>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
