/** Poskytovatelé: one provider's form. */
import { html, type TemplateResult } from 'lit';
import type { Path } from '../dataset-ops.js';
import { textField } from '../fields.js';
import { addressFields, contactFields, idField, type SectionHost } from './common.js';

export function renderProvider(host: SectionHost, index: number): TemplateResult {
  const at = (key: string): Path => ['providers', index, key];
  return html`${textField(host, at('name'), 'Název poskytovatele', { required: true, className: 'wide' })}
    <div class="row">
      ${idField(host, 'providers', index)}
      ${textField(host, at('ico'), 'IČO', { hint: '8 číslic', inputmode: 'numeric', className: 'narrow' })}
      ${textField(host, at('legalForm'), 'Právní forma', { hint: 'Např. spolek, obecně prospěšná společnost' })}
    </div>
    ${textField(host, at('description'), 'Popis', { multiline: true })} ${addressFields(host, at('address'), 'Adresa sídla')}
    ${contactFields(host, at('contact'))}`;
}
