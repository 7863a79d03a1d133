import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';

/**
 * Loads the built all-in-one bundle (npm test builds it first): catches a
 * build that type-checks but does not run in a browser.
 */
describe('dist/kpss-widgets.js', () => {
  it('registers the elements and renders a catalogue from data', async () => {
    const bundle = '/dist/kpss-widgets.js';
    await import(/* @vite-ignore */ bundle);
    expect(customElements.get('kpss-catalogue')).to.not.equal(undefined);
    const el = document.createElement('kpss-catalogue');
    el.setAttribute('src', '/test/fixtures/catalogue.json');
    document.body.append(el);
    await until(() => (el.shadowRoot?.querySelectorAll('.card').length ?? 0) > 0);
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.contain('Nalezeno 11 služeb');
    el.remove();
  });

  it('survives being loaded twice (no "already defined" error)', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    // A second, separate copy of the built library (its own chunks, its own element classes).
    const copy = '/copy-2/dist/kpss-widgets.js';
    await import(/* @vite-ignore */ copy);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
  });
});
