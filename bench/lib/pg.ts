// Throwaway PostgreSQL databases for the benchmarks, on the local server (trust auth).
import pg from 'pg';

export const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** True when the PostgreSQL server answers. */
export async function postgresAvailable(): Promise<boolean> {
  try {
    await withAdmin((c) => c.query('select 1'));
    return true;
  } catch {
    return false;
  }
}

export async function postgresVersion(): Promise<string | null> {
  try {
    return await withAdmin(async (c) => (await c.query<{ server_version: string }>('show server_version')).rows[0]!.server_version);
  } catch {
    return null;
  }
}

const created = new Set<string>();

/** Creates an empty database and returns its URL. */
export async function createDatabase(name: string): Promise<string> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
  await withAdmin((c) => c.query(`create database "${name}"`));
  created.add(name);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((c) => c.query(`drop database if exists "${name}" with (force)`));
  created.delete(name);
}

/** Drops every database this process created and has not dropped yet. */
export async function dropAllCreated(): Promise<void> {
  for (const name of [...created]) await dropDatabase(name).catch(() => undefined);
}
