import {
  APPOINTMENT_KIND_WORDING,
  PLACEHOLDERS_OF_KIND,
  WHAT_TO_BRING,
  dateInWords,
  dateInZone,
  formatPhone,
  nextSessionWindow,
  preparationFor,
  timeInZone,
  type AftercareStep,
  type AppointmentKind,
  type ClinicSettings,
  type MessageKind,
  type Placeholder,
  type TemplateValues,
  type TreatmentStyle,
} from '@smp/contracts';

/** What a message may say about its client, booking and session, as loaded for it. */
export interface MessageFacts {
  firstName: string;
  email: string | null;
  /** When the message goes: a maintenance recall is sent on the day the recall came due. */
  sendAt: Date;
  appointment: {
    id: string;
    kind: AppointmentKind;
    startsAt: Date;
    endsAt: Date;
    artistName: string;
    planStyle: TreatmentStyle | null;
    /** Moves and status changes since it was booked. */
    changes: number;
    /** Its location's own zone, address and phone; null ones are the clinic's. */
    place: { timeZone: string | null; address: string | null; phone: string | null };
  } | null;
  session: {
    aftercare: AftercareStep[];
    endedAt: Date;
    artistName: string;
    /** The plan session's number; null for a touch-up or maintenance visit. */
    number: number | null;
  } | null;
}

export interface MessageLinkValues {
  confirmLink?: string;
  unsubscribeLink?: string;
}

type ClinicFacts = Pick<ClinicSettings, 'name' | 'address' | 'phone' | 'timeZone' | 'sessionSpacingMinDays' | 'sessionSpacingMaxDays'>;

const bulleted = (lines: string[]) => lines.map((line) => `• ${line}`).join('\n');

/** The session's preparation steps, one a line. */
export function preparationText(style: TreatmentStyle | null): string {
  return bulleted(preparationFor(style).map((step) => `${step.title}: ${step.detail}`));
}

/** The aftercare schedule with its dates, a paragraph a period, as on the printed sheet. */
export function aftercareText(steps: AftercareStep[]): string {
  const when = (step: AftercareStep) =>
    step.to ? `${dateInWords(step.from, { withYear: false })} to ${dateInWords(step.to, { withYear: false })}` : `from ${dateInWords(step.from, { withYear: false })}`;
  return steps.map((step) => `${step.title} (${when(step)})\n${bulleted(step.instructions)}`).join('\n\n');
}

/** Where an appointment is: its location's zone, address and phone, or the clinic's where the location has none. */
export function placeOf(appointment: MessageFacts['appointment'], clinic: Pick<ClinicFacts, 'address' | 'phone' | 'timeZone'>) {
  return {
    timeZone: appointment?.place.timeZone ?? clinic.timeZone,
    address: appointment?.place.address ?? clinic.address,
    phone: appointment?.place.phone ?? clinic.phone,
  };
}

/** Every value a kind offers that the facts can fill; a value without facts is left out. */
export function messageValues(kind: MessageKind, facts: MessageFacts, clinic: ClinicFacts, links: MessageLinkValues = {}): TemplateValues {
  const zone = clinic.timeZone;
  const { appointment, session } = facts;
  // A message about an appointment gives where it is and its time there.
  const place = placeOf(appointment, clinic);
  const values: TemplateValues = {
    firstName: facts.firstName,
    clinicName: clinic.name,
    ...(place.address && { clinicAddress: place.address }),
    ...(place.phone && { clinicPhone: formatPhone(place.phone) }),
    ...links,
  };
  if (appointment) {
    Object.assign(values, {
      appointmentDate: dateInWords(dateInZone(appointment.startsAt, place.timeZone)),
      appointmentTime: timeInZone(appointment.startsAt, place.timeZone),
      appointmentKind: APPOINTMENT_KIND_WORDING[appointment.kind],
      artistName: appointment.artistName,
      whatToBring: WHAT_TO_BRING[appointment.kind],
      preparation: preparationText(appointment.planStyle),
    } satisfies TemplateValues);
  }
  if (session) {
    const window = nextSessionWindow(session.endedAt, zone, clinic.sessionSpacingMinDays, clinic.sessionSpacingMaxDays);
    Object.assign(values, {
      artistName: values.artistName ?? session.artistName,
      aftercareSchedule: aftercareText(session.aftercare),
      windowOpens: dateInWords(window.opensOn),
      windowCloses: dateInWords(window.closesOn),
    } satisfies TemplateValues);
    if (session.number !== null) values.sessionNumber = String(kind === 'next_session_window' ? session.number + 1 : session.number);
  }
  if (kind === 'maintenance_recall') values.recallDate = dateInWords(dateInZone(facts.sendAt, zone));
  const offered = new Set<Placeholder>(PLACEHOLDERS_OF_KIND[kind]);
  return Object.fromEntries(Object.entries(values).filter(([name]) => offered.has(name as Placeholder)));
}

/** What a preview shows for a value the chosen client has no facts for, marked as an example. */
const EXAMPLE_VALUES: Record<Placeholder, string> = {
  firstName: 'Sam',
  clinicName: 'Your clinic',
  clinicAddress: '1 Example Street',
  clinicPhone: '020 7946 0000',
  appointmentDate: 'Thursday 10 December 2026',
  appointmentTime: '14:30',
  appointmentKind: APPOINTMENT_KIND_WORDING.plan_session,
  artistName: 'Alex',
  whatToBring: WHAT_TO_BRING.plan_session,
  confirmLink: 'https://clinic.example/visit/example-link',
  preparation: preparationText(null),
  aftercareSchedule: aftercareText([{ from: '2026-12-10', to: '2026-12-14', title: 'Days 0–4: keep the scalp dry and untouched', instructions: ['No sweating or exercise'] }]),
  sessionNumber: '2',
  windowOpens: 'Thursday 17 December 2026',
  windowCloses: 'Thursday 7 January 2027',
  recallDate: 'Monday 10 December 2029',
  unsubscribeLink: 'https://clinic.example/unsubscribe/example-link',
};

/** The kind's values with an example for each the facts left out, and which those were. */
export function withExamples(kind: MessageKind, values: TemplateValues): { values: TemplateValues; examples: Placeholder[] } {
  const examples = PLACEHOLDERS_OF_KIND[kind].filter((name) => values[name] === undefined);
  return { values: { ...values, ...Object.fromEntries(examples.map((name) => [name, EXAMPLE_VALUES[name]])) }, examples };
}
