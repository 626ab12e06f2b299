import { useId, useMemo, useState } from 'react';
import { scoreAnswers, type Answers, type Questionnaire, type ResultReference } from '../../core';
import { DimensionChart } from '../../react/components/DimensionChart/DimensionChart';
import { ProfileSummary } from '../../react/components/ProfileSummary/ProfileSummary';
import type { UiMessages } from '../../react/i18n/uiMessages.types';
import { headingTag, type HeadingLevel } from '../../react/utils/heading';
import { fillPlaygroundMessage } from '../i18n/resolvePlaygroundMessages';
import type { PlaygroundMessages } from '../i18n/playgroundMessages.types';
import { randomAnswers } from './randomAnswers';
import { reviewRules } from './reviewRules';
import { RuleReport } from './RuleReport';
import { MAX_SEED } from './seededRandom';

/** Props of `SimulatePanel`. */
export interface SimulatePanelProps {
  /** The last valid definition, or null while there is none. */
  questionnaire: Questionnaire | null;
  /** Named answer sets to try. */
  personas: Readonly<Record<string, Answers>>;
  /** The seed the field starts with. */
  initialSeed: number;
  /** Reference content for the result views. */
  reference?: ResultReference | undefined;
  locale: string;
  messages: PlaygroundMessages;
  uiMessages: UiMessages;
  /** The level of the panel's heading. */
  headingLevel: HeadingLevel;
}

/** What was simulated: it is re-run on the current definition after every valid edit. */
type Simulation = { kind: 'persona'; name: string } | { kind: 'random'; seed: number };

/** A seed from the field: a whole number from 0 to 2³² − 1, or null. */
function readSeed(text: string): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const seed = Number(text.trim());
  return seed <= MAX_SEED ? seed : null;
}

/**
 * Scores a persona's answers or seeded random ones with the current definition and shows the
 * profile, the chart and the rules that fire and do not.
 */
export function SimulatePanel(props: SimulatePanelProps) {
  const { questionnaire, personas, initialSeed, locale, messages, uiMessages, headingLevel } = props;
  const ids = useId();
  const names = Object.keys(personas);
  const [persona, setPersona] = useState(names[0] ?? '');
  const [seedText, setSeedText] = useState(String(initialSeed));
  const [simulation, setSimulation] = useState<Simulation | null>(null);
  const seed = readSeed(seedText);
  const Heading = headingTag(headingLevel);
  const ResultHeading = headingTag(headingLevel, 1);

  const outcome = useMemo(() => {
    if (!questionnaire || !simulation) return null;
    if (simulation.kind === 'persona' && !Object.hasOwn(personas, simulation.name)) return null;
    const answers = simulation.kind === 'persona' ? personas[simulation.name]! : randomAnswers(questionnaire, simulation.seed);
    const profile = scoreAnswers(questionnaire, answers);
    return { profile, review: reviewRules(questionnaire, answers, profile) };
  }, [questionnaire, simulation, personas]);

  const randomise = (value: number) => {
    setSeedText(String(value));
    setSimulation({ kind: 'random', seed: value });
  };

  return (
    <section className="rk-Playground-panel rk-Playground-simulate" aria-labelledby={`${ids}-title`}>
      <Heading id={`${ids}-title`} className="rk-Playground-sectionTitle">
        {messages['simulate.title']}
      </Heading>
      {!questionnaire ? (
        <p>{messages['simulate.noDefinition']}</p>
      ) : (
        <div className="rk-Playground-controls">
          {names.length > 0 && (
            <div className="rk-Playground-control">
              <label htmlFor={`${ids}-persona`}>{messages['simulate.persona']}</label>
              <div className="rk-Playground-row">
                <select id={`${ids}-persona`} className="rk-Playground-input" value={persona} onChange={(event) => setPersona(event.target.value)}>
                  {names.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
                <button type="button" className="rk-Button" onClick={() => setSimulation({ kind: 'persona', name: persona })}>
                  {messages['simulate.runPersona']}
                </button>
              </div>
            </div>
          )}
          <div className="rk-Playground-control">
            <label htmlFor={`${ids}-seed`}>{messages['simulate.seed']}</label>
            <p id={`${ids}-seedHint`} className="rk-Playground-hint">
              {messages['simulate.seedHint']}
            </p>
            <div className="rk-Playground-row">
              <input
                id={`${ids}-seed`}
                className="rk-Playground-input rk-Playground-seed"
                inputMode="numeric"
                aria-describedby={`${ids}-seedHint`}
                aria-invalid={seed === null}
                value={seedText}
                onChange={(event) => setSeedText(event.target.value)}
              />
              <button type="button" className="rk-Button" disabled={seed === null} onClick={() => seed !== null && randomise(seed)}>
                {messages['simulate.randomise']}
              </button>
              <button
                type="button"
                className="rk-Button"
                data-variant="secondary"
                // A fresh seed only picks the case; the case itself stays reproducible from the seed shown.
                onClick={() => randomise(Math.floor(Math.random() * MAX_SEED))}
              >
                {messages['simulate.newSeed']}
              </button>
            </div>
          </div>
        </div>
      )}
      {questionnaire && !outcome && <p className="rk-Playground-note">{messages['simulate.idle']}</p>}
      {questionnaire && outcome && simulation && (
        <div className="rk-Playground-outcome" data-simulation={simulation.kind}>
          <ResultHeading className="rk-Playground-subtitle" aria-live="polite">
            {simulation.kind === 'persona'
              ? fillPlaygroundMessage(messages, 'simulate.resultPersona', { name: simulation.name })
              : fillPlaygroundMessage(messages, 'simulate.resultRandom', { seed: simulation.seed })}
          </ResultHeading>
          {outcome.profile.issues.length > 0 && (
            <p className="rk-Playground-note">{fillPlaygroundMessage(messages, 'simulate.leftOut', { count: outcome.profile.issues.length }, locale)}</p>
          )}
          <ProfileSummary profile={outcome.profile} questionnaire={questionnaire} locale={locale} headingLevel={(headingLevel + 2) as HeadingLevel} />
          <DimensionChart profile={outcome.profile} questionnaire={questionnaire} locale={locale} headingLevel={(headingLevel + 2) as HeadingLevel} />
          <RuleReport
            review={outcome.review}
            profile={outcome.profile}
            questionnaire={questionnaire}
            locale={locale}
            messages={messages}
            uiMessages={uiMessages}
            headingLevel={(headingLevel + 2) as HeadingLevel}
          />
        </div>
      )}
    </section>
  );
}
