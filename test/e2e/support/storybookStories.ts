import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** The built Storybook that `npm test` makes before the e2e run (`npm run build-storybook`). */
export const storybookDir = join(import.meta.dirname, '..', '..', '..', 'storybook-static');

/** One story of the built Storybook, as its index lists it. */
export interface StoryEntry {
  id: string;
  title: string;
  name: string;
}

/** Every story of the built Storybook (docs pages left out), failing with the command that builds it. */
export function builtStories(): StoryEntry[] {
  const indexPath = join(storybookDir, 'index.json');
  if (!existsSync(indexPath)) throw new Error(`${indexPath} not found: run \`npm run build-storybook\` first (npm test does)`);
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as { entries: Record<string, StoryEntry & { type: string }> };
  return Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .map(({ id, title, name }) => ({ id, title, name }));
}

/** What the preview iframe exposes of itself: its channel and the story it renders now. */
interface PreviewWindow {
  __STORYBOOK_ADDONS_CHANNEL__?: { emit(event: string, payload: unknown): void };
  __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string; phase?: string } };
}

/**
 * Opens one story alone (Storybook's preview iframe, no manager around it) and waits until it has
 * rendered and its play function has run; throws with the story's id when the story errors. A page
 * already on the preview switches story as the manager does, over the channel, without reloading
 * the preview's bundle.
 */
export async function openStory(page: Page, origin: string, id: string): Promise<void> {
  const onPreview = page.url().startsWith(`${origin}/iframe.html`) && (await page.evaluate(() => Boolean((window as PreviewWindow).__STORYBOOK_ADDONS_CHANNEL__)));
  if (onPreview) {
    await page.evaluate((storyId) => {
      window.scrollTo(0, 0);
      (window as PreviewWindow).__STORYBOOK_ADDONS_CHANNEL__!.emit('setCurrentStory', { storyId, viewMode: 'story' });
    }, id);
  } else await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, { waitUntil: 'load' });
  const phase = await page
    .waitForFunction(
      (storyId) => {
        const render = (window as PreviewWindow).__STORYBOOK_PREVIEW__?.currentRender;
        if (render?.id !== storyId) return false;
        return render.phase && ['completed', 'finished', 'errored', 'aborted'].includes(render.phase) ? render.phase : false;
      },
      id,
      { timeout: 30_000, polling: 50 },
    )
    .then((handle) => handle.jsonValue());
  if (phase !== 'completed' && phase !== 'finished') throw new Error(`story ${id} ended in phase "${phase}"`);
  // Entrance transitions and web fonts settle before anything is measured or photographed.
  await page.evaluate(() => document.fonts.ready.then(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)))));
}
