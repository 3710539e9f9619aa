import { gzipSync } from 'node:zlib';
import { FILE_FIELD } from '../http/uploads.js';
import { allHostileValues, hostileDates, hostileIds, hostileNumbers, hostileQueryValues, hostileStrings, pick, RawJson, wrongTypes, type Hostile } from './hostile-values.js';
import { OMIT, sampleFromSchema, type JsonSchema, type SampleContext } from './schema-sample.js';

export interface GeneratedRequest {
  /** The operation as the document names it, e.g. `POST /api/clients/{id}/archive`. */
  operation: string;
  method: string;
  /** Path and query as sent, not normalised. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** What was odd about it, short, for the failure list. */
  input: string;
  anonymous: boolean;
}

interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: JsonSchema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

export interface GeneratorContext extends SampleContext {
  /** A real id for the path parameter of that path, when the test seeded that kind of record (a parameter of fixed values takes one of them). */
  pathId: (path: string, parameter: string) => string;
  /** A real id of another kind of record, right in form, wrong in meaning. */
  otherKindId: string;
  /** Files an upload accepts, by field name of the form. */
  uploadFile: (path: string) => { name: string; type: string; bytes: Buffer };
}

type Case = Omit<GeneratedRequest, 'operation' | 'method' | 'anonymous'> & { anonymous?: boolean };

const JSON_TYPE = 'application/json';
const FIELD_MUTATIONS = 10;
const RANDOM_MUTATIONS = 5;
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}/;

/** Hostile values of the same kind as a valid one: wrong dates for a date, odd strings for text, extreme numbers for a number. */
function hostilesLike(value: unknown): Hostile[] {
  if (typeof value === 'string') return DATE_LIKE.test(value) ? hostileDates : hostileStrings;
  if (typeof value === 'number') return hostileNumbers;
  return wrongTypes;
}

/** Values put in every field of their kind at once, so that no field is left out by chance. */
const EVERYWHERE: Hostile[] = [
  ...pick(hostileStrings, ['NUL byte', 'lone high surrogate']),
  ...pick(hostileDates, ['year 9999 end', 'year 0', '30 February']),
  ...pick(hostileNumbers, ['1e308']),
];

function valueAt(value: unknown, place: (string | number)[]): unknown {
  return place.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
}

/** Writes JSON with RawJson tokens in place. */
function serializeJson(value: unknown): string {
  const raws: string[] = [];
  // Undefined for undefined, a symbol (OMIT) or a function, whatever lib.d.ts says.
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (!(item instanceof RawJson)) return item;
    raws.push(item.text);
    return `@@RAW${raws.length - 1}@@`;
  }) as string | undefined;
  return (text ?? '').replace(/"@@RAW(\d+)@@"/g, (_match, index: string) => raws[Number(index)]!);
}

/** Percent-encodes like encodeURIComponent, but writes a lone surrogate as its (invalid) UTF-8 bytes instead of throwing. */
function encodeQueryValue(value: string): string {
  let encoded = '';
  for (const character of value) {
    const code = character.charCodeAt(0);
    const loneSurrogate = character.length === 1 && code >= 0xd800 && code <= 0xdfff;
    encoded += loneSurrogate
      ? `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase()
      : encodeURIComponent(character);
  }
  return encoded;
}

function withQuery(path: string, query: Record<string, string | string[]>, extra = ''): string {
  const parts = Object.entries(query).flatMap(([name, value]) => [value].flat().map((item) => `${encodeQueryValue(name)}=${encodeQueryValue(item)}`));
  if (extra) parts.push(extra);
  return parts.length > 0 ? `${path}?${parts.join('&')}` : path;
}

function fillPath(template: string, ids: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => ids[name]!);
}

/** Every place in a value that a mutation can replace, as key paths. */
function placesIn(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => [[...prefix, index], ...placesIn(item, [...prefix, index])]);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...placesIn(item, [...prefix, key])]);
  return [];
}

function replaceAt(value: unknown, place: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of place.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[place.at(-1)!] = replacement;
  return copy;
}

function stringsOnly(value: unknown): string {
  return typeof value === 'string' ? value : serializeJson(value);
}

function jsonCase(input: string, body: unknown, headers: Record<string, string> = {}): Case {
  return { input, path: '', headers: { 'content-type': JSON_TYPE, ...headers }, body: Buffer.from(serializeJson(body)) };
}

function rawCase(input: string, body: string | Buffer, headers: Record<string, string>): Case {
  return { input, path: '', headers, body: Buffer.isBuffer(body) ? body : Buffer.from(body) };
}

/** Broken JSON, bodies of the wrong shape, wrong media types and encodings: the same for every JSON endpoint. */
function malformedBodies(valid: unknown): Case[] {
  const text = serializeJson(valid);
  return [
    jsonCase('body is an array', [valid]),
    jsonCase('body is a string', 'just a string'),
    jsonCase('body is null', null),
    jsonCase('body is a number', 1e308),
    rawCase('empty JSON body', '', { 'content-type': JSON_TYPE }),
    rawCase('truncated JSON', text.slice(0, Math.max(1, Math.floor(text.length / 2))), { 'content-type': JSON_TYPE }),
    rawCase('trailing comma', `${text.slice(0, -1)},}`, { 'content-type': JSON_TYPE }),
    rawCase('NUL in JSON text', `\u0000${text}`, { 'content-type': JSON_TYPE }),
    rawCase('byte order mark', `\ufeff${text}`, { 'content-type': JSON_TYPE }),
    rawCase('5000-deep nesting', `${'['.repeat(5000)}${']'.repeat(5000)}`, { 'content-type': JSON_TYPE }),
    rawCase('invalid UTF-8', Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]), { 'content-type': JSON_TYPE }),
    rawCase('duplicate keys', `{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},${text.slice(1)}`, { 'content-type': JSON_TYPE }),
    rawCase('charset utf-16', text, { 'content-type': 'application/json; charset=utf-16' }),
    rawCase('charset latin1', text, { 'content-type': 'application/json; charset=latin1' }),
    rawCase('text/plain', text, { 'content-type': 'text/plain' }),
    rawCase('form-urlencoded', 'a=1&b=2', { 'content-type': 'application/x-www-form-urlencoded' }),
    rawCase('xml', '<a>1</a>', { 'content-type': 'application/xml' }),
    rawCase('no content type', text, {}),
    rawCase('multipart without boundary', text, { 'content-type': 'multipart/form-data' }),
    rawCase('Content-Encoding gzip on a plain body', text, { 'content-type': JSON_TYPE, 'content-encoding': 'gzip' }),
    rawCase('Content-Encoding br on a plain body', text, { 'content-type': JSON_TYPE, 'content-encoding': 'br' }),
    rawCase('Content-Encoding deflate on a plain body', text, { 'content-type': JSON_TYPE, 'content-encoding': 'deflate' }),
    rawCase('Content-Encoding x-unknown', text, { 'content-type': JSON_TYPE, 'content-encoding': 'x-unknown' }),
    rawCase('gzip body (real)', gzipSync(text), { 'content-type': JSON_TYPE, 'content-encoding': 'gzip' }),
    rawCase('gzip bomb (1 MB inflated)', gzipSync(Buffer.alloc(1_000_000, 0x20)), { 'content-type': JSON_TYPE, 'content-encoding': 'gzip' }),
  ];
}

function jsonBodyCases(schema: JsonSchema, context: GeneratorContext): Case[] {
  const valid = sampleFromSchema(schema, context);
  const cases: Case[] = [jsonCase('valid-ish body', valid)];
  const places = placesIn(valid);
  // Each field once with a value of its own kind gone wrong (dates get edge dates), then a few anything-goes.
  for (const place of context.random.sample(places, FIELD_MUTATIONS)) {
    const hostile = context.random.pick(hostilesLike(valueAt(valid, place)));
    cases.push(jsonCase(`body.${place.join('.')} = ${hostile.label}`, replaceAt(valid, place, hostile.value)));
  }
  for (const place of context.random.sample(places, RANDOM_MUTATIONS)) {
    const hostile = context.random.pick(allHostileValues);
    cases.push(jsonCase(`body.${place.join('.')} = ${hostile.label}`, replaceAt(valid, place, hostile.value)));
  }
  for (const hostile of EVERYWHERE) {
    const kindOf = (value: unknown) => hostilesLike(value) === hostilesLike(hostile.value);
    const everywhere = places.filter((place) => kindOf(valueAt(valid, place))).reduce<unknown>((body, place) => replaceAt(body, place, hostile.value), valid);
    cases.push(jsonCase(`every ${hostilesLike(hostile.value) === hostileDates ? 'date' : typeof hostile.value} field = ${hostile.label}`, everywhere));
  }
  if (valid && typeof valid === 'object' && !Array.isArray(valid)) {
    const fields = Object.keys(valid);
    for (const field of context.random.sample(fields, 3)) {
      const { [field]: _dropped, ...rest } = valid as Record<string, unknown>;
      cases.push(jsonCase(`body without ${field}`, rest));
    }
    cases.push(jsonCase('body with an unknown field', { ...valid, unexpectedField: 'x' }));
    cases.push(jsonCase('empty object body', {}));
  }
  return [...cases, ...malformedBodies(valid)];
}

function multipartBody(boundary: string, fields: [string, string][], files: { field: string; name: string; type: string; bytes: Buffer }[], close = true): Buffer {
  const parts: Buffer[] = [];
  for (const [name, value] of fields) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  for (const file of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`));
    parts.push(file.bytes, Buffer.from('\r\n'));
  }
  if (close) parts.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(parts);
}

function multipartCases(path: string, schema: JsonSchema, context: GeneratorContext): Case[] {
  const boundary = 'fuzzBoundary7MA4YWxkTrZu0gW';
  const type = `multipart/form-data; boundary=${boundary}`;
  const { [FILE_FIELD]: _file, ...fieldSchemas } = schema.properties ?? {};
  const valid = sampleFromSchema({ ...schema, properties: fieldSchemas, required: (schema.required ?? []).filter((name) => name !== FILE_FIELD) }, context) as Record<string, unknown>;
  const fields = Object.entries(valid).map(([name, value]) => [name, stringsOnly(value)] as [string, string]);
  const real = context.uploadFile(path);
  const file = { field: FILE_FIELD, ...real };
  const form = (input: string, formFields: [string, string][], files = [file], headers: Record<string, string> = {}): Case =>
    rawCase(input, multipartBody(boundary, formFields, files), { 'content-type': type, ...headers });
  const cases: Case[] = [form('valid-ish upload', fields)];
  for (let count = 0; count < FIELD_MUTATIONS && fields.length > 0; count += 1) {
    const index = context.random.int(fields.length);
    const hostile = context.random.pick(hostileStrings);
    const mutated = fields.map(([name, value], at) => [name, at === index ? (hostile.value as string) : value] as [string, string]);
    cases.push(form(`form ${fields[index]![0]} = ${hostile.label}`, mutated));
  }
  return [
    ...cases,
    form('upload without the file', fields, []),
    form('upload without fields', []),
    form('two files', fields, [file, file]),
    form('file under another field', fields, [{ ...file, field: 'other' }]),
    form('a text file', fields, [{ ...file, name: 'notes.txt', type: 'text/plain', bytes: Buffer.from('hello') }]),
    form('an empty file', fields, [{ ...file, bytes: Buffer.alloc(0) }]),
    form('a truncated file', fields, [{ ...file, bytes: file.bytes.subarray(0, 40) }]),
    form('file name with NUL and ../', fields, [{ ...file, name: '../../etc/passwd\u0000.jpg' }]),
    form('file name RTL and emoji', fields, [{ ...file, name: '\u202egpj.exe👩🏽‍⚕️' }]),
    form('an unknown extra field', [...fields, ['unexpected', 'x']]),
    form('11 fields', [...fields, ...Array.from({ length: 11 }, (_, index) => [`extra${index}`, 'x'] as [string, string])]),
    form(
      'a 20k-char field',
      fields.map(([name]) => [name, 'z'.repeat(20_000)] as [string, string]),
    ),
    form('Content-Encoding gzip on a plain form', fields, [file], { 'content-encoding': 'gzip' }),
    rawCase('unclosed multipart', multipartBody(boundary, fields, [file], false), { 'content-type': type }),
    rawCase('wrong boundary', multipartBody('another', fields, [file]), { 'content-type': type }),
    rawCase('multipart without boundary', multipartBody(boundary, fields, [file]), { 'content-type': 'multipart/form-data' }),
    jsonCase('JSON instead of a form', valid),
    rawCase('garbage body', Buffer.from([0, 1, 2, 3, 255, 254]), { 'content-type': type }),
  ];
}

function queryCases(parameters: Parameter[], context: GeneratorContext): { valid: Record<string, string>; cases: Case[] } {
  const valid = Object.fromEntries(
    parameters
      .filter((parameter) => parameter.required || (context.hint(parameter.name) !== OMIT && context.random.next() < 0.5))
      .map((parameter) => [parameter.name, stringsOnly(sampleFromSchema(parameter.schema, context, parameter.name))]),
  );
  const cases: Case[] = [];
  for (const parameter of parameters) {
    const dateLike = DATE_LIKE.test(valid[parameter.name] ?? stringsOnly(sampleFromSchema(parameter.schema, context, parameter.name)));
    for (const hostile of [...context.random.sample(hostileQueryValues, 4), ...(dateLike ? context.random.sample(hostileDates, 3) : [])]) {
      cases.push({ input: `query ${parameter.name} = ${hostile.label}`, path: withQuery('', { ...valid, [parameter.name]: hostile.value as string }), headers: {} });
    }
    cases.push({ input: `query ${parameter.name} repeated`, path: withQuery('', { ...valid, [parameter.name]: ['a', 'b'] }), headers: {} });
    cases.push({ input: `query ${parameter.name}[key]=`, path: withQuery('', valid, `${parameter.name}%5Bkey%5D=1&${parameter.name}[a][b]=2`), headers: {} });
    cases.push({ input: `query ${parameter.name} bad percent-encoding`, path: withQuery('', valid, `${parameter.name}=%E0%A4%A`), headers: {} });
  }
  for (const hostile of EVERYWHERE.filter((candidate) => typeof candidate.value === 'string')) {
    const everywhere = Object.fromEntries(parameters.map((parameter) => [parameter.name, hostile.value as string]));
    cases.push({ input: `every query parameter = ${hostile.label}`, path: withQuery('', everywhere), headers: {} });
  }
  cases.push({ input: 'unknown query parameter', path: withQuery('', valid, 'unexpected=1'), headers: {} });
  cases.push({ input: 'query __proto__', path: withQuery('', valid, '__proto__[x]=1&constructor[prototype][y]=2'), headers: {} });
  return { valid, cases };
}

/** The requests for one operation of the document: valid-ish ones, then each mutation. */
export function requestsFor(path: string, method: string, operation: Operation, context: GeneratorContext): GeneratedRequest[] {
  const parameters = operation.parameters ?? [];
  const pathParameters = parameters.filter((parameter) => parameter.in === 'path');
  // A parameter that names one of a few values (a kind of message) takes the first; an id, a seeded record's.
  const realIds = Object.fromEntries(pathParameters.map((parameter) => [parameter.name, parameter.schema.enum ? String(parameter.schema.enum[0]) : context.pathId(path, parameter.name)]));
  const realPath = fillPath(path, realIds);
  const query = queryCases(
    parameters.filter((parameter) => parameter.in === 'query'),
    context,
  );
  const validPath = withQuery(realPath, query.valid);
  const content = operation.requestBody?.content ?? {};
  const bodyCases = content['multipart/form-data']
    ? multipartCases(path, content['multipart/form-data'].schema, context)
    : content[JSON_TYPE]
      ? jsonBodyCases(content[JSON_TYPE].schema, context)
      : [{ input: 'no body', path: '', headers: {} }, jsonCase('an unexpected JSON body', { unexpected: true }), jsonCase('NUL in an unexpected body', { text: '\u0000' })];
  const validBody = bodyCases[0]!;

  const cases: Case[] = [
    ...bodyCases.map((bodyCase) => ({ ...bodyCase, path: validPath })),
    ...query.cases.map((queryCase) => ({ ...validBody, input: queryCase.input, path: `${realPath}${queryCase.path}` })),
    ...pathParameters.flatMap((parameter) =>
      [
        ...hostileIds,
        { label: 'real id of another kind', value: context.otherKindId },
        ...context.random.sample(wrongTypes, 2).map(({ label, value }) => ({ label, value: encodeQueryValue(stringsOnly(value)) })),
      ].map((hostile) => ({
        ...validBody,
        input: `path ${parameter.name} = ${hostile.label}`,
        path: withQuery(fillPath(path, { ...realIds, [parameter.name]: hostile.value as string }), query.valid),
      })),
    ),
    { ...validBody, input: `anonymous: ${validBody.input}`, path: validPath, anonymous: true },
    { ...bodyCases.at(-1)!, input: `anonymous: ${bodyCases.at(-1)!.input}`, path: validPath, anonymous: true },
  ];
  return cases.map((generated) => ({ operation: `${method} ${path}`, method, anonymous: false, ...generated }));
}
