import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { DataCell, DataRow, DataTable } from "@/components/ui/data-table";
import { Button, SelectField, TextField } from "@/components/forms/field";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/authz/policy";
import { Link } from "@/lib/i18n/navigation";
import { AUDIT_ACTION_GROUPS, AUDIT_OBJECT_TYPES, isAuditAction, isAuditObjectType } from "@/lib/audit/audit-actions";
import { AUDIT_QUERY_PARAMS, auditLogSearchParams, parseAuditLogQuery, type AuditLogCursor } from "@/lib/audit/audit-filters";
import { auditActionGroupLabelKey, auditActionLabelKey, auditObjectTypeLabelKey } from "@/lib/audit/audit-labels";
import { AUDIT_PAGE_SIZE, listAuditActionsInUse, listAuditEntries, type AuditEntryView } from "@/lib/audit/audit-queries";
import { BreakableAddress } from "@/components/ui/breakable-address";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AuditLog");
  return { title: t("title"), robots: { index: false } };
}

const PATH = "/redaktion/protokoll";

/**
 * The audit log (reviewers and admins): who did what, when, to which object. Filters are a plain
 * GET form and the pages are links, so everything works without JavaScript. Everyone else gets
 * 404 — the page does not admit that it exists.
 */
export default async function AuditLogPage({ params, searchParams }: PageProps<"/[locale]/redaktion/protokoll">) {
  setRequestLocale((await params).locale);
  const user = await requireUser(PATH);
  if (!can(user, { action: "audit.read" })) notFound();

  const query = parseAuditLogQuery(await searchParams);
  const { filters } = query;
  const [t, tLabel, format, page, actionsInUse] = await Promise.all([
    getTranslations("AuditLog"),
    getTranslations(),
    getFormatter(),
    listAuditEntries({ actor: user, query }),
    listAuditActionsInUse({ actor: user }),
  ]);

  /** The label of an action or object type; one the portal does not write shows its raw name. */
  const labelOr = (key: string | null, raw: string) => (key ? tLabel(key) : raw);
  const actionLabel = (action: string) => labelOr(auditActionLabelKey(action), action);
  const objectTypeLabel = (type: string) => labelOr(auditObjectTypeLabelKey(type), type);

  const otherActions = [...new Set([...actionsInUse, ...(filters.action ? [filters.action] : [])])].filter(
    (action) => !isAuditAction(action),
  );
  const objectTypes: readonly string[] =
    filters.objectType && !isAuditObjectType(filters.objectType) ? [...AUDIT_OBJECT_TYPES, filters.objectType] : AUDIT_OBJECT_TYPES;
  const filtered = Boolean(filters.action || filters.person || filters.objectType || filters.from || filters.to);
  const pageHref = (cursor: AuditLogCursor) => {
    const search = auditLogSearchParams(filters, cursor).toString();
    return search ? `${PATH}?${search}` : PATH;
  };

  return (
    <PageContainer className="py-10">
      <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("intro")}</p>
      <p className="mt-2 max-w-3xl text-muted">{t("appendOnly")}</p>

      <section aria-labelledby="protokoll-filter-titel" className="mt-8 rounded-lg border border-line p-5">
        <h2 id="protokoll-filter-titel" className="text-xl">
          {t("filterTitle")}
        </h2>
        {/* key: the reset link navigates on the client, where React would keep the old values of
            these uncontrolled fields; a new key per filter state renders them afresh. */}
        <form
          key={auditLogSearchParams(filters).toString()}
          method="get"
          action={PATH}
          className="mt-4 grid gap-5 md:grid-cols-2 lg:grid-cols-3"
        >
          <SelectField id="filter-aktion" name={AUDIT_QUERY_PARAMS.action} label={t("filterAction")} defaultValue={filters.action ?? ""}>
            <option value="">{t("filterActionAll")}</option>
            {Object.entries(AUDIT_ACTION_GROUPS).map(([group, actions]) => (
              <optgroup key={group} label={tLabel(auditActionGroupLabelKey(group))}>
                {actions.map((action) => (
                  <option key={action} value={action}>
                    {actionLabel(action)}
                  </option>
                ))}
              </optgroup>
            ))}
            {otherActions.length > 0 && (
              <optgroup label={t("actionGroups.other")}>
                {otherActions.map((action) => (
                  <option key={action} value={action}>
                    {actionLabel(action)}
                  </option>
                ))}
              </optgroup>
            )}
          </SelectField>
          <TextField
            id="filter-person"
            name={AUDIT_QUERY_PARAMS.person}
            type="search"
            label={t("filterPerson")}
            hint={t("filterPersonHint")}
            defaultValue={filters.person ?? ""}
            autoComplete="off"
          />
          <SelectField
            id="filter-objekt"
            name={AUDIT_QUERY_PARAMS.objectType}
            label={t("filterObjectType")}
            defaultValue={filters.objectType ?? ""}
          >
            <option value="">{t("filterObjectTypeAll")}</option>
            {objectTypes.map((type) => (
              <option key={type} value={type}>
                {objectTypeLabel(type)}
              </option>
            ))}
          </SelectField>
          <TextField id="filter-von" name={AUDIT_QUERY_PARAMS.from} type="date" label={t("filterFrom")} defaultValue={filters.from ?? ""} />
          <TextField id="filter-bis" name={AUDIT_QUERY_PARAMS.to} type="date" label={t("filterTo")} defaultValue={filters.to ?? ""} />
          <div className="flex flex-wrap items-end gap-4">
            <Button type="submit">{t("filterSubmit")}</Button>
            {filtered && (
              <Link href={PATH} className="py-2.5 font-semibold">
                {t("filterReset")}
              </Link>
            )}
          </div>
        </form>
      </section>

      {page.entries.length === 0 ? (
        <p className="mt-8" role="status">
          {filtered ? t("emptyFiltered") : t("empty")}
        </p>
      ) : (
        <DataTable
          className="mt-8"
          minWidth="min-w-[48rem]"
          caption={t("caption", { count: AUDIT_PAGE_SIZE })}
          headers={[t("columnTime"), t("columnActor"), t("columnAction"), t("columnObject")]}
        >
          {page.entries.map((entry) => (
            <DataRow key={entry.id}>
              <DataCell className="whitespace-nowrap">
                <time dateTime={entry.createdAt.toISOString()}>
                  {format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                </time>
              </DataCell>
              <DataCell>
                {entry.actor ? (
                  <>
                    {entry.actor.name && <span className="block">{entry.actor.name}</span>}
                    <span className="block">
                      <BreakableAddress text={entry.actor.email} />
                    </span>
                  </>
                ) : (
                  <>
                    <span className="block">{t("system")}</span>
                    <span className="block text-muted">{t("systemHint")}</span>
                  </>
                )}
              </DataCell>
              <DataCell>
                <span className="font-semibold" data-action={entry.action}>
                  {actionLabel(entry.action)}
                </span>
                {entry.approvedByAuthor && <span className="block text-sm">{t("approvedByAuthor")}</span>}
              </DataCell>
              <DataCell last>
                <AuditObject entry={entry} t={t} typeLabel={objectTypeLabel(entry.object.type)} />
              </DataCell>
            </DataRow>
          ))}
        </DataTable>
      )}

      {(page.newer || page.older) && (
        <nav aria-label={t("pagination")} className="mt-6 flex flex-wrap justify-between gap-4">
          {page.newer ? (
            <Link href={pageHref(page.newer)} rel="prev" className="font-semibold">
              <span aria-hidden="true">← </span>
              {t("newer")}
            </Link>
          ) : (
            <span />
          )}
          {page.older && (
            <Link href={pageHref(page.older)} rel="next" className="font-semibold">
              {t("older")}
              <span aria-hidden="true"> →</span>
            </Link>
          )}
        </nav>
      )}
    </PageContainer>
  );
}

type AuditTranslator = Awaited<ReturnType<typeof getTranslations>>;

/** "Which object": its type, a readable name where known, and the Steckbrief it belongs to (linked). */
function AuditObject({ entry, t, typeLabel }: { entry: AuditEntryView; t: AuditTranslator; typeLabel: string }) {
  const { object } = entry;
  const known = object.name !== null || object.profile !== null || object.versionNumber !== null;
  return (
    <>
      <span className="block">{object.versionNumber !== null ? t("version", { number: object.versionNumber }) : typeLabel}</span>
      {object.name && <span className="block wrap-anywhere">{object.name}</span>}
      {object.profile &&
        (object.profile.archived ? (
          <span className="block">
            {object.profile.slug} ({object.profile.municipalityName}, {t("archived")})
          </span>
        ) : (
          <span className="block">
            <Link
              href={`/redaktion/steckbriefe/${object.profile.slug}`}
              aria-label={t("openProfile", { slug: object.profile.slug })}
              className="wrap-anywhere"
            >
              {object.profile.slug}
            </Link>{" "}
            <span className="text-muted">({object.profile.municipalityName})</span>
          </span>
        ))}
      {!known && (
        <span className="block text-muted wrap-anywhere">
          {isAuditObjectType(object.type) && <>{t("unknownObject")} · </>}
          {t("objectId", { id: object.id })}
        </span>
      )}
    </>
  );
}
