// The board report as a printable page: the very document the DOCX and PDF are drawn from, so
// every figure matches the downloads. Printing leaves out the site's header, navigation and
// footer, keeps table rows and charts whole, and starts a new page where the report does.
import { useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { Button } from '../../../components/Button.js';
import { BackLink } from '../../../components/navigation.js';
import type { ProgrammeView } from '../../programme/api/programme-api.js';
import { reportFileUrl } from '../api/synthesis-api.js';
import { useReport } from '../api/useSynthesis.js';
import { ProgrammeGate } from '../components/ProgrammeGate.js';
import { ReportDocumentView } from '../components/ReportDocumentView.js';
import { synthesisPath } from '../lib/paths.js';

function ReportLoader({ orgId, programme }: { orgId: string; programme: ProgrammeView }) {
  const report = useReport(orgId, programme.id);
  return (
    <QueryView query={report} loading="Putting the board report together">
      {(doc) => (
        <>
          <div className="app-no-print">
            <BackLink to={synthesisPath(orgId)}>Back to the synthesis</BackLink>
          </div>
          <ReportDocumentView
            doc={doc}
            actions={
              <div className="app-no-print app-report-actions">
                <Button variant="secondary" onClick={() => window.print()}>
                  Print this report
                </Button>
                <ul className="nhsuk-list">
                  <li>
                    <a href={reportFileUrl(orgId, programme.id, 'docx')} download>
                      Download the report as a Word document (DOCX)
                    </a>
                  </li>
                  <li>
                    <a href={reportFileUrl(orgId, programme.id, 'pdf')} download>
                      Download the report as a PDF
                    </a>
                  </li>
                </ul>
              </div>
            }
          />
        </>
      )}
    </QueryView>
  );
}

export function ReportPage() {
  const orgId = useOrgId();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <ProgrammeGate orgId={orgId} heading="Board report">
          {(programme) => <ReportLoader orgId={orgId} programme={programme} />}
        </ProgrammeGate>
      </div>
    </div>
  );
}
