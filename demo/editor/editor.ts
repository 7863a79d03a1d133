/**
 * <kpss-data-editor>: a coordinator opens a dataset file (or starts empty),
 * edits it in forms checked against the dataset schema, previews the
 * widgets and downloads the JSON. Everything stays in this page's memory.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import '../../src/catalogue/index.js';
import '../../src/map/index.js';
import '../../src/plan/index.js';
import '../../src/roster/index.js';
import { installFieldSuggestions } from '../../src/core/field-names.js';
import { redactHiddenLocations } from '../../src/core/hidden.js';
import { plural } from '../../src/core/strings/plural.js';
import { baseStyles } from '../../src/core/styles.js';
import type { KpssDataset } from '../../src/core/types.js';
import { validateDataset } from '../../src/core/validate.js';

import {
  addItem,
  countId,
  type Draft,
  deleteAt,
  getAt,
  idFromName,
  insertItem,
  isObject,
  listAt,
  moveItem,
  newGroup,
  newPlan,
  newProvider,
  newService,
  type Path,
  parseFieldPath,
  pathKey,
  RECORD_SECTIONS,
  type RecordSection,
  removeItem,
  renameReferences,
  SECTION_NAMES,
  serialise,
  setAt,
} from './dataset-ops.js';
import { editorStyles } from './editor.styles.js';
import { fieldId, itemToolbar, renderErrors } from './fields.js';
import { DOWNLOAD_NAME, DownloadLink, readDatasetFile } from './io.js';
import {
  describeFieldPath,
  type EditorIssue,
  indexIssues,
  issueCount,
  issueCountSentence,
  placeIssues,
  recordName,
} from './issues.js';
import type { SectionHost } from './sections/common.js';
import { renderGroup } from './sections/groups.js';
import { renderMeta } from './sections/meta.js';
import { renderPlan } from './sections/plan.js';
import { renderProvider } from './sections/providers.js';
import { renderService } from './sections/services.js';

// Where data is fixed, an unknown key comes with the known name nearest to it ("telefon" → "contact.phone").
installFieldSuggestions();

export type EditorTab = 'meta' | RecordSection;
export type PreviewTab = 'catalogue' | 'map' | 'roster' | 'plan';

const TABS: readonly EditorTab[] = ['meta', ...RECORD_SECTIONS];
const TAB_LABELS: Record<EditorTab, string> = { meta: 'Základní údaje', ...SECTION_NAMES };

const PREVIEWS: readonly PreviewTab[] = ['catalogue', 'map', 'roster', 'plan'];
const PREVIEW_LABELS: Record<PreviewTab, string> = {
  catalogue: 'Katalog',
  map: 'Mapa',
  roster: 'Skupiny',
  plan: 'Plán',
};

/** The preview tab that shows a section best. */
const PREVIEW_OF: Record<EditorTab, PreviewTab> = {
  meta: 'catalogue',
  providers: 'catalogue',
  services: 'catalogue',
  groups: 'roster',
  plans: 'plan',
};

/** Words for one section's records. */
const RECORD_WORDS: Record<
  RecordSection,
  { one: string; add: string; none: string; untitled: string; removed: string }
> = {
  providers: {
    one: 'Poskytovatel',
    removed: 'byl odstraněn',
    add: 'Přidat poskytovatele',
    none: 'Zatím zde není žádný poskytovatel.',
    untitled: 'poskytovatel bez názvu',
  },
  services: {
    one: 'Služba',
    removed: 'byla odstraněna',
    add: 'Přidat službu',
    none: 'Zatím zde není žádná služba.',
    untitled: 'služba bez názvu',
  },
  groups: {
    one: 'Skupina',
    removed: 'byla odstraněna',
    add: 'Přidat skupinu',
    none: 'Zatím zde není žádná skupina.',
    untitled: 'skupina bez názvu',
  },
  plans: {
    one: 'Plán',
    removed: 'byl odstraněn',
    add: 'Přidat komunitní plán',
    none: 'Zatím zde není žádný komunitní plán.',
    untitled: 'plán bez názvu',
  },
};

const RECORD_FORMS: Record<RecordSection, (host: SectionHost, index: number) => TemplateResult> = {
  providers: renderProvider,
  services: renderService,
  groups: renderGroup,
  plans: renderPlan,
};

const NEW_RECORDS: Record<RecordSection, (doc: Draft) => Record<string, unknown>> = {
  providers: newProvider,
  services: newService,
  groups: newGroup,
  plans: newPlan,
};

/** The field a record's name is in. */
const NAME_KEY: Record<RecordSection, 'name' | 'title'> = {
  providers: 'name',
  services: 'name',
  groups: 'name',
  plans: 'title',
};

/** A transparent 1×1 PNG: the map preview draws its markers without asking any tile server. */
export const BLANK_TILE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** How long typing may pause before the data are checked again. */
export const VALIDATION_DELAY_MS = 300;

const FOCUSABLE = 'input, select, textarea, button, a[href], summary';

/** Record lists longer than this get a search field. */
const FILTER_FROM = 12;
/** At most this many records are listed (a regional file may hold thousands). */
const MAX_LISTED_RECORDS = 100;

/** Text compared without case and diacritics. */
const searchKey = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

interface FileStatus {
  kind: 'ok' | 'error';
  text: string;
  notes: string[];
}

interface Confirmation {
  text: string;
  action: string;
  apply: () => void;
}

interface Removed {
  section: RecordSection;
  index: number;
  record: unknown;
  name: string;
}

/**
 * The data editor for KPSS coordinators.
 *
 * @summary Editor dat komunitního plánování (bez serveru).
 */
export class KpssDataEditor extends LitElement implements SectionHost {
  static override styles = [baseStyles, editorStyles];

  /** The document being edited; fields the forms do not know are kept. */
  doc: Draft = {};

  @state() private tab: EditorTab = 'meta';
  @state() private previewTab: PreviewTab = 'catalogue';
  @state() private issues: EditorIssue[] = [];
  @state() private preview: KpssDataset = {};
  /** Values of hidden places the download leaves out (the file is public), as paths in the document. */
  @state() private hiddenLeftOut: Path[] = [];
  @state() private fileStatus?: FileStatus;
  @state() private confirmation?: Confirmation;
  @state() private removed?: Removed;
  @state() private dragging = false;
  @state() private listFilter: Record<RecordSection, string> = { providers: '', services: '', groups: '', plans: '' };

  /** The selected record of each section. */
  private readonly selected: Record<RecordSection, number> = { providers: 0, services: 0, groups: 0, plans: 0 };
  private issueIndex = new Map<string, EditorIssue[]>();
  /** Issues per record ("services.2") and per section. */
  private issueCounts = new Map<string, number>();
  private fileName = '';
  private timer?: ReturnType<typeof setTimeout>;
  private readonly download = new DownloadLink();
  /** Records whose id still follows their name (new ones, until the id is typed). */
  private autoIds = new WeakSet<object>();
  private readonly keys = new WeakMap<object, number>();
  private nextKey = 1;
  /** The id a record had when its id field was focused. */
  private idEdit?: { record: unknown; oldId: unknown; unique: boolean };
  /** What to focus after the next render: a path, or element ids (the first enabled one). */
  private pendingFocus?: { path: Path } | { ids: string[] };
  private changedSinceDownload = false;
  /** How long the last check took. */
  private checkMs = 0;

  readonly typing = new Map<string, string>();

  /** True when the data changed since they were opened or downloaded. */
  get hasUnsavedChanges(): boolean {
    return this.changedSinceDownload;
  }

  /** The JSON text the download gives, for the current data. */
  get json(): string {
    this.flush();
    return this.download.text;
  }

  /** The current blob: URL of the download. */
  get downloadUrl(): string {
    this.flush();
    return this.download.url;
  }

  /** Issues of the current data (after the last check). */
  get currentIssues(): readonly EditorIssue[] {
    return this.issues;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.validateNow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.download.release();
  }

  // ——— The field host ———

  read(path: Path): unknown {
    return getAt(this.doc, path);
  }

  write(path: Path, value: unknown): void {
    if (getAt(this.doc, path) === value) return;
    setAt(this.doc, path, value);
    const [section, index, key] = path;
    if (path.length === 3 && this.isSection(section) && typeof index === 'number' && key === NAME_KEY[section]) {
      this.followName(section, index);
    }
    this.changed(false);
  }

  issuesAt(path: Path, nested = false): EditorIssue[] {
    const key = pathKey(path);
    if (!nested) return this.issueIndex.get(key) ?? [];
    const prefix = `${key}.`;
    return this.issues.filter((issue) => issue.key === key || issue.key.startsWith(prefix));
  }

  refresh(): void {
    this.requestUpdate();
  }

  keyOf(item: unknown, index: number): unknown {
    if (typeof item !== 'object' || item === null) return `item-${index}`;
    let key = this.keys.get(item);
    if (key === undefined) this.keys.set(item, (key = this.nextKey++));
    return key;
  }

  addTo(listPath: Path, item: unknown): void {
    const index = addItem(this.doc, listPath, item);
    this.pendingFocus = { path: [...listPath, index] };
    this.changed(true);
  }

  removeFrom(listPath: Path, index: number): void {
    const [section] = listPath;
    if (listPath.length === 1 && this.isSection(section)) {
      this.removeRecord(section, index);
      return;
    }
    removeItem(this.doc, listPath, index);
    this.pendingFocus = { ids: [`${fieldId(listPath)}--add`] };
    this.changed(true);
  }

  move(listPath: Path, from: number, to: number): void {
    const moved = moveItem(this.doc, listPath, from, to);
    const [section] = listPath;
    if (listPath.length === 1 && this.isSection(section)) this.selected[section] = moved;
    const id = fieldId([...listPath, moved]);
    this.pendingFocus = { ids: to < from ? [`${id}--up`, `${id}--down`] : [`${id}--down`, `${id}--up`] };
    this.changed(true);
  }

  idFocused(section: RecordSection, index: number): void {
    const record = getAt(this.doc, [section, index]);
    const oldId = isObject(record) ? record.id : undefined;
    this.idEdit = { record, oldId, unique: countId(this.doc, section, oldId) === 1 };
  }

  idTyped(section: RecordSection, index: number): void {
    const record = getAt(this.doc, [section, index]);
    if (isObject(record)) this.autoIds.delete(record);
  }

  idCommitted(section: RecordSection, index: number): void {
    const record = getAt(this.doc, [section, index]);
    const edit = this.idEdit;
    if (!isObject(record) || !edit || edit.record !== record) return;
    const newId = record.id;
    // Only a unique id moves its references, and only to another unique id.
    if (
      edit.unique &&
      typeof edit.oldId === 'string' &&
      typeof newId === 'string' &&
      countId(this.doc, section, newId) === 1 &&
      renameReferences(this.doc, section, edit.oldId, newId) > 0
    ) {
      this.changed(true);
    }
    this.idEdit = { record, oldId: newId, unique: countId(this.doc, section, newId) === 1 };
  }

  private isSection(value: unknown): value is RecordSection {
    return RECORD_SECTIONS.includes(value as RecordSection);
  }

  /** A new record's id follows its name; references to it follow the id. */
  private followName(section: RecordSection, index: number): void {
    const record = getAt(this.doc, [section, index]);
    if (!isObject(record) || !this.autoIds.has(record)) return;
    const oldId = record.id;
    const newId = idFromName(this.doc, section, record[NAME_KEY[section]], record);
    if (newId === oldId) return;
    record.id = newId;
    if (typeof oldId === 'string') renameReferences(this.doc, section, oldId, newId);
  }

  // ——— Checking ———

  /** After an edit: structural changes are checked at once, typing after a pause. */
  private changed(now: boolean): void {
    this.changedSinceDownload = true;
    if (now) this.validateNow();
    else {
      clearTimeout(this.timer);
      // A large file takes long to check: then wait longer for the typing to stop.
      this.timer = setTimeout(
        () => this.validateNow(),
        Math.min(3000, Math.max(VALIDATION_DELAY_MS, 3 * this.checkMs)),
      );
    }
    this.requestUpdate();
  }

  /** Runs a pending check now. */
  private flush(): void {
    if (this.timer !== undefined) this.validateNow();
  }

  /**
   * Checks exactly what the download would contain: the serialised text is
   * parsed back and validated, and the same text is behind the download link,
   * except what could reveal a hidden place: the check reports it, the
   * download leaves it out (the file is public) and a note says so.
   */
  validateNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const start = performance.now();
    const text = serialise(this.doc);
    const parsed = JSON.parse(text);
    const redacted = redactHiddenLocations(parsed);
    this.hiddenLeftOut = redacted.removed.map(({ section, index, field }) => [
      section,
      index,
      ...parseFieldPath(field),
    ]);
    const result = validateDataset(parsed, this.fileName || 'editor');
    this.issues = placeIssues(this.doc, result.issues);
    this.issueIndex = indexIssues(this.issues);
    this.issueCounts = new Map();
    for (const issue of this.issues) {
      const [section, index] = issue.path;
      const keys = [String(section ?? '')];
      if (typeof index === 'number') keys.push(`${section}.${index}`);
      for (const key of keys) this.issueCounts.set(key, (this.issueCounts.get(key) ?? 0) + 1);
    }
    this.preview = result.dataset;
    this.download.update(redacted.removed.length ? serialise(redacted.dataset) : text);
    this.checkMs = performance.now() - start;
  }

  // ——— Files ———

  /**
   * Opens a dataset file. With changes not downloaded yet it asks first, and
   * the file is read once the coordinator confirms.
   */
  async loadFile(file: File): Promise<void> {
    if (this.changedSinceDownload) {
      this.ask({
        text: `Otevřít soubor „${file.name}“? Změny, které jste si nestáhli, se ztratí.`,
        action: 'Otevřít soubor',
        apply: () => void this.readFile(file),
      });
      return;
    }
    await this.readFile(file);
  }

  private async readFile(file: File): Promise<void> {
    const result = await readDatasetFile(file);
    if (!result.ok) {
      this.fileStatus = { kind: 'error', text: result.message, notes: [] };
      return;
    }
    this.setDocument(result.doc, file.name);
    const count = (section: RecordSection, one: string, few: string, many: string) => {
      const n = listAt(this.doc, [section]).length;
      return `${n} ${plural('cs', n, one, few, many)}`;
    };
    this.fileStatus = {
      kind: 'ok',
      text: `Otevřen soubor „${file.name}“: ${[
        count('providers', 'poskytovatel', 'poskytovatelé', 'poskytovatelů'),
        count('services', 'služba', 'služby', 'služeb'),
        count('groups', 'skupina', 'skupiny', 'skupin'),
        count('plans', 'plán', 'plány', 'plánů'),
      ].join(', ')}.`,
      notes: result.notes,
    };
  }

  /** Starts with an empty dataset (after asking, when there are unsaved changes). */
  startEmpty(): void {
    const apply = () => {
      this.setDocument({}, '');
      this.fileStatus = { kind: 'ok', text: 'Začínáte s prázdnými daty.', notes: [] };
    };
    if (this.changedSinceDownload) {
      this.ask({
        text: 'Začít s prázdnými daty? Změny, které jste si nestáhli, se ztratí.',
        action: 'Začít znovu',
        apply,
      });
    } else apply();
  }

  private setDocument(doc: Draft, fileName: string): void {
    this.doc = doc;
    this.fileName = fileName;
    for (const section of RECORD_SECTIONS) this.selected[section] = 0;
    this.listFilter = { providers: '', services: '', groups: '', plans: '' };
    this.typing.clear();
    this.autoIds = new WeakSet();
    this.removed = undefined;
    this.confirmation = undefined;
    this.idEdit = undefined;
    this.changedSinceDownload = false;
    this.validateNow();
    this.requestUpdate();
  }

  private ask(confirmation: Confirmation): void {
    this.confirmation = confirmation;
    this.pendingFocus = { ids: ['confirm-yes'] };
  }

  private onFileChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    // The same file can be chosen again.
    input.value = '';
    void this.loadFile(file);
  }

  private onDragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  private onDragLeave(event: DragEvent): void {
    const to = event.relatedTarget as Node | null;
    if (!to || !this.shadowRoot?.contains(to)) this.dragging = false;
  }

  private onDrop(event: DragEvent): void {
    const file = event.dataTransfer?.files?.[0];
    if (!file) return;
    event.preventDefault();
    this.dragging = false;
    void this.loadFile(file);
  }

  /** Takes what could reveal hidden places out of the data being edited, as the download does. */
  removeHiddenDetails(): void {
    // From the end, so that removing one value never moves the path of the next.
    for (const path of [...this.hiddenLeftOut].reverse()) deleteAt(this.doc, path);
    this.pendingFocus = { ids: ['download'] };
    this.changed(true);
  }

  private onDownload(event: Event): void {
    // The link always carries the checked text; a pending check runs first.
    this.flush();
    (event.currentTarget as HTMLAnchorElement).href = this.download.url;
    this.changedSinceDownload = false;
  }

  // ——— Records ———

  private addRecord(section: RecordSection): void {
    const record = NEW_RECORDS[section](this.doc);
    this.autoIds.add(record);
    const index = addItem(this.doc, [section], record);
    this.selected[section] = index;
    this.removed = undefined;
    this.pendingFocus = { path: [section, index, NAME_KEY[section]] };
    this.changed(true);
  }

  private removeRecord(section: RecordSection, index: number): void {
    const record = getAt(this.doc, [section, index]);
    const name = recordName(record, RECORD_WORDS[section].untitled);
    removeItem(this.doc, [section], index);
    this.removed = {
      section,
      index,
      record,
      name,
    };
    this.selected[section] = Math.max(0, Math.min(index, listAt(this.doc, [section]).length - 1));
    this.pendingFocus = { ids: ['undo-remove'] };
    this.changed(true);
  }

  private undoRemove(): void {
    const removed = this.removed;
    if (!removed) return;
    insertItem(this.doc, [removed.section], removed.index, removed.record);
    this.removed = undefined;
    this.tab = removed.section;
    this.selected[removed.section] = removed.index;
    this.pendingFocus = { path: [removed.section, removed.index] };
    this.changed(true);
  }

  private select(section: RecordSection, index: number): void {
    this.selected[section] = index;
    this.requestUpdate();
  }

  // ——— Focus ———

  /** Shows the field of a path (its section, record, closed disclosures) and focuses it. */
  async focusPath(path: Path): Promise<void> {
    const [section, index] = path;
    if (section === 'meta') this.tab = 'meta';
    else if (this.isSection(section)) {
      this.tab = section;
      if (typeof index === 'number') this.selected[section] = index;
    }
    this.requestUpdate();
    await this.updateComplete;
    this.focusField(path);
  }

  /** Focuses the field of a path, or of the closest enclosing value that has one. */
  private focusField(path: Path): boolean {
    const root = this.shadowRoot;
    if (!root) return false;
    for (let n = path.length; n > 0; n--) {
      const element = root.getElementById(fieldId(path.slice(0, n)));
      if (!element) continue;
      for (let node: HTMLElement | null = element; node; node = node.parentElement) {
        if (node instanceof HTMLDetailsElement) node.open = true;
      }
      const target =
        element.matches(FOCUSABLE) || element.hasAttribute('tabindex')
          ? element
          : (element.querySelector<HTMLElement>('input, select, textarea') ?? element);
      target.focus();
      target.scrollIntoView?.({ block: 'center' });
      return true;
    }
    return false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const pending = this.pendingFocus;
    if (!pending) return;
    this.pendingFocus = undefined;
    if ('path' in pending) {
      this.focusField(pending.path);
      return;
    }
    for (const id of pending.ids) {
      const element = this.shadowRoot?.getElementById(id) as HTMLButtonElement | null;
      if (element && !element.disabled) {
        element.focus();
        return;
      }
    }
  }

  // ——— Tabs ———

  private selectTab(tab: EditorTab, focus = false): void {
    this.tab = tab;
    this.previewTab = PREVIEW_OF[tab];
    if (focus) this.pendingFocus = { ids: [`tab-${tab}`] };
  }

  /** Arrow keys, Home and End move between the tabs of a tab list. */
  private tabKeys<T extends string>(
    event: KeyboardEvent,
    all: readonly T[],
    current: T,
    choose: (tab: T) => void,
  ): void {
    const i = all.indexOf(current);
    const next =
      event.key === 'ArrowRight'
        ? all[(i + 1) % all.length]
        : event.key === 'ArrowLeft'
          ? all[(i - 1 + all.length) % all.length]
          : event.key === 'Home'
            ? all[0]
            : event.key === 'End'
              ? all[all.length - 1]
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    choose(next);
  }

  // ——— Rendering ———

  protected override render(): TemplateResult {
    return html`<div
      class="base editor ${this.dragging ? 'dragging' : ''}"
      lang="cs"
      @dragover=${this.onDragOver}
      @dragleave=${this.onDragLeave}
      @drop=${this.onDrop}
    >
      ${this.renderFileBar()} ${this.renderSummary()}
      <div class="workspace">
        <div class="forms">
          ${this.renderTabs()}
          <div class="panel" role="tabpanel" id="panel" aria-labelledby="tab-${this.tab}">
            ${this.renderUndo()} ${this.tab === 'meta' ? renderMeta(this) : this.renderRecords(this.tab)}
          </div>
        </div>
        ${this.renderPreview()}
      </div>
    </div>`;
  }

  private renderFileBar(): TemplateResult {
    const count = this.issues.length;
    const status = this.fileStatus;
    return html`<section class="file-bar" aria-labelledby="file-title">
      <h2 id="file-title">Soubor s daty</h2>
      <div class="file-actions">
        <div class="drop-zone">
          <label for="file-input">Otevřít soubor s daty (JSON)</label>
          <input type="file" id="file-input" accept=".json,application/json" @change=${this.onFileChosen} />
          <span class="hint">nebo soubor přetáhněte myší kamkoli do editoru</span>
        </div>
        <button type="button" id="start-empty" @click=${() => this.startEmpty()}>Začít s prázdnými daty</button>
        <a
          class="button primary"
          id="download"
          download=${DOWNLOAD_NAME}
          href=${this.download.url || nothing}
          aria-describedby="download-hint"
          @click=${this.onDownload}
          >Stáhnout JSON</a
        >
      </div>
      <p class="hint" id="download-hint">
        ${
          count
            ? `Data obsahují ${issueCount(count)}: soubor si můžete stáhnout, ale chybné údaje se na webu nezobrazí.`
            : `Stáhne soubor ${DOWNLOAD_NAME}; ten pak nahrajte na web obce.`
        }
      </p>
      ${this.renderHiddenNote()}
      <p class="privacy">
        Data zůstávají jen v tomto okně prohlížeče: nic se nikam neodesílá ani neukládá. Po zavření stránky se změny
        ztratí, proto si data stáhněte.
      </p>
      ${this.renderConfirmation()}
      ${
        status
          ? html`<div class="file-status ${status.kind}" role=${status.kind === 'error' ? 'alert' : 'status'}>
              <p>${status.text}</p>
              ${status.notes.length ? html`<ul>${status.notes.map((note) => html`<li>${note}</li>`)}</ul>` : nothing}
            </div>`
          : html`<div class="file-status" role="status"></div>`
      }
    </section>`;
  }

  /** The note that the download leaves out what would reveal hidden places. */
  private renderHiddenNote(): TemplateResult | typeof nothing {
    const paths = this.hiddenLeftOut;
    if (paths.length === 0) return nothing;
    const where = (path: Path) => {
      const [section, index, ...field] = path;
      const record = getAt(this.doc, [section as string, index as number]);
      return [
        SECTION_NAMES[section as RecordSection],
        recordName(record, `záznam ${(index as number) + 1}`),
        describeFieldPath(field),
      ].join(' › ');
    };
    return html`<div class="hidden-note" id="hidden-note" role="note">
      <p>
        Utajená místa: soubor s daty je veřejný, proto stažený soubor neobsahuje údaje, které by prozradily, kde
        utajená místa jsou (zůstává jen obec). Vynecháno: ${paths.length}.
      </p>
      <ul>
        ${paths.map((path) => html`<li>${where(path)}</li>`)}
      </ul>
      <button type="button" id="remove-hidden" @click=${() => this.removeHiddenDetails()}>
        Odstranit tyto údaje i z editoru
      </button>
    </div>`;
  }

  private renderConfirmation(): TemplateResult | typeof nothing {
    const confirmation = this.confirmation;
    if (!confirmation) return nothing;
    return html`<div class="confirm" role="group" aria-labelledby="confirm-text">
      <p id="confirm-text">${confirmation.text}</p>
      <button
        type="button"
        class="primary"
        id="confirm-yes"
        @click=${() => {
          this.confirmation = undefined;
          confirmation.apply();
        }}
      >
        ${confirmation.action}
      </button>
      <button
        type="button"
        id="confirm-no"
        @click=${() => {
          this.confirmation = undefined;
          this.pendingFocus = { ids: ['file-input'] };
        }}
      >
        Zrušit
      </button>
    </div>`;
  }

  private renderSummary(): TemplateResult {
    const issues = this.issues;
    const listed = issues.slice(0, 200);
    return html`<section class="summary ${issues.length ? 'has-issues' : 'clean'}" aria-labelledby="summary-title">
      <h2 id="summary-title">Kontrola dat</h2>
      <p class="issue-count" role="status">${issueCountSentence(issues.length)}</p>
      ${
        issues.length
          ? html`<ol class="issue-list">
              ${listed.map(
                (issue) => html`<li>
                  <a
                    href="#${fieldId(issue.path)}"
                    @click=${(event: Event) => {
                      event.preventDefault();
                      void this.focusPath(issue.path);
                    }}
                    >${issue.where}</a
                  >: ${issue.message}
                </li>`,
              )}
              ${issues.length > listed.length ? html`<li>… a ${issues.length - listed.length} dalších</li>` : nothing}
            </ol>`
          : nothing
      }
      ${this.renderStale()}
    </section>`;
  }

  /**
   * Services whose details were checked over a year ago (or never): not an
   * error, a reminder. A person trusts "Údaje ověřeny v …" only when it is recent.
   */
  private renderStale(): TemplateResult | typeof nothing {
    const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    const stale = listAt(this.doc, ['services'])
      .map((service, index) => ({ service, index }))
      .filter(({ service }) => isObject(service) && typeof service.verified === 'string' && service.verified < yearAgo);
    if (!stale.length) return nothing;
    return html`<details class="stale">
      <summary>Ověřit znovu: ${stale.length} ${plural('cs', stale.length, 'služba', 'služby', 'služeb')} s údaji ověřenými před více než rokem</summary>
      <ul>
        ${stale.map(({ service, index }) => {
          const path = ['services', index, 'verified'];
          return html`<li>
            <a
              href="#${fieldId(path)}"
              @click=${(event: Event) => {
                event.preventDefault();
                void this.focusPath(path);
              }}
              >${recordName(service, `služba ${index + 1}`)}</a
            >: ověřeno ${(service as { verified: string }).verified}
          </li>`;
        })}
      </ul>
    </details>`;
  }

  private renderTabs(): TemplateResult {
    return html`<div
      class="tabs"
      role="tablist"
      aria-label="Oddíly dat"
      @keydown=${(event: KeyboardEvent) => this.tabKeys(event, TABS, this.tab, (tab) => this.selectTab(tab, true))}
    >
      ${TABS.map((tab) => {
        const selected = tab === this.tab;
        const problems = this.issueCounts.get(tab) ?? 0;
        const records = tab === 'meta' ? undefined : listAt(this.doc, [tab]).length;
        return html`<button
          type="button"
          role="tab"
          id="tab-${tab}"
          aria-selected=${selected ? 'true' : 'false'}
          aria-controls="panel"
          tabindex=${selected ? '0' : '-1'}
          @click=${() => this.selectTab(tab)}
        >
          ${TAB_LABELS[tab]}${records === undefined ? nothing : html` <span class="count">(${records})</span>`}
          ${problems ? html`<span class="badge"><span aria-hidden="true">⚠ </span>${issueCount(problems)}</span>` : nothing}
        </button>`;
      })}
    </div>`;
  }

  private renderUndo(): TemplateResult | typeof nothing {
    const removed = this.removed;
    if (!removed || removed.section !== this.tab) return nothing;
    return html`<div class="undo">
      <p>${RECORD_WORDS[removed.section].one} „${removed.name}“ ${RECORD_WORDS[removed.section].removed}.</p>
      <button type="button" id="undo-remove" @click=${() => this.undoRemove()}>Vrátit zpět</button>
    </div>`;
  }

  private renderRecords(section: RecordSection): TemplateResult {
    const words = RECORD_WORDS[section];
    const records = listAt(this.doc, [section]);
    const selected = Math.min(this.selected[section], records.length - 1);
    const listTitle = `list-title-${section}`;
    const filter = this.listFilter[section];
    const wanted = searchKey(filter);
    const matching: number[] = [];
    for (let i = 0; i < records.length; i++) {
      if (!wanted || searchKey(recordName(records[i], '')).includes(wanted)) matching.push(i);
    }
    const shown = matching.slice(0, MAX_LISTED_RECORDS);
    return html`<div class="master-detail">
      <div class="record-list">
        <h2 id=${listTitle} class="section-title">${TAB_LABELS[section]}</h2>
        ${
          records.length > FILTER_FROM
            ? html`<div class="field list-filter">
                <label for="filter-${section}">Hledat v seznamu</label>
                <input
                  type="search"
                  id="filter-${section}"
                  .value=${live(filter)}
                  autocomplete="off"
                  aria-describedby="filter-${section}-count"
                  @input=${(event: Event) => {
                    this.listFilter = { ...this.listFilter, [section]: (event.target as HTMLInputElement).value };
                  }}
                />
                <span class="hint" id="filter-${section}-count">
                  ${
                    shown.length < matching.length
                      ? `Zobrazeno ${shown.length} z ${matching.length}; upřesněte hledání.`
                      : wanted
                        ? `Nalezeno: ${matching.length} z ${records.length}.`
                        : ''
                  }
                </span>
              </div>`
            : nothing
        }
        ${
          records.length
            ? html`<ul aria-labelledby=${listTitle}>
                ${shown.map((i) => {
                  const problems = this.issueCounts.get(`${section}.${i}`) ?? 0;
                  return html`<li>
                    <button
                      type="button"
                      class="record-button ${problems ? 'invalid' : ''}"
                      id="record-${section}-${i}"
                      aria-current=${i === selected ? 'true' : nothing}
                      @click=${() => this.select(section, i)}
                    >
                      <span class="record-name">${recordName(records[i], `(${words.untitled})`)}</span>
                      ${problems ? html`<span class="badge"><span aria-hidden="true">⚠ </span>${issueCount(problems)}</span>` : nothing}
                    </button>
                  </li>`;
                })}
              </ul>`
            : html`<p class="empty">${words.none}</p>`
        }
        <button type="button" class="add" id="add-${section}" @click=${() => this.addRecord(section)}>
          <span aria-hidden="true">+</span> ${words.add}
        </button>
      </div>
      ${selected >= 0 ? this.renderRecord(section, selected, records.length) : nothing}
    </div>`;
  }

  private renderRecord(section: RecordSection, index: number, count: number): TemplateResult {
    const words = RECORD_WORDS[section];
    const record = getAt(this.doc, [section, index]);
    const name = recordName(record, `(${words.untitled})`);
    const id = fieldId([section, index]);
    const ownIssues = this.issuesAt([section, index]);
    return html`<section
      class="record-detail"
      id=${id}
      tabindex="-1"
      aria-labelledby="${id}--heading"
      aria-describedby=${ownIssues.length ? `${id}--errors` : nothing}
    >
      <h3 id="${id}--heading">${words.one}: ${name}</h3>
      ${itemToolbar(this, [section], index, count, `${words.one.toLowerCase()} ${name}`)}
      ${renderErrors(id, ownIssues)} ${RECORD_FORMS[section](this, index)}
    </section>`;
  }

  private renderPreview(): TemplateResult {
    const data = this.preview;
    const tab = this.previewTab;
    let widget: TemplateResult;
    switch (tab) {
      case 'map':
        widget = html`<kpss-map
          .data=${data}
          tiles=${BLANK_TILE}
          attribution="Náhled bez mapového podkladu"
          attribution-url=""
        ></kpss-map>`;
        break;
      case 'roster':
        widget = html`<kpss-roster .data=${data}></kpss-roster>`;
        break;
      case 'plan':
        widget = html`<kpss-plan .data=${data}></kpss-plan>`;
        break;
      default:
        widget = html`<kpss-catalogue .data=${data}></kpss-catalogue>`;
    }
    return html`<section class="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">Náhled na webu</h2>
      <p class="hint">Jak budou data vypadat ve widgetech. Záznamy s chybou v povinném údaji se nezobrazí.</p>
      <div
        class="tabs small"
        role="tablist"
        aria-label="Náhled widgetu"
        @keydown=${(event: KeyboardEvent) =>
          this.tabKeys(event, PREVIEWS, tab, (next) => {
            this.previewTab = next;
            this.pendingFocus = { ids: [`preview-tab-${next}`] };
          })}
      >
        ${PREVIEWS.map(
          (name) => html`<button
            type="button"
            role="tab"
            id="preview-tab-${name}"
            aria-selected=${name === tab ? 'true' : 'false'}
            aria-controls="preview-panel"
            tabindex=${name === tab ? '0' : '-1'}
            @click=${() => {
              this.previewTab = name;
            }}
          >
            ${PREVIEW_LABELS[name]}
          </button>`,
        )}
      </div>
      <div class="preview-panel" role="tabpanel" id="preview-panel" aria-labelledby="preview-tab-${tab}">${widget}</div>
    </section>`;
  }
}
