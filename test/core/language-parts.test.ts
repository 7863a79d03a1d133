/**
 * Each element owns its English and Ukrainian texts: a page loads the shared texts and the texts of
 * the elements it shows, and an element whose module arrives later still speaks the page's language.
 * This page imports the roster alone; the map's module is imported in the middle of a test.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/roster/index.js';
import { addTexts, languagePending, loadLanguage, type Strings, stringsOf } from '../../src/core/i18n.js';
import type { KpssRoster } from '../../src/roster/roster.js';
import { shadowText, until } from '../helpers.js';

const requested = (pattern: RegExp) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => pattern.test(path));

describe('language parts', () => {
  it('an English roster loads the shared and the roster’s English, nothing of the other elements', async () => {
    const el = await fixture<KpssRoster>(html`<kpss-roster lang="en" src="/test/fixtures/roster.json"></kpss-roster>`);
    await until(() => shadowText(el).includes('Representation of the sides'));
    expect(shadowText(el)).to.not.contain('Zastoupení stran');
    expect(requested(/\/strings\/en\.ts$/).sort()).to.deep.equal([
      '/src/core/strings/en.ts',
      '/src/roster/strings/en.ts',
    ]);
    expect(requested(/\/strings\/uk\.ts$/)).to.deep.equal([]);
  });

  it('an element whose module loads after the language’s shared texts waits for its own and speaks the language', async () => {
    expect(languagePending('en'), 'the shared English and the roster’s are here').to.equal(false);
    await import('../../src/map/index.js');
    // The map's English is a part of its own, not loaded yet.
    expect(languagePending('en')).to.equal(true);
    const el = await fixture(html`<kpss-map lang="en" .data=${{ services: [] }}></kpss-map>`);
    await until(() => shadowText(el).includes('No service has a place on the map.'));
    expect(shadowText(el)).to.not.contain('Žádná služba');
    expect(requested(/\/map\/strings\/en\.ts$/)).to.have.length(1);
  });

  it('a part that cannot be loaded leaves its texts in Czech, the others in the language, and is not asked for again', async () => {
    const asked: string[] = [];
    const czech = { label: 'Komunitní plán' } as Strings['plan'];
    addTexts('plan', czech, (lang) => {
      asked.push(lang);
      return Promise.reject(new Error('offline'));
    });
    expect(languagePending('uk')).to.equal(true);
    // Two elements asking at once share one request.
    await Promise.all([loadLanguage('uk'), loadLanguage('uk')]);
    expect(languagePending('uk'), 'nothing left to wait for').to.equal(false);
    await loadLanguage('uk');
    expect(asked.filter((lang) => lang === 'uk')).to.have.length(1);
    const texts = stringsOf('uk');
    expect(texts.plan).to.equal(czech);
    expect(texts.retry).to.equal('Спробувати ще раз');
    expect(texts.roster.triad).to.not.equal(stringsOf('cs').roster.triad);
  });
});
