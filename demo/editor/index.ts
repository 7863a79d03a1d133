/** `<kpss-data-editor>`: registers the editor element (a demo tool, not part of the library). */
import { KpssDataEditor } from './editor.js';

export { KpssDataEditor };

if (!customElements.get('kpss-data-editor')) customElements.define('kpss-data-editor', KpssDataEditor);

declare global {
  interface HTMLElementTagNameMap {
    'kpss-data-editor': KpssDataEditor;
  }
}
