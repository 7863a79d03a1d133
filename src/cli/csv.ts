/**
 * CSV as spreadsheets write it: RFC 4180 quoting, ";" (Czech Excel) or ","
 * or tab as the delimiter, detected from the header line. The encoding is
 * detected: a byte order mark (UTF-8, UTF-16 LE or BE), UTF-16 without one by
 * its zero bytes (Excel's "Unicode text" is UTF-16 LE, tab-separated), valid
 * UTF-8, else Windows-1250, the encoding Czech Excel uses for "CSV" without
 * "UTF-8". Text that still is not text (a workbook renamed to .csv, a wrong
 * encoding) is refused rather than read as garbage.
 */

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
  const result = (text: string, encoding: CsvEncoding): CsvText => {
    const clean = text.replace(/^\uFEFF/, '');
    return { text: clean, encoding, garbled: looksGarbled(clean) };
  };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return result(new TextDecoder('utf-8').decode(bytes), 'utf-8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return result(new TextDecoder('utf-16le').decode(bytes), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return result(new TextDecoder('utf-16be').decode(bytes), 'utf-16be');
  const utf16 = utf16ByZeros(bytes);
  if (utf16) return result(new TextDecoder(utf16).decode(bytes), utf16);
  try {
    return result(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    return result(new TextDecoder('windows-1250').decode(bytes), 'windows-1250');
  }
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

/** Parses CSV text into rows of cells. */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cell += char;
      i++;
      continue;
    }
    if (char === '"' && cell === '') quoted = true;
    else if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      if (char === '\r' && text[i + 1] === '\n') i++;
    } else cell += char;
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** CSV text with a UTF-8 BOM (so that Excel reads Czech letters), CRLF line ends, cells quoted when needed. */
export function writeCsv(rows: string[][], delimiter = ';'): string {
  const quote = (cell: string) =>
    cell.includes(delimiter) || /["\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  return `\uFEFF${rows.map((row) => row.map(quote).join(delimiter)).join('\r\n')}\r\n`;
}
