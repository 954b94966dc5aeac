import { describe, expect, it } from "vitest";
import { getServerTranslator } from "./server-translator";

describe("getServerTranslator", () => {
  it("translates with values outside a request, in the default language", async () => {
    const t = await getServerTranslator();
    expect(t("Validation.tooLong", { max: 6000 })).toBe("Höchstens 6.000 Zeichen.");
    expect(t("Errors.internal", { requestId: "ab12cd34" })).toContain("ab12cd34");
  });
});
