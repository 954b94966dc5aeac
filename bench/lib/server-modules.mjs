// @ts-check
/**
 * Lets the bench process import the portal's server code (lib/…) outside Next, as the tests do
 * (vitest.config.ts): `server-only` becomes an empty module and `next-intl/config` the request config
 * that Next's plugin would point it at. Registered with `tsx --import ./bench/lib/server-modules.mjs`.
 * (The "react-server" export condition, as scripts/users-invite.ts uses, does not fit here: the review
 * workflow's mails import next-intl's formatter, whose React entry needs the full React.)
 */
import { register } from "node:module";

const hooks = `
const empty = "data:text/javascript,export default {};";
const requestConfig = ${JSON.stringify(new URL("../../lib/i18n/request.ts", import.meta.url).href)};
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: empty, shortCircuit: true };
  if (specifier === "next-intl/config") return nextResolve(requestConfig, context);
  return nextResolve(specifier, context);
}
`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
