import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { localise, scoreAnswers, type Answers, type Profile } from '../../src/core';
import { socialMediaAssessment, socialMediaReference } from '../../src/content/social-media';
import { AssessmentResult } from '../../src/react/components/AssessmentResult/AssessmentResult';
import enterpriseSaas from '../../examples/answers/enterprise-saas.json';
import { answersAtLevel, consumerProfile, emptyProfile, enterpriseProfile, mismatchProfile, oneDimensionProfile } from '../../stories/fixtures/profiles';
import { peerBenchmark, withheldBenchmark } from '../../stories/fixtures/sampleBenchmark';
import { expectNoAxeViolations } from './helpers/expectNoAxeViolations';

const score = (answers: Answers) => scoreAnswers(socialMediaAssessment, answers);
const tierLabel = (profile: Profile, locale = 'en') => localise(socialMediaAssessment.tiers.find((tier) => tier.id === profile.tier)!.label, locale);
const recommendationTitles = (profile: Profile) => profile.recommendations.map((item) => localise(item.title));

/** The result as the wizard shows it, with the bundled reference content. */
const renderResult = (profile: Profile, extra: Partial<Parameters<typeof AssessmentResult>[0]> = {}) =>
  render(<AssessmentResult profile={profile} questionnaire={socialMediaAssessment} reference={socialMediaReference} headingLevel={2} {...extra} />);

/** The disclosures' summaries, in order. */
const summaries = (container: HTMLElement) => [...container.querySelectorAll('details > summary')].map((summary) => summary.textContent);

/** The disclosure whose summary reads `label`. */
const disclosure = (label: string) => screen.getByText(label, { selector: 'summary *' }).closest('details')!;

/** The sentence that gives the orientation and the fit. */
const fitSentence = (container: HTMLElement) => container.querySelector<HTMLElement>('.rk-ProfileSummary-sentence')!;

/** The enterprise answers with a consumer-style platform, tone, content, proof and community: a practice between the poles. */
const betweenPoles: Answers = {
  ...enterpriseSaas,
  main_platform_effort: 'visual_platforms',
  tone: 'conversational',
  content_focus: 'entertaining',
  proof_style: 'influencers_ratings',
  community_purpose: 'fans_contests',
};

/** A B2C seller whose practice sits between the poles: the ProfileSummary tests' mixed case. */
const mixedProfile = score({ ...betweenPoles, market: 'b2c' });

describe('AssessmentResult at a glance', () => {
  it('shows the index, tier, fit sentence, chart and first three recommendations, with every other part in a closed disclosure', async () => {
    const { container } = renderResult(mismatchProfile);
    const headline = screen.getByRole('region', { name: 'Your readiness profile' });
    expect(headline).toBeVisible();
    expect(within(headline).getByText('Readiness index').closest('p')).toHaveTextContent(`Readiness index ${Math.round(mismatchProfile.index!)} out of 100`);
    expect(within(headline).getByText(tierLabel(mismatchProfile))).toBeVisible();
    expect(fitSentence(container)).toBeVisible();
    expect(screen.getByRole('region', { name: 'Scores by dimension' })).toBeVisible();

    const firstSteps = screen.getByRole('region', { name: 'What to do next' });
    expect(firstSteps).toBeVisible();
    const titles = recommendationTitles(mismatchProfile);
    expect(within(firstSteps).getAllByRole('article').map((article) => within(article).getByRole('heading').textContent)).toEqual(titles.slice(0, 3));
    // The disclosure is the way to the others: no second "Show more" button beside it.
    expect(within(firstSteps).queryByRole('button')).toBeNull();

    expect(summaries(container)).toEqual([
      `${titles.length - 3} more recommendations`,
      'Your profile in detail',
      'Key figures',
      'Your business network',
      'B2B and B2C practice compared',
    ]);
    for (const details of container.querySelectorAll('details')) expect(details).not.toHaveAttribute('open');
    // Closed, each shows only its summary; its content (heading included) is there for printing and find-in-page.
    expect(screen.getByRole('heading', { name: 'Key figures', hidden: true })).not.toBeVisible();
    expect(within(disclosure('Your business network')).getByRole('heading', { name: 'Your business network', hidden: true })).not.toBeVisible();
    expect(within(disclosure(`${titles.length - 3} more recommendations`)).getAllByRole('article', { hidden: true }).map((article) => article.querySelector('h3')?.textContent)).toEqual(
      titles.slice(3),
    );
    expect(within(disclosure('Your profile in detail')).getByText('Mismatch: your practice leans the opposite way to the market you sell to.')).not.toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('opens a disclosure from its summary, which the keyboard reaches', async () => {
    const user = userEvent.setup();
    const { container } = renderResult(enterpriseProfile);
    const summary = disclosure('Key figures').querySelector('summary')!;
    for (let presses = 0; presses < 40 && document.activeElement !== summary; presses += 1) await user.tab();
    expect(summary).toHaveFocus();
    await user.click(summary);
    expect(disclosure('Key figures')).toHaveAttribute('open');
    expect(screen.getByRole('region', { name: 'Key figures' })).toBeVisible();
    expect(within(screen.getByRole('region', { name: 'Key figures' })).getAllByRole('listitem')).toHaveLength(
      enterpriseProfile.kpis.filter((kpi) => kpi.status === 'ok').length,
    );
    await expectNoAxeViolations(container);
  });

  it('labels every summary in the respondent’s language', () => {
    const { container } = renderResult(mismatchProfile, { locale: 'zh-Hant' });
    expect(summaries(container)).toEqual(['還有 10 項建議', '您的概況詳情', '關鍵數據', '您的商業網絡', 'B2B 與 B2C 經營方式比較']);
    const hausa = renderResult(mismatchProfile, { locale: 'ha' });
    expect(summaries(hausa.container)).toEqual([
      'Ƙarin shawarwari 10',
      'Cikakken bayanin shirinku',
      'Muhimman alƙaluma',
      'Hanyar sadarwar kasuwancinku',
      'Kwatanta salon aiki na B2B da na B2C',
    ]);
  });

  it('says "one more recommendation" for a single one left', () => {
    const four = { ...mismatchProfile, recommendations: mismatchProfile.recommendations.slice(0, 4) };
    const { container } = renderResult(four);
    expect(summaries(container)[0]).toBe('One more recommendation');
  });

  it('leaves out the parts with nothing to show rather than an empty disclosure', () => {
    // Three recommendations, no figure given: nothing more to recommend and no key figures.
    const consumer = renderResult(consumerProfile);
    expect(consumerProfile.recommendations).toHaveLength(3);
    expect(summaries(consumer.container)).toEqual(['Your profile in detail', 'Your business network', 'B2B and B2C practice compared']);
    consumer.unmount();

    // No reference content: no rings, and no comparison table, which would only repeat the chart's scores.
    const bare = render(<AssessmentResult profile={emptyProfile} questionnaire={socialMediaAssessment} />);
    expect(summaries(bare.container)).toEqual(['Your profile in detail']);
    expect(screen.queryByRole('table', { name: 'Scores by dimension, side by side', hidden: true })).toBeNull();
    expect(screen.getByText('No recommendations: nothing stood out.')).toBeVisible();
  });

  it.each(['glance', 'full'] as const)('shows each dimension’s score in the chart, and the profile’s strengths link there rather than repeat them (%s)', async (layout) => {
    const { container } = renderResult(enterpriseProfile, { layout });
    const chart = screen.getByRole('region', { name: 'Scores by dimension' });
    expect(chart.id).not.toBe('');
    // Screen readers keep every score, in the chart's table.
    expect(within(chart).getAllByRole('row', { hidden: true })).toHaveLength(11);
    const profile = container.querySelector<HTMLElement>('.rk-ProfileSummary-lists')!;
    const strengths = within(profile).getAllByRole('listitem', { hidden: true });
    expect(strengths).toHaveLength(10);
    for (const strength of strengths) expect(strength).not.toHaveTextContent(/\d/);
    expect(within(profile).getByRole('link', { name: 'See the score of every dimension', hidden: true })).toHaveAttribute('href', `#${chart.id}`);
    await expectNoAxeViolations(container);
  });

  it('shows how companies like the respondent’s score only when the benchmark has a group to show', () => {
    const smallB2b: Answers = { ...answersAtLevel(0.75), market: 'b2b', company_size: 'small' };
    const profile = score(smallB2b);
    const withPeers = renderResult(profile, { benchmark: peerBenchmark, peerAnswers: smallB2b });
    expect(summaries(withPeers.container)).toContain('How companies like yours score');
    expect(within(disclosure('How companies like yours score')).getByRole('region', { name: 'How companies like yours score', hidden: true })).toBeInTheDocument();
    withPeers.unmount();

    const withheld = renderResult(profile, { benchmark: withheldBenchmark, peerAnswers: smallB2b });
    expect(summaries(withheld.container)).not.toContain('How companies like yours score');
  });

  it('reads a provisional result as such before any number', () => {
    const { container } = renderResult(oneDimensionProfile);
    const headline = screen.getByRole('region', { name: 'Your readiness profile' });
    expect(headline).toHaveAttribute('data-state', 'provisional');
    const notice = within(headline).getByText('Provisional: too little is answered yet for a reliable result.');
    const firstNumber = within(headline).getByText(/of questions answered$/);
    const index = container.querySelector('.rk-ProfileSummary-indexValue')!;
    expect(index).toHaveTextContent('100');
    expect(notice.compareDocumentPosition(firstNumber) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(notice.compareDocumentPosition(index) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(headline).getByText(`Answer ${oneDimensionProfile.provisionalReason!.needed} more questions for a tier`)).toBeVisible();
    for (const tier of socialMediaAssessment.tiers) expect(within(headline).queryByText(localise(tier.label))).toBeNull();
  });

  it('shows every part one after the other with layout="full", as before', () => {
    const { container } = renderResult(mismatchProfile, { layout: 'full' });
    expect(container.querySelector('details')).toBeNull();
    expect(container.querySelector('.rk-Result-sentence, .rk-ProfileSummary-sentence')).toBeNull();
    for (const name of ['Your readiness profile', 'What to do next', 'Scores by dimension', 'Key figures', 'Your business network'])
      expect(screen.getByRole('region', { name })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Market fit' })).toBeVisible();
    expect(screen.getByRole('table', { name: 'B2B and B2C practice compared' })).toBeVisible();
    // RecommendationList's own "Show more", which the glance layout replaces with a disclosure.
    expect(screen.getByRole('button', { name: `Show ${mismatchProfile.recommendations.length - 5} more` })).toBeVisible();
  });

  it('opens the closed disclosures while printing and closes only those afterwards', async () => {
    const user = userEvent.setup();
    const { container } = renderResult(mismatchProfile);
    const details = [...container.querySelectorAll('details')];
    await user.click(disclosure('Key figures').querySelector('summary')!);
    window.dispatchEvent(new Event('beforeprint'));
    expect(details.filter((item) => !item.open)).toEqual([]);
    window.dispatchEvent(new Event('afterprint'));
    expect(details.filter((item) => item.open).map((item) => item.dataset.section)).toEqual(['kpis']);
  });
});

describe('AssessmentResult’s fit sentence', () => {
  const market = (id: string, locale: string) => {
    const question = socialMediaAssessment.sections.flatMap((section) => section.questions).find((candidate) => candidate.id === 'market')!;
    return localise(('options' in question ? question.options : []).find((option) => option.id === id)!.label, locale);
  };

  const cases: { name: string; profile: Profile; fit: string; en: string; zh: string }[] = [
    {
      name: 'aligned',
      profile: enterpriseProfile,
      fit: 'aligned',
      en: `Your practice leans to B2B practice, which fits who you sell to: “${market('b2b', 'en')}”.`,
      zh: `您的做法偏向B2B 型經營，符合您的銷售對象：「${market('b2b', 'zh-Hant')}」。`,
    },
    {
      name: 'a mismatch',
      profile: mismatchProfile,
      fit: 'mismatch',
      en: `Your practice leans to B2C practice, but who you sell to, “${market('b2b', 'en')}”, calls for B2B practice: a mismatch.`,
      zh: `您的做法偏向B2C 型經營，但您的銷售對象「${market('b2b', 'zh-Hant')}」需要的是B2B 型經營：兩者不契合。`,
    },
    {
      name: 'mixed',
      profile: mixedProfile,
      fit: 'mixed',
      en: `Your practice sits between B2C practice and B2B practice, but who you sell to, “${market('b2c', 'en')}”, calls for B2C practice.`,
      zh: `您的做法介於B2C 型經營與B2B 型經營之間，但您的銷售對象「${market('b2c', 'zh-Hant')}」需要的是B2C 型經營。`,
    },
    {
      name: 'unknown, the market unanswered',
      profile: oneDimensionProfile,
      fit: 'unknown',
      en: 'Your practice leans to B2B practice. Tell us who you sell to, to see whether that fits.',
      zh: '您的做法偏向B2B 型經營。請告訴我們您的銷售對象，才能看出是否契合。',
    },
    {
      name: 'unknown, nothing answered',
      profile: emptyProfile,
      fit: 'unknown',
      en: 'Too few answers yet to tell whether your practice leans to B2C practice or B2B practice.',
      zh: '目前答案還太少，無法判斷您的做法偏向B2C 型經營還是B2B 型經營。',
    },
  ];

  it.each(cases)('says so when the fit is $name, in English and Traditional Chinese', ({ profile, fit, en, zh }) => {
    expect(profile.fit.status).toBe(fit);
    const english = renderResult(profile);
    expect(fitSentence(english.container)).toHaveAttribute('data-fit', fit);
    expect(fitSentence(english.container)).toHaveTextContent(en);
    // The icon only repeats the words, so screen readers skip it.
    expect(fitSentence(english.container).querySelector('[aria-hidden="true"]')).not.toBeNull();
    english.unmount();
    const chinese = renderResult(profile, { locale: 'zh-Hant' });
    expect(fitSentence(chinese.container)).toHaveTextContent(zh);
  });

  it('says a practice between the poles suits a company that sells to both', () => {
    const both = score({ ...betweenPoles, market: 'both' });
    expect(both.fit.status).toBe('aligned');
    expect(both.axes[0]!.side).toBe('mixed');
    const { container } = renderResult(both);
    expect(fitSentence(container)).toHaveTextContent(
      `Your practice sits between B2C practice and B2B practice, which suits who you sell to: “${market('both', 'en')}”.`,
    );
  });
});
