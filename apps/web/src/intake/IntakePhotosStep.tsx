import type { PhotoView, PublicIntake } from '@smp/contracts';
import { useEffect, useRef, useState } from 'react';
import { publicIntakeApi } from '../api/public-intake';
import { linkFailure } from '../shared/link-failure';
import { viewLabels } from '../photos/view-labels';
import { ErrorAlert } from '../shared/ErrorAlert';
import { StepActions } from '../shared/StepActions';

/** The standard views, each with how to frame it: the same views the artist photographs at every visit. */
const GUIDED_VIEWS: { view: PhotoView; how: string }[] = [
  { view: 'front', how: 'Face the camera with your chin level, in good light. Your whole hairline and your eyebrows fill the oval.' },
  { view: 'top', how: 'Tilt your head down towards the camera, so the top of your head from the hairline back fills the oval.' },
  { view: 'crown', how: 'Ask someone to take it from behind and above: the crown, where the hair swirls, in the middle of the oval.' },
  { view: 'left', how: 'Turn your head to the right: your left temple and the hairline above your ear fill the oval.' },
  { view: 'right', how: 'Turn your head to the left: your right temple and the hairline above your ear fill the oval.' },
  { view: 'back', how: 'From behind, level with your head: the back of your head down to the neck.' },
];

interface Chosen {
  file: File;
  url: string;
}

/** One view: how to frame it, the photo chosen shown inside the frame to check, then sent. */
function GuidedPhoto({ token, view, how, sent, onSent }: { token: string; view: PhotoView; how: string; sent: boolean; onSent: (view: PhotoView) => void }) {
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => () => (chosen ? URL.revokeObjectURL(chosen.url) : undefined), [chosen]);
  const picker = useRef<HTMLInputElement>(null);

  const send = async () => {
    if (!chosen) return;
    setSending(true);
    setFailure(null);
    try {
      await publicIntakeApi.addPhoto(token, view, chosen.file);
      setChosen(null);
      onSent(view);
    } catch (error) {
      setFailure(linkFailure(error));
    } finally {
      setSending(false);
    }
  };

  return (
    <li className="guided-photo">
      <h3>
        {viewLabels[view]} {sent && <span className="tag">Sent ✓</span>}
      </h3>
      <p className="hint">{how}</p>
      {chosen && (
        <figure className="framing">
          <div className="framing-frame">
            <img src={chosen.url} alt={`What you chose for the ${viewLabels[view].toLowerCase()} view`} />
            <span className="framing-oval" aria-hidden="true" />
          </div>
          <figcaption>Is it sharp, and does the oval hold what it should? If not, choose another.</figcaption>
        </figure>
      )}
      <ErrorAlert message={failure} />
      <div className="photo-actions">
        <button type="button" className="button" onClick={() => picker.current?.click()}>
          {chosen || sent ? 'Choose another photo' : 'Take or choose a photo'}
        </button>
        <input
          ref={picker}
          hidden
          type="file"
          accept="image/*"
          aria-label={`${viewLabels[view]} photo`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) setChosen({ file, url: URL.createObjectURL(file) });
          }}
        />
        {chosen && (
          <button type="button" className="button primary" onClick={() => void send()} disabled={sending}>
            {sending ? 'Sending…' : 'Use this photo'}
          </button>
        )}
      </div>
    </li>
  );
}

/** Photos of the standard views, sent one by one as the client takes them; the artist takes their own at the consultation too. */
export function IntakePhotosStep({ token, intake, onNext, onBack }: { token: string; intake: PublicIntake; onNext: () => void; onBack: () => void }) {
  const [sentViews, setSentViews] = useState(() => new Set(intake.photos.map((photo) => photo.view)));
  return (
    <div className="intake-step">
      <h2 id="intake-step-heading">Photos of your scalp</h2>
      <p>They help your artist prepare. Take them with your hair as it usually is, in daylight if you can. Skip any you cannot take.</p>
      <ol className="guided-photos">
        {GUIDED_VIEWS.map(({ view, how }) => (
          <GuidedPhoto key={view} token={token} view={view} how={how} sent={sentViews.has(view)} onSent={(done) => setSentViews(new Set([...sentViews, done]))} />
        ))}
      </ol>
      <StepActions onBack={onBack} onNext={onNext} nextLabel={sentViews.size > 0 ? 'Next' : 'Next, without photos'} />
    </div>
  );
}
