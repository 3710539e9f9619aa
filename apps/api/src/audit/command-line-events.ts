import type { CommandLineAction } from '@smp/contracts';
import type pg from 'pg';

/**
 * Records what a command run on the server did, through its own connection (such a
 * command has no app): no staff member, address or request. Pass the connection in
 * the command's transaction, so the event lands with the change or not at all.
 */
export async function recordCommandLineEvent(connection: Pick<pg.ClientBase, 'query'>, action: CommandLineAction, details: Record<string, string | number>): Promise<void> {
  await connection.query('INSERT INTO audit_events (action, details) VALUES ($1, $2::jsonb)', [action, JSON.stringify(details)]);
}
