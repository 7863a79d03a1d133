import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { languagePending, loadLanguage } from '../../src/core/i18n.js';
import { define, KpssElement } from '../../src/core/kpss-element.js';
import { loaderSettings } from '../../src/core/loader.js';
import type { KpssDataset, MergedDataset } from '../../src/core/types.js';
import { type FakeFetch, fakeFetch, shadowText, until } from '../helpers.js';

/** The smallest element on the shared base: lists services with their source. */
class TestList extends KpssElement {
  protected renderContent(data: MergedDataset) {
    return litHtml`<ul class="list">
      ${data.services.map((s) => litHtml`<li data-source=${s.$source}>${s.name} – ${s.$provider?.name ?? '?'}</li>`)}
    </ul>`;
  }
}
define('kpss-test-list', TestList);

const townA: KpssDataset = {
  meta: { title: 'A', sample: true },
  providers: [{ id: 'p1', name: 'Poskytovatel A' }],
  services: [{ id: 'a1', providerId: 'p1', name: 'Služba A', type: 'pecovatelska-sluzba' }],
};
const townB: KpssDataset = {
  providers: [{ id: 'p1', name: 'Poskytovatel B' }],
  services: [{ id: 'b1', providerId: 'p1', name: 'Služba B', type: 'azylove-domy' }],
};

const items = (el: Element) =>
  [...(el.shadowRoot?.querySelectorAll('.list li') ?? [])].map((li) => li.textContent?.trim());

describe('shared loader', () => {
  let net: FakeFetch;
  afterEach(() => net?.restore());

  it('merges several src URLs, resolving providers within each file, and tags records with their source', async () => {
    net = fakeFetch({ '/a.json': { body: townA }, '/b.json': { body: townB } });
    const el = await fixture<TestList>(html`<kpss-test-list src="/a.json /b.json"></kpss-test-list>`);
    await until(() => items(el).length === 2);
    expect(items(el)).to.deep.equal(['Služba A – Poskytovatel A', 'Služba B – Poskytovatel B']);
    const sources = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.list li')].map((li) => li.dataset.source);
    expect(sources[0]).to.match(/\/a\.json$/);
    expect(sources[1]).to.match(/\/b\.json$/);
  });

  it('an element whose src a script sets to undefined shows its data, without an error', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const el = document.createElement('kpss-test-list') as TestList;
    (el as { src?: string }).src = undefined;
    el.data = townA;
    document.body.append(el);
    await until(() => shadowText(el).includes('Služba A'));
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    el.remove();
  });

  it('fetches each URL once however many elements use it', async () => {
    net = fakeFetch({ '/a.json': { body: townA, delay: 30 }, '/b.json': { body: townB } });
    const wrapper = await fixture(html`<div>
      <kpss-test-list src="/a.json"></kpss-test-list>
      <kpss-test-list src="/a.json /b.json"></kpss-test-list>
      <kpss-test-list src="./a.json"></kpss-test-list>
    </div>`);
    const lists = [...wrapper.querySelectorAll('kpss-test-list')];
    await until(() => lists.every((el) => items(el).length > 0));
    expect(net.calls.filter((url) => url.endsWith('/a.json'))).to.have.length(1);
    expect(net.calls.filter((url) => url.endsWith('/b.json'))).to.have.length(1);
  });

  it('never lets a stale response overwrite a newer one', async () => {
    net = fakeFetch({ '/slow.json': { body: townA, delay: 300 }, '/fast.json': { body: townB } });
    // Another element still waits for the slow file, so its request is not aborted: its answer does come,
    // after the newer one, to the element that no longer wants it.
    const wrapper = await fixture(html`<div>
      <kpss-test-list class="changed" src="/slow.json"></kpss-test-list>
      <kpss-test-list class="other" src="/slow.json"></kpss-test-list>
    </div>`);
    const el = wrapper.querySelector<TestList>('.changed')!;
    const other = wrapper.querySelector<TestList>('.other')!;
    el.src = '/fast.json';
    await until(() => items(el).length === 1);
    expect(items(el)).to.deep.equal(['Služba B – Poskytovatel B']);
    // The slow answer has arrived (the other element shows it); the changed element kept the newer data.
    await until(() => items(other).length === 1);
    await el.updateComplete;
    expect(items(other)).to.deep.equal(['Služba A – Poskytovatel A']);
    expect(items(el)).to.deep.equal(['Služba B – Poskytovatel B']);
    expect(net.calls.filter((url) => url.endsWith('/slow.json'))).to.have.length(1);
  });

  it('never lets data that waited for its language pack overwrite data given since', async () => {
    // The Ukrainian pack must not be loaded yet in this page: the first data waits for it.
    expect(languagePending('uk'), 'the Ukrainian pack is loaded before this test').to.equal(true);
    const el = await fixture<TestList>(html`<kpss-test-list lang="uk" .data=${townA}></kpss-test-list>`);
    expect(items(el)).to.deep.equal([]);
    // Meanwhile the page switches the element to Czech (no pack to wait for) and gives it other data.
    el.lang = 'cs';
    el.data = townB;
    await until(() => items(el).length === 1);
    expect(items(el)).to.deep.equal(['Služba B – Poskytovatel B']);
    // The pack arrives: the first data, which waited for it, is stale by now.
    await loadLanguage('uk');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['Služba B – Poskytovatel B']);
  });

  it('shows a readable loading state announced to screen readers', async () => {
    net = fakeFetch({ '/slow.json': { body: townA, delay: 200 } });
    const el = await fixture<TestList>(html`<kpss-test-list src="/slow.json"></kpss-test-list>`);
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).to.contain('Načítám data');
    await expect(el).shadowDom.to.be.accessible();
    await until(() => items(el).length === 1);
    expect(status.textContent?.trim()).to.equal('');
  });

  it('gives up after the timeout with a message naming the file', async () => {
    const saved = loaderSettings.timeoutMs;
    loaderSettings.timeoutMs = 100;
    try {
      net = fakeFetch({ '/hang.json': { body: townA, delay: 5000 } });
      const el = await fixture<TestList>(html`<kpss-test-list src="/hang.json"></kpss-test-list>`);
      await until(() => el.shadowRoot!.querySelector('[role="alert"] p') !== null);
      // The timeout's own message with the limit in seconds (0.1 s rounds to 0), not the network failure's.
      const message = el.shadowRoot!.querySelector('[role="alert"] p')!.textContent;
      expect(message).to.equal(`Soubor /hang.json se nenačetl do 0 sekund.`);
    } finally {
      loaderSettings.timeoutMs = saved;
    }
  });

  it('names the file, line and column of broken JSON', async () => {
    net = fakeFetch({ '/broken.json': { text: '{\n  "services": [\n    { "id": "x", }\n  ]\n}' } });
    const el = await fixture<TestList>(html`<kpss-test-list src="/broken.json"></kpss-test-list>`);
    await until(() => shadowText(el).includes('JSON'));
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('/broken.json není platný JSON');
    expect(alert.textContent).to.match(/line 3, column \d+/);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('names a cut-off file and an HTML page served instead of JSON', async () => {
    net = fakeFetch({
      '/cut.json': { text: '{"services": [{"id": "x"' },
      '/page.json': { text: '<!doctype html><title>Not here</title>', contentType: 'text/html' },
      '/empty.json': { text: '' },
    });
    const el = await fixture<TestList>(html`<kpss-test-list src="/cut.json /page.json /empty.json"></kpss-test-list>`);
    await until(() => shadowText(el).includes('prázdný'));
    const text = shadowText(el);
    expect(text).to.contain('/cut.json není platný JSON');
    expect(text).to.contain('/page.json neobsahuje data JSON, ale webovou stránku');
    expect(text).to.contain('/empty.json je prázdný');
  });

  it('lists records that break the contract by file, record and field, and shows the rest', async () => {
    net = fakeFetch({
      '/bad.json': {
        body: {
          services: [
            { id: 'ok', name: 'Dobrá služba', type: 'krizova-pomoc' },
            { id: 'no-type', name: 'Bez druhu' },
            { id: 'bad-form', name: 'Špatná forma', type: 'krizova-pomoc', forms: ['ambulantni', 'online'] },
            { id: 'bad-web', name: 'Zlý odkaz', type: 'krizova-pomoc', contact: { web: ['javascript:alert(1)'] } },
            'text',
          ],
        },
      },
    });
    const el = await fixture<TestList>(html`<kpss-test-list src="/bad.json"></kpss-test-list>`);
    await until(() => items(el).length > 0);
    expect(items(el).map((t) => t?.split(' – ')[0])).to.deep.equal(['Dobrá služba', 'Špatná forma', 'Zlý odkaz']);
    // The words of each issue follow the list's summary in a module of their own.
    await until(() => el.shadowRoot!.querySelectorAll('.issues li').length > 0);
    const issues = [...el.shadowRoot!.querySelectorAll('.issues li')].map((li) => li.textContent ?? '');
    expect(issues).to.have.length(4);
    expect(issues[0]).to.match(
      /bad\.json, služby\[1\] \(id „no-type“\), pole „type“: chybí povinný údaj\. Záznam byl vynechán\./,
    );
    expect(issues[1]).to.match(/služby\[2\] \(id „bad-form“\), pole „forms\[1\]“: neznámá hodnota „online“/);
    expect(issues[1]).to.contain('Hodnota se nezobrazí');
    expect(issues[2]).to.match(/pole „contact\.web\[0\]“: neplatný formát „javascript:alert\(1\)“/);
    expect(issues[3]).to.match(/služby\[4\]: místo objektu/);
    expect(el.shadowRoot!.querySelector('.issues summary')!.textContent).to.contain('4 problémy v datech');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows the HTTP status of an unreachable file and loads it on retry', async () => {
    net = fakeFetch({ '/later.json': { status: 404, text: 'Not found' } });
    const el = await fixture<TestList>(html`<kpss-test-list src="/later.json"></kpss-test-list>`);
    await until(() => shadowText(el).includes('HTTP 404'));
    expect(shadowText(el)).to.contain('/later.json se nepodařilo načíst (chyba HTTP 404)');
    await expect(el).shadowDom.to.be.accessible();
    net.routes['/later.json'] = { body: townA };
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await until(() => items(el).length === 1);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('shows the first file of src while the next is still on its way (a dataset split by kpss-data split)', async () => {
    // The second file comes late enough for the checks (axe among them) to see the state between.
    net = fakeFetch({ '/a.json': { body: townA }, '/b.json': { body: townB, delay: 1000 } });
    const el = await fixture<TestList>(html`<kpss-test-list src="/a.json /b.json"></kpss-test-list>`);
    const status = () => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
    await until(() => items(el).length > 0);
    expect(items(el)).to.deep.equal(['Služba A – Poskytovatel A']);
    // Said while the rest is on its way, so nobody takes the first file for all there is; below what is shown,
    // so that nothing moves when the rest arrives and the notice goes.
    expect(status()).to.equal('Načítám data…');
    const list = el.shadowRoot!.querySelector('.list')!;
    const below = list.compareDocumentPosition(el.shadowRoot!.querySelector('[role="status"]')!);
    expect((below & Node.DOCUMENT_POSITION_FOLLOWING) !== 0).to.equal(true);
    await expect(el).shadowDom.to.be.accessible();
    await until(() => items(el).length === 2);
    expect(items(el)).to.deep.equal(['Služba A – Poskytovatel A', 'Služba B – Poskytovatel B']);
    await el.updateComplete;
    expect(status()).to.equal('');
  });

  it('shows no error while the files after a failed first one are still on their way', async () => {
    net = fakeFetch({ '/missing.json': { status: 404 }, '/b.json': { body: townB, delay: 300 } });
    const seen: string[] = [];
    const el = document.createElement('kpss-test-list') as TestList;
    el.src = '/missing.json /b.json';
    const observer = new MutationObserver(() => seen.push(shadowText(el)));
    document.body.append(el);
    try {
      observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      await until(() => items(el).length === 1);
      // Every state shown before the second file came was loading, never the failure alone.
      const beforeData = seen.filter((text) => !text.includes('Služba B'));
      expect(beforeData.length > 0).to.equal(true);
      expect(beforeData.some((text) => text.includes('404'))).to.equal(false);
      expect(shadowText(el)).to.contain('404');
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it('keeps showing the files that loaded when another fails', async () => {
    net = fakeFetch({ '/a.json': { body: townA }, '/missing.json': { status: 500, text: 'boom' } });
    const el = await fixture<TestList>(html`<kpss-test-list src="/a.json /missing.json"></kpss-test-list>`);
    await until(() => items(el).length === 1);
    expect(shadowText(el)).to.contain('chyba HTTP 500');
  });

  it('reads inline JSON and the data property, without changing the page’s object', async () => {
    const inline = await fixture<TestList>(html`<kpss-test-list>
      <script type="application/json">${JSON.stringify(townB)}</script>
    </kpss-test-list>`);
    expect(items(inline)).to.deep.equal(['Služba B – Poskytovatel B']);

    const data = { services: [{ id: 'x', name: 'Z vlastnosti', type: 'krizova-pomoc', forms: ['online'] }] };
    const el = await fixture<TestList>(html`<kpss-test-list .data=${data}></kpss-test-list>`);
    expect(items(el)).to.deep.equal(['Z vlastnosti – ?']);
    expect(data.services[0]?.forms).to.deep.equal(['online']);
    expect(el.shadowRoot!.querySelector('.issues')!.textContent).to.contain('online');
  });

  it('says that no data is set, and fires typed kpss-load and kpss-error events', async () => {
    const empty = await fixture<TestList>(html`<kpss-test-list></kpss-test-list>`);
    expect(shadowText(empty)).to.contain('Nejsou nastavena žádná data');
    await expect(empty).shadowDom.to.be.accessible();

    net = fakeFetch({ '/a.json': { body: townA }, '/gone.json': { status: 410 } });
    const loads: CustomEvent[] = [];
    const errors: CustomEvent[] = [];
    document.addEventListener('kpss-load', (e) => loads.push(e), { once: true });
    document.addEventListener('kpss-error', (e) => errors.push(e), { once: true });
    const el = await fixture<TestList>(html`<kpss-test-list src="/a.json /gone.json"></kpss-test-list>`);
    await until(() => loads.length === 1 && errors.length === 1);
    expect(loads[0]!.detail.counts.services).to.equal(1);
    expect(errors[0]!.detail.errors[0].status).to.equal(410);
    expect(loads[0]!.composed && loads[0]!.bubbles).to.equal(true);
    void el;
  });

  it('speaks the language of its lang attribute or the page', async () => {
    net = fakeFetch({ '/gone.json': { status: 404 } });
    const en = await fixture<TestList>(html`<kpss-test-list lang="en" src="/gone.json"></kpss-test-list>`);
    await until(() => shadowText(en).includes('HTTP'));
    expect(shadowText(en)).to.contain('Could not load');
    expect(shadowText(en)).to.contain('Try again');
    const uk = await fixture(html`<div lang="uk"><kpss-test-list src="/gone.json"></kpss-test-list></div>`);
    const ukList = uk.querySelector('kpss-test-list')!;
    await until(() => shadowText(ukList).includes('HTTP'));
    expect(shadowText(ukList)).to.contain('Не вдалося завантажити');
  });

  it('shows the sample-data note and the update date from meta', async () => {
    net = fakeFetch({ '/small.json': { body: { ...townA, meta: { sample: true, updated: '2026-03-01' } } } });
    const el = await fixture<TestList>(html`<kpss-test-list src="/small.json"></kpss-test-list>`);
    await until(() => items(el).length === 1);
    expect(shadowText(el)).to.contain('Ukázková data');
    expect(shadowText(el)).to.contain('Aktualizováno 1. března 2026');
  });
});
