// Download links for the workforce analysis: plain links to the API's export for the same
// date, which hides the same figures as the page. Like the results' DownloadLinks, but the
// export lives under /workforce and takes the date rather than a unit.
import { API_BASE } from '../../../api/client.js';
import { workforceExportPath } from '../api/workforce-api.js';

export function WorkforceDownloads({ orgId, asOf }: { orgId: string; asOf: string | null }) {
  const what = 'the headline figures for every unit';
  const href = (format: 'csv' | 'xlsx') => `${API_BASE}${workforceExportPath(orgId, format, asOf)}`;
  return (
    <p>
      Download {what}:{' '}
      <a href={href('xlsx')} download>
        Excel (XLSX)<span className="nhsuk-u-visually-hidden">, workforce analysis</span>
      </a>{' '}
      or{' '}
      <a href={href('csv')} download>
        CSV<span className="nhsuk-u-visually-hidden">, workforce analysis</span>
      </a>
      . Hidden figures stay hidden in the downloads.
    </p>
  );
}
