/**
 * The database time of a read function: runs it once while recording every statement it sends
 * through node-postgres (which Prisma's adapter uses), then runs EXPLAIN (ANALYZE, BUFFERS) on each
 * distinct statement with its own parameters. Works for any function of lib/public — pointing the
 * benchmark at another query is one line in bench/run.ts.
 */
import pg from "pg";

export interface CapturedQuery {
  text: string;
  values: unknown[];
}

export interface ExplainedQuery {
  sql: string;
  /** how often the function sent this statement (e.g. chunks of an IN list) */
  calls: number;
  planningMs: number;
  executionMs: number;
  rows: number;
  indexes: string[];
  seqScans: string[];
  sharedHitBlocks: number;
  sharedReadBlocks: number;
  plan: string;
}

export interface ExplainResult {
  /** wall time of the function itself (client, driver and database) */
  functionMs: number;
  /** sum of the statements' execution times, as EXPLAIN ANALYZE measured them (every call counted) */
  databaseMs: number;
  queries: ExplainedQuery[];
}

const IGNORED = /^\s*(BEGIN|COMMIT|ROLLBACK|SET|SHOW|DEALLOCATE|SAVEPOINT|RELEASE)\b/i;

/** Runs `read` and returns the statements it sent (text and parameter values). */
export async function captureQueries<T>(read: () => Promise<T>): Promise<{ result: T; queries: CapturedQuery[]; ms: number }> {
  const queries: CapturedQuery[] = [];
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function recordingQuery(this: unknown, ...args: unknown[]) {
    const [first, second] = args;
    if (typeof first === "string") queries.push({ text: first, values: Array.isArray(second) ? second : [] });
    else if (first && typeof first === "object" && "text" in first) {
      const config = first as { text: string; values?: unknown[] };
      queries.push({ text: config.text, values: config.values ?? (Array.isArray(second) ? second : []) });
    }
    return original.apply(this, args);
  };
  const started = performance.now();
  try {
    const result = await read();
    return { result, queries: queries.filter((query) => !IGNORED.test(query.text)), ms: performance.now() - started };
  } finally {
    prototype.query = original;
  }
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  Plans?: PlanNode[];
}

function walk(node: PlanNode, visit: (node: PlanNode) => void) {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

/** Runs `read`, then EXPLAIN (ANALYZE, BUFFERS) on every distinct statement it sent. */
export async function explainRead(databaseUrl: string, read: () => Promise<unknown>): Promise<ExplainResult> {
  await read(); // warm: connections open, caches filled — as on a running server
  const { queries, ms } = await captureQueries(read);
  const byText = new Map<string, { first: CapturedQuery; calls: number }>();
  for (const query of queries) {
    const entry = byText.get(query.text);
    if (entry) entry.calls += 1;
    else byText.set(query.text, { first: query, calls: 1 });
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // One transaction, as the read runs in one: a setting it makes for its transaction
    // (set_config(…, true), e.g. the search's enable_seqscan) holds for the statements after it here too.
    await client.query("BEGIN");
    const explained: ExplainedQuery[] = [];
    let databaseMs = 0;
    for (const { text, values } of queries) {
      // every call counts towards the database time; the details are kept for the first of each statement
      const json = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`, values);
      const [{ Plan: plan, "Planning Time": planningMs, "Execution Time": executionMs }] = json.rows[0]["QUERY PLAN"];
      databaseMs += planningMs + executionMs;
      const entry = byText.get(text);
      if (!entry || explained.some((query) => query.sql === text)) continue;
      const indexes = new Set<string>();
      const seqScans = new Set<string>();
      walk(plan, (node) => {
        if (node["Index Name"]) indexes.add(node["Index Name"]);
        if (node["Node Type"] === "Seq Scan" && node["Relation Name"]) seqScans.add(node["Relation Name"]);
      });
      const textPlan = await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${text}`, values);
      explained.push({
        sql: text,
        calls: entry.calls,
        planningMs,
        executionMs,
        rows: plan["Actual Rows"] ?? 0,
        indexes: [...indexes],
        seqScans: [...seqScans],
        sharedHitBlocks: plan["Shared Hit Blocks"] ?? 0,
        sharedReadBlocks: plan["Shared Read Blocks"] ?? 0,
        plan: textPlan.rows.map((row) => row["QUERY PLAN"]).join("\n"),
      });
    }
    await client.query("ROLLBACK");
    return { functionMs: ms, databaseMs, queries: explained };
  } finally {
    await client.end();
  }
}
