/** What the section forms share: the host they need, address and contact sub-forms, the id field. */
import { html, type TemplateResult } from 'lit';
import type { Draft, Path, RecordSection } from '../dataset-ops.js';
import { type FieldHost, group, linesField, textField } from '../fields.js';

/** The editor as the section forms see it. */
export interface SectionHost extends FieldHost {
  readonly doc: Draft;
  /** The id field of a record was focused: remember its id for the references. */
  idFocused(section: RecordSection, index: number): void;
  /** The id was typed by hand: it no longer follows the name. */
  idTyped(section: RecordSection, index: number): void;
  /** The id was committed: references to the old id follow it. */
  idCommitted(section: RecordSection, index: number): void;
}

/** The id of a record, with what it is for. */
export function idField(host: SectionHost, section: RecordSection, index: number, hint?: string): TemplateResult {
  return textField(host, [section, index, 'id'], 'Identifikátor', {
    required: true,
    hint:
      hint ??
      'Stálé označení záznamu (bez mezer a diakritiky). U nového záznamu se tvoří z názvu; odkazy v ostatních záznamech se při změně upraví.',
    onFocus: () => host.idFocused(section, index),
    onInput: () => host.idTyped(section, index),
    onCommit: () => host.idCommitted(section, index),
  });
}

/** Address fields; the municipality is required once any part of the address is filled in. */
export function addressFields(host: FieldHost, path: Path, legend = 'Adresa'): TemplateResult {
  const at = (key: string): Path => [...path, key];
  return group(
    host,
    path,
    legend,
    html`<div class="row">
        ${textField(host, at('street'), 'Ulice', { autocomplete: 'off' })}
        ${textField(host, at('number'), 'Číslo domu', { hint: 'Např. 125 nebo 1234/5', className: 'narrow' })}
      </div>
      <div class="row">
        ${textField(host, at('city'), 'Obec', { required: true, hint: 'Povinná, pokud vyplníte adresu.' })}
        ${textField(host, at('cityPart'), 'Část obce')}
        ${textField(host, at('postcode'), 'PSČ', { hint: 'Např. 380 01', inputmode: 'numeric', className: 'narrow' })}
      </div>
      <div class="row">
        ${textField(host, at('district'), 'Okres')} ${textField(host, at('region'), 'Kraj')}
        ${textField(host, at('cityCode'), 'Kód obce (RÚIAN)', { hint: '6 číslic', inputmode: 'numeric', className: 'narrow' })}
      </div>`,
  );
}

/** Contact fields: a person and lists of e-mails, phones and web addresses. */
export function contactFields(host: FieldHost, path: Path, legend = 'Kontakt', extra?: TemplateResult): TemplateResult {
  const at = (key: string): Path => [...path, key];
  return group(
    host,
    path,
    legend,
    html`${extra ?? ''} ${textField(host, at('person'), 'Kontaktní osoba nebo oddělení')}
      <div class="row">
        ${linesField(host, at('email'), 'E-maily', { hint: 'Každý e-mail na samostatný řádek.', inputmode: 'email' })}
        ${linesField(host, at('phone'), 'Telefony', { hint: 'Každé číslo na samostatný řádek, např. +420 384 401 262.' })}
        ${linesField(host, at('web'), 'Webové stránky', { hint: 'Každou adresu na samostatný řádek.' })}
      </div>`,
  );
}
