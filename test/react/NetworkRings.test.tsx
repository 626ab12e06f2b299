import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { scoreAnswers, type Answers } from '../../src/core';
import { socialMediaAssessment, socialMediaReference, networkRings } from '../../src/content/social-media';
import type { NetworkRing } from '../../src/core';
import { AssessmentProvider } from '../../src/react/components/AssessmentProvider/AssessmentProvider';
import { NetworkRings } from '../../src/react/components/NetworkRings/NetworkRings';
import { computeRingStrengths, tieLevel } from '../../src/react/components/NetworkRings/ringStrengths';
import b2bManufacturerInstagram from '../../examples/answers/b2b-manufacturer-instagram.json';
import consumerFashion from '../../examples/answers/consumer-fashion.json';
import enterpriseSaas from '../../examples/answers/enterprise-saas.json';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';
import { expectNoAxeViolations } from './helpers/expectNoAxeViolations';

const score = (answers: Answers) => scoreAnswers(socialMediaAssessment, answers);
const manufacturer = score(b2bManufacturerInstagram);

/** Ring id → [strength rounded to 3 places, level]. */
function strengthsOf(answers: Answers) {
  return Object.fromEntries(
    computeRingStrengths(score(answers), networkRings).map(({ ring, strength, level }) => [
      ring.id,
      [strength === null ? null : Math.round(strength * 1000) / 1000, level],
    ]),
  );
}

/** A cell's text as a screen reader has it: without the parts hidden from it (the ring's number). */
function spokenText(cell: Element | undefined): string {
  if (!cell) return '';
  const copy = cell.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent ?? '';
}

/** The rows of the accessible table: ring name → tie strength text. */
function tableRows(): Record<string, string> {
  const table = screen.getByRole('table', { name: 'Tie strength by ring of your industry' });
  return Object.fromEntries(
    within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => {
        const cells = row.querySelectorAll('th, td');
        return [spokenText(cells[0]), spokenText(cells[2])];
      }),
  );
}

describe('computeRingStrengths', () => {
  it('reads each ring from its own network answers (hand-checked: the mismatch example)', () => {
    // employees: who_connects marketing_sales 2/3 and advocacy ad_hoc 1/3 → mean 1/2;
    // customers: account_teams 2/3; partners: current_partners, 1 of 2; influencers: media, 1 of 5.
    expect(strengthsOf(b2bManufacturerInstagram)).toEqual({
      employees: [0.5, 'moderate'],
      customers: [0.667, 'moderate'],
      partners: [0.5, 'moderate'],
      influencers: [0.2, 'weak'],
    });
  });

  it('gives strong ties to the mature example, and reads the consumer brand’s points rings against consumer practice', () => {
    // enterprise: whole_company 3/3 and programme 3/3; account_teams 2/3; both partner options; 4 of 5 influencer options.
    expect(strengthsOf(enterpriseSaas)).toEqual({
      employees: [1, 'strong'],
      customers: [0.667, 'moderate'],
      partners: [1, 'strong'],
      influencers: [0.8, 'strong'],
    });
    // consumer (market b2c, scored for consumer practice): marketing 2/3 and ad_hoc 1/3; follow_page 2/3;
    // no partner option; media, 1 of 5.
    expect(strengthsOf(consumerFashion)).toEqual({
      employees: [0.5, 'moderate'],
      customers: [0.667, 'moderate'],
      partners: [0, 'none'],
      influencers: [0.2, 'weak'],
    });
    // The same answers from a business seller are scored for B2B practice: marketing alone 1/3, follow_page 1/3.
    expect(strengthsOf({ ...consumerFashion, market: 'b2b' })).toMatchObject({
      employees: [0.333, 'weak'],
      customers: [0.333, 'weak'],
    });
  });

  it('leaves a ring unanswered (null) when none of its questions was answered', () => {
    expect(strengthsOf({ advocacy: 'guidelines' })).toEqual({
      employees: [0.667, 'moderate'],
      customers: [null, null],
      partners: [null, null],
      influencers: [null, null],
    });
    expect(strengthsOf({})).toEqual({
      employees: [null, null],
      customers: [null, null],
      partners: [null, null],
      influencers: [null, null],
    });
  });

  it('counts "none of these" in the outer rings as answered, with no ties', () => {
    expect(strengthsOf({ outer_ring: ['none'], customer_connections: 'none' })).toEqual({
      employees: [null, null],
      customers: [0, 'none'],
      partners: [0, 'none'],
      influencers: [0, 'none'],
    });
  });

  it('puts strengths into words at ⅓ and ⅔ steps', () => {
    expect([0, 0.1, 1 / 3, 0.4, 0.5, 2 / 3, 0.7, 5 / 6, 1].map(tieLevel)).toEqual([
      'none',
      'weak',
      'weak',
      'moderate',
      'moderate',
      'moderate',
      'strong',
      'strong',
      'strong',
    ]);
  });

  it('finds nothing for a ring whose dimension or question the profile lacks', () => {
    const ring: NetworkRing = {
      id: 'elsewhere',
      label: 'Elsewhere',
      description: '',
      source: { kind: 'options', dimension: 'nowhere', question: 'outer_ring', options: ['media'] },
    };
    expect(computeRingStrengths(manufacturer, [ring])).toEqual([{ ring, strength: null, level: null }]);
  });
});

describe('NetworkRings', () => {
  it('draws the rings (hidden from screen readers) and lists tie strengths in words and percentages', async () => {
    const { container } = render(<NetworkRings questionnaire={socialMediaAssessment} rings={socialMediaReference.networkRings} profile={manufacturer} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Your business network' })).toBeInTheDocument();
    const svg = container.querySelector('svg');
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(svg?.querySelectorAll('[data-ring]')).toHaveLength(4);
    expect(svg?.querySelector('[data-ring="influencers"]')).toHaveAttribute('data-level', 'weak');
    // Each ring carries a number, and its row in the table the same number and colour: the words are said once, there.
    for (const [index, row] of screen.getAllByRole('row').slice(1).entries()) {
      const ring = svg?.querySelector(`[data-ring="${row.getAttribute('data-ring')}"]`);
      expect(ring?.querySelector('.rk-NetworkRings-badgeNumber')).toHaveTextContent(String(index + 1));
      expect(row.querySelector('.rk-NetworkRings-ringNumber')).toHaveTextContent(String(index + 1));
      expect(row.querySelector('.rk-NetworkRings-ringNumber')).toHaveAttribute('aria-hidden', 'true');
      expect(row).toHaveAttribute('data-palette', ring?.getAttribute('data-palette'));
    }
    expect(svg).not.toHaveTextContent('%');
    expect(screen.getByRole('rowheader', { name: 'Employees' })).toBeInTheDocument();
    expect(tableRows()).toEqual({
      Employees: 'Growing ties, 50%',
      Customers: 'Growing ties, 67%',
      Partners: 'Growing ties, 50%',
      'Industry influencers': 'Weak ties, 20%',
    });
    expect(screen.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('says "Not enough answers" for rings without answers', async () => {
    const { container } = render(<NetworkRings questionnaire={socialMediaAssessment} rings={socialMediaReference.networkRings} profile={score({ customer_connections: 'none' })} />);
    expect(tableRows()).toEqual({
      Employees: 'Not enough answers',
      Customers: 'No ties, 0%',
      Partners: 'Not enough answers',
      'Industry influencers': 'Not enough answers',
    });
    await expectNoAxeViolations(container);
  });

  it('keeps the table for screen readers only with showTable={false}', async () => {
    const { container } = render(<NetworkRings questionnaire={socialMediaAssessment} rings={socialMediaReference.networkRings} profile={manufacturer} showTable={false} />);
    const table = screen.getByRole('table', { name: 'Tie strength by ring of your industry' });
    expect(table.parentElement).toHaveStyle({ position: 'absolute', width: '1px', overflow: 'hidden' });
    expect(table.parentElement).toHaveAttribute('data-state', 'hidden');
    expect(tableRows()['Industry influencers']).toBe('Weak ties, 20%');
    // A key names the numbered rings for sighted readers; screen readers have the table, so it is hidden from them.
    const key = container.querySelector('ol.rk-NetworkRings-key');
    expect(key).toHaveAttribute('aria-hidden', 'true');
    expect([...key!.querySelectorAll('li')].map((item) => [...item.children].map((part) => part.textContent))).toEqual([
      ['1', 'Employees', 'Growing ties, 50%'],
      ['2', 'Customers', 'Growing ties, 67%'],
      ['3', 'Partners', 'Growing ties, 50%'],
      ['4', 'Industry influencers', 'Weak ties, 20%'],
    ]);
    await expectNoAxeViolations(container);
  });

  it('takes other rings, and renders nothing for another questionnaire without them', async () => {
    const questionnaire = miniQuestionnaire();
    const profile = scoreAnswers(questionnaire, { channel: 'linkedin', formats: ['papers', 'cases'] });
    const { container, rerender } = render(<NetworkRings profile={profile} questionnaire={questionnaire} />);
    expect(container).toBeEmptyDOMElement();
    rerender(
      <NetworkRings
        profile={profile}
        questionnaire={questionnaire}
        title="Formats in use"
        headingLevel={3}
        rings={[
          {
            id: 'papers',
            label: { en: 'Papers and cases' },
            description: 'White papers and case studies.',
            source: { kind: 'options', dimension: 'depth', question: 'formats', options: ['papers', 'cases'] },
          },
          { id: 'channel', label: 'Channel', description: '', source: { kind: 'points', dimension: 'reach', questions: ['channel'] } },
        ]}
      />,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Formats in use' })).toBeInTheDocument();
    expect(tableRows()).toEqual({ 'Papers and cases': 'Strong ties, 100%', Channel: 'Strong ties, 100%' });
    await expectNoAxeViolations(container);
  });

  it('reads the live profile inside AssessmentProvider', async () => {
    const { container } = render(
      <AssessmentProvider questionnaire={socialMediaAssessment} reference={socialMediaReference} defaultAnswers={enterpriseSaas}>
        <NetworkRings />
      </AssessmentProvider>,
    );
    expect(tableRows()).toEqual({
      Employees: 'Strong ties, 100%',
      Customers: 'Growing ties, 67%',
      Partners: 'Strong ties, 100%',
      'Industry influencers': 'Strong ties, 80%',
    });
    await expectNoAxeViolations(container);
  });

  it('shows no key beside a visible table, which names the rings already', () => {
    const { container } = render(<NetworkRings questionnaire={socialMediaAssessment} rings={socialMediaReference.networkRings} profile={manufacturer} />);
    expect(container.querySelector('.rk-NetworkRings-key')).toBeNull();
  });

  it('draws in CSS pixels, so its numbers keep their size (a 320 px frame until measured)', () => {
    const { container } = render(<NetworkRings questionnaire={socialMediaAssessment} rings={socialMediaReference.networkRings} profile={manufacturer} />);
    const svg = container.querySelector('svg')!;
    expect(svg).toHaveAttribute('width', '320');
    expect(svg).toHaveAttribute('viewBox', '0 0 320 320');
    // No font size in the drawing's units: the text takes the stylesheet's.
    expect(svg.querySelector('[font-size]')).toBeNull();
  });

  it('numbers the rings in the locale’s digits', () => {
    const { container } = render(<NetworkRings questionnaire={socialMediaAssessment} rings={socialMediaReference.networkRings} profile={manufacturer} locale="ar-EG" />);
    expect([...container.querySelectorAll('svg .rk-NetworkRings-badgeNumber')].map((badge) => badge.textContent)).toEqual(['٤', '٣', '٢', '١']);
  });

  it('names both components when used outside a provider without a profile', () => {
    expect(() => renderToString(<NetworkRings />)).toThrow(
      '`NetworkRings` must be used within `AssessmentProvider` or given a `profile` prop',
    );
  });
});
