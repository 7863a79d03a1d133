/**
 * kpss-widgets: all elements. Load once with
 * <script type="module" src=".../kpss-widgets.js"></script>
 */
export * from './core/public.js';
