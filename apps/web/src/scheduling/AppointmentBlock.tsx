import type { Appointment } from '@smp/contracts';
import type { CSSProperties, PointerEvent } from 'react';
import { ScreeningBadge } from '../screening/ScreeningBadge';
import { formatTime } from '../shared/format';
import { appointmentTitle, clientAnswer, holdsTime, statusLabels } from './labels';

interface AppointmentBlockProps {
  appointment: Appointment;
  timeZone: string;
  style: CSSProperties;
  /** Shown where it was dropped while the API decides. */
  moving: boolean;
  draggable: boolean;
  onPointerDown: (event: PointerEvent<HTMLButtonElement>) => void;
  onOpen: () => void;
}

/**
 * An appointment in its column: the client's name first, so a short block or a narrow
 * column still shows who; then the time and the kind (its colour, name and edge
 * pattern: never colour alone), then the screening standing and the status.
 */
export function AppointmentBlock({ appointment, timeZone, style, moving, draggable, onPointerDown, onOpen }: AppointmentBlockProps) {
  const answer = clientAnswer(appointment);
  const classes = ['appointment', `kind-${appointment.kind}`, `status-${appointment.status}`];
  if (!holdsTime(appointment.status)) classes.push('released');
  if (moving) classes.push('moving');
  if (draggable) classes.push('draggable');
  return (
    <button
      type="button"
      className={classes.join(' ')}
      style={style}
      data-appointment={appointment.id}
      onPointerDown={draggable ? onPointerDown : undefined}
      onClick={(event) => {
        event.stopPropagation();
        onOpen();
      }}
      aria-busy={moving || undefined}
    >
      <strong className="appointment-client">{appointment.client.name}</strong>
      <span className="appointment-line">
        <span className="appointment-time">
          {formatTime(appointment.startsAt, timeZone)}–{formatTime(appointment.endsAt, timeZone)}
        </span>
        <span className="appointment-kind">{appointmentTitle(appointment)}</span>
      </span>
      <span className="appointment-line wraps">
        <ScreeningBadge status={appointment.client.screening} />
        <span className="appointment-status">{moving ? 'Moving…' : statusLabels[appointment.status]}</span>
        {answer && !moving && <span className="appointment-client-answer">{answer}</span>}
      </span>
    </button>
  );
}
