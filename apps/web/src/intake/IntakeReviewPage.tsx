import { SCREENING_QUESTIONNAIRES, type Intake, type Photo, type ScreeningQuestion } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiProblem } from '../api/http';
import { intakeApi } from '../api/intake';
import { useCan } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { hairColourLabels, hairLossCauseLabels, sunExposureLabels, transplantLabels } from '../consultations/labels';
import { useClientQuery } from '../data/client-query';
import { afterScreeningChange } from '../data/invalidation';
import { queryKeys } from '../data/query-keys';
import { useRecordQuery } from '../data/use-record-query';
import { PhotoPreview } from '../photos/PhotoPreview';
import { PhotoThumbnail } from '../photos/PhotoThumbnail';
import { dateLabelOf } from '../screening/outcome-words';
import { ErrorAlert } from '../shared/ErrorAlert';
import { formatDate, formatInstant, fullName } from '../shared/format';
import { QueryMessage } from '../shared/QueryMessage';
import { todayIn } from '../shared/zoned-time';
import { AnswerCorrection, type Correction } from './AnswerCorrection';
import { IntakeContactCard } from './IntakeContactCard';
import './intake.css';

const countersignLabel = (corrected: number) => (corrected === 0 ? 'Countersign the answers' : `Countersign with ${corrected} ${corrected === 1 ? 'correction' : 'corrections'}`);

type Answer = { answer: boolean; date: string | null };
const answerWords = (question: ScreeningQuestion, given: Answer | undefined) =>
  given ? `${given.answer ? 'Yes' : 'No'}${given.date ? ` (${dateLabelOf(question)}: ${formatDate(given.date)})` : ''}` : '—';

/**
 * What a client sent from home, for the artist to go through with them at the
 * consultation: their answers, corrected where they were wrong, become the
 * client's screening when the artist countersigns.
 */
export function IntakeReviewPage() {
  const { id = '', intakeId } = useParams();
  const clientQuery = useClientQuery(id);
  const query = useRecordQuery(queryKeys.intakes.detail(intakeId ?? ''), intakeId, intakeApi.get);
  const clinic = useClinic();
  const clientName = clientQuery.data ? fullName(clientQuery.data) : 'Client';
  if (!query.data) return <QueryMessage query={query} missing="There is no such intake." back={{ to: `/clients/${id}`, label: 'Back to the client' }} />;
  const intake = query.data;
  return (
    <section className="page intake-review">
      <p className="breadcrumb">
        <Link to="/clients">Clients</Link> / <Link to={`/clients/${id}`}>{clientName}</Link> /
      </p>
      <header className="page-header">
        <div className="page-title">
          <h1>Intake sent {formatInstant(intake.submittedAt, clinic.timeZone)}</h1>
          {intake.review ? <span className="tag">Countersigned</span> : <span className="tag warning">Awaiting the artist’s review</span>}
        </div>
      </header>
      <div className="cards">
        {clientQuery.data && <IntakeContactCard intake={intake} client={clientQuery.data} />}
        {intake.history && <HistoryCard history={intake.history} />}
        <IntakePhotos photos={intake.photos} />
        {intake.answers ? (
          <QuestionnaireCard intake={intake} answers={intake.answers} />
        ) : (
          <p className="card wide muted">The client’s medical answers are shown to owners and artists only.</p>
        )}
      </div>
    </section>
  );
}

function HistoryCard({ history }: { history: NonNullable<Intake['history']> }) {
  return (
    <section className="card" aria-labelledby="intake-history-heading">
      <h2 id="intake-history-heading">Hair loss, in the client’s words</h2>
      <dl className="details">
        <dt>Causes</dt>
        <dd>{history.hairLossCauses.length > 0 ? history.hairLossCauses.map((cause) => hairLossCauseLabels[cause]).join(', ') : 'Not sure'}</dd>
        <dt>Since</dt>
        <dd>{history.hairLossStartedYear ?? '—'}</dd>
        <dt>Natural hair colour</dt>
        <dd>{history.naturalHairColour ? hairColourLabels[history.naturalHairColour] : '—'}</dd>
        <dt>Minoxidil</dt>
        <dd>{history.usesMinoxidil ? 'Yes' : 'No'}</dd>
        <dt>Finasteride</dt>
        <dd>{history.usesFinasteride ? 'Yes' : 'No'}</dd>
        <dt>Transplants</dt>
        <dd>{transplantLabels[history.transplantHistory]}</dd>
        <dt>Sun on the scalp</dt>
        <dd>{history.sunExposure ? sunExposureLabels[history.sunExposure] : '—'}</dd>
        <dt>Hoping for</dt>
        <dd>{history.desiredResult ?? '—'}</dd>
      </dl>
      <p className="hint">Confirm these with the client when recording the consultation.</p>
    </section>
  );
}

function IntakePhotos({ photos }: { photos: Photo[] }) {
  const [previewed, setPreviewed] = useState<Photo | null>(null);
  return (
    <section className="card" aria-labelledby="intake-photos-heading">
      <h2 id="intake-photos-heading">Photos the client took</h2>
      {photos.length === 0 ? (
        <p className="muted">None sent.</p>
      ) : (
        <div className="thumbnails">
          {photos.map((photo) => (
            <PhotoThumbnail key={photo.id} photo={photo} size="thumbnail" onOpen={setPreviewed} />
          ))}
        </div>
      )}
      {previewed && <PhotoPreview photo={previewed} onClose={() => setPreviewed(null)} />}
    </section>
  );
}

function QuestionnaireCard({ intake, answers }: { intake: Intake; answers: NonNullable<Intake['answers']> }) {
  const clinic = useClinic();
  const canCountersign = useCan('screening.conduct') && !intake.review;
  const questionnaire = SCREENING_QUESTIONNAIRES[intake.questionnaireVersion];
  const [corrections, setCorrections] = useState<Record<string, Correction>>({});
  const [problems, setProblems] = useState<Record<string, Partial<Record<'answer' | 'date' | 'note', string>>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  if (!questionnaire) return null;
  const corrected = new Map(intake.review?.corrections?.map((correction) => [correction.questionId, correction]));

  const countersign = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const sent = Object.entries(corrections).map(([questionId, correction]) => ({
      questionId,
      answer: { answer: correction.answer, date: correction.answer && correction.date ? correction.date : null },
      note: correction.note,
    }));
    setSubmitting(true);
    setFormError(null);
    try {
      const screening = await intakeApi.countersign(intake.id, { corrections: sent });
      await afterScreeningChange(queryClient, intake.clientId);
      void navigate(`/clients/${intake.clientId}/screenings/${screening.id}`);
    } catch (error) {
      setSubmitting(false);
      if (!(error instanceof ApiProblem)) throw error;
      // The API names each correction by its place in the list: put its message beside that question.
      const found: typeof problems = {};
      const elsewhere: string[] = [];
      for (const { field, message } of error.fieldErrors) {
        const [, index, part] = /^corrections\.(\d+)\.(answer|note)/.exec(field) ?? [];
        const questionId = index === undefined ? undefined : sent[Number(index)]?.questionId;
        if (questionId && part) found[questionId] = { ...found[questionId], [field.endsWith('.date') ? 'date' : part]: message };
        else elsewhere.push(message);
      }
      setProblems(found);
      setFormError(elsewhere.length > 0 || error.fieldErrors.length === 0 ? [error.message, ...elsewhere].join(' ') : null);
    }
  };

  return (
    <form className="card wide" aria-labelledby="intake-answers-heading" onSubmit={countersign} noValidate>
      <h2 id="intake-answers-heading">Screening questionnaire, as the client answered it</h2>
      {canCountersign && <p className="hint">Go through each answer with the client. Correct one only with them, and say why; their own answer is kept beside yours.</p>}
      <ol className="intake-answers">
        {questionnaire.questions.map((question) => {
          const review = corrected.get(question.id);
          const correction = corrections[question.id];
          return (
            <li key={question.id} className={review || correction ? 'corrected' : undefined}>
              <p className="question-text">{question.text}</p>
              <p>
                <span className="muted">Client: </span>
                {answerWords(question, answers[question.id])}
              </p>
              {review && (
                <p>
                  <span className="muted">Corrected by {review.correctedBy.name}: </span>
                  {answerWords(question, review.correctedAnswer)} — {review.note}
                </p>
              )}
              {canCountersign &&
                (correction ? (
                  <AnswerCorrection
                    question={question}
                    correction={correction}
                    problems={problems[question.id] ?? {}}
                    today={todayIn(clinic.timeZone)}
                    onChange={(changed) => setCorrections({ ...corrections, [question.id]: changed })}
                    onUndo={() => {
                      const { [question.id]: _undone, ...rest } = corrections;
                      setCorrections(rest);
                    }}
                  />
                ) : (
                  <button
                    type="button"
                    className="button small subtle"
                    onClick={() => setCorrections({ ...corrections, [question.id]: { answer: !answers[question.id]?.answer, date: '', note: '' } })}
                  >
                    Correct this answer
                  </button>
                ))}
            </li>
          );
        })}
      </ol>
      <div className="intake-signature">
        <p>
          Signed at home by <strong>{intake.signedName}</strong>
        </p>
        {intake.signature && <img className="signature-image" src={intake.signature} alt={`Signature of ${intake.signedName}`} />}
      </div>
      {intake.review && (
        <p>
          Countersigned by {intake.review.countersignedBy.name}, {formatInstant(intake.review.countersignedAt, clinic.timeZone)}:{' '}
          <Link to={`/clients/${intake.clientId}/screenings/${intake.review.screeningId}`}>the screening</Link>
        </p>
      )}
      <ErrorAlert message={formError} />
      {canCountersign && (
        <div className="actions">
          <button type="submit" className="button primary" disabled={submitting}>
            {submitting ? 'Countersigning…' : countersignLabel(Object.keys(corrections).length)}
          </button>
        </div>
      )}
    </form>
  );
}
