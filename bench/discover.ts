// The Discover benchmark: the demo trust's board report (document, tagged PDF, Word) and coding
// suggestions with 5,000 coded notes, on SQLite and PostgreSQL side by side, each engine in a
// process of its own (bench/discover-worker.ts) so its memory is its own.
import { runWorker } from './lib/worker.js';

export interface DiscoverEngineResult {
  report: {
    pages: number;
    sections: number;
    tables: number;
    charts: number;
    pdfBytes: number;
    docxBytes: number;
    coldMs: { document: number; pdf: number; docx: number };
    warmMedianMs: { document: number; pdf: number; docx: number };
    rssBeforeMb: number;
    peakRssMb: { afterDocument: number; afterPdf: number; afterDocx: number };
  };
  suggestions: { codedNotes: number; notesOnPage: number; withSuggestions: number; withTrainingMs: number; withTrainingPerNoteMs: number; firstOpenMs: number; warmOpenMedianMs: number; warmPerNoteMs: number };
  peakRssMb: number;
}

export function discoverEngine(env: Record<string, string | undefined>): DiscoverEngineResult {
  return runWorker<DiscoverEngineResult>('discover-worker.ts', env);
}
