import { dateInWords, dateInZone, timeInZone, type ConsultationMode } from '@smp/contracts';
import { CODE_VALID_MINUTES } from './booking-policy.js';

/** The web page a manage link opens; its token is the API route's too. */
export const manageBookingPagePath = (token: string) => `/book/manage/${token}`;

const MODE_WORDS: Record<ConsultationMode, string> = { in_person: 'at the clinic', phone: 'by phone', video: 'by video call' };

export function codeEmail(clinicName: string, code: string): { subject: string; text: string } {
  return {
    subject: `${code} is your code for booking with ${clinicName}`,
    text: [
      `Your code: ${code}`,
      '',
      `Enter it on the booking page within ${CODE_VALID_MINUTES} minutes to hold your consultation.`,
      'If you did not ask to book, ignore this email: nothing is booked without the code.',
      '',
      clinicName,
    ].join('\n'),
  };
}

export function manageEmail(
  booking: { clinicName: string; timeZone: string; startsAt: Date; artistName: string; mode: ConsultationMode },
  links: { manage: string; intake: string },
): { subject: string; text: string } {
  const day = dateInWords(dateInZone(booking.startsAt, booking.timeZone));
  const time = timeInZone(booking.startsAt, booking.timeZone);
  return {
    // Beside the clinic's usual booking confirmation: the subject says what this one adds.
    subject: `Your intake and booking links, ${booking.clinicName}: ${day} at ${time}`,
    text: [
      `Your consultation ${MODE_WORDS[booking.mode]} with ${booking.artistName} is booked for ${day} at ${time}.`,
      '',
      'Before it, please tell us about your hair and your health, and send a few photos of your scalp (about ten minutes):',
      links.intake,
      '',
      `To move or cancel it: ${links.manage}`,
      'The links work until your consultation begins. Keep them to yourself: anyone with them can change your booking.',
      '',
      booking.clinicName,
    ].join('\n'),
  };
}
