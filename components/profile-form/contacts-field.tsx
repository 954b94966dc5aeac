"use client";

import { useFormatter } from "next-intl";
import { useCatalog } from "@/components/forms/use-catalog";
import { Button, TextField } from "@/components/forms/field";
import type { FieldErrors } from "@/lib/forms/field-errors";
import { CONTACT_FIELDS, contactFieldLabelKey, type ContactFormValues } from "@/lib/profiles/fields";
import { EMPTY_CONTACT } from "@/lib/profiles/form-values";
import { fieldId } from "./field-id";

const INPUT_TYPE: Partial<Record<(typeof CONTACT_FIELDS)[number], string>> = { email: "email", phone: "tel" };

/** The contacts of a Steckbrief: function, office, e-mail, phone and (with consent) a person's name. */
export function ContactsField({
  contacts,
  errors,
  onChange,
}: {
  contacts: ContactFormValues[];
  errors: FieldErrors;
  onChange: (contacts: ContactFormValues[]) => void;
}) {
  const t = useCatalog();
  const format = useFormatter();
  const list = contacts.length ? contacts : [EMPTY_CONTACT];
  const change = (index: number, patch: Partial<ContactFormValues>) =>
    onChange(list.map((contact, i) => (i === index ? { ...contact, ...patch } : contact)));
  return (
    <div id={fieldId("contacts")} className="flex flex-col gap-6">
      <p className="text-base text-muted">{t("Fields.contacts.hint")}</p>
      {errors.contacts && <p className="font-semibold text-red-800">⚠ {errors.contacts}</p>}
      {list.map((contact, index) => (
        <fieldset key={index} className="flex flex-col gap-4 rounded-md border border-line p-4">
          <legend className="px-1 font-semibold">{t("Fields.contacts.legend", { number: index + 1 })}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {CONTACT_FIELDS.map((key) => (
              <TextField
                key={key}
                id={fieldId(`contacts.${index}.${key}`)}
                type={INPUT_TYPE[key] ?? "text"}
                label={t(contactFieldLabelKey(key))}
                hint={t.has(`Fields.contact.${key}.hint`) ? t(`Fields.contact.${key}.hint`) : undefined}
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
                {t("Fields.contact.consent.label")}
                {contact.nameConsentAt && (
                  <span className="block text-base text-muted">
                    {t("Fields.contact.consent.recorded", {
                      date: format.dateTime(new Date(contact.nameConsentAt), { dateStyle: "medium" }),
                    })}
                  </span>
                )}
              </label>
            </div>
          )}
          {list.length > 1 && (
            <div>
              <Button type="button" variant="secondary" onClick={() => onChange(list.filter((_, i) => i !== index))}>
                {t("Fields.contacts.remove", { number: index + 1 })}
              </Button>
            </div>
          )}
        </fieldset>
      ))}
      <div>
        <Button type="button" variant="secondary" onClick={() => onChange([...list, EMPTY_CONTACT])}>
          {t("Fields.contacts.add")}
        </Button>
      </div>
    </div>
  );
}
