import type { NewCalendarFeed } from '@smp/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { calendarFeedsApi } from '../api/calendar-feeds';
import { useClinic } from '../clinic/clinic-context';
import { queryKeys } from '../data/query-keys';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { ErrorAlert } from '../shared/ErrorAlert';
import { failureMessage } from '../shared/QueryMessage';
import { formatInstant } from '../shared/format';
import { usePending } from '../shared/use-pending';

type Asking = 'replace' | 'turnOff' | null;

/**
 * The signed-in person's appointments in their phone's calendar: a secret address
 * the calendar subscribes to, shown once when made. Making a new one or turning it
 * off stops the old address at once.
 */
export function CalendarSubscriptionCard() {
  const clinic = useClinic();
  const queryClient = useQueryClient();
  const feed = useQuery({ queryKey: queryKeys.calendarFeed, queryFn: ({ signal }) => calendarFeedsApi.get(signal) });
  const [made, setMade] = useState<NewCalendarFeed | null>(null);
  const [asking, setAsking] = useState<Asking>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, whilePending] = usePending();
  const headingId = useId();

  const act = async (request: () => Promise<NewCalendarFeed | undefined>) => {
    setFailure(null);
    try {
      setMade((await whilePending(request())) ?? null);
      setAsking(null);
      await queryClient.invalidateQueries({ queryKey: queryKeys.calendarFeed });
    } catch (error) {
      setFailure(failureMessage(error, 'Could not change your calendar subscription. Check your connection and try again.'));
    }
  };
  const makeAddress = () => act(calendarFeedsApi.create);
  const turnOff = () => act(calendarFeedsApi.revoke);

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Calendar subscription</h2>
      <p className="muted">
        Your appointments in your phone’s calendar, kept up to date: each shows its kind and the client’s first name and initial, from a month back to six months ahead.
      </p>
      <ErrorAlert message={feed.error ? failureMessage(feed.error, 'Could not load your calendar subscription') : failure} />
      {made ? (
        <NewAddress feed={made} />
      ) : (
        feed.data &&
        (feed.data.live ? (
          <p>On since {formatInstant(feed.data.since!, clinic.timeZone)}. The address was shown only when it was made: to add the calendar to another device, make a new one.</p>
        ) : (
          <p>Off.</p>
        ))
      )}
      {asking === 'replace' && (
        <ConfirmDialog action="Make a new address" keepLabel="Keep the current one" onConfirm={makeAddress} busy={pending} onKeep={() => setAsking(null)}>
          Calendars subscribed with the current address stop updating. Add the new one to them.
        </ConfirmDialog>
      )}
      {asking === 'turnOff' && (
        <ConfirmDialog action="Turn off" keepLabel="Keep it on" onConfirm={turnOff} busy={pending} onKeep={() => setAsking(null)}>
          Calendars subscribed with the address stop updating. You can make a new address later.
        </ConfirmDialog>
      )}
      {feed.data && asking === null && (
        <div className="actions wrap">
          {feed.data.live ? (
            <>
              <button type="button" className="button subtle" onClick={() => setAsking('replace')}>
                Make a new address
              </button>
              <button type="button" className="button subtle" onClick={() => setAsking('turnOff')}>
                Turn off
              </button>
            </>
          ) : (
            <button type="button" className="button" onClick={makeAddress} disabled={pending}>
              Make my calendar address
            </button>
          )}
        </div>
      )}
    </section>
  );
}

/** The address, this once, with how to add it to the usual calendars. */
function NewAddress({ feed }: { feed: NewCalendarFeed }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const addressId = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(feed.url);
      setCopied(true);
    } catch {
      // Without clipboard access (an old browser, a refused permission) the address can still be selected by hand.
      setCopied(false);
    }
  };
  return (
    <div className="new-address">
      <p className="alert info">Your new address is shown only now. Anyone who has it sees your appointments: keep it to your own calendars.</p>
      <label htmlFor={addressId}>Your calendar address</label>
      <div className="copy-field">
        <input id={addressId} readOnly value={feed.url} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" className="button" onClick={copy}>
          Copy
        </button>
      </div>
      <p role="status" className="muted">
        {copied === true ? 'Copied.' : copied === false ? 'Could not copy: select the address and copy it yourself.' : ''}
      </p>
      <h3>Add it to your calendar</h3>
      <ul className="how-to-subscribe">
        <li>
          <strong>iPhone:</strong> <a href={feed.url.replace(/^https?:/, 'webcal:')}>open this link on the phone</a>, or Settings → Calendar → Accounts → Add Account → Other → Add Subscribed
          Calendar, and paste the address.
        </li>
        <li>
          <strong>Google Calendar and Android:</strong> on a computer, open calendar.google.com → Other calendars → + → From URL, and paste the address. It shows on your Android phone with
          your Google account; Google refreshes it every few hours.
        </li>
        <li>
          <strong>Outlook:</strong> Add calendar → Subscribe from web, and paste the address.
        </li>
      </ul>
    </div>
  );
}
