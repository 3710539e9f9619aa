import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { createCanvas } from '@napi-rs/canvas';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { documentTotals, lineAmounts, type Invoice } from '@smp/contracts';
import { openPdf, pageTexts } from '../test-support/pdf-text.js';
import { renderInvoicePdf, replaceUnencodable } from './invoice-pdf.js';

const TIME_ZONE = 'America/New_York';

type LineInput = { description: string; quantity?: number; unitPriceMinor: number; tax: [string, number]; discountReason?: string; creditedLineNumber?: number };

/** An invoice as the API returns it, its amounts worked out by the shared money rules. */
function sampleInvoice(kind: Invoice['kind'], lineInputs: LineInput[], overrides: Partial<Invoice> = {}): Invoice {
  const lines = lineInputs.map((input, index) => {
    const quantity = input.quantity ?? 1;
    const [taxName, taxBasisPoints] = input.tax;
    return {
      lineNumber: index + 1,
      kind: input.creditedLineNumber ? 'credit' : input.discountReason ? 'discount' : 'plan',
      description: input.description,
      quantity,
      unitPriceMinor: input.unitPriceMinor,
      discountReason: input.discountReason ?? null,
      taxName,
      taxBasisPoints,
      creditedLineNumber: input.creditedLineNumber ?? null,
      ...lineAmounts({ quantity, unitPriceMinor: input.unitPriceMinor, taxBasisPoints }, false),
    };
  });
  const totals = documentTotals(lines);
  return {
    id: '00000000-0000-4000-8000-000000000001',
    kind,
    number: kind === 'invoice' ? 'INV-2026-0042' : 'CN-2026-0007',
    client: { id: '00000000-0000-4000-8000-000000000002', name: 'Jordan Ellis' },
    planId: '00000000-0000-4000-8000-000000000003',
    appointmentId: null,
    creditedInvoice: kind === 'credit_note' ? { id: '00000000-0000-4000-8000-000000000004', number: 'INV-2026-0042' } : null,
    issuedAt: '2026-03-14T15:30:00.000Z',
    issuedOn: '2026-03-14',
    currency: 'USD',
    ...totals,
    creditedMinor: 0,
    paidMinor: kind === 'invoice' ? 50_000 : 0,
    dueMinor: kind === 'invoice' ? totals.totalMinor - 50_000 : 0,
    state: kind === 'invoice' ? 'part_paid' : 'paid',
    reason: kind === 'credit_note' ? 'Session 3 was not needed: the density was reached in two sessions.' : null,
    pricesIncludeTax: false,
    seller: {
      name: 'Northside Scalp Studio',
      address: '120 Atlantic Avenue\nSuite 4\nBrooklyn, NY 11201',
      taxId: 'EIN 12-3456789',
      phone: '+1 718 555 0100',
      email: 'hello@northside.example',
    },
    buyer: { name: 'Jordan Ellis', address: '77 Pine Street\nHoboken, NJ 07030', email: 'jordan@example.com' },
    lines,
    creditNotes: [],
    issuedBy: { id: '00000000-0000-4000-8000-000000000005', name: 'Riley Morgan' },
    ...overrides,
  };
}

const planInvoice = sampleInvoice('invoice', [
  { description: 'Full scalp SMP plan: three sessions building density from the hairline to the crown', unitPriceMinor: 300_000, tax: ['Sales tax', 888] },
  { description: 'Scar camouflage, FUT strip scar (12 cm)', unitPriceMinor: 45_000, tax: ['Sales tax', 888] },
  { description: 'Aftercare kit', quantity: 2, unitPriceMinor: 2_450, tax: ['Retail', 400] },
  { description: 'Returning client discount', unitPriceMinor: -20_000, tax: ['Sales tax', 888], discountReason: 'Second plan within a year' },
]);

/** A page as an image, written to a temporary PNG (to look at) and returned as pixels. */
async function renderPage(pdf: PDFDocumentProxy, pageNumber: number, name: string) {
  const page = await pdf.getPage(pageNumber);
  const viewport = page.getViewport({ scale: 1.5 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  // @napi-rs/canvas's context is what pdf.js draws on in Node; its types differ from the DOM's.
  await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
  const file = path.join(os.tmpdir(), `${name}.png`);
  await writeFile(file, canvas.toBuffer('image/png'));
  return { file, scale: 1.5, width: canvas.width, pixels: context.getImageData(0, 0, canvas.width, canvas.height).data };
}

/** Dark pixels in a rectangle given in PDF points from the page's top-left corner. */
function inkIn(image: Awaited<ReturnType<typeof renderPage>>, box: { left: number; top: number; right: number; bottom: number }): number {
  let dark = 0;
  for (let y = Math.round(box.top * image.scale); y < box.bottom * image.scale; y++) {
    for (let x = Math.round(box.left * image.scale); x < box.right * image.scale; x++) {
      const offset = (y * image.width + x) * 4;
      if (image.pixels[offset]! < 128 && image.pixels[offset + 1]! < 128 && image.pixels[offset + 2]! < 128) dark++;
    }
  }
  return dark;
}

describe('the invoice PDF', () => {
  it('shows the number, every line and the totals by tax rate, paid and due', async () => {
    const pdf = await openPdf(await renderInvoicePdf(planInvoice, { timeZone: TIME_ZONE }));
    expect(pdf.numPages).toBe(1);
    const [text] = await pageTexts(pdf);

    expect(text).toContain('INVOICE');
    expect(text).toContain('INV-2026-0042');
    expect(text).toContain('Issued 14 March 2026');
    expect(text).toContain('Northside Scalp Studio');
    expect(text).toContain('Tax ID: EIN 12-3456789');
    expect(text).toContain('Jordan Ellis');
    expect(text).toContain('Hoboken, NJ 07030');
    // Long descriptions wrap onto more lines of the same cell.
    expect(text).toMatch(/Full scalp SMP plan: three sessions .* crown/);
    expect(text).toContain('Scar camouflage, FUT strip scar (12 cm)');
    expect(text).toContain('Discount: Second plan within a year');
    expect(text).toContain('-$200.00');
    expect(text).toContain('Sales tax 8.88%');
    expect(text).toContain('Retail 4%');

    // Net 3,000 + 450 + 49 − 200 = 3,299.00; sales tax 8.88% of 3,250 = 288.60; retail 4% of 49 = 1.96.
    expect(planInvoice.netMinor).toBe(329_900);
    expect(text).toMatch(/Net \$3,299\.00/);
    expect(text).toMatch(/Net \$3,299\.00 Sales tax 8\.88% \$288\.60/);
    expect(text).toMatch(/Retail 4% \$1\.96 Total/);
    expect(text).toMatch(/Total \$3,589\.56/);
    expect(text).toMatch(/Paid to date -\$500\.00/);
    expect(text).toMatch(/Balance due \$3,089\.56/);
  });

  it('has ink where the title is, on a page that is otherwise white around it', async () => {
    const pdf = await openPdf(await renderInvoicePdf(planInvoice, { timeZone: TIME_ZONE }));
    const image = await renderPage(pdf, 1, 'invoice-pdf-test-invoice');
    // The title "INVOICE" is set right-aligned in the top margin's first 50 points of content.
    expect(inkIn(image, { left: 400, top: 50, right: 545, bottom: 80 })).toBeGreaterThan(300);
    expect(inkIn(image, { left: 0, top: 0, right: 595, bottom: 40 })).toBe(0);
  });

  it('writes a credit note with the invoice it credits and why', async () => {
    const creditNote = sampleInvoice('credit_note', [{ description: 'Full scalp SMP plan: session 3', unitPriceMinor: 100_000, tax: ['Sales tax', 888], creditedLineNumber: 1 }]);
    const pdf = await openPdf(await renderInvoicePdf(creditNote, { timeZone: TIME_ZONE }));
    const [text] = await pageTexts(pdf);
    await renderPage(pdf, 1, 'invoice-pdf-test-credit-note');

    expect(text).toContain('CREDIT NOTE');
    expect(text).toContain('CN-2026-0007');
    expect(text).toContain('Credits invoice INV-2026-0042');
    expect(text).toMatch(/Session 3 was not needed: .*sessions\./);
    expect(text).toContain('Takes back line 1 of INV-2026-0042');
    expect(text).toMatch(/Total credited \$1,088\.80/);
    expect(text).toContain('Issued by Riley Morgan.');
    expect(text).not.toContain('Balance due');
  });

  it('lists the credit notes against an invoice on the clinic’s calendar, and takes what they credited off the balance', async () => {
    const credited = sampleInvoice('invoice', [{ description: 'Full scalp SMP plan', unitPriceMinor: 300_000, tax: ['Sales tax', 888] }], {
      // 02:30 UTC on 1 April is still 31 March in New York.
      creditNotes: [{ id: '00000000-0000-4000-8000-000000000006', number: 'CN-2026-0007', totalMinor: 108_880, issuedAt: '2026-04-01T02:30:00.000Z' }],
      creditedMinor: 108_880,
      paidMinor: 50_000,
      dueMinor: 326_640 - 108_880 - 50_000,
      state: 'part_paid',
    });
    const [text] = await pageTexts(await openPdf(await renderInvoicePdf(credited, { timeZone: TIME_ZONE })));
    expect(text).toContain('Credit note CN-2026-0007 of 31 March 2026');
    expect(text).toMatch(/Total \$3,266\.40 Credited -\$1,088\.80 Paid to date -\$500\.00 Balance due \$1,677\.60/);
  });

  it('continues the lines on a second page under the headings again, with the totals after the last line', async () => {
    const manyLines = Array.from({ length: 30 }, (_, index) => ({
      description: `Touch-up session ${index + 1}: blending and shade matching along the temples and the crown`,
      unitPriceMinor: 15_000,
      tax: ['Sales tax', 888] as [string, number],
    }));
    const pdf = await openPdf(await renderInvoicePdf(sampleInvoice('invoice', manyLines), { timeZone: TIME_ZONE }));
    expect(pdf.numPages).toBe(2);
    const [first = '', second = ''] = await pageTexts(pdf);
    await renderPage(pdf, 2, 'invoice-pdf-test-second-page');

    expect(first).toContain('Touch-up session 1:');
    expect(first).not.toContain('Balance due');
    expect(first).toContain('Page 1 of 2');
    expect(second).toContain('INV-2026-0042 (continued)');
    expect(second).toContain('Description');
    expect(second).toContain('Touch-up session 30:');
    expect(second).toMatch(/Total \$4,899\.60/);
    // Every line printed once, none lost at the page break.
    for (let number = 1; number <= 30; number++) expect(`${first} ${second}`.split(`Touch-up session ${number}:`)).toHaveLength(2);
    expect(second).toContain('Page 2 of 2');
  });

  it('writes what its font cannot encode as something it can, rather than failing', async () => {
    const invoice = sampleInvoice('invoice', [{ description: 'Łukasz’s plan – ő, ş ✓ 头发', unitPriceMinor: 100_000, tax: ['VAT', 2000] }], {
      buyer: { name: 'Łukasz Żółć', address: null, email: null },
      currency: 'INR',
    });
    const [text] = await pageTexts(await openPdf(await renderInvoicePdf(invoice, { timeZone: TIME_ZONE })));
    expect(text).toContain('Lukasz Zólc');
    expect(text).toContain('Lukasz’s plan – o, s ? ??');
    expect(text).toMatch(/INR\s1,200\.00/);
  });
});

describe('replacing what WinAnsi cannot encode', () => {
  it('keeps what it can, takes accents off, uses look-alikes and "?" for the rest', async () => {
    const helvetica = (await PDFDocument.create()).embedStandardFont(StandardFonts.Helvetica);
    const encodable = new Set(helvetica.getCharacterSet());
    expect(replaceUnencodable('Café “Crème” – €12 · Straße', encodable)).toBe('Café “Crème” – €12 · Straße');
    expect(replaceUnencodable('Ołeksandr Șerban Dvořák', encodable)).toBe('Oleksandr Serban Dvorák');
    expect(replaceUnencodable('1\u202f000\tline\nnext', encodable)).toBe('1 000 line next');
    expect(replaceUnencodable('ﬁne −5 😀 Иван', encodable)).toBe('fine -5 ? ????');
    expect(() => helvetica.encodeText(replaceUnencodable('Ðорогой 🙂 ₹', encodable))).not.toThrow();
  });
});
