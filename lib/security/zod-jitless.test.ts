import { describe, expect, it } from "vitest";

describe("zod's global configuration (instrumentation-client.ts sets `jitless` on it)", () => {
  it("is the object zod reads, whether it existed before zod loaded or not", async () => {
    const scope = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
    (scope.__zod_globalConfig ??= {}).jitless = true;
    const { config } = await import("zod/v4/core");
    expect(config()).toBe(scope.__zod_globalConfig);
    expect(config().jitless).toBe(true);
  });
});
