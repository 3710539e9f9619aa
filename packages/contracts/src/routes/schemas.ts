import { authRouteSchemas } from './auth.schemas.js';
import { authRoutes } from './auth.js';
import {
  accountRouteSchemas,
  billingSettingsRouteSchemas,
  businessReportRouteSchemas,
  invoiceRouteSchemas,
  paymentRouteSchemas,
  quoteRouteSchemas,
  taxRateRouteSchemas,
} from './billing.schemas.js';
import { accountRoutes, billingSettingsRoutes, businessReportRoutes, invoiceRoutes, paymentRoutes, quoteRoutes, taxRateRoutes } from './billing.js';
import { calendarFeedRouteSchemas } from './calendar-feeds.schemas.js';
import { calendarFeedRoutes } from './calendar-feeds.js';
import { clientRouteSchemas } from './clients.schemas.js';
import { clientRoutes } from './clients.js';
import { clientLinkRouteSchemas } from './client-links.schemas.js';
import { clientLinkRoutes } from './client-links.js';
import { onlineBookingRouteSchemas, onlineClientRouteSchemas, publicBookingRouteSchemas } from './online-booking.schemas.js';
import { onlineBookingRoutes, onlineClientRoutes, publicBookingRoutes } from './online-booking.js';
import { auditRouteSchemas, clinicRouteSchemas, documentationRouteSchemas, healthRouteSchemas } from './clinic.schemas.js';
import { auditRoutes, clinicRoutes, documentationRoutes, healthRoutes } from './clinic.js';
import { locationRouteSchemas } from './locations.schemas.js';
import { locationRoutes } from './locations.js';
import { consultationRouteSchemas, photoRouteSchemas } from './consultations.schemas.js';
import { consultationRoutes, photoRoutes } from './consultations.js';
import { correctionRouteSchemas } from './corrections.schemas.js';
import { correctionRoutes } from './corrections.js';
import { needleRouteSchemas, pigmentRouteSchemas } from './consumables.schemas.js';
import { needleRoutes, pigmentRoutes } from './consumables.js';
import { designRouteSchemas } from './designs.schemas.js';
import { designRoutes } from './designs.js';
import { messageRouteSchemas } from './messaging.schemas.js';
import { messageRoutes } from './messaging.js';
import type { Route, RouteSchemas } from './route.js';
import {
  appointmentRouteSchemas,
  availabilityRouteSchemas,
  closureRouteSchemas,
  followUpRouteSchemas,
  planRouteSchemas,
  priceRouteSchemas,
  roomRouteSchemas,
  scheduleRouteSchemas,
} from './scheduling.schemas.js';
import { appointmentRoutes, availabilityRoutes, closureRoutes, followUpRoutes, planRoutes, priceRoutes, roomRoutes, scheduleRoutes } from './scheduling.js';
import { screeningRouteSchemas } from './screening.schemas.js';
import { screeningRoutes } from './screening.js';
import { intakeRouteSchemas, publicIntakeRouteSchemas } from './intake.schemas.js';
import { intakeRoutes, publicIntakeRoutes } from './intake.js';
import { historyRouteSchemas, progressionRouteSchemas, sessionRecordRouteSchemas, treatmentReportRouteSchemas } from './sessions.schemas.js';
import { historyRoutes, progressionRoutes, sessionRecordRoutes, treatmentReportRoutes } from './sessions.js';
import { artistRouteSchemas, staffRouteSchemas } from './staff.schemas.js';
import { artistRoutes, staffRoutes } from './staff.js';
import { todayRouteSchemas } from './today.schemas.js';
import { todayRoutes } from './today.js';
import { fadingRouteSchemas } from './fading.schemas.js';
import { fadingRoutes } from './fading.js';
import { messageConsentRouteSchemas, messageTemplateRouteSchemas } from './message-templates.schemas.js';
import { messageConsentRoutes, messageTemplateRoutes } from './message-templates.js';
import { consentRouteSchemas } from './consents.schemas.js';
import { consentRoutes } from './consents.js';

/** A route with its schemas: what the server serves and validates. */
export type ContractRoute = Route & RouteSchemas;

const contractRoutes = new Map<Route, ContractRoute>();

function pair<Heads extends Record<string, Route>>(heads: Heads, schemas: { [Name in keyof Heads]: RouteSchemas }): void {
  for (const [name, head] of Object.entries(heads)) contractRoutes.set(head, { ...head, ...schemas[name] });
}

pair(authRoutes, authRouteSchemas);
pair(billingSettingsRoutes, billingSettingsRouteSchemas);
pair(taxRateRoutes, taxRateRouteSchemas);
pair(quoteRoutes, quoteRouteSchemas);
pair(invoiceRoutes, invoiceRouteSchemas);
pair(paymentRoutes, paymentRouteSchemas);
pair(accountRoutes, accountRouteSchemas);
pair(businessReportRoutes, businessReportRouteSchemas);
pair(clientRoutes, clientRouteSchemas);
pair(clientLinkRoutes, clientLinkRouteSchemas);
pair(onlineBookingRoutes, onlineBookingRouteSchemas);
pair(publicBookingRoutes, publicBookingRouteSchemas);
pair(onlineClientRoutes, onlineClientRouteSchemas);
pair(clinicRoutes, clinicRouteSchemas);
pair(locationRoutes, locationRouteSchemas);
pair(auditRoutes, auditRouteSchemas);
pair(healthRoutes, healthRouteSchemas);
pair(documentationRoutes, documentationRouteSchemas);
pair(staffRoutes, staffRouteSchemas);
pair(artistRoutes, artistRouteSchemas);
pair(consultationRoutes, consultationRouteSchemas);
pair(photoRoutes, photoRouteSchemas);
pair(screeningRoutes, screeningRouteSchemas);
pair(intakeRoutes, intakeRouteSchemas);
pair(publicIntakeRoutes, publicIntakeRouteSchemas);
pair(appointmentRoutes, appointmentRouteSchemas);
pair(availabilityRoutes, availabilityRouteSchemas);
pair(roomRoutes, roomRouteSchemas);
pair(scheduleRoutes, scheduleRouteSchemas);
pair(closureRoutes, closureRouteSchemas);
pair(followUpRoutes, followUpRouteSchemas);
pair(planRoutes, planRouteSchemas);
pair(priceRoutes, priceRouteSchemas);
pair(pigmentRoutes, pigmentRouteSchemas);
pair(needleRoutes, needleRouteSchemas);
pair(sessionRecordRoutes, sessionRecordRouteSchemas);
pair(historyRoutes, historyRouteSchemas);
pair(progressionRoutes, progressionRouteSchemas);
pair(treatmentReportRoutes, treatmentReportRouteSchemas);
pair(todayRoutes, todayRouteSchemas);
pair(designRoutes, designRouteSchemas);
pair(fadingRoutes, fadingRouteSchemas);
pair(correctionRoutes, correctionRouteSchemas);
pair(calendarFeedRoutes, calendarFeedRouteSchemas);
pair(messageTemplateRoutes, messageTemplateRouteSchemas);
pair(messageConsentRoutes, messageConsentRouteSchemas);
pair(messageRoutes, messageRouteSchemas);
pair(consentRoutes, consentRouteSchemas);

/** Every route the API serves, with its schemas. */
export const apiRoutes: readonly ContractRoute[] = [...contractRoutes.values()];

/** The route with its schemas (loads zod: for the server, not for pages). */
export function withSchemas(route: Route): ContractRoute {
  const contract = contractRoutes.get(route);
  if (!contract) throw new Error(`${route.method} ${route.path} is not a declared route`);
  return contract;
}
