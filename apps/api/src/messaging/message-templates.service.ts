import { Inject, Injectable } from '@nestjs/common';
import {
  DEFAULT_WORDING,
  MESSAGE_KINDS,
  PLACEHOLDERS_OF_KIND,
  PLACEHOLDER_DESCRIPTIONS,
  messageTemplateInputSchema,
  renderTemplate,
  textToHtml,
  type MessageKind,
  type MessageTemplate,
  type MessageTemplatePreview,
  type MessageWording,
  type TemplateValues,
} from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import type { Actor } from '../audit/actor.js';
import { AuditService, changedFields } from '../audit/audit.service.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { issuesToFieldErrors, validationProblem } from '../http/problem.js';
import { existingClient } from '../shared/client-checks.js';
import type { MessagingTransaction } from './message-composer.js';
import { factsOfClient } from './message-facts.queries.js';
import { messageValues, withExamples } from './message-values.js';

type TemplateReader = Pick<Database, 'messageTemplate'> | MessagingTransaction;

interface StoredWording extends MessageWording {
  updatedAt: Date | null;
}

/** A message's words in each channel: a subject on one line, text and HTML, and the SMS. */
export function renderWording(wording: MessageWording, values: TemplateValues): Omit<MessageTemplatePreview, 'exampleValues'> {
  const text = renderTemplate(wording.body, values);
  return { subject: renderTemplate(wording.subject, values).replace(/\s+/g, ' ').trim(), text, html: textToHtml(text), sms: renderTemplate(wording.smsBody, values) };
}

/** The clinic's wording of each kind of message: its own where an owner wrote one, else the default. */
@Injectable()
export class MessageTemplatesService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
    private readonly clinic: ClinicSettingsService,
  ) {}

  async wordingOf(reader: TemplateReader, kind: MessageKind): Promise<StoredWording> {
    return storedWording(kind, await reader.messageTemplate.findUnique({ where: { kind } }));
  }

  async list(): Promise<MessageTemplate[]> {
    const rows = new Map((await this.database.messageTemplate.findMany()).map((row) => [row.kind, row]));
    return MESSAGE_KINDS.map((kind) => toTemplate(kind, storedWording(kind, rows.get(kind) ?? null)));
  }

  async update(kind: MessageKind, input: MessageWording, actor: Actor): Promise<MessageTemplate> {
    const wording = checkedWording(kind, input);
    return this.database.$transaction(async (transaction) => {
      const before = await this.wordingOf(transaction, kind);
      const row = await transaction.messageTemplate.upsert({
        where: { kind },
        create: { kind, ...wording, updatedById: actor.staffId! },
        update: { ...wording, updatedById: actor.staffId!, updatedAt: new Date() },
      });
      await this.audit.record(transaction, actor, {
        action: 'message_template.update',
        entityType: 'message_template',
        entityId: kind,
        changedFields: changedFields(pickWording(before), wording),
      });
      return toTemplate(kind, { ...wording, updatedAt: row.updatedAt });
    });
  }

  /** Back to the default wording; the clinic's own is gone, as a changed wording's earlier text is. */
  async reset(kind: MessageKind, actor: Actor): Promise<MessageTemplate> {
    await this.database.$transaction(async (transaction) => {
      const { count } = await transaction.messageTemplate.deleteMany({ where: { kind } });
      if (count > 0) await this.audit.record(transaction, actor, { action: 'message_template.reset', entityType: 'message_template', entityId: kind });
    });
    return toTemplate(kind, storedWording(kind, null));
  }

  /** A draft rendered with a real client's data; values they have no data for are examples, and named. */
  /** A preview shows the client's bookings and treatment, so it is a read of their record. */
  async preview(kind: MessageKind, input: MessageWording & { clientId: string }, actor: Actor): Promise<MessageTemplatePreview> {
    const wording = checkedWording(kind, input);
    await existingClient(this.database, input.clientId, 'clientId');
    await this.audit.recordClientRead(actor, input.clientId, undefined, { part: 'message_preview', kind });
    const [facts, clinic] = await Promise.all([factsOfClient(this.database, input.clientId, new Date()), this.clinic.get()]);
    const { values, examples } = withExamples(kind, messageValues(kind, facts!, clinic));
    return { ...renderWording(wording, values), exampleValues: examples };
  }
}

/** A kind without a row of its own says the default. */
function storedWording(kind: MessageKind, row: (MessageWording & { updatedAt: Date }) | null): StoredWording {
  return row ? { ...pickWording(row), updatedAt: row.updatedAt } : { ...DEFAULT_WORDING[kind], updatedAt: null };
}

function checkedWording(kind: MessageKind, input: MessageWording): MessageWording {
  const result = messageTemplateInputSchema.safeParse({ kind, subject: input.subject, body: input.body, smsBody: input.smsBody });
  if (!result.success) throw validationProblem(issuesToFieldErrors(result.error.issues));
  return pickWording(result.data);
}

function pickWording({ subject, body, smsBody }: MessageWording): MessageWording {
  return { subject, body, smsBody };
}

function toTemplate(kind: MessageKind, wording: StoredWording): MessageTemplate {
  return {
    kind,
    ...pickWording(wording),
    isDefault: wording.updatedAt === null,
    placeholders: PLACEHOLDERS_OF_KIND[kind].map((name) => ({ name, description: PLACEHOLDER_DESCRIPTIONS[name] })),
    updatedAt: wording.updatedAt?.toISOString() ?? null,
  };
}
