import type { Plugin } from 'vite';

export function stripSchemaAnnotations(node: unknown, isPropertyMap?: boolean): unknown;
export function minifyCssTemplates(code: string): string;
export function sizeTrims(): Plugin;
export function collapseHtmlTemplates(code: string, fileName?: string): string;
/** Lists in each entry the chunks its chunks import, so a browser asks for them at once. */
export function hoistTransitiveImports(): Plugin;
