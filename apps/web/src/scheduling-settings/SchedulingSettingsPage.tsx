import { ArtistScheduleSection } from './ArtistScheduleSection';
import { ClosuresSection } from './ClosuresSection';
import { LocationsSection } from './LocationsSection';
import { PricesSection } from './PricesSection';
import { RoomsSection } from './RoomsSection';

/** What bookings are made against: locations, rooms, artists' hours and days off, the clinic's closures, and the price list. */
export function SchedulingSettingsPage() {
  return (
    <section className="page narrow">
      <header className="page-header">
        <h1>Scheduling</h1>
      </header>
      <div className="cards single">
        <LocationsSection />
        <ArtistScheduleSection />
        <RoomsSection />
        <ClosuresSection />
        <PricesSection />
      </div>
    </section>
  );
}
