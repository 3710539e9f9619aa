import type { Needle, SessionRecord, AppointmentDetail } from '@smp/contracts';
import { atTheClinic, grace, lot, marco, mediumGrey } from './fixtures';

const clear = { state: 'clear', eligible: true, validUntil: '2030-06-01', deferUntil: null, openItems: 0 } as const;

/** A touch-up in progress with the demo artist on Monday 15 July 2030, 10:00 in New York. */
export const touchUpInProgress: AppointmentDetail = {
  id: '3f2a6b1c-5d4e-4f70-8a9b-0c1d2e3f4a01',
  kind: 'touch_up',
  status: 'in_progress',
  client: { id: grace.id, name: 'Grace Liu', screening: clear },
  artist: marco,
  room: { id: '3f2a6b1c-5d4e-4f70-8a9b-0c1d2e3f4a02', name: 'Chair 1' },
  location: atTheClinic,
  startsAt: '2030-07-15T14:00:00.000Z',
  endsAt: '2030-07-15T17:00:00.000Z',
  durationMinutes: 180,
  planSession: null,
  correctionPlanId: null,
  consultationId: null,
  notes: null,
  cancellation: null,
  overrideReason: null,
  confirmedByClientAt: null,
  rescheduleRequestedAt: null,
  rescheduleRequestNote: null,
  createdAt: '2030-07-01T10:00:00.000Z',
  updatedAt: '2030-07-15T14:05:00.000Z',
  history: [],
};

export { jetBlack, mediumGrey } from './fixtures';

export const threePoint: Needle = {
  id: '6b0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e03',
  configuration: '3-point',
  gauge: '0.30 mm',
  brand: 'Kwadron',
  lots: [lot('6b0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e31', 'KW-3RL-2608', '2032-09-05')],
};

export const recordedSession: SessionRecord = {
  id: '8c1d2e3f-4a5b-4c6d-9e7f-8a9b0c1d2e01',
  appointmentId: touchUpInProgress.id,
  clientId: grace.id,
  plan: null,
  artist: marco,
  areasTreated: ['hairline', 'temples'],
  density: 'medium',
  dotSize: 'small',
  depthNotes: null,
  pigments: [
    {
      role: 'foundation',
      lot: { id: mediumGrey.lots[1]!.id, lotNumber: 'ZS-0925', expiresOn: '2031-06-13' },
      pigment: { id: mediumGrey.id, brand: 'Zhen', product: 'Scalp Ink', shadeName: 'Medium Grey', tone: 'warm' },
    },
  ],
  plannedPigments: null,
  differsFromPlan: false,
  needle: { lotId: threePoint.lots[0]!.id, lotNumber: 'KW-3RL-2608', configuration: '3-point', gauge: '0.30 mm' },
  durationMinutes: 170,
  painLevel: 3,
  reactions: null,
  notes: null,
  completedAt: '2030-07-15T17:05:00.000Z',
  aftercare: [
    { from: '2030-07-15', to: '2030-07-19', title: 'Days 0–4: keep the scalp dry and untouched', instructions: ['No sweating or exercise', 'No shaving'] },
    { from: '2030-07-25', to: null, title: 'From day 10: back to routine', instructions: ['Regular shaving and moisturising'] },
  ],
  addenda: [],
  photos: [],
};
