/** Reading input files and writing output for the command line tool. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { parseJson } from '../core/loader.js';
import { UsageError } from './args.js';
import { decodeCsv, parseCsv } from './csv.js';
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

/** A JSON file, or the reason it cannot be parsed (with line and column). */
export function loadJson(path: string, t: Texts): JsonResult {
  const text = new TextDecoder().decode(readBytes(path, t)).replace(/^\uFEFF/, '');
  const parsed = parseJson(text);
  if (parsed.ok) return { ok: true, value: parsed.value };
  const detail = parsed.line !== undefined ? t.position(parsed.line, parsed.column ?? 0) : parsed.message;
  return { ok: false, message: t.json(path, detail) };
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
export function readSheets(
  path: string,
  t: Texts,
): { ok: true; sheets: SheetInput[]; notes: string[] } | { ok: false; message: string } {
  const bytes = readBytes(path, t);
  if (fileKind(path) === 'csv') {
    const { text, encoding, garbled } = decodeCsv(bytes);
    // Not text in any encoding tried (a workbook saved under .csv, another encoding): refused, not read as garbage.
    if (garbled) return { ok: false, message: t.sheet.garbled(path) };
    return {
      ok: true,
      sheets: [{ file: path, name: basename(path), rows: parseCsv(text), date1904: false, csv: true }],
      notes: encoding === 'windows-1250' ? [t.sheet.windows1250(path)] : [],
    };
  }
  try {
    const workbook = readXlsx(bytes);
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
  } catch (error) {
    return { ok: false, message: t.notSheet(path, error instanceof Error ? error.message : String(error)) };
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
