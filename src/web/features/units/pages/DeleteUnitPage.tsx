import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { useInvalidateOrg } from '../../../app/invalidate.js';
import { QueryView } from '../../../app/QueryView.js';
import { WarningCallout } from '../../../components/content.js';
import { ConfirmPage } from '../../../components/ConfirmPage.js';
import { useForm } from '../../../components/forms/useForm.js';
import { NotFoundPage } from '../../errors/pages/NotFoundPage.js';
import { deleteUnit, unitKindLabel, unitsKey } from '../api/units-api.js';
import { useUnits } from '../api/useUnits.js';
import { buildUnitTree, flattenTree, type UnitRow } from '../lib/unit-tree.js';

function ConfirmDelete({ unit, units, orgId }: { unit: UnitRow; units: UnitRow[]; orgId: string }) {
  const navigate = useNavigate();
  const invalidate = useInvalidateOrg(orgId);
  const queryClient = useQueryClient();
  const listPath = `/organisations/${orgId}/units`;
  const node = flattenTree(buildUnitTree(units)).find((n) => n.id === unit.id);
  const parent = units.find((u) => u.id === unit.parentId);
  const form = useForm({
    initialValues: {} as Record<string, never>,
    submit: () => deleteUnit(orgId, unit.id),
    onSuccess: () => {
      navigate(listPath, { state: { flash: `${unit.name} has been deleted.` } });
      // Drop it from the cached list at once, so the structure never shows it again while refreshing.
      queryClient.setQueryData<UnitRow[]>(unitsKey(orgId), (old) => old?.filter((u) => u.id !== unit.id));
      void invalidate();
    },
  });
  const notEmpty = (node?.children.length ?? 0) > 0 || unit.staffCount > 0;
  return (
    <ConfirmPage
      form={form}
      back={{ to: listPath, label: 'Back to the structure' }}
      title="Delete a unit"
      heading={`Are you sure you want to delete ${unit.name}?`}
      rows={[
        { key: 'Code', value: unit.externalCode },
        { key: 'Kind', value: unitKindLabel(unit.kind) },
        { key: 'Sits inside', value: parent ? parent.name : 'Nothing – it is a top-level unit' },
        { key: 'Units inside it', value: String(node?.children.length ?? 0) },
        { key: 'Staff in it', value: String(unit.staffCount) },
      ]}
      submitLabel="Yes, delete this unit"
      pendingLabel="Deleting"
      errorTitle="The unit was not deleted"
    >
      {notEmpty && (
        <WarningCallout heading="This unit is not empty">
          <p>You can only delete a unit with no units and no staff in it. Move them to another unit first.</p>
        </WarningCallout>
      )}
    </ConfirmPage>
  );
}

export function DeleteUnitPage() {
  const orgId = useOrgId();
  const { unitId } = useParams();
  const units = useUnits(orgId);
  return (
    <QueryView query={units}>
      {(items) => {
        const unit = items.find((u) => u.id === unitId);
        return unit ? <ConfirmDelete unit={unit} units={items} orgId={orgId} /> : <NotFoundPage />;
      }}
    </QueryView>
  );
}
