/**
 * Files in and out, in the browser only: a dataset read from a file the
 * coordinator chose, and the edited dataset offered as a download through a
 * blob: URL. Nothing is sent or stored anywhere.
 */
import { type Draft, prepareLoaded } from './dataset-ops.js';

/** Name of the downloaded file. */
export const DOWNLOAD_NAME = 'kpss-data.json';

/** Larger files are not datasets of one town or region. */
const MAX_BYTES = 50 * 1024 * 1024;

export type ReadResult = { ok: true; doc: Draft; notes: string[] } | { ok: false; message: string };

/** Reads and parses a dataset file; the message of a failure is for the coordinator. */
export async function readDatasetFile(file: File): Promise<ReadResult> {
  const name = `„${file.name}“`;
  const unchanged = 'Data v editoru zůstala beze změny.';
  if (file.size > MAX_BYTES) return { ok: false, message: `Soubor ${name} je příliš velký. ${unchanged}` };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: `Soubor ${name} se nepodařilo přečíst. ${unchanged}` };
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) return { ok: false, message: `Soubor ${name} je prázdný. ${unchanged}` };
  if (/^\s*</.test(text)) {
    return { ok: false, message: `Soubor ${name} neobsahuje data JSON, ale webovou stránku nebo XML. ${unchanged}` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: `Soubor ${name} není platný JSON (${error instanceof Error ? error.message : String(error)}). ${unchanged}`,
    };
  }
  try {
    return { ok: true, ...prepareLoaded(parsed) };
  } catch (error) {
    return {
      ok: false,
      message: `Soubor ${name}: ${error instanceof Error ? error.message : String(error)} ${unchanged}`,
    };
  }
}

/** The text of the download behind a blob: URL; the previous URL is released when the text changes. */
export class DownloadLink {
  url = '';
  text = '';

  /** The URL of a download of `text`. */
  update(text: string): string {
    if (this.url && text === this.text) return this.url;
    this.release();
    this.text = text;
    this.url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    return this.url;
  }

  release(): void {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = '';
  }
}
