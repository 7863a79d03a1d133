/** Základní údaje: the dataset's title, area, date, source, licence and coordinator. */
import { html, type TemplateResult } from 'lit';
import type { Path } from '../dataset-ops.js';
import { checkboxField, group, selectField, textField, wordGroupsField } from '../fields.js';
import { contactFields, type SectionHost } from './common.js';

const LEVELS = [
  { value: 'obec', label: 'obec' },
  { value: 'orp', label: 'obec s rozšířenou působností (ORP)' },
  { value: 'kraj', label: 'kraj' },
  { value: 'stat', label: 'stát' },
];

/** Today as RRRR-MM-DD in local time. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function renderMeta(host: SectionHost): TemplateResult {
  const at = (...keys: string[]): Path => ['meta', ...keys];
  return html`<h2 class="section-title">Základní údaje</h2>
    <p class="intro">Údaje o celé datové sadě: co obsahuje, za jaké území a kdo se o ni stará.</p>
    ${textField(host, at('title'), 'Název datové sady', { hint: 'Např. Sociální služby Dačicka', className: 'wide' })}
    ${group(
      host,
      at('area'),
      'Území',
      html`<div class="row">
        ${textField(host, at('area', 'name'), 'Název území', {
          required: true,
          hint: 'Povinný, pokud vyplníte úroveň nebo kód.',
        })}
        ${selectField(host, at('area', 'level'), 'Úroveň', LEVELS)}
        ${textField(host, at('area', 'code'), 'Kód území', { hint: 'Např. kód obce z RÚIAN', className: 'narrow' })}
      </div>`,
    )}
    <div class="row">
      <div class="with-button">
        ${textField(host, at('updated'), 'Datum aktualizace', { hint: 'Ve tvaru RRRR-MM-DD.', inputmode: 'numeric' })}
        <button type="button" class="small" @click=${() => host.write(at('updated'), today())}>
          Dnešní datum<span class="visually-hidden"> do pole Datum aktualizace</span>
        </button>
      </div>
      ${textField(host, at('licence'), 'Licence', { hint: 'Např. CC BY 4.0' })}
    </div>
    ${textField(host, at('source'), 'Zdroj dat', { multiline: true, hint: 'Odkud data pocházejí, kdo je sestavil.' })}
    ${checkboxField(host, at('sample'), 'Ukázková data (obsah je zčásti smyšlený)', {
      hint: 'Widgety pak zobrazí upozornění, že jde o ukázku.',
    })}
    ${contactFields(
      host,
      at('coordinator'),
      'Koordinátor komunitního plánování',
      html`<div class="row">
        ${textField(host, at('coordinator', 'name'), 'Název (např. odbor)')}
        ${textField(host, at('coordinator', 'organisation'), 'Organizace')}
      </div>`,
    )}
    ${wordGroupsField(host, at('synonyms'), 'Synonyma pro vyhledávání', {
      hint: 'Každá skupina slov se stejným významem na samostatný řádek, slova oddělená čárkou (aspoň dvě), např.: dluhy, exekuce, insolvence',
    })}`;
}
