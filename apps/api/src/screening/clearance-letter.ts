import { PDFArray, PDFDict, PDFName, PDFNumber, PDFParser, PDFRawStream, type PDFContext, type PDFObject, type PDFRef } from 'pdf-lib';
import { CLEARANCE_MEDIA_TYPES } from '@smp/contracts';
import { validationProblem } from '../http/problem.js';
import type { UploadedFile } from '../http/uploads.js';
import type { Actor } from '../audit/actor.js';
import type { AuditEntry, AuditService, AuditWriter } from '../audit/audit.service.js';
import { assertReadableImage, UnreadableImageError } from '../photos/image-processing.js';
import type { DecodePool } from '../storage/decode-pool.js';
import { acceptedUpload, FILE_EXTENSIONS, type SniffedType } from '../storage/file-types.js';
import { removeAll, type FileStorage } from '../storage/file-storage.js';

type LetterType = (typeof CLEARANCE_MEDIA_TYPES)[number];

const LETTER_TYPES = new Set<LetterType>(CLEARANCE_MEDIA_TYPES);

const JAVASCRIPT = 'JavaScript';
const OPENS_OTHER_FILES = 'an action that starts a program or opens another file';
const EMBEDDED_FILE = 'an embedded file';
const SENDS_DATA = 'a form that sends or loads data';
const MEDIA = 'embedded media';

/** Keys whose presence alone means something a PDF reader could run or open. */
const REFUSED_KEYS = new Map([
  ['JS', JAVASCRIPT],
  ['JavaScript', JAVASCRIPT],
  ['EmbeddedFiles', EMBEDDED_FILE],
  ['EmbeddedFile', EMBEDDED_FILE],
  ['EF', EMBEDDED_FILE],
  ['XFA', SENDS_DATA],
  ['RichMediaContent', MEDIA],
  ['RichMediaSettings', MEDIA],
]);

/** Action types (`/S`) that run code, open programs or files, send data or play media. Links (GoTo, URI) are harmless. */
const REFUSED_ACTIONS = new Map([
  ['JavaScript', JAVASCRIPT],
  ['Launch', OPENS_OTHER_FILES],
  ['GoToR', OPENS_OTHER_FILES],
  ['GoToE', EMBEDDED_FILE],
  ['SubmitForm', SENDS_DATA],
  ['ImportData', SENDS_DATA],
  ['RichMediaExecute', MEDIA],
  ['Rendition', MEDIA],
  ['Movie', MEDIA],
  ['Sound', MEDIA],
]);

/** Annotation and stream kinds (`/Subtype`, `/Type`) that carry files or media. */
const REFUSED_KINDS = new Map([
  ['FileAttachment', EMBEDDED_FILE],
  ['EmbeddedFile', EMBEDDED_FILE],
  ['RichMedia', MEDIA],
  ['Screen', MEDIA],
  ['Movie', MEDIA],
  ['Sound', MEDIA],
  ['3D', MEDIA],
]);

/**
 * The same names written plainly anywhere in the file. A reader that follows the
 * cross-reference table may find objects a sequential parser skipped as damage,
 * so the raw bytes are searched too.
 */
const REFUSED_RAW_NAMES = /\/(JS|JavaScript|Launch|EmbeddedFiles?|RichMedia\w*|XFA)(?![\w#])/;

const names = (map: Map<string, string>) => new Map([...map].map(([name, what]) => [PDFName.of(name), what]));
const refusedKeys = names(REFUSED_KEYS);
const refusedActions = names(REFUSED_ACTIONS);
const refusedKinds = names(REFUSED_KINDS);
const ACTION_TYPE = PDFName.of('S');
const KIND_KEYS = [PDFName.of('Type'), PDFName.of('Subtype')];

/** pdf-lib's parser, keeping every version of every object: an incremental update may replace a hostile object that a reader would still open. */
class EveryObjectParser extends PDFParser {
  readonly everyObject: PDFObject[] = [];

  constructor(bytes: Uint8Array) {
    super(bytes, Infinity, true);
    const assign = this.context.assign.bind(this.context);
    this.context.assign = (ref: PDFRef, object: PDFObject) => {
      this.everyObject.push(object);
      assign(ref, object);
    };
  }
}

function refusalIn(object: PDFObject): string | undefined {
  if (object instanceof PDFRawStream) return refusalIn(object.dict);
  if (object instanceof PDFArray) {
    for (const element of object.asArray()) {
      const inElement = refusalIn(element);
      if (inElement) return inElement;
    }
    return undefined;
  }
  if (!(object instanceof PDFDict)) return undefined;
  const action = object.get(ACTION_TYPE);
  const refusal = (action instanceof PDFName && refusedActions.get(action)) || KIND_KEYS.map((key) => refusedKinds.get(object.get(key) as PDFName)).find(Boolean);
  if (refusal) return refusal;
  for (const [key, value] of object.entries()) {
    const inEntry = refusedKeys.get(key) ?? refusalIn(value);
    if (inEntry) return inEntry;
  }
  return undefined;
}

function pageCount(context: PDFContext): number {
  const catalog = context.lookup(context.trailerInfo.Root);
  const pages = catalog instanceof PDFDict ? catalog.lookup(PDFName.of('Pages')) : undefined;
  const count = pages instanceof PDFDict ? pages.lookup(PDFName.of('Count')) : undefined;
  return count instanceof PDFNumber ? count.asNumber() : 0;
}

/**
 * Why a PDF is refused as a letter, or null when it is a plain document: it must
 * parse whole, have pages, not be encrypted (its objects could not be read), and
 * hold no JavaScript, launch actions, embedded files, data-sending forms or media,
 * in any object, compressed object streams included.
 */
export async function pdfRefusal(bytes: Buffer): Promise<string | null> {
  const unreadable = 'The PDF could not be read; it may be damaged';
  const parser = new EveryObjectParser(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const context = await parser.parseDocument().catch(() => null);
  if (!context || pageCount(context) < 1) return unreadable;
  if (context.trailerInfo.Encrypt) return 'The PDF is password-protected or encrypted; attach an unprotected copy';
  const found = parser.everyObject.map(refusalIn).find(Boolean) ?? rawRefusal(bytes);
  return found ? `The PDF contains ${found}; attach a plain copy (print it to PDF or scan the letter)` : null;
}

function rawRefusal(bytes: Buffer): string | undefined {
  const name = REFUSED_RAW_NAMES.exec(bytes.toString('latin1'))?.[1];
  return name && (REFUSED_KEYS.get(name) ?? REFUSED_ACTIONS.get(name) ?? MEDIA);
}

/**
 * Checks a doctor's letter by its content, never by its name: a PDF that holds
 * nothing a reader could run, or a JPEG or PNG that decodes whole. Decoding
 * waits for its turn in the pool, so it may refuse with 503 when the server is busy.
 */
export async function checkClearanceLetter(upload: UploadedFile | undefined, decodes: DecodePool): Promise<LetterType> {
  const { file, type } = acceptedUpload(upload, LETTER_TYPES, { missing: 'Choose a file', unsupported: 'Attach the letter as a PDF, JPEG or PNG' });
  const refusal = await decodes.run(() => (type === 'application/pdf' ? pdfRefusal(file.buffer) : imageRefusal(file.buffer, type)));
  if (refusal) throw validationProblem([{ field: 'file', message: refusal }]);
  return type;
}

async function imageRefusal(bytes: Buffer, type: SniffedType): Promise<string | null> {
  try {
    await assertReadableImage(bytes, type);
    return null;
  } catch (error) {
    if (error instanceof UnreadableImageError) return 'The image could not be read; it may be damaged';
    throw error;
  }
}

/** A checked letter as stored, for the row that records it. */
export interface StoredLetter {
  documentKey: string;
  documentType: LetterType;
  documentName: string;
  documentSize: number;
}

/**
 * Checks a doctor's letter, stores it in `folder` and writes the row that records it;
 * the stored file is removed again when that write fails, so no letter is kept unrecorded.
 */
export async function storeClearanceLetter(
  upload: UploadedFile | undefined,
  files: { decodes: DecodePool; storage: FileStorage },
  folder: string,
  record: (letter: StoredLetter) => Promise<void>,
): Promise<void> {
  const type = await checkClearanceLetter(upload, files.decodes);
  const file = upload!;
  const documentKey = `${folder}/${crypto.randomUUID()}.${FILE_EXTENSIONS[type]}`;
  await files.storage.put(documentKey, file.buffer);
  try {
    await record({ documentKey, documentType: type, documentName: file.originalname.slice(0, 255) || `clearance.${FILE_EXTENSIONS[type]}`, documentSize: file.size });
  } catch (error) {
    await removeAll(files.storage, [documentKey]);
    throw error;
  }
}

/**
 * A stored letter read back for download: the read goes on the audit trail as
 * `entry` says, once the file has been found, so a missing file leaves no false trace.
 */
export async function readClearanceLetter(
  letter: { documentKey: string; documentType: string; documentName: string },
  files: { storage: FileStorage; audit: AuditService; database: AuditWriter },
  actor: Actor,
  entry: AuditEntry,
): Promise<{ bytes: Buffer; type: string; name: string }> {
  const bytes = await files.storage.read(letter.documentKey);
  await files.audit.record(files.database, actor, entry);
  return { bytes, type: letter.documentType, name: letter.documentName };
}
