import type { DesignVersionKind } from '@smp/contracts';

/** Why a hairline or edge-up plan cannot start yet: the page and the refusal say the same. */
export const DESIGN_MISSING = 'The client has not approved a hairline design: draw it on their photo and take their signature';

/**
 * Why a version of a given kind may not follow the versions so far (oldest first),
 * or null when it may: the consultation drawing is redrawn until the client signs
 * it; after that every change is an adjustment, which the client may sign again.
 */
export function versionRefusal(earlier: readonly DesignVersionKind[], kind: DesignVersionKind): string | null {
  const approved = earlier.includes('approved');
  switch (kind) {
    case 'consultation':
      return approved ? 'The client has approved this design: change it as an adjustment, with the reason' : null;
    case 'approved':
      return earlier.at(-1) === 'approved' ? 'The client has already approved the design as it stands' : null;
    case 'adjustment':
      return approved ? null : 'The client has not approved the design yet: redraw the consultation design or take their approval';
  }
}
