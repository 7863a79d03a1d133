/**
 * CSV as spreadsheets write it: RFC 4180 quoting, ";" (Czech Excel) or ","
 * or tab as the delimiter, detected from the header line. The encoding is
 * detected: a byte order mark (UTF-8, UTF-16 LE or BE), UTF-16 without one by
 * its zero bytes (Excel's "Unicode text" is UTF-16 LE, tab-separated), valid
 * UTF-8, else Windows-1250, the encoding Czech Excel uses for "CSV" without
 * "UTF-8". Text that still is not text (a workbook renamed to .csv, a wrong
 * encoding) is refused rather than read as garbage.
 *
 * The detection is the tool's own (no library guesses Windows-1250 against
 * UTF-16 without a byte order mark on a short sheet); decoding is iconv-lite's,
 * parsing csv-parse's and writing csv-stringify's, all bundled into the tool.
 */
import { isUtf8 } from 'node:buffer';
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1250';

export interface CsvText {
  text: string;
  encoding: CsvEncoding;
  /** The text is not text: control characters (a binary file, a wrong encoding). */
  garbled: boolean;
}

/** UTF-16 without a byte order mark: most of the first bytes' pairs have a zero byte on the same side (ASCII letters). */
function utf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.min(bytes.length >> 1, 2048);
  if (pairs < 2) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) even++;
    if (bytes[2 * i + 1] === 0) odd++;
  }
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Whether decoded text is garbage: a NUL character, or more than one control
 * character in 200 (C0 controls other than tab and line ends, and DEL), which
 * no spreadsheet's text holds.
 */
export function looksGarbled(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127) controls++;
  }
  return controls * 200 > text.length;
}

/** Decodes a CSV file's bytes, detecting the encoding. */
export function decodeCsv(bytes: Uint8Array): CsvText {
  const decode = (encoding: CsvEncoding): CsvText => {
    // iconv-lite leaves the byte order mark out; it knows Windows-1250 and UTF-16 BE whatever ICU Node was built with.
    const text = iconv.decode(bytes, encoding);
    return { text, encoding, garbled: looksGarbled(text) };
  };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode('utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be');
  const utf16 = utf16ByZeros(bytes);
  if (utf16) return decode(utf16);
  return decode(isUtf8(bytes) ? 'utf-8' : 'windows-1250');
}

/** The delimiter used in the first line (outside quotes): the most frequent of ";", ",", tab. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) as number) + 1);
  }
  let best = ';';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) as number)) best = delimiter;
  return best;
}

/** Where and why CSV text cannot be parsed: the record (a sheet's row) and the column (both from 1). */
export class CsvSyntaxError extends Error {
  constructor(
    readonly problem: 'unclosedQuote' | 'other',
    readonly row: number,
    readonly column: number,
  ) {
    super(`CSV ${problem} at row ${row}, column ${column}`);
  }
}

/**
 * Parses CSV text into rows of cells, as forgiving as spreadsheets are: rows
 * of any length, a quote inside an unquoted cell kept as it is, line ends of
 * any kind (even mixed). A quote opened and never closed would swallow the
 * rest of the file: that is a CsvSyntaxError naming the row it is in.
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  try {
    return parse(text, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_quotes: true,
      relax_column_count: true,
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // The parser's context: the records done before this one, and the cell it is in (from 0).
    const count = (value: unknown) => (typeof value === 'number' ? value : 0);
    throw new CsvSyntaxError(
      error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'unclosedQuote' : 'other',
      count(error.records) + 1,
      count(error.index) + 1,
    );
  }
}

/** CSV text with a UTF-8 BOM (so that Excel reads Czech letters), CRLF line ends, cells quoted when needed. */
export function writeCsv(rows: string[][], delimiter = ';'): string {
  return stringify(rows, {
    delimiter,
    record_delimiter: '\r\n',
    bom: true,
    // Besides the delimiter, quotes and CRLF (quoted anyway): a lone line end, and spaces at either end,
    // which a spreadsheet would otherwise trim.
    quoted_match: /^\s|\s$|[\r\n]/,
  });
}
