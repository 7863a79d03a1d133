import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';

const TILE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** A strict policy: no 'unsafe-inline', no 'unsafe-eval', nothing but this origin (and data: images for tiles). */
const POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

describe('Content-Security-Policy', () => {
  it('every element works under a strict policy without a single violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 800px';
    frame.srcdoc = `<!doctype html><html lang="cs"><head>
      <meta http-equiv="Content-Security-Policy" content="${POLICY}">
      <script type="module" src="/test/embedding/csp-probe.ts"></script>
      <script type="module" src="/dist/kpss-widgets.js"></script>
      </head><body>
      <kpss-catalogue id="c" src="/test/fixtures/catalogue.json"></kpss-catalogue>
      <kpss-map for="c" tiles="${TILE}"></kpss-map>
      <kpss-roster src="/data/nove-mesto-nad-metuji.json"></kpss-roster>
      <kpss-plan src="/data/kladno-plan.json"></kpss-plan>
      </body></html>`;
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow as (Window & { cspViolations?: string[] }) | null;
      const doc = () => frame.contentDocument;
      const ready = (tag: string, selector: string) =>
        doc()?.querySelector(tag)?.shadowRoot?.querySelector(selector) !== null &&
        doc()?.querySelector(tag)?.shadowRoot?.querySelector(selector) !== undefined;
      await until(
        () =>
          ready('kpss-catalogue', '.card') &&
          ready('kpss-map', '.kpss-marker, .kpss-cluster') &&
          ready('kpss-roster', '.group') &&
          ready('kpss-plan', 'h2'),
        8000,
      );
      // Open a detail and a popup too: dialogs and Leaflet's DOM must pass the policy.
      doc()!.querySelector('kpss-catalogue')!.shadowRoot!.querySelector<HTMLButtonElement>('button.title')!.click();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(win()?.cspViolations, 'the probe ran').to.be.an('array');
      expect(win()!.cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
