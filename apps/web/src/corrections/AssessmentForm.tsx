import { zodResolver } from '@hookform/resolvers/zod';
import { CORRECTION_ISSUES, TREATED_AREAS, correctionAssessmentInputSchema, type CorrectionAssessmentInput, type Photo } from '@smp/contracts';
import { useQuery } from '@tanstack/react-query';
import { photosApi } from '../api/consultations';
import { queryKeys } from '../data/query-keys';
import { viewLabels } from '../photos/view-labels';
import { areaLabels } from '../sessions/labels';
import { CheckboxGroup } from '../shared/CheckboxGroup';
import { ErrorAlert } from '../shared/ErrorAlert';
import { Field } from '../shared/Field';
import { fieldDescriber, optional, useAppForm } from '../shared/form';
import { formatInstant } from '../shared/format';
import { FormActions } from '../shared/FormActions';
import { useFormSave } from '../shared/use-form-save';
import { issueLabels } from './labels';

/** The most recent photos to choose from: those of the consultation where the previous work was looked at. */
const PHOTO_CHOICES = 24;

interface AssessmentFormProps {
  clientId: string;
  timeZone: string;
  onSave: (input: CorrectionAssessmentInput) => Promise<unknown>;
}

/** What is wrong with another artist's work, where, by whom if known, and the photos it was judged on. */
export function AssessmentForm({ clientId, timeZone, onSave }: AssessmentFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<CorrectionAssessmentInput>({
    resolver: zodResolver(correctionAssessmentInputSchema),
    defaultValues: { areas: [], issues: [], previousArtist: '', description: '', photoIds: [] },
  });
  const field = fieldDescriber('assessment', errors);
  const photos = useQuery({
    queryKey: queryKeys.photos.list(clientId, undefined),
    queryFn: ({ signal }) => photosApi.list(clientId, { limit: PHOTO_CHOICES }, signal),
  });
  const { formError, save } = useFormSave(setError, onSave);
  const photoItems: Photo[] = photos.data?.items ?? [];

  return (
    <form className="form" noValidate onSubmit={handleSubmit(save)} aria-label="Assessment of the previous work">
      <ErrorAlert message={formError} />
      <CheckboxGroup
        legend="Where the previous work is"
        id={field('areas').id}
        message={field('areas').message}
        options={TREATED_AREAS}
        labels={areaLabels}
        registration={register('areas')}
      />
      <CheckboxGroup legend="What is wrong" id={field('issues').id} message={field('issues').message} options={CORRECTION_ISSUES} labels={issueLabels} registration={register('issues')} />
      <Field label="Previous artist, if known" {...field('previousArtist')}>
        <input {...register('previousArtist', optional)} {...field('previousArtist').inputProps} autoComplete="off" />
      </Field>
      <Field label="Assessment" required {...field('description')}>
        <textarea rows={3} {...register('description')} {...field('description').inputProps} placeholder="e.g. hairline set too low; dots merged at the temples" />
      </Field>
      {photoItems.length > 0 ? (
        <fieldset className="choice-group">
          <legend>Photos it was assessed on</legend>
          <div className="checkbox-grid">
            {photoItems.map((photo) => (
              <label key={photo.id} className="checkbox">
                <input type="checkbox" value={photo.id} {...register('photoIds')} />
                <img src={photo.thumbnailUrl} alt="" width={48} height={48} />
                {viewLabels[photo.view]}, {formatInstant(photo.takenAt, timeZone)}
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <p className="muted">{photos.isPending ? 'Loading the client’s photos…' : 'No photos of the client yet: add them at the consultation.'}</p>
      )}
      <FormActions submitLabel="Record assessment" submitting={isSubmitting} />
    </form>
  );
}
