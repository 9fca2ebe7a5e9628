// Months and dates as people read them, for headings, captions and each item's line.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-10" as "October 2026". */
export function monthInWords(period: string): string {
  const [year, month] = period.split('-').map(Number);
  return year && month ? `${MONTHS[month - 1]} ${year}` : period;
}

/** "2026-03-04" as "4 March 2026". */
export function dateInWords(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return year && month && day ? `${day} ${MONTHS[month - 1]} ${year}` : iso;
}
