import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { scoreAnswers, type Answers, type Profile } from '../../src/core';
import { socialMediaAssessment, socialMediaReference } from '../../src/content/social-media';
import { AssessmentProvider } from '../../src/react/components/AssessmentProvider/AssessmentProvider';
import { DimensionChart } from '../../src/react/components/DimensionChart/DimensionChart';
import b2bManufacturerInstagram from '../../examples/answers/b2b-manufacturer-instagram.json';
import enterpriseSaas from '../../examples/answers/enterprise-saas.json';
import { expectNoAxeViolations } from './helpers/expectNoAxeViolations';

const score = (answers: Answers) => scoreAnswers(socialMediaAssessment, answers);
const enterprise = score(enterpriseSaas);
const manufacturer = score(b2bManufacturerInstagram);
// Two answers each for platforms (100) and content (67); measurement has one answer, below the
// bundled minimum of two per dimension, so like the seven unanswered dimensions it has no score.
const partial = score({
  main_platform_effort: 'professional_networks',
  profile_presence: 'customer_facing_staff',
  tone: 'conversational',
  storytelling: 'some_posts',
  crm_tagging: 'partly',
});

/** The data table's body rows as [header, ...cells] texts. */
function tableRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
}

const expectedRows = (...profiles: Profile[]) =>
  socialMediaAssessment.dimensions.map((dimension) => [
    (dimension.label as { en: string }).en,
    ...profiles.map((profile) => {
      const value = profile.dimensions.find((candidate) => candidate.id === dimension.id)?.score ?? null;
      return value === null ? 'Not enough answers' : String(Math.round(value));
    }),
  ]);

describe('DimensionChart', () => {
  it('draws bars by default and holds the scores in a table for screen readers', async () => {
    const { container } = render(<DimensionChart questionnaire={socialMediaAssessment} profile={enterprise} />);
    const chart = screen.getByRole('region', { name: 'Scores by dimension' });
    expect(chart).toHaveAttribute('data-variant', 'bars');
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    const table = screen.getByRole('table', { name: 'Scores by dimension' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Dimension', 'Score (0–100)']);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(10);
    expect(tableRows(table)).toEqual(expectedRows(enterprise));
    expect(tableRows(table)[0]).toEqual(['Audience and decision process', '92']);
    // The picture says the same as the table: one bar per dimension, its width the score.
    const bars = container.querySelectorAll('.rk-DimensionChart-bar');
    expect(bars).toHaveLength(10);
    expect(container.querySelector('[data-dimension="measurement"] .rk-DimensionChart-value')).toHaveTextContent('100');
    // Each value starts just after the end of its own bar, not at the far end of the track.
    for (const row of container.querySelectorAll('.rk-DimensionChart-row')) {
      const bar = row.querySelector('.rk-DimensionChart-bar')!;
      const value = row.querySelector('.rk-DimensionChart-value')!;
      expect(value.getAttribute('x')).toBe(bar.getAttribute('width'));
      expect(Number(value.getAttribute('dx'))).toBeGreaterThan(0);
    }
    // A bar of 100 spans 86% of the width, leaving room for its value after it.
    const audience = enterprise.dimensions.find((dimension) => dimension.id === 'audience')!.score!;
    expect(parseFloat(container.querySelector('[data-dimension="audience"] .rk-DimensionChart-bar')!.getAttribute('width')!)).toBeCloseTo(audience * 0.86, 6);
    await expectNoAxeViolations(container);
  });

  it('shows dimensions with too few answers as "Not enough answers", in the picture and the table', async () => {
    const { container } = render(<DimensionChart questionnaire={socialMediaAssessment} profile={partial} />);
    const table = screen.getByRole('table');
    expect(tableRows(table)).toEqual(expectedRows(partial));
    expect(partial.dimensions.find((dimension) => dimension.id === 'measurement')).toMatchObject({ answered: 1, score: null });
    expect(tableRows(table)).toContainEqual(['Platforms and presence', '100']);
    expect(tableRows(table)).toContainEqual(['Content, messaging and tone', '67']);
    expect(tableRows(table)).toContainEqual(['Measurement', 'Not enough answers']);
    expect(tableRows(table).filter(([, value]) => value === 'Not enough answers')).toHaveLength(8);
    const unanswered = container.querySelectorAll('svg [data-state="notAnswered"]');
    expect(unanswered).toHaveLength(8);
    expect(unanswered[0]).toHaveTextContent('Not enough answers');
    expect(container.querySelectorAll('.rk-DimensionChart-bar')).toHaveLength(2);
    await expectNoAxeViolations(container);
  });

  it('draws a radar with the same table', async () => {
    const { container } = render(<DimensionChart questionnaire={socialMediaAssessment} profile={partial} variant="radar" />);
    expect(screen.getByRole('region')).toHaveAttribute('data-variant', 'radar');
    expect(container.querySelectorAll('.rk-DimensionChart-spoke')).toHaveLength(10);
    expect(container.querySelectorAll('.rk-DimensionChart-spoke[data-state="notAnswered"]')).toHaveLength(8);
    const lines = (id: string) =>
      [...container.querySelectorAll(`text[data-dimension="${id}"] tspan`)].map((line) => line.textContent);
    // Radar labels wrap onto short lines, whole words each; the last line is the score.
    expect(lines('platforms').length).toBeGreaterThan(2);
    expect(lines('platforms').slice(0, -1).join(' ')).toBe('Platforms and presence');
    expect(lines('platforms').at(-1)).toBe('100');
    expect(lines('measurement').at(-1)).toBe('Not enough answers');
    // Drawn in CSS pixels (a phone's 360 until its frame is measured), so the labels keep the stylesheet's size.
    const svg = container.querySelector('svg.rk-DimensionChart-svg')!;
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${svg.getAttribute('width')} ${svg.getAttribute('height')}`);
    expect(svg.getAttribute('width')).toBe('360');
    expect(tableRows(screen.getByRole('table'))).toEqual(expectedRows(partial));
    await expectNoAxeViolations(container);
  });

  it.each(['bars', 'radar'] as const)('draws comparison series with a legend in words (%s)', async (variant) => {
    const { container } = render(
      <DimensionChart questionnaire={socialMediaAssessment}
        profile={enterprise}
        variant={variant}
        seriesLabel="This quarter"
        compareWith={[
          { label: 'Last quarter', profile: manufacturer },
          { label: 'Anna', profile: partial },
        ]}
      />,
    );
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['This quarter', 'Last quarter', 'Anna']);
    // Each series has its own pattern or line style, not just a colour.
    const styles = [...legend.querySelectorAll('[data-series-style]')].map((item) => item.getAttribute('data-series-style'));
    expect(new Set(styles).size).toBe(3);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Dimension',
      'This quarter',
      'Last quarter',
      'Anna',
    ]);
    expect(tableRows(table)).toEqual(expectedRows(enterprise, manufacturer, partial));
    await expectNoAxeViolations(container);
  });

  it('shows no legend for a single series', () => {
    render(<DimensionChart questionnaire={socialMediaAssessment} profile={enterprise} />);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('keeps each chart\'s patterns apart when several are on a page', () => {
    const { container } = render(
      <>
        <DimensionChart questionnaire={socialMediaAssessment} profile={enterprise} compareWith={[{ label: 'B', profile: manufacturer }]} />
        <DimensionChart questionnaire={socialMediaAssessment} profile={enterprise} compareWith={[{ label: 'B', profile: manufacturer }]} />
      </>,
    );
    const ids = [...container.querySelectorAll('pattern')].map((pattern) => pattern.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const bar of container.querySelectorAll('[data-series="1"] .rk-DimensionChart-bar')) {
      const ref = /^url\(#(.+)\)$/.exec(bar.getAttribute('fill') ?? '')?.[1];
      expect(ref && bar.closest('svg')?.querySelector(`pattern[id="${ref}"]`)).toBeTruthy();
    }
  });

  it('takes the title and heading level from props and formats scores for the locale', () => {
    render(<DimensionChart questionnaire={socialMediaAssessment} profile={enterprise} title="Stärken" headingLevel={3} locale="ar-EG" />);
    expect(screen.getByRole('heading', { name: 'Stärken', level: 3 })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Stärken' })).toBeInTheDocument();
    expect(tableRows(screen.getByRole('table'))[0]?.[1]).toBe('٩٢');
  });

  it('reads the live profile inside AssessmentProvider', () => {
    render(
      <AssessmentProvider questionnaire={socialMediaAssessment} reference={socialMediaReference} defaultAnswers={b2bManufacturerInstagram}>
        <DimensionChart />
      </AssessmentProvider>,
    );
    expect(tableRows(screen.getByRole('table'))).toEqual(expectedRows(manufacturer));
  });

  it('names itself and the provider when used outside one without a profile', () => {
    expect(() => renderToString(<DimensionChart />)).toThrow(
      '`DimensionChart` must be used within `AssessmentProvider` or given a `profile` prop',
    );
  });

  it('renders on the server, both variants', () => {
    expect(renderToString(<DimensionChart questionnaire={socialMediaAssessment} profile={partial} />)).toContain('Not enough answers');
    expect(renderToString(<DimensionChart questionnaire={socialMediaAssessment} profile={partial} variant="radar" />)).toContain('<polygon');
  });
});
