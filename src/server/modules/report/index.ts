// The board report's renderers: a ReportDocument (src/core/report) drawn as a Word document for
// boards to circulate, or as a tagged, accessible PDF.
export { renderDocx } from './render-docx.js';
export { renderPdf } from './render-pdf.js';
export { svgToPng } from './rasterise.js';
export { sampleReport } from './sample-report.js';
