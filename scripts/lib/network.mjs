// @ts-check
/** Small network helpers shared by the test runner, the tests that start servers, and the benchmark. */
import { createServer } from "node:net";

/** A TCP port that is free on 127.0.0.1 right now (the OS picks it). */
export function freePort() {
  return /** @type {Promise<number>} */ (
    new Promise((resolvePort, reject) => {
      const server = createServer();
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => resolvePort(typeof address === "object" && address ? address.port : 0));
      });
    })
  );
}

/** Whether a Redis server answers PING at `url` (within two seconds, no reconnecting). */
export async function redisAnswers(url) {
  const { createClient } = await import("@redis/client");
  const client = createClient({ url, socket: { connectTimeout: 2000, reconnectStrategy: false } });
  client.on("error", () => {});
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    await client.close().catch(() => {});
  }
}
