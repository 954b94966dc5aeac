// Driver adapter for the wasm schema engine: `@prisma/adapter-pg` plus the
// fixes the schema engine needs that the query-oriented adapter lacks.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum, DriverAdapterError } from "@prisma/driver-adapter-utils";

/**
 * Discrete connection settings for `pg` (other Prisma URL parameters such as
 * `connection_limit` are ignored by pg) and the Prisma-only `?schema=`, which
 * adapter-pg takes as an option and reports to the engine.
 */
export function parseUrl(url) {
  const { schema, ...config } = parseIntoClientConfig(url);
  return { config, schema: schema || undefined };
}

export const describeServer = ({ host, port }) => `${host ?? "localhost"}:${port ?? 5432}`;

// ---------------------------------------------------------------------------
// Problem: adapter-pg 7.10.1 rejects PostgreSQL's internal `"char"` type
// (OID 18), which the engine's catalog queries return (pg_constraint.contype,
// pg_class.relkind, ...): "Column type 'char' could not be deserialized from
// the database". Below the adapter we relabel such result columns as `text`,
// so adapter-pg accepts them, and remember which ones they were: the engine
// must get them back as ColumnType Character (as plain text it panics while
// reading CHECK constraints), which `withCharColumns` restores above the
// adapter. The marker travels on the rows array, which adapter-pg passes
// through unchanged. (`name`, OID 19, is already mapped to text by 7.10.1.)
const PG_CHAR = 18;
const PG_TEXT = 25;
const CHAR_COLUMNS = Symbol("charColumns");

function relabelCatalogTypes(result) {
  for (const res of Array.isArray(result) ? result : [result]) {
    const charColumns = [];
    res?.fields?.forEach((field, i) => {
      if (field.dataTypeID !== PG_CHAR) return;
      field.dataTypeID = PG_TEXT;
      charColumns.push(i);
    });
    if (charColumns.length > 0 && Array.isArray(res.rows)) {
      Object.defineProperty(res.rows, CHAR_COLUMNS, { value: charColumns });
    }
  }
  return result;
}

class CatalogTolerantClient extends pg.Client {
  query(config, values, callback) {
    if (typeof values === "function") [values, callback] = [undefined, values];
    // Streaming "submittables" (cursors) carry their own result handling.
    if (typeof config?.submit === "function") return super.query(config, values, callback);
    const promise = super.query(config, values).then(relabelCatalogTypes);
    if (!callback) return promise;
    promise.then(
      (res) => callback(null, res),
      (err) => callback(err),
    );
  }
}

function withCharColumns(queryable) {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of result.rows[CHAR_COLUMNS] ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

/** Connects adapter-pg to one database, with all fixes applied. */
async function connectAdapter({ config, schema }) {
  // Problem: adapter-pg only reports `schema` to the engine, but migration
  // scripts use unqualified names, so like the native engine we make it the
  // connection's search_path (a startup option of every pooled connection).
  if (schema) config = { ...config, options: `${config.options ?? ""} -c search_path=${schema}`.trim() };
  const factory = new PrismaPg({ ...config, Client: CatalogTolerantClient }, schema ? { schema } : undefined);
  const adapter = withCharColumns(await factory.connect());
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => withCharColumns(await startTransaction(...args));
  // Problem: adapter-pg's executeScript splits the script on every `;`, which
  // breaks `$$ ... $$` function bodies and string literals containing `;`.
  // Send the script whole instead: without parameters node-postgres uses the
  // simple query protocol, which runs multiple statements (as the native
  // engine does), and executeRaw maps errors like every other query.
  adapter.executeScript = async (script) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  return adapter;
}

/** Runs `fn` with a short-lived plain client, outside any adapter's pool. */
async function withClient(config, fn) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// The engine shows only an id for plain JS errors thrown by an adapter
// ("External error id#0"); errors of kind "postgres" come with their message.
const adapterError = (message) =>
  new DriverAdapterError({
    kind: "postgres",
    code: "55000",
    severity: "ERROR",
    message,
    detail: undefined,
    column: undefined,
    hint: undefined,
  });

const quoteIdent = (name) => `"${String(name).replaceAll('"', '""')}"`;

// Drops everything a previous run left in a configured shadow database, like
// the native engine does before replaying migrations into it.
const WIPE_SHADOW_DB = `DO $wipe$
DECLARE s text;
BEGIN
  FOR s IN SELECT nspname FROM pg_namespace
           WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
  CREATE SCHEMA public;
END $wipe$;`;

// Problem: SchemaEngine.new() already queries the database (schema exists?
// server version?), so without a reachable database even requests that need
// none fail, e.g. `migrate diff --from-empty --to-schema ...` with the
// placeholder URL prisma.config.ts uses when DATABASE_URL is unset. This
// adapter answers only that probe (as PostgreSQL 15, the version this project
// targets) and refuses everything else.
const PROBE_RESULT = {
  columnNames: ["exists", "version", "numeric_version"],
  columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
  rows: [[true, "PostgreSQL 15 (no database connected)", 150000]],
};

function offlineAdapter(reason) {
  const fail = async () => {
    throw adapterError(reason);
  };
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    queryRaw: async (query) => (query.sql.includes("server_version_num") ? PROBE_RESULT : fail()),
    executeRaw: fail,
    executeScript: fail,
    startTransaction: fail,
    dispose: async () => {},
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
  };
}

export function createOfflineAdapterFactory(reason) {
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => offlineAdapter(reason),
    connectToShadowDb: async () => offlineAdapter(reason),
  };
}

// Which database a connection really reaches: PGlite serves one database
// whatever the URL names, and one server can be reached under several names.
// (Every PGlite instance gets its own system identifier.)
const IDENTITY_SQL = "SELECT (SELECT system_identifier FROM pg_control_system())::text || '/' || current_database()";

/**
 * The factory handed to `SchemaEngine.new` (which wraps it with
 * bindMigrationAwareSqlAdapterFactory) for a database at `url`.
 */
export function createAdapterFactory({ url, shadowDatabaseUrl }) {
  const main = parseUrl(url);
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => connectAdapter(main),

    // Problem: adapter-pg's connectToShadowDb() passes the connection string
    // plus `database` to pg, where the URL wins, so it connects to the *main*
    // database; and it drops the shadow database before closing its pool,
    // which fails. Hence our own: discrete connection fields, a temporary
    // database dropped after the pool is closed, or the configured one wiped.
    async connectToShadowDb() {
      const { config, schema } = main;
      let adapter;
      if (shadowDatabaseUrl) {
        adapter = await connectAdapter(parseUrl(shadowDatabaseUrl));
      } else {
        const database = `prisma_migrate_shadow_db_${randomUUID()}`;
        await withClient(config, (c) => c.query(`CREATE DATABASE ${quoteIdent(database)}`)).catch((err) => {
          throw adapterError(
            `Prisma Migrate could not create the shadow database (${err.message}). Make sure the database user may create databases, ` +
              "or configure a shadow database: datasource.shadowDatabaseUrl (SHADOW_DATABASE_URL). See https://pris.ly/d/migrate-shadow",
          );
        });
        adapter = await connectAdapter({ config: { ...config, database }, schema });
        const dispose = adapter.dispose.bind(adapter);
        adapter.dispose = async () => {
          await dispose();
          // FORCE (PostgreSQL 13+): a just-closed backend may still be exiting.
          await withClient(config, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`));
        };
      }
      // Never replay migrations into (or wipe) the main database. Problem:
      // PGlite accepts CREATE DATABASE but then serves every connection its
      // one database, so a temporary "shadow" would be the main database.
      const shadowIdentity = (await adapter.queryRaw({ sql: IDENTITY_SQL, args: [], argTypes: [] })).rows[0][0];
      const mainIdentity = (await withClient(config, (c) => c.query({ text: IDENTITY_SQL, rowMode: "array" }))).rows[0][0];
      if (shadowIdentity === mainIdentity) {
        await adapter.dispose();
        throw adapterError(
          shadowDatabaseUrl
            ? "The shadow database URL reaches the main database; refusing to use it as shadow database."
            : `The database server at \`${describeServer(config)}\` serves a single database (PGlite?), so no temporary shadow database can be used. ` +
                "Configure a separate, disposable one: datasource.shadowDatabaseUrl (SHADOW_DATABASE_URL).",
        );
      }
      if (shadowDatabaseUrl) await adapter.executeScript(WIPE_SHADOW_DB);
      return adapter;
    },
  };
}

// ---------------------------------------------------------------------------
// `cli can-connect-to-database` / `create-database`: answered with plain pg,
// errors carrying the native engine's codes (the CLI creates the database on
// P1003 during `migrate dev` / `db push`).
// ---------------------------------------------------------------------------
const userFacing = (code, message) => Object.assign(new Error(message), { code });

function toUserFacing(err, config) {
  const server = describeServer(config);
  if (err.code === "3D000") {
    return userFacing("P1003", `Database \`${config.database}\` does not exist on the database server at \`${server}\`.`);
  }
  if (["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ETIMEDOUT"].includes(err.code)) {
    return userFacing(
      "P1001",
      `Can't reach database server at \`${server}\`\n\nPlease make sure your database server is running at \`${server}\`.`,
    );
  }
  if (err.code === "28P01" || err.code === "28000") {
    return userFacing(
      "P1000",
      `Authentication failed against database server at \`${server}\`, the provided database credentials for \`${config.user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${server}\`.`,
    );
  }
  if (err.code === "42P04") {
    return userFacing("P1009", `Database \`${config.database}\` already exists on the database server at \`${server}\``);
  }
  return err;
}

export async function canConnect(url) {
  const { config } = parseUrl(url);
  try {
    await withClient(config, (c) => c.query("SELECT 1"));
  } catch (err) {
    throw toUserFacing(err, config);
  }
}

export async function createDatabase(url) {
  const { config } = parseUrl(url);
  // Like the native engine: issue CREATE DATABASE from the maintenance database.
  try {
    await withClient({ ...config, database: "postgres" }, (c) => c.query(`CREATE DATABASE ${quoteIdent(config.database)}`));
  } catch (err) {
    throw toUserFacing(err, config);
  }
  return config.database;
}
