/**
 * <snippet-builder>: the admin chooses elements and options, sees them live,
 * and copies the HTML for the CMS. A demo page, not part of the library.
 */
import { css, html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { baseStyles } from '../../src/core/styles.js';
import {
  absoluteUrl,
  DEFAULT_OPTIONS,
  type ElementName,
  escapeAttribute,
  folderUrl,
  isAbsolute,
  PLACEHOLDER_BASE,
  type SnippetOptions,
  snippet,
} from './snippet.js';

const ELEMENTS: { name: ElementName; label: string; hint: string }[] = [
  { name: 'catalogue', label: 'Katalog služeb', hint: '<kpss-catalogue>: vyhledávání, filtry, detail služby' },
  { name: 'map', label: 'Mapa služeb', hint: '<kpss-map>: služby na mapě' },
  { name: 'roster', label: 'Skupiny a členové', hint: '<kpss-roster>: řídící a pracovní skupiny' },
  { name: 'plan', label: 'Komunitní plán', hint: '<kpss-plan>: priority, opatření, plnění' },
];

export class SnippetBuilder extends LitElement {
  /** The widgets' own base styles (colours, fields, buttons, focus), with the builder's layout on top. */
  static override styles = [
    baseStyles,
    css`
      :host {
        font: inherit;
        color: var(--_text);
      }
      form {
        display: grid;
        gap: 1em;
      }
      fieldset {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.75em 1em 1em;
        margin: 0;
        display: grid;
        gap: 0.6em;
      }
      legend {
        font-weight: 700;
        padding: 0 0.3em;
      }
      label {
        display: grid;
        gap: 0.2em;
      }
      label.check {
        display: flex;
        gap: 0.5em;
        align-items: baseline;
      }
      .hint {
        color: var(--_muted);
        font-size: 0.9em;
      }
      .warning {
        background: var(--_warning-bg, #fff4d6);
        border-left: 4px solid var(--_danger, #a4161a);
        padding: 0.4em 0.8em;
        margin: 0;
      }
      textarea {
        width: 100%;
        font-family: ui-monospace, 'Cascadia Mono', Consolas, monospace;
        font-size: 0.9em;
      }
      button {
        justify-self: start;
      }
      .output {
        display: grid;
        gap: 0.5em;
      }
      iframe {
        width: 100%;
        height: 40em;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: #fff;
      }
    `,
  ];

  /** The library the preview loads (the admin's `scriptUrl` may not exist yet). */
  @property({ attribute: 'preview-script' }) previewScript = '../src/index.ts';

  /**
   * The preview's script is a classic single-file build, not a module: Chromium refuses module scripts on
   * pages opened from file://, and the released admin pages open from the unzipped folder.
   */
  @property({ type: Boolean, attribute: 'preview-classic' }) previewClassic = false;

  /**
   * Data files for the preview (relative to this page), instead of the snippet's own addresses, which may
   * not exist yet. A `<script type="application/json">` inside the element, or a file the admin chooses,
   * goes before both: it needs no fetch, so the preview shows it from file:// too.
   */
  @property({ attribute: 'preview-src' }) previewSrc = '';

  /** Data files to start with in the snippet (separated by spaces or lines). */
  @property({ attribute: 'data-urls' }) initialDataUrls = '';

  /** The folder's address to start with, e.g. worked out by the page from where it is served. */
  @property({ attribute: 'base-url' }) initialBaseUrl = '';

  /** Dataset JSON the preview shows inside the elements, and what it is. */
  @state() private previewData = '';
  @state() private previewDataName = '';
  @state() private previewDataError = '';

  @state() private options: SnippetOptions = { ...DEFAULT_OPTIONS };
  @state() private copied = '';
  /** The preview's page, renewed a moment after typing stops (each renewal reloads the frame). */
  @state() private preview = '';
  private previewTimer = 0;

  @query('#code') private code?: HTMLTextAreaElement;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.initialDataUrls)
      this.options = { ...this.options, dataUrls: this.initialDataUrls.split(/\s+/).filter(Boolean) };
    if (this.initialBaseUrl) this.options = { ...this.options, baseUrl: this.initialBaseUrl };
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline?.textContent?.trim()) {
      this.previewData = inline.textContent;
      this.previewDataName = inline.getAttribute('data-name') || 'ukázková data';
    }
    this.preview = this.previewDocument();
  }

  /** The current HTML, for scripts and tests. */
  get html(): string {
    return snippet(this.options);
  }

  private set<K extends keyof SnippetOptions>(key: K, value: SnippetOptions[K]): void {
    this.options = { ...this.options, [key]: value };
    this.copied = '';
    clearTimeout(this.previewTimer);
    this.previewTimer = window.setTimeout(() => (this.preview = this.previewDocument()), 500);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
  }

  /** The preview shows a dataset file the admin chose (read here, nothing is sent anywhere). */
  private async choosePreviewFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const text = await file.text();
    try {
      JSON.parse(text);
    } catch {
      this.previewDataError = `Soubor „${file.name}“ není platný JSON; náhled ukazuje dál předchozí data.`;
      return;
    }
    this.previewDataError = '';
    this.previewData = text;
    this.previewDataName = file.name;
    this.preview = this.previewDocument();
  }

  private text(key: 'baseUrl' | 'scriptUrl' | 'catalogueId' | 'mapTiles' | 'rosterId' | 'rosterGroup') {
    return (event: Event) => this.set(key, (event.target as HTMLInputElement).value);
  }

  private toggle(name: ElementName, on: boolean): void {
    const elements = ELEMENTS.map((e) => e.name).filter((n) => (n === name ? on : this.options.elements.includes(n)));
    this.set('elements', elements);
  }

  private async copy(): Promise<void> {
    const text = this.html;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Without clipboard permission: select the code so Ctrl+C copies it.
      this.code?.focus();
      this.code?.select();
      this.copied = 'Kód je označený, zkopírujte ho klávesami Ctrl+C.';
      return;
    }
    this.copied = 'Kód je zkopírovaný. Vložte ho do stránky v redakčním systému.';
  }

  /** The snippet as a page of its own, with the local library instead of the admin's URL. */
  private previewDocument(): string {
    const o = this.options;
    const dataUrls = this.previewSrc
      ? this.previewSrc.split(/\s+/).filter(Boolean)
      : o.dataUrls.map((url) => absoluteUrl(url, o.baseUrl));
    // Relative addresses here are the preview's own, resolved against this page (the <base> below).
    const body = snippet(
      { ...o, baseUrl: '', scriptUrl: this.previewScript, dataUrls },
      { classicScript: this.previewClassic, inlineData: this.previewData || undefined },
    );
    return `<!doctype html><html lang="cs"><head><meta charset="utf-8"><base href="${escapeAttribute(document.baseURI)}">
      <style>body{font-family:system-ui,sans-serif;margin:1em;display:grid;gap:2em}</style></head>
      <body>${body}</body></html>`;
  }

  /** Why the snippet would not work when pasted into a page, or '' when it would. */
  private get addressProblem(): string {
    const o = this.options;
    const folder = folderUrl(o.baseUrl);
    if (!folder) {
      return o.baseUrl.trim()
        ? 'Adresa složky musí být celá adresa webu, např. https://www.obec.cz/kpss/ (ne jen /kpss/).'
        : 'Vyplňte adresu složky, kam jste nahráli soubory.';
    }
    if (folder === PLACEHOLDER_BASE) return 'Adresa složky je zatím jen příklad: napište adresu složky na vašem webu.';
    const urls = [o.scriptUrl, ...o.dataUrls].map((url) => absoluteUrl(url, o.baseUrl)).filter(Boolean);
    return urls.every(isAbsolute) ? '' : 'Některá adresa není adresa webu (http:// nebo https://).';
  }

  protected override render() {
    const o = this.options;
    const has = (name: ElementName) => o.elements.includes(name);
    const problem = this.addressProblem;
    return html`
      <form @submit=${(e: Event) => e.preventDefault()}>
        <fieldset>
          <legend>Soubory na vašem webu</legend>
          <label>
            Adresa složky se soubory
            <span class="hint" id="base-hint">
              Celá adresa složky, kam jste na web nahráli obsah složky kpss/ z balíčku (je v ní soubor
              kpss-widgets.js), např. https://www.obec.cz/kpss/. Kód pak funguje na kterékoli stránce webu.
            </span>
            <input
              type="text"
              inputmode="url"
              name="base"
              aria-describedby="base-hint"
              .value=${o.baseUrl}
              @input=${this.text('baseUrl')}
            />
          </label>
          <label>
            Skript knihovny
            <span class="hint" id="script-hint">
              Soubor ve složce (kpss-widgets.js), nebo celá adresa, např. z CDN:
              https://cdn.jsdelivr.net/npm/kpss-widgets@verze/dist/kpss-widgets.js
            </span>
            <input type="text" name="script" aria-describedby="script-hint" .value=${o.scriptUrl} @input=${this.text('scriptUrl')} />
          </label>
          <label>
            Adresy dat JSON (každou na samostatný řádek)
            <span class="hint" id="data-hint">
              Soubory ve složce (např. data/katalog.json) nebo celé adresy. Více souborů se spojí, např. data
              několika obcí na krajském portálu.
            </span>
            <textarea
              rows="3"
              aria-describedby="data-hint"
              .value=${o.dataUrls.join('\n')}
              @input=${(e: Event) => this.set('dataUrls', (e.target as HTMLTextAreaElement).value.split('\n'))}
            ></textarea>
          </label>
        </fieldset>

        <fieldset>
          <legend>Prvky na stránce</legend>
          ${ELEMENTS.map(
            (e) => html`<label class="check">
              <input
                type="checkbox"
                name="element"
                value=${e.name}
                .checked=${has(e.name)}
                @change=${(ev: Event) => this.toggle(e.name, (ev.target as HTMLInputElement).checked)}
              />
              <span>${e.label} <span class="hint">${e.hint}</span></span>
            </label>`,
          )}
        </fieldset>

        ${
          has('catalogue')
            ? html`<fieldset>
              <legend>Katalog</legend>
              <label>
                Identifikátor (id)
                <span class="hint" id="cat-id-hint">Propojí mapu a plán s katalogem a odliší ho v adrese stránky.</span>
                <input type="text" aria-describedby="cat-id-hint" .value=${o.catalogueId} @input=${this.text('catalogueId')} />
              </label>
              <label>
                Kolik výsledků ukázat najednou
                <input
                  type="number"
                  min="5"
                  max="200"
                  .value=${String(o.pageSize)}
                  @input=${(e: Event) => this.set('pageSize', Number((e.target as HTMLInputElement).value) || 30)}
                />
              </label>
            </fieldset>`
            : nothing
        }
        ${
          has('map')
            ? html`<fieldset>
              <legend>Mapa</legend>
              ${
                has('catalogue')
                  ? html`<label class="check">
                    <input
                      type="checkbox"
                      .checked=${o.mapLinked}
                      @change=${(e: Event) => this.set('mapLinked', (e.target as HTMLInputElement).checked)}
                    />
                    <span>Propojit s katalogem (mapa ukazuje výsledky hledání)</span>
                  </label>`
                  : nothing
              }
              <label class="check">
                <input
                  type="checkbox"
                  .checked=${o.mapConsent}
                  @change=${(e: Event) => this.set('mapConsent', (e.target as HTMLInputElement).checked)}
                />
                <span>Mapové podklady cizího serveru načíst až po souhlasu návštěvníka</span>
              </label>
              <label>
                Mapové dlaždice (nepovinné)
                <span class="hint" id="tiles-hint">Šablona adresy, např. https://tile.example.cz/{z}/{x}/{y}.png; prázdné = OpenStreetMap.</span>
                <input type="text" aria-describedby="tiles-hint" .value=${o.mapTiles} @input=${this.text('mapTiles')} />
              </label>
            </fieldset>`
            : nothing
        }
        ${
          has('roster')
            ? html`<fieldset>
              <legend>Skupiny a členové</legend>
              <label>
                Která skupina
                <span class="hint" id="group-hint">„steering“ = řídící skupina, id skupiny z dat, prázdné = všechny.</span>
                <input type="text" aria-describedby="group-hint" .value=${o.rosterGroup} @input=${this.text('rosterGroup')} />
              </label>
              <label>
                Vzhled
                <select @change=${(e: Event) => this.set('rosterLayout', (e.target as HTMLSelectElement).value as SnippetOptions['rosterLayout'])}>
                  <option value="cards" ?selected=${o.rosterLayout === 'cards'}>karty</option>
                  <option value="list" ?selected=${o.rosterLayout === 'list'}>seznam</option>
                  <option value="table" ?selected=${o.rosterLayout === 'table'}>tabulka</option>
                </select>
              </label>
            </fieldset>`
            : nothing
        }

        <fieldset>
          <legend>Jazyk a barvy</legend>
          <label>
            Jazyk
            <select @change=${(e: Event) => this.set('lang', (e.target as HTMLSelectElement).value as SnippetOptions['lang'])}>
              <option value="" ?selected=${o.lang === ''}>podle stránky</option>
              <option value="cs" ?selected=${o.lang === 'cs'}>čeština</option>
              <option value="en" ?selected=${o.lang === 'en'}>angličtina</option>
              <option value="uk" ?selected=${o.lang === 'uk'}>ukrajinština</option>
            </select>
          </label>
          <label>
            Barevné schéma
            <select
              @change=${(e: Event) => this.set('colorScheme', (e.target as HTMLSelectElement).value as SnippetOptions['colorScheme'])}
            >
              <option value="light" ?selected=${o.colorScheme === 'light'}>světlé</option>
              <option value="dark" ?selected=${o.colorScheme === 'dark'}>tmavé</option>
              <option value="auto" ?selected=${o.colorScheme === 'auto'}>podle systému návštěvníka</option>
            </select>
          </label>
        </fieldset>
      </form>

      <section class="output" aria-labelledby="code-label">
        <h2 id="code-label">Kód k vložení do stránky</h2>
        <p class="hint">
          WordPress: blok „Vlastní HTML“. Vismo, Drupal a jiné: pole pro vlastní HTML kód. Celý kód vložte na jedno místo.
          Řádky <code>modulepreload</code> jmenují soubory této verze knihovny: po nahrání nové verze kód sestavte znovu
          (starý dál funguje, jen se načítá pomaleji).
        </p>
        ${problem ? html`<p class="warning" id="address-problem">${problem}</p>` : nothing}
        <textarea id="code" rows="8" readonly aria-labelledby="code-label" .value=${this.html}></textarea>
        <button type="button" class="primary" @click=${() => this.copy()}>Kopírovat kód</button>
        <p role="status" class="hint">${this.copied}</p>
        <h2>Náhled</h2>
        <p class="hint" id="preview-data">
          ${
            this.previewData
              ? `Náhled ukazuje ${this.previewDataName}.`
              : this.previewSrc
                ? 'Náhled ukazuje ukázková data.'
                : 'Náhled načítá data z adres výše; ukáže je, jen když už na webu jsou a server je dovolí načíst.'
          }
        </p>
        <label>
          Náhled s vaším souborem dat
          <span class="hint" id="preview-file-hint">Soubor se jen přečte v tomto prohlížeči, nikam se neodesílá.</span>
          <input
            type="file"
            name="preview-file"
            accept=".json,application/json"
            aria-describedby="preview-file-hint"
            @change=${(e: Event) => this.choosePreviewFile(e)}
          />
        </label>
        ${this.previewDataError ? html`<p class="warning" role="alert">${this.previewDataError}</p>` : nothing}
        <iframe title="Náhled vložených prvků" .srcdoc=${this.preview}></iframe>
      </section>
    `;
  }
}

if (!customElements.get('snippet-builder')) customElements.define('snippet-builder', SnippetBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'snippet-builder': SnippetBuilder;
  }
}
