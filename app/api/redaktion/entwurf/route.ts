import { defineJsonRoute } from "@/lib/actions/route-handler";
import { saveDraftInputSchema } from "@/lib/profiles/content-schema";
import { labelKeyOfPath } from "@/lib/profiles/fields";
import { saveWorkingVersion } from "@/lib/profiles/save-working-version";

/**
 * Autosave endpoint for the moment a page is left: browsers only let `fetch(…, { keepalive })`
 * or `sendBeacon` finish after the page is gone, which server actions cannot use. Same schema,
 * service and policy as the save action. keepalive bodies are limited to 64 KiB by browsers;
 * the cap leaves room for a long Steckbrief.
 */
export const POST = defineJsonRoute({
  name: "autosaveOnLeave",
  access: "signed-in",
  input: saveDraftInputSchema,
  labelKeyOf: labelKeyOfPath,
  maxBodyBytes: 256 * 1024,
  run: ({ actor, input }) => saveWorkingVersion({ actor, input }),
});
