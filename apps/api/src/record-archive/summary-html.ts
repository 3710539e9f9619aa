import { dateInZone, formatMoney, SCREENING_QUESTIONNAIRES, timeInZone } from '@smp/contracts';
import type { ClientRecordJson } from './record-contents.js';

export interface SummaryContext {
  clinicName: string;
  timeZone: string;
  exportedAt: Date;
}

/** Text made safe to place in HTML, in an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A value, or files in the archive (linked relatively, so they open from the unzipped folder). */
type Cell = string | number | boolean | null | undefined | { file: string | null } | { files: readonly (string | null)[] };

const fileLink = (file: string) => `<a href="${escapeHtml(file)}">${escapeHtml(file)}</a>`;

function cellHtml(value: Cell): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object') {
    const files = ('files' in value ? value.files : [value.file]).filter((file) => file !== null);
    return files.length === 0 ? '—' : files.map(fileLink).join('\n');
  }
  return escapeHtml(String(value));
}

/** A table of plain values; every cell is escaped and carries its heading, for narrow screens where rows stack. */
function table(headings: string[], rows: Cell[][]): string {
  if (rows.length === 0) return '<p>None.</p>';
  const head = headings.map((heading) => `<th>${escapeHtml(heading)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell, index) => `<td data-label="${escapeHtml(headings[index]!)}">${cellHtml(cell)}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

type Answer = { answer?: boolean; date?: string | null };

/** A question in its questionnaire's own words, or by its id under a questionnaire this app does not know. */
function questionText(questionnaireVersion: string, questionId: string): string {
  return SCREENING_QUESTIONNAIRES[questionnaireVersion]?.questions.find((question) => question.id === questionId)?.text ?? questionId;
}

/** One answer: Yes or No, with its date when one was asked. */
export function answerText(given: unknown): string {
  const { answer, date } = typeof given === 'object' && given !== null ? (given as Answer) : {};
  return `${answer ? 'Yes' : 'No'}${date ? ` (${date})` : ''}`;
}

/** A questionnaire's answers as the client gave them, one question a line, in the questionnaire's own words. */
export function answerLines(questionnaireVersion: string, answers: unknown): string {
  const given = typeof answers === 'object' && answers !== null ? (answers as Record<string, Answer>) : {};
  return Object.entries(given)
    .map(([id, answer]) => `${questionText(questionnaireVersion, id)} ${answerText(answer)}`)
    .join('\n');
}

const section = (title: string, content: string) => `<section><h2>${escapeHtml(title)}</h2>\n${content}\n</section>`;

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:1rem auto;max-width:64rem;padding:0 1rem;color:#111}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top;white-space:pre-wrap}
th{background:#f0f0f0}h2{margin-top:2rem;border-bottom:2px solid #333}a{overflow-wrap:anywhere}
@media (max-width:60rem){table,tbody,tr,td{display:block}thead{display:none}tr{border:1px solid #bbb;margin-bottom:.75rem}
td{border:0;border-top:1px solid #ddd}td:first-child{border-top:0}td::before{content:attr(data-label);display:block;font-weight:600;font-size:.85em;color:#444}}`;

/**
 * The record as one self-contained page a client can read: no scripts, no outside
 * assets, every instant in the clinic's time zone and every value escaped.
 */
export function renderSummaryHtml(record: ClientRecordJson, context: SummaryContext): string {
  const at = (iso: string | null | undefined) => (iso ? `${dateInZone(new Date(iso), context.timeZone)} ${timeInZone(new Date(iso), context.timeZone)}` : null);
  const money = (minor: number, currency: string) => formatMoney(minor, currency);
  const { client } = record;
  const name = `${client.firstName} ${client.lastName}`;
  /** What a move changed: the time, the artist, or (when neither) the room or length, which its history does not keep. */
  const moveText = (event: ClientRecordJson['appointments'][number]['events'][number]) => {
    const changes = [
      event.fromStartsAt !== event.toStartsAt && `moved from ${at(event.fromStartsAt) ?? '—'} to ${at(event.toStartsAt) ?? '—'}`,
      event.fromArtist?.name !== event.toArtist?.name && `artist changed from ${event.fromArtist?.name ?? '—'} to ${event.toArtist?.name ?? '—'}`,
    ].filter(Boolean);
    return changes.length > 0 ? changes.join(', ') : 'moved';
  };
  const history = (appointment: ClientRecordJson['appointments'][number]) => {
    const request = appointment.bookingRequest;
    const requested = request && [
      `${at(request.createdAt) ?? ''} requested online as ${request.firstName} ${request.lastName}, ${[request.email, request.phone, request.address && `from ${request.address}`].filter(Boolean).join(', ')}`,
    ];
    const events = appointment.events.map((event) => {
      const what = event.change === 'moved' ? moveText(event) : event.change === 'status' ? `${event.fromStatus ?? '—'} → ${event.toStatus ?? '—'}` : event.change.replace('_', ' ');
      return `${at(event.occurredAt) ?? ''} ${what} by ${event.staff?.name ?? 'the client'}${event.reason ? `: ${event.reason}` : ''}`;
    });
    return [...(requested ?? []), ...events].join('\n');
  };
  const address = [client.addressLine1, client.addressLine2, client.addressCity, client.addressRegion, client.addressPostalCode, client.addressCountry].filter(Boolean).join(', ');

  const sections = [
    section(
      'Details',
      table(
        ['Field', 'Value'],
        [
          ['Name', name],
          ['Date of birth', client.dateOfBirth],
          ['Sex', client.sex],
          ['Phone', client.phone],
          ['Email', client.email],
          ['Prefers', client.preferredContact],
          ['Address', address],
          ['Heard of us', [client.referralSource, client.referralDetail].filter(Boolean).join(' — ')],
          ['Notes', client.notes],
          ['Client since', at(client.createdAt)],
          ['Archived', at(client.archivedAt)],
        ],
      ),
    ),
    section(
      'Consultations',
      table(
        ['Recorded', 'By', 'Mode', 'Hair loss causes', 'Desired style', 'Notes'],
        record.consultations.map((consultation) => [
          at(consultation.recordedAt),
          consultation.recordedBy?.name,
          consultation.mode,
          consultation.hairLossCauses.join(', '),
          consultation.desiredStyle,
          consultation.notes,
        ]),
      ),
    ),
    section(
      'Screenings',
      table(
        ['Signed', 'Questionnaire', 'Outcome', 'Signed by the client as', 'Conducted by', 'Valid until', 'Answers', 'Clearance letters', 'Signature'],
        record.screenings.map((screening) => [
          at(screening.signedAt),
          screening.questionnaireVersion,
          screening.answeredOutcome,
          screening.signedName,
          screening.conductedBy.name,
          screening.validUntil,
          answerLines(screening.questionnaireVersion, screening.answers),
          screening.clearances.map((clearance) => `${clearance.questionId}: ${clearance.file}`).join('\n'),
          { file: screening.signatureFile },
        ]),
      ),
    ),
    section(
      'Patch tests',
      table(
        ['Applied', 'Read', 'Pigment', 'Lot', 'Result', 'Notes'],
        record.patchTests.map((test) => [test.appliedOn, test.readOn, test.pigmentLot?.pigment.shadeName ?? test.pigmentNote, test.pigmentLot?.lotNumber, test.result, test.notes]),
      ),
    ),
    section(
      'Eligibility overrides',
      table(
        ['Granted', 'By', 'Reason', 'Valid until', 'Screening signed'],
        record.eligibilityOverrides.map((override) => [at(override.grantedAt), override.grantedBy.name, override.reason, override.validUntil, at(override.screening?.signedAt)]),
      ),
    ),
    section(
      'Consents',
      table(
        ['Signed', 'Form', 'Version', 'Granted', 'Signed as', 'Witnessed by', 'Signature'],
        record.consents.map((consent) => [
          at(consent.signedAt),
          consent.template.title,
          consent.template.version,
          consent.granted,
          consent.signedName,
          consent.witnessedBy?.name,
          { file: consent.signatureFile },
        ]),
      ),
    ),
    section(
      'Intake forms',
      table(
        ['Submitted', 'Questionnaire', 'Outcome', 'Signed as', 'Answers'],
        record.intakes.map((intake) => [
          at(intake.submittedAt),
          intake.questionnaireVersion,
          intake.answeredOutcome,
          intake.signedName,
          answerLines(intake.questionnaireVersion, intake.answers),
        ]),
      ),
    ),
    section(
      'Intake answer corrections',
      table(
        ['Corrected', 'By', 'Intake submitted', 'Question', 'Client answered', 'Corrected to', 'Note'],
        record.intakeCorrections.map((correction) => [
          at(correction.correctedAt),
          correction.correctedBy.name,
          at(correction.intakeSubmission.submittedAt),
          questionText(correction.intakeSubmission.questionnaireVersion, correction.questionId),
          answerText(correction.clientAnswer),
          answerText(correction.correctedAnswer),
          correction.note,
        ]),
      ),
    ),
    section(
      'Treatment plans',
      table(
        ['Created', 'Style', 'Artist', 'Status', 'Quoted', 'Planned sessions', 'Notes'],
        record.treatmentPlans.map((plan) => [
          at(plan.createdAt),
          plan.style,
          plan.artist.name,
          plan.status,
          money(plan.quotedPriceMinor, plan.currency),
          plan.sessions
            .map((session) => `${session.number}. ${session.kind}: ${session.pigments.map(({ pigment }) => `${pigment.brand} ${pigment.shadeName}`).join(', ') || (session.shadeNote ?? '')}`)
            .join('\n'),
          plan.notes,
        ]),
      ),
    ),
    section(
      'Correction assessments',
      table(
        ['Recorded', 'By', 'Areas', 'Issues', 'Previous artist', 'Description', 'Photos'],
        record.correctionAssessments.map((assessment) => [
          at(assessment.recordedAt),
          assessment.recordedBy.name,
          assessment.areas.join(', '),
          assessment.issues.join(', '),
          assessment.previousArtist,
          assessment.description,
          { files: assessment.photos.map((photo) => photo.file) },
        ]),
      ),
    ),
    section(
      'Sessions',
      table(
        ['Completed', 'Artist', 'Areas', 'Pigments (lot)', 'Needle (lot)', 'Minutes', 'Notes'],
        record.sessionRecords.map((session) => [
          at(session.completedAt),
          session.artist.name,
          session.areasTreated.join(', '),
          session.pigments.map(({ pigmentLot, role }) => `${pigmentLot.pigment.brand} ${pigmentLot.pigment.shadeName} (${pigmentLot.lotNumber}), ${role}`).join('\n'),
          `${session.needleLot.needle.configuration} ${session.needleLot.needle.gauge} (${session.needleLot.lotNumber})`,
          session.durationMinutes,
          [session.notes, ...session.addenda.map((addendum) => `Added ${at(addendum.createdAt) ?? ''} by ${addendum.author.name}: ${addendum.text}`)].filter(Boolean).join('\n'),
        ]),
      ),
    ),
    section(
      'Laser sessions',
      table(
        ['Recorded', 'Artist', 'Device', 'Wavelength (nm)', 'Fluence (J/cm²)', 'Spot size (mm)', 'Settings', 'Reaction'],
        record.laserSessions.map((laser) => [
          at(laser.recordedAt),
          laser.artist.name,
          laser.device,
          laser.wavelengthNm,
          laser.fluenceJPerCm2,
          laser.spotSizeMm,
          laser.settingsNotes,
          laser.reaction,
        ]),
      ),
    ),
    section(
      'Fade assessments',
      table(
        ['Assessed', 'Artist', 'Fading (0 none – 4 gone)', 'Colour shift', 'Notes', 'Photos'],
        record.fadeAssessments.map((assessment) => [
          assessment.assessedOn,
          assessment.artist.name,
          assessment.areas.map((area) => `${area.area}: ${area.score}`).join('\n'),
          [assessment.colourShift, assessment.colourShiftNote].filter(Boolean).join(' — '),
          assessment.notes,
          { files: assessment.photos.map((photo) => photo.file) },
        ]),
      ),
    ),
    section(
      'Appointments',
      table(
        ['Starts', 'Kind', 'Artist', 'Room', 'Status', 'History'],
        record.appointments.map((appointment) => [at(appointment.startsAt), appointment.kind, appointment.artist.name, appointment.room?.name, appointment.status, history(appointment)]),
      ),
    ),
    section(
      'Follow-up contacts',
      table(
        ['Contacted', 'By', 'Channel', 'Outcome', 'Note'],
        record.followUpContacts.map((contact) => [at(contact.contactedAt), contact.staff.name, contact.channel, contact.outcome, contact.note]),
      ),
    ),
    section(
      'Photos',
      table(
        ['Taken', 'View', 'Phase', 'File'],
        record.photos.map((photo) => [at(photo.takenAt), photo.view, photo.phase, { file: photo.file }]),
      ),
    ),
    section(
      'Hairline designs',
      table(
        ['Created', 'By', 'Version', 'Kind', 'Reason', 'Signed as', 'On the photo', 'Signature'],
        record.designs.map((design) => [
          at(design.createdAt),
          design.createdBy.name,
          design.version,
          design.kind,
          design.reason,
          design.signedName,
          { file: design.photoFile },
          { file: design.signatureFile },
        ]),
      ),
    ),
    section(
      'Quotes',
      table(
        ['Created', 'Version', 'Total', 'Deposit', 'Accepted'],
        record.quotes.map((quote) => [
          at(quote.createdAt),
          quote.version,
          money(quote.totalMinor, quote.currency),
          money(quote.depositMinor, quote.currency),
          quote.acceptance && `${at(quote.acceptance.acceptedAt) ?? ''}, signed by ${quote.acceptance.signedName}`,
        ]),
      ),
    ),
    section(
      'Invoices and credit notes',
      table(
        ['Issued', 'Number', 'Kind', 'Total', 'File'],
        record.invoices.map((invoice) => [invoice.issuedOn, invoice.number, invoice.kind, money(invoice.totalMinor, invoice.currency), { file: invoice.file }]),
      ),
    ),
    section(
      'Payments and refunds',
      table(
        ['Received', 'Kind', 'Method', 'Amount', 'Reference'],
        record.payments.map((payment) => [at(payment.receivedAt), payment.kind, payment.method, money(payment.amountMinor, payment.currency), payment.reference]),
      ),
    ),
    section(
      'Messages',
      table(
        ['Sent', 'Channel', 'To', 'Subject', 'Status'],
        record.messages.map((message) => [at(message.sentAt ?? message.sendAt), message.channel, message.recipient, message.subject ?? message.purpose, message.status]),
      ),
    ),
    section(
      'Message consents',
      table(
        ['Recorded', 'Purpose', 'Granted', 'How', 'Note'],
        record.messageConsents.map((consent) => [at(consent.recordedAt), consent.purpose, consent.granted, consent.method, consent.note]),
      ),
    ),
  ];

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`Record of ${name}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(`Record of ${name}`)}</h1>
<p>${escapeHtml(`Everything ${context.clinicName} holds about ${name}, as of ${at(context.exportedAt.toISOString()) ?? ''} (${context.timeZone}). The same data is in record.json; photos and signed documents are in the photos and documents folders.`)}</p>
${sections.join('\n')}
</body>
</html>
`;
}
