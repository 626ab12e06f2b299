import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseProfileJson, scoreAnswers } from '../../src/core';
import { socialMediaAssessment, socialMediaReference } from '../../src/content/social-media';
import { AssessmentProvider } from '../../src/react/components/AssessmentProvider/AssessmentProvider';
import { ExportButtons } from '../../src/react/components/ExportButtons/ExportButtons';
import enterpriseSaas from '../../examples/answers/enterprise-saas.json';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';
import { parseCsvObjects } from '../core/export/parseCsv';
import { expectNoAxeViolations } from './helpers/expectNoAxeViolations';

const enterprise = scoreAnswers(socialMediaAssessment, enterpriseSaas);

/** Each download started: its file name, its type and its text, read from the Blob behind the object URL. */
let downloads: { fileName: string; type: string; text: Promise<string>; href: string }[];
const blobs = new Map<string, Blob>();

beforeEach(() => {
  downloads = [];
  let next = 0;
  // jsdom has no object URLs; these stand in for the browser's, keeping each Blob to read back.
  vi.stubGlobal('URL', Object.assign(URL, {
    createObjectURL: vi.fn((blob: Blob) => {
      const url = `blob:test/${(next += 1)}`;
      blobs.set(url, blob);
      return url;
    }),
    revokeObjectURL: vi.fn((url: string) => blobs.delete(url)),
  }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)!;
    // Decoded by hand: Blob.text() drops a leading byte order mark, which the CSV test looks for.
    const text = blob.arrayBuffer().then((bytes) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
    downloads.push({ fileName: this.download, type: blob.type, text, href: this.href });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  blobs.clear();
});

describe('ExportButtons', () => {
  it('offers JSON, CSV and print as named buttons in a labelled group', async () => {
    const { container } = render(<ExportButtons questionnaire={socialMediaAssessment} profile={enterprise} />);
    const group = screen.getByRole('group', { name: 'Save your result' });
    expect([...group.querySelectorAll('button')].map((button) => button.textContent)).toEqual([
      'Download data (JSON)',
      'Download CSV (spreadsheet)',
      'Print or save as PDF',
    ]);
    await expectNoAxeViolations(container);
  });

  it('downloads the profile as JSON that reads back to the same profile', async () => {
    const onExport = vi.fn();
    render(<ExportButtons questionnaire={socialMediaAssessment} profile={enterprise} onExport={onExport} />);
    await userEvent.click(screen.getByRole('button', { name: 'Download data (JSON)' }));
    expect(downloads).toHaveLength(1);
    const [download] = downloads;
    expect(download).toMatchObject({ fileName: 'b2b-social-media-profile.json', type: 'application/json' });
    const result = parseProfileJson(await download!.text);
    expect(result.ok && result.value.profile).toEqual(enterprise);
    expect(onExport).toHaveBeenCalledWith('json');
  });

  it('downloads a CSV whose numbers are the profile’s, with a byte order mark for Excel', async () => {
    render(<ExportButtons questionnaire={socialMediaAssessment} profile={enterprise} fileName="acme" />);
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV (spreadsheet)' }));
    const [download] = downloads;
    expect(download).toMatchObject({ fileName: 'acme.csv', type: 'text/csv;charset=utf-8' });
    const text = await download!.text;
    expect(text.startsWith('\uFEFFkind,id,label,')).toBe(true);
    const rows = parseCsvObjects(text.slice(1));
    for (const dimension of enterprise.dimensions)
      expect(Number(rows.find((row) => row.kind === 'dimension' && row.id === dimension.id)?.value), dimension.id).toBe(dimension.score);
    for (const kpi of enterprise.kpis.filter((candidate) => candidate.value !== null))
      expect(Number(rows.find((row) => row.kind === 'kpi' && row.id === kpi.id)?.value), kpi.id).toBe(kpi.value);
    // The URL is let go once the download has started.
    await vi.waitFor(() => expect(URL.revokeObjectURL).toHaveBeenCalledWith(download!.href), { timeout: 2000 });
  });

  it('labels the CSV in the view’s locale, with the profile’s own questionnaire', async () => {
    const questionnaire = miniQuestionnaire();
    const profile = scoreAnswers(questionnaire, { market: 'b2b', channel: 'linkedin', formats: ['papers'] });
    render(<ExportButtons profile={profile} questionnaire={questionnaire} locale="zh-Hant" formats={['csv']} csvByteOrderMark={false} />);
    await userEvent.click(screen.getByRole('button'));
    const rows = parseCsvObjects(await downloads[0]!.text);
    expect(rows.filter((row) => row.kind === 'dimension').map((row) => [row.label, row.value])).toEqual([
      ['Reach', '100'],
      ['深度', '50'],
    ]);
  });

  it('opens the print dialog, and downloads nothing for it', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(<ExportButtons questionnaire={socialMediaAssessment} profile={enterprise} formats={['print']} />);
    await userEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(downloads).toEqual([]);
  });

  it('exports the live profile inside AssessmentProvider', async () => {
    render(
      <AssessmentProvider questionnaire={socialMediaAssessment} reference={socialMediaReference} defaultAnswers={enterpriseSaas}>
        <ExportButtons formats={['json']} />
      </AssessmentProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download data (JSON)' }));
    expect(JSON.parse(await downloads[0]!.text).profile).toEqual(enterprise);
  });
});
