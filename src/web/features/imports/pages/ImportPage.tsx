import { useSearchParams } from 'react-router';
import { useCan, useOrgId } from '../../../app/guards.js';
import { Details } from '../../../components/content.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { templateUrl, type ImportKind } from '../api/imports-api.js';
import { ImportRunView } from '../components/ImportRunView.js';
import { UploadForm } from '../components/UploadForm.js';

function Columns({ orgId, units, staff }: { orgId: string; units: boolean; staff: boolean }) {
  return (
    <>
      <h2 className="nhsuk-heading-m">What the file needs</h2>
      <p>The first row must name the columns. They can be in any order and any case, and common ESR names, such as Employee Number or Cost Centre, are recognised too.</p>
      {units && (
        <Details summary="Columns for the organisation structure">
          <ul className="nhsuk-list nhsuk-list--bullet">
            <li>Unit Code: your code for the unit, such as its cost centre (required)</li>
            <li>Unit Name (required)</li>
            <li>Parent Code: the code of the unit it sits inside; leave blank for a top-level unit</li>
            <li>Unit Type: division, directorate, department, ward, team, site or other</li>
          </ul>
          <p>Instead of Parent Code, you can place each unit with a Unit Path, like “Medicine &gt; Acute Medical Unit”, or with columns Level 1 to Level 8.</p>
          <p>Units already in Cultivate are matched by their code and updated.</p>
        </Details>
      )}
      {staff && (
        <Details summary="Columns for the staff list">
          <ul className="nhsuk-list nhsuk-list--bullet">
            <li>Assignment Number (required): from ESR or your staff record</li>
            <li>Full Name, or First Name and Last Name (required)</li>
            <li>Unit Code, or Unit Path such as “Medicine &gt; Acute Medical Unit”, or Level 1 to Level 8 (required)</li>
            <li>Work Email, Pay Band, Staff Group, Job Role and Leader (Y or N) (optional)</li>
          </ul>
          <p>Import the structure first, so every unit code in the staff list exists. People already in Cultivate are matched by their assignment number and updated.</p>
        </Details>
      )}
      <h3 className="nhsuk-heading-s">Templates</h3>
      <p>Each template has the column names and two example rows to replace with your own.</p>
      <ul className="nhsuk-list">
        {units && (
          <li>
            <a href={templateUrl(orgId, 'units')} download>
              Download the structure template (CSV)
            </a>
          </li>
        )}
        {staff && (
          <li>
            <a href={templateUrl(orgId, 'staff')} download>
              Download the staff list template (CSV)
            </a>
          </li>
        )}
      </ul>
    </>
  );
}

export function ImportPage() {
  const orgId = useOrgId();
  const [params] = useSearchParams();
  const importId = params.get('id');
  // The API needs units.write for every import (a staff file may create units) and staff.import as well for staff.
  const units = useCan('units.write');
  const staff = useCan('staff.import') && units;

  if (importId) return <ImportRunView key={importId} orgId={orgId} importId={importId} />;

  const kinds: { value: ImportKind; label: string; hint: string }[] = [
    ...(units ? [{ value: 'units' as const, label: 'Units', hint: 'The organisation structure: divisions, directorates, wards and teams' }] : []),
    ...(staff ? [{ value: 'staff' as const, label: 'Staff', hint: 'The staff list, with each person’s unit' }] : []),
  ];
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>Import from a spreadsheet</PageHeading>
        <p>Upload the organisation structure or the staff list. Cultivate checks the whole file first: if anything is wrong, nothing is changed and you see each problem by row and column.</p>
        <UploadForm orgId={orgId} kinds={kinds} />
        <Columns orgId={orgId} units={units} staff={staff} />
      </div>
    </div>
  );
}
