/**
 * The page's script loads the elements' modules at once and they arrive in any order. A map linked to
 * a catalogue whose module comes after the map's waits for it, then shows the catalogue's data and
 * filters, with no error on the page. This page imports the map alone; the catalogue comes mid-test.
 */
import { expect } from '@open-wc/testing';
import '../../src/map/index.js';
import type { KpssMap } from '../../src/map/map.js';
import { until } from '../helpers.js';

const TILE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const SRC = '/test/fixtures/catalogue.json';

describe('map and catalogue loaded in either order', () => {
  it('a map whose catalogue is defined later links to it and shows its services', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<kpss-catalogue id="late" src="${SRC}"></kpss-catalogue><kpss-map catalogue="late" tiles="${TILE}"></kpss-map>`;
    document.body.append(wrapper);
    const map = wrapper.querySelector('kpss-map') as KpssMap;
    expect(customElements.get('kpss-catalogue'), 'the catalogue is not defined yet').to.equal(undefined);
    await map.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));

    await import('../../src/catalogue/index.js');
    // Markers, and the places counted in clusters.
    const places = () =>
      map.shadowRoot!.querySelectorAll('.kpss-marker').length +
      [...map.shadowRoot!.querySelectorAll('.kpss-cluster')].reduce((n, c) => n + Number(c.textContent), 0);
    await until(() => places() === 8);
    expect(map.src, 'the catalogue’s file').to.equal(SRC);
    // Linked: the map follows the catalogue's filters.
    const catalogue = wrapper.querySelector('kpss-catalogue')!;
    await until(() => catalogue.shadowRoot?.querySelector('#f-city') !== null);
    const select = catalogue.shadowRoot!.querySelector<HTMLSelectElement>('#f-city')!;
    select.value = 'hodonin';
    select.dispatchEvent(new Event('change'));
    await until(() => places() === 3);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    wrapper.remove();
  });
});
