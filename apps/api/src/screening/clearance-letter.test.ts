import { describe, expect, it } from '@jest/globals';
import { PDFName, PDFString, type PDFDocument } from 'pdf-lib';
import { ProblemException } from '../http/problem.js';
import { DecodePool } from '../storage/decode-pool.js';
import { jpegPhoto, letterPdf } from '../test-support/files.js';
import { checkClearanceLetter, pdfRefusal } from './clearance-letter.js';

const openActionScript = (document: PDFDocument) => {
  document.catalog.set(PDFName.of('OpenAction'), document.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.launchURL("https://evil.example")') }));
};

const launchLink = (document: PDFDocument) => {
  const action = document.context.obj({ S: 'Launch', F: PDFString.of('C:\\Windows\\System32\\cmd.exe') });
  const link = document.context.register(document.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 595, 842], A: action }));
  document.getPage(0).node.set(PDFName.of('Annots'), document.context.obj([link]));
};

const embeddedFile = (document: PDFDocument) => document.attach(Buffer.from('<script>alert(1)</script>'), 'results.html', { mimeType: 'text/html' });

const plainText = (text: string) => Buffer.from(text, 'latin1');

/** The same letter with a hand-written page tree: an encrypted one, whose objects could not be read. */
const encryptedPdf = plainText(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n4 0 obj << /Filter /Standard /V 1 /R 2 /O (owner) /U (user) /P -4 >> endobj\n' +
    'trailer << /Root 1 0 R /Encrypt 4 0 R >>\n%%EOF\n',
);

const upload = (buffer: Buffer, originalname: string) => ({ buffer, originalname, size: buffer.length });

async function refusalOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ProblemException);
  const { status, errors } = (error as ProblemException).problem;
  return { status, errors };
}

describe('pdfRefusal', () => {
  it('takes a plain letter', async () => {
    expect(await pdfRefusal(await letterPdf())).toBeNull();
  });

  it('takes links to web pages', async () => {
    const withLink = await letterPdf((document) => {
      const link = document.context.register(document.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 100, 20], A: { S: 'URI', URI: PDFString.of('https://clinic.example/') } }));
      document.getPage(0).node.set(PDFName.of('Annots'), document.context.obj([link]));
    });
    expect(await pdfRefusal(withLink)).toBeNull();
  });

  it('refuses JavaScript run on opening, kept in a compressed object stream', async () => {
    const pdf = await letterPdf(openActionScript);
    expect(pdf.toString('latin1')).not.toContain('JavaScript');
    expect(await pdfRefusal(pdf)).toMatch(/contains JavaScript/);
  });

  it('refuses a launch action on a page’s link', async () => {
    expect(await pdfRefusal(await letterPdf(launchLink))).toMatch(/contains an action that starts a program/);
  });

  it('refuses embedded files', async () => {
    expect(await pdfRefusal(await letterPdf(embeddedFile))).toMatch(/contains an embedded file/);
  });

  it('refuses a script that a later update hides from a parser keeping only the newest objects', async () => {
    let root = '';
    let pages = '';
    const pdf = await letterPdf((document) => {
      openActionScript(document);
      root = String(document.context.trailerInfo.Root);
      pages = String(document.catalog.get(PDFName.of('Pages')));
    });
    const update = plainText(`\n${root.replace(' R', ' obj')} << /Type /Catalog /Pages ${pages} >> endobj\ntrailer << /Root ${root} >>\n%%EOF\n`);
    expect(await pdfRefusal(Buffer.concat([pdf, update]))).toMatch(/contains JavaScript/);
  });

  it('refuses encrypted PDFs, and files that only start like a PDF', async () => {
    expect(await pdfRefusal(encryptedPdf)).toMatch(/password-protected or encrypted/);
    expect(await pdfRefusal(plainText('%PDF-1.7\n<html><body><script>alert(document.cookie)</script></body></html>'))).toMatch(/could not be read/);
    expect(await pdfRefusal(plainText('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R'))).toMatch(/could not be read/);
  });
});

describe('checkClearanceLetter', () => {
  const pool = new DecodePool(2, 8);

  it('takes a plain PDF, a JPEG or a PNG by their content', async () => {
    expect(await checkClearanceLetter(upload(await letterPdf(), 'letter.pdf'), pool)).toBe('application/pdf');
    expect(await checkClearanceLetter(upload(await jpegPhoto(300, 400), 'scan.png'), pool)).toBe('image/jpeg');
  });

  it('refuses a web page named .jpg, and one behind a JPEG header, with a field error', async () => {
    const page = '<html><body><script>fetch("/api/clients")</script></body></html>';
    expect(await refusalOf(checkClearanceLetter(upload(plainText(page), 'letter.jpg'), pool))).toEqual({
      status: 415,
      errors: [{ field: 'file', message: 'Attach the letter as a PDF, JPEG or PNG' }],
    });
    const disguised = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), plainText(page)]);
    expect(await refusalOf(checkClearanceLetter(upload(disguised, 'letter.jpg'), pool))).toEqual({
      status: 400,
      errors: [{ field: 'file', message: 'The image could not be read; it may be damaged' }],
    });
  });

  it('refuses a PDF carrying a script with the reason on the file field', async () => {
    const refusal = await refusalOf(checkClearanceLetter(upload(await letterPdf(openActionScript), 'letter.pdf'), pool));
    expect(refusal).toEqual({ status: 400, errors: [{ field: 'file', message: expect.stringMatching(/^The PDF contains JavaScript; attach a plain copy/) }] });
  });
});
