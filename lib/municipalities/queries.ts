import "server-only";
import { db } from "@/lib/db";

/** All municipalities for pickers (invitations), alphabetical. Not public data-sensitive: names only. */
export async function listMunicipalityChoices() {
  return db.municipality.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}
