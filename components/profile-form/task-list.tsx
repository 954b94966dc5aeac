import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/forms/field-errors";
import { translateMessage, type Translate } from "@/lib/i18n/translate";
import { assessCompleteness, COMPLETENESS_SECTIONS, type CompletenessSectionKey } from "@/lib/profiles/completeness";
import { PROFILE_FIELDS, SECTIONS, sectionTitleKey, type FieldKey, type ProfileFormValues, type SectionKey } from "@/lib/profiles/fields";
import { fieldId } from "./field-id";

/** Where the task list starts: each section of the form links back to it (the way around on a phone). */
export const TASK_LIST_ID = "abschnitte";

type TaskStatus = "complete" | "incomplete" | "optional";

const isFieldKey = (key: string): key is FieldKey => key in PROFILE_FIELDS;
const isAssessed = (key: SectionKey): key is CompletenessSectionKey => (COMPLETENESS_SECTIONS as readonly SectionKey[]).includes(key);
const sectionOfPath = (path: string): SectionKey | undefined => {
  const head = path.split(".")[0]!;
  return isFieldKey(head) ? PROFILE_FIELDS[head].section : undefined;
};

const TAG = "inline-block rounded-sm border px-2 py-0.5 text-sm font-semibold";
const STATUS_TAG: Record<TaskStatus, string> = {
  complete: `${TAG} border-brand-700 bg-white text-brand-800`,
  incomplete: `${TAG} border-red-800 bg-red-50 text-red-900`,
  optional: `${TAG} border-line bg-white text-muted`,
};

/**
 * The task list at the top of the edit form (GOV.UK / KERN "task list" pattern): every section with
 * its status — vollständig, unvollständig (naming the missing or invalid fields, each linked), or
 * freiwillig for a section that expects nothing — and the markers "geändert" (against the published
 * version) and "Anmerkung des Programmteams". It is the form's navigation at every width (the side
 * menu shows only on wide screens). Completeness is lib/profiles/completeness.ts; a section with an
 * invalid field is not complete, whatever it holds.
 */
export function TaskList({
  values,
  errors,
  changed,
  commented,
}: {
  values: ProfileFormValues;
  /** problems per field path, as text (the strict schema's findings) */
  errors: FieldErrors;
  /** sections changed against the published version (none for a profile never published) */
  changed: readonly SectionKey[];
  /** sections with a comment of the programme team */
  commented: readonly SectionKey[];
}) {
  const t = useTranslations("Editor.taskList");
  const tAll = useTranslations() as unknown as Translate;
  const assessment = assessCompleteness(values);

  const rows = SECTIONS.map(({ key, anchor }) => {
    const problems = Object.entries(errors)
      .filter(([path]) => sectionOfPath(path) === key)
      .map(([path, message]) => ({ href: `#${fieldId(path)}`, text: message }));
    const gaps = isAssessed(key)
      ? assessment.sections[key].reasons.map((reason) => {
          const field = reason.code.split(".")[0]!;
          return {
            href: `#${isFieldKey(field) ? fieldId(field) : `abschnitt-${anchor}`}`,
            text: translateMessage(tAll, reason.message, reason.labelKey),
          };
        })
      : [];
    const status: TaskStatus =
      problems.length > 0 || gaps.length > 0 ? "incomplete" : isAssessed(key) || changed.includes(key) ? "complete" : "optional";
    return { key, anchor, status, notes: [...problems, ...gaps] };
  });
  const complete = rows.filter((row) => isAssessed(row.key) && row.status === "complete").length;

  return (
    <section id={TASK_LIST_ID} aria-labelledby={`${TASK_LIST_ID}-titel`} className="scroll-mt-4 rounded-lg border border-line p-5 sm:p-6">
      <h2 id={`${TASK_LIST_ID}-titel`} className="text-2xl">
        {t("title")}
      </h2>
      <p className="mt-2 font-semibold" data-testid="task-list-summary">
        {t("summary", { complete, total: COMPLETENESS_SECTIONS.length })}
      </p>
      <ol className="mt-4 flex flex-col divide-y divide-line border-y border-line">
        {rows.map((row) => (
          <li key={row.key} className="flex flex-col gap-1 py-3" data-testid={`aufgabe-${row.anchor}`}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <a href={`#abschnitt-${row.anchor}`} className="font-semibold">
                {tAll(sectionTitleKey(row.key))}
              </a>
              <span className="flex flex-wrap gap-1.5">
                {commented.includes(row.key) && <span className={`${TAG} border-accent bg-surface text-ink`}>{t("commented")}</span>}
                {changed.includes(row.key) && <span className={`${TAG} border-brand-700 bg-brand-50 text-brand-800`}>{t("changed")}</span>}
                <span className={STATUS_TAG[row.status]}>{t(`status.${row.status}`)}</span>
              </span>
            </div>
            {row.notes.length > 0 && (
              <ul className="list-disc pl-6 text-base">
                {row.notes.map((note) => (
                  <li key={note.text}>
                    <a href={note.href}>{note.text}</a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
