import { SCREENING_QUESTIONNAIRES, type Screening, type ScreeningItemView } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { screeningApi } from '../api/screening';
import { useCan } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { formatDate, formatInstant, fullName } from '../shared/format';
import { useClientQuery } from '../data/client-query';
import { afterScreeningChange } from '../data/invalidation';
import { queryKeys } from '../data/query-keys';
import { useRecordQuery } from '../data/use-record-query';
import { QueryMessage } from '../shared/QueryMessage';
import { ClearanceForm } from './ClearanceForm';
import { OutcomeMark } from './OutcomeMark';
import { dateLabelOf, itemStatusLabels, outcomeMeaning } from './outcome-words';
import { ScreeningBadge } from './ScreeningBadge';
import { ColumnHeads } from '../shared/ColumnHeads';

/** One signed screening: its outcome for everyone; the answers, items, clearances and signature for clinicians. */
export function ScreeningRecordPage() {
  const { id = '', screeningId } = useParams();
  const clinic = useClinic();
  const clientQuery = useClientQuery(id);
  const query = useRecordQuery(queryKeys.screenings.detail(screeningId ?? ''), screeningId, screeningApi.get);
  const queryClient = useQueryClient();
  const clientName = clientQuery.data ? fullName(clientQuery.data) : 'Client';
  // A clearance added answers with the whole screening, and may change the client's standing.
  const setScreening = (updated: Screening) => {
    queryClient.setQueryData(queryKeys.screenings.detail(updated.id), updated);
    void afterScreeningChange(queryClient, updated.clientId);
  };

  const breadcrumb = (
    <p className="breadcrumb">
      <Link to="/clients">Clients</Link> / <Link to={`/clients/${id}`}>{clientName}</Link> /
    </p>
  );
  if (!query.data) {
    return <QueryMessage query={query} missing="There is no such screening." back={{ to: `/clients/${id}`, label: 'Back to the client' }} />;
  }
  const screening = query.data;

  return (
    <section className="page">
      {breadcrumb}
      <header className="page-header">
        <div className="page-title">
          <h1>Screening signed {formatInstant(screening.signedAt, clinic.timeZone)}</h1>
          <ScreeningBadge status={screening.status} />
        </div>
      </header>
      <div className="cards">
        <section className="card" aria-labelledby="screening-outcome-heading">
          <h2 id="screening-outcome-heading">Outcome</h2>
          <dl className="details">
            <dt>Today</dt>
            <dd>
              <ScreeningBadge status={screening.status} />
              {screening.status.state !== 'none' && screening.status.state !== 'expired' && (
                <div className="muted">{outcomeMeaning(screening.status.state, screening.status.deferUntil)}</div>
              )}
            </dd>
            <dt>As answered</dt>
            <dd>
              <OutcomeMark standing={screening.answeredOutcome} />
            </dd>
            <dt>Valid until</dt>
            <dd>{formatDate(screening.validUntil)}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="screening-signed-heading">
          <h2 id="screening-signed-heading">Signed</h2>
          <dl className="details">
            <dt>By the client</dt>
            <dd>{screening.signedName}</dd>
            <dt>On</dt>
            <dd>{formatInstant(screening.signedAt, clinic.timeZone)}</dd>
            <dt>With</dt>
            <dd>{screening.conductedBy.name}</dd>
            <dt>Questionnaire</dt>
            <dd>{screening.questionnaireVersion}</dd>
          </dl>
          {screening.signature && <img className="signature-image" src={screening.signature} alt={`Signature of ${screening.signedName}`} />}
        </section>
        {screening.items ? (
          <ScreeningItems screening={screening} items={screening.items} onChange={setScreening} />
        ) : (
          <p className="card wide muted">The medical answers behind this outcome are shown to owners and artists only.</p>
        )}
        {screening.answers && <AllAnswers screening={screening} answers={screening.answers} />}
      </div>
    </section>
  );
}

function ScreeningItems({ screening, items, onChange }: { screening: Screening; items: ScreeningItemView[]; onChange: (screening: Screening) => void }) {
  const clinic = useClinic();
  const canClear = useCan('screening.clear');
  const awaitingLetters = items.filter((item) => item.status === 'open' && item.clearedBy === 'clearance_document');
  return (
    <section className="card wide" aria-labelledby="screening-items-heading">
      <h2 id="screening-items-heading">What the answers raise</h2>
      {items.length === 0 ? (
        <p className="muted">Nothing: the client answered no to every question.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table plain">
            <ColumnHeads columns={['Question', 'Outcome', 'Status', 'Details']} />
            <tbody>
              {items.map((item) => (
                <tr key={item.questionId}>
                  <td>{item.question}</td>
                  <td className="nowrap">
                    <OutcomeMark standing={item.outcome} />
                  </td>
                  <td>
                    <span className={item.status === 'open' ? 'tag warning' : 'tag'}>{itemStatusLabels[item.status]}</span>
                  </td>
                  <td>
                    {item.reason}
                    {item.outcome === 'defer' && <div className="muted">{item.deferUntil ? `Until ${formatDate(item.deferUntil)}` : 'Until a new screening'}</div>}
                    {item.clearance && (
                      <div>
                        {/* A download: the server sends letters as attachments, never as pages of this site. */}
                        <a href={item.clearance.documentUrl} download={item.clearance.documentName}>
                          {item.clearance.documentName}
                        </a>{' '}
                        <span className="muted">
                          reviewed by {item.clearance.reviewedBy.name}, {formatInstant(item.clearance.reviewedAt, clinic.timeZone)}
                          {item.clearance.note && ` — ${item.clearance.note}`}
                        </span>
                      </div>
                    )}
                    {item.status === 'open' && item.clearedBy === 'patch_test' && (
                      <div className="muted">
                        Clears when a passed patch test is recorded on <Link to={`/clients/${screening.clientId}#screening`}>the client’s page</Link>.
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canClear &&
        awaitingLetters.map((item) => (
          <div key={item.questionId} className="clearance">
            <h3>Clearance letter: {item.question}</h3>
            <ClearanceForm
              idPrefix={`clearance-${item.questionId}`}
              label={`Clearance letter: ${item.question}`}
              send={async (file, note) => onChange(await screeningApi.addClearance(screening.id, { questionId: item.questionId, file, note }))}
            />
          </div>
        ))}
    </section>
  );
}

function AllAnswers({ screening, answers }: { screening: Screening; answers: NonNullable<Screening['answers']> }) {
  const questionnaire = SCREENING_QUESTIONNAIRES[screening.questionnaireVersion];
  if (!questionnaire) return null;
  return (
    <details className="card wide">
      <summary>All answers as signed</summary>
      <dl className="answers">
        {questionnaire.questions.map((question) => {
          const given = answers[question.id];
          return (
            <div key={question.id}>
              <dt>{question.text}</dt>
              <dd>
                {given ? (given.answer ? 'Yes' : 'No') : '—'}
                {given?.date && ` (${dateLabelOf(question)}: ${formatDate(given.date)})`}
              </dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
}
