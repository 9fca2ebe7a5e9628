// A rating as a tag with its name in words. A suggestion is shown apart from a rating the change
// team gave: an outlined tag that starts with "Suggested:".
import { Tag } from '../../../components/content.js';
import type { Agreement, CellView, Rating } from '../api/synthesis-api.js';
import { AGREEMENT_COLOURS, AGREEMENT_LABELS, cellDisplay, RATING_COLOURS, RATING_NAMES } from '../lib/ratings.js';

export function RatingTag({ rating }: { rating: Rating | null }) {
  if (!rating) return <Tag colour="grey">Not rated</Tag>;
  return <Tag colour={RATING_COLOURS[rating]}>{RATING_NAMES[rating]}</Tag>;
}

export function CellTag({ cell }: { cell: Pick<CellView, 'rating' | 'suggested' | 'evidence'> }) {
  const shown = cellDisplay(cell);
  switch (shown.kind) {
    case 'rated':
      return <Tag colour={RATING_COLOURS[shown.rating]}>{shown.text}</Tag>;
    case 'suggested':
      return <Tag colour="white">{shown.text}</Tag>;
    case 'not_rated':
      return <span className="nhsuk-body-s">{shown.text}</span>;
    case 'no_evidence':
      return <span className="nhsuk-body-s app-synthesis-muted">{shown.text}</span>;
  }
}

export function AgreementTag({ agreement }: { agreement: Agreement }) {
  return <Tag colour={AGREEMENT_COLOURS[agreement]}>{AGREEMENT_LABELS[agreement]}</Tag>;
}
