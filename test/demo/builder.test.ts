import { expect, fixture, html } from '@open-wc/testing';
import '../../demo/builder/builder.js';
import '../../src/catalogue/index.js';
import type { SnippetBuilder } from '../../demo/builder/builder.js';
import { absoluteUrl, DEFAULT_OPTIONS, snippet } from '../../demo/builder/snippet.js';
import { until } from '../helpers.js';

const $ = <T extends Element = HTMLElement>(el: SnippetBuilder, selector: string) =>
  el.shadowRoot!.querySelector(selector) as T;

function checkbox(el: SnippetBuilder, name: string): HTMLInputElement {
  return $<HTMLInputElement>(el, `input[name="element"][value="${name}"]`);
}

async function typeInto(el: SnippetBuilder, field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await el.updateComplete;
}

describe('snippet builder (demo/builder.html)', () => {
  it('gives the scripts of the chosen elements and a catalogue linked to a map with consent by default', async () => {
    const el = await fixture<SnippetBuilder>(html`<snippet-builder></snippet-builder>`);
    expect($<HTMLTextAreaElement>(el, '#code').value).to.equal(
      [
        '<link rel="preload" href="https://www.vase-obec.cz/kpss/data/katalog.json" as="fetch" crossorigin="anonymous">',
        '<script type="module" src="https://www.vase-obec.cz/kpss/catalogue.js"></script>',
        '<script type="module" src="https://www.vase-obec.cz/kpss/map.js"></script>',
        '<kpss-catalogue id="katalog" src="https://www.vase-obec.cz/kpss/data/katalog.json"></kpss-catalogue>',
        '<kpss-map catalogue="katalog" consent></kpss-map>',
      ].join('\n'),
    );
    // The example address is no one's site: the builder says so until the admin writes theirs.
    expect($(el, '#address-problem').textContent).to.contain('jen příklad');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('writes absolute addresses from the folder the admin names, so the snippet works on any page', async () => {
    const el = await fixture<SnippetBuilder>(html`<snippet-builder></snippet-builder>`);
    await typeInto(el, $<HTMLInputElement>(el, 'input[name="base"]'), 'www.mesto.cz/socialni/kpss');
    await typeInto(
      el,
      $<HTMLTextAreaElement>(el, 'textarea[aria-describedby="data-hint"]'),
      'data/mesto.json\n/jinde/b.json',
    );
    const code = $<HTMLTextAreaElement>(el, '#code').value;
    expect(code).to.contain('<script type="module" src="https://www.mesto.cz/socialni/kpss/catalogue.js"></script>');
    expect(code).to.contain(
      'src="https://www.mesto.cz/socialni/kpss/data/mesto.json https://www.mesto.cz/jinde/b.json"',
    );
    expect($(el, '#address-problem')).to.equal(null);
    // A whole address (e.g. a CDN) stays as it is.
    const cdn = 'https://cdn.jsdelivr.net/npm/kpss-widgets@0.1.0/dist/kpss-widgets.js';
    await typeInto(el, $<HTMLInputElement>(el, 'input[name="script"]'), cdn);
    expect($<HTMLTextAreaElement>(el, '#code').value).to.contain(
      '<script type="module" src="https://cdn.jsdelivr.net/npm/kpss-widgets@0.1.0/dist/map.js"></script>',
    );
    // A path alone names no site: the builder says what is missing.
    await typeInto(el, $<HTMLInputElement>(el, 'input[name="base"]'), '/kpss/');
    expect($(el, '#address-problem').textContent).to.contain('celá adresa');
    expect(absoluteUrl('kpss-widgets.js', 'http://obec.cz/kpss?x=1#y')).to.equal('http://obec.cz/kpss/kpss-widgets.js');
  });

  it('follows the chosen elements and options', async () => {
    const el = await fixture<SnippetBuilder>(html`<snippet-builder></snippet-builder>`);
    const data = $<HTMLTextAreaElement>(el, 'textarea[aria-describedby="data-hint"]');
    await typeInto(el, data, '/data/obec-a.json\n/data/obec-b.json\n');
    const both = 'https://www.vase-obec.cz/data/obec-a.json https://www.vase-obec.cz/data/obec-b.json';
    checkbox(el, 'roster').click();
    checkbox(el, 'plan').click();
    await el.updateComplete;
    const layout = [...el.shadowRoot!.querySelectorAll('select')].find((s) =>
      s.querySelector('option[value="table"]'),
    )!;
    layout.value = 'table';
    layout.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const code = $<HTMLTextAreaElement>(el, '#code').value;
    expect(code).to.contain(`<kpss-catalogue id="katalog" src="${both}"></kpss-catalogue>`);
    expect(code).to.contain(`<kpss-roster id="skupiny" src="${both}" layout="table">`);
    expect(code).to.contain(`<kpss-plan src="${both}" catalogue="katalog" roster="skupiny">`);
    // Without the catalogue the map loads the data itself.
    checkbox(el, 'catalogue').click();
    await el.updateComplete;
    const alone = $<HTMLTextAreaElement>(el, '#code').value;
    expect(alone).to.not.contain('kpss-catalogue');
    expect(alone).to.contain(`<kpss-map src="${both}" consent></kpss-map>`);
    expect(alone).to.contain(`<kpss-plan src="${both}" roster="skupiny">`);
  });

  it('loads only the chosen elements’ scripts from the folder, the all-in-one for all four or another script', () => {
    const scripts = (options: Partial<typeof DEFAULT_OPTIONS>) =>
      [
        ...new DOMParser()
          .parseFromString(snippet({ ...DEFAULT_OPTIONS, baseUrl: 'https://obec.cz/kpss/', ...options }), 'text/html')
          .querySelectorAll('script'),
      ].map((script) => script.getAttribute('src'));
    expect(scripts({ elements: ['roster', 'plan'] })).to.deep.equal([
      'https://obec.cz/kpss/roster.js',
      'https://obec.cz/kpss/plan.js',
    ]);
    expect(scripts({ elements: ['catalogue', 'map', 'roster', 'plan'] })).to.deep.equal([
      'https://obec.cz/kpss/kpss-widgets.js',
    ]);
    // A script of another name is the admin's own build: loaded as it is.
    expect(scripts({ elements: ['catalogue'], scriptUrl: 'js/my-kpss-widgets.js' })).to.deep.equal([
      'https://obec.cz/kpss/js/my-kpss-widgets.js',
    ]);
    // The builder's preview loads one file that holds everything.
    expect(
      [
        ...new DOMParser()
          .parseFromString(snippet({ ...DEFAULT_OPTIONS, elements: ['plan'] }, { classicScript: true }), 'text/html')
          .querySelectorAll('script'),
      ].map((script) => script.getAttribute('src')),
    ).to.deep.equal(['https://www.vase-obec.cz/kpss/kpss-widgets.js']);
  });

  it('asks for the parts of the scripts in the folder with the page (a release names them), once each', () => {
    const chunks = {
      'catalogue.js': ['chunks/catalogue-1.js', 'chunks/core-1.js'],
      'map.js': ['chunks/map-1.js', 'chunks/core-1.js', 'chunks/shared-1.js'],
    };
    const code = snippet({ ...DEFAULT_OPTIONS, baseUrl: 'https://obec.cz/kpss/' }, {}, chunks);
    const doc = new DOMParser().parseFromString(code, 'text/html');
    expect([...doc.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'))).to.deep.equal([
      'https://obec.cz/kpss/chunks/catalogue-1.js',
      'https://obec.cz/kpss/chunks/core-1.js',
      'https://obec.cz/kpss/chunks/map-1.js',
      'https://obec.cz/kpss/chunks/shared-1.js',
    ]);
    // After the data's preload, before the scripts.
    expect(code.indexOf('rel="preload"')).to.be.lessThan(code.indexOf('rel="modulepreload"'));
    expect(code.lastIndexOf('rel="modulepreload"')).to.be.lessThan(code.indexOf('<script'));
    // A script from elsewhere (a CDN) has parts of its own version: none named.
    const cdn = snippet(
      { ...DEFAULT_OPTIONS, scriptUrl: 'https://cdn.jsdelivr.net/npm/kpss-widgets@0.1.0/dist/kpss-widgets.js' },
      {},
      chunks,
    );
    expect(cdn).to.not.contain('modulepreload');
    // Under the development server no release names them.
    expect(snippet({ ...DEFAULT_OPTIONS, baseUrl: 'https://obec.cz/kpss/' })).to.not.contain('modulepreload');
  });

  it('escapes whatever is typed, so the snippet stays valid HTML', () => {
    const code = snippet({
      ...DEFAULT_OPTIONS,
      baseUrl: '',
      scriptUrl: '/x.js"><script>alert(1)</script>',
      dataUrls: ['/a.json" onload="alert(1)'],
      catalogueId: 'Můj katalog!',
    });
    const doc = new DOMParser().parseFromString(code, 'text/html');
    expect(doc.querySelectorAll('script').length).to.equal(1);
    expect(doc.querySelector('script')!.getAttribute('src')).to.equal('/x.js"><script>alert(1)</script>');
    const catalogue = doc.querySelector('kpss-catalogue')!;
    expect(catalogue.getAttribute('src')).to.equal('/a.json" onload="alert(1)');
    expect(catalogue.getAttributeNames()).to.deep.equal(['id', 'src']);
    expect(catalogue.id).to.equal('Muj-katalog');
    expect(doc.querySelector('kpss-map')!.getAttribute('catalogue')).to.equal('Muj-katalog');
  });

  it('preloads each data file with the page, as the elements will request it', () => {
    const code = snippet({
      ...DEFAULT_OPTIONS,
      baseUrl: 'https://www.obec.cz/kpss/',
      dataUrls: ['data/katalog.json', 'https://kraj.example/sluzby.json'],
    });
    const doc = new DOMParser().parseFromString(code, 'text/html');
    const links = [...doc.querySelectorAll('link')];
    expect(
      links.map((l) => [l.rel, l.getAttribute('href'), l.getAttribute('as'), l.getAttribute('crossorigin')]),
    ).to.deep.equal([
      ['preload', 'https://www.obec.cz/kpss/data/katalog.json', 'fetch', 'anonymous'],
      ['preload', 'https://kraj.example/sluzby.json', 'fetch', 'anonymous'],
    ]);
    // Before the script, so that the data starts first.
    expect(code.indexOf('<link rel="preload"')).to.be.lessThan(code.indexOf('<script'));
  });

  it('the catalogue takes the preloaded data instead of requesting it again', async () => {
    const url = new URL('/test/fixtures/small.json', location.href).href;
    const link = Object.assign(document.createElement('link'), { rel: 'preload', href: url, as: 'fetch' });
    link.crossOrigin = 'anonymous';
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    document.head.append(link);
    await loaded;
    const host = document.createElement('div');
    host.innerHTML = `<kpss-catalogue src="${url}"></kpss-catalogue>`;
    document.body.append(host);
    const el = host.querySelector('kpss-catalogue')!;
    try {
      await until(() => (el.shadowRoot?.querySelectorAll('.card').length ?? 0) > 0, 8000);
      const requests = performance.getEntriesByType('resource').filter((entry) => entry.name === url);
      expect(requests.length, 'one request for the data, the preload').to.equal(1);
    } finally {
      host.remove();
      link.remove();
    }
  });

  it('previews the snippet with the local library and copies it', async () => {
    const el = await fixture<SnippetBuilder>(
      html`<snippet-builder preview-src="/test/fixtures/catalogue.json" preview-script="/dist/kpss-widgets.js"></snippet-builder>`,
    );
    const frame = $<HTMLIFrameElement>(el, 'iframe');
    await until(
      () =>
        (frame.contentDocument?.querySelector('kpss-catalogue')?.shadowRoot?.querySelectorAll('.card').length ?? 0) > 0,
      8000,
    );
    // The copied code names the admin's script, not the preview's.
    expect($<HTMLTextAreaElement>(el, '#code').value).to.contain('src="https://www.vase-obec.cz/kpss/catalogue.js"');
    let copied = '';
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (text: string) => {
      copied = text;
    };
    try {
      $<HTMLButtonElement>(el, 'button').click();
      await until(() => copied !== '');
      await el.updateComplete;
      expect(copied).to.equal(el.html);
      expect($(el, '[role="status"]').textContent).to.contain('zkopírovaný');
    } finally {
      navigator.clipboard.writeText = original;
    }
  });
});
