import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { invalidatePublic, PUBLIC_TAGS } from "@/lib/cache/public-cache";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/authz/policy";
import { AppError, invalidInput } from "@/lib/errors";
import { searchDocumentsCatalogRenamed } from "@/lib/search/index-documents";
import { slugify } from "@/lib/slug";
import type { CatalogKind, CreateCatalogItemInput, DeleteCatalogItemInput, UpdateCatalogItemInput } from "./catalog-schema";

/**
 * Topics and formats (admins only, `catalog.manage`). The slug is made once, from the name on
 * creation, and stays when the entry is renamed: public filters and links use it. An entry can
 * be deleted only while no profile version — published, working or historical — refers to it:
 * the history must stay readable. The foreign keys (ON DELETE RESTRICT) enforce the same rule.
 * Inputs are parsed by the server action (catalog-schema.ts); refusals are thrown as AppError.
 */
const nameTaken = () => invalidInput({ name: { key: "AdminCatalog.errors.nameTaken" } });

type Tx = Prisma.TransactionClient;
interface Item {
  id: string;
  slug: string;
  name: string;
  sortOrder: number;
}
const ITEM = { id: true, slug: true, name: true, sortOrder: true } as const;

/** The two lists have the same shape; this keeps one code path for both. */
function table(tx: Tx, kind: CatalogKind) {
  if (kind === "topic") {
    return {
      objectType: "Topic" as const,
      find: (id: string): Promise<Item | null> => tx.topic.findUnique({ where: { id }, select: ITEM }),
      findByName: (name: string, exceptId?: string) =>
        tx.topic.findFirst({
          where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
          select: ITEM,
        }),
      slugTaken: async (slug: string) => (await tx.topic.count({ where: { slug } })) > 0,
      maxSortOrder: async () => (await tx.topic.aggregate({ _max: { sortOrder: true } }))._max.sortOrder ?? 0,
      create: (data: Omit<Item, "id">): Promise<Item> => tx.topic.create({ data, select: ITEM }),
      update: (id: string, data: Pick<Item, "name" | "sortOrder">) => tx.topic.update({ where: { id }, data, select: ITEM }),
      usage: (id: string) => tx.profileVersionTopic.count({ where: { topicId: id } }),
      remove: (id: string) => tx.topic.delete({ where: { id } }),
    };
  }
  return {
    objectType: "Format" as const,
    find: (id: string): Promise<Item | null> => tx.format.findUnique({ where: { id }, select: ITEM }),
    findByName: (name: string, exceptId?: string) =>
      tx.format.findFirst({
        where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
        select: ITEM,
      }),
    slugTaken: async (slug: string) => (await tx.format.count({ where: { slug } })) > 0,
    maxSortOrder: async () => (await tx.format.aggregate({ _max: { sortOrder: true } }))._max.sortOrder ?? 0,
    create: (data: Omit<Item, "id">): Promise<Item> => tx.format.create({ data, select: ITEM }),
    update: (id: string, data: Pick<Item, "name" | "sortOrder">) => tx.format.update({ where: { id }, data, select: ITEM }),
    usage: (id: string) => tx.profileVersionFormat.count({ where: { formatId: id } }),
    remove: (id: string) => tx.format.delete({ where: { id } }),
  };
}

export async function listCatalogForAdmin(actor: Actor | null) {
  assertCan(actor, { action: "catalog.manage" });
  const select = { ...ITEM, _count: { select: { versions: true } } } as const;
  const orderBy = [{ sortOrder: "asc" as const }, { name: "asc" as const }];
  const [topics, formats] = await Promise.all([db.topic.findMany({ select, orderBy }), db.format.findMany({ select, orderBy })]);
  const withUsage = ({ _count, ...item }: Item & { _count: { versions: number } }) => ({ ...item, usage: _count.versions });
  return { topics: topics.map(withUsage), formats: formats.map(withUsage) };
}

export async function createCatalogItem({
  actor,
  input,
}: {
  actor: Actor | null;
  input: CreateCatalogItemInput;
}): Promise<{ id: string; name: string }> {
  assertCan(actor, { action: "catalog.manage" });
  const { kind, name } = input;
  return db.$transaction(async (tx) => {
    const items = table(tx, kind);
    if (await items.findByName(name)) throw nameTaken();
    const base = slugify(name).slice(0, 60).replace(/-+$/, "");
    let slug = base;
    for (let suffix = 2; await items.slugTaken(slug); suffix += 1) slug = `${base}-${suffix}`;
    // New entries go to the end of the list; gaps of 10 leave room to move entries between others.
    const created = await items.create({ slug, name, sortOrder: (await items.maxSortOrder()) + 10 });
    await recordAudit(tx, {
      actorId: actor.id,
      action: `${kind}.create`,
      objectType: items.objectType,
      objectId: created.id,
      details: { slug: created.slug, name: created.name, sortOrder: created.sortOrder },
    });
    return { id: created.id, name: created.name };
  });
}

/** Rename and/or move an entry: one change, one audit entry with what changed; nothing when nothing changed. */
export async function updateCatalogItem({
  actor,
  input,
}: {
  actor: Actor | null;
  input: UpdateCatalogItemInput;
}): Promise<{ name: string; changed: boolean }> {
  assertCan(actor, { action: "catalog.manage" });
  const { kind, id, name, sortOrder } = input;
  const result = await db.$transaction(async (tx) => {
    const items = table(tx, kind);
    const current = await findOrThrow(items, id);
    if (current.name === name && current.sortOrder === sortOrder) return { name, changed: false };
    if (await items.findByName(name, id)) throw nameTaken();
    await items.update(id, { name, sortOrder });
    // Search documents hold the names of their topics and formats: renamed in the same commit.
    if (current.name !== name) await searchDocumentsCatalogRenamed(tx, kind, current.slug);
    const changes = {
      ...(current.name !== name ? { name: { from: current.name, to: name } } : {}),
      ...(current.sortOrder !== sortOrder ? { sortOrder: { from: current.sortOrder, to: sortOrder } } : {}),
    };
    await recordAudit(tx, {
      actorId: actor.id,
      action: `${kind}.update`,
      objectType: items.objectType,
      objectId: id,
      details: { slug: current.slug, changes },
    });
    return { name, changed: true };
  });
  // Public pages name topics and formats (an unused entry's deletion changes none).
  if (result.changed) await invalidatePublic([PUBLIC_TAGS.catalog]);
  return result;
}

async function findOrThrow(items: ReturnType<typeof table>, id: string): Promise<Item> {
  const item = isUuid(id) ? await items.find(id) : null;
  if (!item) throw new AppError("not-found");
  return item;
}

function isForeignKeyViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === "P2003";
}

export async function deleteCatalogItem({
  actor,
  input,
}: {
  actor: Actor | null;
  input: DeleteCatalogItemInput;
}): Promise<{ name: string }> {
  assertCan(actor, { action: "catalog.manage" });
  const { kind, id } = input;
  const inUse = kind === "topic" ? "topic-in-use" : "format-in-use";
  try {
    return await db.$transaction(async (tx) => {
      const items = table(tx, kind);
      const current = await findOrThrow(items, id);
      const usage = await items.usage(id);
      if (usage > 0) throw new AppError(inUse, { values: { name: current.name, count: usage } });
      await items.remove(id);
      await recordAudit(tx, {
        actorId: actor.id,
        action: `${kind}.delete`,
        objectType: items.objectType,
        objectId: id,
        details: { slug: current.slug, name: current.name, sortOrder: current.sortOrder },
      });
      return { name: current.name };
    });
  } catch (error) {
    // A profile picked the entry between the count and the delete: the foreign key refused.
    if (isForeignKeyViolation(error)) {
      const [item, usage] = await db.$transaction(async (tx) => {
        const items = table(tx, kind);
        return Promise.all([items.find(id), items.usage(id)]);
      });
      throw new AppError(inUse, { values: { name: item?.name ?? "", count: Math.max(usage, 1) }, cause: error });
    }
    throw error;
  }
}
