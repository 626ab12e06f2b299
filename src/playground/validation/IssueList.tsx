import { fillPlaygroundMessage } from '../i18n/resolvePlaygroundMessages';
import type { PlaygroundMessages } from '../i18n/playgroundMessages.types';
import type { LocatedIssue } from './checkDefinitionText';

/** Props of `IssueList`. */
export interface IssueListProps {
  /** The issues, located in the text. */
  issues: readonly LocatedIssue[];
  /** Called when the author picks an issue: reveal it in the editor. */
  onReveal: (issue: LocatedIssue) => void;
  messages: PlaygroundMessages;
}

/** Where an issue is, in words: `line 12, column 5`, or `near …` when its path leads past the text. */
export function describeLocation(issue: LocatedIssue, messages: PlaygroundMessages): string {
  const { line, column, exact } = issue.location;
  return fillPlaygroundMessage(messages, exact ? 'issues.location' : 'issues.locationNear', { line, column });
}

/**
 * The issues of a definition, each a button that takes the caret to its place in the text. Codes,
 * paths and messages are shown as text: a definition's strings may hold anything.
 */
export function IssueList({ issues, onReveal, messages }: IssueListProps) {
  return (
    <ol className="rk-Playground-issues">
      {issues.map((entry, index) => {
        const location = describeLocation(entry, messages);
        const message = entry.syntaxError ? messages[`syntax.${entry.syntaxError}` as keyof PlaygroundMessages] ?? entry.issue.message : entry.issue.message;
        return (
          <li key={`${index}:${entry.issue.code}:${entry.issue.path}`} className="rk-Playground-issue" data-code={entry.issue.code}>
            <button type="button" className="rk-Playground-issueButton" onClick={() => onReveal(entry)}>
              <span className="rk-Playground-issueWhere">
                <code className="rk-Playground-issuePath">{entry.syntaxError ? messages['syntax.title'] : entry.issue.path || messages['issues.root']}</code>{' '}
                <span className="rk-Playground-issueLocation">({location})</span>
              </span>
              <span className="rk-Playground-issueMessage">{message}</span>
              <code className="rk-Playground-issueCode">{entry.issue.code}</code>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
