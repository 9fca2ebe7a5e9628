// Representation of ethnic minority and disabled staff in leadership, read beside the WRES and
// WDES returns: each group's share of every pay band against its share of the whole workforce,
// and how much more likely white (or non-disabled) staff are to be in band 8a or above, with
// that ratio also said in words so nobody has to know what "relative likelihood" means.
import type { Comparison, RepresentationRow } from '../../../../core/workforce/representation.js';
import { InsetText } from '../../../components/content.js';
import { formatDate } from '../../../lib/dates.js';
import { allNone, cellText } from '../lib/cells.js';
import { likelihoodSentence } from '../lib/words.js';
import { count, FigureTable, share, WorkforceSection, type FigureRow } from './FigureTable.js';

const OUTCOME = 'band 8a or above';

interface Groups {
  /** Heading for the part: "Ethnicity". */
  title: string;
  /** Column and row names, capitalised: "White", "Ethnic minority". */
  reference: string;
  focus: string;
  /** What is not known: "ethnicity". */
  what: string;
}

const ETHNICITY: Groups = { title: 'Ethnicity', reference: 'White', focus: 'Ethnic minority', what: 'ethnicity' };
const DISABILITY: Groups = { title: 'Disability', reference: 'Non-disabled', focus: 'Disabled', what: 'disability' };

function ComparisonPart({ id, c, groups, k, place }: { id: string; c: Comparison; groups: Groups; k: number; place: string }) {
  const focusLower = groups.focus.toLowerCase();
  const byBand: FigureRow[] = c.byBand
    .filter((b) => !allNone([b.reference, b.focus, b.unknown]))
    .map((b) => ({ key: b.band, label: b.band === 'Unknown' ? 'Not known' : b.band, figures: [count(b.reference), count(b.focus), count(b.unknown), share(b.focusShare)] }));
  byBand.push({ key: 'all', label: 'All staff', figures: [count(c.reference), count(c.focus), count(c.unknown), share(c.focusShare)] });
  const sentence = likelihoodSentence(c.relativeLikelihood, { reference: `${groups.reference} staff`, focus: `${focusLower} staff`, outcome: OUTCOME }, k, c.reference, c.focusInLeadershipBands);
  return (
    <section aria-labelledby={id}>
      <h3 className="nhsuk-heading-s" id={id}>
        {groups.title}
      </h3>
      <FigureTable
        caption={`Staff by pay band and ${groups.what}, ${place}`}
        rowHeader="Pay band"
        headers={[groups.reference, groups.focus, `${groups.what.charAt(0).toUpperCase()}${groups.what.slice(1)} not known`, `${groups.focus} share`]}
        k={k}
        rows={byBand}
      />
      <p className="nhsuk-body-s">
        The {focusLower} share is of staff whose {groups.what} is known. Compare each band’s share with the share for all staff in the last row.
      </p>
      <FigureTable
        caption={`Likelihood of being in ${OUTCOME}, by ${groups.what}, ${place}`}
        rowHeader="Staff"
        headers={[`In ${OUTCOME}`, 'All in the group', 'Likelihood']}
        k={k}
        rows={[
          { key: 'reference', label: `${groups.reference} staff`, figures: [count(c.referenceInLeadershipBands), count(c.reference), share(c.likelihoodReference)] },
          { key: 'focus', label: `${groups.focus} staff`, figures: [count(c.focusInLeadershipBands), count(c.focus), share(c.likelihoodFocus)] },
        ]}
      />
      <InsetText>
        <p>
          {c.relativeLikelihood.status === 'shown' && (
            <>
              Relative likelihood: <strong>{cellText(c.relativeLikelihood, 'ratio')}</strong>.{' '}
            </>
          )}
          {sentence}
        </p>
      </InsetText>
    </section>
  );
}

export function RepresentationSection({ row, asOf, k, place }: { row: RepresentationRow; asOf: string; k: number; place: string }) {
  return (
    <WorkforceSection id="workforce-representation" title="Representation">
      <p>
        Ethnic minority and disabled staff in post on {formatDate(asOf)}, by pay band, beside the whole workforce: read these with your Workforce Race Equality Standard (WRES) and Workforce Disability
        Equality Standard (WDES) returns.
      </p>
      <ComparisonPart id="workforce-ethnicity" c={row.ethnicity} groups={ETHNICITY} k={k} place={place} />
      <ComparisonPart id="workforce-disability" c={row.disability} groups={DISABILITY} k={k} place={place} />
    </WorkforceSection>
  );
}
