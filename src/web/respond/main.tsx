// Entry point of the respondent pages: a small bundle of its own, so people answering a survey
// on a phone or a ward computer never download the staff app.
import './legacy-support.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RespondApp } from './RespondApp.js';
import '../styles/respond.scss';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <RespondApp />
    </StrictMode>,
  );
}
