import { describe, expect, it } from "vitest";
import { signInSchema } from "@/lib/auth/schema";
import { getServerTranslator } from "@/lib/i18n/server-translator";
import { failureMessageOf, fieldErrorsOf } from "./form-state";
import { validateOnClient } from "./validate-on-client";

describe("validateOnClient", () => {
  it("answers like the server action's invalid-input result, in the user's language", async () => {
    const t = await getServerTranslator("de");
    const result = validateOnClient(signInSchema, { email: "kein-at", password: "" }, t);
    expect(result).toEqual({
      ok: false,
      error: {
        code: "invalid-input",
        message: "Bitte prüfen Sie die markierten Angaben.",
        fieldErrors: {
          email: "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@kommune.de.",
          password: "Bitte geben Sie Ihr Passwort ein.",
        },
      },
    });
    expect(validateOnClient(signInSchema, { email: " A@B.de ", password: "x" }, t)).toEqual({
      ok: true,
      data: { email: "a@b.de", password: "x" },
    });
  });
});

describe("reading a result in a form", () => {
  const refusal = { ok: false as const, error: { code: "self-demote" as const, message: "Nicht die eigene Rolle." } };
  const invalid = {
    ok: false as const,
    error: { code: "invalid-input" as const, message: "Bitte prüfen.", fieldErrors: { id: "ungültig" } },
  };

  it("gives the field messages, and the failure's message where no shown field carries one", () => {
    expect(fieldErrorsOf(null)).toEqual({});
    expect(fieldErrorsOf({ ok: true, data: 1 })).toEqual({});
    expect(fieldErrorsOf(invalid)).toEqual({ id: "ungültig" });
    expect(failureMessageOf(refusal)).toBe("Nicht die eigene Rolle.");
    expect(failureMessageOf(invalid)).toBeNull();
    // A form without an "id" field must still say something.
    expect(failureMessageOf(invalid, ["name"])).toBe("Bitte prüfen.");
    expect(failureMessageOf({ ok: true, data: 1 })).toBeNull();
  });
});
