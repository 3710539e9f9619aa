import type { SeededRandom } from './seeded-random.js';

export type JsonSchema = {
  $ref?: string;
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/** A hint that leaves an optional field out (an opaque cursor cannot be made up). */
export const OMIT = Symbol('omit');

export interface SampleContext {
  components: Record<string, JsonSchema>;
  random: SeededRandom;
  /** A value known to fit a field of that name (a real record's id for clientId, a time zone…), or undefined. */
  hint: (field: string) => unknown;
  /** A day and an instant in the clinic's near future, and a week later for the ends of ranges (`to`). */
  day: string;
  instant: string;
  laterDay: string;
  laterInstant: string;
}

const PATTERN_CANDIDATES = ['10:00', '2027-01-15', '+14155550123', 'abc', 'a1', 'A', '1'];

function resolve(schema: JsonSchema, context: SampleContext): JsonSchema {
  return schema.$ref ? resolve(context.components[schema.$ref.split('/').pop()!] ?? {}, context) : schema;
}

function sampleString(schema: JsonSchema, field: string, context: SampleContext): string {
  if (schema.format === 'uuid') return '7d3c4b2a-1e0f-4a9b-8c7d-6e5f4a3b2c1d';
  const endOfRange = field === 'to';
  if (schema.format === 'date') return endOfRange ? context.laterDay : context.day;
  if (schema.format === 'date-time') return endOfRange ? context.laterInstant : context.instant;
  if (schema.format === 'email') return `fuzz${context.random.int(1_000_000)}@example.com`;
  if (schema.format === 'binary') return 'file';
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern);
    const fitting = PATTERN_CANDIDATES.find((candidate) => pattern.test(candidate));
    if (fitting) return fitting;
  }
  if (/phone/i.test(field)) return '+1 415 555 0123';
  if (/signature/i.test(field)) return 'data:image/png;base64,iVBORw0KGgo=';
  const text = `Fuzz ${field}`;
  const minimum = schema.minLength ?? 1;
  const padded = text.length < minimum ? text.padEnd(minimum, 'x') : text;
  return schema.maxLength !== undefined ? padded.slice(0, Math.max(schema.maxLength, minimum)) : padded;
}

/** A value the schema probably accepts: the start from which the mutations depart. */
export function sampleFromSchema(input: JsonSchema, context: SampleContext, field = ''): unknown {
  const schema = resolve(input, context);
  const hinted = context.hint(field);
  if (hinted !== undefined) return hinted;
  if (schema.enum) return context.random.pick(schema.enum);
  if (schema.default !== undefined && context.random.next() < 0.3) return schema.default;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return sampleFromSchema(context.random.pick(alternatives), context, field);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((part) => sampleFromSchema(part, context, field)));
  switch (schema.type) {
    case 'object': {
      const required = new Set(schema.required ?? []);
      // Optional fields mostly present: fields are often required in pairs (a phone or an email) by rules a schema does not show.
      const entries = Object.entries(schema.properties ?? {}).filter(([name]) => required.has(name) || (context.hint(name) !== OMIT && context.random.next() < 0.8));
      return Object.fromEntries(entries.map(([name, property]) => [name, sampleFromSchema(property, context, name)]));
    }
    case 'array': {
      const count = Math.max(schema.minItems ?? 0, 1);
      return Array.from({ length: count }, () => sampleFromSchema(schema.items ?? {}, context, field));
    }
    case 'integer':
    case 'number': {
      const low = schema.minimum ?? 1;
      const high = schema.maximum ?? low + 100;
      const value = low + context.random.next() * (high - low);
      return schema.type === 'integer' ? Math.ceil(value) : value;
    }
    case 'boolean':
      return context.random.next() < 0.5;
    case 'string':
      return sampleString(schema, field, context);
    default:
      return 'fuzz';
  }
}
