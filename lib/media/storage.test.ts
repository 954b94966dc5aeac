import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { InvalidMediaKeyError, LocalFileStorage, isMediaKey, newMediaKey } from "./storage";

let sandbox: string;
let root: string;
let storage: LocalFileStorage;

beforeEach(async () => {
  sandbox = await mkdtemp(path.join(tmpdir(), "media-storage-"));
  root = path.join(sandbox, "media");
  storage = new LocalFileStorage(root);
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(sandbox, { recursive: true, force: true });
});

describe("LocalFileStorage", () => {
  it("stores, reads and deletes a file, with the content type of its key", async () => {
    const key = newMediaKey("webp");
    const data = Buffer.from("RIFF....WEBP");

    expect(await storage.get(key)).toBeNull();
    await storage.put(key, data, "image/webp");
    expect(await storage.get(key)).toEqual({ data, contentType: "image/webp" });
    // No temporary files are left behind.
    expect(await readdir(root)).toEqual([key]);

    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    // Deleting twice is fine.
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("replaces a file stored under the same key", async () => {
    const key = newMediaKey("pdf");
    await storage.put(key, Buffer.from("%PDF-1.7 alt"), "application/pdf");
    await storage.put(key, Buffer.from("%PDF-1.7 neu"), "application/pdf");
    expect((await storage.get(key))?.data.toString()).toBe("%PDF-1.7 neu");
    expect(await readdir(root)).toEqual([key]);
  });

  it("refuses a content type that does not match the key", async () => {
    await expect(storage.put(newMediaKey("png"), Buffer.from("x"), "text/html")).rejects.toThrow(/does not match/);
    await expect(storage.put(newMediaKey("jpg"), Buffer.from("x"), "image/png")).rejects.toThrow(/does not match/);
  });

  const invalidKeys = ["../x.pdf", "a/b.png", "..\\x.pdf", "/etc/passwd.png", ".tmp-x.pdf", "X.PDF", "bild.svg"];
  it.each([...invalidKeys, "x.pdf\0.png", "", "..pdf", "%2e%2e%2fx.pdf"])("rejects the key %j", async (key) => {
    expect(isMediaKey(key)).toBe(false);
    await expect(storage.put(key, Buffer.from("x"), "application/pdf")).rejects.toBeInstanceOf(InvalidMediaKeyError);
    await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidMediaKeyError);
    expect(await storage.get(key)).toBeNull();
  });

  it("never writes outside its folder", async () => {
    await expect(storage.put("../x.pdf", Buffer.from("%PDF-1.7"), "application/pdf")).rejects.toThrow();
    await expect(stat(path.join(sandbox, "x.pdf"))).rejects.toMatchObject({ code: "ENOENT" });
  });
});

describe("newMediaKey", () => {
  it("makes unique, valid keys", () => {
    const keys = new Set(Array.from({ length: 100 }, () => newMediaKey("jpg")));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f-]{36}\.jpg$/);
    for (const key of keys) expect(isMediaKey(key)).toBe(true);
  });

  it("refuses other extensions", () => {
    // @ts-expect-error: not a media extension
    expect(() => newMediaKey("html")).toThrow();
  });
});

describe("getMediaStorage", () => {
  it("uses MEDIA_STORAGE_DIR and returns one instance per process", async () => {
    vi.stubEnv("MEDIA_STORAGE_DIR", root);
    vi.resetModules();
    const { getMediaStorage } = await import("./storage");
    const first = getMediaStorage();
    expect(first).toBe(getMediaStorage());
    expect(first).toBeInstanceOf((await import("./storage")).LocalFileStorage);
    expect((first as LocalFileStorage).root).toBe(root);
  });
});
