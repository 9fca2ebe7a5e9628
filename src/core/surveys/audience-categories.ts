// The pay bands and staff groups a survey was sent to, kept at launch so results can be broken
// down by them. Taken from the frozen audience, not from who answered: the list itself must not
// tell anyone whether somebody in a small group took part.

export interface AudienceCategories {
  payBands: string[];
  staffGroups: string[];
}

const distinctSorted = (values: Iterable<string | null>) =>
  [...new Set([...values].filter((v): v is string => v !== null && v !== ''))].sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }));

export function audienceCategories(members: readonly { payBand: string | null; staffGroup: string | null }[]): AudienceCategories {
  return { payBands: distinctSorted(members.map((m) => m.payBand)), staffGroups: distinctSorted(members.map((m) => m.staffGroup)) };
}
