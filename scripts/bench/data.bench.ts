// Data ownership figures at 10,000 concepts / 100,000 attempts: export, import (after a wipe and
// as a no-op re-import), the .apkg and the CSV. Runs on fake-indexeddb (Node has no IndexedDB), so
// the database figures are an upper bound on the browser's, which has a native store.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import initSqlJs from 'sql.js';
import { buildAnkiPackage } from '@/lib/data/anki-export';
import { conceptsToCsv } from '@/lib/data/csv-export';
import { exportData, serializeExport } from '@/lib/db/export-data';
import { importData } from '@/lib/db/import-data';
import { RungDatabase } from '@/lib/db/schema';
import { seedTables } from '@/lib/db/seed-tables';
import { wipeDatabase } from '@/lib/db/wipe';
import { makeLearnerTables } from '@/tests/lib/data/learner-data';
import { countDerive } from '@/tests/lib/db/count-derive';

// Wall time and this process's CPU time: on a shared machine the CPU figure is the stable one.
async function timed<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const wall = performance.now() - start;
  process.stdout.write(
    `${label.padEnd(38)} ${wall.toFixed(0).padStart(7)} ms wall ${cpuMs.toFixed(0).padStart(7)} ms cpu\n`,
  );
  return result;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

export async function run(): Promise<void> {
  const size = { concepts: 10_000, attempts: 100_000 };
  process.stdout.write(`${size.concepts} concepts, ${size.attempts} attempts (fake-indexeddb)\n`);
  const db = new RungDatabase('rung-bench', { indexedDB: new IDBFactory(), IDBKeyRange });
  const tables = makeLearnerTables(size);
  await timed('seed (bulkAdd)', () => seedTables(db, tables, countDerive));
  const doc = await timed('export: read all tables', () => exportData(db, { now: Date.now(), settings: {} }));
  const text = await timed('export: JSON.stringify', () => serializeExport(doc));
  process.stdout.write(`export file size                        ${mb(Buffer.byteLength(text))}\n`);
  await timed('wipe', () => wipeDatabase(db));
  await timed('import into empty db', () => importData(db, text, { deriveMastery: countDerive }));
  await timed('import again (all duplicates)', () => importData(db, text, { deriveMastery: countDerive }));
  db.close();

  const SQL = await initSqlJs();
  const apkg = await timed('anki: build .apkg', () =>
    buildAnkiPackage(SQL, doc.tables.concepts, { now: Date.now() }),
  );
  process.stdout.write(`anki .apkg size                        ${mb(apkg.byteLength)}\n`);
  const csv = await timed('csv: concepts to CSV', () => conceptsToCsv(doc.tables.concepts));
  process.stdout.write(`csv size                               ${mb(Buffer.byteLength(csv))}\n`);
}
