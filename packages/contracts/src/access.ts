/**
 * Who may do what. The API enforces these on every endpoint; the web app reads the
 * same table to hide what a role cannot do.
 */
export const STAFF_ROLES = ['owner', 'receptionist', 'artist'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const everyone = STAFF_ROLES;
const ownersOnly = ['owner'] as const;
const clinicians = ['owner', 'artist'] as const;

export const permissions = {
  /** Signed-in staff acting on their own account: who am I, sign out, change password. */
  'account.self': everyone,
  'clients.read': everyone,
  'clients.write': everyone,
  /** A client's full record in one archive (a subject access request): everything about them, medical answers included. */
  'clients.exportRecord': ownersOnly,
  /** Booking, moving and cancelling consultations; seeing when they are. */
  'consultations.book': everyone,
  /** What an artist writes down at a consultation, and the client's photos. */
  'consultations.record': clinicians,
  'photos.read': clinicians,
  'photos.write': clinicians,
  /** Hairline designs: everyone sees whether one is approved; artists and owners draw them and take the client's approval. */
  'designs.read': everyone,
  'designs.write': clinicians,
  /** A screening's outcome and whether treatment may go ahead, without the answers behind it. */
  'screening.readOutcome': everyone,
  /** The medical answers, the items they raise, clearance letters and patch tests. */
  'screening.readAnswers': clinicians,
  'screening.conduct': clinicians,
  'screening.clear': clinicians,
  /** Letting treatment go ahead although the screening does not allow it, with a written reason. */
  'screening.override': ownersOnly,
  /** The calendar, availability, rooms and hours. */
  'scheduling.read': everyone,
  /** Booking, moving and cancelling appointments. */
  'scheduling.book': ['owner', 'receptionist'],
  /** Arrived, in progress, completed, no-show: artists only on their own appointments. */
  'scheduling.progress': everyone,
  /** Booking outside working hours or the spacing window, with a written reason. */
  'scheduling.override': ownersOnly,
  /** Rooms, artists' hours and time off, clinic closures. */
  'scheduling.manage': ownersOnly,
  'plans.read': everyone,
  'plans.write': everyone,
  'prices.manage': ownersOnly,
  /** Their own calendar subscription: those who have appointments of their own. */
  'calendarFeed.own': clinicians,
  'followUps.read': ['owner', 'receptionist'],
  'followUps.contact': ['owner', 'receptionist'],
  /** Pigments, needles and their lots. */
  'consumables.read': everyone,
  'consumables.manage': clinicians,
  /** Correcting a lot's stock by hand (a count, a breakage), with a written reason. */
  'consumables.adjust': ownersOnly,
  /** What is done at a session: recorded by the artist. */
  'sessions.record': clinicians,
  'sessions.read': clinicians,
  /** How a client's SMP has faded, recorded at a later visit; everyone reads it and the recall date. */
  'fading.record': clinicians,
  'fading.read': everyone,
  /** Quotes, invoices, payments and balances. */
  'billing.read': everyone,
  /** Presenting a plan's quote and taking the client's signed acceptance. */
  'quotes.write': everyone,
  /** Issuing invoices for plans and visits. */
  'invoices.issue': ['owner', 'receptionist'],
  'payments.take': ['owner', 'receptionist'],
  /** Credit notes and refunds. */
  'refunds.issue': ownersOnly,
  /** Tax id and rates, deposit and late-fee policy. */
  'billing.manage': ownersOnly,
  /** Every client's treatment history, counts and export; the business reports. */
  'reports.read': ownersOnly,
  'clinic.read': everyone,
  'clinic.manage': ownersOnly,
  /** Every table of the clinic's data and every stored file, in one download: for leaving the product, or keeping a copy. */
  'clinic.exportData': ownersOnly,
  'staff.manage': ownersOnly,
  /** What waits for an owner's decision on the Today page: treatments the screening blocks, certifications running out. */
  'today.decisions': ownersOnly,
  'audit.read': ownersOnly,
  /** Every message to clients, how they leave, retrying failed ones, and the mail catcher's inbox. */
  'messages.manage': ownersOnly,
  /** The messages sent and scheduled for one client, on their page. */
  'messages.readClient': everyone,
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof permissions;

export function roleMay(role: StaffRole, permission: Permission): boolean {
  return (permissions[permission] as readonly StaffRole[]).includes(role);
}
