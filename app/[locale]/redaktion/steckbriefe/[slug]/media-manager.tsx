"use client";

import { useActionState, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { errorSummaryItems } from "@/lib/forms/field-errors";
import { Button, ErrorSummary, TextField } from "@/components/forms/field";
import { MEDIA_LIMITS } from "@/lib/media/errors";
import { DOCUMENT_ACCEPT, IMAGE_ACCEPT } from "@/lib/media/schema";
import type { Result } from "@/lib/actions/define-action";
import { deleteMediaAction, uploadMediaAction } from "./media-actions";

export interface MediaItem {
  id: string;
  kind: "IMAGE" | "DOCUMENT";
  fileName: string;
  title: string;
  altText: string | null;
  credit: string;
}

/** Uploads and removes images and PDFs of the working version. Files are sent at once, not with the draft. */
export function MediaManager({ profileId, items, readOnly }: { profileId: string; items: MediaItem[]; readOnly: boolean }) {
  const t = useTranslations("Media");
  const [deleteResult, setDeleteResult] = useState<Result<unknown> | null>(null);
  const [deleting, startDelete] = useTransition();
  return (
    <section
      id="abschnitt-medien"
      aria-labelledby="abschnitt-medien-titel"
      className="mt-8 flex flex-col gap-6 rounded-lg border border-line p-5 sm:p-6 lg:ml-[16.5rem]"
    >
      <h2 id="abschnitt-medien-titel" className="text-2xl">
        {t("title")}
      </h2>
      <p className="text-muted">{t("intro")}</p>
      <div>
        <h3 className="text-lg font-semibold">{t("current")}</h3>
        {deleteResult && (
          <p role={deleteResult.ok ? "status" : "alert"} className={deleteResult.ok ? "mt-2" : "mt-2 font-semibold text-red-800"}>
            {deleteResult.ok ? t("status.deleted") : deleteResult.error.message}
          </p>
        )}
        {items.length === 0 ? (
          <p className="mt-2">{t("none")}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-3">
            {items.map((item) => (
              <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-line p-3">
                <span>
                  <span className="font-semibold">{item.kind === "IMAGE" ? t("image") : t("document")}:</span>{" "}
                  {item.kind === "IMAGE" ? item.altText : item.title} <span className="text-muted">({item.fileName})</span>
                </span>
                <span className="flex gap-3">
                  <a href={`/api/medien/${item.id}`} target="_blank" rel="noopener">
                    {t("open")}
                  </a>
                  {!readOnly && (
                    <Button
                      type="button"
                      variant="secondary"
                      disabled={deleting}
                      aria-label={t("deleteLabel", { name: item.fileName })}
                      onClick={() => startDelete(async () => setDeleteResult(await deleteMediaAction({ mediaId: item.id })))}
                    >
                      {t("delete")}
                    </Button>
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {!readOnly && (
        <div className="grid gap-6 xl:grid-cols-2">
          <UploadForm profileId={profileId} kind="IMAGE" />
          <UploadForm profileId={profileId} kind="DOCUMENT" />
        </div>
      )}
    </section>
  );
}

function UploadForm({ profileId, kind }: { profileId: string; kind: "IMAGE" | "DOCUMENT" }) {
  const t = useTranslations("Media");
  const tErrors = useTranslations("MediaErrors");
  const [state, formAction, pending] = useActionState(uploadMediaAction, null);
  // A file over the limit is refused here, before it is sent: a request body over the server's limit
  // (next.config.ts) would fail as a whole and replace the edit page with an error page.
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const prefix = kind === "IMAGE" ? "bild" : "dokument";
  const error = state && !state.ok ? state.error : null;
  const values = state && !state.ok ? state.values : undefined;
  const errors = tooLarge ? { ...error?.fieldErrors, file: tooLarge } : (error?.fieldErrors ?? {});
  const summary = errorSummaryItems(errors, (field) => `${prefix}-${field}`);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        const file = new FormData(event.currentTarget).get("file");
        const maxBytes = kind === "IMAGE" ? MEDIA_LIMITS.imageMaxBytes : MEDIA_LIMITS.documentMaxBytes;
        const message =
          file instanceof File && file.size > maxBytes ? tErrors(kind === "IMAGE" ? "image-too-large" : "document-too-large") : null;
        setTooLarge(message);
        if (message) event.preventDefault();
      }}
      noValidate
      className="flex flex-col gap-4 rounded-md border border-line p-4"
      aria-labelledby={`${prefix}-titel`}
    >
      <h3 id={`${prefix}-titel`} className="text-lg font-semibold">
        {kind === "IMAGE" ? t("imageForm") : t("documentForm")}
      </h3>
      {summary.length > 0 && <ErrorSummary title={t("errorSummary")} errors={summary} />}
      {state?.ok && <p role="status">{t("status.uploaded")}</p>}
      {error && !error.fieldErrors && (
        <p role="alert" className="font-semibold text-red-800">
          {error.message}
        </p>
      )}
      <input type="hidden" name="profileId" value={profileId} />
      <input type="hidden" name="kind" value={kind} />
      <TextField
        id={`${prefix}-file`}
        name="file"
        type="file"
        accept={kind === "IMAGE" ? IMAGE_ACCEPT : DOCUMENT_ACCEPT}
        label={kind === "IMAGE" ? t("imageFile") : t("documentFile")}
        hint={kind === "IMAGE" ? t("imageFileHint") : t("documentFileHint")}
        required
        error={errors.file}
      />
      {kind === "IMAGE" ? (
        <>
          <TextField
            id={`${prefix}-altText`}
            name="altText"
            label={t("altText")}
            hint={t("altTextHint")}
            required
            defaultValue={values?.altText}
            error={errors.altText}
          />
          <TextField
            id={`${prefix}-credit`}
            name="credit"
            label={t("credit")}
            hint={t("creditHint")}
            defaultValue={values?.credit}
            error={errors.credit}
          />
          <TextField id={`${prefix}-title`} name="title" label={t("caption")} defaultValue={values?.title} error={errors.title} />
        </>
      ) : (
        <TextField
          id={`${prefix}-title`}
          name="title"
          label={t("documentTitle")}
          hint={t("documentTitleHint")}
          required
          defaultValue={values?.title}
          error={errors.title}
        />
      )}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("uploading") : t("upload")}
        </Button>
      </div>
    </form>
  );
}
