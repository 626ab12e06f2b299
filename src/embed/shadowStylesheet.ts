import kitCss from 'virtual:readiness-kit-styles';

/*
 * `all: initial` stops the page's inherited styles (colour, font, letter-spacing) at the element;
 * custom properties are not reset by `all`, so a page can still brand the widget with `--rk-` tokens.
 * The element paints its own surface so a dark theme stays readable on a light page.
 *
 * A page rule such as `* { all: unset !important }` beats those `:host` rules (the page's important
 * declarations win over the shadow root's normal ones) and lets the page's styles flow in again. So
 * the same reset is set once more on the widget's own roots inside the shadow root (`rk-EmbedRoot`:
 * the tree React renders into and the dialog's container), which no page rule can reach. `direction`
 * is outside `all`, so it is set too; each view sets its own `dir` from its locale. And each root is the
 * containing block of what it positions (a visually hidden live region), so where the page puts the
 * widget changes nothing inside it.
 *
 * A page's text decoration (`body { text-decoration: underline }`) is not inherited but propagated to
 * every in-flow block inside, across the shadow boundary, and `all` cannot stop it; a float can. So
 * each root floats at the full width, and the host's `::after` clears it, so that the host's box still
 * holds the widget whatever `display` the page gives the host. That pseudo-element is the kit's own:
 * its rules are `!important`, which inside a shadow root win over the page's `!important`.
 *
 * `visibility` alone is inherited from the host, so that a widget inside a closed panel that the page
 * hides with `visibility: hidden` is hidden too, and out of the tab order, rather than drawn over it.
 */
/** The class of the widget's roots inside the shadow root, reset so that no page style reaches in. */
export const EMBED_ROOT_CLASS = 'rk-EmbedRoot';

const HOST_RULES =
  ':host{all:initial;display:block;visibility:inherit;background:var(--rk-color-background);color:var(--rk-color-text);' +
  'font-family:var(--rk-font-family);line-height:var(--rk-line-height)}:host([hidden]){display:none}' +
  ":host::after{all:initial!important;content:''!important;display:block!important;clear:both!important}" +
  `.${EMBED_ROOT_CLASS}{all:initial;display:block;float:left;clear:both;width:100%;position:relative;direction:ltr;unicode-bidi:isolate;` +
  'visibility:inherit;background:var(--rk-color-background);color:var(--rk-color-text);font-family:var(--rk-font-family);' +
  'line-height:var(--rk-line-height)}';

const REM = /(\d*\.?\d+)rem\b/g;

let hostSheet: CSSStyleSheet | undefined;
let kitSheet: CSSStyleSheet | undefined;

/** The kit's CSS with each `rem` in pixels of `defaultFontSize`. */
const pixelCss = (defaultFontSize: number) => kitCss.replace(REM, (_, value: string) => `${Number(value) * defaultFontSize}px`);

/*
 * `rem` is turned into pixels of the respondent's default font size: a `rem` inside a shadow root
 * still follows the page's `html { font-size }`, so a site with a 13px root would shrink the widget.
 * `medium` (the size of an element under `all: initial`) is the browser's default, which is what
 * `rem` means on a page that leaves its root alone. It is read from a probe inside the shadow root,
 * not from the host, whose size a page rule with `!important` can still set.
 */
function defaultFontSizeOf(root: ShadowRoot): number {
  const probe = document.createElement('span');
  probe.className = EMBED_ROOT_CLASS;
  root.append(probe);
  const size = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  return size || 16;
}

/**
 * Gives a shadow root the kit's styles, as constructable stylesheets shared by every element on the
 * page: a strict CSP (`style-src 'self'`) blocks `<style>` elements but not these. Browsers without
 * them (before Safari 16.4) get `<style>` elements instead.
 */
export function adoptKitStyles(root: ShadowRoot): void {
  if (!Array.isArray(root.adoptedStyleSheets)) {
    appendStyleElements(root);
    return;
  }
  if (!hostSheet) {
    hostSheet = new CSSStyleSheet();
    hostSheet.replaceSync(HOST_RULES);
  }
  if (!root.adoptedStyleSheets.includes(hostSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, hostSheet];
  if (!kitSheet) {
    kitSheet = new CSSStyleSheet();
    kitSheet.replaceSync(pixelCss(defaultFontSizeOf(root)));
  }
  if (!root.adoptedStyleSheets.includes(kitSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, kitSheet];
}

function appendStyleElements(root: ShadowRoot): void {
  if (root.querySelector('style[data-rk-styles]')) return;
  const host = document.createElement('style');
  host.dataset.rkStyles = 'host';
  host.textContent = HOST_RULES;
  root.prepend(host);
  const kit = document.createElement('style');
  kit.dataset.rkStyles = 'kit';
  kit.textContent = pixelCss(defaultFontSizeOf(root));
  host.after(kit);
}
