import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { until } from '../helpers.js';

/**
 * The ES build for app developers (dist/es, npm test builds it first): `lit`, `leaflet` and
 * `supercluster` come from the app's own packages, here resolved by the dev server as a bundler
 * would. An app that already uses Lit has one Lit on the page.
 */
describe('dist/es (the build with its dependencies left to the app)', () => {
  it('shares the app’s Lit, registers the elements and renders a catalogue and a map', async () => {
    expect(LitElement).to.be.a('function');
    const versions = () => (globalThis as { litElementVersions?: string[] }).litElementVersions ?? [];
    const before = versions().length;
    const entry = '/dist/es/index.js';
    const library = (await import(/* @vite-ignore */ entry)) as Record<string, unknown>;
    // No second copy of Lit came with the library.
    expect(versions().length).to.equal(before);
    expect(customElements.get('kpss-catalogue')).to.equal(library.KpssCatalogue);
    expect(typeof library.setTexts).to.equal('function');

    const catalogue = document.createElement('kpss-catalogue');
    catalogue.setAttribute('src', '/test/fixtures/catalogue.json');
    document.body.append(catalogue);
    await until(() => (catalogue.shadowRoot?.querySelectorAll('.card').length ?? 0) > 0);
    expect(catalogue.shadowRoot!.querySelector('.count')!.textContent).to.contain('Nalezeno 11 služeb');

    // The map loads Leaflet and the clusterer from the app's packages, with Leaflet's CSS in its shadow root.
    const map = document.createElement('kpss-map');
    map.setAttribute('src', '/test/fixtures/catalogue.json');
    // A 1×1 PNG: tiles without network.
    map.setAttribute(
      'tiles',
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    );
    document.body.append(map);
    await until(
      () => map.shadowRoot?.querySelector('.leaflet-container .kpss-marker, .leaflet-container .kpss-cluster') !== null,
      10000,
    );
    expect(getComputedStyle(map.shadowRoot!.querySelector('.leaflet-pane')!).position).to.equal('absolute');
    catalogue.remove();
    map.remove();
  });
});
