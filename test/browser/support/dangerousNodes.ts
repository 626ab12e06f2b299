/** What a page must never hold when definition texts and answers are rendered as text. */
export interface DangerousNodes {
  /** `<script>` and `<iframe>` elements (an iframe's `srcdoc` is a document of its own). */
  scripts: number;
  /** Elements with an inline event-handler attribute (`onerror`, `onload`, `ontoggle`, …). */
  handlers: number;
  /** Elements whose `href`, `src`, `action`, `formaction` or `xlink:href` is a `javascript:` URL. */
  javascriptUrls: number;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

/** Browsers drop ASCII whitespace and control characters from a URL's scheme, so `java\tscript:` runs too. */
const isJavascriptUrl = (value: string) => value.replace(/[\u0000-\u0020]/g, '').toLowerCase().startsWith('javascript:');

/** Counts the script, event-handler and `javascript:` nodes under `root`, itself included. */
export function findDangerousNodes(root: Element): DangerousNodes {
  const elements = [root, ...root.querySelectorAll('*')];
  const attributesOf = (element: Element) => [...element.attributes];
  return {
    scripts: elements.filter((element) => ['script', 'iframe'].includes(element.localName.toLowerCase())).length,
    handlers: elements.filter((element) => attributesOf(element).some((attribute) => attribute.name.toLowerCase().startsWith('on'))).length,
    javascriptUrls: elements.filter((element) =>
      attributesOf(element).some((attribute) => URL_ATTRIBUTES.has(attribute.name.toLowerCase()) && isJavascriptUrl(attribute.value)),
    ).length,
  };
}
