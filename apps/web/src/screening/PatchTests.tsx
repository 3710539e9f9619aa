import type { PatchTest } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { screeningApi } from '../api/screening';
import { useCan } from '../auth/use-can';
import { formatDate } from '../shared/format';
import { afterScreeningChange } from '../data/invalidation';
import { queryKeys } from '../data/query-keys';
import { usePagedQuery } from '../data/use-paged-query';
import { Mark } from './OutcomeMark';
import { patchTestResultLabels } from './outcome-words';
import { PatchTestForm } from './PatchTestForm';
import { ErrorAlert } from '../shared/ErrorAlert';
import { ColumnHeads } from '../shared/ColumnHeads';

/** The client's patch tests, newest first, and the form to record one. */
export function PatchTests({ clientId }: { clientId: string }) {
  const canRecord = useCan('screening.clear');
  const [recording, setRecording] = useState(false);
  const queryClient = useQueryClient();
  const tests = usePagedQuery<PatchTest>({
    queryKey: queryKeys.patchTests(clientId),
    fetchPage: (cursor, signal) => screeningApi.patchTests(clientId, { cursor }, signal),
    failureMessage: 'Could not load the patch tests',
  });

  return (
    <section className="sub-section" aria-labelledby="patch-tests-heading">
      <h3 id="patch-tests-heading">
        Patch tests
        {canRecord && !recording && (
          <button type="button" className="button small" onClick={() => setRecording(true)}>
            Record patch test
          </button>
        )}
      </h3>
      <ErrorAlert message={tests.error} />
      {!tests.loading && tests.items.length === 0 && !tests.error ? (
        <p className="empty">No patch tests recorded.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table plain" aria-label="Patch tests" aria-busy={tests.loading}>
            <ColumnHeads columns={['Pigment', 'Applied', 'Read', 'Result', 'Notes', 'Recorded by']} />
            <tbody>
              {tests.items.map((test) => (
                <tr key={test.id}>
                  <td>
                    {test.pigment}
                    {test.lot && <span className="muted"> lot {test.lot.lotNumber}</span>}
                    {/* Typed before tests named catalogue pigments: a pigment used is cleared by its own test only. */}
                    {!test.pigmentId && (
                      <>
                        <br />
                        <span className="muted">Names no catalogue pigment — clears none</span>
                      </>
                    )}
                  </td>
                  <td className="nowrap">{formatDate(test.appliedOn)}</td>
                  <td className="nowrap">{formatDate(test.readOn)}</td>
                  <td>
                    <Mark tone={test.result === 'passed' ? 'clear' : 'not_suitable'} icon={test.result === 'passed' ? 'check' : 'cross'}>
                      {patchTestResultLabels[test.result]}
                    </Mark>
                  </td>
                  <td>{test.notes ?? '—'}</td>
                  <td>{test.recordedBy.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {tests.nextCursor && (
        <button type="button" className="button small" onClick={tests.loadMore} disabled={tests.loading}>
          Show earlier patch tests
        </button>
      )}
      {recording && (
        <PatchTestForm
          clientId={clientId}
          onRecorded={() => {
            setRecording(false);
            void afterScreeningChange(queryClient, clientId);
          }}
          onCancel={() => setRecording(false)}
        />
      )}
    </section>
  );
}
