import { cleanup, render } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { encodeAnswers, localise, parseQuestionnaire, scoreAnswers, type Answers, type Profile, type Questionnaire } from '../../src/core';
import { socialMediaAssessment, comparisonReference, networkRings } from '../../src/content/social-media';
import { AssessmentResult, AssessmentWizard, ComparisonTable, DimensionChart, DisagreementList, ExportButtons, KpiCard, KpiGrid, NetworkRings, ProfileSummary, RecommendationList, TeamComparison, type LeadCapture } from '../../src/react';
import { AssessmentDialog } from '../../src/react/dialog';
import { SharedResult } from '../../src/react/share';
import b2bManufacturerInstagram from '../../examples/answers/b2b-manufacturer-instagram.json';
import enterpriseSaas from '../../examples/answers/enterprise-saas.json';
import { attackVectors, countVectorTexts, withVectorsInEveryText } from '../e2e/support/attackVectors';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';
import { findDangerousNodes } from './support/dangerousNodes';
import { emailVectors, miniWithLinks, poisonedReference, vectorAt, vectorsShownIn, withScriptUrls } from './support/poison';
import { attackCalls, clearPwnedCalls, installPwnedRecorder, settleHandlers } from './support/pwned';
import { walkWizard } from './support/walkWizard';

/**
 * Attack tests for the React components in real Chromium, with NO Content-Security-Policy: every
 * displayed text of the definitions, the lead capture and the host's props is a script-injection
 * vector, and so is every text answer and lead value typed in. A vector rendered as HTML or followed
 * as a link would call `window.__pwned`; jsdom runs no handlers from markup, so only a browser can tell.
 */

const leadCapture = withVectorsInEveryText<LeadCapture>({
  title: 'Your details',
  description: 'We reply within a day.',
  fields: [
    { id: 'name', type: 'text', label: 'Name', help: 'As on your badge', autoComplete: 'name' },
    { id: 'email', type: 'email', label: 'Work email', help: 'Where the report goes', required: true },
    { id: 'notes', type: 'text', label: 'Notes', help: 'Anything else', multiline: true },
  ],
});

interface Subject {
  name: string;
  definition: Questionnaire;
  /** Two respondents, for the views that compare profiles. */
  answers: readonly [Answers, Answers];
}

const subjects: readonly Subject[] = [
  {
    name: 'mini questionnaire',
    definition: withVectorsInEveryText(miniWithLinks(miniQuestionnaire())),
    answers: [
      {
        market: 'b2b',
        channel: 'tiktok',
        formats: ['papers', 'memes'],
        helpful: 2,
        educational_share: 10,
        community: 'peers',
        impressions: 1000,
        clicks: 3,
        spend: 500,
        leads: 2,
        email: emailVectors[0]!,
        company: vectorAt(0),
      },
      { market: 'b2c', channel: 'linkedin', formats: ['cases'], helpful: 5, impressions: 200, clicks: 9, email: emailVectors[1]!, company: vectorAt(5) },
    ],
  },
  { name: 'bundled assessment', definition: withVectorsInEveryText(socialMediaAssessment), answers: [enterpriseSaas, b2bManufacturerInstagram] },
];

/** Every text a host hands the result views as a prop. */
const hostTexts = {
  summary: vectorAt(0),
  recommendations: vectorAt(1),
  empty: vectorAt(2),
  chart: vectorAt(3),
  series: vectorAt(4),
  other: vectorAt(5),
  kpis: vectorAt(6),
  rings: vectorAt(7),
  primary: vectorAt(8),
  caption: vectorAt(9),
  team: vectorAt(10),
  disagreements: vectorAt(11),
  fileName: vectorAt(1),
  trigger: vectorAt(2),
};
const rings = withVectorsInEveryText(networkRings);
const reference = poisonedReference(comparisonReference);

const totals = {
  texts: countVectorTexts([subjects.map((subject) => subject.definition), leadCapture, hostTexts, rings, reference]),
  typed: 0,
  ran: 0,
  nodes: 0,
};

/** Waits for any handler a vector could have planted, then checks that none ran and the page holds no live markup. */
async function expectNothingRan(scope: string): Promise<void> {
  await settleHandlers();
  const ran = attackCalls();
  const nodes = findDangerousNodes(document.body);
  totals.ran += ran.length;
  totals.nodes += nodes.scripts + nodes.handlers + nodes.javascriptUrls;
  expect(ran, `${scope}: vectors that ran`).toEqual([]);
  expect(nodes, `${scope}: live markup in the page`).toEqual({ scripts: 0, handlers: 0, javascriptUrls: 0 });
}

/** Checks that each of `vectors` is on the page as text, so that nothing passed by being left out. */
function expectShownAsText(shown: string, vectors: readonly string[], scope: string): void {
  const missing = vectors.filter((vector) => !shown.includes(vector));
  expect(missing, `${scope}: vectors not shown as text`).toEqual([]);
}

beforeAll(() => installPwnedRecorder());

afterEach(() => {
  cleanup();
  clearPwnedCalls();
});

afterAll(() => {
  console.log(
    `attack (React, Chromium): ${attackVectors.length} vectors in ${totals.texts} texts and ${totals.typed} typed fields; ` +
      `${totals.ran} ran, ${totals.nodes} script/handler/javascript: nodes`,
  );
});

describe('the detector (CONTROL)', () => {
  it('sees vectors run, and finds their nodes, when they are rendered as HTML', async () => {
    const { container } = render(<div dangerouslySetInnerHTML={{ __html: attackVectors.map((vector) => `<div>${vector}</div>`).join('') }} />);
    // The image's error handler: the first vector to run, once its request has failed.
    await vi.waitFor(() => expect(attackCalls()).toContain(2));
    await settleHandlers();
    // Besides the image: the srcdoc frame's script and the <details> toggle. innerHTML runs no <script>.
    expect(attackCalls()).toEqual(expect.arrayContaining([2, 4, 10]));
    const nodes = findDangerousNodes(container);
    expect(nodes.scripts).toBeGreaterThan(0);
    expect(nodes.handlers).toBeGreaterThan(0);
    expect(nodes.javascriptUrls).toBeGreaterThan(0);
  });
});

describe.each(subjects)('script injection into the React components: $name (Chromium, no CSP)', ({ definition, answers }) => {
  // What the wizard can show in a locale: the definition's texts in it, and the lead capture's.
  const shownIn = (locale: string) => vectorsShownIn([definition, leadCapture], locale);
  const lastLocale = definition.locales.at(-1)!;

  it('keeps the poisoned definition valid, so the vectors really reach the screen', () => {
    expect(parseQuestionnaire(definition).issues).toEqual([]);
    expect(countVectorTexts(definition)).toBeGreaterThan(attackVectors.length);
    // A locale's texts carry only some vectors when there are several; the walks below take each.
    expect(new Set(definition.locales.flatMap(shownIn))).toEqual(new Set(attackVectors));
  });

  it.each(definition.locales)(
    'walks the wizard with lead capture to its result in %s, showing the vectors as text and running none',
    async (locale) => {
      const onComplete = vi.fn();
      const { container } = render(
        <AssessmentWizard
          questionnaire={definition}
          locale={locale}
          leadCapture={leadCapture}
          onComplete={onComplete}
          shareBaseUrl="https://vendor.example/check"
        />,
      );
      const walk = await walkWizard(container);
      totals.typed += walk.typed.length;

      expect(onComplete).toHaveBeenCalledTimes(1);
      const [profile, given, lead] = onComplete.mock.calls[0]! as [Profile, Answers, Record<string, string>];
      const leadTyped = walk.typed.slice(-leadCapture.fields.length);
      const answersTyped = walk.typed.slice(0, -leadCapture.fields.length);
      expect(lead).toEqual(Object.fromEntries(leadCapture.fields.map((field, index) => [field.id, leadTyped[index]])));
      expect(Object.values(given)).toEqual(expect.arrayContaining(answersTyped));
      expectShownAsText(walk.steps.join('\n'), shownIn(locale), 'wizard');
      expectShownAsText(walk.steps.at(-2)!, answersTyped, 'review step');
      expect(profile.recommendations.length).toBeGreaterThan(0);
      expectShownAsText(walk.steps.at(-1)!, profile.recommendations.map((item) => localise(item.title, locale)), 'result');
      await expectNothingRan('wizard');
    },
    120_000,
  );

  it(
    'walks the wizard in the open dialog to its result the same way (in the last locale)',
    async () => {
      const onComplete = vi.fn();
      render(
        <AssessmentDialog
          questionnaire={definition}
          locale={lastLocale}
          leadCapture={leadCapture}
          onComplete={onComplete}
          defaultOpen
          triggerLabel={hostTexts.trigger}
        />,
      );
      const dialog = await vi.waitFor(() => {
        const found = document.querySelector('[role="dialog"]');
        if (!found) throw new Error('the dialog is not open');
        return found;
      });
      const walk = await walkWizard(dialog);
      totals.typed += walk.typed.length;

      expect(onComplete).toHaveBeenCalledTimes(1);
      expectShownAsText(walk.steps.join('\n'), shownIn(lastLocale), 'dialog');
      expectShownAsText(document.body.textContent ?? '', [hostTexts.trigger], 'dialog trigger');
      await expectNothingRan('dialog');
    },
    120_000,
  );

  it('shows every result view of answers and a profile full of vectors as text, and links nothing but http(s)', async () => {
    const [first, second] = answers.map((given) => scoreAnswers(definition, given)) as [Profile, Profile];
    // Recommendation links and benchmark sources with `javascript:` URLs, as a profile from elsewhere might carry.
    const profile = withScriptUrls(first);
    const members = [
      { label: hostTexts.primary, profile },
      { label: hostTexts.other, profile: second },
    ];
    const source = { profile, questionnaire: definition, locale: 'en' };
    const onExport = vi.fn();
    render(
      <>
        <div data-view="AssessmentResult">
          <AssessmentResult {...source} />
        </div>
        <div data-view="ProfileSummary">
          <ProfileSummary {...source} title={hostTexts.summary} />
        </div>
        <div data-view="DimensionChart">
          <DimensionChart {...source} title={hostTexts.chart} seriesLabel={hostTexts.series} compareWith={[{ label: hostTexts.other, profile: second }]} />
          <DimensionChart {...source} variant="radar" title={hostTexts.chart} seriesLabel={hostTexts.series} compareWith={[{ label: hostTexts.other, profile: second }]} />
        </div>
        <div data-view="KpiGrid">
          <KpiGrid {...source} title={hostTexts.kpis} previousProfile={second} />
        </div>
        <div data-view="KpiCard">
          {profile.kpis.map((kpi) => (
            <KpiCard key={kpi.id} {...source} kpiId={kpi.id} previous={1} />
          ))}
        </div>
        <div data-view="ComparisonTable">
          <ComparisonTable
            {...source}
            primaryLabel={hostTexts.primary}
            profiles={[{ label: hostTexts.other, profile: second }]}
            caption={hostTexts.caption}
            reference={reference}
            showReference
            showSpread
          />
        </div>
        <div data-view="RecommendationList">
          <RecommendationList {...source} title={hostTexts.recommendations} />
          <RecommendationList {...source} priorities={[]} emptyMessage={hostTexts.empty} />
        </div>
        <div data-view="NetworkRings">
          <NetworkRings {...source} rings={rings} title={hostTexts.rings} />
        </div>
        <div data-view="TeamComparison">
          <TeamComparison questionnaire={definition} locale="en" members={members} title={hostTexts.team} />
        </div>
        <div data-view="DisagreementList">
          <DisagreementList questionnaire={definition} locale="en" members={members} title={hostTexts.disagreements} />
        </div>
        <div data-view="ExportButtons">
          <ExportButtons {...source} fileName={hostTexts.fileName} onExport={onExport} />
        </div>
        <div data-view="SharedResult">
          <SharedResult token={encodeAnswers(definition, answers[0])} questionnaire={definition} />
        </div>
      </>,
    );

    for (const view of document.querySelectorAll<HTMLElement>('[data-view]'))
      expect(view.textContent?.trim(), `${view.dataset.view} renders something`).not.toBe('');
    expect(document.querySelector('[data-view="SharedResult"] [role="alert"]'), 'the shared result decodes').toBeNull();
    expect(document.querySelectorAll('[data-view="SharedResult"] li[data-priority]').length).toBe(first.recommendations.length);
    expectShownAsText(document.body.textContent ?? '', attackVectors, 'result views');
    expectShownAsText(document.body.textContent ?? '', first.recommendations.map((item) => localise(item.title)), 'recommendations');
    // The definition's own further-reading links (the mini's) stay, markup in their URL kept inside the attribute.
    const linked = [...document.querySelectorAll('[data-view="RecommendationList"] a')].map((link) => link.getAttribute('href'));
    expect(linked).toEqual(first.recommendations.flatMap((item) => item.links ?? []).map((link) => link.url));

    // The downloads are built from the same texts; saving them must not run anything either.
    for (const format of ['json', 'csv'])
      await userEvent.click(document.querySelector<HTMLButtonElement>(`[data-view="ExportButtons"] [data-format="${format}"]`)!);
    expect(onExport.mock.calls).toEqual([['json'], ['csv']]);
    await expectNothingRan('result views');
  });
});
