import type { Appointment } from '@smp/contracts';
import { useEffect, useLayoutEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { minuteAt, type HourRange } from './calendar-layout';

/** A column of the calendar: one artist on the day, or one day of the week. */
export interface CalendarColumn {
  key: string;
  day: string;
  /** The artist the column is for; null when it shows every artist. */
  artistId: string | null;
  label: string;
}

export interface DragTarget {
  column: CalendarColumn;
  /** Wall-clock minute the appointment would start at. */
  minute: number;
}

interface DragOptions {
  /** Holds the columns, each marked `data-column` in the order of `columns`. */
  gridRef: RefObject<HTMLElement | null>;
  columns: CalendarColumn[];
  range: HourRange;
  step: number;
  onDrop: (appointment: Appointment, target: DragTarget) => void;
}

/** Movement under this many pixels is a click that opens the appointment, not a drag. */
const DRAG_THRESHOLD = 4;

interface Pressed {
  appointment: Appointment;
  x: number;
  y: number;
  /** Where in the block it was grabbed, so the block does not jump under the pointer. */
  grabOffset: number;
  dragging: boolean;
}

/**
 * Dragging an appointment with pointer events (mouse, pen and touch alike): the
 * target column and snapped start follow the pointer, Escape gives up, and the drop
 * is handed to `onDrop`. The HTML drag-and-drop API cannot show a live target in
 * the grid, nor work with touch.
 */
export function useAppointmentDrag({ gridRef, columns, range, step, onDrop }: DragOptions) {
  const [drag, setDrag] = useState<{ appointment: Appointment; target: DragTarget | null } | null>(null);
  const pressed = useRef<Pressed | null>(null);
  // The click that ends a drag must not also open the appointment.
  const dragEnded = useRef(false);
  // What the pointer listeners of a drag in progress read: this render's, once committed.
  const latest = useRef({ columns, range, step, onDrop });
  useLayoutEffect(() => {
    latest.current = { columns, range, step, onDrop };
  });
  const cleanup = useRef<() => void>(() => {});
  useEffect(() => () => cleanup.current(), []);

  const targetAt = (clientX: number, clientY: number, grabOffset: number): DragTarget | null => {
    const elements = [...(gridRef.current?.querySelectorAll<HTMLElement>('[data-column]') ?? [])];
    const index = elements.findIndex((element) => {
      const rect = element.getBoundingClientRect();
      return clientX >= rect.left && clientX < rect.right;
    });
    const column = latest.current.columns[index];
    if (!column) return null;
    const top = elements[index]!.getBoundingClientRect().top;
    return { column, minute: minuteAt(clientY - top - grabOffset, latest.current.range, latest.current.step) };
  };

  const onPointerDown = (appointment: Appointment, event: ReactPointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    dragEnded.current = false;
    const grabOffset = Math.max(0, event.clientY - event.currentTarget.getBoundingClientRect().top);
    pressed.current = { appointment, x: event.clientX, y: event.clientY, grabOffset, dragging: false };

    const onMove = (move: PointerEvent) => {
      const current = pressed.current;
      if (!current) return;
      if (!current.dragging && Math.hypot(move.clientX - current.x, move.clientY - current.y) < DRAG_THRESHOLD) return;
      current.dragging = true;
      move.preventDefault();
      setDrag({ appointment: current.appointment, target: targetAt(move.clientX, move.clientY, current.grabOffset) });
    };
    const onUp = (up: PointerEvent) => {
      const current = pressed.current;
      stop();
      if (!current?.dragging) return;
      dragEnded.current = true;
      const target = targetAt(up.clientX, up.clientY, current.grabOffset);
      if (target) latest.current.onDrop(current.appointment, target);
    };
    const onKey = (key: KeyboardEvent) => {
      if (key.key !== 'Escape') return;
      // Escape ends the drag only, not the panel behind it: heard first (capture), then marked as handled.
      key.preventDefault();
      stop();
    };
    const stop = () => {
      pressed.current = null;
      setDrag(null);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('keydown', onKey, true);
    };
    cleanup.current = stop;
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('keydown', onKey, true);
  };

  /** True once, for the click that ends a drag. */
  const consumeDragEnd = () => {
    const ended = dragEnded.current;
    dragEnded.current = false;
    return ended;
  };

  return { drag, onPointerDown, consumeDragEnd };
}
