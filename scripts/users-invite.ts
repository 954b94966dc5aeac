/**
 * `npm run users:invite -- --email <address> --role admin|reviewer|editor [--municipality <slug> …]`
 *
 * Creates an invitation and prints its link (and mails it when SMTP_URL is set) — the way to
 * the first admin of a fresh production database. Shell access to the server is the
 * authorization here; the web UI goes through the policy (lib/accounts/invitations.ts).
 * Runs with the "react-server" export condition so that server-only modules can be imported.
 */
import { parseArgs } from "node:util";
import { createInvitation } from "@/lib/accounts/invitations";
import { invitationSchema } from "@/lib/accounts/invitation-schema";
import { db } from "@/lib/db";
import { fieldErrorRefs } from "@/lib/forms/field-errors";
import { getServerTranslator } from "@/lib/i18n/server-translator";
import { translateFieldErrors } from "@/lib/i18n/translate";
import { loadEnvFiles } from "./lib/load-env.mjs";

loadEnvFiles(); // the database is opened on first use, below

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string", default: "editor" },
    municipality: { type: "string", multiple: true, default: [] },
  },
});

async function main() {
  const slugs = values.municipality ?? [];
  const municipalities = await db.municipality.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const missing = slugs.filter((slug) => !municipalities.some((municipality) => municipality.slug === slug));
  if (missing.length) throw new Error(`Unbekannte Kommune(n): ${missing.join(", ")}`);
  const parsed = invitationSchema.safeParse({
    email: values.email ?? "",
    role: (values.role ?? "").toUpperCase(),
    municipalityIds: municipalities.map((municipality) => municipality.id),
  });
  if (!parsed.success) {
    const messages = translateFieldErrors(await getServerTranslator(), fieldErrorRefs(parsed.error));
    throw new Error(
      Object.entries(messages)
        .map(([field, message]) => `${field}: ${message}`)
        .join("\n"),
    );
  }
  const invitation = await createInvitation({ input: parsed.data, createdById: null });
  console.log(`Einladung für ${parsed.data.email} (${parsed.data.role}) angelegt, gültig bis ${invitation.expiresAt.toISOString()}.`);
  console.log(
    {
      sent: "Die E-Mail wurde versendet. Link:",
      outbox: "Kein SMTP_URL gesetzt – die E-Mail liegt im Postausgang. Link:",
      failed: "Die E-Mail konnte nicht versendet werden (siehe Postausgang). Link:",
    }[invitation.delivery],
  );
  console.log(invitation.inviteUrl);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
