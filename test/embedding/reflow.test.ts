import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/catalogue/index.js';
import '../../src/map/index.js';
import type { KpssCatalogue } from '../../src/catalogue/catalogue.js';
import { until } from '../helpers.js';

const TILE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** Elements inside a shadow root wider than the viewport (what would scroll sideways). */
function overflowing(root: ShadowRoot, width: number): string[] {
  return [...root.querySelectorAll('*')]
    .filter((node) => {
      const box = node.getBoundingClientRect();
      return box.width > 0 && (box.right > width + 1 || box.left < -1);
    })
    .map((node) => `${node.tagName.toLowerCase()}.${node.className}`);
}

describe('reflow on a 320 px phone screen (WCAG 1.4.10)', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('the catalogue, its filters, results and detail fit without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<kpss-catalogue src="/test/fixtures/catalogue.json"></kpss-catalogue>`;
    document.body.style.margin = '0';
    document.body.append(wrapper);
    const el = wrapper.querySelector('kpss-catalogue') as KpssCatalogue;
    try {
      await until(() => (el.shadowRoot?.querySelectorAll('.card').length ?? 0) > 0);
      expect(overflowing(el.shadowRoot!, 320)).to.deep.equal([]);
      await el.openService('pec-nm');
      await until(() => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog')!.open);
      expect(overflowing(el.shadowRoot!, 320)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      wrapper.remove();
    }
  });

  it('the map and its controls fit', async () => {
    await setViewport({ width: 320, height: 640 });
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<kpss-map src="/test/fixtures/catalogue.json" tiles="${TILE}"></kpss-map>`;
    document.body.append(wrapper);
    const el = wrapper.querySelector('kpss-map')!;
    try {
      await until(() => el.shadowRoot?.querySelector('.leaflet-container') !== null);
      // Leaflet's panes are positioned inside the clipped map; only what lies outside the map counts.
      const outside = overflowing(el.shadowRoot!, 320).filter((name) => !name.includes('leaflet'));
      expect(outside).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      wrapper.remove();
    }
  });
});
