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

test("eine Server-Aktion mit beschädigtem Inhalt wird mit 400 oder 415 abgelehnt, mit passenden Argumenten beantwortet", async ({
  page,
  request,
  baseURL,
}) => {
  // The accessibility feedback form: a public form action, its id read from the page as the browser would.
  await page.goto("/barrierefreiheit");
  const reference = await page.locator('input[name^="$ACTION_"][name$=":0"]').first().getAttribute("value");
  const actionId = (JSON.parse(reference!) as { id: string }).id;
  const post = (data: string, contentType: string, headers: Record<string, string> = { "next-action": actionId }) =>
    request.post("/barrierefreiheit", { headers: { origin: baseURL!, "content-type": contentType, ...headers }, data });

  // Not JSON, not the array the client sends, or references to parts only a multipart body carries.
  for (const body of ["kein JSON", '{"a":', '"nur ein Text"', '["$Q1"]', '[{"x":["$@2"]}]']) {
    const response = await post(body, "text/plain;charset=UTF-8");
    expect(response.status(), body).toBe(400);
    expect(await response.text()).toContain("beschädigt");
  }
  const broken = await post("--grenze\r\nkaputt", "multipart/form-data; boundary=grenze", {});
  expect(broken.status()).toBe(400);
  expect((await post("[]", "application/json")).status()).toBe(415);

  // Readable, but not what the form sends (no form data): the action's boundary refuses it, no 500.
  for (const body of ["[1,2,3]", "[]", '["$$ein Dollar", "$D2026-12-01T00:00:00.000Z"]']) {
    const response = await post(body, "text/plain;charset=UTF-8");
    expect(response.status(), body).toBe(200);
    expect(await response.text(), body).toContain("invalid-input");
  }
});
