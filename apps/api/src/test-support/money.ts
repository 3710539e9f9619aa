import type { TestApp } from './test-app.js';

let payerNumber = 0;

/** A 10% tax line: 3,000.00 net, 300.00 tax. */
export const PLAN_LINE = { netMinor: 300_000, taxMinor: 30_000, totalMinor: 330_000 };

/**
 * A new client with a plan whose quote (one line, 10% tax added) the client has
 * signed, written straight to the database: the quotes API is a feature of its own.
 */
export async function planWithAcceptedQuote(testApp: TestApp): Promise<{ clientId: string; planId: string; quoteId: string; currency: string }> {
  payerNumber += 1;
  const database = testApp.database;
  const { currency } = await database.clinicSettings.findFirstOrThrow({ select: { currency: true } });
  const client = await database.client.create({
    data: { firstName: 'Quinn', lastName: `Payer${payerNumber}`, email: `quinn.payer${payerNumber}@example.com`, addressLine1: '1 Main St', addressCity: 'Springfield' },
  });
  const owner = testApp.staff.owner.id;
  const plan = await database.treatmentPlan.create({
    data: { clientId: client.id, style: 'density', artistId: testApp.staff.artist.id, quotedPriceMinor: PLAN_LINE.netMinor, currency, createdById: owner },
  });
  const quote = await database.quote.create({
    data: {
      planId: plan.id,
      clientId: client.id,
      version: 1,
      currency,
      pricesIncludeTax: false,
      ...PLAN_LINE,
      depositMinor: 50_000,
      createdById: owner,
      lines: {
        create: [
          { lineNumber: 1, kind: 'plan', description: 'Density plan, 2 sessions', quantity: 1, unitPriceMinor: PLAN_LINE.netMinor, taxName: 'Sales tax', taxBasisPoints: 1000, ...PLAN_LINE },
        ],
      },
      acceptance: { create: { signedName: 'Quinn Payer', signaturePng: Buffer.from([0x89, 0x50, 0x4e, 0x47]), witnessedById: owner } },
    },
  });
  return { clientId: client.id, planId: plan.id, quoteId: quote.id, currency };
}
