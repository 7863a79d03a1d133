/**
 * Huge inputs: a 10,000-character description, and a group of 500 members.
 * No time bound is asserted: only that everything renders and stays usable.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/catalogue/index.js';
import '../../src/roster/index.js';
import type { KpssCatalogue } from '../../src/catalogue/catalogue.js';
import type { KpssDataset, Member } from '../../src/core/types.js';
import type { TriadSide } from '../../src/core/vocabulary.js';
import type { KpssRoster } from '../../src/roster/roster.js';
import { until } from '../helpers.js';
import { $, $$, fold, horizontalOverflow, mount, trackErrors, unmountAll } from './support.js';

const WORDS = ['pomoc', 'senioři', 'domácnost', 'doprava', 'nákupy', 'hygiena', 'poradenství', 'rodina'];

/** About 10,000 characters of prose ending in a word found nowhere else. */
const PROSE = `${Array.from({ length: 1300 }, (_, i) => WORDS[i % WORDS.length])
  .join(' ')
  .slice(0, 9985)} zahradníkův`;
/** 10,000 characters without a single space. */
const UNBROKEN = 'Pečovatelskáslužba'.repeat(556).slice(0, 10_000);

const CATALOGUE: KpssDataset = {
  services: [
    { id: 'prose', name: 'Služba s dlouhým popisem', type: 'pecovatelska-sluzba', description: PROSE },
    { id: 'unbroken', name: 'Služba s popisem bez mezer', type: 'osobni-asistence', description: UNBROKEN },
    { id: 'short', name: 'Krátká služba', type: 'odborne-socialni-poradenstvi', description: 'Krátký popis.' },
  ],
};

const SIDES: TriadSide[] = ['zadavatel', 'poskytovatel', 'uzivatel', 'verejnost'];
const FIRST = ['Jana', 'Petr', 'Eva', 'Karel', 'Marie', 'Tomáš', 'Lucie', 'Jiří'];
const LAST = ['Nováková', 'Svoboda', 'Dvořáková', 'Černý', 'Procházková', 'Kučera', 'Veselá', 'Horák'];

const members: Member[] = Array.from({ length: 500 }, (_, i) => ({
  id: `m${i}`,
  name: `${FIRST[i % 8]} ${LAST[(i >> 3) % 8]} ${String(i).padStart(3, '0')}`,
  function: i % 5 === 0 ? 'zástupce veřejnosti' : undefined,
  side: SIDES[i % 4],
  role: i === 0 ? 'predseda' : 'clen',
  email: `clen${i}@example.cz`,
}));

const ROSTER: KpssDataset = {
  groups: [{ id: 'velka', kind: 'pracovni', name: 'Velká pracovní skupina', members }],
};

const startUrl = location.href;

describe('huge inputs', function () {
  this.timeout(60000);
  let errors: ReturnType<typeof trackErrors>;

  beforeEach(() => {
    errors = trackErrors();
  });

  afterEach(async () => {
    errors.stop();
    unmountAll();
    history.replaceState(null, '', startUrl);
    await setViewport({ width: 800, height: 600 });
    expect(errors.errors).to.deep.equal([]);
  });

  for (const [width, label] of [
    [800, 'a desktop'],
    [360, 'a phone'],
  ] as const) {
    it(`a 10,000-character description: the detail scrolls, fits ${label} screen and closes (${width} px)`, async () => {
      await setViewport({ width, height: 700 });
      const el = await mount<KpssCatalogue>('<kpss-catalogue></kpss-catalogue>');
      el.data = CATALOGUE;
      await until(() => $$(el, '.card').length === 3);
      expect(horizontalOverflow($(el, '.base'))).to.deep.equal([]);
      const dialog = $<HTMLDialogElement>(el, 'dialog');
      for (const [id, text] of [
        ['prose', PROSE],
        ['unbroken', UNBROKEN],
      ] as const) {
        const opener = $$<HTMLButtonElement>(el, 'button.title').find((b) => b.dataset.serviceId === id)!;
        opener.focus();
        await sendKeys({ press: 'Enter' });
        await until(() => dialog.open);
        expect(fold($(el, '.detail').textContent)).to.contain(text);
        // The dialog fits the screen and scrolls inside; nothing sticks out sideways.
        const box = dialog.getBoundingClientRect();
        expect(box.top, id).to.be.at.least(0);
        expect(box.bottom, id).to.be.at.most(700);
        expect(box.right, id).to.be.at.most(width);
        expect(dialog.scrollHeight, id).to.be.greaterThan(dialog.clientHeight);
        expect(horizontalOverflow(dialog), id).to.deep.equal([]);
        // The actions after the description are reachable by keyboard and scroll into view.
        const share = await (async () => {
          for (let i = 0; i < 10; i++) {
            await sendKeys({ press: 'Tab' });
            const active = el.shadowRoot!.activeElement;
            if (active?.closest('.detail-actions')) return active as HTMLElement;
          }
          return null;
        })();
        expect(share, `${id}: the actions are reachable`).to.not.equal(null);
        await until(() => {
          const rect = share!.getBoundingClientRect();
          const frame = dialog.getBoundingClientRect();
          return rect.top >= frame.top && rect.bottom <= frame.bottom;
        });
        await sendKeys({ press: 'Escape' });
        await until(() => !dialog.open);
        expect(el.shadowRoot!.activeElement).to.equal(opener);
      }
      // The last word of the long description is searchable.
      const input = $<HTMLInputElement>(el, '#q');
      input.value = 'zahradníkův';
      input.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect($$(el, '.card button.title').map((b) => b.dataset.serviceId)).to.deep.equal(['prose']);
    });
  }

  it("500 members in one group: all rendered in every layout, the triad adds up, each member's e-mail is a Tab stop, in order", async () => {
    const el = await mount<KpssRoster>(
      '<div><button id="before">před</button><kpss-roster></kpss-roster><button id="after">po</button></div>',
    );
    const roster = el.querySelector('kpss-roster') as KpssRoster;
    roster.data = ROSTER;
    await until(() => $$(roster, '.member').length === 500);
    for (const layout of ['list', 'table', 'cards'] as const) {
      roster.layout = layout;
      await roster.updateComplete;
      expect($$(roster, '.member'), layout).to.have.length(500);
      expect(horizontalOverflow($(roster, '.base')), layout).to.deep.equal([]);
    }
    const counts = $$(roster, '.triad .counts strong').map((s) => Number(s.textContent));
    expect(counts.reduce((a, b) => a + b, 0)).to.equal(500);
    expect(fold($(roster, '.kind').textContent)).to.contain('500');

    // Keyboard: from the button before, Tab visits every member's e-mail in order, and nothing else inside.
    (el.querySelector('#before') as HTMLElement).focus();
    const mails = $$<HTMLAnchorElement>(roster, '.member a[href^="mailto:"]');
    expect(mails).to.have.length(500);
    const visited: Element[] = [];
    for (let i = 0; i < 520; i++) {
      await sendKeys({ press: 'Tab' });
      const active = roster.shadowRoot!.activeElement ?? document.activeElement;
      if (active?.id === 'after') break;
      if (active) visited.push(active);
    }
    expect(visited).to.have.length(500);
    expect(
      visited.every((stop, i) => stop === mails[i]),
      'in order',
    ).to.equal(true);
  });
});
