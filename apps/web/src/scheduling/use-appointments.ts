import type { Appointment } from '@smp/contracts';
import { useEffect, useState } from 'react';
import { ApiProblem } from '../api/http';
import { appointmentsApi } from '../api/scheduling';

interface AppointmentsState {
  items: Appointment[];
  loading: boolean;
  error: string | null;
}

/** The calendar's appointments between two days; `revision` reloads them, `replace` takes one an action returned. */
export function useAppointments(from: string, to: string, artistId: string | undefined, revision: number) {
  const [state, setState] = useState<AppointmentsState>({ items: [], loading: true, error: null });

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: null }));
    appointmentsApi
      .list({ from, to, artistId }, controller.signal)
      .then(({ items }) => setState({ items, loading: false, error: null }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ items: [], loading: false, error: error instanceof ApiProblem ? error.message : 'Could not load the calendar' });
      });
    return () => controller.abort();
  }, [from, to, artistId, revision]);

  const replace = (appointment: Appointment) =>
    setState((previous) => ({ ...previous, items: previous.items.map((item) => (item.id === appointment.id ? appointment : item)) }));

  return { ...state, replace };
}
