import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@smp/contracts';

export const ACCESS_RULE = 'smp:access-rule';

/** Who may call an endpoint: anyone, or signed-in staff whose role has the permission. */
export type AccessRule = { public: true } | { permission: Permission };

/** Open without signing in: health, sign-in, the API documentation, the signed links in client messages, calendar subscriptions (whose secret address is the key) and online booking (rate-limited) only. */
export const Public = () => SetMetadata(ACCESS_RULE, { public: true } satisfies AccessRule);

/** Signed-in staff whose role has `permission` (see `permissions` in the contracts). */
export const Requires = (permission: Permission) => SetMetadata(ACCESS_RULE, { permission } satisfies AccessRule);
