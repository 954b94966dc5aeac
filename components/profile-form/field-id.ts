/** id of a form control for a field path ("contacts.0.email" → "feld-contacts-0-email"); the error summary links to it. */
export const fieldId = (path: string) => `feld-${path.replace(/\./g, "-")}`;
