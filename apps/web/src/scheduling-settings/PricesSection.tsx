import type { Price } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiProblem } from '../api/http';
import { pricesApi } from '../api/scheduling';
import { useClinic } from '../clinic/clinic-context';
import { styleLabels } from '../consultations/labels';
import { queryKeys } from '../data/query-keys';
import { usePricesQuery } from '../data/reference-queries';
import { minorUnitsPerMajor, toMinorUnits } from '../shared/money';
import { ColumnHeads } from '../shared/ColumnHeads';

/** The price list in the clinic's currency; fields hold major units (dollars), the API keeps minor (cents). */
export function PricesSection() {
  const { currency } = useClinic();
  const perMajor = minorUnitsPerMajor(currency);
  const queryClient = useQueryClient();
  const query = usePricesQuery();
  // The prices as typed, until saved; otherwise the list's.
  const [typed, setTyped] = useState<Price[] | null>(null);
  const prices = typed ?? query.data?.items ?? [];
  const [actionMessage, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const message = actionMessage ?? (query.error ? { error: true, text: 'Could not load the price list' } : null);

  const change = (style: Price['style'], name: 'planPriceMinor' | 'extraSessionPriceMinor', value: string) =>
    setTyped(prices.map((price) => (price.style === style ? { ...price, [name]: toMinorUnits(value, currency) ?? 0 } : price)));

  const save = async () => {
    setMessage(null);
    try {
      const saved = await pricesApi.update(prices.map(({ style, planPriceMinor, extraSessionPriceMinor }) => ({ style, planPriceMinor, extraSessionPriceMinor })));
      queryClient.setQueryData(queryKeys.prices, saved);
      setTyped(null);
      setMessage({ error: false, text: 'Prices saved. Plans already made keep their quoted price.' });
    } catch (failure) {
      setMessage({ error: true, text: failure instanceof ApiProblem ? failure.message : 'Could not save the prices; try again.' });
    }
  };

  return (
    <section className="card" aria-labelledby="prices-heading">
      <h2 id="prices-heading">Price list ({currency})</h2>
      {message && (
        <p className={message.error ? 'alert error' : 'alert info'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table plain">
          <ColumnHeads columns={['Style', 'Plan', 'Paid touch-up']} />
          <tbody>
            {prices.map((price) => (
              <tr key={price.style}>
                <th scope="row">{styleLabels[price.style]}</th>
                {(['planPriceMinor', 'extraSessionPriceMinor'] as const).map((name) => (
                  <td key={name}>
                    <input
                      type="number"
                      min={0}
                      step={1 / perMajor}
                      className="short"
                      aria-label={`${styleLabels[price.style]}: ${name === 'planPriceMinor' ? 'plan' : 'paid touch-up'}`}
                      value={price[name] / perMajor}
                      onChange={(event) => change(price.style, name, event.target.value)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button type="button" className="button primary" onClick={save} disabled={prices.length === 0}>
          Save prices
        </button>
      </div>
    </section>
  );
}
