import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { socialMediaAssessment } from '../../src/content/social-media';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';

// These read the build: `npm test` runs `npm run build` first.
const built = (file: string) => {
  const path = `dist/${file}`;
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` (npm test does) before these tests`);
  return path;
};

describe('the built package', () => {
  it('emits readiness-kit/core as ESM, CJS and type declarations', async () => {
    for (const file of ['core.js', 'core.cjs', 'core.d.ts', 'core.d.cts']) built(file);
    const esm = await import(`../../${built('core.js')}`);
    const cjs = createRequire(import.meta.url)(`../../${built('core.cjs')}`);
    for (const entry of [esm, cjs]) {
      expect(typeof entry.scoreAnswers).toBe('function');
      expect(entry.parseQuestionnaire(socialMediaAssessment).ok).toBe(true);
      expect(entry.socialMediaAssessment, 'the bundled assessment is readiness-kit/social-media, not part of the core').toBeUndefined();
    }
    expect(readFileSync(built('core.d.ts'), 'utf8')).toMatch(/declare function scoreAnswers/);
  });

  it('emits the React entries as ESM and CJS, each starting with "use client" for the Next.js App Router', async () => {
    for (const file of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'dialog.d.ts', 'dialog.d.cts', 'styles.css']) built(file);
    for (const file of ['index.js', 'index.cjs', 'dialog.js', 'dialog.cjs', 'share.js', 'share.cjs', 'playground.js', 'playground.cjs']) {
      expect(readFileSync(built(file), 'utf8').startsWith('"use client";'), file).toBe(true);
    }
    const dialog = await import(`../../${built('dialog.js')}`);
    expect(typeof dialog.AssessmentDialog).toBe('function');
    const esm = await import(`../../${built('index.js')}`);
    const cjs = createRequire(import.meta.url)(`../../${built('index.cjs')}`);
    for (const entry of [esm, cjs]) {
      expect(typeof entry.AssessmentWizard).toBe('function');
      expect(typeof entry.useAssessment).toBe('function');
    }
    expect(readFileSync(built('core.js'), 'utf8')).not.toMatch(/use client/);
  });

  it('keeps Radix Dialog out of the React entry: it ships only with readiness-kit/dialog', () => {
    const entryAndChunks = (file: string): string[] => {
      const source = readFileSync(built(file), 'utf8');
      const chunks = [...source.matchAll(/from "\.\/(chunk-[\w-]+\.js)"|import "\.\/(chunk-[\w-]+\.js)"/g)].map((m) => m[1] ?? m[2]!);
      return [source, ...chunks.map((chunk) => readFileSync(built(chunk), 'utf8'))];
    };
    expect(entryAndChunks('index.js').some((source) => source.includes('@radix-ui/react-dialog'))).toBe(false);
    expect(entryAndChunks('dialog.js').some((source) => source.includes('@radix-ui/react-dialog'))).toBe(true);
  });

  it('ships the authoring playground as readiness-kit/playground with its own stylesheet, outside the main React entry', async () => {
    for (const file of ['playground.d.ts', 'playground.d.cts', 'playground.css']) built(file);
    const esm = await import(`../../${built('playground.js')}`);
    const cjs = createRequire(import.meta.url)(`../../${built('playground.cjs')}`);
    for (const entry of [esm, cjs]) expect(typeof entry.AssessmentPlayground).toBe('function');
    const main = await import(`../../${built('index.js')}`);
    expect(main.AssessmentPlayground, 'the playground is readiness-kit/playground, not part of the main entry').toBeUndefined();
    expect(readFileSync(built('index.js'), 'utf8')).not.toMatch(/jsonc-parser/);
    expect(readFileSync(built('styles.css'), 'utf8')).not.toMatch(/rk-Playground/);
    expect(readFileSync(built('playground.css'), 'utf8')).toMatch(/\.rk-Playground-textarea/);
  });

  it('builds the embed for a script tag and for bundlers, with no eval for a strict CSP to block', async () => {
    const global = readFileSync(built('embed.global.js'), 'utf8');
    expect(global).not.toMatch(/\beval\(|\bFunction\(/);
    expect(global).not.toMatch(/from ["']react|require\(["']/);
    const esm = await import(`../../${built('embed.js')}`);
    const cjs = createRequire(import.meta.url)(`../../${built('embed.cjs')}`);
    for (const entry of [esm, cjs]) {
      // On a server there is no customElements: defining must be a harmless no-op.
      expect(() => entry.defineReadinessAssessment()).not.toThrow();
      expect(entry.DEFAULT_TAG_NAME).toBe('readiness-assessment');
    }
    expect(readFileSync(built('embed.d.ts'), 'utf8')).toMatch(/ReadinessCompleteDetail/);
  });

  it('keeps React and the DOM out of the core bundle', () => {
    const source = readFileSync(built('core.js'), 'utf8');
    expect(source).not.toMatch(/from ["']react|require\(["']react|@radix-ui/);
    expect(source).not.toMatch(/\bdocument\.|\bwindow\./);
  });

  it('ships a JSON Schema that accepts the bundled assessment and rejects a broken definition', () => {
    const schema = JSON.parse(readFileSync(built('questionnaire.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    expect(validate(JSON.parse(JSON.stringify(socialMediaAssessment))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(miniQuestionnaire())).toBe(true);
    const broken = { ...miniQuestionnaire(), sections: [{ id: 's', title: 'S', questions: [{ id: 'q', type: 'slider', label: 'Q' }] }] };
    expect(validate(broken)).toBe(false);
  });
});
