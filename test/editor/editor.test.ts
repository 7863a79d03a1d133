import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { KpssDataEditor } from '../../demo/editor/editor.js';
import '../../demo/editor/index.js';
import { deleteAt, parseFieldPath, renameReferences, setAt, slugify } from '../../demo/editor/dataset-ops.js';
import { fieldId } from '../../demo/editor/fields.js';
import { validateDataset } from '../../src/core/validate.js';
import { until } from '../helpers.js';

const SMALL = '/test/fixtures/small.json';
const DACICE = '/data/dacice.json';
const KLADNO = '/data/kladno-plan.json';

/**
 * Mounts the editor in plain DOM, removed after each test (@open-wc's
 * fixture() crashed the renderer with a Leaflet map inside; plain DOM does not).
 */
const mounted: HTMLElement[] = [];
async function editor(): Promise<KpssDataEditor> {
  const el = document.createElement('kpss-data-editor');
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector) as T;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const byId = <T extends HTMLElement = HTMLInputElement>(el: KpssDataEditor, id: string) =>
  el.shadowRoot!.getElementById(id) as T | null;
const field = <T extends HTMLElement = HTMLInputElement>(el: KpssDataEditor, ...path: (string | number)[]) =>
  byId<T>(el, fieldId(path));
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The texts of a field's error messages (the element its aria-describedby points to). */
function errorsOf(el: KpssDataEditor, input: HTMLElement | null): string {
  const ids = (input?.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-errors'));
  return ids.map((id) => text(byId(el, id))).join(' ');
}

const fileText = async (url: string) => (await fetch(url)).text();

/** Chooses a file in the editor's file input, as a person does. */
async function chooseFile(el: KpssDataEditor, content: string, name: string): Promise<void> {
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  const input = byId(el, 'file-input')!;
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  // Changes not downloaded yet: the editor asks first.
  byId<HTMLButtonElement>(el, 'confirm-yes')?.click();
  await until(() => text($(el, '.file-status')).includes(name));
  await el.updateComplete;
}

/** Types into a field: input events while typing, change when leaving it. */
async function type(el: KpssDataEditor, input: HTMLInputElement | HTMLTextAreaElement | null, value: string) {
  expect(input, 'the field exists').to.not.equal(null);
  let focused = false;
  input!.addEventListener('focus', () => (focused = true), { once: true });
  input!.focus();
  // A page without the window's focus (test files run side by side) gets no focus event.
  if (!focused) input!.dispatchEvent(new FocusEvent('focus'));
  input!.value = value;
  input!.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input!.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function choose(el: KpssDataEditor, select: HTMLSelectElement | null, value: string) {
  expect(select, 'the select exists').to.not.equal(null);
  select!.value = value;
  expect(select!.value, `option ${value} exists`).to.equal(value);
  select!.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function openTab(el: KpssDataEditor, tab: string) {
  byId<HTMLButtonElement>(el, `tab-${tab}`)!.click();
  await el.updateComplete;
}

const issueCount = (el: KpssDataEditor) => text($(el, '.issue-count'));
const preview = (el: KpssDataEditor, tag: string) => $(el, `.preview-panel ${tag}`) as HTMLElement;
/** Names of the services the catalogue preview shows. */
const catalogueNames = (el: KpssDataEditor) =>
  [...(preview(el, 'kpss-catalogue')?.shadowRoot?.querySelectorAll('.results .card button.title') ?? [])].map(text);

describe('<kpss-data-editor>', () => {
  afterEach(() => {
    for (const el of mounted.splice(0)) el.remove();
  });

  it('opens a file from the file input, without any request, and previews it', async () => {
    const content = await fileText(SMALL);
    const original = window.fetch;
    const requests: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(String(input));
      return original(input, init);
    };
    try {
      const el = await editor();
      expect(issueCount(el)).to.equal('Kontrola dat: bez chyb.');
      await chooseFile(el, content, 'small.json');
      expect(text($(el, '.file-status'))).to.equal(
        'Otevřen soubor „small.json“: 1 poskytovatel, 2 služby, 0 skupin, 0 plánů.',
      );
      expect(text(byId(el, 'tab-providers'))).to.equal('Poskytovatelé (1)');
      expect(text(byId(el, 'tab-services'))).to.equal('Služby (2)');
      expect(field(el, 'meta', 'title')!.value).to.equal('Testovací katalog');
      await until(() => catalogueNames(el).length === 2);
      expect([...catalogueNames(el)].sort()).to.deep.equal(['Občanská poradna', 'Pečovatelská služba Testov']);
      await openTab(el, 'services');
      expect($$(el, '.record-list .record-button').map(text)).to.deep.equal([
        'Pečovatelská služba Testov',
        'Občanská poradna',
      ]);
      expect(field<HTMLSelectElement>(el, 'services', 0, 'type')!.value).to.equal('pecovatelska-sluzba');
      expect(field<HTMLSelectElement>(el, 'services', 0, 'providerId')!.value).to.equal('p1');
      expect(field(el, 'services', 0, 'locations', 0, 'lat')!.value).to.equal('50,1');
      expect(requests, 'the editor sends and fetches nothing').to.deep.equal([]);
    } finally {
      window.fetch = original;
    }
  });

  it('fits a 375 px phone: the file bar (drop zone, file input, buttons) stays inside the screen', async () => {
    await setViewport({ width: 375, height: 700 });
    try {
      const el = await editor();
      const screen = document.documentElement.clientWidth;
      const outside = $$(el, '.file-bar *')
        .filter((node) => node.getBoundingClientRect().right > screen + 0.5)
        .map((node) => node.localName + (node.className ? `.${node.className}` : ''));
      expect(outside).to.deep.equal([]);
      expect($(el, '.drop-zone').getBoundingClientRect().width).to.be.greaterThan(200);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('opens a file dropped on it, and reports a file that is not JSON without losing the data', async () => {
    const el = await editor();
    const transfer = new DataTransfer();
    transfer.items.add(new File([await fileText(DACICE)], 'dacice.json', { type: 'application/json' }));
    $(el, '.editor').dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true, composed: true }),
    );
    await until(() => text($(el, '.file-status')).includes('dacice.json'));
    await el.updateComplete;
    expect(text(byId(el, 'tab-services'))).to.equal('Služby (10)');

    await chooseFile(el, '{ "providers": [ }', 'broken.json');
    const status = $(el, '.file-status');
    expect(status.getAttribute('role')).to.equal('alert');
    expect(text(status)).to.contain('Soubor „broken.json“ není platný JSON');
    expect(text(status)).to.contain('Data v editoru zůstala beze změny.');
    expect(text(byId(el, 'tab-services'))).to.equal('Služby (10)');
  });

  it('edits a provider: the list, the preview and the download follow; a loaded id stays', async () => {
    const el = await editor();
    await chooseFile(el, await fileText(SMALL), 'small.json');
    await openTab(el, 'providers');
    await type(el, field(el, 'providers', 0, 'name'), 'Oblastní charita Testov');
    expect(text($(el, '.record-list .record-button'))).to.equal('Oblastní charita Testov');
    expect(text($(el, '.record-detail h3'))).to.equal('Poskytovatel: Oblastní charita Testov');
    const saved = JSON.parse(el.json);
    expect(saved.providers[0]).to.deep.include({ id: 'p1', name: 'Oblastní charita Testov' });
    expect(el.hasUnsavedChanges).to.equal(true);
    await until(() =>
      [...(preview(el, 'kpss-catalogue').shadowRoot?.querySelectorAll('.card .provider') ?? [])].some(
        (p) => text(p) === 'Oblastní charita Testov',
      ),
    );
  });

  it('shows a bad e-mail next to its field, lists it at the top with a link, and clears it when fixed', async () => {
    const el = await editor();
    await chooseFile(el, await fileText(SMALL), 'small.json');
    await openTab(el, 'providers');
    const email = field<HTMLTextAreaElement>(el, 'providers', 0, 'contact', 'email');
    expect(email!.value).to.equal('info@charita.example.cz');
    expect(email!.getAttribute('aria-invalid')).to.equal(null);
    await type(el, email, 'info@charita.example.cz\nspatny-email');
    await until(() => email!.getAttribute('aria-invalid') === 'true');
    expect(errorsOf(el, email)).to.contain('Neplatný tvar „spatny-email“: zadejte e-mail ve tvaru jmeno@domena.cz.');
    // The message is next to the field, inside the field's own wrapper.
    expect(email!.closest('.field')!.querySelector('.field-errors')).to.not.equal(null);
    expect(issueCount(el)).to.equal('Kontrola dat: nalezena 1 chyba.');
    expect($(el, '.issue-count').getAttribute('role')).to.equal('status');
    expect(text(byId(el, 'tab-providers'))).to.equal('Poskytovatelé (1) ⚠ 1 chyba');
    const link = $<HTMLAnchorElement>(el, '.issue-list a');
    expect(text(link)).to.equal('Poskytovatelé › Charita Testov › kontakt › e-mail, řádek 2');

    // From another section, the summary's link opens the record and focuses the field.
    await openTab(el, 'meta');
    expect(field(el, 'providers', 0, 'contact', 'email')).to.equal(null);
    $<HTMLAnchorElement>(el, '.issue-list a').click();
    await until(() => el.shadowRoot!.activeElement?.id === fieldId(['providers', 0, 'contact', 'email']));

    const again = field<HTMLTextAreaElement>(el, 'providers', 0, 'contact', 'email');
    await type(el, again, 'info@charita.example.cz\nreditel@charita.example.cz');
    await until(() => again!.getAttribute('aria-invalid') === null);
    expect(errorsOf(el, again)).to.equal('');
    expect(again!.closest('.field')!.querySelector('.field-errors')).to.equal(null);
    expect(issueCount(el)).to.equal('Kontrola dat: bez chyb.');
    expect($(el, '.issue-list')).to.equal(null);
    expect(JSON.parse(el.json).providers[0].contact.email).to.deep.equal([
      'info@charita.example.cz',
      'reditel@charita.example.cz',
    ]);
  });

  it('reports a latitude out of range at its field, and takes a decimal comma', async () => {
    const el = await editor();
    await chooseFile(el, await fileText(SMALL), 'small.json');
    await openTab(el, 'services');
    const lat = field(el, 'services', 0, 'locations', 0, 'lat');
    await type(el, lat, '95');
    await until(() => lat!.getAttribute('aria-invalid') === 'true');
    expect(errorsOf(el, lat)).to.contain('Hodnota 95 je mimo povolený rozsah (≤ 51,1).');
    expect(text($(el, '.issue-list'))).to.contain('Služby › Pečovatelská služba Testov › místo 1 › zeměpisná šířka');
    expect(text(byId(el, 'record-services-0'))).to.contain('1 chyba');
    expect(JSON.parse(el.json).services[0].locations[0].lat).to.equal(95);

    await type(el, lat, 'padesát');
    await until(() => errorsOf(el, lat).includes('Zadejte číslo.'));

    await type(el, lat, '49,2');
    await until(() => lat!.getAttribute('aria-invalid') === null);
    expect(errorsOf(el, lat)).to.equal('');
    expect(JSON.parse(el.json).services[0].locations[0].lat).to.equal(49.2);
    expect(issueCount(el)).to.equal('Kontrola dat: bez chyb.');
  });

  it('adds a service: required fields are marked, the id follows the name, the catalogue shows it', async () => {
    const el = await editor();
    await chooseFile(el, await fileText(SMALL), 'small.json');
    await openTab(el, 'services');
    byId<HTMLButtonElement>(el, 'add-services')!.click();
    await el.updateComplete;
    await until(() => el.shadowRoot!.activeElement?.id === fieldId(['services', 2, 'name']));
    expect(text(byId(el, 'tab-services'))).to.contain('Služby (3)');
    const name = field(el, 'services', 2, 'name');
    const kind = field<HTMLSelectElement>(el, 'services', 2, 'type');
    expect(name!.getAttribute('aria-invalid')).to.equal('true');
    expect(kind!.getAttribute('aria-invalid')).to.equal('true');
    expect(errorsOf(el, kind)).to.contain('Povinný údaj');
    expect(name!.getAttribute('aria-required')).to.equal('true');

    await type(el, name, 'Domov pro seniory Testov');
    await choose(el, kind, 'domovy-pro-seniory');
    await until(() => catalogueNames(el).includes('Domov pro seniory Testov'));
    expect(issueCount(el)).to.equal('Kontrola dat: bez chyb.');
    expect(field(el, 'services', 2, 'id')!.value).to.equal('domov-pro-seniory-testov');
    expect(JSON.parse(el.json).services[2]).to.deep.equal({
      id: 'domov-pro-seniory-testov',
      name: 'Domov pro seniory Testov',
      providerId: 'p1',
      type: 'domovy-pro-seniory',
    });

    // Checkbox groups of the vocabulary, with Czech labels.
    const seniors = $$<HTMLInputElement>(el, `#${fieldId(['services', 2, 'targetGroups'])} input`)[0]!;
    expect(text(seniors.nextElementSibling)).to.equal('senioři');
    seniors.click();
    await el.updateComplete;
    expect(JSON.parse(el.json).services[2].targetGroups).to.deep.equal(['seniori']);
  });

  it('downloads pretty-printed JSON that keeps every field and validates without issues', async () => {
    const content = await fileText(DACICE);
    const el = await editor();
    await chooseFile(el, content, 'dacice.json');
    await openTab(el, 'groups');
    await type(el, field(el, 'groups', 0, 'members', 0, 'function'), 'starosta');
    // No waiting for the check: the link gives the current data anyway.
    const link = byId<HTMLAnchorElement>(el, 'download')!;
    expect(link.getAttribute('download')).to.equal('kpss-data.json');
    const stop = (event: Event) => event.preventDefault();
    el.shadowRoot!.addEventListener('click', stop);
    link.click();
    el.shadowRoot!.removeEventListener('click', stop);
    expect(link.href).to.match(/^blob:/);
    const downloaded = await (await fetch(link.href)).text();
    expect(downloaded).to.equal(el.json);
    expect(
      downloaded.startsWith('{\n  "$schema": "./schema/kpss-dataset.schema.json",\n  "meta": {\n    "title"'),
    ).to.equal(true);
    const parsed = JSON.parse(downloaded);
    expect(validateDataset(parsed, 'kpss-data.json').issues).to.deep.equal([]);
    const expected = JSON.parse(content);
    expected.groups[0].members[0].function = 'starosta';
    expect(parsed).to.deep.equal(expected);
    expect(el.hasUnsavedChanges).to.equal(false);
  });

  it('starts empty, asking first when changes were not downloaded', async () => {
    const el = await editor();
    await chooseFile(el, await fileText(SMALL), 'small.json');
    await openTab(el, 'providers');
    await type(el, field(el, 'providers', 0, 'name'), 'Jiný název');
    byId<HTMLButtonElement>(el, 'start-empty')!.click();
    await el.updateComplete;
    expect(text($(el, '.confirm'))).to.contain('Začít s prázdnými daty? Změny, které jste si nestáhli, se ztratí.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('confirm-yes');
    byId<HTMLButtonElement>(el, 'confirm-no')!.click();
    await el.updateComplete;
    expect($(el, '.confirm')).to.equal(null);
    expect(JSON.parse(el.json).providers[0].name).to.equal('Jiný název');

    byId<HTMLButtonElement>(el, 'start-empty')!.click();
    await el.updateComplete;
    byId<HTMLButtonElement>(el, 'confirm-yes')!.click();
    await el.updateComplete;
    expect(el.json).to.equal('{}\n');
    expect(text(byId(el, 'tab-providers'))).to.equal('Poskytovatelé (0)');
    expect(text($(el, '.record-detail'))).to.equal('');
    expect(text($(el, '.empty'))).to.equal('Zatím zde není žádný poskytovatel.');
    expect(issueCount(el)).to.equal('Kontrola dat: bez chyb.');
    await until(() => text(preview(el, 'kpss-catalogue').shadowRoot?.querySelector('.empty')).length > 0);
    expect(text(preview(el, 'kpss-catalogue').shadowRoot!.querySelector('.empty'))).to.equal(
      'Katalog zatím neobsahuje žádné služby.',
    );
  });

  it('builds a dataset from nothing: provider, service, group with a member, plan with a measure', async () => {
    const el = await editor();
    await openTab(el, 'providers');
    byId<HTMLButtonElement>(el, 'add-providers')!.click();
    await el.updateComplete;
    await type(el, field(el, 'providers', 0, 'name'), 'Spolek Dobrá vůle');
    await openTab(el, 'services');
    byId<HTMLButtonElement>(el, 'add-services')!.click();
    await el.updateComplete;
    await type(el, field(el, 'services', 0, 'name'), 'Poradna Dobrá vůle');
    await choose(el, field<HTMLSelectElement>(el, 'services', 0, 'type'), 'odborne-socialni-poradenstvi');
    expect(field<HTMLSelectElement>(el, 'services', 0, 'providerId')!.value).to.equal('spolek-dobra-vule');

    await openTab(el, 'groups');
    byId<HTMLButtonElement>(el, 'add-groups')!.click();
    await el.updateComplete;
    await type(el, field(el, 'groups', 0, 'name'), 'Senioři');
    byId<HTMLButtonElement>(el, `${fieldId(['groups', 0, 'members'])}--add`)!.click();
    await el.updateComplete;
    await until(() => el.shadowRoot!.activeElement?.id === fieldId(['groups', 0, 'members', 0, 'name']));
    await type(el, field(el, 'groups', 0, 'members', 0, 'name'), 'Mgr. Jana Nováková');
    await choose(el, field<HTMLSelectElement>(el, 'groups', 0, 'members', 0, 'side'), 'uzivatel');

    await openTab(el, 'plans');
    byId<HTMLButtonElement>(el, 'add-plans')!.click();
    await el.updateComplete;
    await type(el, field(el, 'plans', 0, 'title'), 'Komunitní plán 2026–2029');
    await type(el, field(el, 'plans', 0, 'period', 'from'), '2026');
    await type(el, field(el, 'plans', 0, 'period', 'to'), '2029');
    byId<HTMLButtonElement>(el, `${fieldId(['plans', 0, 'priorities'])}--add`)!.click();
    await el.updateComplete;
    await type(el, field(el, 'plans', 0, 'priorities', 0, 'title'), 'Péče o seniory');
    byId<HTMLButtonElement>(el, `${fieldId(['plans', 0, 'priorities', 0, 'measures'])}--add`)!.click();
    await el.updateComplete;
    const measurePath = ['plans', 0, 'priorities', 0, 'measures', 0];
    expect(field(el, ...measurePath, 'code')!.value).to.equal('1.1');
    await type(el, field(el, ...measurePath, 'title'), 'Odlehčovací služba');
    await choose(el, field<HTMLSelectElement>(el, ...measurePath, 'groupId'), 'seniori');
    await choose(el, field<HTMLSelectElement>(el, ...measurePath, 'status'), 'probiha');

    await until(() => issueCount(el) === 'Kontrola dat: bez chyb.').catch(() => {
      throw new Error(el.currentIssues.map((issue) => `${issue.where}: ${issue.message}`).join('; '));
    });
    const saved = JSON.parse(el.json);
    expect(validateDataset(saved, 'x').issues).to.deep.equal([]);
    expect(saved).to.deep.equal({
      providers: [{ id: 'spolek-dobra-vule', name: 'Spolek Dobrá vůle' }],
      services: [
        {
          id: 'poradna-dobra-vule',
          name: 'Poradna Dobrá vůle',
          providerId: 'spolek-dobra-vule',
          type: 'odborne-socialni-poradenstvi',
        },
      ],
      groups: [
        {
          id: 'seniori',
          kind: 'pracovni',
          name: 'Senioři',
          members: [{ name: 'Mgr. Jana Nováková', side: 'uzivatel' }],
        },
      ],
      plans: [
        {
          id: 'komunitni-plan-2026-2029',
          title: 'Komunitní plán 2026–2029',
          period: { from: 2026, to: 2029 },
          priorities: [
            {
              code: '1',
              title: 'Péče o seniory',
              measures: [{ code: '1.1', title: 'Odlehčovací služba', groupId: 'seniori', status: 'probiha' }],
            },
          ],
        },
      ],
    });
    // The plan tab of the preview follows the section.
    await until(() => preview(el, 'kpss-plan')?.shadowRoot?.querySelector('.measure[data-code="1.1"]') != null);
    await openTab(el, 'groups');
    await until(
      () => text(preview(el, 'kpss-roster')?.shadowRoot?.querySelector('.member-name')) === 'Mgr. Jana Nováková',
    );
  });

  it('keeps references when an id changes, flags them when the record is removed, and undoes the removal', async () => {
    const el = await editor();
    await chooseFile(el, await fileText(SMALL), 'small.json');
    await openTab(el, 'providers');
    await type(el, field(el, 'providers', 0, 'id'), 'charita-testov');
    expect(JSON.parse(el.json).services.map((s: { providerId: string }) => s.providerId)).to.deep.equal([
      'charita-testov',
      'charita-testov',
    ]);

    byId<HTMLButtonElement>(el, `${fieldId(['providers', 0])}--remove`)!.click();
    await el.updateComplete;
    expect(text($(el, '.undo'))).to.contain('Poskytovatel „Charita Testov“ byl odstraněn.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('undo-remove');
    expect(issueCount(el)).to.equal('Kontrola dat: nalezeny 2 chyby.');
    await openTab(el, 'services');
    const provider = field<HTMLSelectElement>(el, 'services', 0, 'providerId');
    expect(provider!.getAttribute('aria-invalid')).to.equal('true');
    expect(errorsOf(el, provider)).to.contain('Odkaz „charita-testov“ nevede na žádný záznam');
    expect(provider!.selectedOptions[0]!.textContent).to.contain('charita-testov (neplatná hodnota)');

    await openTab(el, 'providers');
    // The undo is offered in the section it belongs to.
    byId<HTMLButtonElement>(el, 'undo-remove')!.click();
    await el.updateComplete;
    expect(issueCount(el)).to.equal('Kontrola dat: bez chyb.');
    expect(text(byId(el, 'tab-providers'))).to.equal('Poskytovatelé (1)');
  });

  it('moves records and sub-records with the keyboard focus following', async () => {
    const el = await editor();
    await chooseFile(el, await fileText(SMALL), 'small.json');
    await openTab(el, 'services');
    byId<HTMLButtonElement>(el, 'record-services-1')!.click();
    await el.updateComplete;
    byId<HTMLButtonElement>(el, `${fieldId(['services', 1])}--up`)!.click();
    await el.updateComplete;
    expect(JSON.parse(el.json).services.map((s: { id: string }) => s.id)).to.deep.equal(['s2', 's1']);
    expect(text($(el, '.record-detail h3'))).to.equal('Služba: Občanská poradna');
    // At the top "up" is disabled: the focus is on "down".
    await until(() => el.shadowRoot!.activeElement?.id === `${fieldId(['services', 0])}--down`);
  });

  it('filters a long list of records, ignoring case and diacritics', async () => {
    const el = await editor();
    const providers = Array.from({ length: 20 }, (_, i) => ({ id: `p${i}`, name: `Spolek ${i}` }));
    providers[7]!.name = 'Diakonie ČCE – středisko Řevnice';
    await chooseFile(el, JSON.stringify({ providers }), 'many.json');
    await openTab(el, 'providers');
    expect($$(el, '.record-button')).to.have.length(20);
    await type(el, byId(el, 'filter-providers'), 'revnice');
    expect($$(el, '.record-button').map(text)).to.deep.equal(['Diakonie ČCE – středisko Řevnice']);
    expect(text(byId(el, 'filter-providers-count'))).to.equal('Nalezeno: 1 z 20.');
    byId<HTMLButtonElement>(el, 'record-providers-7')!.click();
    await el.updateComplete;
    expect(field(el, 'providers', 7, 'name')!.value).to.equal('Diakonie ČCE – středisko Řevnice');
  });

  it('switches tabs with the arrow keys', async () => {
    const el = await editor();
    byId<HTMLButtonElement>(el, 'tab-meta')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await until(() => el.shadowRoot!.activeElement?.id === 'tab-providers');
    expect(byId(el, 'tab-providers')!.getAttribute('aria-selected')).to.equal('true');
    expect(byId(el, 'tab-meta')!.getAttribute('tabindex')).to.equal('-1');
    await sendKeys({ press: 'End' });
    await until(() => el.shadowRoot!.activeElement?.id === 'tab-plans');
    expect($(el, '[role="tabpanel"]').getAttribute('aria-labelledby')).to.equal('tab-plans');
  });

  it('previews the map without any third-party tiles', async () => {
    const el = await editor();
    await chooseFile(el, await fileText(SMALL), 'small.json');
    byId<HTMLButtonElement>(el, 'preview-tab-map')!.click();
    await el.updateComplete;
    const map = preview(el, 'kpss-map');
    expect(map.getAttribute('tiles')).to.match(/^data:image\/png;base64,/);
    await until(() => (map.shadowRoot?.querySelectorAll('.kpss-marker, .kpss-cluster').length ?? 0) > 0);
    const sources = [...(map.shadowRoot?.querySelectorAll('img') ?? [])].map((img) => img.getAttribute('src') ?? '');
    expect(sources.filter((src) => /^https?:/.test(src))).to.deep.equal([]);
  });

  it('reports what would reveal a hidden place, leaves it out of the download with a note, and removes it on request', async () => {
    const secrets = ['Dům Na Skále', 'Tajná', 'Horní Vzorov', '591 01', '49.5612', '15.9387'];
    const shelter = {
      id: 'azyl',
      name: 'Azylový dům',
      type: 'azylove-domy',
      locations: [
        {
          name: 'Dům Na Skále',
          address: { street: 'Tajná', number: '7', city: 'Vzorov', cityPart: 'Horní Vzorov', postcode: '591 01' },
          lat: 49.5612,
          lon: 15.9387,
          hidden: true,
        },
      ],
    };
    const el = await editor();
    await chooseFile(el, JSON.stringify({ services: [shelter] }), 'azyl.json');
    // The problem list: one error per value, naming the record and the field.
    expect(issueCount(el)).to.equal('Kontrola dat: nalezeno 7 chyb.');
    const listed = $$(el, '.issue-list li').map(text);
    expect(listed).to.include(
      'Služby › Azylový dům › místo 1 › adresa › ulice: Utajená adresa: tento údaj by prozradil, kde místo je, a soubor je veřejný. Uveďte jen obec; do staženého souboru se údaj nezapíše. Dokud chyba trvá, hodnota se na webu nezobrazí.',
    );
    expect(listed.some((line) => line.startsWith('Služby › Azylový dům › místo 1 › zeměpisná délka:'))).to.equal(true);
    await openTab(el, 'services');
    const street = field(el, 'services', 0, 'locations', 0, 'address', 'street');
    expect(street!.getAttribute('aria-invalid')).to.equal('true');
    // The note says the download leaves them out, and which.
    const note = text(byId(el, 'hidden-note'));
    expect(note).to.contain('stažený soubor neobsahuje údaje, které by prozradily, kde utajená místa jsou');
    expect(note).to.contain('Vynecháno: 7.');
    expect(note).to.contain('Služby › Azylový dům › místo 1 › adresa › PSČ');
    await expect(el).shadowDom.to.be.accessible();
    // The download: the municipality and the flag only.
    const link = byId<HTMLAnchorElement>(el, 'download')!;
    const downloaded = await (await fetch(link.href)).text();
    expect(downloaded).to.equal(el.json);
    for (const secret of secrets) expect(downloaded, secret).to.not.contain(secret);
    expect(JSON.parse(downloaded).services[0].locations).to.deep.equal([{ address: { city: 'Vzorov' }, hidden: true }]);
    // Removing them from the editor too clears the problems and the note.
    byId<HTMLButtonElement>(el, 'remove-hidden')!.click();
    await until(() => issueCount(el) === 'Kontrola dat: bez chyb.');
    expect(byId(el, 'hidden-note')).to.equal(null);
    expect(JSON.parse(el.json).services[0].locations).to.deep.equal([{ address: { city: 'Vzorov' }, hidden: true }]);
  });

  it('reports a value that is no information (error text, #N/A, null) at its field, and clearing it fixes it', async () => {
    const geocoder = "CHYBA: 'NoneType' object is not subscriptable";
    const service = {
      id: 'ps',
      name: 'Pečovatelská služba',
      type: 'pecovatelska-sluzba',
      description: '#N/A',
      locations: [{ name: geocoder, address: { street: 'Masarykova', city: 'Vzorov' } }],
      contact: { person: 'null', phone: ['+420 566 123 456'] },
    };
    const el = await editor();
    await chooseFile(el, JSON.stringify({ services: [service] }), 'garbage.json');
    expect(issueCount(el)).to.equal('Kontrola dat: nalezeny 3 chyby.');
    const said = ': opravte ho, nebo pole vymažte. Dokud chyba trvá, hodnota se na webu nezobrazí.';
    expect($$(el, '.issue-list li').map(text)).to.deep.equal([
      `Služby › Pečovatelská služba › místo 1 › název: „${geocoder}“ není údaj, ale chybové hlášení nebo zástupný text${said}`,
      `Služby › Pečovatelská služba › kontakt › kontaktní osoba: „null“ není údaj, ale chybové hlášení nebo zástupný text${said}`,
      `Služby › Pečovatelská služba › popis: „#N/A“ není údaj, ale chybové hlášení nebo zástupný text${said}`,
    ]);
    await openTab(el, 'services');
    const description = field<HTMLTextAreaElement>(el, 'services', 0, 'description');
    expect(description!.getAttribute('aria-invalid')).to.equal('true');
    expect(errorsOf(el, description)).to.contain('„#N/A“ není údaj, ale chybové hlášení nebo zástupný text');
    await type(el, description, '');
    await until(() => issueCount(el) === 'Kontrola dat: nalezeny 2 chyby.');
    expect(description!.getAttribute('aria-invalid')).to.equal(null);
    expect(JSON.parse(el.json).services[0].description).to.equal(undefined);
  });

  it('shows a place at its municipality centre as ticked "approximate", and unticking it removes the flag', async () => {
    const service = {
      id: 'ps',
      name: 'Pečovatelská služba Příbram',
      type: 'pecovatelska-sluzba',
      locations: [{ address: { city: 'Příbram' }, lat: 49.685532, lon: 13.999045, approximate: true }],
    };
    const el = await editor();
    await chooseFile(el, JSON.stringify({ services: [service] }), 'registr.json');
    expect(issueCount(el)).to.equal('Kontrola dat: bez chyb.');
    await openTab(el, 'services');
    const box = field(el, 'services', 0, 'locations', 0, 'approximate')!;
    expect(box.checked).to.equal(true);
    expect(text(box.parentElement)).to.contain('Poloha přibližně: střed obce');
    // Exact coordinates entered: the place is no longer approximate.
    await type(el, field(el, 'services', 0, 'locations', 0, 'lat'), '49,6893');
    box.click();
    await el.updateComplete;
    expect(JSON.parse(el.json).services[0].locations).to.deep.equal([
      { address: { city: 'Příbram' }, lat: 49.6893, lon: 13.999045 },
    ]);
  });

  it('sets a place as the provider’s seat and back to a place of service', async () => {
    const service = {
      id: 'ps',
      name: 'Pečovatelská služba',
      type: 'pecovatelska-sluzba',
      locations: [{ address: { city: 'Zlín' } }],
    };
    const el = await editor();
    await chooseFile(el, JSON.stringify({ services: [service] }), 'data.json');
    await openTab(el, 'services');
    const select = field<HTMLSelectElement>(el, 'services', 0, 'locations', 0, 'role')!;
    expect(select.value).to.equal('');
    expect(text(select.parentElement)).to.contain('Druh místa');
    select.value = 'seat';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(JSON.parse(el.json).services[0].locations).to.deep.equal([{ address: { city: 'Zlín' }, role: 'seat' }]);
    expect(issueCount(el)).to.equal('Kontrola dat: bez chyb.');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(JSON.parse(el.json).services[0].locations).to.deep.equal([{ address: { city: 'Zlín' } }]);
  });

  it('edits what a person asks of a service: reads the plain hours into open-now hours, access, languages, fee, free places, checked date', async () => {
    const service = {
      id: 'poradna',
      name: 'Poradna',
      type: 'odborne-socialni-poradenstvi',
      openingHours: ['Po a St 8:00–12:00, 13:00–16:00'],
    };
    const el = await editor();
    await chooseFile(el, JSON.stringify({ services: [service] }), 'poradna.json');
    await openTab(el, 'services');
    const convert = $$<HTMLButtonElement>(el, 'button').find((b) => text(b).startsWith('Převést provozní dobu'));
    expect(convert, 'the convert button').to.not.equal(undefined);
    convert!.click();
    await el.updateComplete;
    expect(JSON.parse(el.json).services[0].hours).to.deep.equal([
      {
        weekly: [
          { days: ['mo', 'we'], opens: '08:00', closes: '12:00' },
          { days: ['mo', 'we'], opens: '13:00', closes: '16:00' },
        ],
      },
    ]);
    // Converted once: the button is gone, the fields show the times.
    expect($$(el, 'button').some((b) => text(b).startsWith('Převést provozní dobu'))).to.equal(false);
    expect(field(el, 'services', 0, 'hours', 0, 'weekly', 1, 'opens')!.value).to.equal('13:00');
    await type(el, field(el, 'services', 0, 'hours', 0, 'weekly', 1, 'closes'), '17:30');
    await choose(el, field<HTMLSelectElement>(el, 'services', 0, 'accessibility', 'level'), 'partial');
    const uk = $$<HTMLInputElement>(el, 'input[type="checkbox"]').find(
      (box) => text(box.parentElement) === 'ukrajinština',
    );
    uk!.click();
    await el.updateComplete;
    await choose(el, field<HTMLSelectElement>(el, 'services', 0, 'fee', 'kind'), 'free');
    await choose(el, field<HTMLSelectElement>(el, 'services', 0, 'availability', 'status'), 'waitlist');
    await type(el, field(el, 'services', 0, 'availability', 'date'), '2026-10-01');
    await type(el, field(el, 'services', 0, 'verified'), '2026-03-10');
    const saved = JSON.parse(el.json).services[0];
    expect(saved.hours[0].weekly[1].closes).to.equal('17:30');
    expect(saved.accessibility).to.deep.equal({ level: 'partial' });
    expect(saved.languages).to.deep.equal(['uk']);
    expect(saved.fee).to.deep.equal({ kind: 'free' });
    expect(saved.availability).to.deep.equal({ status: 'waitlist', date: '2026-10-01' });
    expect(saved.verified).to.equal('2026-03-10');
    expect(validateDataset(JSON.parse(el.json), 'x').issues).to.deep.equal([]);
    // A time that is no time is reported at its field.
    const opens = field(el, 'services', 0, 'hours', 0, 'weekly', 0, 'opens');
    await type(el, opens, '8 hodin');
    await until(() => opens!.getAttribute('aria-invalid') === 'true');
    expect(errorsOf(el, opens)).to.contain('Hodnota „8 hodin“ nemá správný tvar: zadejte čas jako 8:00.');
  });

  it('reminds of services whose details were checked over a year ago, with a link to the date', async () => {
    const recent = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const el = await editor();
    await chooseFile(
      el,
      JSON.stringify({
        services: [
          { id: 'a', name: 'Stará', type: 'osobni-asistence', verified: '2020-05-01' },
          { id: 'b', name: 'Nová', type: 'osobni-asistence', verified: recent },
          { id: 'c', name: 'Bez data', type: 'osobni-asistence' },
        ],
      }),
      'overeni.json',
    );
    // A reminder, not an error.
    expect(issueCount(el)).to.equal('Kontrola dat: bez chyb.');
    expect(text($(el, '.stale summary'))).to.equal('Ověřit znovu: 1 služba s údaji ověřenými před více než rokem');
    expect($$(el, '.stale li').map(text)).to.deep.equal(['Stará: ověřeno 2020-05-01']);
    $<HTMLAnchorElement>(el, '.stale a').click();
    await until(() => el.shadowRoot!.activeElement?.id === fieldId(['services', 0, 'verified']));
  });

  it('names an unknown key with the known one nearest to it', async () => {
    const el = await editor();
    await chooseFile(
      el,
      JSON.stringify({ services: [{ id: 's', name: 'S', type: 'osobni-asistence', telefon: '+420 777 123 456' }] }),
      'neznamy.json',
    );
    await until(() => $(el, '.issue-list') !== null);
    expect(text($(el, '.issue-list'))).to.contain('Pole „telefon“ schéma nezná (myslíte „contact.phone“?)');
  });

  it('is accessible with issues shown, and with a plan open', async () => {
    const el = await editor();
    await chooseFile(el, await fileText(SMALL), 'small.json');
    await openTab(el, 'services');
    await type(el, field(el, 'services', 0, 'locations', 0, 'lat'), '95');
    await type(el, field(el, 'services', 0, 'name'), '');
    await until(() => issueCount(el) === 'Kontrola dat: nalezeny 2 chyby.');
    await expect(el).shadowDom.to.be.accessible();

    await chooseFile(el, await fileText(KLADNO), 'kladno-plan.json');
    await openTab(el, 'plans');
    $$<HTMLDetailsElement>(el, '.plan-item')
      .slice(0, 2)
      .forEach((details) => {
        details.open = true;
      });
    await until(() => preview(el, 'kpss-plan')?.shadowRoot?.querySelector('.measure') != null);
    await expect(el).shadowDom.to.be.accessible();
  });
});

describe('editor dataset operations', () => {
  it('makes ids from Czech names', () => {
    expect(slugify('Pečovatelská služba Dačice')).to.equal('pecovatelska-sluzba-dacice');
    expect(slugify('  Řídící skupina – KPSS (2026)  ')).to.equal('ridici-skupina-kpss-2026');
  });

  it('reads validator field paths', () => {
    expect(parseFieldPath('locations[1].lat')).to.deep.equal(['locations', 1, 'lat']);
    expect(parseFieldPath('priorities[0].measures[2].serviceIds[1]')).to.deep.equal([
      'priorities',
      0,
      'measures',
      2,
      'serviceIds',
      1,
    ]);
  });

  it('removes objects left empty, but not records', () => {
    const doc: Record<string, unknown> = { services: [{ id: 's', fee: { free: true } }] };
    setAt(doc, ['services', 0, 'fee', 'free'], undefined);
    expect(doc).to.deep.equal({ services: [{ id: 's' }] });
    setAt(doc, ['services', 0, 'locations', 0, 'address', 'city'], 'Dačice');
    expect(doc).to.deep.equal({ services: [{ id: 's', locations: [{ address: { city: 'Dačice' } }] }] });
    deleteAt(doc, ['services', 0, 'locations', 0, 'address', 'city']);
    expect(doc).to.deep.equal({ services: [{ id: 's', locations: [{}] }] });
  });

  it('points references at a renamed id', () => {
    const doc = {
      services: [{ id: 's1' }],
      plans: [{ priorities: [{ serviceIds: ['s1', 's2'], measures: [{ serviceIds: ['s1'], activities: [] }] }] }],
    };
    expect(renameReferences(doc, 'services', 's1', 'nova')).to.equal(2);
    expect(doc.plans[0]!.priorities[0]!.serviceIds).to.deep.equal(['nova', 's2']);
    expect(doc.plans[0]!.priorities[0]!.measures[0]!.serviceIds).to.deep.equal(['nova']);
  });
});
