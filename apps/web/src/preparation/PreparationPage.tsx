import { dateInZone } from '@smp/contracts';
import { Link, useParams } from 'react-router';
import { useClinic } from '../clinic/clinic-context';
import { styleLabels } from '../consultations/labels';
import { useAppointmentQuery } from '../data/record-queries';
import { formatDay, formatTime } from '../shared/format';
import { QueryMessage } from '../shared/QueryMessage';
import { PreparationSteps, preparationStyle } from './PreparationSteps';

/** The sheet handed to (or printed for) the client before a treatment session: how to prepare, by the plan's style. */
export function PreparationPage() {
  const { id } = useParams();
  const query = useAppointmentQuery(id);
  const clinic = useClinic();
  if (!query.data) return <QueryMessage query={query} missing="This appointment no longer exists." />;
  const appointment = query.data;
  const day = formatDay(dateInZone(new Date(appointment.startsAt), clinic.timeZone));
  const style = preparationStyle(appointment);

  return (
    <section className="page preparation-page">
      <p className="breadcrumb">
        <Link to={`/clients/${appointment.client.id}`}>{appointment.client.name}</Link> /
      </p>
      <header className="page-header">
        <h1>Before the session</h1>
        <div className="actions">
          <button type="button" className="button primary" onClick={() => window.print()}>
            Print preparation sheet
          </button>
        </div>
      </header>
      {appointment.kind === 'consultation' ? (
        <p className="alert info">A consultation needs no preparation.</p>
      ) : (
        <section className="card preparation-sheet" aria-labelledby="preparation-heading">
          <header className="aftercare-letterhead">
            <p className="print-only aftercare-clinic">{clinic.name}</p>
            <p>
              Preparation for <strong>{appointment.client.name}</strong> before the session of{' '}
              <strong>
                {day}, {formatTime(appointment.startsAt, clinic.timeZone)}
              </strong>
              {style && <> ({styleLabels[style].toLowerCase()})</>}
            </p>
          </header>
          <h2 id="preparation-heading">How to prepare</h2>
          <PreparationSteps appointment={appointment} />
        </section>
      )}
    </section>
  );
}
