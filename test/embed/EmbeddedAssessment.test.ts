// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStorage, type Answers } from '../../src/core';
import { EmbeddedAssessment } from '../../src/embed/EmbeddedAssessment';
import type { EmbeddedDefinition } from '../../src/embed/readDefinition';
import enterpriseSaas from '../../examples/answers/enterprise-saas.json';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';

/*
 * The script-tag build is self-contained: without a definition of the page's own it runs the bundled
 * assessment, and passes it, with its reference content, explicitly (the views have no fallback).
 */
afterEach(cleanup);

/** Renders the embed's React tree inline with `definition` and `answers`, then goes through to the result. */
function completeEmbedded(definition: EmbeddedDefinition, answers: Answers): HTMLElement {
  const { container } = render(
    createElement(EmbeddedAssessment, {
      attributes: { locale: 'en', currency: undefined, mode: 'inline', triggerLabel: undefined, storageKey: undefined },
      definition,
      defaultAnswers: answers,
      dialogContainer: document.createElement('div'),
      storage: createMemoryStorage(),
      callbacks: {},
    }),
  );
  for (let step = 0; step < 50 && !screen.queryByRole('button', { name: 'See my result' }); step += 1)
    fireEvent.click(screen.getByRole('button', { name: /^(Next|Review answers)$/ }));
  fireEvent.click(screen.getByRole('button', { name: 'See my result' }));
  expect(screen.getByRole('heading', { name: 'Your result' })).toBeTruthy();
  return container;
}

describe('EmbeddedAssessment', () => {
  it('runs the bundled assessment without a definition, and its result shows the rings and the B2B/B2C columns', () => {
    const container = completeEmbedded(null, enterpriseSaas);
    expect(screen.getByRole('heading', { name: 'Your business network' })).toBeTruthy();
    expect(container.querySelector('.rk-NetworkRings')).not.toBeNull();
    expect(container.querySelector('.rk-ComparisonTable')?.getAttribute('data-reference')).toBe('shown');
    expect([...container.querySelectorAll('.rk-ComparisonTable-referenceHeader')].map((cell) => cell.textContent)).toEqual(['B2B practice', 'B2C practice']);
  });

  it('shows a page’s own questionnaire without the bundled reference content', () => {
    const container = completeEmbedded({ questionnaire: miniQuestionnaire() }, { market: 'b2b', channel: 'linkedin', formats: ['papers'], helpful: 4 });
    expect(container.querySelector('.rk-NetworkRings')).toBeNull();
    // Without the B2B/B2C practice the table would only repeat the chart's scores: the result leaves it out.
    expect(container.querySelector('.rk-ComparisonTable')).toBeNull();
    expect(container.querySelector('.rk-DimensionChart')).not.toBeNull();
  });
});
