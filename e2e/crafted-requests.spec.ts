import { expect, test } from "@playwright/test";

/**
 * Crafted requests get a clear 4xx, never a 500 (issue 14, finding 9): methods no page answers, and a
 * server action posted from another site (Next's own refusal of it used to surface as an internal error).
 */
test("eine unbekannte Methode und eine fremde Server-Aktion werden mit 405 und 403 abgelehnt", async ({ request }) => {
  // TRACE never reaches the portal's code: Node's fetch Request, which Next builds first, refuses the method
  // (a 500 from Next itself); the reverse proxy in front filters it (docs: deployment). Other methods do reach it.
  for (const method of ["PUT", "DELETE", "PATCH"]) {
    const response = await request.fetch("/steckbriefe", { method });
    expect(response.status(), method).toBe(405);
    expect(response.headers()["allow"]).toContain("GET");
  }

  const foreign = await request.post("/anmelden", {
    headers: {
      "next-action": "0123456789abcdef0123456789abcdef01234567",
      origin: "https://angreifer.example",
      "content-type": "text/plain",
    },
    data: "[]",
  });
  expect(foreign.status()).toBe(403);
  expect(await foreign.text()).toContain("nicht von dieser Website");

  // The portal's own pages still answer.
  expect((await request.get("/steckbriefe")).status()).toBe(200);
  expect((await request.head("/")).status()).toBe(200);
});
