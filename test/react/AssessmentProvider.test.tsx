import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AssessmentProvider } from '../../src/react';
import { expectNoAxeViolations } from './helpers/expectNoAxeViolations';

describe('AssessmentProvider', () => {
  it('lists the issues of an invalid definition instead of its children', async () => {
    const { container } = render(
      <AssessmentProvider questionnaire={{ id: 'broken', sections: 'nope' }}>
        <p>never shown</p>
      </AssessmentProvider>,
    );
    const panel = screen.getByRole('alert');
    expect(panel).toHaveTextContent('This assessment cannot be shown');
    expect(panel).toHaveTextContent('sections');
    expect(panel).toHaveTextContent('[invalid_type]');
    expect(screen.queryByText('never shown')).toBeNull();
    await expectNoAxeViolations(container);
  });
});
