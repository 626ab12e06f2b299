import { render, screen, within } from '@testing-library/react';
import type { ComponentType, ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { encodeAnswers, scoreAnswers, type Profile, type Questionnaire } from '../../src/core';
import { socialMediaAssessment, socialMediaReference } from '../../src/content/social-media';
import {
  AssessmentProvider,
  AssessmentResult,
  ComparisonTable,
  DimensionChart,
  ExportButtons,
  KpiCard,
  KpiGrid,
  NetworkRings,
  ProfileSummary,
  RecommendationList,
} from '../../src/react';
import { SharedResult } from '../../src/react/share';
import enterpriseSaas from '../../examples/answers/enterprise-saas.json';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';

/*
 * No result view falls back to the bundled assessment: each takes the questionnaire its profile was
 * scored with from its `questionnaire` prop or from `AssessmentProvider`, and the reference content
 * (comparison rows, network rings) likewise, or leaves those parts out.
 */
const profile = scoreAnswers(socialMediaAssessment, enterpriseSaas);
const mini = miniQuestionnaire();

interface ViewProps {
  profile?: Profile;
  questionnaire?: Questionnaire;
}
const views: [string, ComponentType<ViewProps>][] = [
  ['ProfileSummary', ProfileSummary],
  ['DimensionChart', DimensionChart],
  ['KpiCard', (props) => <KpiCard {...props} kpiId="cpl" />],
  ['KpiGrid', KpiGrid],
  ['ComparisonTable', ComparisonTable],
  ['RecommendationList', RecommendationList],
  // Without rings (prop or provider) it renders nothing, so it is given them here.
  ['NetworkRings', (props) => <NetworkRings {...props} rings={socialMediaReference.networkRings} />],
  ['ExportButtons', ExportButtons],
  ['AssessmentResult', AssessmentResult],
];

const inProvider = (questionnaire: Questionnaire, children: ReactNode) => (
  <AssessmentProvider questionnaire={questionnaire} defaultAnswers={{}}>
    {children}
  </AssessmentProvider>
);

describe('result views and their questionnaire', () => {
  it.each(views)('%s without a questionnaire, outside a provider, names the prop and the provider', (name, View) => {
    expect(() => renderToString(<View profile={profile} />)).toThrow(
      `\`${name}\` needs the \`questionnaire\` that profile "b2b-social-media" was scored with, as a prop or through \`AssessmentProvider\``,
    );
  });

  it.each(views)('%s refuses the provider’s questionnaire when the profile was scored with another', (name, View) => {
    expect(() => renderToString(inProvider(mini, <View profile={profile} />))).toThrow(
      `\`${name}\` needs the \`questionnaire\` that profile "b2b-social-media" was scored with`,
    );
  });

  it.each(views)('%s refuses a questionnaire prop of another id than the profile’s', (name, View) => {
    expect(() => renderToString(<View profile={profile} questionnaire={mini} />)).toThrow(
      `\`${name}\` was given questionnaire "mini" for a profile scored with "b2b-social-media": pass the matching \`questionnaire\` as a prop or through \`AssessmentProvider\``,
    );
  });

  it.each(views)('%s takes the questionnaire from the provider, or from its prop', (_name, View) => {
    expect(renderToString(inProvider(socialMediaAssessment, <View profile={profile} />))).not.toBe('');
    expect(renderToString(<View profile={profile} questionnaire={socialMediaAssessment} />)).not.toBe('');
  });
});

describe('AssessmentResult and the reference content', () => {
  /** Whether the result shows the network rings and the comparison table's B2B/B2C columns. */
  const parts = (container: HTMLElement) => ({
    rings: container.querySelector('.rk-NetworkRings') !== null,
    referenceColumns: container.querySelector('.rk-ComparisonTable')?.getAttribute('data-reference'),
  });

  it('leaves the rings and the comparison table out without reference content: the table would only repeat the chart', () => {
    const { container } = render(<AssessmentResult profile={profile} questionnaire={socialMediaAssessment} />);
    expect(parts(container)).toEqual({ rings: false, referenceColumns: undefined });
    expect(screen.queryByRole('table', { name: 'Scores by dimension, side by side', hidden: true })).toBeNull();
    expect(screen.getByRole('table', { name: 'Scores by dimension' })).toBeInTheDocument();
  });

  it('shows them with the `reference` prop', () => {
    const { container } = render(<AssessmentResult profile={profile} questionnaire={socialMediaAssessment} reference={socialMediaReference} />);
    expect(parts(container)).toEqual({ rings: true, referenceColumns: 'shown' });
    const table = container.querySelector<HTMLElement>('.rk-ComparisonTable table')!;
    expect(within(table).getByRole('columnheader', { name: 'B2B practice' })).toBeInTheDocument();
  });

  it('shows them with the provider’s `reference`', () => {
    const { container } = render(
      <AssessmentProvider questionnaire={socialMediaAssessment} reference={socialMediaReference} defaultAnswers={enterpriseSaas}>
        <AssessmentResult />
      </AssessmentProvider>,
    );
    expect(parts(container)).toEqual({ rings: true, referenceColumns: 'shown' });
  });

  it('shows only what it is given: rings alone, or comparison rows alone', () => {
    const rings = render(<AssessmentResult profile={profile} questionnaire={socialMediaAssessment} reference={{ networkRings: socialMediaReference.networkRings }} />);
    expect(parts(rings.container)).toEqual({ rings: true, referenceColumns: undefined });
    rings.unmount();
    const rows = render(<AssessmentResult profile={profile} questionnaire={socialMediaAssessment} reference={{ comparison: socialMediaReference.comparison }} />);
    expect(parts(rows.container)).toEqual({ rings: false, referenceColumns: 'shown' });
  });
});

describe('SharedResult and its questionnaire', () => {
  const token = encodeAnswers(socialMediaAssessment, enterpriseSaas);

  it('requires the questionnaire; a host without types that leaves it out sees the issue, not a result', () => {
    // @ts-expect-error `questionnaire` is required
    const { container } = render(<SharedResult token={token} />);
    expect(container.querySelector('.rk-Result')).toBeNull();
    expect(container).toHaveTextContent('questionnaire');
  });

  it('shows the result with the reference content it is given', () => {
    const { container } = render(<SharedResult token={token} questionnaire={socialMediaAssessment} reference={socialMediaReference} />);
    expect(container.querySelector('.rk-Result .rk-NetworkRings')).not.toBeNull();
    expect(container.querySelector('.rk-ComparisonTable')).toHaveAttribute('data-reference', 'shown');
  });
});
