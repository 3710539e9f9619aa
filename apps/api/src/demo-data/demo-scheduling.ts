import type { ConsultationMode, TreatmentStyle, WorkingInterval } from '@smp/contracts';

export const demoRooms = ['Chair 1', 'Chair 2'];

/** Where the demo clinic is and how clients reach it: messages sign off with it, calendar invitations give it. A fictional 555-01xx number. */
export const demoClinicContact = { address: '48 Alder Lane, Suite 3, Brooklyn, NY 11201', phone: '+12125550147', email: 'hello@demo.clinic' };

/** What the booking page offers from the first run (the demo artist, with the default notice and horizon). */
export const demoOnlineModes: readonly ConsultationMode[] = ['in_person', 'video'];

/** The demo artist works Monday to Saturday with a lunch break; the clinic's opening hours cut it further. */
export const demoArtistHours: WorkingInterval[] = [1, 2, 3, 4, 5, 6].flatMap((weekday) => [
  { weekday, starts: '09:00', ends: '13:00' },
  { weekday, starts: '14:00', ends: '18:00' },
]);

/** US prices in cents (domain.md: a full treatment is $2,000–4,000, an extra session about $700). */
export const demoPrices: Record<TreatmentStyle, { plan: number; extra: number }> = {
  hairline_restoration: { plan: 300_000, extra: 70_000 },
  density: { plan: 250_000, extra: 70_000 },
  edge_up: { plan: 280_000, extra: 70_000 },
  scar_camouflage: { plan: 200_000, extra: 60_000 },
  womens_density: { plan: 260_000, extra: 70_000 },
  alopecia_medical: { plan: 300_000, extra: 70_000 },
  correction: { plan: 350_000, extra: 80_000 },
};

interface DemoLot {
  lotNumber: string;
  expiresInDays: number;
  /** When it came in, if long ago: a lot used two years back (otherwise a month before it expires or today). */
  receivedDaysAgo?: number;
}

/** A small stock room: common SMP pigments (one with a blue base, to show the warning) and needles, with lots. */
export const demoPigments: { brand: string; product: string; shadeName: string; tone: string; undertones: string[]; lots: DemoLot[] }[] = [
  { brand: 'Perma Blend', product: 'SMP Pro', shadeName: 'Soft Black', tone: 'neutral', undertones: ['neutral'], lots: [{ lotNumber: 'PB-26-118', expiresInDays: 420 }] },
  { brand: 'Perma Blend', product: 'SMP Pro', shadeName: 'Dark Grey', tone: 'cool', undertones: ['neutral'], lots: [{ lotNumber: 'PB-26-131', expiresInDays: 380 }] },
  {
    brand: 'Zhen',
    product: 'Scalp Ink',
    shadeName: 'Medium Grey',
    tone: 'warm',
    undertones: ['brown'],
    lots: [
      { lotNumber: 'ZS-0925', expiresInDays: 200 },
      { lotNumber: 'ZS-0424', expiresInDays: -10 },
    ],
  },
  { brand: 'Generic', product: 'Tattoo Black', shadeName: 'Jet Black', tone: 'cool', undertones: ['blue'], lots: [{ lotNumber: 'GT-77', expiresInDays: 90, receivedDaysAgo: 800 }] },
];

export const demoNeedles: { configuration: string; gauge: string; brand: string; lots: DemoLot[] }[] = [
  { configuration: '1-point', gauge: '0.25 mm', brand: 'Kwadron', lots: [{ lotNumber: 'KW-1RL-2611', expiresInDays: 700, receivedDaysAgo: 800 }] },
  { configuration: '3-point', gauge: '0.30 mm', brand: 'Kwadron', lots: [{ lotNumber: 'KW-3RL-2608', expiresInDays: 650 }] },
];
