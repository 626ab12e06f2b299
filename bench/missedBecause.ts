/*
 * Why the kit misses a target, where it does: the reasons found by profiling (node --cpu-prof) and by
 * reading the bundles (esbuild metafiles). RESULTS.md prints the reason under the table for each
 * row that misses in that run; a row that meets its target prints nothing.
 */

/** The reason per missed target. */
export const missedBecause = {
  answerOneByOne:
    'each answer goes through the assessment store, which updates only what depends on it (its validity, the ' +
    'questions whose conditions read it, the dimensions it earns points in) but keeps the session immutable for ' +
    'React and the host: every answer copies the answers object, so answering n questions copies n objects of up ' +
    'to n keys. SurveyJS mutates its model in place. The store section below compares the store with scoring the ' +
    'same answers at once.',
  scoreWholeSet:
    '`scoreAnswers` does more than SurveyJS\'s `model.data =` here: it validates every answer against its question, ' +
    'works out visibility, then scores dimensions, axes, KPIs against benchmarks, the tier, the fit and the rules with ' +
    'their reasons; its profile is flat (no function above 10%). Alternating with SurveyJS, whose allocations leave ' +
    'its caches cold and trigger collections, it takes about three times what it takes in a tight loop of its own.',
  memory:
    'each kit model here holds its own frozen copy of the definition with every text in three languages, plus the ' +
    'compiled lookups and the store\'s per-question arrays; the definition is most of it. The next row shows the ' +
    'figure for the kit as it is used: one parsed definition per page or server, shared by every store.',
  rerender:
    'a click costs jsdom\'s own event dispatch and DOM updates (about half of it, profiled in the production build), ' +
    'then the store\'s update and React reconciling the step: the wizard reads the whole state, so the step and ' +
    'its memoised fields are compared on every answer, though only the answered field re-renders.',
  coreAll:
    '`export *` takes every feature of the core: the engine with zod/mini for validating definitions at runtime, ' +
    'the store, storage, share tokens, export, team comparison, peer benchmarks (builder, merge, publishing and ' +
    'their zod schemas), the batch scorer, funnel tracking and the issue messages in three languages; the ' +
    'tree-shaken row below is what a host that only validates, scores and runs the store ships.',
  reactEntry:
    'the entry carries every component, the engine with zod/mini and the store, and the UI words and issue messages ' +
    'in three languages, which SurveyJS has no counterpart of; the code-only row below leaves the translations out.',
  reactEntryCode:
    'with the translations left out, the entry still carries every component (wizard, dialog-free result views, ' +
    'KPI cards, comparison table, network rings, team comparison, peer distribution, export and share), the ' +
    'engine with zod/mini and the store, funnel tracking, and the English words and issue messages; SurveyJS ' +
    'ships its result views and scoring to the survey owner\'s own code, so the pair does not compare like with like.',
  css:
    'the stylesheet carries a light and a dark theme (the dark tokens twice: one block for the attribute and one for ' +
    '`prefers-color-scheme`), right-to-left rules, reduced-motion rules and print rules.',
  embed:
    '@typeform/embed is a loader: it opens an iframe on Typeform\'s servers, which render the form and score it. The ' +
    'kit\'s embed is the whole product (renderer, engine, zod, assessment in three languages, styles) and makes no ' +
    'network call, so the two are not the same kind of thing; the ratio is reported because the issue asks for it.',
  reactEntryVsCard:
    'the React entry is every component with the engine, against one card; the next rows compare a card with a card.',
  kpiCard:
    'a card carries its code, the shared formatting and the kit\'s UI words in three languages (the row below leaves ' +
    'the translations out); a Tremor card has no words of its own.',
} as const;
