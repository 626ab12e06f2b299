import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { scoreAnswers, type Answers } from '../../src/core';
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
    expect(within(summary).getByText('Readiness index').closest('p')).toHaveTextContent('Readiness index 90 out of 100');
    expect(within(summary).getByText('Social business network')).toBeInTheDocument();
    expect(within(summary).getByText(/Social media works as your business network/)).toBeInTheDocument();
    expect(within(summary).getByText('100% of questions answered')).toBeInTheDocument();
    expect(within(summary).queryByText(/Provisional/)).toBeNull();
    expect(within(summary).getByRole('heading', { name: 'Practice orientation', level: 3 })).toBeInTheDocument();
    expect(within(summary).getByText(/^B2B practice, \+97/)).toHaveTextContent(
      'On a scale from −100 (B2C practice) to +100 (B2B practice).',
    );
    expect(within(summary).getByText('Your practice fits the market you sell to.')).toBeInTheDocument();
    const strengths = within(summary).getByRole('heading', { name: 'Strengths' }).nextElementSibling as HTMLElement;
    expect(within(strengths).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Measurement 100/100',
      'Organisation and governance 100/100',
      'Relationships and referrals 93/100',
      'Audience and decision process 92/100',
      'Platforms and presence 92/100',
      'Content, messaging and tone 92/100',
      'Social proof 90/100',
      'Goals and sales cycle 89/100',
      'Network and employee advocacy 87/100',
    ]);
    expect(within(summary).getByRole('heading', { name: 'Gaps' }).nextElementSibling).toHaveTextContent('None yet');
    await expectNoAxeViolations(container);
  });

  it('flags a B2B seller with a B2C-style practice as a mismatch, in words', async () => {
    const { container } = render(<ProfileSummary questionnaire={socialMediaAssessment} profile={manufacturer} />);
    const fit = screen.getByRole('heading', { name: 'Market fit' }).parentElement as HTMLElement;
    expect(fit).toHaveAttribute('data-fit', 'mismatch');
    expect(fit).toHaveTextContent('Mismatch: your practice leans the opposite way to the market you sell to.');
    expect(screen.getByText(/^B2C practice, -62/)).toBeInTheDocument();
    const gaps = screen.getByRole('heading', { name: 'Gaps' }).nextElementSibling as HTMLElement;
    expect(within(gaps).getAllByRole('listitem')[0]).toHaveTextContent('Platforms and presence 17/100');
    expect(screen.getByRole('heading', { name: 'Strengths' }).nextElementSibling).toHaveTextContent('None yet');
    await expectNoAxeViolations(container);
  });

  it('says when a B2C seller with a B2C practice is aligned', () => {
    render(<ProfileSummary questionnaire={socialMediaAssessment} profile={score(consumerFashion)} />);
    expect(screen.getByRole('region')).toHaveAttribute('data-fit', 'aligned');
    expect(screen.getByText('Your practice fits the market you sell to.')).toBeInTheDocument();
    expect(screen.getByText(/^B2C practice, -93/)).toBeInTheDocument();
  });

  it('says when the practice is mixed', () => {
    const mixed = score({
      ...enterpriseSaas,
      market: 'b2c',
      main_platform_effort: 'visual_platforms',
      voice: 'casual',
      content_focus: 'entertaining',
      proof_style: 'influencers_ratings',
      community_purpose: 'fans_contests',
    });
    expect(mixed.fit.status).toBe('mixed');
    render(<ProfileSummary questionnaire={socialMediaAssessment} profile={mixed} />);
    expect(screen.getByText('Your practice is mixed: parts fit your market, parts do not.')).toBeInTheDocument();
    expect(screen.getByText(/^Mixed practice, /)).toBeInTheDocument();
  });

  it('marks a result from few answers as provisional, with unknown fit and orientation', async () => {
    const oneAnswer = score({ main_platform_effort: 'professional_networks' });
    const { container } = render(<ProfileSummary questionnaire={socialMediaAssessment} profile={oneAnswer} />);
    const summary = screen.getByRole('region');
    expect(summary).toHaveAttribute('data-state', 'provisional');
    expect(screen.getByText('3% of questions answered')).toBeInTheDocument();
    expect(screen.getByText('Provisional: answer more questions for a reliable result.')).toBeInTheDocument();
    expect(summary).toHaveAttribute('data-fit', 'unknown');
    expect(screen.getByText('Not known yet: tell us who you sell to and how you work.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('moves the provisional threshold with `provisionalBelow`', () => {
    const { rerender } = render(<ProfileSummary questionnaire={socialMediaAssessment} profile={enterprise} provisionalBelow={1.01} />);
    expect(screen.getByText(/^Provisional/)).toBeInTheDocument();
    rerender(<ProfileSummary questionnaire={socialMediaAssessment} profile={score({ market: 'b2b' })} provisionalBelow={0} />);
    expect(screen.queryByText(/^Provisional/)).toBeNull();
  });

  it('shows an empty profile without inventing results', async () => {
    const { container } = render(<ProfileSummary questionnaire={socialMediaAssessment} profile={score({})} />);
    expect(screen.getByText('0% of questions answered')).toBeInTheDocument();
    expect(screen.getByText(/^Not enough answers to place your practice\./)).toBeInTheDocument();
    expect(screen.getAllByText('None yet')).toHaveLength(2);
    expect(container.querySelector('.rk-ProfileSummary-marker')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('says which dimension capped the tier, and the tier the index alone would reach', async () => {
    expect(cappedProfile.cappedBy).toBe('measurement');
    const { container } = render(<ProfileSummary questionnaire={socialMediaAssessment} profile={cappedProfile} />);
    expect(screen.getByRole('region')).toHaveAttribute('data-tier', 'presence');
    expect(
      screen.getByText('Held back by your weakest area, Measurement: your index alone would reach Formalised network.'),
    ).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it.each(tierIds)('names the %s tier from its story fixture', (tier) => {
    const profile = profileByTier[tier];
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
    expect(screen.getByText(/^B2C practice, -62/)).toBeInTheDocument();
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

  it('drops its class names when unstyled, keeping the data attributes', () => {
    const { container } = render(<ProfileSummary questionnaire={socialMediaAssessment} profile={enterprise} unstyled className="host" />);
    expect(container.querySelector('[class*="rk-"]')).toBeNull();
    expect(container.firstElementChild).toHaveClass('host');
    expect(container.firstElementChild).toHaveAttribute('data-tier', 'network');
  });
});
