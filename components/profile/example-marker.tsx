import { getTranslations } from "next-intl/server";

/**
 * Marks content that does not come from the municipality's Steckbrief (demo example content,
 * issue 9). "section": a line right below a section heading; the section points at it with
 * aria-describedby, so the heading's name stays the section's name. "inline": a short badge next
 * to a value (e.g. the costs in "Auf einen Blick"), with the full wording for screen readers.
 */
export async function ExampleMarker({ id, variant = "section" }: { id?: string; variant?: "section" | "inline" }) {
  const t = await getTranslations("Profile");
  if (variant === "inline") {
    return (
      <span className="ml-2 inline-block rounded border border-line bg-surface-2 px-1.5 text-sm font-medium whitespace-nowrap text-ink">
        <span aria-hidden="true">{t("exampleMarkerShort")}</span>
        <span className="sr-only">({t("exampleMarker")})</span>
      </span>
    );
  }
  return (
    <p id={id} className="mt-2 w-fit rounded-md border-l-4 border-accent bg-surface px-3 py-1 text-base font-medium text-ink">
      {t("exampleMarker")}
    </p>
  );
}
