"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { Button, ErrorSummary, TextArea, TextField } from "@/components/forms/field";
import { errorSummaryItems } from "@/lib/forms/field-errors";
import { failureMessageOf, fieldErrorsOf } from "@/lib/forms/form-state";
import { FEEDBACK_FIELDS, FEEDBACK_MESSAGE_MAX } from "@/lib/feedback/schema";
import { sendAccessibilityFeedbackAction } from "./actions";

/** The form's words, from the catalogue on the server: the public pages carry no message provider. */
export interface FeedbackFormTexts {
  errorSummary: string;
  message: string;
  messageHint: string;
  page: string;
  pageHint: string;
  name: string;
  email: string;
  emailHint: string;
  honeypot: string;
  submit: string;
  submitting: string;
  sentTitle: string;
  /** "{reference}" is replaced */
  sentText: string;
  sentMail: string;
  sentNoMail: string;
}

const fieldId = (field: string) => `rueckmeldung-${field}`;

/**
 * The server action is the form's action, so it works without JavaScript; the server validates with the
 * shared schema and sends every value back after an error. `startedAt` is the signed time the page was
 * rendered (the minimum fill time); after an error the first one is kept, so a quick correction passes.
 */
export function FeedbackForm({
  texts,
  startedAt,
  initialPage,
  consent,
}: {
  texts: FeedbackFormTexts;
  startedAt: string;
  initialPage: string;
  consent: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(sendAccessibilityFeedbackAction, null);
  const errors = fieldErrorsOf(state);
  const summary = errorSummaryItems(
    Object.fromEntries(Object.entries(errors).filter(([field]) => (FEEDBACK_FIELDS as readonly string[]).includes(field))),
    fieldId,
  );
  const failure = failureMessageOf(state, FEEDBACK_FIELDS);
  const confirmation = useRef<HTMLDivElement>(null);
  const failureRef = useRef<HTMLParagraphElement>(null);
  const values = state && !state.ok ? state.values : undefined;

  // Move the focus to what changed: the confirmation, the error summary or the refusal.
  useEffect(() => {
    if (state?.ok) confirmation.current?.focus();
    else if (state && summary.length > 0) document.getElementById("fehlerzusammenfassung")?.focus();
    else if (state) failureRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new answer moves the focus
  }, [state]);

  if (state?.ok) {
    return (
      <div
        ref={confirmation}
        role="status"
        tabIndex={-1}
        aria-labelledby="rueckmeldung-bestaetigung"
        className="rounded-md border-l-4 border-brand-700 bg-brand-50 p-4"
        data-testid="feedback-confirmation"
      >
        <h3 id="rueckmeldung-bestaetigung" className="text-xl">
          {texts.sentTitle}
        </h3>
        <p className="mt-2">{texts.sentText.replace("{reference}", state.data.reference)}</p>
        <p className="mt-2">{state.data.acknowledged ? texts.sentMail : texts.sentNoMail}</p>
      </div>
    );
  }

  return (
    <form id="rueckmeldung-formular" action={formAction} noValidate className="flex flex-col gap-6">
      <ErrorSummary title={texts.errorSummary} errors={summary} />
      {failure && (
        <p
          ref={failureRef}
          role="alert"
          tabIndex={-1}
          className="rounded-md border-2 border-red-800 bg-red-50 p-4 font-semibold text-red-900"
          data-testid="feedback-failure"
        >
          {failure}
        </p>
      )}
      <TextArea
        id={fieldId("message")}
        name="message"
        label={texts.message}
        hint={texts.messageHint}
        required
        rows={7}
        maxLength={FEEDBACK_MESSAGE_MAX}
        defaultValue={values?.message}
        error={errors.message}
      />
      <TextField
        id={fieldId("page")}
        name="page"
        label={texts.page}
        hint={texts.pageHint}
        defaultValue={values ? values.page : initialPage}
        error={errors.page}
      />
      <TextField id={fieldId("name")} name="name" autoComplete="name" label={texts.name} defaultValue={values?.name} error={errors.name} />
      <TextField
        id={fieldId("email")}
        name="email"
        type="email"
        autoComplete="email"
        label={texts.email}
        hint={texts.emailHint}
        defaultValue={values?.email}
        error={errors.email}
      />
      {/* The honeypot: never shown nor reachable (hidden), so only a bot filling every field fills it. */}
      <div hidden>
        <label htmlFor={fieldId("website")}>{texts.honeypot}</label>
        <input id={fieldId("website")} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <input type="hidden" name="startedAt" value={values?.startedAt || startedAt} />
      <div className="text-base">{consent}</div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? texts.submitting : texts.submit}
        </Button>
      </div>
    </form>
  );
}
