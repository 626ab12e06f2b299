import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { localise, scoreAnswers, type Profile } from '../../src/core';
import { socialMediaAssessment, socialMediaReference } from '../../src/content/social-media';
import { AssessmentProvider } from '../../src/react/components/AssessmentProvider/AssessmentProvider';
import { ComparisonTable } from '../../src/react/components/ComparisonTable/ComparisonTable';
import { DisagreementList } from '../../src/react/components/TeamComparison/DisagreementList';
import { TeamComparison } from '../../src/react/components/TeamComparison/TeamComparison';
import enterpriseSaas from '../../examples/answers/enterprise-saas.json';
import { committeeOfThree } from '../../stories/fixtures/committeeProfiles';
import { expectNoAxeViolations } from './helpers/expectNoAxeViolations';
import { tableColumn as column } from '../fixtures/tableColumn';

const [marketing, sales, executive] = committeeOfThree as [(typeof committeeOfThree)[0], (typeof committeeOfThree)[0], (typeof committeeOfThree)[0]];
const enterprise = scoreAnswers(socialMediaAssessment, enterpriseSaas);
const empty = scoreAnswers(socialMediaAssessment, {});
const labelOf = (id: string) => localise(socialMediaAssessment.dimensions.find((dimension) => dimension.id === id)!.label);
const scoreOf = (profile: Profile, id: string) => profile.dimensions.find((dimension) => dimension.id === id)?.score ?? null;

/** A committee table as a host would render it: the first member as the main column. */
const committeeTable = (members = committeeOfThree, props: Partial<Parameters<typeof ComparisonTable>[0]> = {}) => (
  <ComparisonTable questionnaire={socialMediaAssessment} reference={socialMediaReference.comparison}
    profile={members[0]!.profile}
    primaryLabel={members[0]!.label}
    profiles={members.slice(1)}
    showReference={false}
    showSpread
    {...props}
  />
);

describe('ComparisonTable with showSpread', () => {
  it('adds a spread column: highest minus lowest of the whole-number scores shown, among those who answered', async () => {
    const { container } = render(committeeTable());
    const table = screen.getByRole('table', { name: 'Scores by dimension, side by side' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Dimension', 'Marketing', 'Sales', 'Executive', 'Spread']);
    const spread = column(table, 'Spread');
    for (const dimension of socialMediaAssessment.dimensions) {
      const shown = committeeOfThree.map(({ profile }) => scoreOf(profile, dimension.id)).filter((score) => score !== null).map((score) => Math.round(score!));
      expect(spread[labelOf(dimension.id)], dimension.id).toMatch(new RegExp(`^${Math.max(...shown) - Math.min(...shown)}(Most disagreement)?$`));
    }
    // Hand-checked: Marketing tracks lead figures (100), Sales tracks reach only (0); the Executive skipped it.
    expect(column(table, 'Executive')[labelOf('measurement')]).toBe('Not enough answers');
    expect(spread[labelOf('measurement')]).toBe('100Most disagreement');
    expect(spread[labelOf('organisation')]).toBe('67');
    expect(table).toHaveAccessibleDescription('Spread: the highest score minus the lowest, among those who answered.');
    await expectNoAxeViolations(container);
  });

  it('marks the most disputed dimension in words, and only that one', () => {
    render(committeeTable());
    const markers = screen.getAllByText('Most disagreement');
    expect(markers).toHaveLength(1);
    const row = markers[0]!.closest('tr')!;
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Measurement');
    expect(row).toHaveAttribute('data-disagreement', 'most');
  });

  it('marks every dimension tied for the largest spread', () => {
    const a = { ...empty, dimensions: empty.dimensions.map((d) => ({ ...d, score: d.id === 'goals' || d.id === 'proof' ? 80 : 50 })) };
    const b = { ...empty, dimensions: empty.dimensions.map((d) => ({ ...d, score: d.id === 'goals' || d.id === 'proof' ? 20 : 50 })) };
    render(committeeTable([{ label: 'A', profile: a }, { label: 'B', profile: b }]));
    const rows = screen.getAllByText('Most disagreement').map((marker) => within(marker.closest('tr')!).getByRole('rowheader').textContent);
    expect(rows).toEqual([labelOf('goals'), labelOf('proof')]);
  });

  it('says "Too few answers" where fewer than two answered, and marks nothing when nobody disagrees', async () => {
    const { container } = render(committeeTable([{ label: 'Marketing', profile: enterprise }, { label: 'Sales', profile: empty }]));
    expect(new Set(Object.values(column(screen.getByRole('table'), 'Spread')))).toEqual(new Set(['Too few answers']));
    expect(screen.queryByText('Most disagreement')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('leaves the spread out by default', () => {
    render(committeeTable(committeeOfThree, { showSpread: undefined }));
    expect(screen.queryByRole('columnheader', { name: 'Spread' })).toBeNull();
    expect(screen.getByRole('table')).not.toHaveAttribute('aria-describedby');
  });
});

describe('DisagreementList', () => {
  it('lists the dimensions with the largest spread first, saying who gave the highest and the lowest score', async () => {
    const { container } = render(<DisagreementList questionnaire={socialMediaAssessment} members={committeeOfThree} />);
    const list = screen.getByRole('region', { name: 'Where you disagree most' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Measurement 100 points apart: 100 from Marketing, 0 from Sales.',
      'Organisation and governance 67 points apart: 100 from Marketing and Sales, 33 from Executive.',
      // Hand-checked: Sales 14.25 of 18 points (79), Marketing 9.25 of 18 (51): a personal note against a
      // thank-you, a reference programme against none.
      'Relationships and referrals 28 points apart: 79 from Sales, 51 from Marketing.',
    ]);
    expect(list.querySelector('ol')).not.toBeNull();
    await expectNoAxeViolations(container);
  });

  it('lists as many as asked, plus any tied with the last', () => {
    const { rerender } = render(<DisagreementList questionnaire={socialMediaAssessment} members={committeeOfThree} limit={1} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    const tiedAt = (score: number) => ({ ...empty, dimensions: empty.dimensions.map((d, i) => ({ ...d, score: i < 3 ? score : 50 })) });
    rerender(<DisagreementList questionnaire={socialMediaAssessment} members={[{ label: 'A', profile: tiedAt(90) }, { label: 'B', profile: tiedAt(10) }]} limit={2} />);
    expect(screen.getAllByRole('listitem').map((item) => item.getAttribute('data-dimension'))).toEqual(['audience', 'goals', 'platforms']);
  });

  it('says when everyone who answered agrees, and when too few answered to compare', () => {
    const { rerender } = render(<DisagreementList questionnaire={socialMediaAssessment} members={[{ label: 'A', profile: enterprise }, { label: 'B', profile: enterprise }]} />);
    expect(screen.getByText('You agree on every area that two or more of you answered.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
    rerender(<DisagreementList questionnaire={socialMediaAssessment} members={[{ label: 'A', profile: enterprise }, { label: 'B', profile: empty }]} />);
    expect(screen.getByText('Too few answers to compare: at least two of you must answer the same area.')).toBeInTheDocument();
    rerender(<DisagreementList questionnaire={socialMediaAssessment} members={[{ label: 'Only me', profile: enterprise }]} />);
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'too-few');
  });

  it('joins names and formats numbers for the locale, with the host’s words', () => {
    render(
      <DisagreementList questionnaire={socialMediaAssessment}
        members={committeeOfThree}
        locale="de"
        limit={2}
        messages={{ 'team.disagreementTitle': 'Größte Differenzen', 'team.disagreementItem': '{spread} Punkte: {high} ({highest}) gegen {low} ({lowest})' }}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Größte Differenzen' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')[1]).toHaveTextContent('67 Punkte: 100 (Marketing und Sales) gegen 33 (Executive)');
  });
});

describe('TeamComparison', () => {
  it('shows the committee: where they disagree, the table with the spread, and the chart with one series each', async () => {
    const { container } = render(<TeamComparison questionnaire={socialMediaAssessment} members={committeeOfThree} />);
    const section = screen.getByRole('region', { name: 'How your team compares' });
    expect(within(section).getAllByRole('heading').map((heading) => [heading.tagName, heading.textContent])).toEqual([
      ['H2', 'How your team compares'],
      ['H3', 'Where you disagree most'],
      ['H3', 'Scores by dimension'],
    ]);
    expect(within(section).getAllByRole('listitem')[0]).toHaveTextContent(/^Measurement 100 points apart/);
    const table = within(section).getByRole('table', { name: 'Scores by dimension, side by side' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Dimension', 'Marketing', 'Sales', 'Executive', 'Spread']);
    expect(within(section).getByRole('list', { name: 'Legend' })).toHaveTextContent('MarketingSalesExecutive');
    // The chart's own data table holds every member's scores too.
    const chartTable = within(section).getByRole('table', { name: 'Scores by dimension' });
    expect(within(chartTable).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Dimension', 'Marketing', 'Sales', 'Executive']);
    await expectNoAxeViolations(container);
  });

  it('adds the reference columns, nests its headings under the host’s, and takes a radar chart', async () => {
    const { container } = render(<TeamComparison questionnaire={socialMediaAssessment} members={[marketing, sales, executive]} showReference reference={socialMediaReference.comparison} headingLevel={3} chartVariant="radar" />);
    expect(screen.getByRole('heading', { level: 3, name: 'How your team compares' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(2);
    expect(screen.getByRole('table', { name: 'B2B and B2C practice compared' })).toBeInTheDocument();
    expect(container.querySelector('.rk-DimensionChart')).toHaveAttribute('data-variant', 'radar');
    await expectNoAxeViolations(container);
  });

  it('says there is nothing to compare with no members, inside a provider too', async () => {
    const { container } = render(
      <AssessmentProvider questionnaire={socialMediaAssessment} reference={socialMediaReference} defaultAnswers={enterpriseSaas}>
        <TeamComparison members={[]} />
      </AssessmentProvider>,
    );
    expect(screen.getByRole('region', { name: 'How your team compares' })).toHaveTextContent('No answers to compare yet.');
    expect(screen.queryByRole('table')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('drops its own class names when unstyled, in every part', () => {
    const { container } = render(<TeamComparison questionnaire={socialMediaAssessment} members={committeeOfThree} unstyled className="host" />);
    expect(container.firstElementChild).toHaveAttribute('class', 'host');
    expect(container.querySelector('[class*="rk-"]')).toBeNull();
  });
});
