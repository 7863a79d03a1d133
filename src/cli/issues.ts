/**
 * Problems reported by the tool: the shared validator's issues (worded by
 * the widgets' own strings) and the tool's own semantic checks, optionally
 * placed in a spreadsheet cell.
 */
import { issueCs } from '../core/strings/cs-issues.js';
import { en as enStrings } from '../core/strings/en.js';
import { uk as ukStrings } from '../core/strings/uk.js';
import { type DataIssue, ISSUE_CODES, type IssueCode } from '../core/validate.js';
import { type CliCode, type CliLang, TEXTS } from './messages.js';

export interface CliIssue {
  source: string;
  section?: string;
  index?: number;
  recordId?: string;
  field?: string;
  code: IssueCode | CliCode | 'sheet';
  value?: string;
  expected?: string;
  /** For the shared validator's issues: what the widgets do with the record. */
  outcome?: DataIssue['outcome'];
  severity: 'error' | 'warning';
  /** Spreadsheet cell, when the data came from a sheet. */
  sheet?: string;
  row?: number;
  column?: string;
  /** Ready text for spreadsheet problems (code "sheet"). */
  text?: string;
}

const VALIDATOR_CODES = new Set<string>(ISSUE_CODES);

/**
 * The shared validator's issue as a tool issue: every schema or reference
 * problem is an error, but a value that is no information (error text, a
 * placeholder), which the widgets leave out, is a warning. A key the schema
 * does not know ("telefon") is an error, and a warning with `allowUnknown`
 * (--allow-unknown): the record is kept either way.
 */
export function fromDataIssue(issue: DataIssue, allowUnknown = false): CliIssue {
  const warning =
    (issue.code === 'not-information' && issue.outcome === 'value-ignored') ||
    (issue.code === 'unknown-field' && allowUnknown && issue.outcome !== 'record-left-out');
  return { ...issue, severity: warning ? 'warning' : 'error' };
}

/** The message of an issue in a language, without its location in a sheet. */
export function issueText(issue: CliIssue, lang: CliLang): string {
  const t = TEXTS[lang];
  if (issue.code === 'sheet') return issue.text ?? '';
  if (VALIDATOR_CODES.has(issue.code) && issue.outcome) {
    if (lang === 'cs') return issueCs(issue as DataIssue);
    return ((lang === 'en' ? enStrings : ukStrings).issue as (i: DataIssue) => string)(issue as DataIssue);
  }
  const where = t.where(issue.source, issue.section, issue.index, issue.recordId, issue.field);
  const problem = t.code[issue.code as CliCode]?.({ value: issue.value, expected: issue.expected }) ?? issue.code;
  return `${where}: ${problem}.`;
}

/** One line for the terminal: "služby, řádek 7, sloupec „Druh služby“: …" for sheets, else the file-based text. */
export function formatIssue(issue: CliIssue, lang: CliLang): string {
  const t = TEXTS[lang];
  const prefix = issue.severity === 'warning' ? `${t.warning}: ` : '';
  if (issue.sheet !== undefined) {
    const cell = t.cell(issue.sheet, issue.row, issue.column);
    if (issue.code === 'sheet') return `${prefix}${cell}: ${issue.text}`;
    if (VALIDATOR_CODES.has(issue.code) && issue.outcome) return `${prefix}${cell}: ${issueText(issue, lang)}`;
    const problem = t.code[issue.code as CliCode]?.({ value: issue.value, expected: issue.expected }) ?? issue.code;
    return `${prefix}${cell}: ${problem}`;
  }
  return `${prefix}${issueText(issue, lang)}`;
}

/** The issue as a plain object for --json output. */
export function issueJson(issue: CliIssue, lang: CliLang): Record<string, unknown> {
  const { text: _text, ...rest } = issue;
  return { ...rest, message: formatIssue(issue, lang) };
}
