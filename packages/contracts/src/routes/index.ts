import { authRoutes } from './auth.js';
import { clientRoutes } from './clients.js';
import { auditRoutes, clinicRoutes, documentationRoutes, healthRoutes } from './clinic.js';
import { consultationRoutes, photoRoutes } from './consultations.js';
import { correctionRoutes } from './corrections.js';
import { needleRoutes, pigmentRoutes } from './consumables.js';
import { appointmentRoutes, availabilityRoutes, closureRoutes, followUpRoutes, planRoutes, priceRoutes, roomRoutes, scheduleRoutes } from './scheduling.js';
import { screeningRoutes } from './screening.js';
import { historyRoutes, sessionRecordRoutes, treatmentReportRoutes } from './sessions.js';
import { artistRoutes, staffRoutes } from './staff.js';
import { todayRoutes } from './today.js';

export * from './route.js';
export * from './schemas.js';
export {
  appointmentRoutes,
  artistRoutes,
  auditRoutes,
  authRoutes,
  availabilityRoutes,
  clientRoutes,
  clinicRoutes,
  closureRoutes,
  consultationRoutes,
  correctionRoutes,
  documentationRoutes,
  followUpRoutes,
  healthRoutes,
  historyRoutes,
  needleRoutes,
  photoRoutes,
  pigmentRoutes,
  planRoutes,
  priceRoutes,
  roomRoutes,
  scheduleRoutes,
  screeningRoutes,
  sessionRecordRoutes,
  staffRoutes,
  todayRoutes,
  treatmentReportRoutes,
};
