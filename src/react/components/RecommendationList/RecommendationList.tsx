import { useId, useState } from 'react';
import type { Recommendation } from '../../../core';
import { useResultSource, type ResultSourceProps } from '../../context/useResultSource';
import { formatMessage } from '../../i18n/formatMessage';
import { headingTag, type HeadingLevel } from '../../utils/heading';
import { isHttpUrl } from '../../utils/isHttpUrl';
import { partClassName, type StylingProps } from '../../utils/partClassName';
import { visuallyHidden } from '../../utils/visuallyHidden';
import { describeReasons } from './describeReasons';
import { formatValue } from '../../utils/formatValue';

/** How many recommendations show before the "Show N more" button. */
const DEFAULT_INITIAL_COUNT = 5;

/** A recommendation's priority. */
export type RecommendationPriority = Recommendation['priority'];

/** Props of `RecommendationList`. */
export interface RecommendationListProps extends ResultSourceProps, StylingProps {
  /** Show at most this many recommendations, the highest priority first. */
  limit?: number;
  /**
   * How many to show before a "Show N more" button (default 5): the first few are what to act on, and
   * a long list buries them. `Infinity` shows them all at once.
   */
  initialCount?: number;
  /** Show only recommendations of these priorities (default: all). */
  priorities?: readonly RecommendationPriority[];
  /** The heading's text (default: the `recommendations.title` message). */
  title?: string;
  /** The heading level of the list's title; each recommendation's title is one level below (default 2). */
  headingLevel?: HeadingLevel;
  /** What to say when there is nothing to recommend (default: the `recommendations.empty` message). */
  emptyMessage?: string;
}

/**
 * The profile's recommendations, highest priority first and the first five shown: each with its
 * priority in words, what to do, what it could add to the index, why it came up (the answers, scores
 * and figures behind it, in plain sentences), the practice it is based on, and further reading.
 * @example <RecommendationList profile={profile} priorities={['high']} limit={3} />
 */
export function RecommendationList(props: RecommendationListProps) {
  const { limit, initialCount = DEFAULT_INITIAL_COUNT, priorities, title, headingLevel = 2, emptyMessage, className, unstyled } = props;
  const [expanded, setExpanded] = useState(false);
  const source = useResultSource('RecommendationList', props);
  const { profile, messages, text } = source;
  const cn = partClassName('RecommendationList', { className, unstyled });
  const id = useId();
  const Heading = headingTag(headingLevel);
  const ItemHeading = headingTag(headingLevel, 1);

  const filtered = priorities ? profile.recommendations.filter((item) => priorities.includes(item.priority)) : profile.recommendations;
  const allowed = limit === undefined ? filtered : filtered.slice(0, Math.max(0, limit));
  const firstCount = Math.max(1, initialCount);
  const hidden = expanded ? 0 : Math.max(0, allowed.length - firstCount);
  const items = hidden > 0 ? allowed.slice(0, firstCount) : allowed;
  const listId = `${id}-list`;

  return (
    <section className={cn()} aria-labelledby={`${id}-title`} data-state={items.length > 0 ? 'filled' : 'empty'}>
      <Heading id={`${id}-title`} className={cn('title', 'rk-Heading')}>
        {title ?? messages['recommendations.title']}
      </Heading>
      {items.length === 0 ? (
        <p className={cn('empty')}>{emptyMessage ?? messages['recommendations.empty']}</p>
      ) : (
        <ol id={listId} className={cn('list')}>
          {items.map((item, index) => {
            const itemId = `${id}-${index}`;
            const reasons = describeReasons(item.reasons, source);
            const links = (item.links ?? []).filter((link) => isHttpUrl(link.url));
            return (
              <li key={item.id} className={cn('item')} data-priority={item.priority}>
                <article className={cn('article')} aria-labelledby={`${itemId}-title`}>
                  <ItemHeading id={`${itemId}-title`} className={cn('itemTitle')}>
                    {text(item.title)}
                  </ItemHeading>
                  <p className={cn('priority')} data-priority={item.priority}>
                    {messages[`recommendations.priority.${item.priority}`]}
                  </p>
                  <p className={cn('body')}>{text(item.body)}</p>
                  {item.impact > 0 && (
                    <p className={cn('impact')}>
                      {formatMessage(messages, 'recommendations.impact', { points: formatValue(item.impact, 'count', { locale: source.locale }) }, source.locale)}
                    </p>
                  )}
                  {reasons.length > 0 && (
                    <div className={cn('reasons')}>
                      <p id={`${itemId}-why`} className={cn('why')}>
                        {messages['recommendations.why']}
                      </p>
                      <ul className={cn('reasonList')} aria-labelledby={`${itemId}-why`}>
                        {reasons.map((reason) => (
                          <li key={reason} className={cn('reason')}>
                            {reason}
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                  {item.source !== undefined && (
                    <p className={cn('source')}>{formatMessage(messages, 'recommendations.source', { source: text(item.source) })}</p>
                  )}
                  {links.length > 0 && (
                    <ul className={cn('links')}>
                      {links.map((link, linkIndex) => (
                        <li key={`${linkIndex}:${link.url}`} className={cn('linkItem')}>
                          <a className={cn('link', 'rk-Link')} href={link.url} rel="noopener noreferrer" target="_blank">
                            {text(link.label) || link.url}{' '}
                            <span style={visuallyHidden}>{messages['recommendations.newTab']}</span>
                          </a>
                        </li>
                      ))}
                    </ul>
                  )}
                </article>
              </li>
            );
          })}
        </ol>
      )}
      {allowed.length > firstCount && (
        <button
          type="button"
          className={cn('toggle', 'rk-Button')}
          data-variant="secondary"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded ? messages['recommendations.showFewer'] : formatMessage(messages, 'recommendations.showMore', { count: hidden })}
        </button>
      )}
    </section>
  );
}
