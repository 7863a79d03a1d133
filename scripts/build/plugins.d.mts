import type { Plugin } from 'vite';

export function stripSchemaAnnotations(node: unknown, isPropertyMap?: boolean): unknown;
export function minifyCssTemplates(code: string): string;
export function sizeTrims(): Plugin;
export function collapseHtmlTemplates(code: string, fileName?: string): string;
/** Writes each entry: the data preload first, then every chunk it needs at once, and its exports. */
export function writeEntries(preload?: string, elements?: Record<string, string>): Plugin;
