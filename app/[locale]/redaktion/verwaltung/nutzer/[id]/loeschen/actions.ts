"use server";

import { revalidatePath } from "next/cache";
import { localizedRedirect } from "@/lib/i18n/localized-redirect";
import { defineFormAction } from "@/lib/actions/define-action";
import { erasePerson } from "@/lib/privacy/erase-person";
import { eraseUserSchema } from "@/lib/privacy/erase-schema";

/**
 * Erases a person (Art. 17 DSGVO). Admins only (`person.data`, checked before the input is read and
 * again by the service). On success the account's page is gone: back to the list, which says under
 * which pseudonym the person stays in the log.
 */
export const eraseUserAction = defineFormAction({
  name: "eraseUser",
  access: "signed-in",
  permission: { action: "person.data" },
  input: eraseUserSchema,
  values: (formData) => ({ userId: String(formData.get("userId") ?? ""), confirm: String(formData.get("confirm") ?? "") }),
  run: async ({ actor, input }) => {
    const { pseudonym } = await erasePerson({ actor, userId: input.userId });
    // Everything: the person may have been a Steckbrief's contact, shown on public pages.
    revalidatePath("/", "layout");
    // Only the pseudonym's 8 hex digits travel in the address; the list page shows them as "Gelöschte Person …".
    return localizedRedirect(`/redaktion/verwaltung/nutzer?geloescht=${pseudonym.slice(-8)}`);
  },
});
