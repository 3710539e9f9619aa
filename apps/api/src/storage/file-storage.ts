import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where uploaded files (photos, clearance letters) live: outside the database,
 * behind one interface so that a clinic can move them to object storage.
 */
export interface FileStorage {
  put: (key: string, bytes: Buffer) => Promise<void>;
  read: (key: string) => Promise<Buffer>;
  /** For undoing a write whose database record could not be saved. */
  remove: (key: string) => Promise<void>;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');

/** Keys are slash-separated paths of safe characters; nothing can climb out of the root. */
export function isSafeKey(key: string): boolean {
  return /^[a-z0-9-]+(\/[a-z0-9.-]+)*$/i.test(key) && !key.split('/').includes('..');
}

function assertSafeKey(key: string): void {
  if (!isSafeKey(key)) throw new Error(`Unsafe storage key: ${key}`);
}

export class LocalFileStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    // Written under a temporary name, then renamed: a reader never sees half a file.
    const temporary = `${target}.${randomUUID()}.partial`;
    await fs.writeFile(temporary, bytes, { mode: 0o600 });
    await fs.rename(temporary, target);
  }

  read(key: string): Promise<Buffer> {
    return fs.readFile(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    assertSafeKey(key);
    return path.join(this.root, key);
  }
}

/** Stores every file of one upload, or none: a failure removes what was already written. */
export async function putAll(storage: FileStorage, files: { key: string; bytes: Buffer }[]): Promise<void> {
  const written: string[] = [];
  try {
    for (const file of files) {
      await storage.put(file.key, file.bytes);
      written.push(file.key);
    }
  } catch (error) {
    await removeAll(storage, written);
    throw error;
  }
}

export async function removeAll(storage: FileStorage, keys: string[]): Promise<void> {
  await Promise.all(keys.map((key) => storage.remove(key).catch(() => undefined)));
}
