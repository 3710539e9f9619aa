import { pigmentName } from '@smp/contracts';
import type { Database } from '../database/database.js';
import { validationProblem } from '../http/problem.js';

/**
 * Refuses pigments that are not in the catalogue, or archived (they stay on
 * earlier plans and records, but are not planned again), naming each one's field.
 */
export async function assertPlannablePigments(database: Pick<Database, 'pigment'>, sessions: { field: string; pigmentIds: string[] }[]): Promise<void> {
  const ids = [...new Set(sessions.flatMap((session) => session.pigmentIds.map((id) => id.toLowerCase())))];
  const pigments = new Map((await database.pigment.findMany({ where: { id: { in: ids } } })).map((pigment) => [pigment.id, pigment]));
  const errors = sessions.flatMap((session) =>
    session.pigmentIds.flatMap((id, index) => {
      const pigment = pigments.get(id.toLowerCase());
      const field = `${session.field}.${index}`;
      if (!pigment) return [{ field, message: 'Not a pigment of the catalogue' }];
      if (pigment.archivedAt) return [{ field, message: `${pigmentName(pigment)} is archived: choose a pigment in use` }];
      return [];
    }),
  );
  if (errors.length > 0) throw validationProblem(errors, 'Plan pigments of the catalogue');
}
