/**
 * Whether an error means the database cannot be reached right now (down,
 * restarting, out of connections, the connection lost), as opposed to a query
 * it refused. Such errors reach us from pg, from Prisma's pg adapter (which
 * translates pg's errors into its own kinds) and from Prisma itself (which
 * wraps both), so the whole chain of causes is searched.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causesOf(error).some(isUnavailableCause);
}

/** Prisma's own codes: server unreachable, timed out, closed the connection; pool timeout; too many connections. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2037']);

/** Kinds of @prisma/adapter-pg's DriverAdapterError that mean the connection, not the query, failed. */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);

/** Socket errors of Node; ENOTFOUND too, since a stopped container's host name stops resolving. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);

/**
 * SQLSTATEs: class 08 (connection exception), 53300 too_many_connections,
 * 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now.
 */
const SQLSTATE = /^(08...|53300|57P0[123])$/;

/**
 * What pg says when it loses a connection or the pool cannot get one in time, and
 * what Prisma says (P2028) when no pooled connection frees up for a transaction in
 * time, or a transaction outlives its time limit (TRANSACTION_LIMITS, far beyond
 * what a booking takes alone) waiting for the CPU and locks: the server being unable to
 * serve now, not a bug. The transaction is rolled back either way.
 */
const PG_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly|Unable to start a transaction in the given time|A (query|commit|rollback) cannot be executed on an expired transaction/i;

interface ErrorLike {
  code?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
}

function isUnavailableCause(candidate: ErrorLike): boolean {
  const codes = [candidate.code, candidate.originalCode].filter((code): code is string => typeof code === 'string');
  return (
    codes.some((code) => PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATE.test(code)) ||
    (typeof candidate.kind === 'string' && ADAPTER_KINDS.has(candidate.kind)) ||
    (typeof candidate.message === 'string' && PG_MESSAGES.test(candidate.message))
  );
}

function causesOf(error: unknown): ErrorLike[] {
  const found: ErrorLike[] = [];
  const pending = [error];
  while (pending.length > 0 && found.length < 20) {
    const candidate = pending.shift();
    if (typeof candidate !== 'object' || candidate === null || found.includes(candidate)) continue;
    const errorLike = candidate as ErrorLike;
    found.push(errorLike);
    pending.push(errorLike.cause, errorLike.meta?.driverAdapterError);
  }
  return found;
}
