// The board report's public face in core: the document model and its rules, the SVG chart
// builders, and the SPC chart geometry they share with the dashboard.
export * from './document.js';
export * from './spc-geometry.js';
export * from './svg-charts.js';
