import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useCan, useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import { Button, ButtonLink } from '../../../components/Button.js';
import { InsetText } from '../../../components/content.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { useUnits } from '../api/useUnits.js';
import { buildUnitTree, flattenTree, type UnitRow } from '../lib/unit-tree.js';
import { UnitTree } from '../components/UnitTree.js';

// Which units are open survives going to a unit's change page and back.
const rememberedOpen = new Map<string, Set<string>>();

function StructureView({ units, orgId }: { units: UnitRow[]; orgId: string }) {
  const canWrite = useCan('units.write');
  const tree = useMemo(() => buildUnitTree(units), [units]);
  const parents = useMemo(() => flattenTree(tree).filter((n) => n.children.length > 0), [tree]);
  const [expanded, setExpanded] = useState<Set<string>>(() => rememberedOpen.get(orgId) ?? new Set(tree.map((n) => n.id)));

  const update = (next: Set<string>) => {
    rememberedOpen.set(orgId, next);
    setExpanded(next);
  };
  const toggle = (id: string) => {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    update(next);
  };
  const totalStaff = tree.reduce((sum, n) => sum + n.subtreeStaff, 0);

  return (
    <>
      <p>
        {units.length.toLocaleString('en-GB')} {units.length === 1 ? 'unit' : 'units'}, with {totalStaff.toLocaleString('en-GB')} staff between them. Staff
        numbers include everyone in the units inside each one.
      </p>
      {canWrite && (
        <div className="app-button-group">
          <ButtonLink to={`/organisations/${orgId}/units/new`}>Add a unit</ButtonLink>
          <p>
            <Link to={`/organisations/${orgId}/import`}>Import the structure from a spreadsheet</Link>
          </p>
        </div>
      )}
      {units.length === 0 ? (
        <InsetText>
          <p>There are no units yet.</p>
        </InsetText>
      ) : (
        <>
          {parents.length > 0 && (
            <div className="app-button-group">
              <Button variant="secondary" small onClick={() => update(new Set(parents.map((n) => n.id)))}>
                Show all units
              </Button>
              <Button variant="secondary" small onClick={() => update(new Set())}>
                Hide units inside others
              </Button>
            </div>
          )}
          <UnitTree nodes={tree} expanded={expanded} onToggle={toggle} editBase={canWrite ? `/organisations/${orgId}/units` : null} label="Organisation structure" />
        </>
      )}
    </>
  );
}

export function UnitsPage() {
  const orgId = useOrgId();
  const units = useUnits(orgId);
  return (
    <QueryView query={units} loading="Loading the structure">
      {(items) => (
        <>
          <PageHeading>Organisation structure</PageHeading>
          <StructureView units={items} orgId={orgId} />
        </>
      )}
    </QueryView>
  );
}
