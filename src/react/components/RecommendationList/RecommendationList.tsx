import { useId } from 'react';
import type { Recommendation } from '../../../core';
import { useResultSource, type ResultSourceProps } from '../../context/useResultSource';
import { formatMessage } from '../../i18n/formatMessage';
import { headingTag, type HeadingLevel } from '../../utils/heading';
import { isHttpUrl } from '../../utils/isHttpUrl';
import { partClassName, type StylingProps } from '../../utils/partClassName';
import { visuallyHidden } from '../../utils/visuallyHidden';
import { describeReasons } from './describeReasons';

/** A recommendation's priority. */
export type RecommendationPriority = Recommendation['priority'];

/** Props of `RecommendationList`. */
export interface RecommendationListProps extends ResultSourceProps, StylingProps {
  /** Show at most this many recommendations, the highest priority first. */
  limit?: number;
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
 * The profile's recommendations, highest priority first: each with its priority in words, what to
 * do, why it came up (the answers, scores and figures behind it, in plain sentences), the practice it
 * is based on, and further reading.
 * @example <RecommendationList profile={profile} priorities={['high']} limit={3} />
 */
export function RecommendationList(props: RecommendationListProps) {
  const { limit, priorities, title, headingLevel = 2, emptyMessage, className, unstyled } = props;
  const source = useResultSource('RecommendationList', props);
  const { profile, messages, text } = source;
  const cn = partClassName('RecommendationList', { className, unstyled });
  const id = useId();
  const Heading = headingTag(headingLevel);
  const ItemHeading = headingTag(headingLevel, 1);

  const filtered = priorities ? profile.recommendations.filter((item) => priorities.includes(item.priority)) : profile.recommendations;
  const items = limit === undefined ? filtered : filtered.slice(0, Math.max(0, limit));

  return (
    <section className={cn()} aria-labelledby={`${id}-title`} data-state={items.length > 0 ? 'filled' : 'empty'}>
      <Heading id={`${id}-title`} className={cn('title', 'rk-Heading')}>
        {title ?? messages['recommendations.title']}
      </Heading>
      {items.length === 0 ? (
        <p className={cn('empty')}>{emptyMessage ?? messages['recommendations.empty']}</p>
      ) : (
        <ol className={cn('list')}>
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
    </section>
  );
}
