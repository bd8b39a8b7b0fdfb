export { openPdfReader, RENDER_DPI } from './pdf-reader.ts';
export { openPdfjs, hasEofMarker } from './pdfjs.ts';
export { extractSingleImage } from './embedded-image.ts';
export { renderPage } from './render-page.ts';
export { readTextLayer } from './text-layer.ts';
export * from './text-layer-quality.ts';
