/*
 * A jsdom window installed as the globals React and SurveyJS expect (document, window, HTMLElement,
 * ...), for the render benchmarks. Installed only after the headless figures are taken.
 */
import { JSDOM } from 'jsdom';

/** Installs a jsdom window's globals that Node lacks; returns the window. */
export function installJsdom(): Window {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'http://127.0.0.1/', pretendToBeVisual: true });
  const window = dom.window as unknown as Window & Record<string, unknown>;
  const globals = globalThis as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(window)) {
    if (key in globals) continue;
    try {
      globals[key] = window[key];
    } catch {
      // Some window getters throw outside a browsing context; React and SurveyJS do not need them.
    }
  }
  globals.window = window;
  globals.document = window.document;
  globals.navigator = window.navigator;
  globals.IS_REACT_ACT_ENVIRONMENT = false;
  // jsdom lacks these; SurveyJS's React UI asks for them.
  globals.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} };
  (window as Record<string, unknown>).ResizeObserver = globals.ResizeObserver;
  (window as Record<string, unknown>).matchMedia ??= () => ({ matches: false, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {} });
  return window;
}
