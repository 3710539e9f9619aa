import { Route, Routes } from 'react-router';
import { lazyPage } from '../shared/lazy-page';
import { UnsubscribePage } from './UnsubscribePage';
import { VisitPage } from './VisitPage';

// The intake's forms and questionnaire load only when its link is opened, not with a reminder's one-button page.
const IntakeFormPage = lazyPage(() => import('../intake/IntakeFormPage'), 'IntakeFormPage');
// The booking page is also opened inside a clinic's website: its own chunk, and its manage link's.
const BookingPage = lazyPage(() => import('../online-booking/BookingPage'), 'BookingPage');
const ManageBookingPage = lazyPage(() => import('../online-booking/ManageBookingPage'), 'ManageBookingPage');

export function ClientLinkPages() {
  return (
    <Routes>
      <Route path="/visit/:token" element={<VisitPage />} />
      <Route path="/unsubscribe/:token" element={<UnsubscribePage />} />
      <Route path="/intake/:token" element={<IntakeFormPage />} />
      <Route path="/book" element={<BookingPage />} />
      <Route path="/book/manage/:token" element={<ManageBookingPage />} />
    </Routes>
  );
}
