import "server-only";
import { db } from "./db";
import { databaseReachable } from "./database-availability";

/** Whether the portal's database answers now (a `SELECT 1`, asked at most once a second). */
export function isDatabaseReachable(): Promise<boolean> {
  return databaseReachable(() => db.$queryRaw`SELECT 1`);
}
