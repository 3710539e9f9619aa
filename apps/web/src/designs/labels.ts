import type { DesignVersionKind, DesignView } from '@smp/contracts';

export const designViewLabels: Record<DesignView, string> = { front: 'Front', left: 'Left side', right: 'Right side', top: 'Top' };

export const versionKindLabels: Record<DesignVersionKind, string> = {
  consultation: 'Consultation design',
  approved: 'Approved by the client',
  adjustment: 'Adjustment',
};

export const designPath = (clientId: string, designId: string) => `/clients/${clientId}/hairline-designs/${designId}`;
