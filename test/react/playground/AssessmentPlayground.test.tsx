import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { socialMediaAssessment, socialMediaReference } from '../../../src/content/social-media';
import { AssessmentPlayground } from '../../../src/playground';
import b2bWeak from '../../../examples/answers/b2b-weak.json';
import enterpriseSaas from '../../../examples/answers/enterprise-saas.json';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';
import { expectNoAxeViolations } from '../helpers/expectNoAxeViolations';

const personas = { 'Enterprise SaaS': enterpriseSaas, 'Weak B2B seller': b2bWeak };
const miniText = JSON.stringify(miniQuestionnaire(), null, 2);
const textarea = () => screen.getByRole('textbox', { name: 'Definition (JSON)' }) as HTMLTextAreaElement;
/** The 1-based line an offset of the textarea's text is on. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

describe('AssessmentPlayground', () => {
  it('lists a definition issue; its button puts the caret on the issue’s line, selected and focused', async () => {
    const user = userEvent.setup();
    const broken = miniText.replace('"points": {\n                "reach": 3\n              }', '"points": {\n                "nowhere": 3\n              }');
    expect(broken).not.toBe(miniText);
    render(<AssessmentPlayground initialDefinition={broken} validationDelay={0} />);
    expect(screen.getByRole('status')).toHaveTextContent('1 issue');
    const button = screen.getByRole('button', { name: /unknown_dimension/ });
    expect(button).toHaveTextContent('sections[0].questions[1].options[0].points.nowhere');
    const expectedLine = broken.split('\n').findIndex((line) => line.includes('"nowhere"')) + 1;
    expect(button).toHaveTextContent(`line ${expectedLine}, column 17`);
    await user.click(button);
    expect(textarea()).toHaveFocus();
    expect(lineAt(broken, textarea().selectionStart)).toBe(expectedLine);
    expect(broken.slice(textarea().selectionStart, textarea().selectionEnd)).toBe('"nowhere": 3');
  });

  it('shows a JSON syntax error with its line as the author types, and keeps the last valid preview', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<AssessmentPlayground initialDefinition={miniQuestionnaire()} validationDelay={0} onChange={onChange} />);
    expect(screen.getByRole('status')).toHaveTextContent('No issues: the definition is valid.');
    expect(screen.getByRole('heading', { name: 'Mini', level: 4 })).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
    // Line 2 is `"id": "mini",`: deleting its comma breaks line 3.
    const editor = textarea();
    const comma = editor.value.indexOf('"mini",') + '"mini"'.length;
    editor.setSelectionRange(comma, comma + 1);
    await user.type(editor, '{Delete}', { initialSelectionStart: comma, initialSelectionEnd: comma + 1 });
    expect(screen.getByRole('status')).toHaveTextContent('1 issue');
    const issue = screen.getByRole('button', { name: /invalid_json/ });
    expect(issue).toHaveTextContent('JSON syntax');
    expect(issue).toHaveTextContent('line 3, column 3');
    expect(issue).toHaveTextContent('A comma is expected here.');
    expect(screen.getByText('The text has issues: this is the last valid version.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Mini', level: 4 })).toBeInTheDocument();
    expect(onChange).toHaveBeenLastCalledWith(editor.value, expect.objectContaining({ ok: false }));
    await user.click(issue);
    expect(lineAt(editor.value, editor.selectionStart)).toBe(3);
  });

  it('checks the text only once typing pauses', () => {
    vi.useFakeTimers();
    try {
      render(<AssessmentPlayground initialDefinition={miniText} validationDelay={300} />);
      fireEvent.change(textarea(), { target: { value: '{' } });
      expect(screen.getByRole('status')).toHaveTextContent('No issues');
      act(() => void vi.advanceTimersByTime(299));
      expect(screen.getByRole('status')).toHaveTextContent('No issues');
      act(() => void vi.advanceTimersByTime(1));
      expect(screen.getByRole('status')).not.toHaveTextContent('No issues');
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the wizard of an edited text at once, keeping answers; a new structure starts afresh', async () => {
    const user = userEvent.setup();
    render(<AssessmentPlayground initialDefinition={miniText} validationDelay={0} />);
    await user.click(screen.getByRole('radio', { name: 'Businesses' }));
    fireEvent.change(textarea(), { target: { value: miniText.replace('"Who do you sell to?"', '"Whom do you sell to?"') } });
    expect(await screen.findByRole('group', { name: /Whom do you sell to\?/ })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Businesses' })).toBeChecked();
    fireEvent.change(textarea(), { target: { value: miniText.replace('"id": "profile"', '"id": "about"') } });
    await waitFor(() => expect(screen.getByRole('group', { name: /Who do you sell to\?/ })).toBeInTheDocument());
    expect(screen.getByRole('radio', { name: 'Businesses' })).not.toBeChecked();
  });

  it('simulates a persona: its tier, the rules that fire with why, and those that do not', async () => {
    const user = userEvent.setup();
    render(<AssessmentPlayground initialDefinition={socialMediaAssessment} reference={socialMediaReference} personas={personas} validationDelay={0} />);
    const simulate = screen.getByRole('region', { name: 'Simulate' });
    await user.selectOptions(within(simulate).getByRole('combobox', { name: 'Persona' }), 'Enterprise SaaS');
    await user.click(within(simulate).getByRole('button', { name: 'Simulate persona' }));
    expect(within(simulate).getByRole('heading', { name: 'Result for persona “Enterprise SaaS”' })).toBeInTheDocument();
    expect(within(simulate).getByRole('region', { name: 'Your readiness profile' })).toHaveAttribute('data-tier', 'network');
    expect(within(simulate).getByRole('heading', { name: 'Rules that fire (1)' })).toBeInTheDocument();
    const fired = simulate.querySelector('[data-state="fired"] [data-rule]')!;
    expect(fired).toHaveAttribute('data-rule', 'help_and_share');
    expect(fired).toHaveTextContent('Why it fires:');
    const total = socialMediaAssessment.rules!.length;
    expect(within(simulate).getByRole('heading', { name: `Rules that do not fire (${total - 1})` })).toBeInTheDocument();
    expect(simulate.querySelector('[data-state="unfired"] [data-rule]')).toHaveTextContent(/Why not:|ranks higher/);
  });

  it('randomises reproducibly: the same seed gives the same result, another seed another', async () => {
    const user = userEvent.setup();
    render(<AssessmentPlayground initialDefinition={socialMediaAssessment} validationDelay={0} initialSeed={7} />);
    const simulate = screen.getByRole('region', { name: 'Simulate' });
    const seed = within(simulate).getByRole('textbox', { name: 'Seed' });
    expect(seed).toHaveValue('7');
    const outcome = () => simulate.querySelector('.rk-Playground-outcome')!.textContent;
    await user.click(within(simulate).getByRole('button', { name: 'Randomise' }));
    expect(within(simulate).getByRole('heading', { name: 'Result for random answers, seed 7' })).toBeInTheDocument();
    const first = outcome();
    await user.clear(seed);
    await user.type(seed, '8');
    await user.click(within(simulate).getByRole('button', { name: 'Randomise' }));
    expect(outcome()).not.toBe(first);
    await user.clear(seed);
    await user.type(seed, '7');
    await user.click(within(simulate).getByRole('button', { name: 'Randomise' }));
    expect(outcome()).toBe(first);
    await user.click(within(simulate).getByRole('button', { name: 'New seed' }));
    const shown = Number((seed as HTMLInputElement).value);
    expect(within(simulate).getByRole('heading', { name: `Result for random answers, seed ${shown}` })).toBeInTheDocument();
    await user.clear(seed);
    await user.type(seed, 'x');
    expect(within(simulate).getByRole('button', { name: 'Randomise' })).toBeDisabled();
  });

  it('never traps focus: Tab leaves the editor; Ctrl+] indents the line', async () => {
    const user = userEvent.setup();
    render(<AssessmentPlayground initialDefinition={'{\n"id": "x"\n}'} validationDelay={0} />);
    const editor = textarea();
    editor.focus();
    editor.setSelectionRange(3, 3);
    await user.keyboard('{Control>}]{/Control}');
    expect(editor.value).toBe('{\n  "id": "x"\n}');
    expect(editor.selectionStart).toBe(5);
    await user.tab();
    expect(editor).not.toHaveFocus();
    await user.tab({ shift: true });
    expect(editor).toHaveFocus();
  });

  it('speaks the locale given, takes the host’s words, and renders definition text as text', () => {
    const hostile = { ...miniQuestionnaire(), title: '<img src=x onerror="alert(1)">' };
    const { container } = render(
      <AssessmentPlayground initialDefinition={hostile} locale="zh-Hant" messages={{ 'playground.title': 'Authoring' }} validationDelay={0} />,
    );
    expect(screen.getByRole('heading', { name: 'Authoring', level: 2 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '問題' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '<img src=x onerror="alert(1)">' })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('has no axe violations, valid or with issues and a simulation', async () => {
    const user = userEvent.setup();
    const { container } = render(<AssessmentPlayground initialDefinition={miniText.replace('"reach": 3', '"nowhere": 3')} personas={{ Mini: { market: 'b2b' } }} validationDelay={0} />);
    fireEvent.change(textarea(), { target: { value: miniText } });
    await user.click(screen.getByRole('button', { name: 'Simulate persona' }));
    await expectNoAxeViolations(container);
    fireEvent.change(textarea(), { target: { value: miniText.replace('"reach": 3', '"nowhere": 3') } });
    await expectNoAxeViolations(container);
  });
});
