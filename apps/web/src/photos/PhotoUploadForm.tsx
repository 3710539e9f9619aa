import { PHOTO_MAX_BYTES, PHOTO_VIEWS, type Photo, type PhotoView } from '@smp/contracts';
import { useRef, useState, type SubmitEvent } from 'react';
import { viewLabels } from './view-labels';
import { fileProblem, uploadErrorMessage, type UploadRules } from '../shared/upload';
import { EnumOptions } from '../shared/EnumOptions';

const photoRules: UploadRules = { maxBytes: PHOTO_MAX_BYTES, kinds: 'a JPEG, PNG, HEIC or WebP photo' };

interface PhotoUploadFormProps {
  upload: (file: File, view: PhotoView) => Promise<Photo>;
  onUploaded: (photo: Photo) => void;
  /** Names the form; a page with several (before and after a session) tells them apart. */
  title?: string;
  /** Keeps the inputs' ids unique when a page has several forms. */
  idPrefix?: string;
}

/**
 * One photo at a time, with its view, so the same view can be compared across
 * visits. `accept="image/*"` lets a tablet offer its camera as well as its library.
 */
export function PhotoUploadForm({ upload, onUploaded, title = 'Add a photo', idPrefix = 'photo' }: PhotoUploadFormProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [view, setView] = useState<PhotoView | ''>('');
  const [problems, setProblems] = useState<{ view?: string; file?: string }>({});
  const [sending, setSending] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    const found = { view: view ? undefined : 'Choose the view', file: fileProblem(file, photoRules) ?? undefined };
    setProblems(found);
    if (!view || !file || found.file) {
      document.getElementById(found.view ? `${idPrefix}-view` : `${idPrefix}-file`)?.focus();
      return;
    }
    setSending(true);
    try {
      onUploaded(await upload(file, view));
      if (fileInput.current) fileInput.current.value = '';
    } catch (error) {
      setProblems({ file: uploadErrorMessage(error, photoRules) });
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="photo-upload" noValidate onSubmit={submit} aria-label={title}>
      <div className={problems.view ? 'field invalid' : 'field'}>
        <label htmlFor={`${idPrefix}-view`}>View</label>
        <select
          id={`${idPrefix}-view`}
          value={view}
          onChange={(event) => setView(event.target.value as PhotoView | '')}
          aria-invalid={problems.view ? true : undefined}
          aria-describedby={problems.view ? `${idPrefix}-view-error` : undefined}
        >
          <EnumOptions values={PHOTO_VIEWS} labels={viewLabels} blank />
        </select>
        {problems.view && (
          <p className="field-error" id={`${idPrefix}-view-error`}>
            {problems.view}
          </p>
        )}
      </div>
      <div className={problems.file ? 'field invalid' : 'field'}>
        <label htmlFor={`${idPrefix}-file`}>Photo (JPEG, PNG, HEIC or WebP, at most 15 MB)</label>
        <input
          ref={fileInput}
          id={`${idPrefix}-file`}
          type="file"
          accept="image/*"
          onChange={() => setProblems(({ view: viewProblem }) => ({ view: viewProblem }))}
          aria-invalid={problems.file ? true : undefined}
          aria-describedby={problems.file ? `${idPrefix}-file-error` : undefined}
        />
        {problems.file && (
          <p className="field-error" id={`${idPrefix}-file-error`} role="alert">
            {problems.file}
          </p>
        )}
      </div>
      <button type="submit" className="button" disabled={sending}>
        {sending ? 'Uploading…' : 'Upload photo'}
      </button>
    </form>
  );
}
