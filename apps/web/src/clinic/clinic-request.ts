import { prepareZoneFormatting, SIGNED_IN_HINT_COOKIE, type ClinicSettings } from '@smp/contracts';
import { clinicApi } from '../api/clinic';

let startedEarly: Promise<ClinicSettings> | null = null;

/** The session cookie is unreadable here; the server sets a readable hint beside it. */
function sessionMayExist(): boolean {
  return document.cookie.split('; ').some((cookie) => cookie.startsWith(`${SIGNED_IN_HINT_COOKIE}=`));
}

/**
 * Called once as the app starts: asks for the clinic's settings while the session
 * is still being checked, one round trip sooner than after it. Only when a session
 * may exist, so that a signed-out visitor's page sends no request bound to be refused.
 */
export function startClinicLoad(): void {
  if (!sessionMayExist()) return;
  startedEarly = clinicApi.get();
  // A refusal means the session has ended: the session check tells the visitor; after signing in the settings are asked again.
  startedEarly.catch(() => undefined);
  // The first formatter with a time zone loads the browser's zone data (about 0.1 s on a phone):
  // done while the network is busy, it is not part of the first page's rendering.
  const whenIdle = window.requestIdleCallback ?? ((work: () => void) => setTimeout(work, 0));
  whenIdle(() => prepareZoneFormatting());
}

/** The settings asked for at start-up, the first time, unless refused; otherwise asks now. */
export function loadClinic(signal: AbortSignal): Promise<ClinicSettings> {
  const started = startedEarly;
  startedEarly = null;
  return started ? started.catch(() => clinicApi.get(signal)) : clinicApi.get(signal);
}
