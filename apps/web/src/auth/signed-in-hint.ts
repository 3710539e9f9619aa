import { SIGNED_IN_HINT_COOKIE } from '@smp/contracts';

/** Whether a session may exist: its cookie is unreadable here, so the server sets a readable hint beside it. */
export function sessionMayExist(): boolean {
  return document.cookie.split('; ').some((cookie) => cookie.startsWith(`${SIGNED_IN_HINT_COOKIE}=`));
}
