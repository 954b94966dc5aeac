"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/forms/field";
import { failureMessageOf } from "@/lib/forms/form-state";
import { markFeedbackDoneAction } from "./actions";

/** One button per open message; a plain form post, so it works without JavaScript too. */
export function MarkDoneForm({ id, reference }: { id: string; reference: string }) {
  const t = useTranslations("FeedbackList");
  const [state, formAction, pending] = useActionState(markFeedbackDoneAction, null);
  const failure = failureMessageOf(state);
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("markDone")}
        <span className="sr-only"> {reference}</span>
      </Button>
      {failure && (
        <p role="alert" className="mt-2 font-semibold text-red-800">
          {failure}
        </p>
      )}
    </form>
  );
}
