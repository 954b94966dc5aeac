import { describe, expect, it } from "vitest";
import { refuseMalformedActionRequest } from "./action-request";

const actionPost = (body: BodyInit, contentType: string, action = true) =>
  new Request("http://localhost/barrierefreiheit", {
    method: "POST",
    headers: { ...(contentType ? { "content-type": contentType } : {}), ...(action ? { "next-action": "7f00" } : {}) },
    body,
  });

describe("refuseMalformedActionRequest", () => {
  it("lets through what the portal's own client and forms send", async () => {
    expect(
      await refuseMalformedActionRequest(
        actionPost('[{"profileId":"x"},"$undefined","$D2026-12-01T00:00:00.000Z","$$5"]', "text/plain;charset=UTF-8"),
      ),
    ).toBeNull();
    const form = new FormData();
    form.set("$ACTION_ID_7f00", "");
    form.set("message", "Hallo");
    const multipart = actionPost(form, "", false);
    expect(multipart.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    expect(await refuseMalformedActionRequest(multipart)).toBeNull();
    expect(await refuseMalformedActionRequest(actionPost("a=1&b=2", "application/x-www-form-urlencoded", false))).toBeNull();
    expect(await refuseMalformedActionRequest(new Request("http://localhost/", { method: "GET" }))).toBeNull();
  });

  it("refuses unreadable replies, references to missing parts, broken form data and other types", async () => {
    for (const body of ["kein JSON", '{"a":1}', '["$Q1"]', '[{"a":["$@2"]}]', '["$K1"]']) {
      expect(await refuseMalformedActionRequest(actionPost(body, "text/plain")), body).toMatchObject({ status: 400 });
    }
    expect(await refuseMalformedActionRequest(actionPost("--x\r\nkaputt", "multipart/form-data; boundary=x", false))).toMatchObject({
      status: 400,
    });
    expect(await refuseMalformedActionRequest(actionPost("[]", "application/json"))).toMatchObject({ status: 415 });
  });
});
