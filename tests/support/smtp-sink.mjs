// An SMTP server that keeps every mail it receives in memory, for tests.
//
// In-process (vitest):   const sink = await startSmtpSink();  process.env.SMTP_URL = sink.smtpUrl;
// As a script (Playwright webServer):   node tests/support/smtp-sink.mjs
//   SMTP on 127.0.0.1:$SMTP_SINK_PORT (default 2525), JSON API on 127.0.0.1:$SMTP_SINK_HTTP_PORT
//   (default 2526): GET /messages[?to=address] lists the mails, DELETE /messages forgets them.
//
// Plain ESM JavaScript so that `node` runs it without a build step. No authentication and no TLS:
// it listens on 127.0.0.1 only and is never part of the portal.

import { createServer } from "node:http";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * @typedef {{ to: string; from: string; subject: string; text: string; receivedAt: Date }} SinkMessage
 */

/**
 * @param {{ smtpPort?: number; httpPort?: number }} [options]
 */
export async function startSmtpSink({ smtpPort = 0, httpPort } = {}) {
  /** @type {SinkMessage[]} */
  const messages = [];
  /** @type {Set<{ predicate: (message: SinkMessage) => boolean; resolve: (message: SinkMessage) => void }>} */
  const waiters = new Set();

  function receive(/** @type {SinkMessage} */ message) {
    messages.push(message);
    for (const waiter of waiters) {
      if (waiter.predicate(message)) {
        waiters.delete(waiter);
        waiter.resolve(message);
      }
    }
  }

  const smtp = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    // The client is always local; a reverse DNS lookup per connection only adds delay.
    disableReverseLookup: true,
    banner: "smtp-sink",
    size: 10 * 1024 * 1024,
    // Clients (nodemailer) say QUIT after each mail; do not make stop() wait the default 30 s for
    // one that does not.
    closeTimeout: 500,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          receive({
            // The envelope says who the mail was actually delivered to (the To header could say anything).
            to: session.envelope.rcptTo.map((recipient) => recipient.address).join(", "),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            receivedAt: new Date(),
          });
          callback();
        })
        .catch((error) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });

  await new Promise((resolvePromise, reject) => {
    smtp.server.once("error", reject);
    smtp.listen(smtpPort, "127.0.0.1", () => {
      smtp.server.off("error", reject);
      resolvePromise(undefined);
    });
  });
  const smtpAddress = smtp.server.address();
  const boundSmtpPort = typeof smtpAddress === "object" && smtpAddress ? smtpAddress.port : smtpPort;

  /** @type {import("node:http").Server | undefined} */
  let http;
  if (httpPort !== undefined) {
    http = createServer((request, response) => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      if (url.pathname !== "/messages") {
        response.writeHead(404, { "content-type": "application/json" }).end('{"error":"not found"}');
        return;
      }
      if (request.method === "GET") {
        const to = url.searchParams.get("to")?.toLowerCase();
        const selected = to ? messages.filter((message) => message.to.toLowerCase().includes(to)) : messages;
        response.writeHead(200, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
        response.end(JSON.stringify(selected));
        return;
      }
      if (request.method === "DELETE") {
        messages.length = 0;
        response.writeHead(204).end();
        return;
      }
      response.writeHead(405, { allow: "GET, DELETE", "content-type": "application/json" });
      response.end('{"error":"method not allowed"}');
    });
    const server = http;
    try {
      await new Promise((resolvePromise, reject) => {
        server.once("error", reject);
        server.listen(httpPort, "127.0.0.1", () => {
          server.off("error", reject);
          resolvePromise(undefined);
        });
      });
    } catch (error) {
      await new Promise((resolvePromise) => smtp.close(() => resolvePromise(undefined)));
      throw error;
    }
  }
  const httpAddress = http?.address();
  const boundHttpPort = typeof httpAddress === "object" && httpAddress ? httpAddress.port : undefined;

  return {
    smtpUrl: `smtp://127.0.0.1:${boundSmtpPort}`,
    smtpPort: boundSmtpPort,
    httpUrl: boundHttpPort === undefined ? undefined : `http://127.0.0.1:${boundHttpPort}`,
    messages,

    /**
     * The first mail, already received or still to come, for which `predicate` is true.
     * @param {(message: SinkMessage) => boolean} [predicate]
     * @param {number} [timeoutMs]
     * @returns {Promise<SinkMessage>}
     */
    waitForMail(predicate = () => true, timeoutMs = 5000) {
      const found = messages.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolvePromise, reject) => {
        const waiter = {
          predicate,
          resolve: (/** @type {SinkMessage} */ message) => {
            clearTimeout(timer);
            resolvePromise(message);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          const received = messages.map((message) => `${message.to}: ${message.subject}`).join("; ") || "keine";
          reject(new Error(`Keine passende E-Mail nach ${timeoutMs} ms (erhalten: ${received}).`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },

    clear() {
      messages.length = 0;
    },

    async stop() {
      const closing = [new Promise((resolvePromise) => smtp.close(() => resolvePromise(undefined)))];
      if (http) {
        const server = http;
        closing.push(
          new Promise((resolvePromise) => {
            server.close(() => resolvePromise(undefined));
            server.closeAllConnections();
          }),
        );
      }
      await Promise.all(closing);
    },
  };
}

// Run as a script: `node tests/support/smtp-sink.mjs`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sink = await startSmtpSink({
    smtpPort: Number(process.env.SMTP_SINK_PORT ?? 2525),
    httpPort: Number(process.env.SMTP_SINK_HTTP_PORT ?? 2526),
  });
  console.log(`SMTP-Sink: ${sink.smtpUrl}, empfangene E-Mails unter ${sink.httpUrl}/messages`);
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    sink.stop().then(() => process.exit(0));
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}
