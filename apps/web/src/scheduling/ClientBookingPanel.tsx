import type { Appointment } from '@smp/contracts';
import { ErrorAlert } from '../shared/ErrorAlert';
import { BookingPanel } from './BookingPanel';
import type { BookingPrefill } from './booking-link';
import { useSchedulingResources } from './use-scheduling-resources';

interface ClientBookingPanelProps {
  prefill: BookingPrefill;
  onBooked: (appointment: Appointment) => void;
  onClose: () => void;
}

/** The calendar's booking panel on a page of its own (a client's, a plan's), with the artists, rooms and hours it needs. */
export function ClientBookingPanel({ prefill, onBooked, onClose }: ClientBookingPanelProps) {
  const { resources, error } = useSchedulingResources();
  if (error) return <ErrorAlert message={error} />;
  if (!resources) return <p className="muted">Loading the booking panel…</p>;
  return (
    <div className="page-booking">
      <BookingPanel prefill={prefill} resources={resources} onBooked={onBooked} onClose={onClose} />
    </div>
  );
}
