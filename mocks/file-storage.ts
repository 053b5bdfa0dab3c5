import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { MockStorage } from './store';

/**
 * The mock's storage in a file (the HTTP server's state, kept across restarts): one JSON object of
 * keys to values. Read on every request, so two servers on one file stay in step; written
 * atomically (a temporary file renamed over it).
 */
export function fileStorage(file: string): MockStorage {
  const read = (): Record<string, string> => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  };
  const write = (items: Record<string, string>) => {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(items));
    renameSync(tmp, file);
  };
  return {
    getItem: (key) => read()[key] ?? null,
    setItem: (key, value) => write({ ...read(), [key]: value }),
    removeItem: (key) => {
      const items = read();
      delete items[key];
      if (Object.keys(items).length) write(items);
      else rmSync(file, { force: true });
    },
  };
}
