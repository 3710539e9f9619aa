import type { TestApp } from './test-app.js';
import { signatureDataUrl } from './files.js';

export const TREATMENT_CONSENT_WORDING = {
  kind: 'treatment',
  title: 'Consent to scalp micropigmentation',
  body: 'I agree to scalp micropigmentation by the clinic’s artists, in the sessions of my plan. I have been told what to expect, the risks and the aftercare.',
} as const;

/** The treatment consent form of a test app, published once by its owner: its id. */
const treatmentForms = new WeakMap<TestApp, Promise<string>>();
export function treatmentConsentForm(testApp: TestApp): Promise<string> {
  if (!treatmentForms.has(testApp)) {
    treatmentForms.set(
      testApp,
      (async () => {
        const published = await testApp.as('owner').post('/api/consent-templates').send(TREATMENT_CONSENT_WORDING);
        if (published.status !== 201) throw new Error(`Publishing the treatment consent failed: ${JSON.stringify(published.body)}`);
        return published.body.id as string;
      })(),
    );
  }
  return treatmentForms.get(testApp)!;
}

/** The client signs the treatment consent in force, at the tablet with the test artist. */
export async function signTreatmentConsent(testApp: TestApp, clientId: string, templateId?: string): Promise<void> {
  const signed = await testApp
    .as('artist')
    .post(`/api/clients/${clientId}/consents`)
    .send({ templateId: templateId ?? (await treatmentConsentForm(testApp)), granted: true, signedName: 'Plan Client', signature: await signatureDataUrl() });
  if (signed.status !== 201) throw new Error(`Signing the treatment consent failed: ${JSON.stringify(signed.body)}`);
}
