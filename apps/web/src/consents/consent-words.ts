import { dateInZone, type ClientConsents } from '@smp/contracts';
import { formatDate } from '../shared/format';

type ConsentForm = ClientConsents['forms'][number];

/** A form's standing in a few words, with the version and day where there is one: "Signed v2 on 3 Dec 2026". */
export function consentStanding(form: ConsentForm, timeZone: string): string {
  const { latest } = form;
  if (form.state === 'unpublished') return 'No form published';
  if (!latest) return 'Not signed';
  const signed = `v${latest.version} on ${formatDate(dateInZone(new Date(latest.signedAt), timeZone))}`;
  if (form.state === 'outdated') return `Outdated: signed ${signed}, v${form.current?.version ?? '?'} is in force`;
  return `${latest.granted ? 'Signed' : 'Declined'} ${signed}`;
}

/** Whether the client is asked to sign the form now: never signed, or a newer version since; a decline may be asked again. */
export function awaitsSignature(form: ConsentForm): boolean {
  return form.current !== null && form.state !== 'signed';
}
