// The respondent app's routes: personal links (/respond/i/<token>, as invitation emails write
// them) and open links (/respond/open/<code>). Anything else under /respond/ is a link that
// does not work. 360 feedback raters' links are /respond/f/<token>.
import { BrowserRouter, Route, Routes } from 'react-router';
import { NoSurvey, SurveyLink } from './SurveyLink.js';

export function RespondApp() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/respond/i/:secret/*" element={<SurveyLink kind="invitation" />} />
        <Route path="/respond/open/:secret/*" element={<SurveyLink kind="open" />} />
        <Route path="/respond/f/:secret/*" element={<SurveyLink kind="feedback" />} />
        <Route path="*" element={<NoSurvey />} />
      </Routes>
    </BrowserRouter>
  );
}
