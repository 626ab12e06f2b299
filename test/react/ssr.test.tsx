// @vitest-environment node
import type { ReactElement } from 'react';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scoreAnswers } from '../../src/core';
import { socialMediaAssessment, socialMediaReference } from '../../src/content/social-media';
import * as kit from '../../src/react';
import { AssessmentDialog } from '../../src/react/dialog';
import enterpriseSaas from '../../examples/answers/enterprise-saas.json';

const profile = scoreAnswers(socialMediaAssessment, enterpriseSaas);

/** Every component of the kit, as a host would render it on the server. */
const elements: Record<string, ReactElement> = {
  AssessmentWizard: <kit.AssessmentWizard questionnaire={socialMediaAssessment} reference={socialMediaReference} />,
  AssessmentDialog: <AssessmentDialog questionnaire={socialMediaAssessment} reference={socialMediaReference} defaultOpen />,
  AssessmentProvider: (
    <kit.AssessmentProvider questionnaire={socialMediaAssessment} reference={socialMediaReference} defaultAnswers={enterpriseSaas}>
      <kit.AssessmentWizard />
    </kit.AssessmentProvider>
  ),
  AssessmentErrorPanel: <kit.AssessmentErrorPanel issues={[]} />,
  AssessmentResult: <kit.AssessmentResult questionnaire={socialMediaAssessment} reference={socialMediaReference} profile={profile} />,
  ProfileSummary: <kit.ProfileSummary questionnaire={socialMediaAssessment} profile={profile} />,
  DimensionChartBars: <kit.DimensionChart questionnaire={socialMediaAssessment} profile={profile} />,
  DimensionChartRadar: <kit.DimensionChart questionnaire={socialMediaAssessment} profile={profile} variant="radar" compareWith={[{ label: 'Before', profile }]} />,
  KpiCard: <kit.KpiCard questionnaire={socialMediaAssessment} profile={profile} kpiId="cpl" previous={140} />,
  KpiGrid: <kit.KpiGrid questionnaire={socialMediaAssessment} profile={profile} currency="USD" />,
  ComparisonTable: <kit.ComparisonTable questionnaire={socialMediaAssessment} reference={socialMediaReference.comparison} profile={profile} profiles={[{ label: 'Last quarter', profile }]} />,
  RecommendationList: <kit.RecommendationList questionnaire={socialMediaAssessment} profile={profile} />,
  NetworkRings: <kit.NetworkRings questionnaire={socialMediaAssessment} rings={socialMediaReference.networkRings} profile={profile} />,
  ResultViewsInProvider: (
    <kit.AssessmentProvider questionnaire={socialMediaAssessment} reference={socialMediaReference} defaultAnswers={enterpriseSaas}>
      <kit.ProfileSummary />
      <kit.KpiGrid />
    </kit.AssessmentProvider>
  ),
  InvalidDefinition: <kit.AssessmentWizard questionnaire={{ id: 'broken' }} />,
};

describe('server rendering', () => {
  let errors: ReturnType<typeof vi.spyOn>;
  let warnings: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    errors = vi.spyOn(console, 'error');
    warnings = vi.spyOn(console, 'warn');
  });
  afterEach(() => vi.restoreAllMocks());

  it('runs in Node with no window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it.each(Object.entries(elements))('renders %s to a string without errors or warnings', (_name, element) => {
    const html = renderToString(<StrictMode>{element}</StrictMode>);
    expect(html.length).toBeGreaterThan(0);
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  });

  it('renders result views with their numbers in the HTML', () => {
    const html = renderToString(<kit.AssessmentResult questionnaire={socialMediaAssessment} reference={socialMediaReference} profile={profile} />);
    expect(profile.tier).toBe('network');
    expect(html).toContain('data-tier="network"');
    expect(html).toContain('Integrated');
    expect(html).toContain('class="rk-ProfileSummary-indexValue">94<');
  });

  it('renders the wizard’s first step with its questions in the HTML', () => {
    const html = renderToString(<kit.AssessmentWizard questionnaire={socialMediaAssessment} reference={socialMediaReference} />);
    expect(html).toContain('About your company');
    expect(html).toContain('Who do you mainly sell to?');
    expect(html).toContain('Step 1 of');
  });
});
