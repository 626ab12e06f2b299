import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { scoreAnswers, type Answers } from '../../src/core';
import { socialMediaAssessment, socialMediaReference } from '../../src/content/social-media';
import { AssessmentProvider } from '../../src/react/components/AssessmentProvider/AssessmentProvider';
import { KpiGrid } from '../../src/react/components/KpiGrid/KpiGrid';
import b2bManufacturerInstagram from '../../examples/answers/b2b-manufacturer-instagram.json';
import consumerFashion from '../../examples/answers/consumer-fashion.json';
import enterpriseSaas from '../../examples/answers/enterprise-saas.json';
import { lastQuarterProfile } from '../../stories/fixtures/profiles';
import { expectNoAxeViolations } from './helpers/expectNoAxeViolations';

const score = (answers: Answers) => scoreAnswers(socialMediaAssessment, answers);
const enterprise = score(enterpriseSaas);
const manufacturer = score(b2bManufacturerInstagram);

const cardNames = () =>
  within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((item) => within(item).getByRole('heading').textContent);

describe('KpiGrid', () => {
  it('lists a card for every KPI of the profile, in definition order', async () => {
    const { container } = render(<KpiGrid questionnaire={socialMediaAssessment} profile={enterprise} />);
    expect(screen.getByRole('region', { name: 'Key figures' })).toHaveAttribute('data-state', 'filled');
    expect(screen.getByRole('heading', { name: 'Key figures', level: 2 })).toBeInTheDocument();
    expect(cardNames()).toEqual(socialMediaAssessment.kpis?.map((kpi) => (kpi.label as { en: string }).en));
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(12);
    expect(screen.getByRole('article', { name: 'Content downloads' })).toHaveTextContent('1,350');
    await expectNoAxeViolations(container);
  });

  it('shows the chosen KPIs in the chosen order, skipping unknown ids', () => {
    render(<KpiGrid questionnaire={socialMediaAssessment} profile={enterprise} kpiIds={['cpl', 'nope', 'engagement_rate']} />);
    expect(cardNames()).toEqual(['Cost per lead (CPL)', 'Engagement rate']);
  });

  it('hides the KPIs that are not available when asked', async () => {
    const { container, rerender } = render(<KpiGrid questionnaire={socialMediaAssessment} profile={manufacturer} />);
    expect(screen.getByRole('article', { name: 'Cost per opportunity' })).toHaveTextContent('It cannot be worked out while “Opportunities from social media” is 0.');
    expect(cardNames()).toHaveLength(12);
    await expectNoAxeViolations(container);
    rerender(<KpiGrid questionnaire={socialMediaAssessment} profile={manufacturer} hideUnavailable />);
    expect(cardNames()).toHaveLength(11);
    expect(screen.queryByRole('article', { name: 'Cost per opportunity' })).toBeNull();
  });

  it('says so when there are no key figures to show', async () => {
    const { container } = render(<KpiGrid questionnaire={socialMediaAssessment} profile={score(consumerFashion)} hideUnavailable />);
    expect(screen.getByRole('region', { name: 'Key figures' })).toHaveAttribute('data-state', 'empty');
    expect(screen.getByText('No key figures to show.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('shows changes since earlier values, from a record or an earlier profile', async () => {
    const { container, rerender } = render(
      <KpiGrid questionnaire={socialMediaAssessment} profile={enterprise} kpiIds={['engagement_rate', 'cpl']} previous={{ engagement_rate: 3, cpl: 125 }} />,
    );
    expect(screen.getByRole('article', { name: 'Engagement rate' })).toHaveTextContent(
      'Down 0.2 percentage points since before: worse (higher is better)',
    );
    expect(screen.getByRole('article', { name: 'Cost per lead (CPL)' })).toHaveTextContent('No change since before');
    await expectNoAxeViolations(container);

    rerender(<KpiGrid questionnaire={socialMediaAssessment} profile={enterprise} kpiIds={['engagement_rate', 'cpl']} previousProfile={lastQuarterProfile} />);
    expect(screen.getByRole('article', { name: 'Engagement rate' })).toHaveTextContent(
      'Up 0.3 percentage points since before: better (higher is better)',
    );
    expect(screen.getByRole('article', { name: 'Cost per lead (CPL)' })).toHaveTextContent(
      'Down $25.00 since before: better (lower is better)',
    );

    // A value in `previous` wins over the earlier profile's.
    rerender(<KpiGrid questionnaire={socialMediaAssessment} profile={enterprise} kpiIds={['cpl']} previous={{ cpl: 100 }} previousProfile={lastQuarterProfile} />);
    expect(screen.getByRole('article', { name: 'Cost per lead (CPL)' })).toHaveTextContent('Up $25.00 since before: worse');
  });

  it('passes locale, currency, heading level and title to its cards', () => {
    render(<KpiGrid questionnaire={socialMediaAssessment} profile={enterprise} kpiIds={['cpl', 'engagement_rate']} locale="de" currency="EUR" headingLevel={3} title="Kennzahlen" />);
    expect(screen.getByRole('heading', { name: 'Kennzahlen', level: 3 })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(2);
    expect(screen.getByRole('article', { name: 'Cost per lead (CPL)' })).toHaveTextContent(/125,00\s€/);
    expect(screen.getByRole('article', { name: 'Engagement rate' })).toHaveTextContent(/2,8\s%/);
  });

  it('shows every money figure and band in US dollars by default, and in the host’s currency when given', () => {
    const { rerender } = render(<KpiGrid questionnaire={socialMediaAssessment} profile={enterprise} kpiIds={['cpl', 'cost_per_opportunity']} />);
    expect(screen.getByRole('article', { name: 'Cost per lead (CPL)' })).toHaveTextContent('$125.00');
    expect(screen.getByRole('button', { name: 'Benchmark $40–$200' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Cost per opportunity' })).toHaveTextContent('$1,071.43');
    rerender(<KpiGrid questionnaire={socialMediaAssessment} profile={enterprise} kpiIds={['cpl', 'cost_per_opportunity']} currency="GBP" />);
    expect(screen.getByRole('article', { name: 'Cost per lead (CPL)' })).toHaveTextContent('£125.00');
    expect(screen.getByRole('button', { name: 'Benchmark £40–£200' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Cost per opportunity' })).toHaveTextContent('£1,071.43');
  });

  it('reads the live profile inside AssessmentProvider', () => {
    render(
      <AssessmentProvider questionnaire={socialMediaAssessment} reference={socialMediaReference} defaultAnswers={b2bManufacturerInstagram} locale="de">
        <KpiGrid kpiIds={['engagement_rate']} />
      </AssessmentProvider>,
    );
    expect(screen.getByRole('article', { name: 'Engagement rate' })).toHaveTextContent(/Engagement rate4\s%/);
  });

  it('names itself and the provider when used outside one without a profile', () => {
    expect(() => renderToString(<KpiGrid />)).toThrow(
      '`KpiGrid` must be used within `AssessmentProvider` or given a `profile` prop',
    );
  });

  it('drops the class names of the grid and its cards when unstyled', () => {
    const { container } = render(<KpiGrid questionnaire={socialMediaAssessment} profile={enterprise} unstyled className="host" />);
    expect(container.querySelector('[class*="rk-"]')).toBeNull();
    expect(container.firstElementChild).toHaveClass('host');
    expect(container.querySelectorAll('[data-standing="typical"]').length).toBeGreaterThan(0);
  });

  it('renders on the server', () => {
    expect(renderToString(<KpiGrid questionnaire={socialMediaAssessment} profile={manufacturer} />)).toContain('It cannot be worked out while “Opportunities from social media” is 0.');
  });
});
