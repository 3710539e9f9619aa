import type { Client, Consultation, Eligibility, Location, Photo, Pigment, Plan } from '@smp/contracts';
import { clinicSettings, notScreened } from './fake-api';

/** Records as the API answers them, for tests to vary. */
export const grace: Client = {
  id: '5f0c4a52-8a8e-4d5e-9a55-1f6a7b4c7e01',
  firstName: 'Grace',
  lastName: 'Liu',
  dateOfBirth: null,
  sex: 'female',
  phone: null,
  email: 'grace@example.com',
  preferredContact: null,
  address: { line1: null, line2: null, city: null, region: null, postalCode: null, country: null },
  notes: null,
  referralSource: null,
  referralDetail: null,
  screening: notScreened,
  archivedAt: null,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
};

export const marco = { id: '0b6c7a3e-4d44-4f0e-9a1c-2f1e5b9d0a03', name: 'Marco Silva' };

/** Where an appointment takes place, as the API says it: the main location, on the clinic's clock. */
export const atTheClinic = { id: '3f2a6b1c-5d4e-4f70-8a9b-0c1d2e3f4a77', name: 'The clinic', timeZone: clinicSettings.timeZone };

/** A location in use, as the API answers it; its number makes its id; `timeZone` given is its own. */
export function location(number: number, name: string, changes: Partial<Location> = {}): Location {
  return {
    id: `7a1c0d2e-3b4f-4a5b-8c6d-${String(number).padStart(12, '0')}`,
    name,
    address: null,
    phone: null,
    ownTimeZone: changes.timeZone ?? null,
    timeZone: clinicSettings.timeZone,
    main: number === 1,
    archived: false,
    openingHours: clinicSettings.openingHours,
    ...changes,
  };
}

export const bookedConsultation: Consultation = {
  id: '7d1e2f3a-4b5c-4d6e-8f70-112233445566',
  appointmentId: '6e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b',
  clientId: grace.id,
  artist: marco,
  mode: 'in_person',
  startsAt: '2030-07-15T18:30:00.000Z',
  durationMinutes: 45,
  status: 'booked',
  bookingNotes: null,
  cancellationReason: null,
  record: null,
  photos: [],
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
};

export const frontPhoto: Photo = {
  id: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
  clientId: grace.id,
  consultationId: bookedConsultation.id,
  appointmentId: null,
  phase: null,
  view: 'front',
  mediaType: 'image/jpeg',
  byteSize: 2048,
  width: 64,
  height: 48,
  takenAt: '2030-07-15T18:40:00.000Z',
  uploadedBy: marco,
  thumbnailUrl: '/api/photos/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d/file?size=thumbnail',
  previewUrl: '/api/photos/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d/file?size=preview',
  originalUrl: '/api/photos/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d/file?size=original',
};

export const notEligible: Eligibility = {
  clientId: grace.id,
  on: '2026-03-10',
  eligible: false,
  reasons: [{ code: 'no_screening', message: 'Not screened yet', questionId: null, until: null }],
  override: null,
  status: notScreened,
};

export const emptyPage = { items: [], nextCursor: null };

export const lot = (id: string, lotNumber: string, expiresOn: string, expired = false) => ({ id, lotNumber, expiresOn, receivedOn: '2030-01-10', quantity: 6, expired });

export const jetBlack: Pigment = {
  id: '6b0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e01',
  brand: 'Generic',
  product: 'Tattoo Black',
  shadeName: 'Jet Black',
  tone: 'cool',
  undertones: ['blue'],
  baseNotes: null,
  warning: 'The base has blue undertones: it may turn the scalp blue-green over the following weeks',
  lots: [lot('6b0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e11', 'GT-77', '2031-02-23')],
};

/** Two lots: one still good, one expired (listed last, not choosable). */
export const mediumGrey: Pigment = {
  id: '6b0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e02',
  brand: 'Zhen',
  product: 'Scalp Ink',
  shadeName: 'Medium Grey',
  tone: 'warm',
  undertones: ['brown'],
  baseNotes: null,
  warning: null,
  lots: [lot('6b0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e21', 'ZS-0424', '2030-06-15', true), lot('6b0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e22', 'ZS-0925', '2031-06-13')],
};

export const darkGrey: Pigment = {
  id: '7c1d0e5a-0000-4000-8000-000000000f02',
  brand: 'Perma Blend',
  product: 'SMP Pro',
  shadeName: 'Dark Grey',
  tone: 'cool',
  undertones: ['neutral'],
  baseNotes: null,
  warning: null,
  lots: [lot('7c1d0e5a-0000-4000-8000-000000000b02', 'PB-26-131', '2031-02-01')],
};

const asPlanned = ({ id, brand, product, shadeName, tone }: Pigment) => ({ id, brand, product, shadeName, tone });

/** Grace's women's density plan: session 1 done (with the planned pigment), session 2 open in its window, darker. */
export const activePlan: Plan = {
  id: '5a0e7c1d-0000-4000-8000-0000000000p1',
  client: { id: grace.id, name: 'Grace Liu', screening: { state: 'clear', eligible: true, validUntil: '2030-06-01', deferUntil: null, openItems: 0 } },
  style: 'womens_density',
  artist: marco,
  status: 'active',
  quotedPriceMinor: 260000,
  currency: 'USD',
  notes: null,
  cancellationReason: null,
  sessions: [
    {
      id: '5a0e7c1d-0000-4000-8000-0000000000s1',
      number: 1,
      kind: 'included',
      pigments: [asPlanned(mediumGrey)],
      shadeNote: null,
      shadeWarning: null,
      recorded: {
        sessionRecordId: '5a0e7c1d-0000-4000-8000-0000000000r1',
        pigments: [{ pigment: asPlanned(mediumGrey), lot: { id: mediumGrey.lots[1]!.id, lotNumber: 'ZS-0925' } }],
        differsFromPlan: false,
      },
      priceMinor: 0,
      includedReason: null,
      window: null,
      appointment: { id: '5a0e7c1d-0000-4000-8000-0000000000a1', startsAt: '2030-03-05T14:00:00.000Z', endsAt: '2030-03-05T17:30:00.000Z', status: 'completed' },
    },
    {
      id: '5a0e7c1d-0000-4000-8000-0000000000s2',
      number: 2,
      kind: 'included',
      pigments: [asPlanned(mediumGrey), asPlanned(darkGrey)],
      shadeNote: null,
      shadeWarning: null,
      recorded: null,
      priceMinor: 0,
      includedReason: null,
      window: { opensOn: '2030-03-12', closesOn: '2030-04-02' },
      appointment: null,
    },
  ],
  startBlockers: [],
  clearances: [],
  createdAt: '2030-03-01T10:00:00.000Z',
  startedAt: '2030-03-01T10:00:00.000Z',
  completedAt: null,
};
