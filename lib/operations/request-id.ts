import { trustedProxyHops } from "@/lib/client-address";

/**
 * Every request gets an id (`X-Request-Id`): the proxy sets it on the request the app sees and on the
 * answer, the log writes it on every line of that request (lib/operations/log.ts), and an error shown to
 * a person names it, so that a report ("Vorgangsnummer 3f9c…") leads to the log lines.
 *
 * A load balancer in front may bring its own id; it is kept only when the portal trusts that proxy
 * (`TRUSTED_PROXY_HOPS`, as for client addresses) and it looks like an id — never a client's free text.
 */
export const REQUEST_ID_HEADER = "x-request-id";
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export function newRequestId(): string {
  return crypto.randomUUID();
}

/** The id for a request: the trusted proxy's, if it sent a well-formed one, else a new one. */
export function requestIdFor(headers: Headers, trustProxy = trustedProxyHops() > 0): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return trustProxy && given && REQUEST_ID.test(given) ? given : newRequestId();
}

/** The short form people read out and type ("Vorgangsnummer 3f9c2a1b"); the log holds the whole id. */
export function shortRequestId(requestId: string): string {
  return requestId.slice(0, 8);
}
