import type { Plugin } from 'vite';

export function stripSchemaAnnotations(node: unknown, isPropertyMap?: boolean): unknown;
export function minifyCssTemplates(code: string): string;
export function sizeTrims(): Plugin;
export function collapseHtmlTemplates(code: string, fileName?: string): string;
/** Writes each entry: the data preload first, then every chunk it needs at once, and its exports. */
export function writeEntries(preload?: string, elements?: Record<string, string>): Plugin;
/** The folder of the npm package a bundled module comes from, or undefined for the project's own modules. */
export function packageRoot(id: string): string | undefined;
/** Writes THIRD-PARTY-NOTICES.txt beside the built files, or adds the notices to `collect`. */
export function thirdPartyNotices(collect?: Map<string, unknown>): Plugin;
/** V8's explicit compile hint, the first line of the chunks `compileHints` marks. */
export const COMPILE_HINT: string;
/** Puts V8's compile hint at the top of the chunks named `names` (the code of an element's first render). */
export function compileHints(names: string[]): Plugin;
