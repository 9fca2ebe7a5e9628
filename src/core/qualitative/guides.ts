// The built-in guides. A programme starts from a copy and may edit it (see validateGuide).
import { BOARD_INTERVIEW_GUIDE } from './board-interview-guide.js';
import { FOCUS_GROUP_GUIDE } from './focus-group-guide.js';
import type { Guide, GuideKind } from './guide.js';

export { BOARD_INTERVIEW_GUIDE, FOCUS_GROUP_GUIDE };

export const BUILT_IN_GUIDES: Readonly<Record<GuideKind, Guide>> = {
  focus_group: FOCUS_GROUP_GUIDE,
  board_interview: BOARD_INTERVIEW_GUIDE,
};

/** A fresh, deep copy of the built-in guide of this kind, for a programme to keep and edit. */
export function copyBuiltInGuide(kind: GuideKind): Guide {
  return structuredClone(BUILT_IN_GUIDES[kind]);
}
