import { describe, expect, it } from "vitest";
import { databaseReachable, isDatabaseUnavailable, noteDatabaseUnavailable } from "./database-availability";

describe("isDatabaseUnavailable", () => {
  it("recognises a refused connection inside an error of Prisma or its driver adapter", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const prisma = Object.assign(new Error("Invalid `prisma.profile.findUnique()` invocation"), {
      clientVersion: "7.10.1",
      cause: refused,
    });
    expect(isDatabaseUnavailable(prisma)).toBe(true);
    const adapter = Object.assign(new Error("DriverAdapterError"), { cause: { kind: "DatabaseNotReachable", host: "127.0.0.1" } });
    expect(isDatabaseUnavailable(new Error("Invalid `db.profile.findMany()` invocation", { cause: adapter }))).toBe(true);
    expect(isDatabaseUnavailable({ code: "P1001", message: "Can't reach database server" })).toBe(true);
  });

  it("recognises a server that shuts down or starts up", () => {
    expect(isDatabaseUnavailable({ code: "57P01", message: "terminating connection due to administrator command" })).toBe(true);
    expect(isDatabaseUnavailable({ code: "57P03", message: "the database system is starting up" })).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([{ code: "57P01" }]))).toBe(true);
  });

  it("does not take a refused connection to the mail server or Redis for a database outage", () => {
    const smtp = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:25"), { code: "ECONNREFUSED", command: "CONN" });
    expect(isDatabaseUnavailable(smtp)).toBe(false);
    expect(isDatabaseUnavailable(new Error("sending failed", { cause: smtp }))).toBe(false);
    expect(isDatabaseUnavailable(new AggregateError([{ code: "ECONNRESET" }]))).toBe(false);
  });

  it("leaves every other error a bug", () => {
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable({ code: "23505", message: "duplicate key value violates unique constraint" })).toBe(false);
    expect(isDatabaseUnavailable({ code: "P2002" })).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });

  it("does not loop on an error that wraps itself", () => {
    const error = new Error("odd") as Error & { cause?: unknown };
    error.cause = error;
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe("databaseReachable", () => {
  it("probes at most once a second, shares one probe, and sees the recovery", async () => {
    let time = 1_000_000;
    const now = () => time;
    let probes = 0;
    let up = false;
    const probe = async () => {
      probes += 1;
      if (!up) throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    };
    noteDatabaseUnavailable(); // what a failed query reports
    time = Date.now() + 10_000; // past the noted failure
    expect(await Promise.all([databaseReachable(probe, now), databaseReachable(probe, now)])).toEqual([false, false]);
    expect(probes).toBe(1);
    up = true;
    time += 500;
    expect(await databaseReachable(probe, now)).toBe(false); // trusted for a second
    time += 600;
    expect(await databaseReachable(probe, now)).toBe(true);
    expect(probes).toBe(2);
  });

  it("counts a probe that hangs as unreachable", async () => {
    const time = Date.now() + 100_000;
    const hanging = () => new Promise(() => undefined);
    const started = Date.now();
    expect(await databaseReachable(hanging, () => time)).toBe(false);
    expect(Date.now() - started).toBeLessThan(5000);
  }, 10_000);
});
