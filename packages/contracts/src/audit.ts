import { z } from 'zod';
import { instant } from './fields.js';
import { pageQuerySchema, pageSchema } from './pagination.js';

/**
 * What the audit trail records. Reads of health data are actions too: every open
 * of a client's record leaves a trace.
 */
export const AUDIT_ACTIONS = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_in_locked',
  'auth.password_change_failed',
  'auth.sign_out',
  'auth.token_issued',
  'auth.password_changed',
  'client.create',
  'client.read',
  'client.update',
  'client.archive',
  'client.restore',
  'client.record_export',
  'staff.create',
  'staff.update',
  'staff.deactivate',
  'staff.reactivate',
  'staff.password_reset',
  'staff.certification_add',
  'staff.certification_remove',
  'staff.certification_override',
  'clinic.update',
  'clinic.data_export',
  'clinic.backup',
  'clinic.restore',
  'location.add',
  'location.update',
  'location.archive',
  'location.restore',
  'staff.locations',
  'consultation.book',
  'consultation.read',
  'consultation.record',
  'consultation.cancel',
  'photo.upload',
  'photo.view',
  'design.create',
  'design.read',
  'screening.create',
  'screening.read',
  'screening.clearance_add',
  'screening.clearance_view',
  'intake.submit',
  'intake.read',
  'intake.countersign',
  'intake.link_sent',
  'patch_test.record',
  'patch_test.read',
  'eligibility.override',
  'resources.update',
  'prices.update',
  'plan.create',
  'plan.start',
  'plan.add_session',
  'plan.session_included',
  'plan.cancel',
  'plan.clearance_add',
  'plan.clearance_override',
  'plan.clearance_view',
  'plan.complete',
  'appointment.book',
  'appointment.move',
  'appointment.status',
  'appointment.reschedule_request',
  'follow_up.contact',
  'messages.unsubscribe',
  'consumables.update',
  'session.record',
  'session.read',
  'session.addendum',
  'fade_assessment.record',
  'fade_assessment.read',
  'lot.recall',
  'report.export',
  'correction.assess',
  'correction.read',
  'laser.record',
  'laser.read',
  'calendar_feed.create',
  'calendar_feed.revoke',
  'message_template.update',
  'message_template.reset',
  'message_consent.record',
  'message.retry',
  'billing_settings.update',
  'tax_rate.add',
  'tax_rate.archive',
  'tax_rate.default',
  'quote.present',
  'quote.accept',
  'quote.read',
  'invoice.issue',
  'invoice.read',
  'credit_note.issue',
  'payment.take',
  'payment.refund',
  'account.read',
  'business_report.read',
  'online_booking.settings_update',
  'client.online_confirm',
  'consent_form.publish',
  'consent.sign',
  'consent.read',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * What is done from the server's command line (`pnpm backup`, `pnpm restore`), not
 * through the app: no staff member acts, from no address, in no request.
 */
export const COMMAND_LINE_ACTIONS = ['clinic.backup', 'clinic.restore'] as const satisfies readonly AuditAction[];
export type CommandLineAction = (typeof COMMAND_LINE_ACTIONS)[number];

export function isCommandLineAction(action: AuditAction): action is CommandLineAction {
  return (COMMAND_LINE_ACTIONS as readonly AuditAction[]).includes(action);
}

/**
 * The page view a read belongs to: a page that reads one client's record in several
 * parts sends one id with each, and the trail records the view once.
 */
export const pageViewQuerySchema = z.object({
  view: z.uuid('Not a view id').optional().meta({ description: 'A page view’s id: reads of one client that share it are audited once.' }),
});

export const auditEventSchema = z
  .object({
    id: z.string().meta({ description: 'Increasing with time.' }),
    occurredAt: z.iso.datetime(),
    action: z.enum(AUDIT_ACTIONS),
    actor: z.object({ id: z.uuid(), name: z.string() }).nullable().meta({
      description: 'Null for failed sign-ins, for what a client did through a link in a message, and for backups and restores run on the server’s command line.',
    }),
    entityType: z.string().nullable(),
    entityId: z.string().nullable(),
    client: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    address: z.string().nullable().meta({ description: 'The IP address the request came from.' }),
    requestId: z.string().nullable(),
    changedFields: z.array(z.string()).meta({ description: 'For changes: which fields changed, never their values.' }),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditPageSchema = pageSchema(auditEventSchema).meta({ id: 'AuditPage' });

export const auditListQuerySchema = pageQuerySchema
  .extend({
    staffId: z.uuid('Not a staff id').optional(),
    clientId: z.uuid('Not a client id').optional(),
    action: z.enum(AUDIT_ACTIONS).optional(),
    from: instant('Enter an instant such as 2026-03-01T00:00:00Z').optional(),
    to: instant('Enter an instant such as 2026-03-31T23:59:59Z').optional(),
  })
  .refine((query) => !query.from || !query.to || new Date(query.from) < new Date(query.to), {
    path: ['to'],
    error: 'Must be after from',
  });
export type AuditListQuery = z.input<typeof auditListQuerySchema>;
