import { expect, fixture, html } from '@open-wc/testing';
import '../../demo/builder/builder.js';
import type { SnippetBuilder } from '../../demo/builder/builder.js';
import { DEFAULT_OPTIONS, snippet } from '../../demo/builder/snippet.js';
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
  it('gives the script tag and a catalogue linked to a map with consent by default', async () => {
    const el = await fixture<SnippetBuilder>(html`<snippet-builder></snippet-builder>`);
    expect($<HTMLTextAreaElement>(el, '#code').value).to.equal(
      [
        '<script type="module" src="/kpss/kpss-widgets.js"></script>',
        '<kpss-catalogue id="katalog" src="/kpss/data.json"></kpss-catalogue>',
        '<kpss-map for="katalog" consent></kpss-map>',
      ].join('\n'),
    );
    await expect(el).shadowDom.to.be.accessible();
  });

  it('follows the chosen elements and options', async () => {
    const el = await fixture<SnippetBuilder>(html`<snippet-builder></snippet-builder>`);
    const data = $<HTMLTextAreaElement>(el, 'textarea[aria-describedby="data-hint"]');
    await typeInto(el, data, '/data/obec-a.json\n/data/obec-b.json\n');
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
    expect(code).to.contain('<kpss-catalogue id="katalog" src="/data/obec-a.json /data/obec-b.json"></kpss-catalogue>');
    expect(code).to.contain('<kpss-roster id="skupiny" src="/data/obec-a.json /data/obec-b.json" layout="table">');
    expect(code).to.contain(
      '<kpss-plan src="/data/obec-a.json /data/obec-b.json" catalogue="katalog" roster="skupiny">',
    );
    // Without the catalogue the map loads the data itself.
    checkbox(el, 'catalogue').click();
    await el.updateComplete;
    const alone = $<HTMLTextAreaElement>(el, '#code').value;
    expect(alone).to.not.contain('kpss-catalogue');
    expect(alone).to.contain('<kpss-map src="/data/obec-a.json /data/obec-b.json" consent></kpss-map>');
    expect(alone).to.contain('<kpss-plan src="/data/obec-a.json /data/obec-b.json" roster="skupiny">');
  });

  it('escapes whatever is typed, so the snippet stays valid HTML', () => {
    const code = snippet({
      ...DEFAULT_OPTIONS,
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
    expect(doc.querySelector('kpss-map')!.getAttribute('for')).to.equal('Muj-katalog');
  });

  it('previews the snippet with the local library and copies it', async () => {
    const el = await fixture<SnippetBuilder>(
      html`<snippet-builder data-urls="/test/fixtures/catalogue.json" preview-script="/dist/kpss-widgets.js"></snippet-builder>`,
    );
    const frame = $<HTMLIFrameElement>(el, 'iframe');
    await until(
      () =>
        (frame.contentDocument?.querySelector('kpss-catalogue')?.shadowRoot?.querySelectorAll('.card').length ?? 0) > 0,
      8000,
    );
    // The copied code names the admin's script, not the preview's.
    expect($<HTMLTextAreaElement>(el, '#code').value).to.contain('src="/kpss/kpss-widgets.js"');
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
