import { CalendarSubscriptionCard } from '../calendar-feeds/CalendarSubscriptionCard';
import { ChangePasswordSection } from '../auth/ChangePasswordSection';
import { useCan } from '../auth/use-can';

/** What signed-in staff manage of their own account. */
export function AccountPage() {
  const hasAppointments = useCan('calendarFeed.own');
  return (
    <section className="page narrow">
      <header className="page-header">
        <h1>Your account</h1>
      </header>
      <div className="cards single">
        <ChangePasswordSection />
        {hasAppointments && <CalendarSubscriptionCard />}
      </div>
    </section>
  );
}
