import type {
  Kpi,
  LocalisedText,
  Question,
  Questionnaire,
  Rule,
  Section,
} from '../../core/questionnaire/questionnaire.types';
import type { AssessmentStructure, KpiSpec, QuestionSpec, RuleSpec, SectionSpec } from './structure/structure.types';

/** A flat catalog of display texts for one locale, keyed like `question.<id>.label`. */
export type TextCatalog = Readonly<Record<string, string>>;

/** Catalogs by locale, e.g. `{ en: textsEn, 'zh-Hant': textsZhHant }`. */
export type TextCatalogs = Readonly<Record<string, TextCatalog>>;

/** What the build found out about the catalogs; a test asserts it is clean. */
export interface TextReport {
  /** Keys the structure always needs. */
  required: string[];
  /** Keys the structure uses when the base catalog has them (help texts). */
  optional: string[];
  /** Per locale: needed keys the catalog lacks. The base locale then shows the key itself. */
  missing: Record<string, string[]>;
  /** Per locale: catalog keys nothing uses (typos, or texts of removed items). */
  unused: Record<string, string[]>;
}

/** A built questionnaire with its text report. */
export interface BuiltAssessment {
  questionnaire: Questionnaire;
  texts: TextReport;
}

/**
 * Merges a text-free structure with per-locale catalogs into a questionnaire whose texts are
 * `{ [locale]: text }`. Pure and never throws: a missing base text falls back to its key.
 * @example const { questionnaire, texts } = buildAssessment(assessmentStructure, { en: socialMediaTextsEn });
 */
export function buildAssessment(structure: AssessmentStructure, catalogs: TextCatalogs, baseLocale = 'en'): BuiltAssessment {
  const locales = [baseLocale, ...Object.keys(catalogs).filter((locale) => locale !== baseLocale)];
  const base = catalogs[baseLocale] ?? {};
  const required = new Set<string>();
  const optional = new Set<string>();

  const text = (key: string): LocalisedText => {
    required.add(key);
    const out: Record<string, string> = {};
    for (const locale of locales) {
      const value = catalogs[locale]?.[key];
      if (value !== undefined) out[locale] = value;
      else if (locale === baseLocale) out[locale] = key;
    }
    return out;
  };
  const maybe = <K extends string>(field: K, key: string): Partial<Record<K, LocalisedText>> => {
    optional.add(key);
    if (!Object.hasOwn(base, key)) return {};
    required.add(key);
    optional.delete(key);
    return { [field]: text(key) } as Partial<Record<K, LocalisedText>>;
  };

  const question = (spec: QuestionSpec): Question => {
    const key = `question.${spec.id}`;
    const texts = { label: text(`${key}.label`), ...maybe('help', `${key}.help`) };
    if (spec.type === 'single' || spec.type === 'multi')
      return {
        ...spec,
        ...texts,
        options: spec.options.map((option) => ({ ...option, label: text(`${key}.option.${option.id}`) })),
      };
    if (spec.type === 'likert')
      return { ...spec, ...texts, minLabel: text(`${key}.minLabel`), maxLabel: text(`${key}.maxLabel`) };
    return { ...spec, ...texts };
  };

  const section = (spec: SectionSpec): Section => ({
    ...spec,
    title: text(`section.${spec.id}.title`),
    description: text(`section.${spec.id}.description`),
    questions: spec.questions.map(question),
  });

  const kpi = (spec: KpiSpec): Kpi => {
    const key = `kpi.${spec.id}`;
    const { benchmark, ...rest } = spec;
    return {
      ...rest,
      label: text(`${key}.label`),
      description: text(`${key}.description`),
      ...(spec.denominator !== undefined ? { base: text(`${key}.base`) } : {}),
      ...(benchmark ? { benchmark: { ...benchmark, note: text(`${key}.benchmark.note`) } } : {}),
    };
  };

  const rule = (spec: RuleSpec): Rule => ({
    ...spec,
    title: text(`rule.${spec.id}.title`),
    body: text(`rule.${spec.id}.body`),
    source: text(`rule.${spec.id}.source`),
  });

  const questionnaire: Questionnaire = {
    id: structure.id,
    version: structure.version,
    title: text('title'),
    description: text('description'),
    locales,
    dimensions: structure.dimensions.map((spec) => ({
      ...spec,
      label: text(`dimension.${spec.id}.label`),
      description: text(`dimension.${spec.id}.description`),
    })),
    axes: structure.axes.map((spec) => ({
      ...spec,
      label: text(`axis.${spec.id}.label`),
      description: text(`axis.${spec.id}.description`),
      negativePole: text(`axis.${spec.id}.negativePole`),
      positivePole: text(`axis.${spec.id}.positivePole`),
    })),
    sections: structure.sections.map(section),
    tiers: structure.tiers.map((spec) => ({
      ...spec,
      label: text(`tier.${spec.id}.label`),
      description: text(`tier.${spec.id}.description`),
    })),
    kpis: structure.kpis.map(kpi),
    rules: structure.rules.map(rule),
    fit: structure.fit,
    ...(structure.confidence ? { confidence: structure.confidence } : {}),
    ...(structure.quickCheck ? { quickCheck: structure.quickCheck } : {}),
  };

  return { questionnaire, texts: reportTexts(locales, catalogs, required, optional) };
}

function reportTexts(
  locales: string[],
  catalogs: TextCatalogs,
  required: Set<string>,
  optional: Set<string>,
): TextReport {
  const missing: Record<string, string[]> = {};
  const unused: Record<string, string[]> = {};
  for (const locale of locales) {
    const catalog = catalogs[locale] ?? {};
    missing[locale] = [...required].filter((key) => !Object.hasOwn(catalog, key));
    unused[locale] = Object.keys(catalog).filter((key) => !required.has(key));
  }
  return { required: [...required], optional: [...optional], missing, unused };
}
