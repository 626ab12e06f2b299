import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { localise, scoreAnswers, type Profile, type Recommendation } from '../../src/core';
import { socialMediaAssessment, socialMediaReference } from '../../src/content/social-media';
import { AssessmentProvider } from '../../src/react/components/AssessmentProvider/AssessmentProvider';
import { RecommendationList } from '../../src/react/components/RecommendationList/RecommendationList';
import b2bManufacturerInstagram from '../../examples/answers/b2b-manufacturer-instagram.json';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';
import { expectNoAxeViolations } from './helpers/expectNoAxeViolations';

const manufacturer = scoreAnswers(socialMediaAssessment, b2bManufacturerInstagram);
const empty = scoreAnswers(socialMediaAssessment, {});

/** The "Why" sentences of the recommendation whose heading is `title`. */
function reasonsOf(title: string): string[] {
  const article = screen.getByRole('article', { name: title });
  return within(within(article).getByRole('list', { name: 'Why' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

const titleOf = (id: string) => localise(socialMediaAssessment.rules?.find((rule) => rule.id === id)?.title);

describe('RecommendationList', () => {
  it('lists every recommendation of the mismatch profile in priority order, with priority, body and source', async () => {
    const { container } = render(<RecommendationList questionnaire={socialMediaAssessment} profile={manufacturer} />);
    expect(screen.getByRole('heading', { level: 2, name: 'What to do next' })).toBeInTheDocument();
    const articles = screen.getAllByRole('article');
    expect(articles).toHaveLength(manufacturer.recommendations.length);
    expect(articles.length).toBeGreaterThan(10);
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(
      manufacturer.recommendations.map((recommendation) => localise(recommendation.title)),
    );
    const first = articles[0]!;
    expect(within(first).getByRole('heading')).toHaveTextContent('You sell to businesses, but your social media speaks to consumers');
    expect(first.closest('li')).toHaveAttribute('data-priority', 'high');
    expect(within(first).getByText('High priority')).toBeInTheDocument();
    expect(within(first).getByText(/^Your practice leans to the B2C side/)).toBeInTheDocument();
    expect(within(first).getByText(/^Based on: Guide “How B2B social strategy differs from B2C”/)).toBeInTheDocument();
    const last = articles.at(-1)!;
    expect(within(last).getByRole('heading')).toHaveTextContent(titleOf('raise_thought_leadership'));
    expect(within(last).getByText('Low priority')).toBeInTheDocument();
    expect(screen.getAllByText('Medium priority')).toHaveLength(
      manufacturer.recommendations.filter((recommendation) => recommendation.priority === 'medium').length,
    );
    expect(container.querySelector('ol')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('says why, in sentences with the questions’, options’, dimensions’ and KPIs’ own labels', () => {
    render(<RecommendationList questionnaire={socialMediaAssessment} profile={manufacturer} />);
    expect(reasonsOf('You sell to businesses, but your social media speaks to consumers')).toEqual([
      'Your practice leans the opposite way to the market you sell to.',
      'You answered “Businesses and other organisations (B2B)” to “Who do you mainly sell to?”.',
    ]);
    expect(reasonsOf(titleOf('invest_in_linkedin'))).toContain(
      'You answered “Visual mass-market platforms such as Instagram, TikTok or Facebook” to “Where does most of your social-media effort go?”.',
    );
    expect(reasonsOf(titleOf('educational_content_first'))).toEqual([
      'You answered “Businesses and other organisations (B2B)” to “Who do you mainly sell to?”.',
      'You answered “Entertaining: trends, humour and lifestyle” to “What is most of your content?”.',
      'You answered “15%” to “Roughly what share of your posts is educational (%)?”.',
    ]);
    // Eight tests held on one multi-choice answer: it is said once, with both chosen options.
    expect(reasonsOf(titleOf('track_lead_quality'))).toEqual([
      'You answered “Businesses and other organisations (B2B)” to “Who do you mainly sell to?”.',
      'You answered “Reach and follower numbers and Engagement rate” to “Which of these do you track for social media? Choose all that apply.”.',
      'You answered “Yes, set by marketing” to “Do you have agreed definitions of a marketing-qualified lead (MQL) and a sales-qualified lead (SQL)?”.',
    ]);
    expect(reasonsOf(titleOf('expand_company_network'))).toContain('Advocacy participation is 3.3%.');
    expect(reasonsOf(titleOf('revise_creative_and_offer'))).toEqual([
      'Click-through rate (CTR) is 0.3%, below the benchmark range.',
      'MQL-to-SQL rate is 0%, below the benchmark range.',
    ]);
    expect(reasonsOf(titleOf('add_progression_steps'))).toEqual([
      'Engagement rate is 4%, above the benchmark range.',
      'Lead-to-opportunity rate is 0%.',
    ]);
  });

  it('puts dimension, axis, likert and unanswered reasons into words too', async () => {
    const questionnaire = miniQuestionnaire();
    questionnaire.rules?.push({ id: 'lean', priority: 'low', when: { axis: 'orientation', lt: 0 }, title: 'Lean', body: 'Lean.' });
    const profile = scoreAnswers(questionnaire, {
      market: 'b2b',
      channel: 'tiktok',
      formats: ['memes'],
      helpful: 2,
      impressions: 1000,
      clicks: 2,
    });
    const { container } = render(<RecommendationList profile={profile} questionnaire={questionnaire} />);
    expect(reasonsOf('Deepen')).toEqual(['Depth scored 13 out of 100.']);
    expect(reasonsOf('Mismatch')).toEqual(['Your practice leans the opposite way to the market you sell to.']);
    expect(reasonsOf('Go professional')).toEqual(['You answered “TikTok” to “Main channel”.']);
    expect(reasonsOf('Fix creative')).toEqual(['CTR is 0.2%, below the benchmark range.']);
    expect(reasonsOf('Help others')).toEqual([
      'You answered “Businesses” to “Who do you sell to?”.',
      'You answered “2 of 5” to “We help without a sales ask”.',
    ]);
    expect(reasonsOf('Lean')).toEqual(['Your practice sits at -83 on Orientation, where -100 is B2C and +100 is B2B.']);
    await expectNoAxeViolations(container);

    const unknown: Recommendation = {
      id: 'custom',
      priority: 'low',
      title: 'Custom',
      body: 'Body.',
      reasons: [
        { kind: 'answer', questionId: 'channel', value: undefined, test: 'answered false' },
        { kind: 'kpi', kpiId: 'cpl', value: null, band: 'unavailable', test: 'lt 100' },
        { kind: 'fit', status: 'unknown', test: 'fit unknown' },
        { kind: 'dimension', dimensionId: 'reach', score: null, test: 'lt 40' },
      ],
    };
    render(<RecommendationList profile={{ ...profile, recommendations: [unknown] }} questionnaire={questionnaire} title="Custom list" />);
    expect(reasonsOf('Custom')).toEqual([
      'You did not answer “Main channel”.',
      'CPL could not be worked out from your figures.',
      'It is not known yet whether your practice fits the market you sell to.',
      'Reach has no score yet.',
    ]);
  });

  it('shows at most `limit` recommendations, highest priority first', async () => {
    const { container } = render(<RecommendationList questionnaire={socialMediaAssessment} profile={manufacturer} limit={3} />);
    expect(screen.getAllByRole('article').map((article) => within(article).getByRole('heading').textContent)).toEqual(
      manufacturer.recommendations.slice(0, 3).map((recommendation) => localise(recommendation.title)),
    );
    await expectNoAxeViolations(container);
  });

  it('filters by priority, and combines the filter with the limit', async () => {
    const { container, rerender } = render(<RecommendationList questionnaire={socialMediaAssessment} profile={manufacturer} priorities={['low']} />);
    expect(screen.getAllByRole('article').map((article) => within(article).getByRole('heading').textContent)).toEqual([
      titleOf('raise_thought_leadership'),
    ]);
    rerender(<RecommendationList questionnaire={socialMediaAssessment} profile={manufacturer} priorities={['medium']} limit={2} />);
    const medium = screen.getAllByRole('article');
    expect(medium.map((article) => within(article).getByRole('heading').textContent)).toEqual([
      titleOf('professional_voice'),
      titleOf('play_long_game'),
    ]);
    for (const article of medium) expect(article.closest('li')).toHaveAttribute('data-priority', 'medium');
    rerender(<RecommendationList questionnaire={socialMediaAssessment} profile={manufacturer} priorities={['high', 'low']} />);
    expect(screen.queryByText('Medium priority')).toBeNull();
    expect(screen.getAllByText('High priority')).toHaveLength(6);
    await expectNoAxeViolations(container);
  });

  it('shows the empty message when nothing fired or nothing passes the filter', async () => {
    const { container, rerender } = render(<RecommendationList questionnaire={socialMediaAssessment} profile={empty} />);
    expect(screen.getByText('No recommendations: nothing stood out.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
    expect(container.firstElementChild).toHaveAttribute('data-state', 'empty');
    await expectNoAxeViolations(container);
    const highOnly: Profile = { ...manufacturer, recommendations: manufacturer.recommendations.filter((r) => r.priority === 'high') };
    rerender(<RecommendationList questionnaire={socialMediaAssessment} profile={highOnly} priorities={['low']} emptyMessage="Nothing minor to do." />);
    expect(screen.getByText('Nothing minor to do.')).toBeInTheDocument();
  });

  it('renders http(s) links safely and never a javascript: link', async () => {
    const [first] = manufacturer.recommendations;
    const profile: Profile = {
      ...manufacturer,
      recommendations: [
        {
          ...first!,
          links: [
            { label: 'Read the guide', url: 'https://example.com/guide' },
            { label: 'Click me', url: 'javascript:alert(1)' },
            { label: 'Sneaky', url: 'JaVaScRiPt:alert(2)' },
          ],
        },
      ],
    };
    const { container } = render(<RecommendationList questionnaire={socialMediaAssessment} profile={profile} />);
    const link = screen.getByRole('link', { name: 'Read the guide (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://example.com/guide');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(container.querySelector('a[href^="javascript" i]')).toBeNull();
    expect(screen.queryByText('Click me')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('reads the live profile inside AssessmentProvider', async () => {
    const { container } = render(
      <AssessmentProvider questionnaire={socialMediaAssessment} reference={socialMediaReference} defaultAnswers={b2bManufacturerInstagram}>
        <RecommendationList limit={1} headingLevel={3} />
      </AssessmentProvider>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'What to do next' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent(titleOf('align_practice_with_business_buyers'));
    await expectNoAxeViolations(container);
  });

  it('names both components when used outside a provider without a profile', () => {
    expect(() => renderToString(<RecommendationList />)).toThrow(
      '`RecommendationList` must be used within `AssessmentProvider` or given a `profile` prop',
    );
  });
});
