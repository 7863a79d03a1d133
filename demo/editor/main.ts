/**
 * The editor page: the element; a file dropped anywhere on the page opens in
 * it (instead of the browser leaving the page for the file); a warning before
 * leaving with changes that were not downloaded.
 */
import './index.js';

const editor = document.querySelector('kpss-data-editor');

window.addEventListener('dragover', (event) => {
  if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
});

window.addEventListener('drop', (event) => {
  const file = event.dataTransfer?.files?.[0];
  if (!file || event.defaultPrevented) return;
  event.preventDefault();
  void editor?.loadFile(file);
});

window.addEventListener('beforeunload', (event) => {
  if (editor?.hasUnsavedChanges) event.preventDefault();
});
