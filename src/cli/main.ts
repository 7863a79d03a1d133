/**
 * kpss-data: the command line tool for KPSS data (validate, import-sheet,
 * import-registry, export-hsds, split, templates). Built by scripts/build-cli.mjs
 * into dist/cli/kpss-data.js. Exit codes: 0 valid, 1 errors in the data,
 * 2 wrong usage.
 *
 * Over 400 lines: the commands' options, help and exit codes in one place a reader can follow.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import municipalityList from '../../data/reference/cz-obce-souradnice.csv';
import packageJson from '../../package.json';
import { installFieldSuggestions } from '../core/field-names.js';
import { type RemovedField, redactHiddenLocations } from '../core/hidden.js';
import type { KpssDataset } from '../core/types.js';
import { validateDataset } from '../core/validate.js';
import { type OptionSpec, parseArgs, UsageError } from './args.js';
import { crossFileIssues, mergeWarning, reportedBy, semanticIssues, sharedIdIssues } from './checks.js';
import { exportHsds } from './hsds.js';
import { fileKind, loadJson, readSheets, type SheetInput, toJson, writeOutput } from './io.js';
import { type CliIssue, formatIssue, fromDataIssue, issueJson } from './issues.js';
import { type CliLang, TEXTS, type Texts } from './messages.js';
import { MunicipalityCentres } from './municipalities.js';
import { createProgress, progressAllowed } from './progress.js';
import { codeListNames, importRegistry, type SkipReason } from './registry.js';
import { importSheets } from './sheet-import.js';
import { FIRST_SERVICES, splitDataset } from './split.js';
import { templateFiles } from './templates.js';

const COMMON: OptionSpec[] = [
  { key: 'lang', names: ['--lang'], value: true },
  { key: 'quiet', names: ['-q', '--quiet'] },
  { key: 'help', names: ['-h', '--help'] },
];
const OUTPUT: OptionSpec = { key: 'output', names: ['-o', '--output'], value: true };
/** Keys and columns the tool does not know are warnings instead of errors. */
const ALLOW_UNKNOWN: OptionSpec = { key: 'allowUnknown', names: ['--allow-unknown', '--povolit-nezname'] };

const COMMANDS: Record<string, { help: keyof Texts['help']; options: OptionSpec[] }> = {
  validate: { help: 'validate', options: [{ key: 'json', names: ['--json'] }, ALLOW_UNKNOWN] },
  'import-sheet': {
    help: 'importSheet',
    options: [OUTPUT, { key: 'meta', names: ['--meta'], value: true }, ALLOW_UNKNOWN],
  },
  'import-registry': {
    help: 'importRegistry',
    options: [
      OUTPUT,
      { key: 'obec', names: ['--obec', '--municipality'], value: true, repeat: true },
      { key: 'okres', names: ['--okres', '--district'], value: true, repeat: true },
      { key: 'kraj', names: ['--kraj', '--region'], value: true, repeat: true },
      { key: 'all', names: ['--vse', '--all'] },
      { key: 'health', names: ['--vcetne-zdravotnich', '--with-health'] },
      { key: 'codeList', names: ['--ciselnik', '--code-list'], value: true, repeat: true },
    ],
  },
  'export-hsds': { help: 'exportHsds', options: [OUTPUT, ALLOW_UNKNOWN] },
  split: { help: 'split', options: [OUTPUT, { key: 'first', names: ['--prvnich', '--first'], value: true }] },
  templates: { help: 'templates', options: [OUTPUT] },
};

interface Context {
  t: Texts;
  lang: CliLang;
  quiet: boolean;
  options: Record<string, string | string[] | boolean | undefined>;
  files: string[];
  /** --allow-unknown: keys and columns the tool does not know are warnings. */
  allowUnknown: boolean;
}

const SECTION_ORDER = ['meta', 'providers', 'services', 'groups', 'plans'];
const err = (line: string) => process.stderr.write(`${line}\n`);
const out = (line: string) => process.stdout.write(`${line}\n`);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []);

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Checks one parsed document as `validate` does: the shared validator, then the tool's own checks. */
function checkDocument(
  doc: unknown,
  source: string,
  allowUnknown = false,
  /** `validate` also warns of what citizens would meet (shared points, far places, names twice, no contact). */
  citizenWarnings = false,
): { dataset: KpssDataset; issues: CliIssue[] } {
  const result = validateDataset(doc, source);
  return {
    dataset: result.dataset,
    issues: [
      ...result.issues.map((issue) => fromDataIssue(issue, allowUnknown)),
      ...semanticIssues(doc, source, reportedBy(result.issues), citizenWarnings),
    ],
  };
}

function parseError(source: string, text: string): CliIssue {
  return { source, code: 'sheet', severity: 'error', text };
}

/** A value taken out of a hidden place, by file, record and field. */
const removedIn = (t: Texts, file: string) => (removed: RemovedField) => ({
  where: t.where(file, removed.section, removed.index, removed.recordId, removed.field),
  field: removed.field,
});

/**
 * Says what was left out of hidden places in a file written (the file is
 * public): a summary line, then each value by record and field (or cell).
 */
function reportRemoved(ctx: Context, removed: { where: string; field: string }[]): void {
  if (ctx.quiet || removed.length === 0) return;
  err(ctx.t.hidden.summary(removed.length));
  for (const { where, field } of removed) err(ctx.t.hidden.removed(where, field));
}

// ------------------------------------------------------------------ validate

async function validate(ctx: Context): Promise<number> {
  const { t, lang } = ctx;
  if (ctx.files.length === 0) throw new UsageError(t.usage.noFiles);
  for (const file of ctx.files) if (!fileKind(file)) throw new UsageError(t.usage.unsupported(file));
  const perFile: { file: string; issues: CliIssue[] }[] = [];
  const documents: { source: string; doc: unknown }[] = [];
  const datasets: { source: string; doc?: unknown; dataset: KpssDataset }[] = [];
  // A region's files one by one: how far the check is (a file is read and checked whole).
  const progress = createProgress(
    t.progress.checking,
    ctx.files.length,
    progressAllowed(ctx.quiet) && ctx.files.length > 1,
  );
  for (const [done, file] of ctx.files.entries()) {
    progress.update(done);
    const kind = fileKind(file);
    if (kind === 'json') {
      const loaded = loadJson(file, t);
      if (!loaded.ok) {
        perFile.push({ file, issues: [parseError(file, loaded.message)] });
        continue;
      }
      documents.push({ source: file, doc: loaded.value });
      const checked = checkDocument(loaded.value, file, ctx.allowUnknown, true);
      datasets.push({ source: file, doc: loaded.value, dataset: checked.dataset });
      perFile.push({ file, issues: checked.issues });
    } else {
      const read = await readSheets(file, t);
      if (!read.ok) {
        perFile.push({ file, issues: [parseError(file, read.message)] });
        continue;
      }
      const result = importSheets(read.sheets, t, { source: file, showFile: false, allowUnknown: ctx.allowUnknown });
      datasets.push({ source: file, dataset: result.dataset });
      const notes = read.notes.map((text): CliIssue => ({ source: file, code: 'sheet', severity: 'warning', text }));
      perFile.push({ file, issues: [...notes, ...result.issues] });
    }
  }
  progress.finish();
  if (documents.length > 1) {
    for (const issue of crossFileIssues(documents)) perFile.find((f) => f.file === issue.source)?.issues.push(issue);
  }
  // The same id in two files: the widgets and the HSDS export keep both records; say so.
  if (datasets.length > 1) {
    for (const issue of sharedIdIssues(datasets)) perFile.find((f) => f.file === issue.source)?.issues.push(issue);
  }
  // Record by record, in the file's order (sheets are already in row order).
  const rank = (issue: CliIssue) => (issue.section ? SECTION_ORDER.indexOf(issue.section) : -1);
  for (const f of perFile) {
    if (f.issues.some((issue) => issue.sheet !== undefined)) continue;
    f.issues.sort((a, b) => rank(a) - rank(b) || (a.index ?? -1) - (b.index ?? -1));
  }
  const all = perFile.flatMap((f) => f.issues);
  const errors = all.filter((i) => i.severity === 'error').length;
  if (ctx.options.json) {
    out(
      JSON.stringify(
        {
          valid: errors === 0,
          errors,
          warnings: all.length - errors,
          files: perFile.map((f) => ({
            file: f.file,
            errors: f.issues.filter((i) => i.severity === 'error').length,
            warnings: f.issues.filter((i) => i.severity === 'warning').length,
          })),
          issues: all.map((issue) => issueJson(issue, lang)),
        },
        null,
        2,
      ),
    );
  } else {
    for (const f of perFile) {
      for (const issue of f.issues) out(formatIssue(issue, lang));
      const fileErrors = f.issues.filter((i) => i.severity === 'error').length;
      if (!ctx.quiet) out(t.validateSummary(f.file, fileErrors, f.issues.length - fileErrors));
    }
  }
  return errors > 0 ? 1 : 0;
}

// ------------------------------------------------------------------ import-sheet

async function importSheet(ctx: Context): Promise<number> {
  const { t, lang } = ctx;
  if (ctx.files.length === 0) throw new UsageError(t.usage.noFiles);
  for (const file of ctx.files) {
    const kind = fileKind(file);
    if (kind !== 'xlsx' && kind !== 'csv') throw new UsageError(t.usage.sheetFile(file));
  }
  const sheets: SheetInput[] = [];
  for (const file of ctx.files) {
    const read = await readSheets(file, t);
    if (!read.ok) {
      err(read.message);
      return 1;
    }
    if (!ctx.quiet) for (const note of read.notes) err(`${t.warning}: ${note}`);
    sheets.push(...read.sheets);
  }
  let meta: unknown;
  if (typeof ctx.options.meta === 'string') {
    const loaded = loadJson(ctx.options.meta, t);
    if (!loaded.ok) {
      err(loaded.message);
      return 1;
    }
    const value = loaded.value as { meta?: unknown } | null;
    meta = value && typeof value === 'object' && 'meta' in value ? value.meta : value;
  }
  const output = typeof ctx.options.output === 'string' ? ctx.options.output : undefined;
  const source = output ?? ctx.files.join(', ');
  const showProgress = progressAllowed(ctx.quiet);
  const result = importSheets(sheets, t, {
    source,
    meta,
    showFile: ctx.files.length > 1,
    redactHidden: true,
    allowUnknown: ctx.allowUnknown,
    progress: (total) => createProgress(t.progress.converting, total, showProgress && total > 200),
  });
  const errors = result.issues.filter((issue) => issue.severity === 'error');
  for (const issue of result.issues) {
    if (issue.severity === 'error' || !ctx.quiet) err(formatIssue(issue, lang));
  }
  if (errors.length > 0) {
    err(t.notWritten);
    return 1;
  }
  writeOutput(output, toJson(result.dataset));
  reportRemoved(
    ctx,
    result.removed.map((removed) => ({
      where: removed.cell
        ? t.cell(removed.cell.sheet, removed.cell.row, removed.cell.column)
        : removedIn(t, source)(removed).where,
      field: removed.field,
    })),
  );
  if (!ctx.quiet) err(t.written(output ?? '-', t.counts(countsOf(result.dataset))));
  return 0;
}

function countsOf(dataset: KpssDataset) {
  return {
    providers: dataset.providers?.length ?? 0,
    services: dataset.services?.length ?? 0,
    groups: dataset.groups?.length ?? 0,
    plans: dataset.plans?.length ?? 0,
  };
}

// ------------------------------------------------------------------ import-registry

function importRegistryCommand(ctx: Context): number {
  const { t, lang } = ctx;
  if (ctx.files.length !== 1) throw new UsageError(ctx.files.length ? t.usage.oneFile : t.usage.noFiles);
  const split = (values: unknown) =>
    strings(values)
      .flatMap((value) => value.split(';'))
      .map((value) => value.trim())
      .filter(Boolean);
  const area = {
    obec: split(ctx.options.obec),
    okres: split(ctx.options.okres),
    kraj: split(ctx.options.kraj),
    all: ctx.options.all === true,
  };
  if (!area.all && !area.obec.length && !area.okres.length && !area.kraj.length) throw new UsageError(t.usage.noArea);
  const codeLists: unknown[] = [];
  for (const file of strings(ctx.options.codeList)) {
    const loaded = loadJson(file, t);
    if (!loaded.ok) {
      err(loaded.message);
      return 1;
    }
    codeLists.push(loaded.value);
  }
  const file = ctx.files[0] as string;
  const loaded = loadJson(file, t);
  if (!loaded.ok) {
    err(loaded.message);
    return 1;
  }
  const showProgress = progressAllowed(ctx.quiet);
  const centres = new MunicipalityCentres(municipalityList);
  const result = importRegistry(loaded.value, {
    area,
    withHealth: ctx.options.health === true,
    codeNames: codeListNames(codeLists),
    progress: (total) => createProgress(t.progress.converting, total, showProgress && total > 200),
    today: today(),
    centreOf: (place) => centres.find(place),
  });
  if (!result) {
    err(`${file}: ${t.registry.unknownFormat}`);
    return 1;
  }
  // A typo in an area option ("--obec Susic") would write an empty dataset: name the nearest places instead.
  if (result.unmatched.length > 0) {
    for (const area of result.unmatched) err(`${file}: ${t.registry.unmatchedArea(area)}`);
    err(t.notWritten);
    return 1;
  }
  const output = typeof ctx.options.output === 'string' ? ctx.options.output : undefined;
  const { issues } = checkDocument(result.dataset, output ?? file);
  for (const issue of issues) err(formatIssue(issue, lang));
  if (issues.some((issue) => issue.severity === 'error')) {
    err(t.notWritten);
    return 1;
  }
  writeOutput(output, toJson(result.dataset));
  if (!ctx.quiet) {
    err(t.registry.format(t.registry.formats[result.format] ?? result.format));
    err(
      t.registry.summary(result.dataset.services?.length ?? 0, result.dataset.providers?.length ?? 0, result.areaName),
    );
    if (result.atMunicipalityCentre > 0) err(t.registry.atMunicipalityCentre(result.atMunicipalityCentre));
    if (result.seats > 0) err(t.registry.seats(result.seats));
    if (result.skipped.size > 0) {
      err(t.registry.skipped);
      for (const [reason, { count, examples }] of result.skipped as Map<
        SkipReason,
        { count: number; examples: string[] }
      >) {
        const sample = examples.length ? ` (${t.registry.examples} ${examples.join(', ')})` : '';
        err(`  ${count} × ${t.registry.reasons[reason] ?? reason}${sample}`);
      }
    }
  }
  reportRemoved(ctx, result.removed.map(removedIn(t, output ?? file)));
  if (output && !ctx.quiet) err(t.written(output, t.counts(countsOf(result.dataset))));
  return 0;
}

// ------------------------------------------------------------------ export-hsds

function exportHsdsCommand(ctx: Context): number {
  const { t, lang } = ctx;
  if (ctx.files.length === 0) throw new UsageError(t.usage.noFiles);
  const parts: { source: string; dataset: KpssDataset }[] = [];
  const documents: { source: string; doc: unknown }[] = [];
  const problems: CliIssue[] = [];
  const removed: { where: string; field: string }[] = [];
  for (const file of ctx.files) {
    if (fileKind(file) !== 'json') throw new UsageError(t.usage.unsupported(file));
    const loaded = loadJson(file, t);
    if (!loaded.ok) {
      problems.push(parseError(file, loaded.message));
      continue;
    }
    // What could reveal a hidden place is left out (and listed), not an error that stops the export.
    const { dataset: doc, removed: fromFile } = redactHiddenLocations(loaded.value);
    removed.push(...fromFile.map(removedIn(t, file)));
    const checked = checkDocument(doc, file, ctx.allowUnknown);
    problems.push(...checked.issues);
    parts.push({ source: file, dataset: checked.dataset });
    documents.push({ source: file, doc });
  }
  if (documents.length > 1) problems.push(...crossFileIssues(documents));
  const errors = problems.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) {
    for (const issue of errors) err(formatIssue(issue, lang));
    err(t.hsds.invalid);
    return 1;
  }
  const showProgress = progressAllowed(ctx.quiet);
  const result = exportHsds(parts, t.hsds.noProvider, (total) =>
    createProgress(t.progress.converting, total, showProgress && total > 200),
  );
  const output = typeof ctx.options.output === 'string' ? ctx.options.output : undefined;
  writeOutput(output, toJson(result.document));
  if (!ctx.quiet) {
    // The same id in two files: both services are exported, each with its own id.
    for (const issue of result.issues) {
      err(formatIssue(mergeWarning(issue, documents.find((d) => d.source === issue.source)?.doc), lang));
    }
  }
  reportRemoved(ctx, removed);
  if (!ctx.quiet) err(t.hsds.written(output ?? '-', result.organizations, result.services, result.locations));
  return 0;
}

// ------------------------------------------------------------------ split

/** A region's dataset as two files: the catalogue shows the first while the second downloads. */
function splitCommand(ctx: Context): number {
  const { t, lang } = ctx;
  if (ctx.files.length !== 1) throw new UsageError(ctx.files.length ? t.usage.oneFile : t.usage.noFiles);
  const file = ctx.files[0] as string;
  if (fileKind(file) !== 'json') throw new UsageError(t.usage.unsupported(file));
  const given = ctx.options.first;
  const first = typeof given === 'string' ? Number(given) : FIRST_SERVICES;
  if (!Number.isInteger(first) || first < 1) throw new UsageError(t.split.badFirst(String(given)));
  const loaded = loadJson(file, t);
  if (!loaded.ok) {
    err(loaded.message);
    return 1;
  }
  // The files are public: what could reveal a hidden place is left out, and listed.
  const { dataset: doc, removed } = redactHiddenLocations(loaded.value);
  const errors = checkDocument(doc, file).issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) {
    for (const issue of errors) err(formatIssue(issue, lang));
    err(t.notWritten);
    return 1;
  }
  // The file as it is (valid), not the validator's copy: split moves records, it changes none.
  const dataset = doc as KpssDataset;
  const parts = splitDataset(dataset, first);
  if (!parts) {
    if (!ctx.quiet) err(t.split.tooSmall(dataset.services?.length ?? 0, first));
    return 0;
  }
  const dir = typeof ctx.options.output === 'string' ? ctx.options.output : dirname(file);
  const base = basename(file).replace(/\.json$/i, '');
  const names = parts.map((_, i) => `${base}-${i + 1}.json`);
  for (const [i, part] of parts.entries()) writeOutput(join(dir, names[i] as string), toJson(part));
  reportRemoved(ctx, removed.map(removedIn(t, file)));
  if (!ctx.quiet) {
    for (const [i, part] of parts.entries()) err(t.written(join(dir, names[i] as string), t.counts(countsOf(part))));
    err(t.split.src(names.join(' ')));
  }
  return 0;
}

// ------------------------------------------------------------------ templates

async function templates(ctx: Context): Promise<number> {
  const dir = typeof ctx.options.output === 'string' ? ctx.options.output : '.';
  const files = await templateFiles();
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of files) writeFileSync(join(dir, name), content);
  if (!ctx.quiet)
    err(
      ctx.t.templates.written(
        dir,
        files.map(([name]) => name),
      ),
    );
  return 0;
}

// ------------------------------------------------------------------ main

/** The language asked for, read before the rest so that even usage errors speak it. */
function langOf(argv: string[]): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--lang') return argv[i + 1] ?? 'cs';
    if (arg.startsWith('--lang=')) return arg.slice(7);
  }
  return process.env.KPSS_LANG ?? 'cs';
}

/**
 * The tool's language for a code or a locale ("en", "uk_UA.UTF-8"); "ua", the
 * country, is taken for Ukrainian too, as people often write it.
 */
function cliLang(requested: string): CliLang | undefined {
  if (requested.startsWith('cs')) return 'cs';
  if (requested.startsWith('en')) return 'en';
  if (requested.startsWith('uk') || requested.startsWith('ua')) return 'uk';
  return undefined;
}

export async function main(argv: string[]): Promise<number> {
  // Unknown keys are reported with the nearest known name ("telefon" → "phone").
  installFieldSuggestions();
  const requested = (langOf(argv) || 'cs').toLowerCase();
  const lang = cliLang(requested);
  const t = TEXTS[lang ?? 'cs'];
  try {
    if (!lang) throw new UsageError(t.usage.badLang(requested));
    // The command is the first word that is not an option or the value of --lang.
    let commandIndex = -1;
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i] as string;
      if (arg === '--lang') i++;
      else if (!arg.startsWith('-')) {
        commandIndex = i;
        break;
      }
    }
    const command = commandIndex >= 0 ? (argv[commandIndex] as string) : undefined;
    if (!command) {
      const { options } = parseArgs(argv, [...COMMON, { key: 'version', names: ['--version', '-v'] }], t.usage);
      if (options.version) {
        out(packageJson.version);
        return 0;
      }
      out(t.help.main);
      return options.help ? 0 : 2;
    }
    const spec = COMMANDS[command];
    if (!spec) throw new UsageError(t.usage.unknownCommand(command));
    const rest = [...argv.slice(0, commandIndex), ...argv.slice(commandIndex + 1)];
    const { positionals, options } = parseArgs(rest, [...COMMON, ...spec.options], t.usage);
    if (options.help) {
      out(t.help[spec.help]);
      return 0;
    }
    const ctx: Context = {
      t,
      lang,
      quiet: options.quiet === true,
      options,
      files: positionals,
      allowUnknown: options.allowUnknown === true,
    };
    // Awaited here, inside the try: a usage error thrown in a command is answered below.
    switch (command) {
      case 'validate':
        return await validate(ctx);
      case 'import-sheet':
        return await importSheet(ctx);
      case 'import-registry':
        return importRegistryCommand(ctx);
      case 'export-hsds':
        return exportHsdsCommand(ctx);
      case 'split':
        return splitCommand(ctx);
      default:
        return await templates(ctx);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err(`kpss-data: ${error.message}`);
      err(t.usage.seeHelp);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
