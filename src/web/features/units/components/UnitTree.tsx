// The structure as nested lists. Units with units inside them have a button that shows or
// hides them (aria-expanded); children render only when shown, so 200+ units stay quick.
import { Link } from 'react-router';
import { unitKindLabel } from '../api/units-api.js';
import type { UnitNode } from '../lib/unit-tree.js';

interface UnitTreeProps {
  nodes: readonly UnitNode[];
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  /** Base path for change and delete links; absent when the user may not change units. */
  editBase: string | null;
  label: string;
}

const Chevron = ({ open }: { open: boolean }) => (
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16" height="16" focusable="false" aria-hidden="true">
    <path fill="currentcolor" d={open ? 'M4 8h16l-8 9z' : 'M8 4v16l9-8z'} />
  </svg>
);

function UnitItem({ node, expanded, onToggle, editBase }: Omit<UnitTreeProps, 'nodes' | 'label'> & { node: UnitNode }) {
  const open = expanded.has(node.id);
  const childListId = `unit-children-${node.id}`;
  const count = node.descendantCount;
  return (
    <li>
      <div className="app-tree__row">
        {node.children.length > 0 ? (
          <button type="button" className="app-tree__toggle" aria-expanded={open} aria-controls={open ? childListId : undefined} onClick={() => onToggle(node.id)}>
            <Chevron open={open} />
            <span className="nhsuk-u-visually-hidden">
              {node.name}: {count} {count === 1 ? 'unit' : 'units'} inside
            </span>
          </button>
        ) : (
          <span className="app-tree__spacer" />
        )}
        <span className="app-tree__name">{node.name}</span>
        <span className="app-tree__meta">
          {node.externalCode} · {unitKindLabel(node.kind)} · {node.subtreeStaff.toLocaleString('en-GB')} staff
          {node.children.length > 0 && node.staffCount > 0 ? ` (${node.staffCount.toLocaleString('en-GB')} directly)` : ''}
        </span>
        {editBase && (
          <span className="app-tree__actions">
            <Link to={`${editBase}/${node.id}/edit`}>
              Change<span className="nhsuk-u-visually-hidden"> {node.name}</span>
            </Link>
            <Link to={`${editBase}/${node.id}/delete`}>
              Delete<span className="nhsuk-u-visually-hidden"> {node.name}</span>
            </Link>
          </span>
        )}
      </div>
      {open && node.children.length > 0 && (
        <ul className="app-tree__children" id={childListId} aria-label={`Units in ${node.name}`}>
          {node.children.map((c) => (
            <UnitItem key={c.id} node={c} expanded={expanded} onToggle={onToggle} editBase={editBase} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function UnitTree({ nodes, expanded, onToggle, editBase, label }: UnitTreeProps) {
  return (
    <ul className="app-tree" aria-label={label}>
      {nodes.map((n) => (
        <UnitItem key={n.id} node={n} expanded={expanded} onToggle={onToggle} editBase={editBase} />
      ))}
    </ul>
  );
}
