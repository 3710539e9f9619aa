import type { DENSITIES, DOT_SIZES, PIGMENT_ROLES, TREATED_AREAS } from '@smp/contracts';
import type { HistoryEntryType } from '../api/sessions';

export const areaLabels: Record<(typeof TREATED_AREAS)[number], string> = {
  hairline: 'Hairline',
  temples: 'Temples',
  front: 'Front',
  mid_scalp: 'Mid-scalp',
  crown: 'Crown',
  sides: 'Sides',
  back: 'Back',
  donor_scar: 'Donor scar',
  scar: 'Other scar',
  whole_scalp: 'Whole scalp',
};

export const densityLabels: Record<(typeof DENSITIES)[number], string> = { low: 'Low', medium: 'Medium', high: 'High' };

export const dotSizeLabels: Record<(typeof DOT_SIZES)[number], string> = { micro: 'Micro', small: 'Small', medium: 'Medium' };

export const roleLabels: Record<(typeof PIGMENT_ROLES)[number], string> = { foundation: 'Foundation', depth: 'Depth', blending: 'Blending' };

/** The filter chips' words: what the timeline is narrowed to. */
export const historyTypeLabels: Record<HistoryEntryType, string> = {
  consultation: 'Consultations',
  screening: 'Screenings',
  plan: 'Plans',
  session: 'Sessions',
  appointment: 'Appointments',
  photo: 'Photos',
  addendum: 'Addenda',
  record_change: 'Record changes',
};

/** What one timeline entry is. */
export const historyEntryLabels: Record<HistoryEntryType, string> = {
  consultation: 'Consultation',
  screening: 'Screening',
  plan: 'Plan',
  session: 'Session',
  appointment: 'Appointment',
  photo: 'Photo',
  addendum: 'Addendum',
  record_change: 'Record change',
};
