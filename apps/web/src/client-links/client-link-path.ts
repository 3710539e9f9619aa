/** The pages a client opens from a message, and the public booking page: shown as they are, signed in or not (see ClientLinkPages). */
export const isClientLinkPath = (pathname: string) => /^\/(visit|unsubscribe|intake)\//.test(pathname) || /^\/book(\/|$)/.test(pathname);
