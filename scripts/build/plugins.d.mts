import type { Plugin } from 'vite';

export function stripSchemaAnnotations(node: unknown, isPropertyMap?: boolean): unknown;
export function minifyCssTemplates(code: string): string;
export function sizeTrims(): Plugin;
export function collapseHtmlTemplates(code: string, fileName?: string): string;
