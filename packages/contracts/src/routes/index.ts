import { authRoutes } from './auth.js';
import { accountRoutes, billingSettingsRoutes, businessReportRoutes, invoiceRoutes, paymentRoutes, quoteRoutes, taxRateRoutes } from './billing.js';
import { calendarFeedRoutes } from './calendar-feeds.js';
import { clientRoutes } from './clients.js';
import { clientLinkRoutes } from './client-links.js';
import { onlineBookingRoutes, onlineClientRoutes, publicBookingRoutes } from './online-booking.js';
import { auditRoutes, clinicRoutes, documentationRoutes, healthRoutes } from './clinic.js';
import { locationRoutes } from './locations.js';
import { consultationRoutes, photoRoutes } from './consultations.js';
import { correctionRoutes } from './corrections.js';
import { needleRoutes, pigmentRoutes } from './consumables.js';
import { designRoutes } from './designs.js';
import { appointmentRoutes, availabilityRoutes, closureRoutes, followUpRoutes, planRoutes, priceRoutes, roomRoutes, scheduleRoutes } from './scheduling.js';
import { screeningRoutes } from './screening.js';
import { intakeRoutes, publicIntakeRoutes } from './intake.js';
import { historyRoutes, progressionRoutes, sessionRecordRoutes, treatmentReportRoutes } from './sessions.js';
import { artistRoutes, staffRoutes } from './staff.js';
import { todayRoutes } from './today.js';
import { fadingRoutes } from './fading.js';
import { messageConsentRoutes, messageTemplateRoutes } from './message-templates.js';
import { messageRoutes } from './messaging.js';
import { consentRoutes } from './consents.js';

export * from './route.js';
export * from './schemas.js';
export {
  accountRoutes,
  billingSettingsRoutes,
  businessReportRoutes,
  invoiceRoutes,
  paymentRoutes,
  quoteRoutes,
  taxRateRoutes,
  appointmentRoutes,
  artistRoutes,
  auditRoutes,
  authRoutes,
  availabilityRoutes,
  calendarFeedRoutes,
  clientLinkRoutes,
  clientRoutes,
  clinicRoutes,
  locationRoutes,
  consentRoutes,
  closureRoutes,
  consultationRoutes,
  designRoutes,
  correctionRoutes,
  documentationRoutes,
  fadingRoutes,
  followUpRoutes,
  healthRoutes,
  messageConsentRoutes,
  messageTemplateRoutes,
  messageRoutes,
  historyRoutes,
  intakeRoutes,
  publicIntakeRoutes,
  needleRoutes,
  onlineBookingRoutes,
  onlineClientRoutes,
  publicBookingRoutes,
  photoRoutes,
  pigmentRoutes,
  planRoutes,
  priceRoutes,
  progressionRoutes,
  roomRoutes,
  scheduleRoutes,
  screeningRoutes,
  sessionRecordRoutes,
  staffRoutes,
  todayRoutes,
  treatmentReportRoutes,
};
