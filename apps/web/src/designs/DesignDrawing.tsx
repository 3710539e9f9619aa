import { zodResolver } from '@hookform/resolvers/zod';
import { designReason, photoRoutes, routeUrl, type Design, type DesignGeometry } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { designsApi } from '../api/designs';
import { afterDesignChange } from '../data/invalidation';
import { Field } from '../shared/Field';
import { fieldDescriber, useAppForm } from '../shared/form';
import { useFormSave } from '../shared/use-form-save';
import { DesignCanvas } from './DesignCanvas';
import { reframe, startingGeometry, type Size } from './design-geometry';
import { presentHandle, withGuide, withHairlinePoints, type GuideName, type HandleRef } from './design-handles';
import { DesignPointMover } from './DesignPointMover';
import { designPath } from './labels';

const guideLabels: Record<GuideName, string> = { midline: 'Mid-line', symmetry: 'Symmetry line', frontalTuft: 'Frontal tuft' };

/** An adjustment says why; a consultation drawing may. */
const reasonSchemas = {
  adjustment: z.object({ reason: designReason }),
  consultation: z.object({ reason: designReason.or(z.literal('')) }),
};

/** The drawing view, made for a tablet held upright: the photo with the points to drag, the guides, and Save. */
export function DesignDrawing({ clientId, photoId, design }: { clientId: string; photoId: string; design: Design | null }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const latest = design?.versions.at(-1) ?? null;
  const kind = design?.approved ? 'adjustment' : 'consultation';
  const [geometry, setGeometry] = useState<DesignGeometry>(latest?.geometry ?? startingGeometry());
  // Until the photo has loaded, its shape is taken as the canvas takes it.
  const [photoSize, setPhotoSize] = useState<Size>({ width: 4, height: 3 });
  const [chosenPoint, setChosenPoint] = useState<HandleRef>({ group: 'hairline', index: 0 });
  const chosen = presentHandle(geometry, chosenPoint);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<{ reason: string }>({ resolver: zodResolver(reasonSchemas[kind]), defaultValues: { reason: '' } });
  const field = fieldDescriber('design', errors);

  // A new version on a later photo starts from the design placed over that photo.
  const placeOnPhoto = (size: Size) => {
    setPhotoSize(size);
    if (latest && latest.photo.id !== photoId) setGeometry(reframe(latest.geometry, latest.photo, size));
  };

  const { formError, save } = useFormSave(setError, async ({ reason }: { reason: string }) => {
    const saved = !design
      ? await designsApi.create(clientId, { photoId, geometry })
      : kind === 'adjustment'
        ? await designsApi.addVersion(design.id, { kind, photoId, geometry, reason })
        : await designsApi.addVersion(design.id, { kind, photoId, geometry, ...(reason ? { reason } : {}) });
    await afterDesignChange(queryClient, saved);
    await navigate(designPath(clientId, saved.id), { replace: true });
  });

  const heading = !design ? 'Design a hairline' : kind === 'adjustment' ? 'Adjust the approved design' : 'Redraw the consultation design';
  return (
    <section className="design-drawing" aria-labelledby="design-drawing-heading">
      <nav className="breadcrumb">
        <Link to={design ? designPath(clientId, design.id) : `/clients/${clientId}`}>{design ? 'Back to the design' : 'Back to the client'}</Link>
      </nav>
      <h1 id="design-drawing-heading">{heading}</h1>
      <p className="hint">Drag the points with a finger, a pen or the mouse: red for the hairline, blue for the temples, yellow for the recession corners.</p>
      <div className="design-toolbar" role="group" aria-label="Drawing">
        <button type="button" className="button small" onClick={() => setGeometry(withHairlinePoints(geometry, 'add'))}>
          Add hairline point
        </button>
        <button type="button" className="button small" onClick={() => setGeometry(withHairlinePoints(geometry, 'remove'))} disabled={geometry.hairline.length <= 2}>
          Remove hairline point
        </button>
        {(Object.keys(guideLabels) as GuideName[]).map((guide) => (
          <label key={guide} className="checkbox">
            <input type="checkbox" checked={geometry.guides[guide] !== null} onChange={(event) => setGeometry(withGuide(geometry, guide, event.target.checked))} />
            {guideLabels[guide]}
          </label>
        ))}
      </div>
      <DesignPointMover geometry={geometry} chosen={chosen} onChoose={setChosenPoint} onChange={setGeometry} photoSize={photoSize}>
        <DesignCanvas
          photoUrl={routeUrl(photoRoutes.file, { params: { id: photoId }, query: { size: 'preview' } })}
          geometry={geometry}
          chosen={chosen}
          onChange={setGeometry}
          onChoose={setChosenPoint}
          onPhotoSize={placeOnPhoto}
        />
      </DesignPointMover>
      <form noValidate onSubmit={handleSubmit(save)} aria-label="Save the design">
        {formError && <p role="alert">{formError}</p>}
        {design && (
          <Field label={kind === 'adjustment' ? 'Why is it adjusted?' : 'What changed? (optional)'} required={kind === 'adjustment'} {...field('reason')}>
            <input {...register('reason')} {...field('reason').inputProps} autoComplete="off" />
          </Field>
        )}
        <div className="actions">
          <button type="submit" className="button primary" disabled={isSubmitting}>
            {kind === 'adjustment' ? 'Save adjustment' : 'Save design'}
          </button>
        </div>
      </form>
    </section>
  );
}
