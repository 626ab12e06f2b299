/*
 * Why the kit misses a target, where it does: the reasons found by profiling (node --cpu-prof) and by
 * reading the bundles (esbuild metafiles). RESULTS.md prints the reason under the table for each
 * row that misses in that run; a row that meets its target prints nothing.
 */

/** The reason per missed target. */
export const missedBecause = {
  answerOneByOne:
    'each answer goes through `reduceSession`, which keeps the session immutable for React and recomputes the whole ' +
    'questionnaire on every answer: validity of every answer, every visibility condition, the steps. That is a pass ' +
    'over all questions per answer (the load curve shows it growing linearly with the questionnaire), so answering ' +
    'every question costs n passes. Profiled, the view recomputation (`getSessionView`, `getVisibleAnswers`, ' +
    '`splitValidAnswers`) takes about half the time and garbage collection a sixth. Meeting 1000× needs an incremental ' +
    'update that tracks which conditions read which answer; that code does not fit the engine\'s 12 KB budget, which ' +
    'is all but full.',
  scoreWholeSet:
    '`scoreAnswers` does more than SurveyJS\'s `model.data =` here: it validates every answer against its question, ' +
    'works out visibility, then scores dimensions, axes, KPIs against benchmarks, the tier, the fit and the rules with ' +
    'their reasons; its profile is flat (no function above 10%). Profiled alone in a tight loop (November 2026) it ' +
    'took about 18 µs, some 1,200× SurveyJS\'s median here; alternating with SurveyJS, whose allocations leave its caches cold and trigger collections, it ' +
    'takes about three times that.',
  memory:
    'each kit model here holds its own frozen copy of the definition with every text in three languages, plus the ' +
    'compiled lookups and the cached views of its answers; the definition is most of it. The next row shows the ' +
    'figure for the kit as it is used: one parsed definition per page or server, shared by every session.',
  rerender:
    'a click costs jsdom\'s own event dispatch and DOM updates (about half of it, profiled in the production build), ' +
    'then the reducer\'s whole-questionnaire pass and `scoreAnswers` for the live profile (see the first rows), then ' +
    'React reconciling the step. This issue memoised the question fields, so an answer re-renders only its own ' +
    'question and the progress line (a click went from about 3.4 to 2.1 ms in the development build); in that build a bare ' +
    'React form with the same twelve radios and no kit code took 1.2 to 2.1 ms a click in jsdom, against 1.9 to 3.5 ms ' +
    'for the wizard in the same run.',
  coreAll:
    '`export *` pulls in the bundled assessment\'s content and its translations (about 41 KB gzip of text); the ' +
    'tree-shaken row below, scoring and session only, is what a host that brings its own questionnaire ships.',
  reactEntry:
    'the entry includes the bundled assessment in three languages and the UI translations (about 47 KB gzip of text ' +
    'and reference data), which SurveyJS has no counterpart of; the code-only row below leaves them out.',
  css:
    'the stylesheet carries a light and a dark theme (the dark tokens twice: one block for the attribute and one for ' +
    '`prefers-color-scheme`), right-to-left rules, reduced-motion rules and print rules; 10× would mean a 3.7 KB ' +
    'stylesheet.',
  embed:
    '@typeform/embed is a loader: it opens an iframe on Typeform\'s servers, which render the form and score it. The ' +
    'kit\'s embed is the whole product (renderer, engine, assessment in three languages, styles) and makes no network ' +
    'call, so the two are not the same kind of thing; the ratio is reported because the issue asks for it.',
  reactEntryVsCard:
    'the React entry is every component and the bundled assessment, against one card; the next rows compare a card ' +
    'with a card.',
  kpiCard:
    'result views fall back to the bundled assessment for their labels, so a bundler keeps its 41 KB of text even for ' +
    'one card; the code-only row below leaves it out.',
} as const;
