/**
 * The client a limit counts for, from X-Forwarded-For. Next fills the header with the connection's
 * address when the client sent none; behind TRUSTED_PROXY_HOPS proxies (each appending one address)
 * the address the first trusted proxy saw is taken. Without such a proxy the header is whatever the
 * client wrote.
 */

function forwardedAddresses(headers: Headers): string[] {
  return (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** How many proxies in front of the app are trusted (TRUSTED_PROXY_HOPS); 0 when none is configured. */
export function trustedProxyHops(): number {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isSafeInteger(hops) && hops > 0 ? hops : 0;
}

/**
 * The client's address as a trusted proxy saw it, or null when no proxy is configured (or the chain is
 * shorter than configured): then any address could be forged, and a limit per address would let an
 * attacker lock out whomever they name — so such limits apply only behind a configured proxy.
 */
export function trustedClientAddress(headers: Headers): string | null {
  const hops = trustedProxyHops();
  const forwarded = forwardedAddresses(headers);
  return hops > 0 && forwarded.length >= hops ? forwarded[forwarded.length - hops]! : null;
}

/**
 * A key per client for soft limits (the API's): the trusted address where there is one, else the first
 * forwarded address — without a proxy a client can spread its requests over several counters; such a
 * limit is a brake for well-meaning scripts, not a defence.
 */
export function clientKey(headers: Headers): string {
  return trustedClientAddress(headers) ?? forwardedAddresses(headers)[0] ?? "unknown";
}
