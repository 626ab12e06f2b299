import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  encodeAnswers,
  findPeerSegment,
  histogramMedian,
  localise,
  peerPercentile,
  scoreAnswers,
  type Answers,
  type PeerSegment,
} from '../../src/core';
import { socialMediaAssessment } from '../../src/content/social-media';
import { AssessmentProvider } from '../../src/react/components/AssessmentProvider/AssessmentProvider';
import { AssessmentResult } from '../../src/react/components/AssessmentResult/AssessmentResult';
import { DimensionChart } from '../../src/react/components/DimensionChart/DimensionChart';
import { ProfileSummary } from '../../src/react/components/ProfileSummary/ProfileSummary';
import { SharedResult } from '../../src/react/share';
import { useAssessmentContext } from '../../src/react/context/AssessmentContext';
import { answersAtLevel, oneDimensionProfile } from '../../stories/fixtures/profiles';
import { peerBenchmark, sampleBenchmark, withheldBenchmark } from '../../stories/fixtures/sampleBenchmark';
import { expectNoAxeViolations } from './helpers/expectNoAxeViolations';

const smallB2b: Answers = { ...answersAtLevel(0.75), market: 'b2b', company_size: 'small' };
const profile = scoreAnswers(socialMediaAssessment, smallB2b);
const segment = findPeerSegment(peerBenchmark, smallB2b) as PeerSegment;
const percent = (value: number, locale = 'en') => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
const option = (questionId: string, optionId: string, locale: string) => {
  const question = socialMediaAssessment.sections.flatMap((section) => section.questions).find((candidate) => candidate.id === questionId)!;
  return localise(('options' in question ? question.options : []).find((candidate) => candidate.id === optionId)!.label, locale);
};
const aheadText = (answers: Answers, scored = profile) =>
  `Ahead of ${percent(peerPercentile(findPeerSegment(peerBenchmark, answers)!.index, scored.index!)!)} of companies like yours`;

/** The chart table's body rows as [header, ...cells] texts. */
const tableRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent ?? ''));

describe('ProfileSummary with a benchmark', () => {
  it('says how many companies like the respondent’s they are ahead of: the histogram’s percentile for their index', async () => {
    const { container } = render(<ProfileSummary questionnaire={socialMediaAssessment} profile={profile} benchmark={peerBenchmark} peerAnswers={smallB2b} />);
    const expected = peerPercentile(segment.index, profile.index!)!;
    // Guard against a fixture where any answer would pass: the respondent is neither first nor last.
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(100);
    expect(screen.getByText(`Ahead of ${percent(expected)} of companies like yours`)).toBeVisible();
    expect(screen.getByText(`Compared with ${option('market', 'b2b', 'en')} · ${option('company_size', 'small', 'en')}: 140 companies`)).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('compares a respondent of a withheld group with the next larger group', () => {
    const enterpriseB2b = { ...smallB2b, company_size: 'enterprise' };
    render(<ProfileSummary questionnaire={socialMediaAssessment} profile={profile} benchmark={peerBenchmark} peerAnswers={enterpriseB2b} />);
    expect(screen.getByText(aheadText(enterpriseB2b))).toBeVisible();
    expect(screen.getByText(`Compared with ${option('market', 'b2b', 'en')}: 342 companies`)).toBeVisible();
  });

  it('compares with everyone when it knows no answers, and names them so', () => {
    render(<ProfileSummary questionnaire={socialMediaAssessment} profile={profile} benchmark={peerBenchmark} />);
    expect(screen.getByText(`Ahead of ${percent(peerPercentile(peerBenchmark.segments[0]!.index, profile.index!)!)} of companies like yours`)).toBeVisible();
    expect(screen.getByText('Compared with all companies in the benchmark: 612 companies')).toBeVisible();
  });

  it('shows nothing when every group is too small to show', () => {
    render(<ProfileSummary questionnaire={socialMediaAssessment} profile={profile} benchmark={withheldBenchmark} peerAnswers={smallB2b} />);
    expect(screen.queryByText(/companies like yours/)).toBeNull();
    expect(screen.queryByText(/^Compared with/)).toBeNull();
  });

  it('shows nothing for a provisional profile: a first reading is not ranked', () => {
    expect(oneDimensionProfile.provisional).toBe(true);
    expect(oneDimensionProfile.index).not.toBeNull();
    render(<ProfileSummary questionnaire={socialMediaAssessment} profile={oneDimensionProfile} benchmark={peerBenchmark} peerAnswers={smallB2b} />);
    expect(screen.queryByText(/companies like yours/)).toBeNull();
  });

  it('shows nothing with a benchmark of another questionnaire', () => {
    const other = { ...sampleBenchmark(), questionnaire: { id: 'another-assessment', versions: ['1.0.0'] } };
    render(<ProfileSummary questionnaire={socialMediaAssessment} profile={profile} benchmark={other} peerAnswers={smallB2b} />);
    expect(screen.queryByText(/companies like yours/)).toBeNull();
  });

  it.each([
    ['zh-Hant', (p: string) => `領先 ${p} 的同類公司`, (group: string) => `比較對象：${group}，共 140 家公司`],
    ['ha', (p: string) => `Kun fi ${p} na kamfanoni irin naku`, (group: string) => `An kwatanta ku da ${group}: kamfanoni 140`],
  ])('speaks %s, naming the group in the questionnaire’s own labels', (locale, ahead, compared) => {
    render(<ProfileSummary questionnaire={socialMediaAssessment} profile={profile} benchmark={peerBenchmark} peerAnswers={smallB2b} locale={locale} />);
    expect(screen.getByText(ahead(percent(peerPercentile(segment.index, profile.index!)!, locale)))).toBeVisible();
    expect(screen.getByText(compared(`${option('market', 'b2b', locale)} · ${option('company_size', 'small', locale)}`))).toBeVisible();
  });

  it('follows the live answers inside the provider: another company size, another group', () => {
    let answer: ((questionId: string, value: string) => void) | undefined;
    function Answerer() {
      const assessment = useAssessmentContext('Answerer');
      if (assessment.isValid) answer = assessment.answer;
      return null;
    }
    render(
      <AssessmentProvider questionnaire={socialMediaAssessment} benchmark={peerBenchmark} defaultAnswers={smallB2b}>
        <Answerer />
        <ProfileSummary />
      </AssessmentProvider>,
    );
    expect(screen.getByText(aheadText(smallB2b))).toBeVisible();
    expect(screen.getByText(/: 140 companies$/)).toBeVisible();
    act(() => answer!('company_size', 'medium'));
    expect(screen.getByText(/: 90 companies$/)).toBeVisible();
    expect(screen.getByText(aheadText({ ...smallB2b, company_size: 'medium' }))).toBeVisible();
  });
});

describe('DimensionChart with a benchmark', () => {
  it('puts the peers’ median of each dimension in its table: the histogram’s median', async () => {
    const { container } = render(<DimensionChart questionnaire={socialMediaAssessment} profile={profile} benchmark={peerBenchmark} peerAnswers={smallB2b} />);
    const table = screen.getByRole('table', { name: 'Scores by dimension' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Dimension', 'Score (0–100)', 'Median of companies like yours']);
    const medians = tableRows(table).map((row) => row[2]);
    expect(medians).toEqual(socialMediaAssessment.dimensions.map((dimension) => String(histogramMedian(segment.dimensions[dimension.id]!))));
    // Each is drawn as a tick in its dimension's row, and named in the legend.
    expect(container.querySelectorAll('.rk-DimensionChart-row .rk-DimensionChart-median')).toHaveLength(10);
    expect(within(screen.getByRole('list', { name: 'Legend' })).getByText('Median of companies like yours')).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('draws a tick on the radar’s spokes too', () => {
    const { container } = render(
      <DimensionChart questionnaire={socialMediaAssessment} profile={profile} benchmark={peerBenchmark} peerAnswers={smallB2b} variant="radar" />,
    );
    // One across each of the ten spokes (the legend's swatch is another svg).
    expect(container.querySelectorAll('svg.rk-DimensionChart-svg .rk-DimensionChart-median')).toHaveLength(10);
  });

  it('shows no median for a dimension no peer has a score on', () => {
    const benchmark = sampleBenchmark({ unscoredDimensions: ['measurement'] });
    const { container } = render(<DimensionChart questionnaire={socialMediaAssessment} profile={profile} benchmark={benchmark} peerAnswers={smallB2b} />);
    const measurement = tableRows(screen.getByRole('table')).find((row) => row[0] === 'Measurement')!;
    expect(measurement[2]).toBe('No data from companies like yours');
    expect(container.querySelector('[data-dimension="measurement"] .rk-DimensionChart-median')).toBeNull();
    expect(container.querySelectorAll('.rk-DimensionChart-row .rk-DimensionChart-median')).toHaveLength(9);
  });

  it('adds nothing when every group is withheld', () => {
    const { container } = render(<DimensionChart questionnaire={socialMediaAssessment} profile={profile} benchmark={withheldBenchmark} peerAnswers={smallB2b} />);
    expect(within(screen.getByRole('table')).getAllByRole('columnheader')).toHaveLength(2);
    expect(container.querySelector('.rk-DimensionChart-median')).toBeNull();
    expect(screen.queryByRole('list', { name: 'Legend' })).toBeNull();
  });

  it.each([
    ['zh-Hant', '同類公司的中位數'],
    ['ha', 'Maki na tsakiya na kamfanoni irin naku'],
  ])('names the median column in %s', (locale, header) => {
    render(<DimensionChart questionnaire={socialMediaAssessment} profile={profile} benchmark={peerBenchmark} peerAnswers={smallB2b} locale={locale} />);
    expect(within(screen.getByRole('table')).getAllByRole('columnheader')[2]).toHaveTextContent(header);
  });
});

describe('the whole result with a benchmark', () => {
  it('passes the provider’s benchmark and live answers to every part, as the wizard’s result shows them', () => {
    render(
      <AssessmentProvider questionnaire={socialMediaAssessment} benchmark={peerBenchmark} defaultAnswers={smallB2b}>
        <AssessmentResult />
      </AssessmentProvider>,
    );
    expect(screen.getByText(aheadText(smallB2b))).toBeVisible();
    // The distribution sits in a disclosure below the result's headline: open it as the respondent would.
    fireEvent.click(screen.getByText('How companies like yours score', { selector: 'summary *' }));
    expect(screen.getByRole('region', { name: 'How companies like yours score' })).toBeVisible();
    expect(within(screen.getByRole('table', { name: 'Scores by dimension' })).getAllByRole('columnheader')).toHaveLength(3);
  });

  it('shows none of it without a benchmark', () => {
    render(
      <AssessmentProvider questionnaire={socialMediaAssessment} defaultAnswers={smallB2b}>
        <AssessmentResult />
      </AssessmentProvider>,
    );
    expect(screen.queryByText(/companies like yours/)).toBeNull();
    expect(screen.queryByRole('region', { name: 'How companies like yours score' })).toBeNull();
  });

  it('compares a shared result by the answers in its link', () => {
    const token = encodeAnswers(socialMediaAssessment, smallB2b);
    render(<SharedResult token={token} questionnaire={socialMediaAssessment} benchmark={peerBenchmark} />);
    expect(screen.getByText(aheadText(smallB2b, scoreAnswers(socialMediaAssessment, smallB2b)))).toBeVisible();
    expect(screen.getAllByText(/: 140 companies$/).length).toBeGreaterThan(0);
  });
});
