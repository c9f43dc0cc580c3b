import { PGlite } from '@electric-sql/pglite';
import { SCHEMA } from './schema.js';

export type Database = PGlite;

/**
 * Opens the embedded Postgres: in memory by default (a fresh demo on every start), or in
 * `dataDir` so claims, payments and feedback survive restarts.
 */
export async function openDatabase(dataDir?: string): Promise<Database> {
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  await db.exec(SCHEMA);
  return db;
}
