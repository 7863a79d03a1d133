/** Reading input files and writing output for the command line tool. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { parseJson } from '../core/loader.js';
import { UsageError } from './args.js';
import { CsvSyntaxError, decodeCsv, parseCsv } from './csv.js';
import type { Texts } from './messages.js';
import { readXlsx } from './xlsx.js';

export function readBytes(path: string, t: Texts): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch {
    throw new UsageError(t.usage.notFound(path));
  }
}

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * A JSON file, or the reason it cannot be parsed in the reader's language:
 * line, column and what is there ("řádek 3, sloupec 16: čárka za posledním
 * prvkem…"), never the engine's English message. A file saved as UTF-16
 * (Notepad's "Unicode") or Windows-1250 is decoded as the CSV files are.
 */
export function loadJson(path: string, t: Texts): JsonResult {
  const { text } = decodeCsv(readBytes(path, t));
  if (!text.trim()) return { ok: false, message: t.json(path, t.jsonProblem.empty) };
  const parsed = parseJson(text);
  if (parsed.ok) return { ok: true, value: parsed.value };
  const line = parsed.line ?? 1;
  const column = parsed.column ?? 1;
  return { ok: false, message: t.json(path, `${t.position(line, column)}: ${jsonProblem(text, line, column, t)}`) };
}

/** What is at a JSON parse error's line and column, in words. */
function jsonProblem(text: string, line: number, column: number, t: Texts): string {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  offset += column - 1;
  const char = text[offset];
  if (char === undefined || !text.slice(offset).trim()) return t.jsonProblem.end;
  if ((char === '}' || char === ']') && /,\s*$/.test(text.slice(0, offset))) return t.jsonProblem.trailingComma;
  if (char === "'") return `${t.jsonProblem.unexpected(char)} (${t.jsonProblem.singleQuote})`;
  return t.jsonProblem.unexpected(char);
}

/** One sheet of a workbook, or one CSV file. */
export interface SheetInput {
  file: string;
  /** Sheet name, or the CSV file's name. */
  name: string;
  rows: string[][];
  date1904: boolean;
  csv: boolean;
}

export type FileKind = 'json' | 'xlsx' | 'csv' | undefined;

export function fileKind(path: string): FileKind {
  const ext = extname(path).toLowerCase();
  return ext === '.json' ? 'json' : ext === '.xlsx' ? 'xlsx' : ext === '.csv' ? 'csv' : undefined;
}

/** The sheets of a spreadsheet file; notes are warnings to show (e.g. the encoding guessed). */
export async function readSheets(
  path: string,
  t: Texts,
): Promise<{ ok: true; sheets: SheetInput[]; notes: string[] } | { ok: false; message: string }> {
  const bytes = readBytes(path, t);
  if (fileKind(path) === 'csv') {
    const { text, encoding, garbled } = decodeCsv(bytes);
    // Not text in any encoding tried (a workbook saved under .csv, another encoding): refused, not read as garbage.
    if (garbled) return { ok: false, message: t.sheet.garbled(path) };
    let rows: string[][];
    try {
      rows = parseCsv(text);
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      // The parser's English never reaches the reader: where it stopped, and why, in their language.
      const problem = error.problem === 'unclosedQuote' ? t.sheet.unclosedQuote : t.sheet.csvSyntax;
      return { ok: false, message: t.sheet.notCsv(path, `${t.position(error.row, error.column)}: ${problem}`) };
    }
    return {
      ok: true,
      sheets: [{ file: path, name: basename(path), rows, date1904: false, csv: true }],
      notes: encoding === 'windows-1250' ? [t.sheet.windows1250(path)] : [],
    };
  }
  try {
    const workbook = await readXlsx(bytes);
    return {
      ok: true,
      sheets: workbook.sheets.map((sheet) => ({
        file: path,
        name: sheet.name,
        rows: sheet.rows,
        date1904: workbook.date1904,
        csv: false,
      })),
      notes: [],
    };
  } catch {
    // What the zip or XML library says is English and technical; what matters is whether the file is a zip at
    // all (an old .xls, a CSV or a PDF renamed .xlsx) or a damaged or foreign one.
    const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    return { ok: false, message: t.notSheet(path, zip ? t.sheet.damagedXlsx : t.sheet.notZip) };
  }
}

/** Writes text to a file (creating its folder) or, without a path, to standard output. */
export function writeOutput(path: string | undefined, text: string): void {
  if (!path || path === '-') {
    process.stdout.write(text);
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
