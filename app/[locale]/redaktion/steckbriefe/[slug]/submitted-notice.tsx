"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The notice at the top of the edit page while a version is in review. Right after submitting it
 * takes the focus, so that a screen reader reads it and a keyboard user continues from here.
 */
export function SubmittedNotice({ title, justSubmitted, children }: { title: string; justSubmitted: boolean; children: ReactNode }) {
  const notice = useRef<HTMLElement>(null);
  useEffect(() => {
    if (justSubmitted) notice.current?.focus();
  }, [justSubmitted]);
  return (
    <section
      ref={notice}
      id="eingereicht"
      aria-labelledby="eingereicht-titel"
      tabIndex={-1}
      data-testid="submitted-notice"
      className="mt-6 max-w-3xl rounded-md border-l-4 border-info bg-info-bg p-4"
    >
      <h2 id="eingereicht-titel" className="text-xl">
        {title}
      </h2>
      {children}
    </section>
  );
}
