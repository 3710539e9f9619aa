import { Inject, Injectable } from '@nestjs/common';
import { APPOINTMENT_KIND_WORDING, PURPOSE_OF_KIND, type MessageKind } from '@smp/contracts';
import addressparser from 'nodemailer/lib/addressparser/index.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { appointmentInvite } from './appointment-invite.js';
import { MESSAGE_LINKS, type ComposedMessage, type MessageComposer, type MessageLinks, type MessagingTransaction } from './message-composer.js';
import { factsOfMessage, type MessageSubject } from './message-facts.queries.js';
import { MessageTemplatesService, renderWording } from './message-templates.service.js';
import { messageValues, placeOf, type MessageLinkValues } from './message-values.js';

/** Kinds that tell the client's calendar about the booking. */
const INVITING_KINDS: ReadonlySet<MessageKind> = new Set(['booking_confirmation', 'booking_update', 'booking_cancellation']);

/**
 * Renders a message as it goes out, from the clinic's wording of its kind and what
 * is true at that moment (a booking moved since the message was scheduled says its
 * new time): a fixed handful of queries whatever the kind.
 */
@Injectable()
export class TemplateMessageComposer implements MessageComposer {
  /** MAIL_FROM's address, without its display name. */
  private readonly senderEmail: string | undefined;

  constructor(
    private readonly clinic: ClinicSettingsService,
    private readonly templates: MessageTemplatesService,
    @Inject(MESSAGE_LINKS) private readonly links: MessageLinks,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'mail'>,
  ) {
    this.senderEmail = addressparser(config.mail.from, { flatten: true })[0]?.address || undefined;
  }

  async compose(messageId: string, transaction: MessagingTransaction): Promise<ComposedMessage> {
    const facts = await factsOfMessage(transaction, messageId);
    if (!facts?.kind) throw new Error(`No client message ${messageId}`);
    const kind = facts.kind;
    const [clinic, wording, links] = await Promise.all([this.clinic.get(), this.templates.wordingOf(transaction, kind), this.linksOf(kind, messageId, facts, transaction)]);
    const rendered = renderWording(wording, messageValues(kind, facts, clinic, links));
    const { appointment } = facts;
    return {
      ...rendered,
      attachments:
        appointment && INVITING_KINDS.has(kind)
          ? [
              appointmentInvite({
                appointmentId: appointment.id,
                sequence: appointment.changes,
                cancelled: kind === 'booking_cancellation',
                startsAt: appointment.startsAt,
                endsAt: appointment.endsAt,
                summary: `${capitalised(APPOINTMENT_KIND_WORDING[appointment.kind])} at ${clinic.name}`,
                clinic: { ...clinic, address: placeOf(appointment, clinic).address },
                senderEmail: this.senderEmail,
                attendeeEmail: facts.email,
              }),
            ]
          : [],
      headers: links.unsubscribeLink ? await this.links.unsubscribeHeaders(facts.clientId) : {},
      // Answers reach the clinic, not the no-reply address messages may come from.
      replyTo: clinic.email ?? undefined,
    };
  }

  private async linksOf(kind: MessageKind, messageId: string, facts: MessageSubject, transaction: MessagingTransaction): Promise<MessageLinkValues> {
    const links: MessageLinkValues = {};
    if (CONFIRMING_KINDS.has(kind) && facts.appointment) {
      links.confirmLink = await this.links.appointmentLink(transaction, { messageId, appointmentId: facts.appointment.id, expiresAt: facts.appointment.startsAt });
    }
    if (PURPOSE_OF_KIND[kind] === 'marketing') links.unsubscribeLink = await this.links.unsubscribeLink(facts.clientId);
    return links;
  }
}

/** Messages that ask the client to confirm the appointment (or ask for another time) by a link. */
const CONFIRMING_KINDS = new Set<MessageKind>(['booking_confirmation', 'booking_update', 'reminder']);

const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
