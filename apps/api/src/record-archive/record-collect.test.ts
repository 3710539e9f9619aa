import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import type { Database } from '../database/database.js';
import { collectClientRecord, LEFT_OUT_OF_THE_RECORD } from './record-collect.js';

interface SchemaField {
  type: string;
  /** Holds the foreign key itself (`@relation(fields: …)`), rather than being the other side's list. */
  ownsRelation: boolean;
}

/** Every model of schema.prisma, its fields by name. */
function schemaModels(): Map<string, Map<string, SchemaField>> {
  const datamodel = readFileSync(new URL('../../../../prisma/schema.prisma', import.meta.url), 'utf8');
  return new Map(
    [...datamodel.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)].map(([, model, body]) => [
      model!,
      new Map([...body!.matchAll(/^\s+(\w+)\s+(\w+)(?:\[\]|\?)?(.*)$/gm)].map(([, field, type, rest]) => [field!, { type: type!, ownsRelation: rest!.includes('@relation(fields:') }])),
    ]),
  );
}

/**
 * The models holding something about a client: a `clientId` or a relation to Client,
 * or a relation to a model that holds one (an appointment's history, a quote's lines).
 */
function clientBearingModels(models: Map<string, Map<string, SchemaField>>): Set<string> {
  const bearing = new Set([...models].filter(([, fields]) => fields.has('clientId') || [...fields.values()].some((field) => field.type === 'Client')).map(([model]) => model));
  let size = 0;
  while (size !== bearing.size) {
    size = bearing.size;
    for (const [model, fields] of models) {
      if ([...fields.values()].some((field) => field.ownsRelation && bearing.has(field.type))) bearing.add(model);
    }
  }
  return bearing;
}

type Query = { include?: Record<string, unknown>; select?: Record<string, unknown> };

/**
 * The models collectClientRecord reads, each query's own and every one it includes or
 * selects a relation of, seen by running it against a stand-in that finds nothing.
 */
async function modelsCollected(models: Map<string, Map<string, SchemaField>>): Promise<Set<string>> {
  const read = new Set<string>();
  const walk = (model: string, query: unknown) => {
    read.add(model);
    const { include, select } = (typeof query === 'object' && query !== null ? query : {}) as Query;
    for (const [field, nested] of Object.entries({ ...include, ...select })) {
      const related = models.get(model)?.get(field)?.type;
      if (related && models.has(related)) walk(related, nested);
    }
  };
  const modelOf = (delegate: string) => delegate[0]!.toUpperCase() + delegate.slice(1);
  const finding =
    (delegate: string, found: unknown) =>
    (query: unknown): Promise<unknown> => {
      walk(modelOf(delegate), query);
      return Promise.resolve(found);
    };
  const database = new Proxy({}, { get: (_target, delegate: string) => ({ findUnique: finding(delegate, { id: 'client' }), findMany: finding(delegate, []) }) }) as unknown as Database;
  await collectClientRecord(database, 'client');
  return read;
}

describe("what a client's record holds", () => {
  it('reads every model holding something about the client, or says why it leaves it out', async () => {
    const models = schemaModels();
    const collected = await modelsCollected(models);
    const leftOut = new Set(Object.keys(LEFT_OUT_OF_THE_RECORD));
    expect([...clientBearingModels(models)].filter((model) => !collected.has(model) && !leftOut.has(model))).toEqual([]);
    // A sanity check of the reading itself: the client, a kind of record, and one included under another kind.
    expect([...collected]).toEqual(expect.arrayContaining(['Client', 'HairlineDesign', 'AppointmentEvent', 'QuoteLine']));
  });
});
