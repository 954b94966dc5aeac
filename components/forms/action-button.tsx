"use client";

import { useActionState } from "react";
import { Button } from "./field";

import type { Result } from "@/lib/actions/define-action";

/**
 * A button that runs a (bound) server action — a workflow step such as archiving or restoring a
 * version — and says why not next to the button when it was refused. It is a form whose action is
 * the server action itself, so it works before the page's JavaScript has loaded and without it
 * (the server answers with the page re-rendered); the action revalidates the pages it changes.
 * The confirmation question needs JavaScript; without it the (reversible) step runs at once.
 */
export function ActionButton({
  label,
  pendingLabel,
  failedMessage,
  confirmMessage,
  variant = "secondary",
  action,
}: {
  label: string;
  pendingLabel: string;
  failedMessage: string;
  confirmMessage?: string;
  variant?: "primary" | "secondary";
  /** a bound server action; failures come with their message (the boundary translated it) */
  action: () => Promise<Result<unknown>>;
}) {
  const [result, formAction, pending] = useActionState<Result<unknown> | null>(action, null);
  return (
    <form
      action={formAction}
      className="inline-flex flex-col gap-2"
      onSubmit={(event) => {
        if (confirmMessage && !window.confirm(confirmMessage)) event.preventDefault();
      }}
    >
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
      {result && !result.ok && (
        <span role="alert" className="font-semibold text-red-800">
          {result.error.message || failedMessage}
        </span>
      )}
    </form>
  );
}
