// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { defineReadinessAssessment } from '../../src/embed/defineReadinessAssessment';

describe('defineReadinessAssessment', () => {
  it('rejects a name the browser would refuse, saying why', () => {
    expect(() => defineReadinessAssessment('Readiness')).toThrow(/"Readiness" is not a valid custom element name/);
    expect(() => defineReadinessAssessment('readiness')).toThrow(TypeError);
  });

  it('registers a custom name once and is harmless when called again', () => {
    defineReadinessAssessment('acme-readiness');
    const registered = customElements.get('acme-readiness');
    expect(registered).toBeDefined();
    expect(() => defineReadinessAssessment('acme-readiness')).not.toThrow();
    expect(customElements.get('acme-readiness')).toBe(registered);
  });
});
