// The SPC chart geometry now lives in core, where the board report's SVG builder shares it with
// the dashboard's React chart; this file keeps the dashboard's imports working.
export * from '../../../../core/report/spc-geometry.js';
