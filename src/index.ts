/**
 * kpss-widgets: all elements. Load once with
 * <script type="module" src=".../kpss-widgets.js"></script>
 */
export * from './catalogue/index.js';
export * from './core/public.js';
export * from './map/index.js';
export * from './plan/index.js';
export * from './roster/index.js';
