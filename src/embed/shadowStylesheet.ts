import kitCss from 'virtual:readiness-kit-styles';

/*
 * `all: initial` stops the page's inherited styles (colour, font, letter-spacing) at the element;
 * custom properties are not reset by `all`, so a page can still brand the widget with `--rk-` tokens.
 * The element paints its own surface so a dark theme stays readable on a light page.
 */
const HOST_RULES =
  ':host{all:initial;display:block;background:var(--rk-color-background);color:var(--rk-color-text);' +
  'font-family:var(--rk-font-family);line-height:var(--rk-line-height)}:host([hidden]){display:none}';

const REM = /(\d*\.?\d+)rem\b/g;

let hostSheet: CSSStyleSheet | undefined;
let kitSheet: CSSStyleSheet | undefined;

/**
 * The kit's stylesheet with `rem` turned into pixels of the respondent's default font size. A `rem`
 * inside a shadow root still follows the page's `html { font-size }`, so a site with a 13px root
 * would shrink the widget; `medium` (the host's size after `all: initial`) is the browser's default,
 * which is what `rem` means on a page that leaves its root alone.
 */
function kitSheetFor(defaultFontSize: number): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(kitCss.replace(REM, (_, value: string) => `${Number(value) * defaultFontSize}px`));
  return sheet;
}

/**
 * Gives a shadow root the kit's styles, as constructable stylesheets shared by every element on the
 * page: a strict CSP (`style-src 'self'`) blocks `<style>` elements but not these.
 */
export function adoptKitStyles(root: ShadowRoot): void {
  if (!hostSheet) {
    hostSheet = new CSSStyleSheet();
    hostSheet.replaceSync(HOST_RULES);
  }
  if (!root.adoptedStyleSheets.includes(hostSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, hostSheet];
  // Read once the host rules apply, so the host's font size is `medium`, not the page's.
  kitSheet ??= kitSheetFor(parseFloat(getComputedStyle(root.host).fontSize) || 16);
  if (!root.adoptedStyleSheets.includes(kitSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, kitSheet];
}
