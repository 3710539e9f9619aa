import type { PhotoView } from '@smp/contracts';

export const viewLabels: Record<PhotoView, string> = { front: 'Front', top: 'Top', crown: 'Crown', left: 'Left side', right: 'Right side', back: 'Back' };
