// @ts-check
/**
 * The load generator, run as its own process (so that it does not share a core's event loop with
 * the orchestrator or the server): `node bench/lib/load-worker.mjs '<json>'` with
 * { url, paths: string[], connections, duration } runs autocannon against `url` (cycling through
 * `paths`) and prints one JSON line: requests/s, latency percentiles from every response, status counts.
 */
import autocannon from "autocannon";

const options = JSON.parse(process.argv[2] ?? "{}");
const { url, paths, connections, duration } = options;

let next = 0;
/** @type {number[]} */
const latencies = [];
/** @type {Record<string, number>} */
const statuses = {};

const instance = autocannon({
  url: paths.length === 1 ? new URL(paths[0], url).toString() : url,
  connections,
  duration,
  timeout: 30,
  // several paths: each request takes the next one (a rebuilt request costs the client a little)
  requests:
    paths.length === 1
      ? undefined
      : [
          {
            setupRequest: (request) => {
              const path = paths[next % paths.length];
              next += 1;
              return { ...request, path };
            },
          },
        ],
});

instance.on("response", (_client, statusCode, _bytes, responseTime) => {
  latencies.push(responseTime);
  statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
});

instance.on("done", (result) => {
  latencies.sort((a, b) => a - b);
  const at = (/** @type {number} */ p) =>
    latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] : null;
  process.stdout.write(
    JSON.stringify({
      requests: latencies.length,
      seconds: result.duration,
      requestsPerSecond: latencies.length / result.duration,
      bytesPerSecond: result.throughput.average,
      p50: at(0.5),
      p95: at(0.95),
      p99: at(0.99),
      max: latencies.at(-1) ?? null,
      statuses,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
    }) + "\n",
  );
});
