import Database from 'better-sqlite3';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Db = Database.Database;

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Opens (creating if needed) the emulator's SQLite database and brings its schema up to date.
 * WAL with synchronous=FULL: a transaction is on disk before the request that made it is answered.
 */
export function openDatabase(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Hot index pages stay in memory: 64 MiB of page cache, and reads through a memory map instead
  // of a system call per page, over the whole file up to SQLite's largest map (just under 2 GiB):
  // a store with a long session history keeps its newest pages, the ones in use, in the map.
  db.pragma('cache_size = -65536');
  db.pragma('mmap_size = 2147418112');
  migrate(db);
  cacheStatements(db);
  return db;
}

const STATEMENT_CACHE_LIMIT = 1000;

/**
 * Makes `db.prepare` reuse compiled statements: SQLite compiles each distinct SQL text once.
 * A cached statement is handed out with pluck mode off, as a new one would be.
 */
export function cacheStatements(db: Db): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      if (cache.size >= STATEMENT_CACHE_LIMIT) cache.clear();
      statement = prepare(sql);
      cache.set(sql, statement);
    } else if (statement.reader) {
      statement.pluck(false);
    }
    return statement;
  }) as Db['prepare'];
}

interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({
      version: Number(f.slice(0, 3)),
      name: f,
      sql: readFileSync(join(dir, f), 'utf8'),
    }));
}

/** Applies every migration newer than the database's user_version, each in its own transaction. */
export function migrate(db: Db, migrations = listMigrations()): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  let applied = 0;
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied++;
  }
  return applied;
}
