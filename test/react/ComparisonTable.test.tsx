import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { localise, scoreAnswers, type Profile } from '../../src/core';
import { socialMediaAssessment, socialMediaReference } from '../../src/content/social-media';
import { comparisonReference } from '../../src/content/social-media/reference';
import { AssessmentProvider } from '../../src/react/components/AssessmentProvider/AssessmentProvider';
import { ComparisonTable } from '../../src/react/components/ComparisonTable/ComparisonTable';
import b2bManufacturerInstagram from '../../examples/answers/b2b-manufacturer-instagram.json';
import consumerFashion from '../../examples/answers/consumer-fashion.json';
import { committeeProfiles } from '../../stories/fixtures/comparisonProfiles';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';
import { expectNoAxeViolations } from './helpers/expectNoAxeViolations';

const manufacturer = scoreAnswers(socialMediaAssessment, b2bManufacturerInstagram);
const consumer = scoreAnswers(socialMediaAssessment, consumerFashion);
const empty = scoreAnswers(socialMediaAssessment, {});

/** The texts of one column (by header text) for every body row, keyed by the row's dimension label. */
function column(table: HTMLElement, header: string): Record<string, string> {
  const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
  const index = headers.indexOf(header);
  expect(index, `column "${header}" in ${headers.join(', ')}`).toBeGreaterThan(-1);
  const rows = within(table).getAllByRole('row').slice(1);
  return Object.fromEntries(
    rows.map((row) => {
      const cells = [...row.querySelectorAll('th, td')];
      return [cells[0]?.textContent ?? '', cells[index]?.textContent ?? ''];
    }),
  );
}

/** The expected column of scores: whole numbers, or "Not enough answers". */
function scores(profile: Profile): Record<string, string> {
  return Object.fromEntries(
    socialMediaAssessment.dimensions.map((dimension) => {
      const score = profile.dimensions.find((candidate) => candidate.id === dimension.id)?.score ?? null;
      return [localise(dimension.label), score === null ? 'Not enough answers' : String(Math.round(score))];
    }),
  );
}

describe('ComparisonTable', () => {
  it('shows one row per dimension with the B2B and B2C practice and the profile’s score', async () => {
    const { container } = render(<ComparisonTable questionnaire={socialMediaAssessment} reference={socialMediaReference.comparison} profile={manufacturer} />);
    const table = screen.getByRole('table', { name: 'B2B and B2C practice compared' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Dimension',
      'B2B practice',
      'B2C practice',
      'Your score',
    ]);
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(
      socialMediaAssessment.dimensions.map((dimension) => localise(dimension.label)),
    );
    const b2b = column(table, 'B2B practice');
    const b2c = column(table, 'B2C practice');
    for (const dimension of socialMediaAssessment.dimensions) {
      const row = comparisonReference[dimension.id];
      expect(row, dimension.id).toBeDefined();
      expect(b2b[localise(dimension.label)]).toBe(localise(row?.b2b));
      expect(b2c[localise(dimension.label)]).toBe(localise(row?.b2c));
    }
    expect(b2b['Platforms and presence']).toBe('Professional networks such as LinkedIn and X, where the industry talks.');
    expect(column(table, 'Your score')).toEqual(scores(manufacturer));
    // Hand-checked in the mismatch profile: audience 2.75 of 9 points (30.6); platforms 1 of 9 (11.1:
    // visual platforms 0, a company page 1, no groups 0); network 7 of 16 (43.8).
    expect(column(table, 'Your score')).toMatchObject({
      'Audience and decision process': '31',
      'Platforms and presence': '11',
      'Network and employee advocacy': '44',
    });
    await expectNoAxeViolations(container);
  });

  it('scrolls inside a keyboard-reachable region named by the caption', () => {
    render(<ComparisonTable questionnaire={socialMediaAssessment} reference={socialMediaReference.comparison} profile={manufacturer} />);
    const region = screen.getByRole('region', { name: 'B2B and B2C practice compared' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('table')).toBeInTheDocument();
  });

  it('adds a column per extra profile, with its label and scores', async () => {
    const { container } = render(
      <ComparisonTable questionnaire={socialMediaAssessment} reference={socialMediaReference.comparison} profile={manufacturer} primaryLabel="This quarter" profiles={[{ label: 'Last quarter', profile: consumer }]} />,
    );
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Dimension',
      'B2B practice',
      'B2C practice',
      'This quarter',
      'Last quarter',
    ]);
    expect(column(table, 'This quarter')).toEqual(scores(manufacturer));
    expect(column(table, 'Last quarter')).toEqual(scores(consumer));
    expect(column(table, 'Last quarter')).not.toEqual(column(table, 'This quarter'));
    await expectNoAxeViolations(container);
  });

  it('compares a three-person buying committee, with "Not enough answers" where one skipped a dimension', async () => {
    const [first, ...others] = committeeProfiles;
    const { container } = render(<ComparisonTable questionnaire={socialMediaAssessment} reference={socialMediaReference.comparison} profile={first!.profile} primaryLabel={first!.label} profiles={others} />);
    const table = screen.getByRole('table');
    for (const { label, profile } of committeeProfiles) expect(column(table, label)).toEqual(scores(profile));
    expect(column(table, 'Executive')['Measurement']).toBe('Not enough answers');
    expect(column(table, 'Sales')['Relationships and referrals']).not.toBe(column(table, 'Marketing')['Relationships and referrals']);
    await expectNoAxeViolations(container);
  });

  it('drops the reference columns with showReference={false} and says so in the caption', async () => {
    const { container } = render(
      <ComparisonTable questionnaire={socialMediaAssessment} reference={socialMediaReference.comparison} profile={manufacturer} showReference={false} profiles={[{ label: 'Last quarter', profile: consumer }]} />,
    );
    const table = screen.getByRole('table', { name: 'Scores by dimension, side by side' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Dimension',
      'Your score',
      'Last quarter',
    ]);
    expect(within(table).queryByText(localise(comparisonReference.audience?.b2b))).toBeNull();
    expect(screen.getByText('Audience and decision process')).toBeInTheDocument();
    expect(column(table, 'Your score')).toEqual(scores(manufacturer));
    await expectNoAxeViolations(container);
  });

  it('says "Not enough answers", never a zero, for a profile with no answers', async () => {
    const { container } = render(<ComparisonTable questionnaire={socialMediaAssessment} reference={socialMediaReference.comparison} profile={empty} />);
    const values = Object.values(column(screen.getByRole('table'), 'Your score'));
    expect(values).toHaveLength(10);
    expect(new Set(values)).toEqual(new Set(['Not enough answers']));
    await expectNoAxeViolations(container);
  });

  it('shows no reference for another questionnaire, unless given one', async () => {
    const questionnaire = miniQuestionnaire();
    const profile = scoreAnswers(questionnaire, { market: 'b2b', channel: 'linkedin', formats: ['papers'] });
    const { container, rerender } = render(<ComparisonTable profile={profile} questionnaire={questionnaire} />);
    let table = screen.getByRole('table', { name: 'Scores by dimension, side by side' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Dimension', 'Your score']);
    expect(column(table, 'Your score')).toEqual({ Reach: '100', Depth: '50' });
    await expectNoAxeViolations(container);

    rerender(
      <ComparisonTable
        profile={profile}
        questionnaire={questionnaire}
        caption="Your practice against the poles"
        reference={{ reach: { b2b: { en: 'Professional networks' }, b2c: 'Mass platforms' } }}
      />,
    );
    table = screen.getByRole('table', { name: 'Your practice against the poles' });
    expect(column(table, 'B2B practice')).toEqual({ Reach: 'Professional networks', Depth: '' });
    expect(column(table, 'B2C practice')).toEqual({ Reach: 'Mass platforms', Depth: '' });
    await expectNoAxeViolations(container);
  });

  it('reads the live profile inside AssessmentProvider', async () => {
    const { container } = render(
      <AssessmentProvider questionnaire={socialMediaAssessment} reference={socialMediaReference} defaultAnswers={b2bManufacturerInstagram}>
        <ComparisonTable />
      </AssessmentProvider>,
    );
    expect(column(screen.getByRole('table'), 'Your score')).toEqual(scores(manufacturer));
    await expectNoAxeViolations(container);
  });

  it('names both components when used outside a provider without a profile', () => {
    expect(() => renderToString(<ComparisonTable />)).toThrow(
      '`ComparisonTable` must be used within `AssessmentProvider` or given a `profile` prop',
    );
  });

  it('drops its own class names when unstyled but keeps the host’s', () => {
    render(<ComparisonTable questionnaire={socialMediaAssessment} reference={socialMediaReference.comparison} profile={manufacturer} unstyled className="host" />);
    const region = screen.getByRole('region');
    expect(region).toHaveAttribute('class', 'host');
    expect(region.querySelector('[class^="rk-"]')).toBeNull();
  });

  it('keeps the practice alone with showScores={false}, for a page that shows the scores elsewhere', async () => {
    const { container } = render(
      <ComparisonTable questionnaire={socialMediaAssessment} reference={socialMediaReference.comparison} profile={manufacturer} showScores={false} showSpread />,
    );
    const table = screen.getByRole('table', { name: 'B2B and B2C practice compared' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Dimension', 'B2B practice', 'B2C practice']);
    expect(container.querySelector('.rk-ComparisonTable-score, .rk-ComparisonTable-spread')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('names every cell’s column in data-label, which a phone shows when the table stacks into cards', () => {
    render(<ComparisonTable questionnaire={socialMediaAssessment} reference={socialMediaReference.comparison} profile={manufacturer} profiles={[{ label: 'Last quarter', profile: consumer }]} showSpread />);
    const table = screen.getByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    for (const row of within(table).getAllByRole('row').slice(1)) {
      const labels = [...row.querySelectorAll('td')].map((cell) => cell.getAttribute('data-label'));
      expect(labels).toEqual(headers.slice(1));
    }
  });
});
