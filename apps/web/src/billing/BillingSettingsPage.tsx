import { useQueryClient } from '@tanstack/react-query';
import { billingSettingsApi } from '../api/billing';
import { queryKeys } from '../data/query-keys';
import { SettingsSubpage } from '../shared/SettingsSubpage';
import { QueryMessage } from '../shared/QueryMessage';
import { useBillingSettingsQuery } from './billing-queries';
import { BillingSettingsForm } from './BillingSettingsForm';
import { TaxRatesSection } from './TaxRatesSection';

/** The owner's money settings: tax, the deposit policy, fees, and the tax rates lines are charged at. */
export function BillingSettingsPage() {
  const queryClient = useQueryClient();
  const query = useBillingSettingsQuery();
  return (
    <SettingsSubpage title="Billing">
      {query.data ? (
        <section className="card" aria-labelledby="billing-policy-heading">
          <h2 id="billing-policy-heading">Tax, deposit and fees ({query.data.currency})</h2>
          <BillingSettingsForm
            settings={query.data}
            onSave={async (input) => {
              const saved = await billingSettingsApi.update(input);
              queryClient.setQueryData(queryKeys.billingSettings, saved);
              return saved;
            }}
          />
        </section>
      ) : (
        <QueryMessage query={query} fallback="Could not load the billing settings" />
      )}
      <TaxRatesSection />
    </SettingsSubpage>
  );
}
