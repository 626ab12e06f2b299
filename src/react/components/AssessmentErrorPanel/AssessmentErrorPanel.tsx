import { formatIssueMessage, type Issue } from '../../../core';
import { formatMessage } from '../../i18n/formatMessage';
import { resolveIssueMessages, resolveUiMessages } from '../../i18n/resolveUiMessages';
import type { UiMessages } from '../../i18n/uiMessages.types';
import { partClassName, type StylingProps } from '../../utils/partClassName';

/** Props of `AssessmentErrorPanel`. */
export interface AssessmentErrorPanelProps extends StylingProps {
  /** The issues to list: path, message and code of each. */
  issues: readonly Issue[];
  /** The kit's UI words (English by default). */
  messages?: UiMessages;
  /** The language of the issues' messages (default `en`); codes and paths stay as they are, for the host's developers. */
  locale?: string;
}

/**
 * What an assessment shows instead of itself when its definition is invalid: a readable list of the
 * issues, in development and in production alike, so a broken definition is never a blank screen.
 */
export function AssessmentErrorPanel({ issues, messages = resolveUiMessages('en'), locale = 'en', ...styling }: AssessmentErrorPanelProps) {
  const cn = partClassName('ErrorPanel', styling);
  const catalog = resolveIssueMessages(locale);
  return (
    <div className={cn()} role="alert" data-state="invalid">
      <h2 className={cn('title')}>{messages['error.title']}</h2>
      <p className={cn('description')}>{formatMessage(messages, 'error.description', { count: issues.length })}</p>
      <ul className={cn('list')}>
        {issues.map((issue, index) => (
          <li key={`${issue.path}:${issue.code}:${index}`} className={cn('issue')}>
            <code className={cn('path')}>{issue.path || '(root)'}</code> {formatIssueMessage(issue.code, issue.params, catalog)}{' '}
            <code className={cn('code')}>[{issue.code}]</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
