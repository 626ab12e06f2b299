// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readAttributes } from '../../src/embed/readAttributes';
import { readDefinition } from '../../src/embed/readDefinition';

/** An element parsed from HTML, as a page would write it. */
function element(html: string): Element {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild!;
}

describe('embed attributes', () => {
  it('reads each attribute, trimmed', () => {
    const el = element(
      '<readiness-assessment locale=" zh-Hant " currency="EUR" mode="dialog" trigger-label="Check" storage-key="acme" layout=" focus " quick-check></readiness-assessment>',
    );
    expect(readAttributes(el)).toEqual({ locale: 'zh-Hant', currency: 'EUR', mode: 'dialog', triggerLabel: 'Check', storageKey: 'acme', layout: 'focus', quickCheck: true });
  });

  it('defaults to inline steps without the quick check, and treats an unknown mode or layout or a blank value as not set', () => {
    const el = element('<readiness-assessment mode="popup" layout="carousel" locale="  " storage-key=""></readiness-assessment>');
    expect(readAttributes(el)).toEqual({ locale: undefined, currency: undefined, mode: 'inline', triggerLabel: undefined, storageKey: undefined, layout: 'steps', quickCheck: false });
  });

  it('takes quick-check as a boolean attribute: present is on, whatever its value', () => {
    expect(readAttributes(element('<readiness-assessment quick-check="false"></readiness-assessment>')).quickCheck).toBe(true);
    expect(readAttributes(element('<readiness-assessment></readiness-assessment>')).quickCheck).toBe(false);
  });
});

describe('embed definition', () => {
  it('is the bundled assessment (null) without a JSON child', () => {
    expect(readDefinition(element('<readiness-assessment></readiness-assessment>'))).toBeNull();
  });

  it('parses the JSON child as data', () => {
    const el = element('<readiness-assessment><script type="application/json">{"id":"mine","sections":[]}</script></readiness-assessment>');
    expect(readDefinition(el)).toEqual({ questionnaire: { id: 'mine', sections: [] } });
  });

  it('reports JSON that does not parse as a coded issue at the root', () => {
    const el = element('<readiness-assessment><script type="application/json">{"id": </script></readiness-assessment>');
    expect(readDefinition(el)).toMatchObject({ issues: [{ code: 'invalid_json', path: '' }] });
  });

  it('ignores scripts that are not its own JSON child', () => {
    const el = element('<readiness-assessment><div><script type="application/json">{"id":"nested"}</script></div><script>1</script></readiness-assessment>');
    expect(readDefinition(el)).toBeNull();
  });
});
