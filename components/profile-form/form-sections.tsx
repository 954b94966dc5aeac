"use client";

import { useTranslations } from "next-intl";
import { useCatalog } from "@/components/forms/use-catalog";
import { isCompactField, ProfileField, type CatalogOptions } from "./profile-field";
import { TASK_LIST_ID } from "./task-list";
import type { FieldErrors } from "@/lib/forms/field-errors";
import { SECTIONS, fieldsOfSection, sectionTitleKey, type FieldKey, type ProfileFormValues, type SectionKey } from "@/lib/profiles/fields";

/** Consecutive compact fields (numbers, amounts, short lines) share a row. */
function groupFields(keys: FieldKey[]): FieldKey[][] {
  const groups: FieldKey[][] = [];
  for (const key of keys) {
    const last = groups.at(-1);
    if (last && isCompactField(key) && isCompactField(last[0]!)) last.push(key);
    else groups.push([key]);
  }
  return groups;
}

const GRID_COLUMNS: Record<number, string> = { 2: "sm:grid-cols-2", 3: "sm:grid-cols-3" };

export interface SectionComment {
  section: SectionKey;
  body: string;
  byline: string;
}

/**
 * The sections of the Steckbrief edit form, in registry order: each with the programme staff's
 * comments on it and its fields. Disabled until React runs: typing into the server-rendered form
 * would be overwritten on hydration.
 */
export function FormSections({
  values,
  errors,
  options,
  comments,
  disabled,
  onChange,
}: {
  values: ProfileFormValues;
  errors: FieldErrors;
  options: CatalogOptions;
  comments: SectionComment[];
  disabled: boolean;
  onChange: (key: FieldKey, value: ProfileFormValues[FieldKey]) => void;
}) {
  const t = useTranslations("Editor");
  const tw = useTranslations("Workflow");
  const catalog = useCatalog();
  return (
    <fieldset disabled={disabled} className="flex min-w-0 flex-col gap-8">
      {SECTIONS.map((section) => (
        <section
          key={section.key}
          id={`abschnitt-${section.anchor}`}
          aria-labelledby={`abschnitt-${section.anchor}-titel`}
          className="flex scroll-mt-4 flex-col gap-5 rounded-lg border border-line p-5 sm:p-6"
        >
          <h2 id={`abschnitt-${section.anchor}-titel`} className="text-2xl">
            {catalog(sectionTitleKey(section.key))}
          </h2>
          {comments
            .filter((comment) => comment.section === section.key)
            .map((comment, index) => (
              <aside key={index} className="rounded-md border-l-4 border-accent bg-surface p-4" data-testid={`kommentar-${section.anchor}`}>
                <p className="font-semibold">{tw("sectionComment")}</p>
                <p className="mt-1 whitespace-pre-line">{comment.body}</p>
                <p className="mt-1 text-sm text-muted">{comment.byline}</p>
              </aside>
            ))}
          {groupFields(fieldsOfSection(section.key)).map((group) =>
            group.length === 1 ? (
              <ProfileField key={group[0]} fieldKey={group[0]!} values={values} errors={errors} options={options} onChange={onChange} />
            ) : (
              <div key={group.join()} className={`grid gap-5 ${GRID_COLUMNS[group.length] ?? "sm:grid-cols-2"}`}>
                {group.map((key) => (
                  <ProfileField key={key} fieldKey={key} values={values} errors={errors} options={options} onChange={onChange} />
                ))}
              </div>
            ),
          )}
          <p className="text-base">
            <a href={`#${TASK_LIST_ID}`}>{t("backToTaskList")}</a>
          </p>
        </section>
      ))}
    </fieldset>
  );
}
