/**
 * .xlsx workbooks (Office Open XML spreadsheets) through ExcelJS: reading a
 * workbook's sheets as rows of cell texts, and writing the spreadsheet
 * template. ExcelJS is a devDependency bundled into dist/cli/kpss-data.js by
 * esbuild, so the published package gains no runtime dependency.
 *
 * Cells are read as the text a person sees in them, the way the importer
 * expects it: formulas as their last computed value, rich text as its plain
 * text, errors as "#N/A", booleans as TRUE/FALSE, merged cells only in their
 * first cell. A cell formatted as a date (which ExcelJS turns into a Date)
 * goes back to its serial number, so that dates reach the importer one way
 * whatever the cell's format (see `excelSerialToIso`).
 */
import type { CellValue } from 'exceljs';
// ExcelJS's workbook alone, not its package entry, which adds the streaming reader and writer (unzipper,
// archiver and their dependencies, over 1 MB of the bundle) that reading and writing whole files never use.
import ExcelWorkbook from 'exceljs/lib/doc/workbook.js';
import JSZip from 'jszip';

/** One sheet: rows of cell texts, each row as long as its last filled cell. */
export interface Sheet {
  name: string;
  rows: string[][];
}

export interface Workbook {
  sheets: Sheet[];
  /** True when dates count from 1904 (old Mac workbooks). */
  date1904: boolean;
}

/** Day 0 of Excel's date serial numbers: 1899-12-30 in the 1900 system (its leap-year bug included), else 1904-01-01. */
const epoch = (date1904: boolean) => (date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30));
const DAY_MS = 86400000;

/** ISO date (and time when there is one) of an Excel date serial number. */
export function excelSerialToIso(serial: number, date1904 = false): string {
  const ms = Math.round((serial * DAY_MS) / 60000) * 60000;
  const iso = new Date(epoch(date1904) + ms).toISOString();
  return serial % 1 === 0 ? iso.slice(0, 10) : iso.slice(0, 16);
}

/** Column letters of a 0-based index: 0 → "A", 27 → "AB". */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A number as a cell shows it, without floating-point noise ("49.123" rather than "49.122999999999998"). */
function numberText(value: number): string {
  return Number.isFinite(value) ? String(Number.parseFloat(value.toPrecision(15))) : String(value);
}

/** The text of a cell value as ExcelJS reads it. */
function cellText(value: CellValue, date1904: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return numberText((value.getTime() - epoch(date1904)) / DAY_MS);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  // A formula, or a shared one: the value it last computed.
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null, date1904);
  // A hyperlink: the text shown (itself rich text at times), not the address.
  if ('hyperlink' in value) return cellText(value.text as CellValue, date1904);
  return '';
}

/** Reads the sheets of an .xlsx file, in workbook order; throws when the bytes are not a workbook. */
export async function readXlsx(buffer: Uint8Array): Promise<Workbook> {
  const workbook = new ExcelWorkbook();
  // An ArrayBuffer of its own: what ExcelJS's types ask for, and JSZip reads it as it is.
  await workbook.xlsx.load(buffer.slice().buffer);
  const date1904 = workbook.properties.date1904 === true;
  const sheets = workbook.worksheets.map((worksheet): Sheet => {
    const rows: string[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        // A merged range's other cells repeat its first cell's value in ExcelJS; in the sheet they are empty.
        if (cell.master !== cell) return;
        cells[columnNumber - 1] = cellText(cell.value, date1904);
      });
      rows[rowNumber - 1] = Array.from(cells, (text) => text ?? '');
    });
    return { name: worksheet.name, rows: Array.from(rows, (cells) => cells ?? []) };
  });
  return { sheets, date1904 };
}

export interface SheetToWrite {
  name: string;
  rows: string[][];
  /** Column widths in characters. */
  widths?: number[];
  /** Makes the first row bold and keeps it in view when scrolling. */
  header?: boolean;
}

/**
 * The date written into the workbook's properties and on every zip entry, so
 * that the same sheets give the same bytes (the shipped templates are
 * compared with what the tool writes). The zip format's first day: no date.
 */
const FIXED_DATE = new Date(Date.UTC(1980, 0, 1));

/** An .xlsx workbook of text cells, the same bytes for the same sheets. */
export async function writeXlsx(sheets: SheetToWrite[]): Promise<Uint8Array> {
  const workbook = new ExcelWorkbook();
  workbook.creator = 'kpss-data';
  workbook.lastModifiedBy = 'kpss-data';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: sheet.header ? [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2' }] : [],
    });
    if (sheet.widths) worksheet.columns = sheet.widths.map((width) => ({ width }));
    // An empty text is no cell at all, as a spreadsheet saves it.
    for (const cells of sheet.rows) worksheet.addRow(cells.map((text) => (text === '' ? null : text)));
    if (sheet.header) worksheet.getRow(1).font = { bold: true };
  }
  // ExcelJS dates every zip entry with the time of writing and has no option for it: the entries are
  // packed again with the fixed date (and without folder entries, which would get today's date).
  const written = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const pinned = new JSZip();
  for (const entry of Object.values(written.files)) {
    if (entry.dir) continue;
    pinned.file(entry.name, await entry.async('uint8array'), { date: FIXED_DATE, createFolders: false });
  }
  return pinned.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
