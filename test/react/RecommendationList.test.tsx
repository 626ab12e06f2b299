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
    const { container } = render(<RecommendationList questionnaire={socialMediaAssessment} profile={manufacturer} initialCount={Infinity} />);
    expect(screen.getByRole('heading', { level: 2, name: 'What to do next' })).toBeInTheDocument();
    const articles = screen.getAllByRole('article');
    expect(articles).toHaveLength(manufacturer.recommendations.length);
    expect(articles.length).toBeGreaterThan(10);
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(
      manufacturer.recommendations.map((recommendation) => localise(recommendation.title)),
    );
    const rank: Record<string, number> = { high: 0, medium: 1, low: 2 };
    const priorities = articles.map((article) => article.closest('li')!.getAttribute('data-priority')!);
    expect(priorities).toEqual([...priorities].sort((x, y) => rank[x]! - rank[y]!));
    const first = articles[0]!;
    expect(within(first).getByRole('heading')).toHaveTextContent('You sell to businesses, but your social media speaks to consumers');
    expect(first.closest('li')).toHaveAttribute('data-priority', 'high');
    expect(within(first).getByText('High priority')).toBeInTheDocument();
    expect(within(first).getByText(/^Most of your choices, such as where you post, what you post and how people buy, sit on the consumer side\./)).toBeInTheDocument();
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
    render(<RecommendationList questionnaire={socialMediaAssessment} profile={manufacturer} initialCount={Infinity} />);
    expect(reasonsOf('You sell to businesses, but your social media speaks to consumers')).toEqual([
      'Your practice leans the opposite way to the market you sell to.',
      'You answered “Businesses and other organisations (B2B)” to “Who do you mainly sell to?”.',
    ]);
    expect(reasonsOf(titleOf('invest_in_linkedin'))).toContain(
      'You answered “Visual mass-market platforms such as Instagram, TikTok, YouTube or Facebook” to “Where does most of your social-media effort go?”.',
    );
    expect(reasonsOf(titleOf('educational_content_first'))).toEqual([
      'You answered “Businesses and other organisations (B2B)” to “Who do you mainly sell to?”.',
      'You answered “Entertaining: trends, humour and everyday life” to “What is most of your content?”.',
      'You answered “15%” to “Roughly what share of your posts is educational (%)?” (below 50%).',
    ]);
    // Eight tests on one multi-choice answer are said once: seven options missed read as what was chosen, "only".
    expect(reasonsOf(titleOf('track_lead_quality'))).toEqual([
      'You answered “Businesses and other organisations (B2B)” to “Who do you mainly sell to?”.',
      'You chose only “Reach and follower numbers” and “Engagement rate: reactions, comments, shares and clicks, compared with how many people saw the post” for “Which of these do you track for social media? Choose all that apply.”.',
      'You answered “Yes, set by marketing” to “Do you have agreed definitions of a marketing-qualified lead (MQL) and a sales-qualified lead (SQL)?”.',
    ]);
    // Tone and storytelling are two questions now, each said in its own words.
    expect(reasonsOf(titleOf('professional_voice'))).toEqual([
      'You answered “Businesses and other organisations (B2B)” to “Who do you mainly sell to?”.',
      'You answered “Conversational, like talking with a friend” to “How would you describe the tone of your posts?”.',
      'You answered “Rarely” to “How often do your posts tell a story, such as a customer\'s experience or how something was made?”.',
    ]);
    // A Likert answer with the bound it fell within.
    expect(reasonsOf(titleOf('give_first_to_earn_referrals'))).toContain(
      'You answered “2 of 5” to “We pass on opportunities to customers and partners, such as introductions, leads or referrals, without being asked.” (at most 2).',
    );
    expect(reasonsOf(titleOf('expand_company_network'))).toContain('Advocacy participation is 3.3% (below 10%).');
    expect(reasonsOf(titleOf('revise_creative_and_offer'))).toEqual([
      'You answered “Businesses and other organisations (B2B)” to “Who do you mainly sell to?”.',
      'Click-through rate (CTR) is 0.3%, below the benchmark range.',
      'MQL-to-SQL rate is 0%, below the benchmark range.',
    ]);
    expect(reasonsOf(titleOf('add_progression_steps'))).toEqual([
      'You answered “Businesses and other organisations (B2B)” to “Who do you mainly sell to?”.',
      'Engagement rate is 4%, above the benchmark range.',
      'Lead-to-opportunity rate is 0% (below 5%).',
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
    const { container } = render(<RecommendationList profile={profile} questionnaire={questionnaire} initialCount={Infinity} />);
    expect(reasonsOf('Deepen')).toEqual(['Depth scored 13 of 100 (below 50).']);
    expect(reasonsOf('Mismatch')).toEqual(['Your practice leans the opposite way to the market you sell to.']);
    expect(reasonsOf('Go professional')).toEqual(['You answered “TikTok” to “Main channel”.']);
    expect(reasonsOf('Fix creative')).toEqual(['CTR is 0.2%, below the benchmark range.']);
    expect(reasonsOf('Help others')).toEqual([
      'You answered “Businesses” to “Who do you sell to?”.',
      // `not gte 4` reads as what holds: below 4.
      'You answered “2 of 5” to “We help without a sales ask” (below 4).',
    ]);
    expect(reasonsOf('Lean')).toEqual(['Your practice sits at -83 on Orientation (below 0), where -100 is B2C and +100 is B2B.']);
    await expectNoAxeViolations(container);

    const unknown: Recommendation = {
      id: 'custom',
      priority: 'low',
      title: 'Custom',
      body: 'Body.',
      impact: 0,
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
      'Reach has no score yet: not enough answers.',
    ]);
  });

  it('shows the first five, then the rest behind a "Show N more" button that says whether it is expanded', async () => {
    const many: Profile = {
      ...manufacturer,
      recommendations: Array.from({ length: 8 }, (_, index): Recommendation => ({
        id: `r${index}`,
        priority: 'medium',
        title: `Advice ${index + 1}`,
        body: 'Do it.',
        reasons: [],
        impact: 8 - index,
      })),
    };
    const { container } = render(<RecommendationList questionnaire={socialMediaAssessment} profile={many} />);
    const headings = () => screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings()).toEqual(['Advice 1', 'Advice 2', 'Advice 3', 'Advice 4', 'Advice 5']);
    const toggle = screen.getByRole('button', { name: 'Show 3 more' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute('aria-controls', container.querySelector('ol')!.id);
    await expectNoAxeViolations(container);
    toggle.click();
    expect(await screen.findByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
    expect(headings()).toHaveLength(8);
    // What each could add to the index, in words.
    expect(screen.getByText('Could add up to 8 points to your index.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('shows no button when there are five or fewer', () => {
    render(<RecommendationList questionnaire={socialMediaAssessment} profile={manufacturer} limit={5} />);
    expect(screen.getAllByRole('article')).toHaveLength(5);
    expect(screen.queryByRole('button')).toBeNull();
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
    rerender(<RecommendationList questionnaire={socialMediaAssessment} profile={manufacturer} priorities={['high']} limit={2} />);
    const high = screen.getAllByRole('article');
    // The two high-priority ones with the largest impact (29.3 and 8.9 index points).
    expect(high.map((article) => within(article).getByRole('heading').textContent)).toEqual([
      titleOf('align_practice_with_business_buyers'),
      titleOf('invest_in_linkedin'),
    ]);
    for (const article of high) expect(article.closest('li')).toHaveAttribute('data-priority', 'high');
    rerender(<RecommendationList questionnaire={socialMediaAssessment} profile={manufacturer} priorities={['high', 'low']} initialCount={Infinity} />);
    expect(screen.queryByText('Medium priority')).toBeNull();
    expect(screen.getAllByText('High priority')).toHaveLength(11);
    expect(screen.getAllByText('Low priority')).toHaveLength(1);
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
