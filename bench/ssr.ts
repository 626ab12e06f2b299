/*
 * Server rendering: the HTML of the first step, as renderToString gives it, for the kit's wizard
 * (with the React its dist resolves) and for SurveyJS's Survey (with the bench's React).
 */
import { createRequire } from 'node:module';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const requireFromDist = createRequire(new URL('../dist/index.js', import.meta.url));

/** Bytes (UTF-8) of the kit wizard's server-rendered first step. */
export async function kitSsrBytes(): Promise<number> {
  const React = requireFromDist('react') as typeof import('react');
  const server = requireFromDist('react-dom/server') as typeof import('react-dom/server');
  const { AssessmentWizard } = (await import('../dist/index.js')) as typeof import('../dist/index.js');
  const { socialMediaAssessment } = (await import('../dist/social-media.js')) as typeof import('../dist/social-media.js');
  return Buffer.byteLength(server.renderToString(React.createElement(AssessmentWizard, { questionnaire: socialMediaAssessment })));
}

/** Bytes (UTF-8) of SurveyJS's server-rendered page 1, or NaN with the error if it cannot render on a server. */
export async function surveySsrBytes(json: object): Promise<{ bytes: number; error?: string }> {
  try {
    const { Model } = await import('survey-core');
    const { Survey } = await import('survey-react-ui');
    return { bytes: Buffer.byteLength(renderToString(createElement(Survey, { model: new Model(json) }))) };
  } catch (error) {
    return { bytes: NaN, error: String(error).slice(0, 200) };
  }
}
