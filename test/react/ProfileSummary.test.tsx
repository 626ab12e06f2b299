import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { localise, scoreAnswers, type Answers } from '../../src/core';
import { socialMediaAssessment, socialMediaReference } from '../../src/content/social-media';
import { AssessmentProvider } from '../../src/react/components/AssessmentProvider/AssessmentProvider';
import { ProfileSummary } from '../../src/react/components/ProfileSummary/ProfileSummary';
import b2bManufacturerInstagram from '../../examples/answers/b2b-manufacturer-instagram.json';
import consumerFashion from '../../examples/answers/consumer-fashion.json';
import enterpriseSaas from '../../examples/answers/enterprise-saas.json';
import { cappedProfile, profileByTier, tierIds } from '../../stories/fixtures/profiles';
import { expectNoAxeViolations } from './helpers/expectNoAxeViolations';

const score = (answers: Answers) => scoreAnswers(socialMediaAssessment, answers);
const enterprise = score(enterpriseSaas);
const manufacturer = score(b2bManufacturerInstagram);

describe('ProfileSummary', () => {
  it('shows the index, tier, completeness, orientation, fit, strengths and gaps of a real profile', async () => {
    const { container } = render(<ProfileSummary questionnaire={socialMediaAssessment} profile={enterprise} />);
    const summary = screen.getByRole('region', { name: 'Your readiness profile' });
    expect(summary).toHaveAttribute('data-tier', 'network');
    expect(summary).toHaveAttribute('data-fit', 'aligned');
    expect(within(summary).getByText('Readiness index').closest('p')).toHaveTextContent('Readiness index 94 out of 100');
    expect(within(summary).getByText('Integrated')).toBeInTheDocument();
    expect(within(summary).getByText(/^Social media is part of how your business runs/)).toBeInTheDocument();
    expect(within(summary).getByText('100% of questions answered')).toBeInTheDocument();
    expect(within(summary).queryByText(/Provisional/)).toBeNull();
    expect(within(summary).getByRole('heading', { name: 'Practice orientation', level: 3 })).toBeInTheDocument();
    expect(within(summary).getByText(/^B2B practice, \+97/)).toHaveTextContent(
      'On a scale from −100 (B2C practice) to +100 (B2B practice).',
    );
    expect(within(summary).getByText('Your practice fits the market you sell to.')).toBeInTheDocument();
    const strengths = within(summary).getByRole('heading', { name: 'Strengths' }).nextElementSibling as HTMLElement;
    // Best first; equal scores in the definition's order.
    expect(within(strengths).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Goals and sales cycle 100/100',
      'Platforms and presence 100/100',
      'Social proof 100/100',
      'Measurement 100/100',
      'Organisation and governance 100/100',
      'Content, messaging and tone 93/100',
      'Audience and decision process 92/100',
      'Relationships and referrals 90/100',
      'Network and employee advocacy 88/100',
      'Community and information sharing 77/100',
    ]);
    expect(within(summary).getByRole('heading', { name: 'Gaps' }).nextElementSibling).toHaveTextContent('None yet');
    await expectNoAxeViolations(container);
  });

  it('flags a B2B seller with a B2C-style practice as a mismatch, in words', async () => {
    const { container } = render(<ProfileSummary questionnaire={socialMediaAssessment} profile={manufacturer} />);
    const fit = screen.getByRole('heading', { name: 'Market fit' }).parentElement as HTMLElement;
    expect(fit).toHaveAttribute('data-fit', 'mismatch');
    expect(fit).toHaveTextContent('Mismatch: your practice leans the opposite way to the market you sell to.');
    expect(screen.getByText(/^B2C practice, -46/)).toBeInTheDocument();
    const gaps = screen.getByRole('heading', { name: 'Gaps' }).nextElementSibling as HTMLElement;
    // Weakest first: visual platforms, a company page only and no groups earn 1 of 9 points from a business seller.
    expect(within(gaps).getAllByRole('listitem')[0]).toHaveTextContent('Platforms and presence 11/100');
    expect(screen.getByRole('heading', { name: 'Strengths' }).nextElementSibling).toHaveTextContent('None yet');
    await expectNoAxeViolations(container);
  });

  it('says when a B2C seller with a B2C practice is aligned', () => {
    render(<ProfileSummary questionnaire={socialMediaAssessment} profile={score(consumerFashion)} />);
    expect(screen.getByRole('region')).toHaveAttribute('data-fit', 'aligned');
    expect(screen.getByText('Your practice fits the market you sell to.')).toBeInTheDocument();
    expect(screen.getByText(/^B2C practice, -92/)).toBeInTheDocument();
  });

  it('says when the practice is mixed', () => {
    const mixed = score({
      ...enterpriseSaas,
      market: 'b2c',
      main_platform_effort: 'visual_platforms',
      tone: 'conversational',
      content_focus: 'entertaining',
      proof_style: 'influencers_ratings',
      community_purpose: 'fans_contests',
    });
    expect(mixed.fit.status).toBe('mixed');
    render(<ProfileSummary questionnaire={socialMediaAssessment} profile={mixed} />);
    expect(screen.getByText('Your practice is mixed: parts fit your market, parts do not.')).toBeInTheDocument();
    expect(screen.getByText(/^Mixed practice, /)).toBeInTheDocument();
  });

  it('marks a result from few answers as provisional: no tier claimed, how many more answers a tier needs, unknown fit and orientation', async () => {
    const oneAnswer = score({ main_platform_effort: 'professional_networks' });
    expect(oneAnswer.provisionalReason?.code).toBe('too_few_answers');
    const { container } = render(<ProfileSummary questionnaire={socialMediaAssessment} profile={oneAnswer} />);
    const summary = screen.getByRole('region');
    expect(summary).toHaveAttribute('data-state', 'provisional');
    expect(summary).not.toHaveAttribute('data-tier');
    expect(screen.getByText('Provisional: too little is answered yet for a reliable result.')).toBeInTheDocument();
    expect(screen.getByText(`Answer ${oneAnswer.provisionalReason!.needed} more questions for a tier`)).toBeInTheDocument();
    for (const tier of socialMediaAssessment.tiers) expect(screen.queryByText(localise(tier.label))).toBeNull();
    expect(summary).toHaveAttribute('data-fit', 'unknown');
    expect(screen.getByText('Not known yet: tell us who you sell to and how you work.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('claims the tier once enough is answered', () => {
    expect(enterprise.provisional).toBe(false);
    render(<ProfileSummary questionnaire={socialMediaAssessment} profile={enterprise} />);
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'final');
    expect(screen.queryByText(/^Provisional/)).toBeNull();
    expect(screen.getByText(localise(socialMediaAssessment.tiers.find((tier) => tier.id === enterprise.tier)!.label))).toBeInTheDocument();
  });

  it('shows an empty profile without inventing results', async () => {
    const { container } = render(<ProfileSummary questionnaire={socialMediaAssessment} profile={score({})} />);
    expect(screen.getByText('0% of questions answered')).toBeInTheDocument();
    // Blank input: no index, no tier, and the words say why.
    expect(screen.getByText('Nothing is answered yet, so there is no index and no tier.')).toBeInTheDocument();
    expect(screen.queryByText('out of 100')).toBeNull();
    expect(screen.getByText(/^Not enough answers to place your practice\./)).toBeInTheDocument();
    // The index, the strengths and the gaps.
    expect(screen.getAllByText('None yet')).toHaveLength(3);
    expect(container.querySelector('.rk-ProfileSummary-marker')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('says which dimension capped the tier, and the tier the index alone would reach', async () => {
    expect(cappedProfile.cappedBy).toBe('measurement');
    const { container } = render(<ProfileSummary questionnaire={socialMediaAssessment} profile={cappedProfile} />);
    expect(screen.getByRole('region')).toHaveAttribute('data-tier', 'presence');
    expect(
      screen.getByText('Held back by your weakest area, Measurement: your index alone would reach Integrated.'),
    ).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it.each(tierIds)('names the %s tier from its story fixture', (tier) => {
    const profile = profileByTier[tier];
    // Built from the current questions and options (a stale id would be an issue), and enough to claim a tier.
    expect(profile.issues).toEqual([]);
    expect(profile.provisional).toBe(false);
    expect(profile.tier).toBe(tier);
    render(<ProfileSummary questionnaire={socialMediaAssessment} profile={profile} />);
    const label = socialMediaAssessment.tiers.find((candidate) => candidate.id === tier)?.label as { en: string };
    expect(screen.getByRole('region')).toHaveAttribute('data-tier', tier);
    expect(screen.getByText(label.en, { selector: 'strong' })).toBeInTheDocument();
  });

  it('formats numbers for the locale and takes the title and heading level from props', () => {
    render(<ProfileSummary questionnaire={socialMediaAssessment} profile={manufacturer} locale="de" title="Ergebnis" headingLevel={3} />);
    expect(screen.getByRole('heading', { name: 'Ergebnis', level: 3 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Market fit', level: 4 })).toBeInTheDocument();
    expect(screen.getByText('100 % of questions answered')).toBeInTheDocument();
    expect(screen.getByText(/^B2C practice, -46/)).toBeInTheDocument();
  });

  it('reads the live profile inside AssessmentProvider', () => {
    render(
      <AssessmentProvider questionnaire={socialMediaAssessment} reference={socialMediaReference} defaultAnswers={b2bManufacturerInstagram}>
        <ProfileSummary />
      </AssessmentProvider>,
    );
    expect(screen.getByRole('region')).toHaveAttribute('data-fit', 'mismatch');
    expect(screen.getByText('Readiness index').closest('p')).toHaveTextContent('32');
  });

  it('names itself and the provider when used outside one without a profile', () => {
    expect(() => renderToString(<ProfileSummary />)).toThrow(
      '`ProfileSummary` must be used within `AssessmentProvider` or given a `profile` prop',
    );
  });

  it('renders on the server', () => {
    const html = renderToString(<ProfileSummary questionnaire={socialMediaAssessment} profile={manufacturer} />);
    expect(html).toContain('data-fit="mismatch"');
    expect(html).toContain('Mismatch: your practice');
  });

  it('names strengths and gaps without their scores, and links to them, where the page shows the scores (scoresHref)', async () => {
    const { container } = render(<ProfileSummary questionnaire={socialMediaAssessment} profile={manufacturer} scoresHref="#scores" />);
    const gaps = screen.getByRole('heading', { name: 'Gaps' }).nextElementSibling as HTMLElement;
    expect(within(gaps).getAllByRole('listitem')[0]).toHaveTextContent(/^Platforms and presence$/);
    expect(container).not.toHaveTextContent('/100');
    expect(screen.getByRole('link', { name: 'See the score of every dimension' })).toHaveAttribute('href', '#scores');
    await expectNoAxeViolations(container);
  });

  it('words the link to the scores in the respondent’s language', () => {
    const { rerender } = render(<ProfileSummary questionnaire={socialMediaAssessment} profile={manufacturer} scoresHref="#scores" locale="zh-Hant" />);
    expect(screen.getByRole('link', { name: '查看各面向的分數' })).toBeInTheDocument();
    rerender(<ProfileSummary questionnaire={socialMediaAssessment} profile={manufacturer} scoresHref="#scores" locale="ha" />);
    expect(screen.getByRole('link', { name: 'Duba makin kowane fanni' })).toBeInTheDocument();
  });

  it('ignores a scoresHref that is neither in-page nor http(s), and shows the scores instead', () => {
    render(<ProfileSummary questionnaire={socialMediaAssessment} profile={manufacturer} scoresHref="javascript:alert(1)" />);
    expect(screen.queryByRole('link')).toBeNull();
    const gaps = screen.getByRole('heading', { name: 'Gaps' }).nextElementSibling as HTMLElement;
    expect(within(gaps).getAllByRole('listitem')[0]).toHaveTextContent('Platforms and presence 11/100');
  });

  it('follows its link to the scores inside the kit, in a shadow root too, never touching the page’s URL', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const mount = document.createElement('div');
    shadow.append(mount);
    const hashBefore = window.location.hash;
    render(
      <>
        <ProfileSummary questionnaire={socialMediaAssessment} profile={manufacturer} scoresHref="#scores" />
        <section id="scores">the chart</section>
      </>,
      { container: mount },
    );
    const link = within(mount).getByRole('link', { name: 'See the score of every dimension' });
    await userEvent.click(link);
    const chart = shadow.getElementById('scores')!;
    expect(shadow.activeElement).toBe(chart);
    expect(chart).toHaveAttribute('tabindex', '-1');
    expect(window.location.hash).toBe(hashBefore);
    host.remove();
  });

  it('drops its class names when unstyled, keeping the data attributes', () => {
    const { container } = render(<ProfileSummary questionnaire={socialMediaAssessment} profile={enterprise} unstyled className="host" />);
    expect(container.querySelector('[class*="rk-"]')).toBeNull();
    expect(container.firstElementChild).toHaveClass('host');
    expect(container.firstElementChild).toHaveAttribute('data-tier', 'network');
  });
});
