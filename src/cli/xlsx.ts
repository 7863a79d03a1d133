/**
 * A small reader and writer of .xlsx workbooks (Office Open XML
 * spreadsheets), enough for the KPSS spreadsheet templates: the zip
 * container (stored and deflated entries, via node:zlib), the workbook's
 * sheet list, shared strings, inline strings, numbers and booleans. Formulas
 * are read as their last computed value; styles, merged cells and dates
 * formatted as dates are not interpreted (a date arrives as its serial
 * number, see `excelSerialToIso`).
 *
 * Over 400 lines: the zip container and the workbook parts, written together so that templates are
 * byte-for-byte stable.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

// ------------------------------------------------------------------ zip

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = (CRC_TABLE[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export class XlsxError extends Error {}

/** The entries of a zip archive, by name. */
export function readZip(buffer: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  // The end-of-central-directory record is in the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new XlsxError('not a zip archive');
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (offset === 0xffffffff) throw new XlsxError('zip64 archives are not supported');
  const entries = new Map<string, Uint8Array>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(offset, true) !== 0x02014b50) throw new XlsxError('damaged zip central directory');
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    const name = decoder.decode(buffer.subarray(offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (view.getUint32(localOffset, true) !== 0x04034b50) throw new XlsxError(`damaged zip entry ${name}`);
    const start = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    const data = buffer.subarray(start, start + compressedSize);
    if (method === 0) entries.set(name, data);
    else if (method === 8) entries.set(name, new Uint8Array(inflateRawSync(data)));
    else throw new XlsxError(`zip compression method ${method} is not supported (${name})`);
  }
  return entries;
}

/** A zip archive of the given entries, deflated, with a fixed date so that the same input gives the same bytes. */
export function writeZip(entries: [string, Uint8Array][]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
  for (const [name, data] of entries) {
    const nameBytes = encoder.encode(name);
    const compressed = new Uint8Array(deflateRawSync(data));
    const crc = crc32(data);
    const local = new Uint8Array(30 + nameBytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true); // UTF-8 names
    lv.setUint16(8, 8, true);
    lv.setUint16(10, 0, true);
    lv.setUint16(12, DOS_DATE, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, compressed.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const central = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, 8, true);
    cv.setUint16(12, 0, true);
    cv.setUint16(14, DOS_DATE, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, compressed.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local, compressed);
    centrals.push(central);
    offset += local.length + compressed.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, end];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

// ------------------------------------------------------------------ XML

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes XML character references and OOXML's `_xHHHH_` escapes. */
function decodeText(text: string): string {
  return text
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[ref] ?? whole;
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Characters XML 1.0 cannot hold at all.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return match ? decodeText(match[2] ?? match[3] ?? '') : undefined;
}

/** Text of all <t> elements inside a fragment (rich text runs), phonetic runs left out. */
function textRuns(fragment: string): string {
  const withoutPhonetic = fragment.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let text = '';
  for (const match of withoutPhonetic.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) {
    text += decodeText(match[1] ?? '');
  }
  return text;
}

function xmlOf(entries: Map<string, Uint8Array>, name: string): string | undefined {
  const data = entries.get(name);
  return data && new TextDecoder().decode(data);
}

// ------------------------------------------------------------------ reading

/** One sheet: rows of cell texts, each row as long as its last filled cell. */
export interface Sheet {
  name: string;
  rows: string[][];
}

/** Column index (0-based) of a cell reference such as "AB12". */
function columnIndex(ref: string): number {
  let index = 0;
  for (const char of ref) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

/** Column letters of a 0-based index: 0 → "A", 27 → "AB". */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A number as a cell shows it, without floating-point noise ("49.123" rather than "49.122999999999998"). */
function numberText(raw: string): string {
  const value = Number(raw);
  if (!Number.isFinite(value)) return raw;
  return String(Number.parseFloat(value.toPrecision(15)));
}

function readSheetXml(xml: string, shared: string[]): string[][] {
  const rows: string[][] = [];
  let nextRow = 0;
  for (const rowMatch of xml.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const r = attribute(rowMatch[1] ?? '', 'r');
    const rowIndex = r ? Number(r) - 1 : nextRow;
    nextRow = rowIndex + 1;
    const cells: string[] = [];
    let nextColumn = 0;
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const attrs = cellMatch[1] ?? '';
      const body = cellMatch[2] ?? '';
      const ref = attribute(attrs, 'r');
      const column = ref ? columnIndex(ref) : nextColumn;
      nextColumn = column + 1;
      const type = attribute(attrs, 't') ?? 'n';
      const v = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
      let text: string;
      if (type === 'inlineStr') text = textRuns(/<(?:\w+:)?is\b[\s\S]*?<\/(?:\w+:)?is>/.exec(body)?.[0] ?? '');
      else if (v === undefined) text = '';
      else if (type === 's') text = shared[Number(v)] ?? '';
      else if (type === 'b') text = v.trim() === '1' ? 'TRUE' : 'FALSE';
      else if (type === 'str' || type === 'e') text = decodeText(v);
      else text = numberText(decodeText(v).trim());
      cells[column] = text;
    }
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    rows[rowIndex] = cells;
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

/** Resolves a relationship target against the folder of the part that refers to it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

export interface Workbook {
  sheets: Sheet[];
  /** True when dates count from 1904 (old Mac workbooks). */
  date1904: boolean;
}

/** Reads the sheets of an .xlsx file, in workbook order. */
export function readXlsx(buffer: Uint8Array): Workbook {
  const entries = readZip(buffer);
  const rootRels = xmlOf(entries, '_rels/.rels') ?? '';
  const workbookPath =
    [...rootRels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => (attribute(tag, 'Type') ?? '').endsWith('/officeDocument'))
      .map((tag) => resolveTarget('', attribute(tag, 'Target') ?? ''))[0] ?? 'xl/workbook.xml';
  const workbook = xmlOf(entries, workbookPath);
  if (!workbook) throw new XlsxError('the archive holds no workbook (is it an .xlsx file?)');
  const relsPath = workbookPath.replace(/([^/]+)$/, '_rels/$1.rels');
  const rels = new Map<string, string>();
  let sharedPath: string | undefined;
  for (const match of (xmlOf(entries, relsPath) ?? '').matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(match[0], 'Id');
    const target = attribute(match[0], 'Target');
    if (!id || !target) continue;
    const path = resolveTarget(workbookPath, target);
    rels.set(id, path);
    if ((attribute(match[0], 'Type') ?? '').endsWith('/sharedStrings')) sharedPath = path;
  }
  const shared: string[] = [];
  const sharedXml = xmlOf(entries, sharedPath ?? 'xl/sharedStrings.xml');
  if (sharedXml) {
    for (const match of sharedXml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) {
      shared.push(textRuns(match[1] ?? ''));
    }
  }
  const sheets: Sheet[] = [];
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(match[0], 'name') ?? '';
    const rid = /\s(?:\w+:)?id\s*=\s*"([^"]*)"/.exec(match[0])?.[1];
    const path = rid ? rels.get(rid) : undefined;
    const xml = path ? xmlOf(entries, path) : undefined;
    if (xml === undefined) continue; // a chart sheet or a damaged reference
    sheets.push({ name, rows: readSheetXml(xml, shared) });
  }
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\sdate1904\s*=\s*"(?:1|true)"/.test(workbook);
  return { sheets, date1904 };
}

/** ISO date (and time when there is one) of an Excel date serial number. */
export function excelSerialToIso(serial: number, date1904 = false): string {
  // Day 0 is 1899-12-30 in the 1900 system (Excel's leap-year bug included), 1904-01-01 otherwise.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const ms = Math.round((serial * 86400000) / 60000) * 60000;
  const iso = new Date(epoch + ms).toISOString();
  return serial % 1 === 0 ? iso.slice(0, 10) : iso.slice(0, 16);
}

// ------------------------------------------------------------------ writing

export interface SheetToWrite {
  name: string;
  rows: string[][];
  /** Column widths in characters. */
  widths?: number[];
  /** Makes the first row bold and keeps it in view when scrolling. */
  header?: boolean;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** An .xlsx workbook of text cells; texts go to the shared-string table as Excel itself writes them. */
export function writeXlsx(sheets: SheetToWrite[]): Uint8Array {
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const indexOf = (text: string) => {
    let index = sharedIndex.get(text);
    if (index === undefined) {
      index = shared.length;
      shared.push(text);
      sharedIndex.set(text, index);
    }
    return index;
  };
  const sheetXml = sheets.map((sheet) => {
    const rows = sheet.rows
      .map((cells, r) => {
        const xml = cells
          .map((text, c) => {
            if (text === '') return '';
            const style = sheet.header && r === 0 ? ' s="1"' : '';
            return `<c r="${columnName(c)}${r + 1}" t="s"${style}><v>${indexOf(text)}</v></c>`;
          })
          .join('');
        return `<row r="${r + 1}">${xml}</row>`;
      })
      .join('');
    const view = sheet.header
      ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
      : '';
    const cols = sheet.widths?.length
      ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
      : '';
    return `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${view}${cols}<sheetData>${rows}</sheetData></worksheet>`;
  });
  const encoder = new TextEncoder();
  const file = (name: string, text: string): [string, Uint8Array] => [name, encoder.encode(text)];
  const sheetEntries = sheets.map((_, i) => file(`xl/worksheets/sheet${i + 1}.xml`, sheetXml[i] as string));
  return writeZip([
    file(
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
        '</Types>',
    ),
    file(
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    file(
      'xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets>` +
        sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ),
    file(
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
        sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId${sheets.length + 2}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>` +
        '</Relationships>',
    ),
    file(
      'xl/styles.xml',
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
        '</styleSheet>',
    ),
    ...sheetEntries,
    file(
      'xl/sharedStrings.xml',
      `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${shared.length}" uniqueCount="${shared.length}">` +
        shared
          .map((text) => `<si><t${/^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : ''}>${escapeXml(text)}</t></si>`)
          .join('') +
        '</sst>',
    ),
  ]);
}
