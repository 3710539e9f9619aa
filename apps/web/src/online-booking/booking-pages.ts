// The client's booking pages load together, with their styles, apart from the staff's app.
import './online-booking.css';

export { BookingPage } from './BookingPage';
export { ManageBookingPage } from './ManageBookingPage';
