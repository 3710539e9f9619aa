import { dateInZone, type Appointment } from '@smp/contracts';
import { useRef, type MouseEvent } from 'react';
import { timeOfDay, todayIn } from '../shared/zoned-time';
import { AppointmentBlock } from './AppointmentBlock';
import { assignLanes, blockGeometry, currentTimeOffset, minuteAt, PIXELS_PER_MINUTE, type HourRange } from './calendar-layout';
import { useAppointmentDrag, type CalendarColumn, type DragTarget } from './use-appointment-drag';
import { useNow } from './use-now';

/** When a column's artist or the clinic works, in wall-clock minutes; closed with a reason for a closure or time off. */
export interface ColumnHours {
  open: { start: number; end: number }[];
  closedReason: string | null;
}

interface CalendarGridProps {
  columns: CalendarColumn[];
  hours: Map<string, ColumnHours>;
  range: HourRange;
  step: number;
  timeZone: string;
  /** Columns are days (the week): today's heading is marked. */
  marksToday: boolean;
  appointments: Appointment[];
  movingIds: Set<string>;
  canMove: boolean;
  /** What the API would likely say about the drop being aimed at; null when it looks allowed. */
  checkDrop: (appointment: Appointment, target: DragTarget) => string | null;
  /** An appointment is picked up: the time to fetch what checking its drop needs. */
  onGrab: (appointment: Appointment) => void;
  onDrop: (appointment: Appointment, target: DragTarget) => void;
  onOpen: (appointment: Appointment) => void;
  /** Absent for someone who may not book: the columns then offer nothing to press. */
  onBookAt?: (column: CalendarColumn, minute: number) => void;
}

const px = (minutes: number) => `${minutes * PIXELS_PER_MINUTE}px`;

/** Narrow enough for a week of seven days beside the hours on a tablet held upright; the grid scrolls sideways below it. */
const COLUMN_WIDTH = 'minmax(92px, 1fr)';

function inColumn(appointment: Appointment, column: CalendarColumn, timeZone: string): boolean {
  if (column.artistId && appointment.artist.id !== column.artistId) return false;
  return dateInZone(new Date(appointment.startsAt), timeZone) <= column.day && column.day <= dateInZone(new Date(appointment.endsAt), timeZone);
}

/** Columns of time, one per artist or day, with the appointments placed by the clinic's clock. */
export function CalendarGrid({ columns, hours, range, step, timeZone, marksToday, appointments, movingIds, canMove, checkDrop, onGrab, onDrop, onOpen, onBookAt }: CalendarGridProps) {
  const gridRef = useRef<HTMLDivElement>(null);
  const { drag, onPointerDown, consumeDragEnd } = useAppointmentDrag({ gridRef, columns, range, step, onDrop });
  const hourMarks = Array.from({ length: (range.end - range.start) / 60 }, (_, index) => range.start + index * 60);
  const height = px(range.end - range.start);

  const bookAt = (column: CalendarColumn, book: NonNullable<CalendarGridProps['onBookAt']>) => (event: MouseEvent<HTMLButtonElement>) => {
    if (consumeDragEnd()) return;
    // Pressed from the keyboard there is no pointer to place the time: the column's first open hour, changed in the booking panel.
    const fromKeyboard = event.detail === 0;
    const minute = fromKeyboard ? (hours.get(column.key)?.open[0]?.start ?? range.start) : minuteAt(event.clientY - event.currentTarget.getBoundingClientRect().top, range, step);
    book(column, minute);
  };

  return (
    <div className="calendar" style={{ gridTemplateColumns: `56px repeat(${columns.length}, ${COLUMN_WIDTH})` }}>
      <div className="calendar-corner" />
      {columns.map((column) => (
        <ColumnHeading key={column.key} column={column} marksToday={marksToday} timeZone={timeZone} />
      ))}
      <div className="calendar-hours" style={{ height }} aria-hidden="true">
        {hourMarks.map((minute) => (
          <span key={minute} style={{ top: px(minute - range.start) }}>
            {timeOfDay(minute)}
          </span>
        ))}
      </div>
      <div className="calendar-columns" ref={gridRef} style={{ gridColumn: `2 / span ${columns.length}`, gridTemplateColumns: `repeat(${columns.length}, ${COLUMN_WIDTH})` }}>
        {columns.map((column) => {
          const columnHours = hours.get(column.key);
          const items = appointments.filter((appointment) => inColumn(appointment, column, timeZone));
          const lanes = assignLanes(items);
          const ghost = drag?.target?.column.key === column.key ? drag : null;
          return (
            <section className="calendar-column" key={column.key} data-column={column.key} aria-labelledby={`column-${column.key}`} style={{ height }}>
              {/* The column's free space, under the appointments: a click books at the time clicked. */}
              {onBookAt && <button type="button" className="calendar-book" aria-label={`Book an appointment, ${column.label}`} onClick={bookAt(column, onBookAt)} />}
              {columnHours?.closedReason && <p className="calendar-closed">{columnHours.closedReason}</p>}
              {columnHours?.open.map((interval) => (
                <div className="calendar-open" key={interval.start} style={{ top: px(interval.start - range.start), height: px(interval.end - interval.start) }} />
              ))}
              {hourMarks.map((minute) => (
                <div className="calendar-hour-line" key={minute} style={{ top: px(minute - range.start) }} />
              ))}
              {items.map((appointment) => {
                const { top, height: blockHeight } = blockGeometry(appointment, column.day, range, timeZone);
                const { lane, lanes: laneCount } = lanes.get(appointment.id) ?? { lane: 0, lanes: 1 };
                return (
                  <AppointmentBlock
                    key={appointment.id}
                    appointment={appointment}
                    timeZone={timeZone}
                    style={{ top, height: blockHeight, left: `${(lane / laneCount) * 100}%`, width: `${100 / laneCount}%` }}
                    moving={movingIds.has(appointment.id)}
                    draggable={canMove && (appointment.status === 'booked' || appointment.status === 'confirmed')}
                    onPointerDown={(event) => {
                      onGrab(appointment);
                      onPointerDown(appointment, event);
                    }}
                    onOpen={() => {
                      if (!consumeDragEnd()) onOpen(appointment);
                    }}
                  />
                );
              })}
              <NowLine day={column.day} range={range} timeZone={timeZone} />
              {ghost?.target && <DropGhost appointment={ghost.appointment} target={ghost.target} range={range} problem={checkDrop(ghost.appointment, ghost.target)} />}
            </section>
          );
        })}
      </div>
    </div>
  );
}

/** A column's heading, marked while its day is today. */
function ColumnHeading({ column, marksToday, timeZone }: { column: CalendarColumn; marksToday: boolean; timeZone: string }) {
  const today = todayIn(timeZone, useNow());
  const isToday = marksToday && column.day === today;
  return (
    <div className={isToday ? 'calendar-heading today' : 'calendar-heading'} id={`column-${column.key}`} aria-current={isToday ? 'date' : undefined}>
      {column.label}
    </div>
  );
}

/** The current-time line: on its own, so only it is drawn again each minute, not the whole calendar. */
function NowLine({ day, range, timeZone }: { day: string; range: HourRange; timeZone: string }) {
  const offset = currentTimeOffset(useNow(), day, range, timeZone);
  return offset === null ? null : <div className="calendar-now" style={{ top: offset }} aria-hidden="true" />;
}

function DropGhost({ appointment, target, range, problem }: { appointment: Appointment; target: DragTarget; range: HourRange; problem: string | null }) {
  return (
    <div className={problem ? 'drop-ghost refused' : 'drop-ghost'} style={{ top: px(target.minute - range.start), height: px(appointment.durationMinutes) }} role="status">
      <strong>{timeOfDay(target.minute)}</strong> {problem ?? 'Drop to move here'}
    </div>
  );
}
