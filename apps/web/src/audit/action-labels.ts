import type { AuditAction } from '@smp/contracts';

export const actionLabels: Record<AuditAction, string> = {
  'auth.sign_in': 'Signed in',
  'auth.sign_in_failed': 'Failed sign-in',
  'auth.sign_in_locked': 'Sign-in refused: too many attempts',
  'auth.sign_out': 'Signed out',
  'auth.token_issued': 'Issued an API token',
  'auth.password_changed': 'Changed own password',
  'auth.password_change_failed': 'Failed password change',
  'client.create': 'Created client',
  'client.read': 'Opened client record',
  'client.update': 'Changed client',
  'client.archive': 'Archived client',
  'client.restore': 'Restored client',
  'staff.create': 'Added staff account',
  'staff.update': 'Changed staff account',
  'staff.deactivate': 'Deactivated staff account',
  'staff.reactivate': 'Reactivated staff account',
  'staff.password_reset': 'Set a staff password',
  'staff.certification_add': 'Added certification',
  'staff.certification_remove': 'Removed certification',
  'staff.certification_override': 'Let an artist work on past a certification’s expiry',
  'clinic.update': 'Changed clinic settings',
  'consultation.book': 'Booked consultation',
  'consultation.read': 'Opened consultation',
  'consultation.record': 'Recorded consultation',
  'consultation.cancel': 'Cancelled consultation',
  'photo.upload': 'Uploaded photo',
  'photo.view': 'Viewed photo',
  'design.create': 'Drew hairline design version',
  'design.read': 'Viewed hairline designs',
  'screening.create': 'Signed screening',
  'screening.read': 'Opened screening',
  'screening.clearance_add': 'Attached clearance letter',
  'screening.clearance_view': 'Opened clearance letter',
  'patch_test.record': 'Recorded patch test',
  'patch_test.read': 'Read patch tests',
  'eligibility.override': 'Overrode treatment eligibility',
  'resources.update': 'Changed rooms and chairs',
  'prices.update': 'Changed prices',
  'plan.create': 'Created treatment plan',
  'plan.start': 'Started treatment plan',
  'plan.add_session': 'Added session to plan',
  'plan.session_included': 'Included a charged session in the plan',
  'plan.clearance_add': 'Attached a doctor’s clearance to a plan',
  'plan.clearance_override': 'Let a plan start without a doctor’s clearance',
  'plan.clearance_view': 'Opened a plan’s clearance letter',
  'plan.cancel': 'Cancelled treatment plan',
  'plan.complete': 'Completed treatment plan',
  'appointment.book': 'Booked appointment',
  'appointment.move': 'Moved appointment',
  'appointment.status': 'Changed appointment status',
  'appointment.reschedule_request': 'Asked for another appointment time',
  'follow_up.contact': 'Contacted for follow-up',
  'messages.unsubscribe': 'Unsubscribed from marketing messages',
  'consumables.update': 'Changed pigments or needles',
  'session.record': 'Recorded session',
  'session.read': 'Viewed session record',
  'session.addendum': 'Added to session record',
  'fade_assessment.record': 'Recorded fade assessment',
  'fade_assessment.read': 'Viewed fade assessments',
  'lot.recall': 'Recalled a lot',
  'report.export': 'Exported report',
  'correction.assess': 'Assessed previous work for a correction',
  'correction.read': 'Opened correction assessment',
  'laser.record': 'Recorded laser session',
  'laser.read': 'Opened laser session record',
  'calendar_feed.create': 'Made a calendar subscription address',
  'calendar_feed.revoke': 'Turned off calendar subscription',
  'message_template.update': 'Changed the wording of a message',
  'message_template.reset': 'Put a message back to its default wording',
  'message_consent.record': 'Recorded a client’s consent to messages',
  'message.retry': 'Retried a failed message to a client',
};

type ActionGroup = AuditAction extends `${infer Group}.${string}` ? Group : never;

/** Headings for the action filter, by the part before the dot: every action is under one. */
export const actionGroupLabels: Record<ActionGroup, string> = {
  auth: 'Sign-in',
  client: 'Clients',
  staff: 'Staff',
  clinic: 'Clinic',
  consultation: 'Consultations',
  photo: 'Photos',
  design: 'Hairline designs',
  screening: 'Screening',
  patch_test: 'Patch tests',
  eligibility: 'Eligibility',
  resources: 'Rooms and chairs',
  prices: 'Prices',
  plan: 'Treatment plans',
  appointment: 'Appointments',
  follow_up: 'Follow-ups',
  messages: 'Messages',
  consumables: 'Pigments and needles',
  session: 'Session records',
  fade_assessment: 'Fade assessments',
  lot: 'Lot recalls',
  report: 'Reports',
  correction: 'Corrections',
  laser: 'Laser removal',
  calendar_feed: 'Calendar subscriptions',
  message_template: 'Message wording',
  message_consent: 'Message consent',
  message: 'Messages to clients',
};

/** What an event is about when it is not a client, staff account or the clinic: "pigment_lot" → "Pigment lot". */
export function entityTypeInWords(entityType: string): string {
  const words = entityType.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "address.postalCode" → "address postal code": field names as staff say them. */
export function fieldNameInWords(field: string): string {
  return field
    .split('.')
    .map((part) => part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())
    .join(' ');
}
