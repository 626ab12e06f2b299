import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import b2bManufacturerInstagram from '../examples/answers/b2b-manufacturer-instagram.json';
import b2bMature from '../examples/answers/b2b-mature.json';
import b2bWeak from '../examples/answers/b2b-weak.json';
import consumerBrandWellRun from '../examples/answers/consumer-brand-well-run.json';
import consumerFashion from '../examples/answers/consumer-fashion.json';
import empty from '../examples/answers/empty.json';
import enterpriseSaas from '../examples/answers/enterprise-saas.json';
import partial from '../examples/answers/partial-8-percent.json';
import { socialMediaAssessment, socialMediaReference } from '../src/content/social-media';
import { AssessmentPlayground } from '../src/playground';
import '../src/playground/playground.css';
import { miniQuestionnaire } from '../test/fixtures/miniQuestionnaire';

/** The bundled personas (examples/answers), by the name an author picks them by. */
const personas = {
  'Enterprise SaaS': enterpriseSaas,
  'Mature B2B seller': b2bMature,
  'Consumer brand, well run': consumerBrandWellRun,
  'Consumer fashion brand': consumerFashion,
  'B2B manufacturer on Instagram': b2bManufacturerInstagram,
  'Weak B2B seller': b2bWeak,
  'Partial (8 %)': partial,
  'Nothing answered': empty,
};

/** A small custom definition: what a vendor starts its own assessment from. */
const custom = miniQuestionnaire();

/** The same definition with a misspelt key: an unknown field, and the label it should have been missing. */
const broken = JSON.stringify(custom, null, 2).replace('"label": "Main channel"', '"lable": "Main channel"');

const textarea = (canvasElement: HTMLElement) => within(canvasElement).getByRole('textbox', { name: 'Definition (JSON)' }) as HTMLTextAreaElement;
/** The 1-based line an offset is on. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

const meta = {
  title: 'Flows/AssessmentPlayground',
  component: AssessmentPlayground,
  argTypes: { locale: { control: 'text' } },
  args: { initialDefinition: socialMediaAssessment, reference: socialMediaReference, personas, onChange: fn(), initialSeed: 42 },
} satisfies Meta<typeof AssessmentPlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The bundled assessment: pick a persona and see its tier and which rules fire. */
export const BundledAssessment: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent('No issues');
    const simulate = within(canvas.getByRole('region', { name: 'Simulate' }));
    await userEvent.selectOptions(simulate.getByRole('combobox', { name: 'Persona' }), 'B2B manufacturer on Instagram');
    await userEvent.click(simulate.getByRole('button', { name: 'Simulate persona' }));
    await expect(simulate.getByRole('heading', { name: 'Result for persona “B2B manufacturer on Instagram”' })).toBeVisible();
    await expect(simulate.getByRole('region', { name: 'Your readiness profile' })).toHaveAttribute('data-tier', 'presence');
    await expect(simulate.getByRole('heading', { name: /^Rules that fire \(\d+\)$/ })).toBeVisible();
    const fired = canvasElement.querySelectorAll('[data-state="fired"] [data-rule]');
    await expect(fired.length).toBeGreaterThan(0);
    await expect(fired[0]).toHaveTextContent('Why it fires:');
  },
};

/** Random answers from a seed: the same seed gives the same case again. */
export const RandomiseWithSeed: Story = {
  play: async ({ canvasElement }) => {
    const simulate = within(within(canvasElement).getByRole('region', { name: 'Simulate' }));
    const outcome = () => canvasElement.querySelector('.rk-Playground-outcome')?.textContent;
    await userEvent.click(simulate.getByRole('button', { name: 'Randomise' }));
    await expect(simulate.getByRole('heading', { name: 'Result for random answers, seed 42' })).toBeVisible();
    const first = outcome();
    await userEvent.click(simulate.getByRole('button', { name: 'New seed' }));
    await expect(simulate.queryByRole('heading', { name: 'Result for random answers, seed 42' })).toBeNull();
    const seed = simulate.getByRole('textbox', { name: 'Seed' });
    await userEvent.clear(seed);
    await userEvent.type(seed, '42');
    await userEvent.click(simulate.getByRole('button', { name: 'Randomise' }));
    await expect(outcome()).toBe(first);
  },
};

/** A small custom definition: type an error, see the issue, jump to its line. */
export const CustomDefinition: Story = {
  args: { initialDefinition: custom, personas: { 'B2B seller': { market: 'b2b', channel: 'linkedin', helpful: 5 } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const editor = textarea(canvasElement);
    const at = editor.value.indexOf('"reach": 3') + 1;
    // Rename a dimension reference to one that does not exist: "reach" becomes "xreach".
    editor.focus();
    editor.setSelectionRange(at, at);
    await userEvent.keyboard('x');
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('1 issue'));
    await expect(canvas.getByText('The text has issues: this is the last valid version.')).toBeVisible();
    const issue = canvas.getByRole('button', { name: /unknown_dimension/ });
    const expectedLine = editor.value.split('\n').findIndex((line) => line.includes('"xreach": 3')) + 1;
    await expect(issue).toHaveTextContent(`line ${expectedLine}`);
    await userEvent.click(canvas.getByRole('button', { name: 'Simulate persona' }));
    editor.setSelectionRange(0, 0);
    await userEvent.click(issue);
    await expect(editor).toHaveFocus();
    await expect(lineAt(editor.value, editor.selectionStart)).toBe(expectedLine);
    await expect(editor.value.slice(editor.selectionStart, editor.selectionEnd)).toBe('"xreach": 3');
  },
};

/** A definition with errors from the start: each issue with its path and line; no preview yet. */
export const DefinitionWithErrors: Story = {
  args: { initialDefinition: broken, personas: {} },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent('2 issues');
    await expect(canvas.getByRole('button', { name: /unknown_field/ })).toHaveTextContent('sections[0].questions[1].lable');
    await expect(canvas.getByText('No valid definition yet: fix the issues to see the wizard.')).toBeVisible();
    const missing = canvas.getByRole('button', { name: /missing_field/ });
    await expect(missing).toHaveTextContent('sections[0].questions[1].label');
    await expect(missing).toHaveTextContent(/near line \d+/);
    await userEvent.click(missing);
    const editor = textarea(canvasElement);
    await expect(editor).toHaveFocus();
    await expect(editor.value.split('\n')[lineAt(editor.value, editor.selectionStart)]!.trim()).toBe('"id": "channel",');
  },
};

/** A JSON syntax error: reported with its line while the last valid preview stays. */
export const SyntaxError: Story = {
  args: { initialDefinition: custom, personas: {} },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const editor = textarea(canvasElement);
    const comma = editor.value.indexOf('"mini",') + '"mini"'.length;
    editor.focus();
    editor.setSelectionRange(comma, comma + 1);
    await userEvent.keyboard('{Delete}');
    const issue = await canvas.findByRole('button', { name: /invalid_json/ });
    await expect(issue).toHaveTextContent('line 3, column 3');
    await expect(issue).toHaveTextContent('A comma is expected here.');
    await expect(canvas.getByRole('heading', { name: 'Mini', level: 4 })).toBeVisible();
  },
};
