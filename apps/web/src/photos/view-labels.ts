import type { Photo, PhotoView } from '@smp/contracts';

export const viewLabels: Record<PhotoView, string> = { front: 'Front', top: 'Top', crown: 'Crown', left: 'Left side', right: 'Right side', back: 'Back' };

export const phaseLabels: Record<NonNullable<Photo['phase']>, string> = { before: 'Before the session', after: 'After the session' };

/** ", after the session" for a photo taken at a session; nothing for a consultation photo. */
export function phaseSuffix(photo: Pick<Photo, 'phase'>): string {
  return photo.phase ? `, ${phaseLabels[photo.phase].toLowerCase()}` : '';
}
