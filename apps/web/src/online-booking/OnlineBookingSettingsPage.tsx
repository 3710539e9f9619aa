import { zodResolver } from '@hookform/resolvers/zod';
import { CONSULTATION_MODES, onlineBookingSettingsInputSchema, type OnlineBookingSettings, type OnlineBookingSettingsInput } from '@smp/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { onlineBookingSettingsApi } from '../api/online-booking';
import { modeLabels } from '../consultations/labels';
import { queryKeys } from '../data/query-keys';
import { useArtistsQuery } from '../data/reference-queries';
import { CheckboxGroup } from '../shared/CheckboxGroup';
import { ErrorAlert } from '../shared/ErrorAlert';
import { Field } from '../shared/Field';
import { asNumber, fieldDescriber, useAppForm } from '../shared/form';
import { FormActions } from '../shared/FormActions';
import { SettingsSubpage } from '../shared/SettingsSubpage';
import { QueryMessage } from '../shared/QueryMessage';
import { useFormSave } from '../shared/use-form-save';
import './online-booking.css';

/** The owners' choices of what the public booking page offers, and the snippet that puts it in the clinic's website. */
export function OnlineBookingSettingsPage() {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.onlineBookingSettings, queryFn: () => onlineBookingSettingsApi.get() });
  const artists = useArtistsQuery();
  return (
    <SettingsSubpage title="Online booking">
      <section className="card" aria-labelledby="online-booking-offer-heading">
        <h2 id="online-booking-offer-heading">What clients may book</h2>
        {query.data && artists.data ? (
          <OnlineBookingSettingsForm
            settings={query.data}
            artists={artists.data.items}
            onSave={async (input) => {
              const saved = await onlineBookingSettingsApi.update(input);
              queryClient.setQueryData(queryKeys.onlineBookingSettings, saved);
              return saved;
            }}
          />
        ) : (
          <QueryMessage query={query.error ? query : artists} fallback="Could not load the online booking settings" />
        )}
      </section>
      <EmbedSnippet />
    </SettingsSubpage>
  );
}

interface OnlineBookingSettingsFormProps {
  settings: OnlineBookingSettings;
  artists: { id: string; name: string }[];
  onSave: (input: OnlineBookingSettingsInput) => Promise<OnlineBookingSettings>;
}

function OnlineBookingSettingsForm({ settings, artists, onSave }: OnlineBookingSettingsFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useAppForm<OnlineBookingSettingsInput>({ resolver: zodResolver(onlineBookingSettingsInputSchema), defaultValues: settings });
  const [saved, setSaved] = useState(false);
  const field = fieldDescriber('online-booking', errors);
  const { formError, save } = useFormSave(setError, async (input: OnlineBookingSettingsInput) => {
    setSaved(false);
    reset(await onSave(input));
    setSaved(true);
  });
  const artistNames = Object.fromEntries(artists.map((artist) => [artist.id, artist.name]));
  return (
    <form className="form" noValidate onSubmit={handleSubmit(save)} aria-label="Online booking settings">
      <ErrorAlert message={formError} />
      {saved && !isDirty && (
        <p className="alert info" role="status">
          Online booking settings saved.
        </p>
      )}
      <label className="checkbox">
        <input type="checkbox" {...register('enabled')} /> Take consultation bookings online
      </label>
      <CheckboxGroup legend="Artists clients may choose" {...field('artistIds')} options={artists.map((artist) => artist.id)} labels={artistNames} registration={register('artistIds')} />
      <CheckboxGroup legend="Kinds of consultation" {...field('modes')} options={CONSULTATION_MODES} labels={modeLabels} registration={register('modes')} />
      <div className="grid">
        <Field label="Minimum notice (hours)" required {...field('minNoticeHours')}>
          <input type="number" min={0} max={336} className="short" {...register('minNoticeHours', asNumber)} {...field('minNoticeHours').inputProps} />
        </Field>
        <Field label="Bookable ahead (days)" required {...field('horizonDays')}>
          <input type="number" min={1} max={365} className="short" {...register('horizonDays', asNumber)} {...field('horizonDays').inputProps} />
        </Field>
      </div>
      <p className="hint">
        Clients see the free times of the artists chosen, from the minimum notice on, up to that many days ahead. They may move a booking online until the minimum notice.
      </p>
      <FormActions submitLabel="Save" busyLabel="Saving…" submitting={isSubmitting} onCancel={() => reset()} cancelLabel="Undo changes" cancelDisabled={!isDirty} />
    </form>
  );
}

/** The HTML a clinic's website needs to show the booking page, ready to copy. */
function EmbedSnippet() {
  const pageUrl = `${window.location.origin}/book`;
  const snippet = `<iframe src="${pageUrl}" title="Book a consultation" width="100%" height="900" style="border:0;max-width:600px"></iframe>`;
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <section className="card" aria-labelledby="online-booking-embed-heading">
      <h2 id="online-booking-embed-heading">Put it on your website</h2>
      <p>
        The booking page is at <a href={pageUrl}>{pageUrl}</a>. To show it inside a page of your website, paste this where it should appear:
      </p>
      <textarea className="embed-snippet" readOnly rows={3} value={snippet} aria-label="Embed snippet" onFocus={(event) => event.target.select()} />
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            void navigator.clipboard.writeText(snippet).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          Copy the snippet
        </button>
        {copied !== null && <span role="status">{copied ? 'Copied.' : 'Could not copy: select the text and copy it.'}</span>}
      </div>
    </section>
  );
}
