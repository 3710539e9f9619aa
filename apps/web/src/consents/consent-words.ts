import { dateInZone, type ClientConsents, type ConsentState } from '@smp/contracts';
import { formatDate } from '../shared/format';

type ConsentForm = ClientConsents['forms'][number];

/** A form's standing in a few words, with the version and day where there is one: "Signed v2 on 3 Dec 2026". */
export function consentStanding(form: ConsentForm, timeZone: string): string {
  const signedOn = form.latest ? formatDate(dateInZone(new Date(form.latest.signedAt), timeZone)) : '';
  const words: Record<ConsentState, string> = {
    signed: `Signed v${form.latest?.version} on ${signedOn}`,
    declined: `Declined v${form.latest?.version} on ${signedOn}`,
    outdated: `Outdated: signed v${form.latest?.version} on ${signedOn}, v${form.current?.version} is in force`,
    not_signed: 'Not signed',
    unpublished: 'No form published',
  };
  return words[form.state];
}

/** Whether the client is asked to sign the form now: never signed, or a newer version since; a decline may be asked again. */
export function awaitsSignature(form: ConsentForm): boolean {
  return form.current !== null && form.state !== 'signed';
}
