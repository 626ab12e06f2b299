import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { parseQuestionnaire, type Issue } from '../../src/core';
import { AssessmentErrorPanel } from '../../src/react';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';
import { expectNoAxeViolations } from './helpers/expectNoAxeViolations';

const broken = parseQuestionnaire({
  ...miniQuestionnaire(),
  tiers: [{ id: 'only', label: 'Only', min: 10, max: 100 }],
  dimensions: [{ id: 'reach', label: 'Reach' }],
});
const issues = broken.issues;
const codesAndPaths = (list: readonly Issue[]) => list.map((issue) => [issue.path || '(root)', `[${issue.code}]`]);

describe('AssessmentErrorPanel', () => {
  let consoleError: MockInstance<typeof console.error>;
  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  it('tells respondents in plain words what happened and what they can do, with no codes or paths in sight', async () => {
    expect(issues.length).toBeGreaterThan(1);
    const { container } = render(<AssessmentErrorPanel issues={issues} />);
    const panel = screen.getByRole('alert');
    expect(within(panel).getByRole('heading', { level: 2, name: 'This assessment cannot be shown' })).toBeVisible();
    expect(within(panel).getByText('Something is wrong with how this site set it up. Please let the site’s owner know, or try again later.')).toBeVisible();
    for (const issue of issues) expect(within(panel).getAllByText(`[${issue.code}]`)[0]).not.toBeVisible();
    expect(container.querySelector('details')).not.toHaveAttribute('open');
    await expectNoAxeViolations(container);
  });

  it('keeps every issue’s path, message and code under a details disclosure for the site’s developers', async () => {
    const user = userEvent.setup();
    const { container } = render(<AssessmentErrorPanel issues={issues} />);
    const summary = screen.getByText(`Details for the site’s developers (${issues.length} problems)`);
    expect(summary.tagName).toBe('SUMMARY');
    await user.click(summary);
    expect(container.querySelector('details')).toHaveAttribute('open');
    const items = within(container.querySelector('details')!).getAllByRole('listitem');
    expect(items.map((item) => [item.querySelector('.rk-ErrorPanel-path')!.textContent, item.querySelector('.rk-ErrorPanel-code')!.textContent])).toEqual(codesAndPaths(issues));
    for (const item of items) expect(item).toBeVisible();
    expect(screen.getByText('The same details are in the browser’s console.')).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('logs the codes and paths to the console once per set of issues, not on every render', () => {
    const { rerender } = render(
      <StrictMode>
        <AssessmentErrorPanel issues={issues} />
      </StrictMode>,
    );
    expect(consoleError).toHaveBeenCalledTimes(1);
    const [report, logged] = consoleError.mock.calls[0]!;
    expect(report).toContain(`readiness-kit: the assessment cannot be shown: its definition has ${issues.length} issues.`);
    for (const issue of issues) expect(report).toContain(`✖ ${issue.path || '(root)'}: ${issue.message} [${issue.code}]`);
    expect(logged).toEqual(issues);

    // The same issues in a new array, as a parent that validates on each render gives them: nothing new to say.
    rerender(
      <StrictMode>
        <AssessmentErrorPanel issues={issues.map((issue) => ({ ...issue }))} locale="ha" />
      </StrictMode>,
    );
    expect(consoleError).toHaveBeenCalledTimes(1);

    const fewer = issues.slice(1);
    rerender(
      <StrictMode>
        <AssessmentErrorPanel issues={fewer} />
      </StrictMode>,
    );
    expect(consoleError).toHaveBeenCalledTimes(2);
    expect(consoleError.mock.calls[1]![1]).toEqual(fewer);
  });

  it('logs nothing and offers no details when there are no issues', () => {
    const { container } = render(<AssessmentErrorPanel issues={[]} />);
    expect(consoleError).not.toHaveBeenCalled();
    expect(container.querySelector('details')).toBeNull();
  });

  it('speaks the respondent’s language, with the bundled words of its locale by default', () => {
    render(<AssessmentErrorPanel issues={issues.slice(0, 1)} locale="zh-Hant" />);
    expect(screen.getByRole('heading', { name: '無法顯示此評估' })).toBeInTheDocument();
    expect(screen.getByText('給網站開發人員的詳細資訊（1 個問題）')).toBeInTheDocument();
  });

  it('says a damaged share link is the cause when told so', () => {
    render(<AssessmentErrorPanel issues={[{ code: 'invalid_format', path: '', segments: [], message: 'is not a valid token', params: {} }]} cause="link" />);
    const panel = screen.getByRole('alert');
    expect(panel).toHaveAttribute('data-cause', 'link');
    expect(within(panel).getByRole('heading', { name: 'This result cannot be shown' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('Ask the person who shared it to send the whole link again.');
    expect(screen.getByText('Details for the site’s developers (1 problem)')).toBeInTheDocument();
    expect(consoleError.mock.calls[0]![0]).toContain('the shared result cannot be shown: its link has 1 issue.');
  });
});
