// "Download this table" links: plain links to the API's export, which applies the same hiding.
// Each link's hidden words say which table, as a page can offer more than one.
import { API_BASE } from '../../../api/client.js';

export function DownloadLinks({ path, what, query = '' }: { path: string; what: string; query?: string }) {
  const href = (format: 'csv' | 'xlsx') => `${API_BASE}${path}/export?format=${format}${query}`;
  return (
    <p>
      Download {what}:{' '}
      <a href={href('xlsx')} download>
        Excel (XLSX)<span className="nhsuk-u-visually-hidden">, {what}</span>
      </a>{' '}
      or{' '}
      <a href={href('csv')} download>
        CSV<span className="nhsuk-u-visually-hidden">, {what}</span>
      </a>
      . Hidden cells stay hidden in the downloads.
    </p>
  );
}
