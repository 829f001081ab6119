// Files: a file dropped on the map is handed to the import picker (the Blazor InputFile #import-file), so a drop and a
// pick go through the same import dialog; window.plannerFiles opens what the app has written (e.g. the PDF) in a tab.

function onMap(e) {
  return e.target instanceof Element && e.target.closest('.map-area') !== null;
}

function hasFiles(e) {
  return e.dataTransfer && [...e.dataTransfer.types].includes('Files');
}

document.addEventListener('dragover', (e) => {
  if (!onMap(e) || !hasFiles(e)) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'copy';
  document.querySelector('.map-area')?.classList.add('dropping');
});

document.addEventListener('dragleave', (e) => {
  if (onMap(e)) document.querySelector('.map-area')?.classList.remove('dropping');
});

document.addEventListener('drop', (e) => {
  if (!onMap(e) || !hasFiles(e)) return;
  e.preventDefault();
  document.querySelector('.map-area')?.classList.remove('dropping');
  const input = document.getElementById('import-file');
  if (!input || e.dataTransfer.files.length === 0) return;
  const one = new DataTransfer();
  one.items.add(e.dataTransfer.files[0]);
  input.files = one.files;
  input.dispatchEvent(new Event('change', {bubbles: true}));
});

window.plannerFiles = {
  /** Opens a URL of this app in a new tab; false when the browser blocked it (the page then shows a link). */
  open(url) {
    const w = window.open(url, '_blank');
    return w !== null;
  },
};
