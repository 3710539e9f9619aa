/** The pages a client opens from a message: shown as they are, signed in or not (see ClientLinkPages). */
export const isClientLinkPath = (pathname: string) => /^\/(visit|unsubscribe|intake)\//.test(pathname);
