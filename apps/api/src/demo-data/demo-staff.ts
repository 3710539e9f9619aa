import type { StaffRole } from '@smp/contracts';

/** The password of every demo account; README shows it. Demo data only. */
export const DEMO_PASSWORD = 'smp-demo-2026';

interface DemoStaff {
  name: string;
  email: string;
  role: StaffRole;
  /** Days from the first run until each certification expires. */
  certifications?: { name: string; issuer: string; expiresInDays: number; requiredForTreatment: boolean; covers: string[] }[];
}

/** One account per role, so that a first look can try what each may do. */
export const demoStaff: DemoStaff[] = [
  { name: 'Olivia Grant', email: 'owner@demo.clinic', role: 'owner' },
  { name: 'Rachel Kim', email: 'reception@demo.clinic', role: 'receptionist' },
  {
    name: 'Marco Silva',
    email: 'artist@demo.clinic',
    role: 'artist',
    certifications: [
      { name: 'Scalp micropigmentation practitioner', issuer: 'SMP Academy', expiresInDays: 400, requiredForTreatment: true, covers: ['edge_up'] },
      { name: 'Bloodborne pathogens', issuer: 'American Red Cross', expiresInDays: 21, requiredForTreatment: true, covers: [] },
    ],
  },
];
