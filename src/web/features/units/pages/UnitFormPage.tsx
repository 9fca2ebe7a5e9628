// Add a unit, or change one: rename, recode, change its kind or move it under another unit.
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { useInvalidateOrg } from '../../../app/invalidate.js';
import { QueryView } from '../../../app/QueryView.js';
import { Form } from '../../../components/forms/Form.js';
import { Select, TextInput } from '../../../components/forms/fields.js';
import { useForm } from '../../../components/forms/useForm.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { NotFoundPage } from '../../errors/pages/NotFoundPage.js';
import { createUnit, UNIT_KIND_LABELS, UNIT_KINDS, updateUnit } from '../api/units-api.js';
import { useUnits } from '../api/useUnits.js';
import { parentOptions, type UnitRow } from '../lib/unit-tree.js';
import { unitInput, unitPatch, unitValues, validateUnit } from '../components/unit-form.js';

const KIND_OPTIONS = UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }));

function UnitForm({ units, unit, orgId }: { units: UnitRow[]; unit: UnitRow | null; orgId: string }) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const invalidate = useInvalidateOrg(orgId);
  const listPath = `/organisations/${orgId}/units`;
  const form = useForm({
    initialValues: unitValues(unit, params.get('parentId') ?? ''),
    validate: validateUnit,
    submit: async (v) => {
      if (!unit) return createUnit(orgId, unitInput(v));
      const patch = unitPatch(unit, v);
      if (Object.keys(patch).length) await updateUnit(orgId, unit.id, patch);
      return null;
    },
    onSuccess: async (_result, v) => {
      await invalidate();
      navigate(listPath, { state: { flash: unit ? `${v.name.trim()} has been updated.` : `${v.name.trim()} has been added.` } });
    },
  });
  const title = unit ? `Change ${unit.name}` : 'Add a unit';
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={listPath}>Back to the structure</BackLink>
        <PageHeading title={unit ? 'Change a unit' : 'Add a unit'}>{title}</PageHeading>
        <Form form={form} submitLabel={unit ? 'Save changes' : 'Add unit'} pendingLabel="Saving">
          <TextInput name="name" label="Name" hint="For example, Ward 12 or Acute medicine" />
          <TextInput
            name="externalCode"
            label="Unit code"
            hint="The code your organisation uses for this unit, such as its cost centre. Imports match units by this code, so each unit needs its own."
            width="10"
            code
            spellCheck={false}
          />
          <Select name="kind" label="Kind of unit" options={KIND_OPTIONS} placeholder="Select a kind" />
          <Select
            name="parentId"
            label="Sits inside"
            hint={unit ? 'Choose where this unit belongs. Units inside it move with it.' : 'Choose the unit this one belongs to.'}
            options={parentOptions(units, unit?.id ?? null)}
            placeholder="Nothing – it is a top-level unit"
          />
        </Form>
      </div>
    </div>
  );
}

export function UnitFormPage() {
  const orgId = useOrgId();
  const { unitId } = useParams();
  const units = useUnits(orgId);
  return (
    <QueryView query={units}>
      {(items) => {
        const unit = unitId ? items.find((u) => u.id === unitId) : null;
        if (unit === undefined) return <NotFoundPage />;
        return <UnitForm key={unit?.id ?? 'new'} units={items} unit={unit} orgId={orgId} />;
      }}
    </QueryView>
  );
}
