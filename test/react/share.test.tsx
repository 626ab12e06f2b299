import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers, MAX_TOKEN_LENGTH, readShareLink, scoreAnswers } from '../../src/core';
import { socialMediaAssessment, socialMediaReference } from '../../src/content/social-media';
import { AssessmentWizard } from '../../src/react';
import { SharedResult } from '../../src/react/share';
import enterpriseSaas from '../../examples/answers/enterprise-saas.json';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';
import { expectNoAxeViolations } from './helpers/expectNoAxeViolations';

const mini = miniQuestionnaire();
const base = 'https://vendor.example/check';

/** The token in the share link named `name`. */
const tokenOf = (name: string) => readShareLink(screen.getByRole('link', { name }).getAttribute('href')!)!.token;

describe('share links in the wizard', () => {
  it('offers "continue on another device" with the answers so far, in the link’s fragment', async () => {
    const user = userEvent.setup();
    render(<AssessmentWizard questionnaire={mini} shareBaseUrl={base} />);
    expect(screen.getByRole('link', { name: 'Continue on another device' }).getAttribute('href')).toMatch(/^https:\/\/vendor\.example\/check#rk-continue=/);
    await user.click(screen.getByLabelText('Businesses'));
    const decoded = decodeAnswers(mini, tokenOf('Continue on another device'));
    expect(decoded).toMatchObject({ ok: true, value: { market: 'b2b' } });
  });

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', '/check'])('offers no share link for the base %j, which is not absolute http(s)', async (unsafe) => {
    const user = userEvent.setup();
    render(<AssessmentWizard questionnaire={mini} shareBaseUrl={unsafe} />);
    await user.click(screen.getByLabelText('Businesses'));
    expect(screen.getByLabelText('Businesses')).toBeChecked();
    expect(screen.queryByRole('link', { name: 'Continue on another device' })).toBeNull();
  });

  it('continues from such a link on another device', () => {
    const token = encodeAnswers(mini, { market: 'both' });
    const decoded = decodeAnswers(mini, token);
    render(<AssessmentWizard questionnaire={mini} defaultAnswers={decoded.ok ? decoded.value : undefined} />);
    expect(screen.getByLabelText('Both')).toBeChecked();
  });
});

describe('SharedResult', () => {
  it('shows the result a token carries, as scoreAnswers gives it', async () => {
    const token = encodeAnswers(socialMediaAssessment, enterpriseSaas);
    const { container } = render(<SharedResult questionnaire={socialMediaAssessment} reference={socialMediaReference} token={token} />);
    const profile = scoreAnswers(socialMediaAssessment, enterpriseSaas);
    expect(container.querySelector('.rk-ProfileSummary-indexValue')).toHaveTextContent(String(Math.round(profile.index!)));
    await expectNoAxeViolations(container);
  });

  it('shows the result in the reader’s language', () => {
    render(<SharedResult questionnaire={socialMediaAssessment} reference={socialMediaReference} token={encodeAnswers(socialMediaAssessment, enterpriseSaas)} locale="zh-TW" />);
    expect(screen.getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(0);
    expect(document.querySelector('.rk-Result')).toHaveAttribute('lang', 'zh-Hant-TW');
  });

  it.each([
    ['tampered', (token: string) => token.slice(0, 20) + (token[20] === 'A' ? 'B' : 'A') + token.slice(21), 'invalid_format'],
    ['truncated', (token: string) => token.slice(0, token.length - 5), 'invalid_format'],
    ['foreign', () => encodeAnswers(mini, { market: 'b2b' }), 'invalid_value'],
    ['oversized', () => 'A'.repeat(MAX_TOKEN_LENGTH + 1), 'too_big'],
  ])('shows the issue, never a profile, for a %s token', (_, spoil, code) => {
    render(<SharedResult questionnaire={socialMediaAssessment} reference={socialMediaReference} token={spoil(encodeAnswers(socialMediaAssessment, enterpriseSaas))} />);
    const panel = screen.getByRole('alert');
    expect(within(panel).getAllByText(`[${code}]`).length).toBeGreaterThan(0);
    expect(document.querySelector('.rk-ProfileSummary')).toBeNull();
  });
});
