"use server";

import { localizedRedirect } from "@/lib/i18n/localized-redirect";
import { z } from "zod";
import { defineAction, defineFormAction } from "@/lib/actions/define-action";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { createProfile, createProfileSchema } from "@/lib/profiles/create-profile";

/** A further profile of a municipality (editors: their own); opens its edit form. */
export const createProfileAction = defineFormAction({
  name: "createProfile",
  access: "signed-in",
  input: createProfileSchema,
  values: (formData) => ({ municipalityId: String(formData.get("municipalityId") ?? ""), title: String(formData.get("title") ?? "") }),
  run: async ({ actor, input }) => {
    const profile = await createProfile({ actor, input });
    return localizedRedirect(`/redaktion/steckbriefe/${profile.slug}`);
  },
});

/** Ends the signed-in user's sessions on all devices (the browser then signs out locally too). */
export const signOutEverywhereAction = defineAction({
  name: "signOutEverywhere",
  access: "signed-in",
  input: z.undefined(),
  run: ({ actor }) => signOutEverywhere({ actor }),
});
