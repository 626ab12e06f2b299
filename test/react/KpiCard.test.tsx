import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { scoreAnswers, type Answers, type KpiResult, type Profile } from '../../src/core';
import { socialMediaAssessment, socialMediaReference } from '../../src/content/social-media';
import { AssessmentProvider } from '../../src/react/components/AssessmentProvider/AssessmentProvider';
import { KpiCard } from '../../src/react/components/KpiCard/KpiCard';
import b2bManufacturerInstagram from '../../examples/answers/b2b-manufacturer-instagram.json';
import consumerFashion from '../../examples/answers/consumer-fashion.json';
import enterpriseSaas from '../../examples/answers/enterprise-saas.json';
import { expectNoAxeViolations } from './helpers/expectNoAxeViolations';

const score = (answers: Answers) => scoreAnswers(socialMediaAssessment, answers);
const enterprise = score(enterpriseSaas);
const manufacturer = score(b2bManufacturerInstagram);
const consumer = score(consumerFashion);
const kpiOf = (profile: Profile, id: string) => profile.kpis.find((kpi) => kpi.id === id) as KpiResult;

describe('KpiCard', () => {
  it('shows the label, the value in its unit, the band and the benchmark of a real KPI', async () => {
    const { container } = render(<KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpiId="engagement_rate" />);
    const card = screen.getByRole('article', { name: 'Engagement rate' });
    expect(screen.getByRole('heading', { name: 'Engagement rate', level: 3 })).toBeInTheDocument();
    expect(card).toHaveAttribute('data-state', 'ok');
    expect(card).toHaveAttribute('data-standing', 'typical');
    expect(card.querySelector('.rk-KpiCard-value')).toHaveTextContent('2.8%');
    expect(screen.getByText('Within the benchmark')).toHaveAttribute('data-standing', 'typical');
    expect(screen.getByRole('button', { name: 'Benchmark 2%–3%' })).toBeInTheDocument();
    expect(screen.getByText(/How often people who saw your content reacted/)).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('says better or worse than the benchmark in words, for higher- and lower-is-better KPIs', async () => {
    const { container } = render(
      <>
        <KpiCard questionnaire={socialMediaAssessment} profile={manufacturer} kpiId="engagement_rate" />
        <KpiCard questionnaire={socialMediaAssessment} profile={manufacturer} kpiId="ctr" />
        <KpiCard questionnaire={socialMediaAssessment} profile={manufacturer} kpiId="cpl" currency="USD" />
      </>,
    );
    expect(screen.getByRole('article', { name: 'Engagement rate' })).toHaveTextContent('Better than the benchmark');
    expect(screen.getByRole('article', { name: 'Click-through rate (CTR)' })).toHaveTextContent('Worse than the benchmark');
    const cpl = screen.getByRole('article', { name: 'Cost per lead (CPL)' });
    // $500 per lead is above the band, and for a cost that is worse.
    expect(cpl).toHaveAttribute('data-standing', 'worse');
    expect(cpl).toHaveTextContent('$500.00');
    expect(cpl).toHaveTextContent('Worse than the benchmark');
    await expectNoAxeViolations(container);
  });

  it('formats values for the locale and currency', () => {
    render(
      <>
        <KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpiId="engagement_rate" locale="de" />
        <KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpiId="cpl" locale="de" currency="EUR" />
        <KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpiId="downloads" locale="de" />
        <KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpiId="downloads" locale="en" />
      </>,
    );
    const values = [...document.querySelectorAll('.rk-KpiCard-value')].map((value) => value.textContent);
    expect(values).toEqual(['2,8\u00a0%', '125,00\u00a0€', '1.350', '1,350']);
    expect(screen.getByRole('button', { name: /^Benchmark 2\s%–3\s%$/ })).toBeInTheDocument();
  });

  it('says why a KPI is not available', async () => {
    const { container } = render(
      <>
        <KpiCard questionnaire={socialMediaAssessment} profile={manufacturer} kpiId="cost_per_opportunity" />
        <KpiCard questionnaire={socialMediaAssessment} profile={consumer} kpiId="engagement_rate" />
      </>,
    );
    const perOpportunity = screen.getByRole('article', { name: 'Cost per opportunity' });
    expect(perOpportunity).toHaveAttribute('data-state', 'not_available');
    expect(perOpportunity).toHaveTextContent('Not available');
    // No opportunities: the card names the figure that is 0, in the questionnaire's own words.
    expect(perOpportunity).toHaveTextContent('It cannot be worked out while “Opportunities from social media” is 0.');
    const engagement = screen.getByRole('article', { name: 'Engagement rate' });
    expect(engagement).toHaveTextContent(
      'Not availableIt needs your figures for “Engagements on that content” and “Impressions on your company\'s posts and ads”.',
    );
    expect(engagement).not.toHaveTextContent('benchmark');
    await expectNoAxeViolations(container);
  });

  it('lets keyboard and screen-reader users reach the benchmark source', async () => {
    const user = userEvent.setup();
    const { container } = render(<KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpiId="engagement_rate" />);
    await user.tab();
    const trigger = screen.getByRole('button', { name: 'Benchmark 2%–3%' });
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAccessibleDescription(/^Source: ViralBrain \/ SociaVault, 2026\. Illustrative default for LinkedIn company pages/);
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Enter}');
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(trigger.parentElement).toHaveAttribute('data-state', 'open');
    await user.tab();
    const link = screen.getByRole('link', { name: 'Read the source' });
    expect(link).toHaveFocus();
    expect(link).toHaveAttribute('href', 'https://viralbrain.ai/blog/good-linkedin-engagement-rate-2026-benchmarks');
    await expectNoAxeViolations(container);
    await user.keyboard('{Escape}');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(trigger.parentElement).toHaveAttribute('data-dismissed');
    await user.tab();
    expect(trigger.parentElement).not.toHaveAttribute('data-dismissed');
  });

  it('states the change since an earlier value, and whether it is good news', async () => {
    const { container } = render(
      <>
        <KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpiId="engagement_rate" previous={1.6} />
        <KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpiId="ctr" previous={0.8} />
        <KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpiId="cpl" previous={150} currency="USD" />
        <KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpiId="cost_per_opportunity" previous={1000} currency="USD" />
        <KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpiId="downloads" previous={1350} />
      </>,
    );
    const delta = (name: string) => screen.getByRole('article', { name }).querySelector('.rk-KpiCard-delta');
    expect(delta('Engagement rate')).toHaveTextContent('Up 1.2 percentage points since before: better (higher is better)');
    expect(delta('Engagement rate')).toHaveAttribute('data-verdict', 'better');
    expect(delta('Click-through rate (CTR)')).toHaveTextContent('Down 0.25 percentage points since before: worse (higher is better)');
    // For a cost, lower is better: a drop is good news.
    expect(delta('Cost per lead (CPL)')).toHaveTextContent('Down $25.00 since before: better (lower is better)');
    expect(delta('Cost per lead (CPL)')).toHaveAttribute('data-trend', 'down');
    expect(delta('Cost per lead (CPL)')).toHaveAttribute('data-verdict', 'better');
    expect(delta('Cost per opportunity')).toHaveTextContent('Up $71.43 since before: worse (lower is better)');
    expect(delta('Content downloads')).toHaveTextContent('No change since before');
    expect(delta('Content downloads')).toHaveAttribute('data-verdict', 'none');
    await expectNoAxeViolations(container);
  });

  it('shows money in US dollars, the bundled benchmarks’ currency, unless the host names another', () => {
    render(
      <>
        <KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpiId="cpl" />
        <KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpiId="cpl" locale="zh-Hant" />
        <KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpiId="cpl" locale="de" currency="EUR" />
        <KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpiId="cpl" currency="" />
      </>,
    );
    const values = [...document.querySelectorAll('.rk-KpiCard-value')].map((value) => value.textContent);
    expect(values).toEqual(['$125.00', 'US$125.00', '125,00\u00a0€', '125.00']);
    const bands = [...document.querySelectorAll('.rk-KpiCard-benchmarkTrigger')].map((band) => band.textContent);
    expect(bands).toEqual(['Benchmark $40–$200', '基準值 US$40–US$200', 'Benchmark 40\u00a0€–200\u00a0€', 'Benchmark 40–200']);
  });

  it('shows the CTR band as published, 0.44%–0.65%, never rounded to a band it is not', () => {
    render(<KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpiId="ctr" />);
    expect(screen.getByRole('button', { name: 'Benchmark 0.44%–0.65%' })).toBeInTheDocument();
    expect(document.querySelector('.rk-KpiCard-value')).toHaveTextContent(/^0\.55%$/);
  });

  it('gives a value beside a bound the digits that keep it on its side of the band', () => {
    const ctr = kpiOf(enterprise, 'ctr');
    render(
      <>
        <KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpi={{ ...ctr, value: 0.651, band: 'above', standing: 'better' }} />
        <KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpi={{ ...ctr, value: 0.436, band: 'below', standing: 'worse' }} />
        <KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpi={{ ...ctr, value: 0.6549, band: 'within', standing: 'typical' }} />
      </>,
    );
    // Rounded to the band's two digits, 0.651 would read "0.65%": within a band it is above.
    const values = [...document.querySelectorAll('.rk-KpiCard-value')].map((value) => value.textContent);
    expect(values).toEqual(['0.651%', '0.436%', '0.65%']);
  });

  it('shows a host’s band with the digits it was given', () => {
    const ctr = kpiOf(enterprise, 'ctr');
    render(<KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpi={{ ...ctr, benchmark: { ...ctr.benchmark!, min: 0.125, max: 1.5 } }} />);
    expect(screen.getByRole('button', { name: 'Benchmark 0.125%–1.5%' })).toBeInTheDocument();
  });

  it('names the missing or zero figures in the respondent’s language', () => {
    render(
      <>
        <KpiCard questionnaire={socialMediaAssessment} profile={manufacturer} kpiId="cost_per_opportunity" locale="zh-Hant" />
        <KpiCard questionnaire={socialMediaAssessment} profile={consumer} kpiId="downloads" locale="ha" />
        <KpiCard questionnaire={socialMediaAssessment} profile={consumer} kpiId="downloads" />
      </>,
    );
    const reasons = [...document.querySelectorAll('.rk-KpiCard-reason')].map((reason) => reason.textContent);
    expect(reasons).toEqual([
      '「來自社群媒體的商機數」為 0，因此無法計算。',
      expect.stringMatching(/^Yana buƙatar adadinku na “.+”\.$/),
      'It needs your figure for “Downloads of white papers, case studies and similar content”.',
    ]);
  });

  it('falls back to the general reason when the questionnaire has no question for a figure', () => {
    const perOpportunity = kpiOf(manufacturer, 'cost_per_opportunity');
    render(<KpiCard questionnaire={socialMediaAssessment} profile={manufacturer} kpi={{ ...perOpportunity, reason: 'missing_input', inputs: { host_only_figure: null } }} />);
    expect(document.querySelector('.rk-KpiCard-reason')).toHaveTextContent(/^A figure it needs was not given\.$/);
  });

  it('shows no change for a KPI that is not available', () => {
    render(<KpiCard questionnaire={socialMediaAssessment} profile={manufacturer} kpiId="cost_per_opportunity" previous={100} />);
    expect(screen.queryByText(/since before/)).toBeNull();
  });

  it('shows the target when there is one', () => {
    const withTarget = { ...kpiOf(enterprise, 'engagement_rate'), target: 3.5 };
    render(<KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpi={withTarget} />);
    expect(screen.getByText('Target 3.5%')).toBeInTheDocument();
  });

  it('leaves out a benchmark link that is not http(s)', () => {
    const base = kpiOf(enterprise, 'engagement_rate');
    const unsafe = { ...base, benchmark: { ...base.benchmark!, url: 'javascript:alert(1)' } };
    render(<KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpi={unsafe} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByRole('button', { name: /Benchmark/ })).toHaveAccessibleDescription(/Source: ViralBrain/);
  });

  it('reads the live profile inside AssessmentProvider', () => {
    render(
      <AssessmentProvider questionnaire={socialMediaAssessment} reference={socialMediaReference} defaultAnswers={enterpriseSaas} currency="EUR">
        <KpiCard kpiId="cpl" />
      </AssessmentProvider>,
    );
    expect(screen.getByRole('article', { name: 'Cost per lead (CPL)' })).toHaveTextContent('€125.00');
  });

  it('names itself and the provider when used outside one without a profile', () => {
    expect(() => renderToString(<KpiCard kpiId="cpl" />)).toThrow(
      '`KpiCard` must be used within `AssessmentProvider` or given a `profile` prop',
    );
  });

  it('says which KPI it could not find', () => {
    expect(() => renderToString(<KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpiId="nope" />)).toThrow(
      '`KpiCard` found no KPI "nope" in the profile',
    );
    expect(() => renderToString(<KpiCard questionnaire={socialMediaAssessment} profile={enterprise} />)).toThrow('`KpiCard` needs a `kpi` or a `kpiId` prop');
  });

  it('renders on the server', () => {
    expect(renderToString(<KpiCard questionnaire={socialMediaAssessment} profile={enterprise} kpiId="cpl" previous={150} />)).toContain('Down $25.00 since before');
  });
});
