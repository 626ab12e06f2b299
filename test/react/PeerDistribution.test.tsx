import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { binOf, findPeerSegment, histogramMedian, localise, peerPercentile, scoreAnswers, type Answers, type PeerSegment } from '../../src/core';
import { socialMediaAssessment } from '../../src/content/social-media';
import { AssessmentProvider } from '../../src/react/components/AssessmentProvider/AssessmentProvider';
import { PeerDistribution } from '../../src/react/components/PeerDistribution/PeerDistribution';
import { peerBands } from '../../src/react/components/PeerDistribution/peerBands';
import { answersAtLevel, oneDimensionProfile } from '../../stories/fixtures/profiles';
import { peerBenchmark, sampleBenchmark, withheldBenchmark } from '../../stories/fixtures/sampleBenchmark';
import { expectNoAxeViolations } from './helpers/expectNoAxeViolations';

const smallB2b: Answers = { ...answersAtLevel(0.75), market: 'b2b', company_size: 'small' };
const profile = scoreAnswers(socialMediaAssessment, smallB2b);
const segment = findPeerSegment(peerBenchmark, smallB2b) as PeerSegment;
const option = (questionId: string, optionId: string, locale: string) => {
  const question = socialMediaAssessment.sections.flatMap((section) => section.questions).find((candidate) => candidate.id === questionId)!;
  return localise(('options' in question ? question.options : []).find((candidate) => candidate.id === optionId)!.label, locale);
};

/** The band table's body rows as [header, ...cells] texts. */
const bandRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent ?? ''));

describe('peerBands', () => {
  it('groups 101 bins into bands of ten, the top score in the last band, and loses no count', () => {
    const bands = peerBands(segment.index, 10);
    expect(bands.map((band) => [band.from, band.to])).toEqual([
      [0, 9], [10, 19], [20, 29], [30, 39], [40, 49], [50, 59], [60, 69], [70, 79], [80, 89], [90, 100],
    ]);
    expect(bands.reduce((sum, band) => sum + band.count, 0)).toBe(segment.count);
    expect(bands[4]!.count).toBe(segment.index.slice(40, 50).reduce((sum, count) => sum + count, 0));
  });

  it('holds a width outside 1–100 within it', () => {
    const histogram = new Array<number>(101).fill(1);
    expect(peerBands(histogram, 0)).toHaveLength(100);
    expect(peerBands(histogram, 500)).toEqual([{ from: 0, to: 100, count: 101 }]);
    expect(peerBands(histogram, 25).map((band) => band.count)).toEqual([25, 25, 25, 26]);
  });
});

describe('PeerDistribution', () => {
  it('draws the segment as an image with a text alternative that says who, how many, the median and where the respondent stands', async () => {
    const { container } = render(<PeerDistribution questionnaire={socialMediaAssessment} profile={profile} benchmark={peerBenchmark} peerAnswers={smallB2b} />);
    const region = screen.getByRole('region', { name: 'How companies like yours score' });
    const image = within(region).getByRole('img');
    const percentile = peerPercentile(segment.index, profile.index!);
    expect(image).toHaveAccessibleName(
      `Readiness index of 140 companies like yours (${option('market', 'b2b', 'en')} · ${option('company_size', 'small', 'en')}), in bands of 10 points; median ${histogramMedian(segment.index)}. Your index, ${Math.round(profile.index!)}, is ahead of ${percentile}% of them.`,
    );
    expect(within(region).getByText(`Compared with ${option('market', 'b2b', 'en')} · ${option('company_size', 'small', 'en')}: 140 companies`)).toBeVisible();
    // The respondent's line and label are drawn; the image's name says the same in words.
    expect(container.querySelector('.rk-PeerDistribution-youLabel')).toHaveTextContent(`You: ${Math.round(profile.index!)}`);
    await expectNoAxeViolations(container);
  });

  it('holds every band in a table: companies and share per band, the respondent’s band named', () => {
    render(<PeerDistribution questionnaire={socialMediaAssessment} profile={profile} benchmark={peerBenchmark} peerAnswers={smallB2b} />);
    const table = screen.getByRole('table', { name: 'How companies like yours score' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Readiness index', 'Companies', 'Share']);
    const rows = bandRows(table);
    const bands = peerBands(segment.index, 10);
    expect(rows.map((row) => Number(row[1]))).toEqual(bands.map((band) => band.count));
    const yours = bands.findIndex((band) => binOf(profile.index!) >= band.from && binOf(profile.index!) <= band.to);
    expect(rows.filter((row) => row[0]!.endsWith('(your index)'))).toEqual([rows[yours]]);
    expect(rows[yours]![0]).toBe(`${bands[yours]!.from}–${bands[yours]!.to} (your index)`);
    const share = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(bands[yours]!.count / segment.count);
    expect(rows[yours]![2]).toBe(share);
  });

  it('hides the table in a wrapper that clips it, so its width never widens the page', () => {
    render(<PeerDistribution questionnaire={socialMediaAssessment} profile={profile} benchmark={peerBenchmark} peerAnswers={smallB2b} />);
    const wrapper = screen.getByRole('table').parentElement!;
    expect(wrapper.style.overflow).toBe('hidden');
    expect(wrapper.style.width).toBe('1px');
    expect(wrapper.style.position).toBe('absolute');
  });

  it('groups by the band width it is given', () => {
    render(<PeerDistribution questionnaire={socialMediaAssessment} profile={profile} benchmark={peerBenchmark} peerAnswers={smallB2b} bandWidth={25} />);
    expect(bandRows(screen.getByRole('table')).map((row) => row[0]!.replace(' (your index)', ''))).toEqual(['0–24', '25–49', '50–74', '75–100']);
  });

  it('does not place a provisional profile among its peers, but still shows how they score', () => {
    const { container } = render(<PeerDistribution questionnaire={socialMediaAssessment} profile={oneDimensionProfile} benchmark={peerBenchmark} />);
    const image = screen.getByRole('img');
    expect(image.getAttribute('aria-label')).not.toMatch(/Your index/);
    expect(container.querySelector('.rk-PeerDistribution-you')).toBeNull();
    expect(bandRows(screen.getByRole('table')).some((row) => row[0]!.includes('your index'))).toBe(false);
  });

  it('renders nothing when every segment is withheld, or without a benchmark', () => {
    const withheld = render(<PeerDistribution questionnaire={socialMediaAssessment} profile={profile} benchmark={withheldBenchmark} peerAnswers={smallB2b} />);
    expect(withheld.container).toBeEmptyDOMElement();
    withheld.unmount();
    const none = render(<PeerDistribution questionnaire={socialMediaAssessment} profile={profile} peerAnswers={smallB2b} />);
    expect(none.container).toBeEmptyDOMElement();
  });

  it('compares a respondent of a withheld group with their whole market, and says so', () => {
    const enterpriseB2b = { ...smallB2b, company_size: 'enterprise' };
    render(<PeerDistribution questionnaire={socialMediaAssessment} profile={profile} benchmark={peerBenchmark} peerAnswers={enterpriseB2b} />);
    // 12 business sellers with 1,000+ staff are too few to show: the 342 business sellers stand in.
    expect(screen.getByText(`Compared with ${option('market', 'b2b', 'en')}: 342 companies`)).toBeVisible();
  });

  it('reads the benchmark and the live answers from the provider', () => {
    render(
      <AssessmentProvider questionnaire={socialMediaAssessment} benchmark={peerBenchmark} defaultAnswers={smallB2b}>
        <PeerDistribution />
      </AssessmentProvider>,
    );
    expect(screen.getByText(/: 140 companies$/)).toBeVisible();
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain(`${peerPercentile(segment.index, profile.index!)}% of them`);
  });

  it.each([
    ['zh-Hant', '同類公司的分數分布', '準備度指數', '家同類公司'],
    ['ha', 'Yadda kamfanoni irin naku suke samun maki', "Ma'aunin shiri", 'kamfanoni 140 irin naku'],
  ])('speaks %s', (locale, title, bandHeader, summaryPart) => {
    render(<PeerDistribution questionnaire={socialMediaAssessment} profile={profile} benchmark={peerBenchmark} peerAnswers={smallB2b} locale={locale} />);
    expect(screen.getByRole('heading', { name: title })).toBeVisible();
    expect(within(screen.getByRole('table')).getAllByRole('columnheader')[0]).toHaveTextContent(bandHeader);
    const label = screen.getByRole('img').getAttribute('aria-label')!;
    expect(label).toContain(summaryPart);
    expect(label).toContain(option('company_size', 'small', locale));
  });

  it('renders nothing with a benchmark of another questionnaire', () => {
    const other = { ...sampleBenchmark(), questionnaire: { id: 'another-assessment', versions: ['1.0.0'] } };
    const { container } = render(<PeerDistribution questionnaire={socialMediaAssessment} profile={profile} benchmark={other} peerAnswers={smallB2b} />);
    expect(container).toBeEmptyDOMElement();
  });
});
