import { prepareZoneFormatting, type ClinicSettings } from '@smp/contracts';
import { clinicApi } from '../api/clinic';
import { sessionMayExist } from '../auth/signed-in-hint';
import { startUpRequest } from '../shared/start-up-request';

const clinicAtStartUp = startUpRequest<ClinicSettings>();

/**
 * Called once as the app starts: asks for the clinic's settings while the session
 * is still being checked, not a round trip after. Only when a session may exist,
 * so that a signed-out visitor's page sends no request bound to be refused.
 */
export function startClinicLoad(): void {
  if (!sessionMayExist()) return;
  clinicAtStartUp.start(() => clinicApi.get());
  // The first formatter with a time zone loads the browser's zone data (about 0.1 s on a phone):
  // done while the network is busy, it is not part of the first page's rendering.
  // Safari has no requestIdleCallback, whatever the DOM types say.
  if ('requestIdleCallback' in window) window.requestIdleCallback(() => prepareZoneFormatting());
  else setTimeout(() => prepareZoneFormatting(), 0);
}

/** The settings asked for at start-up, the first time; asked again when that was refused (the session had ended). */
export function loadClinic(signal: AbortSignal): Promise<ClinicSettings> {
  const started = clinicAtStartUp.take();
  return started ? started.catch(() => clinicApi.get(signal)) : clinicApi.get(signal);
}
