import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { dateInZone, formatMoney, type Invoice } from '@smp/contracts';

const PAGE_SIZE: [number, number] = [595.28, 841.89]; // A4 in points
const MARGIN = 50;
const RIGHT_EDGE = PAGE_SIZE[0] - MARGIN;
const CONTENT_WIDTH = RIGHT_EDGE - MARGIN;
/** Room kept at the bottom of every page for its footer. */
const FOOTER_HEIGHT = 30;

const INK = rgb(0.12, 0.12, 0.12);
const MUTED = rgb(0.42, 0.42, 0.42);
const RULE = rgb(0.78, 0.78, 0.78);
const BAND = rgb(0.93, 0.93, 0.93);

const BODY_SIZE = 9.5;
const TABLE_SIZE = 8.5;
const CELL_PADDING = 4;

/**
 * Replaces what a standard PDF font cannot write (it knows only Windows-1252,
 * "WinAnsi") rather than failing the invoice: accents it lacks come off their
 * letters, any space or line break becomes a space, a few letters without a
 * decomposition get their plain look-alike, and anything else becomes "?".
 */
export function replaceUnencodable(text: string, encodable: ReadonlySet<number>): string {
  let written = '';
  for (const character of text) {
    written += encodable.has(character.codePointAt(0)!) ? character : lookAlike(character, encodable);
  }
  return written;
}

const LOOK_ALIKES: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', '−': '-', '‐': '-', '‑': '-', '⁄': '/' };

function lookAlike(character: string, encodable: ReadonlySet<number>): string {
  if (/\s/u.test(character)) return ' ';
  const known = LOOK_ALIKES[character];
  if (known) return known;
  const plain = character.normalize('NFKD').replace(/\p{M}/gu, '');
  return plain !== '' && canWrite(plain, encodable) ? plain : '?';
}

function canWrite(text: string, encodable: ReadonlySet<number>): boolean {
  for (const character of text) if (!encodable.has(character.codePointAt(0)!)) return false;
  return true;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  encodable: ReadonlySet<number>;
}

interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: RGB;
}

interface Column {
  heading: string;
  width: number;
  numeric: boolean;
}

const COLUMNS: Column[] = [
  { heading: 'Description', width: 171, numeric: false },
  { heading: 'Qty', width: 28, numeric: true },
  { heading: 'Unit price', width: 62, numeric: true },
  { heading: 'Tax rate', width: 60, numeric: false },
  { heading: 'Net', width: 60, numeric: true },
  { heading: 'Tax', width: 52, numeric: true },
  { heading: 'Total', width: 62, numeric: true },
];

/**
 * An invoice or credit note as an A4 PDF, as the clinic would post or email it:
 * the clinic and the client, every line with its tax, the totals by tax rate and,
 * on an invoice, what has been paid and what is still due. Lines that do not fit
 * continue on further pages under the table's headings again.
 */
export async function renderInvoicePdf(invoice: Invoice, options: { timeZone: string }): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const regular = document.embedStandardFont(StandardFonts.Helvetica);
  const fonts: Fonts = { regular, bold: document.embedStandardFont(StandardFonts.HelveticaBold), encodable: new Set(regular.getCharacterSet()) };
  const title = `${invoice.kind === 'invoice' ? 'Invoice' : 'Credit note'} ${invoice.number}`;
  // Dated by the invoice, not by the moment it is printed, so the same invoice always gives the same file.
  document.setTitle(replaceUnencodable(title, fonts.encodable));
  document.setAuthor(replaceUnencodable(invoice.seller.name, fonts.encodable));
  document.setCreationDate(new Date(invoice.issuedAt));
  document.setModificationDate(new Date(invoice.issuedAt));

  const layout = new PageFlow(document, fonts, invoice, title);
  layout.heading(options.timeZone);
  layout.lines();
  layout.totals();
  layout.footers();
  return document.save();
}

/** Writes top to bottom, starting a new page when what comes next does not fit. */
class PageFlow {
  private page: PDFPage;
  private y: number;
  private readonly money: (minorUnits: number) => string;

  constructor(
    private readonly document: PDFDocument,
    private readonly fonts: Fonts,
    private readonly invoice: Invoice,
    private readonly title: string,
  ) {
    this.page = document.addPage(PAGE_SIZE);
    this.y = PAGE_SIZE[1] - MARGIN;
    // A currency whose symbol the font lacks (₹, ₩, …) is named by its code instead.
    const display = canWrite(formatMoney(0, invoice.currency), fonts.encodable) ? 'symbol' : 'code';
    this.money = (minorUnits) => formatMoney(minorUnits, invoice.currency, display);
  }

  heading(timeZone: string): void {
    const { invoice } = this;
    const top = this.y;
    let left = top - 14;
    this.text(invoice.seller.name, MARGIN, left, { size: 15, bold: true });
    left -= 6;
    const sellerDetails = [...addressLines(invoice.seller.address), invoice.seller.taxId && `Tax ID: ${invoice.seller.taxId}`, invoice.seller.phone, invoice.seller.email].filter(
      (detail): detail is string => !!detail,
    );
    for (const detail of sellerDetails.flatMap((detail) => this.wrap(detail, 250, BODY_SIZE))) {
      left -= 12.5;
      this.text(detail, MARGIN, left, { color: MUTED });
    }

    let right = top - 20;
    this.textRight(invoice.kind === 'invoice' ? 'INVOICE' : 'CREDIT NOTE', RIGHT_EDGE, right, { size: 22, bold: true });
    right -= 20;
    this.textRight(invoice.number, RIGHT_EDGE, right, { size: 12, bold: true });
    right -= 15;
    this.textRight(`Issued ${longDate(invoice.issuedOn)}`, RIGHT_EDGE, right, {});
    if (invoice.creditedInvoice) {
      right -= 13;
      this.textRight(`Credits invoice ${invoice.creditedInvoice.number}`, RIGHT_EDGE, right, {});
    }
    for (const creditNote of invoice.creditNotes) {
      right -= 13;
      this.textRight(`Credit note ${creditNote.number} of ${longDate(dateInZone(new Date(creditNote.issuedAt), timeZone))}`, RIGHT_EDGE, right, { color: MUTED });
    }

    this.y = Math.min(left, right) - 30;
    const blockTop = this.y;
    this.text(invoice.kind === 'invoice' ? 'BILL TO' : 'CREDITED TO', MARGIN, this.y, { size: 7.5, bold: true, color: MUTED });
    this.y -= 14;
    this.text(invoice.buyer.name, MARGIN, this.y, { size: 11, bold: true });
    const buyerDetails = [...addressLines(invoice.buyer.address), invoice.buyer.email].filter((detail): detail is string => !!detail);
    for (const detail of buyerDetails.flatMap((detail) => this.wrap(detail, 250, BODY_SIZE))) {
      this.y -= 12.5;
      this.text(detail, MARGIN, this.y, {});
    }
    if (invoice.reason) {
      let reasonY = blockTop;
      const reasonX = MARGIN + CONTENT_WIDTH / 2 + 10;
      this.text('REASON', reasonX, reasonY, { size: 7.5, bold: true, color: MUTED });
      reasonY -= 2;
      for (const line of this.wrap(invoice.reason, RIGHT_EDGE - reasonX, BODY_SIZE)) {
        reasonY -= 12.5;
        this.text(line, reasonX, reasonY, {});
      }
      this.y = Math.min(this.y, reasonY);
    }
    this.y -= 28;
  }

  lines(): void {
    this.tableHeading();
    for (const line of this.invoice.lines) {
      const notes = [
        line.discountReason && `Discount: ${line.discountReason}`,
        line.creditedLineNumber !== null && this.invoice.creditedInvoice && `Takes back line ${line.creditedLineNumber} of ${this.invoice.creditedInvoice.number}`,
      ].filter((note): note is string => !!note);
      const descriptionWidth = COLUMNS[0]!.width - 2 * CELL_PADDING;
      const descriptionLines = this.wrap(line.description, descriptionWidth, TABLE_SIZE);
      const cells = [
        [...descriptionLines, ...notes.flatMap((note) => this.wrap(note, descriptionWidth, TABLE_SIZE - 1))],
        [String(line.quantity)],
        [this.money(line.unitPriceMinor)],
        this.wrap(taxRateLabel(line.taxName, line.taxBasisPoints), COLUMNS[3]!.width - 2 * CELL_PADDING, TABLE_SIZE),
        [this.money(line.netMinor)],
        [this.money(line.taxMinor)],
        [this.money(line.totalMinor)],
      ];
      const rowHeight = Math.max(...cells.map((cell) => cell.length)) * 11 + 2 * CELL_PADDING;
      if (this.y - rowHeight < MARGIN + FOOTER_HEIGHT) {
        this.newPage();
        this.tableHeading();
      }
      let x = MARGIN;
      cells.forEach((cell, column) => {
        const { width, numeric } = COLUMNS[column]!;
        cell.forEach((text, index) => {
          const baseline = this.y - CELL_PADDING - 8 - index * 11;
          const isNote = column === 0 && index >= descriptionLines.length;
          const style = { size: isNote ? TABLE_SIZE - 1 : TABLE_SIZE, color: isNote ? MUTED : INK };
          if (numeric) this.textRight(text, x + width - CELL_PADDING, baseline, { ...style, size: this.sizeToFit(text, width - 2 * CELL_PADDING, TABLE_SIZE) });
          else this.text(text, x + CELL_PADDING, baseline, style);
        });
        x += width;
      });
      this.y -= rowHeight;
      this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: RIGHT_EDGE, y: this.y }, thickness: 0.5, color: RULE });
    }
  }

  totals(): void {
    const { invoice } = this;
    const rows: { label: string; amount: number; strong?: boolean }[] = [{ label: 'Net', amount: invoice.netMinor }];
    for (const [label, amount] of taxByRate(invoice.lines)) rows.push({ label, amount });
    rows.push({ label: invoice.kind === 'invoice' ? 'Total' : 'Total credited', amount: invoice.totalMinor, strong: true });
    if (invoice.kind === 'invoice') {
      if (invoice.creditedMinor > 0) rows.push({ label: 'Credited', amount: -invoice.creditedMinor });
      rows.push({ label: 'Paid to date', amount: -invoice.paidMinor });
      rows.push({ label: 'Balance due', amount: invoice.dueMinor, strong: true });
    }
    const rowHeight = 16;
    const blockHeight = 16 + rows.length * rowHeight + 30;
    if (this.y - blockHeight < MARGIN + FOOTER_HEIGHT) this.newPage();
    const labelX = RIGHT_EDGE - 230;
    this.y -= 8;
    for (const row of rows) {
      if (row.strong) {
        this.page.drawRectangle({ x: labelX - CELL_PADDING, y: this.y - rowHeight + 4, width: RIGHT_EDGE - labelX + CELL_PADDING, height: rowHeight, color: BAND });
      }
      const baseline = this.y - 8;
      this.text(row.label, labelX, baseline, { size: BODY_SIZE, bold: row.strong });
      this.textRight(this.money(row.amount), RIGHT_EDGE - CELL_PADDING, baseline, { size: BODY_SIZE, bold: row.strong });
      this.y -= rowHeight;
    }
    this.y -= 16;
    const notes = [invoice.pricesIncludeTax ? 'Prices include tax.' : 'Tax is added to the prices.', `Issued by ${invoice.issuedBy.name}.`];
    for (const note of notes) {
      this.text(note, MARGIN, this.y, { size: 8, color: MUTED });
      this.y -= 11;
    }
  }

  /** "Page 1 of 2" on every page, once the number of pages is known. */
  footers(): void {
    const pages = this.document.getPages();
    pages.forEach((page, index) => {
      this.page = page;
      this.page.drawLine({ start: { x: MARGIN, y: MARGIN + 12 }, end: { x: RIGHT_EDGE, y: MARGIN + 12 }, thickness: 0.5, color: RULE });
      this.text(`${this.invoice.seller.name} · ${this.title}`, MARGIN, MARGIN, { size: 7.5, color: MUTED });
      this.textRight(`Page ${index + 1} of ${pages.length}`, RIGHT_EDGE, MARGIN, { size: 7.5, color: MUTED });
    });
  }

  private newPage(): void {
    this.page = this.document.addPage(PAGE_SIZE);
    this.y = PAGE_SIZE[1] - MARGIN;
    this.text(`${this.title} (continued)`, MARGIN, this.y - 10, { size: 11, bold: true });
    this.y -= 34;
  }

  private tableHeading(): void {
    const height = 18;
    this.page.drawRectangle({ x: MARGIN, y: this.y - height, width: CONTENT_WIDTH, height, color: BAND });
    let x = MARGIN;
    for (const { heading, width, numeric } of COLUMNS) {
      const baseline = this.y - 12;
      if (numeric) this.textRight(heading, x + width - CELL_PADDING, baseline, { size: TABLE_SIZE, bold: true });
      else this.text(heading, x + CELL_PADDING, baseline, { size: TABLE_SIZE, bold: true });
      x += width;
    }
    this.y -= height;
  }

  private text(text: string, x: number, y: number, { size = BODY_SIZE, bold = false, color = INK }: TextStyle): void {
    this.page.drawText(replaceUnencodable(text, this.fonts.encodable), { x, y, size, font: bold ? this.fonts.bold : this.fonts.regular, color });
  }

  private textRight(text: string, rightX: number, y: number, style: TextStyle): void {
    const written = replaceUnencodable(text, this.fonts.encodable);
    const width = (style.bold ? this.fonts.bold : this.fonts.regular).widthOfTextAtSize(written, style.size ?? BODY_SIZE);
    this.text(written, rightX - width, y, style);
  }

  /** A smaller size for an amount too wide for its column at the usual one, rather than one that runs into the next. */
  private sizeToFit(text: string, width: number, size: number): number {
    const natural = this.fonts.regular.widthOfTextAtSize(replaceUnencodable(text, this.fonts.encodable), size);
    return natural <= width ? size : (size * width) / natural;
  }

  /** Breaks text into lines no wider than `width`, between words where it can and inside a word too long for a line. */
  private wrap(text: string, width: number, size: number): string[] {
    const fits = (line: string) => this.fonts.regular.widthOfTextAtSize(replaceUnencodable(line, this.fonts.encodable), size) <= width;
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const joined = line ? `${line} ${word}` : word;
      if (fits(joined)) {
        line = joined;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      for (const character of word) {
        if (line && !fits(line + character)) {
          lines.push(line);
          line = '';
        }
        line += character;
      }
    }
    if (line) lines.push(line);
    return lines.length ? lines : [''];
  }
}

function addressLines(address: string | null): string[] {
  return (address ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

const percentFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function taxRateLabel(name: string, basisPoints: number): string {
  const percent = `${percentFormat.format(basisPoints / 100)}%`;
  return name ? `${name} ${percent}` : percent;
}

/** The tax of the lines summed per rate, in the order the rates first appear. */
function taxByRate(lines: Invoice['lines']): Map<string, number> {
  const byRate = new Map<string, number>();
  for (const line of lines) {
    const label = taxRateLabel(line.taxName || 'Tax', line.taxBasisPoints);
    byRate.set(label, (byRate.get(label) ?? 0) + line.taxMinor);
  }
  return byRate;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A clinic calendar date such as "4 December 2026". */
function longDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}
