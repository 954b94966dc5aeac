"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { canonicalFormQuery } from "@/lib/public/form-query";

/**
 * With JavaScript, the listing's search form (components/listing/search-form.tsx) updates the results
 * without a full reload: a changed checkbox or sort order, and a submit, navigate with Next's router to
 * the address the form would have sent — in canonical form (fixed order, defaults left out, page 1), so
 * the proxy's redirect is not needed; it stays the safety net. The address is the state, so back and
 * forward work as with the plain form. Without JavaScript nothing changes: the form is a GET form.
 * Renders nothing and carries no texts.
 */
export function LiveSearch({ formId }: { formId: string }) {
  const router = useRouter();
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const navigate = () => {
      const path = new URL(form.action).pathname;
      const query = canonicalFormQuery(new FormData(form));
      router.push(query ? `${path}?${query}` : path, { scroll: false });
    };
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      navigate();
    };
    const onChange = (event: Event) => {
      if (event.target instanceof HTMLInputElement ? event.target.type === "checkbox" : event.target instanceof HTMLSelectElement)
        navigate();
    };
    form.addEventListener("submit", onSubmit);
    form.addEventListener("change", onChange);
    return () => {
      form.removeEventListener("submit", onSubmit);
      form.removeEventListener("change", onChange);
    };
  }, [formId, router]);
  return null;
}
