// Freezes a survey's audience at launch: the unit tree with audience counts, each person's
// reporting unit, and the staff-record profile (pay band, staff group) their response will
// carry. Two rules keep a response from being matched to the invitation list:
//  - a response is filed under the nearest "filing unit" above or at the person's unit, and
//    every filing unit has at least `threshold` people filed under it;
//  - within a reporting unit, the (band, group) pair is kept only when at least `threshold`
//    invitees share it; the rest are pooled as "not recorded", and if that pool would itself
//    be smaller than the threshold, the smallest kept pairs join it until it is not. So every
//    (unit, band, group) a response can carry matches at least `threshold` invitations.

export interface AudienceUnit {
  id: string;
  parentId: string | null;
  name: string;
  externalCode: string;
}

export interface AudienceMember {
  personId: string;
  unitId: string;
  payBand: string | null;
  staffGroup: string | null;
}

export interface FrozenUnit extends AudienceUnit {
  ownAudience: number;
  subtreeAudience: number;
  /** Responses are filed under this unit (it holds at least the threshold once lower filing units are set aside). */
  filesResponses: boolean;
  /** People filed under this unit itself (0 unless it files responses). */
  filedAudience: number;
}

export interface FrozenMember {
  personId: string;
  reportingUnitId: string;
  payBand: string | null;
  staffGroup: string | null;
}

export type FreezeResult =
  | { ok: true; units: FrozenUnit[]; members: FrozenMember[] }
  | { ok: false; reason: 'empty' | 'below_threshold'; audienceSize: number };


export function freezeAudience(
  root: { id: string; name: string },
  units: readonly AudienceUnit[],
  audience: readonly AudienceMember[],
  threshold: number,
): FreezeResult {
  if (audience.length === 0) return { ok: false, reason: 'empty', audienceSize: 0 };
  if (audience.length < threshold) return { ok: false, reason: 'below_threshold', audienceSize: audience.length };

  // The organisation itself is the root, so top-level units and anyone outside the tree still
  // have somewhere to be filed.
  const all: AudienceUnit[] = [
    { id: root.id, parentId: null, name: root.name, externalCode: '' },
    ...units.map((u) => ({ ...u, parentId: u.parentId ?? root.id })),
  ];
  const byId = new Map(all.map((u) => [u.id, u]));
  const own = new Map<string, number>();
  for (const m of audience) {
    const unitId = byId.has(m.unitId) ? m.unitId : root.id;
    own.set(unitId, (own.get(unitId) ?? 0) + 1);
  }
  const subtree = new Map<string, number>();
  for (const [unitId, n] of own) {
    for (let u = byId.get(unitId); u; u = u.parentId ? byId.get(u.parentId) : undefined) subtree.set(u.id, (subtree.get(u.id) ?? 0) + n);
  }
  const inTree = all.filter((u) => subtree.has(u.id));
  const filing = chooseFilingUnits(root.id, inTree, own, threshold);

  const filingUnitOf = (unitId: string): string => {
    for (let u = byId.get(unitId); u; u = u.parentId ? byId.get(u.parentId) : undefined) if (filing.has(u.id)) return u.id;
    return root.id;
  };
  const placed = audience.map((member) => ({ member, reportingUnitId: filingUnitOf(byId.has(member.unitId) ? member.unitId : root.id) }));
  const keptPairs = keptProfilePairs(placed, threshold);
  const members = placed.map(({ member, reportingUnitId }) => {
    const keep = keptPairs.has(pairKey(reportingUnitId, member.payBand, member.staffGroup));
    return { personId: member.personId, reportingUnitId, payBand: keep ? member.payBand : null, staffGroup: keep ? member.staffGroup : null };
  });
  const filedCount = new Map<string, number>();
  for (const m of members) filedCount.set(m.reportingUnitId, (filedCount.get(m.reportingUnitId) ?? 0) + 1);
  const frozenUnits = inTree.map((u) => ({
    ...u,
    ownAudience: own.get(u.id) ?? 0,
    subtreeAudience: subtree.get(u.id)!,
    filesResponses: filing.has(u.id),
    filedAudience: filedCount.get(u.id) ?? 0,
  }));
  return { ok: true, units: frozenUnits, members };
}

/**
 * Bottom up: a unit files responses when the people in its subtree not already filed lower
 * down number at least the threshold. Whatever is left reaches the root; if the root's own
 * share is above zero but below the threshold, the smallest filing units are folded into it
 * until it is not (the total audience is at least the threshold, so this always ends).
 */
function chooseFilingUnits(rootId: string, inTree: readonly AudienceUnit[], own: ReadonlyMap<string, number>, threshold: number): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of inTree) if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  const filing = new Map<string, number>();
  const visit = (id: string): number => {
    let remaining = own.get(id) ?? 0;
    for (const child of children.get(id) ?? []) remaining += visit(child);
    if (id !== rootId && remaining >= threshold) {
      filing.set(id, remaining);
      return 0;
    }
    return remaining;
  };
  let atRoot = visit(rootId);
  // Only a filing unit with no filing unit above it sends its people to the root when folded
  // (otherwise they would go to that unit instead); folding one can expose the ones below it.
  const parentOf = new Map(inTree.map((u) => [u.id, u.parentId]));
  const hasFilingAbove = (id: string) => {
    for (let p = parentOf.get(id); p && p !== rootId; p = parentOf.get(p)) if (filing.has(p)) return true;
    return false;
  };
  while (atRoot > 0 && atRoot < threshold) {
    const candidates = [...filing].filter(([id]) => !hasFilingAbove(id)).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
    const smallest = candidates[0];
    if (!smallest) break;
    filing.delete(smallest[0]);
    atRoot += smallest[1];
  }
  const result = new Set(filing.keys());
  if (atRoot > 0) result.add(rootId);
  return result;
}

const pairKey = (unitId: string, band: string | null, group: string | null) => JSON.stringify([unitId, band, group]);

/** The (unit, band, group) keys that stay as they are; everyone else is pooled per unit. */
function keptProfilePairs(placed: readonly { member: AudienceMember; reportingUnitId: string }[], threshold: number): Set<string> {
  const counts = new Map<string, Map<string, number>>();
  for (const { member, reportingUnitId } of placed) {
    const inUnit = counts.get(reportingUnitId) ?? new Map<string, number>();
    const key = pairKey(reportingUnitId, member.payBand, member.staffGroup);
    inUnit.set(key, (inUnit.get(key) ?? 0) + 1);
    counts.set(reportingUnitId, inUnit);
  }
  const kept = new Set<string>();
  for (const [unitId, inUnit] of counts) {
    const pooledKey = pairKey(unitId, null, null);
    // People with no band and no group on record are already "not recorded": they start the pool.
    let pool = inUnit.get(pooledKey) ?? 0;
    const candidates = [...inUnit].filter(([key, n]) => key !== pooledKey && n >= threshold);
    for (const [key, n] of inUnit) if (key !== pooledKey && n < threshold) pool += n;
    // Smallest first, ties broken by key so the result does not depend on input order.
    candidates.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
    while (pool > 0 && pool < threshold && candidates.length) pool += candidates.shift()![1];
    for (const [key] of candidates) kept.add(key);
  }
  return kept;
}
