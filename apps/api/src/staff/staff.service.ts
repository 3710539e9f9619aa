import { Inject, Injectable } from '@nestjs/common';
import {
  addCalendarDays,
  dateInZone,
  type AuditAction,
  type Page,
  type Staff,
  type certificationInputSchema,
  type certificationOverrideInputSchema,
  type staffInputSchema,
  type staffListQuerySchema,
  type staffPatchSchema,
} from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database, Transaction } from '../database/database.js';
import { fromIsoDate } from '../database/column-values.js';
import { isValueAndIdPosition, positionAfter, toPage } from '../http/keyset-cursor.js';
import { notFoundProblem, conflictProblem, validationProblem } from '../http/problem.js';
import type { Actor } from '../audit/actor.js';
import { AuditService, changedFields, type AuditWriter } from '../audit/audit.service.js';
import { hashPassword } from '../auth/passwords.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { SignInSessionsService } from '../auth/sign-in-sessions.service.js';
import { currentCertifications, toStaff } from './staff-record.js';

type StaffListQuery = z.output<typeof staffListQuerySchema>;
type StaffInput = z.output<typeof staffInputSchema>;
type StaffPatch = z.output<typeof staffPatchSchema>;

/** The longest an owner lets an artist work on past a certification's expiry. */
const CERTIFICATION_OVERRIDE_MAX_DAYS = 365;

const emailTaken = () => conflictProblem('Conflict', 'Another staff member already signs in with this email', 'email');

@Injectable()
export class StaffService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly signInSessions: SignInSessionsService,
    private readonly audit: AuditService,
    private readonly clinic: ClinicSettingsService,
  ) {}

  async list(query: StaffListQuery): Promise<Page<Staff>> {
    const after = positionAfter(query.cursor, 2, isValueAndIdPosition);
    const rows = await this.database.staff.findMany({
      where: {
        ...(query.status === 'active' ? { deactivatedAt: null } : query.status === 'deactivated' ? { NOT: { deactivatedAt: null } } : {}),
        ...(query.role ? { role: query.role } : {}),
        ...(after ? { OR: [{ name: { gt: after[0]! } }, { name: after[0]!, id: { gt: after[1]! } }] } : {}),
      },
      include: currentCertifications,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: query.limit + 1,
    });
    return toPage(rows, query.limit, toStaff, (row) => [row.name, row.id]);
  }

  async get(id: string): Promise<Staff> {
    const row = await this.database.staff.findUnique({ where: { id }, include: currentCertifications });
    if (!row) throw notFoundProblem('The staff member');
    return toStaff(row);
  }

  async create(input: StaffInput, actor: Actor): Promise<Staff> {
    if (await this.database.staff.findUnique({ where: { email: input.email } })) throw emailTaken();
    const passwordHash = await hashPassword(input.password);
    const created = await this.database.$transaction(async (transaction) => {
      const row = await transaction.staff.create({ data: { name: input.name, email: input.email, role: input.role, passwordHash } });
      await this.record(transaction, actor, 'staff.create', row.id, ['name', 'email', 'role', 'password']);
      return row;
    });
    return this.get(created.id);
  }

  async update(id: string, patch: StaffPatch, actor: Actor): Promise<Staff> {
    const before = await this.get(id);
    if (patch.email && patch.email !== before.email && (await this.database.staff.findUnique({ where: { email: patch.email } }))) {
      throw emailTaken();
    }
    await this.database.$transaction(async (transaction) => {
      if (patch.role && patch.role !== 'owner' && before.role === 'owner') await this.keepAnOwner(transaction, id, 'change the role of');
      await transaction.staff.update({ where: { id }, data: patch });
      await this.record(transaction, actor, 'staff.update', id, changedFields({ name: before.name, email: before.email, role: before.role }, patch));
    });
    return this.get(id);
  }

  /** Ends the staff member's sessions at once; their records and history stay. */
  async deactivate(id: string, actor: Actor): Promise<Staff> {
    const staff = await this.get(id);
    if (staff.status === 'deactivated') return staff;
    if (id === actor.staffId) throw conflictProblem('Conflict', 'You cannot deactivate your own account; ask another owner');
    await this.database.$transaction(async (transaction) => {
      if (staff.role === 'owner') await this.keepAnOwner(transaction, id, 'deactivate');
      await transaction.staff.update({ where: { id }, data: { deactivatedAt: new Date() } });
      await this.signInSessions.endAllOf(transaction, id, 'deactivated');
      await this.record(transaction, actor, 'staff.deactivate', id, ['status']);
    });
    return this.get(id);
  }

  async reactivate(id: string, actor: Actor): Promise<Staff> {
    const staff = await this.get(id);
    if (staff.status === 'active') return staff;
    await this.database.$transaction(async (transaction) => {
      await transaction.staff.update({ where: { id }, data: { deactivatedAt: null } });
      await this.record(transaction, actor, 'staff.reactivate', id, ['status']);
    });
    return this.get(id);
  }

  /** An owner sets a new password, e.g. for someone who forgot theirs; their sessions end. */
  async resetPassword(id: string, newPassword: string, actor: Actor): Promise<void> {
    await this.get(id);
    // One's own password changes only with the current one, so a borrowed session cannot take the account over.
    if (id === actor.staffId) throw conflictProblem('Conflict', 'Change your own password under “Change password”, with your current one');
    const passwordHash = await hashPassword(newPassword);
    await this.database.$transaction(async (transaction) => {
      await transaction.staff.update({ where: { id }, data: { passwordHash } });
      await this.signInSessions.endAllOf(transaction, id, 'password_changed');
      await this.record(transaction, actor, 'staff.password_reset', id, ['password']);
    });
  }

  async addCertification(id: string, input: z.output<typeof certificationInputSchema>, actor: Actor): Promise<Staff> {
    const staff = await this.get(id);
    if (staff.role !== 'artist') throw conflictProblem('Conflict', 'Certifications are recorded for artists');
    await this.database.$transaction(async (transaction) => {
      const certification = await transaction.artistCertification.create({
        data: {
          staffId: id,
          name: input.name,
          issuer: input.issuer ?? null,
          issuedOn: fromIsoDate(input.issuedOn),
          expiresOn: fromIsoDate(input.expiresOn)!,
          requiredForTreatment: input.requiredForTreatment,
          covers: input.covers,
        },
      });
      await this.record(transaction, actor, 'staff.certification_add', id, Object.keys(input), {
        certificationId: certification.id,
      });
    });
    return this.get(id);
  }

  /** Takes a certification off the current list; it stays on file for the history. */
  async removeCertification(id: string, certificationId: string, actor: Actor): Promise<Staff> {
    await this.database.$transaction(async (transaction) => {
      const removed = await transaction.artistCertification.updateMany({
        where: { id: certificationId, staffId: id, removedAt: null },
        data: { removedAt: new Date() },
      });
      if (removed.count === 0) throw notFoundProblem('The certification');
      await this.record(transaction, actor, 'staff.certification_remove', id, [], { certificationId });
    });
    return this.get(id);
  }

  /**
   * Lets an artist work on past the expiry of a certification, with a reason, until
   * a day: no further than a year past today, so that it is a bridge to the renewal.
   */
  async overrideCertification(id: string, certificationId: string, input: z.output<typeof certificationOverrideInputSchema>, actor: Actor): Promise<Staff> {
    const certification = await this.database.artistCertification.findFirst({ where: { id: certificationId, staffId: id, removedAt: null } });
    if (!certification) throw notFoundProblem('The certification');
    const today = dateInZone(new Date(), (await this.clinic.get()).timeZone);
    const latest = addCalendarDays(today, CERTIFICATION_OVERRIDE_MAX_DAYS);
    if (input.validUntil < today || input.validUntil > latest) throw validationProblem([{ field: 'validUntil', message: `Choose a day from ${today} to ${latest}` }]);
    await this.database.$transaction(async (transaction) => {
      const override = await transaction.certificationOverride.create({
        data: { certificationId, reason: input.reason, validUntil: fromIsoDate(input.validUntil)!, grantedById: actor.staffId! },
      });
      await this.record(transaction, actor, 'staff.certification_override', id, [], {
        certificationId,
        overrideId: override.id,
        reason: input.reason,
        validUntil: input.validUntil,
      });
    });
    return this.get(id);
  }

  /**
   * Refuses to leave the clinic without an active owner. Locks the owners' rows, so
   * that two owners demoting each other at the same moment cannot both succeed.
   */
  private async keepAnOwner(transaction: Transaction, leavingId: string, what: string): Promise<void> {
    const owners = await transaction.$queryRaw<{ id: string }[]>`
      SELECT id FROM staff WHERE role = 'owner' AND deactivated_at IS NULL FOR UPDATE`;
    if (!owners.some((owner) => owner.id !== leavingId)) {
      throw conflictProblem('Conflict', `The clinic needs an active owner: add another owner before you ${what} this one`);
    }
  }

  private record(writer: AuditWriter, actor: Actor, action: Extract<AuditAction, `staff.${string}`>, staffId: string, fields: string[], details: Record<string, string> = {}): Promise<void> {
    return this.audit.record(writer, actor, { action, entityType: 'staff', entityId: staffId, changedFields: fields, details });
  }
}
