export function ManageBookingPage() {
  return null;
}
