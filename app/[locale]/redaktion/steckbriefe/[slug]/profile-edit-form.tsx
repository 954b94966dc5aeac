"use client";

import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Button, CheckboxGroup, ErrorSummary, SelectField, TextArea, TextField } from "@/components/forms/field";
import { fieldErrors, type FieldErrors, errorSummaryItems } from "@/lib/forms/field-errors";
import { changedFields } from "@/lib/profiles/form-values";
import {
  MODERATION_TYPE_VALUES,
  PARTICIPANT_GROUP_VALUES,
  profileContentSchema,
  type ContactFormValues,
  type ProfileFormValues,
} from "@/lib/profiles/schema";
import type { ActionButtonResult } from "@/components/forms/action-button";
import { CompletenessIndicator } from "@/components/review/completeness-indicator";
import { useHydrated } from "@/components/forms/use-hydrated";
import { saveProfileDraftAction } from "./actions";

type SaveStatus =
  "idle" | "dirty" | "saving" | "saved" | "invalid" | "offline" | "unauthenticated" | "conflict" | "locked" | "error" | "forbidden";

interface Conflict {
  current: ProfileFormValues;
  versionId: string | null;
  revision: number;
  savedBy: string | null;
  savedAt: string | null;
}

interface Props {
  profileId: string;
  slug: string;
  initialVersionId: string | null;
  initialRevision: number;
  readOnly: boolean;
  initialValues: ProfileFormValues;
  topics: { id: string; name: string }[];
  formats: { id: string; name: string; description: string | null }[];
  /** the programme staff's comments per section (after a change request) */
  sectionComments: { section: string; body: string; byline: string }[];
  /** bound server action; absent while the version is in review */
  onSubmitForReview?: () => Promise<ActionButtonResult>;
}

const AUTOSAVE_DELAY_MS = 1500;
const RETRY_DELAY_MS = 10_000;
const EMPTY_CONTACT: ContactFormValues = { function: "", office: "", email: "", phone: "", personName: "", nameConsentAt: "" };

/** id of a field's control for an error path ("contacts.0.email" → "feld-contacts-0-email") */
const fieldId = (path: string) => `feld-${path.replace(/\./g, "-")}`;

/**
 * The Steckbrief edit form. Nothing typed is lost: every change is kept in this browser
 * (localStorage) at once and saved to the server shortly after typing stops, when the page is
 * hidden or left, and with the button. A save that meets someone else's newer save shows both
 * versions per field and keeps the user's text in the form.
 */
export function ProfileEditForm({
  profileId,
  slug,
  initialVersionId,
  initialRevision,
  readOnly,
  initialValues,
  topics,
  formats,
  sectionComments,
  onSubmitForReview,
}: Props) {
  const t = useTranslations("Editor");
  const tf = useTranslations("Editor.fields");
  const tGroups = useTranslations("Profile.participantGroups");
  const tw = useTranslations("Workflow");
  const [submitting, setSubmitting] = useState(false);
  const hydrated = useHydrated();
  const [submitMessage, setSubmitMessage] = useState<string | null>(null);
  const format = useFormatter();
  const storageKey = `steckbrief-entwurf:${profileId}`;

  const [values, setValues] = useState<ProfileFormValues>(initialValues);
  const [status, setStatus] = useState<SaveStatus>(readOnly ? "locked" : "idle");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const base = useRef({ versionId: initialVersionId, revision: initialRevision });
  const latest = useRef(values);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);

  // Restore what this browser kept but the server never got (network error, expired session, closed tab).
  useEffect(() => {
    const stored = window.localStorage.getItem(storageKey);
    if (!stored) return;
    try {
      const backup = JSON.parse(stored) as { values: ProfileFormValues; versionId: string | null; revision: number };
      if (JSON.stringify(backup.values) !== JSON.stringify(initialValues)) {
        base.current = { versionId: backup.versionId, revision: backup.revision };
        dirty.current = true;
        latest.current = backup.values;
        // eslint-disable-next-line react-hooks/set-state-in-effect -- the browser copy (localStorage) can only be read after hydration
        setValues(backup.values);
        setRestored(true);
        setStatus("dirty");
      } else {
        window.localStorage.removeItem(storageKey);
      }
    } catch {
      window.localStorage.removeItem(storageKey);
    }
  }, [storageKey, initialValues]);

  const keepLocally = useCallback(
    (next: ProfileFormValues) => {
      window.localStorage.setItem(storageKey, JSON.stringify({ values: next, ...base.current, keptAt: new Date().toISOString() }));
    },
    [storageKey],
  );

  const save = useCallback(
    async (options: { overwrite?: boolean; focusErrors?: boolean } = {}) => {
      if (readOnly) return;
      if (inFlight.current) await inFlight.current;
      const snapshot = latest.current;
      const parsed = profileContentSchema.safeParse(snapshot);
      if (!parsed.success) {
        setErrors(fieldErrors(parsed.error));
        setStatus("invalid");
        if (options.focusErrors) requestAnimationFrame(() => document.getElementById("fehlerzusammenfassung")?.focus());
        return;
      }
      setErrors({});
      setStatus("saving");
      const run = (async () => {
        try {
          const result = await saveProfileDraftAction({
            profileId,
            versionId: base.current.versionId,
            baseRevision: base.current.revision,
            overwrite: options.overwrite ?? false,
            values: snapshot,
          });
          switch (result.status) {
            case "saved":
              base.current = { versionId: result.versionId, revision: result.revision };
              setSavedAt(result.savedAt);
              setConflict(null);
              if (latest.current === snapshot) {
                dirty.current = false;
                window.localStorage.removeItem(storageKey);
                setStatus("saved");
              } else {
                keepLocally(latest.current);
                setStatus("dirty");
              }
              break;
            case "invalid":
              setErrors(result.errors);
              setStatus("invalid");
              break;
            case "conflict":
              setConflict(result);
              setStatus("conflict");
              break;
            case "locked":
            case "unauthenticated":
            case "forbidden":
              setStatus(result.status);
              break;
            default:
              setStatus("error");
          }
        } catch {
          // The request did not reach the server (offline, server down): keep trying.
          setStatus("offline");
        }
      })();
      inFlight.current = run;
      await run;
      inFlight.current = null;
    },
    [profileId, readOnly, storageKey, keepLocally],
  );

  // Autosave shortly after typing stops; retry while offline or after an error.
  useEffect(() => {
    if (status === "dirty") {
      const timer = window.setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
      return () => window.clearTimeout(timer);
    }
    if (status === "offline" || status === "error") {
      const timer = window.setTimeout(() => void save(), RETRY_DELAY_MS);
      const onOnline = () => void save();
      window.addEventListener("online", onOnline);
      return () => {
        window.clearTimeout(timer);
        window.removeEventListener("online", onOnline);
      };
    }
  }, [status, values, save]);

  // Leaving or hiding the page: save what is pending (keepalive outlives the page) and warn.
  useEffect(() => {
    const flush = () => {
      if (!dirty.current || readOnly || conflict) return;
      const body = JSON.stringify({
        profileId,
        versionId: base.current.versionId,
        baseRevision: base.current.revision,
        values: latest.current,
      });
      fetch("/api/redaktion/entwurf", { method: "POST", headers: { "content-type": "application/json" }, body, keepalive: true })
        .then(async (response) => {
          if (!response.ok) return;
          const result = (await response.json()) as { status: string; versionId: string; revision: number; savedAt: string };
          if (result.status === "saved") {
            base.current = { versionId: result.versionId, revision: result.revision };
            dirty.current = false;
            window.localStorage.removeItem(storageKey);
            setSavedAt(result.savedAt);
            setStatus("saved");
          }
        })
        .catch(() => undefined);
    };
    const onVisibility = () => document.visibilityState === "hidden" && flush();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirty.current) return;
      flush();
      event.preventDefault();
    };
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", flush);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", flush);
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [profileId, readOnly, conflict, storageKey]);

  function update<K extends keyof ProfileFormValues>(key: K, value: ProfileFormValues[K]) {
    const next = { ...latest.current, [key]: value };
    latest.current = next;
    dirty.current = true;
    keepLocally(next);
    setValues(next);
    if (status !== "conflict") setStatus("dirty");
  }

  /** Saves what is pending, then hands the version to the programme staff. */
  async function submitForReview() {
    if (!onSubmitForReview) return;
    setSubmitMessage(null);
    setSubmitting(true);
    if (dirty.current) await save({ focusErrors: true });
    if (dirty.current) {
      setSubmitting(false);
      return; // not saved (invalid, offline, conflict): the status line says why
    }
    const result = await onSubmitForReview().catch((): ActionButtonResult => ({ status: "failed" }));
    if (result.status === "done") {
      window.localStorage.removeItem(storageKey);
      window.location.reload();
      return;
    }
    setSubmitting(false);
    setSubmitMessage(result.status === "refused" ? result.message : tw("failed"));
  }

  function keepMine() {
    if (!conflict) return;
    base.current = { versionId: conflict.versionId, revision: conflict.revision };
    void save({ overwrite: false });
  }

  function takeTheirs(field: keyof ProfileFormValues) {
    if (!conflict) return;
    update(field, conflict.current[field]);
  }

  const text = (key: keyof ProfileFormValues & string, props: { rows?: number; required?: boolean } = {}) => {
    return (
      <TextArea
        id={fieldId(key)}
        name={key}
        label={tf(`${key}.label` as never)}
        hint={
          <>
            {tf(`${key}.hint` as never)}
            <span className="block text-sm">{t("formattingHint")}</span>
          </>
        }
        required={props.required}
        rows={props.rows}
        value={values[key] as string}
        error={errors[key]}
        onChange={(event) => update(key, event.target.value as never)}
      />
    );
  };
  const line = (
    key: keyof ProfileFormValues & string,
    props: { required?: boolean; inputMode?: "numeric" | "decimal"; type?: string } = {},
  ) => (
    <TextField
      id={fieldId(key)}
      name={key}
      label={tf(`${key}.label` as never)}
      hint={tf.has(`${key}.hint` as never) ? tf(`${key}.hint` as never) : undefined}
      required={props.required}
      inputMode={props.inputMode}
      type={props.type}
      value={values[key] as string}
      error={errors[key]}
      onChange={(event) => update(key, event.target.value as never)}
    />
  );

  const summary = errorSummaryItems(errors, fieldId);
  const sections: { id: string; title: string; content: ReactNode }[] = [
    {
      id: "titel",
      title: t("sections.title"),
      content: (
        <>
          {line("title", { required: true })}
          {text("teaser", { rows: 3 })}
        </>
      ),
    },
    { id: "anlass", title: t("sections.occasion"), content: text("occasion", { rows: 7 }) },
    {
      id: "konzept",
      title: t("sections.concept"),
      content: (
        <>
          {text("goals")}
          <CheckboxGroup
            id={fieldId("formatIds")}
            name="formatIds"
            legend={tf("formatIds.label")}
            hint={tf("formatIds.hint")}
            error={errors.formatIds}
            options={formats.map((entry) => ({ value: entry.id, label: entry.name }))}
            values={values.formatIds}
            onChange={(next) => update("formatIds", next)}
          />
          {text("concept", { rows: 7 })}
          <EventDates dates={values.eventDates} errors={errors} onChange={(next) => update("eventDates", next)} />
          {line("eventCount", { inputMode: "numeric" })}
        </>
      ),
    },
    {
      id: "moderation",
      title: t("sections.moderation"),
      content: (
        <>
          <SelectField
            id={fieldId("moderationType")}
            name="moderationType"
            label={tf("moderationType.label")}
            hint={tf("moderationType.hint")}
            value={values.moderationType}
            error={errors.moderationType}
            onChange={(event) => update("moderationType", event.target.value)}
          >
            <option value="">{tf("moderationType.none")}</option>
            {MODERATION_TYPE_VALUES.map((value) => (
              <option key={value} value={value}>
                {tf(`moderationType.${value}`)}
              </option>
            ))}
          </SelectField>
          {line("moderationOrganisation")}
          {text("moderationDescription")}
        </>
      ),
    },
    {
      id: "themen",
      title: t("sections.topics"),
      content: (
        <CheckboxGroup
          id={fieldId("topicIds")}
          name="topicIds"
          legend={tf("topicIds.label")}
          hint={tf("topicIds.hint")}
          error={errors.topicIds}
          options={topics.map((entry) => ({ value: entry.id, label: entry.name }))}
          values={values.topicIds}
          onChange={(next) => update("topicIds", next)}
        />
      ),
    },
    {
      id: "akteure",
      title: t("sections.participants"),
      content: (
        <>
          <CheckboxGroup
            id={fieldId("participantGroups")}
            name="participantGroups"
            legend={tf("participantGroups.label")}
            hint={tf("participantGroups.hint")}
            error={errors.participantGroups}
            options={PARTICIPANT_GROUP_VALUES.map((value) => ({ value, label: tGroups(value) }))}
            values={values.participantGroups}
            onChange={(next) => update("participantGroups", next)}
          />
          {line("participantCount", { inputMode: "numeric" })}
          {text("refugeeParticipation")}
          {line("languages")}
        </>
      ),
    },
    {
      id: "bewertung",
      title: t("sections.rating"),
      content: (
        <>
          {(["processRating", "resultsRating"] as const).map((key) => (
            <SelectField
              key={key}
              id={fieldId(key)}
              name={key}
              label={tf(`${key}.label`)}
              hint={tf(`${key}.hint`)}
              value={values[key]}
              error={errors[key]}
              onChange={(event) => update(key, event.target.value)}
            >
              <option value="">{tf("ratingScale.none")}</option>
              {(["1", "2", "3", "4", "5"] as const).map((value) => (
                <option key={value} value={value}>
                  {tf(`ratingScale.${value}`)}
                </option>
              ))}
            </SelectField>
          ))}
          {text("ratingComment")}
        </>
      ),
    },
    {
      id: "ergebnisse",
      title: t("sections.results"),
      content: (
        <>
          <fieldset className="flex flex-col gap-4">
            <legend className="font-semibold">{tf("keyResults.label")}</legend>
            <p className="text-base text-muted">{tf("keyResults.hint")}</p>
            {[0, 1, 2].map((index) => (
              <TextField
                key={index}
                id={fieldId(`keyResults.${index}`)}
                label={tf("keyResults.item", { number: index + 1 })}
                value={values.keyResults[index] ?? ""}
                error={errors[`keyResults.${index}`]}
                onChange={(event) => {
                  const next = [0, 1, 2].map((i) => values.keyResults[i] ?? "");
                  next[index] = event.target.value;
                  update("keyResults", next);
                }}
              />
            ))}
          </fieldset>
          {text("measures")}
          {text("nextSteps")}
        </>
      ),
    },
    {
      id: "kosten",
      title: t("sections.costs"),
      content: (
        <>
          <div className="grid gap-5 sm:grid-cols-3">
            {line("costTotal", { inputMode: "decimal" })}
            {line("costFunding", { inputMode: "decimal" })}
            {line("costOwnShare", { inputMode: "decimal" })}
          </div>
          {text("costSpentOn")}
        </>
      ),
    },
    { id: "empfehlungen", title: t("sections.recommendations"), content: text("recommendations", { rows: 7 }) },
    {
      id: "ansprechpartner",
      title: t("sections.contacts"),
      content: <Contacts contacts={values.contacts} errors={errors} onChange={(next) => update("contacts", next)} />,
    },
    {
      id: "zitat",
      title: t("sections.quote"),
      content: (
        <>
          {text("quoteText", { rows: 3 })}
          <div className="grid gap-5 sm:grid-cols-2">
            {line("quoteAuthor")}
            {line("quoteRole")}
          </div>
        </>
      ),
    },
  ];

  const statusText =
    status === "saved" && savedAt
      ? t("status.saved", { time: format.dateTime(new Date(savedAt), { hour: "2-digit", minute: "2-digit", second: "2-digit" }) })
      : t(`status.${status === "saved" ? "idle" : status}`);

  return (
    <div className="mt-8 grid gap-10 lg:grid-cols-[14rem_minmax(0,1fr)]">
      <nav aria-label={t("sectionsNav")} className="hidden lg:block">
        <ol className="sticky top-4 flex flex-col gap-1 text-base">
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#abschnitt-${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      <form
        method="post"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save({ focusErrors: true });
        }}
        className="flex min-w-0 flex-col gap-8"
      >
        <div className="sticky top-0 z-10 -mx-2 flex flex-wrap items-center justify-between gap-3 border-b border-line bg-white/95 px-2 py-3">
          <p
            role="status"
            aria-live="polite"
            data-testid="save-status"
            className={`text-base ${status === "offline" || status === "error" || status === "unauthenticated" || status === "invalid" || status === "conflict" ? "font-semibold text-red-800" : "text-muted"}`}
          >
            {statusText}{" "}
            {status === "unauthenticated" && (
              <a href={`/anmelden?abgelaufen=1&ruecksprung=${encodeURIComponent(`/redaktion/steckbriefe/${slug}`)}`}>
                {t("status.signInAgain")}
              </a>
            )}
          </p>
          <span className="flex flex-wrap gap-3">
            <Button type="submit" disabled={!hydrated || readOnly || status === "saving"}>
              {status === "saving" ? t("saving") : t("save")}
            </Button>
            {/* Only a draft can be submitted: the published text unchanged has nothing to review. */}
            {onSubmitForReview && (initialVersionId !== null || status !== "idle") && (
              <Button type="button" variant="secondary" disabled={submitting} onClick={() => void submitForReview()}>
                {submitting ? tw("submitting") : tw("submit")}
              </Button>
            )}
          </span>
        </div>
        {submitMessage && (
          <p role="alert" className="font-semibold text-red-800">
            {submitMessage}
          </p>
        )}
        {restored && (
          <p role="status" className="rounded-md border-l-4 border-accent bg-surface p-4">
            {t("status.restored")}
          </p>
        )}
        <ErrorSummary title={t("errorSummary")} errors={summary} />
        <CompletenessIndicator variant="detailed" version={values} headingLevel={2} />
        {conflict && <ConflictPanel conflict={conflict} values={values} onTakeTheirs={takeTheirs} onKeepMine={keepMine} />}
        {/* Disabled until React runs: typing into the server-rendered form would be overwritten on hydration. */}
        <fieldset disabled={readOnly || !hydrated} className="flex min-w-0 flex-col gap-8">
          {sections.map((section) => (
            <section
              key={section.id}
              id={`abschnitt-${section.id}`}
              aria-labelledby={`abschnitt-${section.id}-titel`}
              className="scroll-mt-20 flex flex-col gap-5 rounded-lg border border-line p-5 sm:p-6"
            >
              <h2 id={`abschnitt-${section.id}-titel`} className="text-2xl">
                {section.title}
              </h2>
              {sectionComments
                .filter((comment) => comment.section === section.id)
                .map((comment, index) => (
                  <aside key={index} className="rounded-md border-l-4 border-accent bg-surface p-4" data-testid={`kommentar-${section.id}`}>
                    <p className="font-semibold">{tw("sectionComment")}</p>
                    <p className="mt-1 whitespace-pre-line">{comment.body}</p>
                    <p className="mt-1 text-sm text-muted">{comment.byline}</p>
                  </aside>
                ))}
              {section.content}
            </section>
          ))}
        </fieldset>
        <div>
          <Button type="submit" disabled={!hydrated || readOnly || status === "saving"}>
            {status === "saving" ? t("saving") : t("save")}
          </Button>
        </div>
      </form>
    </div>
  );
}

function EventDates({ dates, errors, onChange }: { dates: string[]; errors: FieldErrors; onChange: (dates: string[]) => void }) {
  const tf = useTranslations("Editor.fields.eventDates");
  const list = dates.length ? dates : [""];
  return (
    <fieldset id={fieldId("eventDates")} className="flex flex-col gap-3">
      <legend className="font-semibold">{tf("label")}</legend>
      <p className="text-base text-muted">{tf("hint")}</p>
      {errors.eventDates && <p className="font-semibold text-red-800">⚠ {errors.eventDates}</p>}
      {list.map((date, index) => (
        <div key={index} className="flex flex-wrap items-end gap-3">
          <div className="min-w-48">
            <TextField
              id={fieldId(`eventDates.${index}`)}
              type="date"
              label={tf("item", { number: index + 1 })}
              value={date}
              error={errors[`eventDates.${index}`]}
              onChange={(event) => {
                const next = [...list];
                next[index] = event.target.value;
                onChange(next.filter((value, i) => value !== "" || i < next.length - 1 || next.length === 1));
              }}
            />
          </div>
          {list.length > 1 && (
            <Button type="button" variant="secondary" onClick={() => onChange(list.filter((_, i) => i !== index))}>
              {tf("remove", { number: index + 1 })}
            </Button>
          )}
        </div>
      ))}
      <div>
        <Button type="button" variant="secondary" onClick={() => onChange([...list, ""])}>
          {tf("add")}
        </Button>
      </div>
    </fieldset>
  );
}

function Contacts({
  contacts,
  errors,
  onChange,
}: {
  contacts: ContactFormValues[];
  errors: FieldErrors;
  onChange: (contacts: ContactFormValues[]) => void;
}) {
  const tf = useTranslations("Editor.fields");
  const format = useFormatter();
  const list = contacts.length ? contacts : [EMPTY_CONTACT];
  const change = (index: number, patch: Partial<ContactFormValues>) =>
    onChange(list.map((contact, i) => (i === index ? { ...contact, ...patch } : contact)));
  const fields = [
    ["function", "contactFunction"],
    ["office", "contactOffice"],
    ["email", "contactEmail"],
    ["phone", "contactPhone"],
    ["personName", "contactPersonName"],
  ] as const;
  return (
    <div className="flex flex-col gap-6">
      <p className="text-base text-muted">{tf("contacts.hint")}</p>
      {list.map((contact, index) => (
        <fieldset key={index} className="flex flex-col gap-4 rounded-md border border-line p-4">
          <legend className="px-1 font-semibold">{tf("contacts.legend", { number: index + 1 })}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {fields.map(([key, labelKey]) => (
              <TextField
                key={key}
                id={fieldId(`contacts.${index}.${key}`)}
                type={key === "email" ? "email" : key === "phone" ? "tel" : "text"}
                label={tf(`${labelKey}.label`)}
                hint={tf.has(`${labelKey}.hint`) ? tf(`${labelKey}.hint`) : undefined}
                value={contact[key]}
                error={errors[`contacts.${index}.${key}`]}
                onChange={(event) => change(index, { [key]: event.target.value })}
              />
            ))}
          </div>
          {contact.personName && (
            <div className="flex items-start gap-3">
              <input
                id={fieldId(`contacts.${index}.nameConsentAt`)}
                type="checkbox"
                className="mt-1 size-5 accent-brand-700"
                checked={contact.nameConsentAt !== ""}
                onChange={(event) => change(index, { nameConsentAt: event.target.checked ? new Date().toISOString() : "" })}
              />
              <label htmlFor={fieldId(`contacts.${index}.nameConsentAt`)}>
                {tf("contactConsent.label")}
                {contact.nameConsentAt && (
                  <span className="block text-base text-muted">
                    {tf("contactConsent.recorded", { date: format.dateTime(new Date(contact.nameConsentAt), { dateStyle: "medium" }) })}
                  </span>
                )}
              </label>
            </div>
          )}
          {list.length > 1 && (
            <div>
              <Button type="button" variant="secondary" onClick={() => onChange(list.filter((_, i) => i !== index))}>
                {tf("contacts.remove", { number: index + 1 })}
              </Button>
            </div>
          )}
        </fieldset>
      ))}
      <div>
        <Button type="button" variant="secondary" onClick={() => onChange([...list, EMPTY_CONTACT])}>
          {tf("contacts.add")}
        </Button>
      </div>
    </div>
  );
}

function ConflictPanel({
  conflict,
  values,
  onTakeTheirs,
  onKeepMine,
}: {
  conflict: Conflict;
  values: ProfileFormValues;
  onTakeTheirs: (field: keyof ProfileFormValues) => void;
  onKeepMine: () => void;
}) {
  const t = useTranslations("Editor.conflict");
  const tf = useTranslations("Editor.fields");
  const format = useFormatter();
  const fields = changedFields(values, conflict.current);
  const show = (value: unknown) => {
    const textValue = Array.isArray(value)
      ? value
          .map((entry) =>
            typeof entry === "object"
              ? Object.values(entry as object)
                  .filter(Boolean)
                  .join(", ")
              : entry,
          )
          .filter(Boolean)
          .join(" · ")
      : String(value ?? "");
    return textValue || t("empty");
  };
  return (
    <section role="alert" aria-labelledby="konflikt-titel" className="rounded-lg border-2 border-red-800 bg-red-50 p-5">
      <h2 id="konflikt-titel" className="text-xl text-red-900">
        {t("title")}
      </h2>
      <p className="mt-2">
        {t("text", {
          who: conflict.savedBy ?? t("someone"),
          date: conflict.savedAt ? format.dateTime(new Date(conflict.savedAt), { dateStyle: "medium", timeStyle: "short" }) : "–",
        })}
      </p>
      <div className="mt-4 flex flex-col gap-4">
        {fields.map((field) => (
          <div key={field} className="rounded-md border border-line bg-white p-4" data-testid={`conflict-${field}`}>
            <h3 className="font-semibold">
              {tf.has(`${field}.label` as never) ? tf(`${field}.label` as never) : tf("contacts.legend", { number: "" })}
            </h3>
            <div className="mt-2 grid gap-3 md:grid-cols-2">
              <div>
                <p className="text-sm font-semibold text-muted">{t("yours")}</p>
                <p className="whitespace-pre-line">{show(values[field])}</p>
              </div>
              <div>
                <p className="text-sm font-semibold text-muted">{t("theirs")}</p>
                <p className="whitespace-pre-line">{show(conflict.current[field])}</p>
              </div>
            </div>
            <Button type="button" variant="secondary" className="mt-3" onClick={() => onTakeTheirs(field)}>
              {t("takeTheirs")}
            </Button>
          </div>
        ))}
      </div>
      <Button type="button" className="mt-4" onClick={onKeepMine}>
        {t("keepMine")}
      </Button>
    </section>
  );
}
