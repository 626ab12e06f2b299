import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, spyOn, userEvent, within } from 'storybook/test';
import { ExportButtons } from '../src/react/components/ExportButtons/ExportButtons';
import { enterpriseProfile } from './fixtures/profiles';
import { socialMediaAssessment } from '../src/content/social-media';

const meta = {
  title: 'Components/ExportButtons',
  component: ExportButtons,
  tags: ['autodocs'],
  args: { questionnaire: socialMediaAssessment, profile: enterpriseProfile },
} satisfies Meta<typeof ExportButtons>;

export default meta;
type Story = StoryObj<typeof meta>;

/** JSON, CSV and print, as secondary buttons in a labelled group; they are hidden when printed. */
export const AllFormats: Story = {
  play: async ({ canvasElement }) => {
    const group = within(canvasElement).getByRole('group', { name: 'Save your result' });
    await expect(within(group).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Download data (JSON)',
      'Download CSV (spreadsheet)',
      'Print or save as PDF',
    ]);
  },
};

/** The CSV is built in the page and handed over as a Blob: the play function reads it back instead of saving it. */
export const DownloadCsv: Story = {
  args: { formats: ['csv'], fileName: 'acme-readiness' },
  play: async ({ canvasElement }) => {
    const created = spyOn(URL, 'createObjectURL');
    const click = spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    try {
      await userEvent.click(within(canvasElement).getByRole('button', { name: 'Download CSV (spreadsheet)' }));
      await expect(click).toHaveBeenCalledTimes(1);
      const blob = created.mock.calls[0]![0] as Blob;
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
      await expect(text.startsWith('\uFEFFkind,id,label,value,unit,status')).toBe(true);
      const measurement = enterpriseProfile.dimensions.find((dimension) => dimension.id === 'measurement')!;
      await expect(text).toContain(`dimension,measurement,Measurement,${measurement.score},score,ok`);
      await expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('acme-readiness.csv');
    } finally {
      click.mockRestore();
      created.mockRestore();
    }
  },
};
