import type { Quote } from '@smp/contracts';
import { formatMoney } from '../shared/money';
import { formatTaxRate } from '../billing/billing-queries';
import './quotes.css';

interface QuoteDocumentProps {
  quote: Quote;
  /** For the client to read on the tablet. */
  large?: boolean;
}

/** A quote as the client reads it: each line with its price and tax, then the totals and the deposit asked. */
export function QuoteDocument({ quote, large = false }: QuoteDocumentProps) {
  const money = (minorUnits: number) => formatMoney(minorUnits, quote.currency);
  return (
    <div className={large ? 'quote-document large' : 'quote-document'}>
      <ul className="quote-lines" aria-label={`Quote version ${quote.version} lines`}>
        {quote.lines.map((line) => (
          <li key={line.lineNumber}>
            <span>
              {line.description}
              <small>
                {line.quantity} × {money(line.unitPriceMinor)}
                {line.taxBasisPoints > 0 ? `, ${line.taxName} ${formatTaxRate(line.taxBasisPoints)}` : ', no tax'}
                {line.discountReason && ` — ${line.discountReason}`}
              </small>
            </span>
            <span className="quote-amount">{money(quote.pricesIncludeTax ? line.totalMinor : line.netMinor)}</span>
          </li>
        ))}
      </ul>
      <QuoteTotals currency={quote.currency} pricesIncludeTax={quote.pricesIncludeTax} totals={quote} depositMinor={quote.depositMinor} />
      {quote.notes && <p className="notes">{quote.notes}</p>}
    </div>
  );
}

interface QuoteTotalsProps {
  currency: string;
  pricesIncludeTax: boolean;
  totals: { netMinor: number; taxMinor: number; totalMinor: number };
  /** What the deposit policy asks for; left out when it is not known. */
  depositMinor: number | undefined;
}

/** Net, tax and total, and the deposit asked before session 1: on a quote, and live in the editor. */
export function QuoteTotals({ currency, pricesIncludeTax, totals, depositMinor }: QuoteTotalsProps) {
  const money = (minorUnits: number) => formatMoney(minorUnits, currency);
  return (
    <dl className="quote-totals">
      <dt>Net</dt>
      <dd>{money(totals.netMinor)}</dd>
      <dt>{pricesIncludeTax ? 'Tax included' : 'Tax'}</dt>
      <dd>{money(totals.taxMinor)}</dd>
      <dt className="quote-total">Total</dt>
      <dd className="quote-total">{money(totals.totalMinor)}</dd>
      {depositMinor !== undefined && depositMinor > 0 && (
        <>
          <dt>Deposit before session 1</dt>
          <dd>{money(depositMinor)}</dd>
        </>
      )}
    </dl>
  );
}
