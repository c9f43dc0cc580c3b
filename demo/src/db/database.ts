import { PGlite } from '@electric-sql/pglite';
import { SCHEMA, SCHEMA_VERSION } from './schema.js';

export type Database = PGlite;

/**
 * Opens the embedded Postgres: in memory by default (a fresh demo on every start), or in
 * `dataDir` so claims, payments and feedback survive restarts.
 */
export async function openDatabase(dataDir?: string): Promise<Database> {
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  try {
    await checkSchemaVersion(db, dataDir);
    await db.exec(SCHEMA);
    await db.query('insert into demo_schema (version) values ($1) on conflict do nothing', [SCHEMA_VERSION]);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** A persisted database from an older demo would miss columns; say so instead of failing oddly later. */
async function checkSchemaVersion(db: Database, dataDir: string | undefined): Promise<void> {
  await db.exec('create table if not exists demo_schema (version integer primary key)');
  const { rows } = await db.query<{ version: number }>('select version from demo_schema');
  const found = rows[0]?.version;
  const hasClaims = (await db.query("select 1 from information_schema.tables where table_name = 'claims'")).rows.length > 0;
  if ((found !== undefined && found !== SCHEMA_VERSION) || (found === undefined && hasClaims)) {
    throw new Error(`The demo database in ${dataDir ?? 'memory'} was made by another version of the demo. Delete that folder (DEMO_DB_DIR) and start again.`);
  }
}
