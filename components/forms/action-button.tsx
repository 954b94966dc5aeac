"use client";

import { useState, useTransition } from "react";
import { Button } from "./field";

import type { Result } from "@/lib/actions/define-action";

/**
 * A button that runs a (bound) server action and reloads the page when it succeeded, or says
 * why not next to the button. For workflow steps such as archiving or restoring a version.
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
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col gap-2">
      <Button
        type="button"
        variant={variant}
        disabled={pending}
        onClick={() => {
          if (confirmMessage && !window.confirm(confirmMessage)) return;
          setMessage(null);
          startTransition(async () => {
            const result = await action().catch(() => null);
            if (result?.ok) window.location.reload();
            else setMessage(result?.error.message ?? failedMessage);
          });
        }}
      >
        {pending ? pendingLabel : label}
      </Button>
      {message && (
        <span role="alert" className="font-semibold text-red-800">
          {message}
        </span>
      )}
    </span>
  );
}
