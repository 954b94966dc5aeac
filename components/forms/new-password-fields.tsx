"use client";

import { TextField } from "./field";

export interface NewPasswordValues {
  password: string;
  passwordConfirmation: string;
}

/**
 * New password and its repetition (invitation, password reset): same ids, autocomplete and errors.
 * Controlled when `values`/`onChange` are given, otherwise uncontrolled (read with FormData).
 */
export function NewPasswordFields({
  idPrefix,
  values,
  errors,
  labels,
  onChange,
}: {
  idPrefix: string;
  values?: NewPasswordValues;
  errors: Partial<Record<keyof NewPasswordValues, string>>;
  labels: { password: string; passwordHint: string; passwordConfirmation: string };
  onChange?: (values: NewPasswordValues) => void;
}) {
  return (
    <>
      <TextField
        id={`${idPrefix}-password`}
        name="password"
        type="password"
        autoComplete="new-password"
        label={labels.password}
        hint={labels.passwordHint}
        required
        value={values?.password}
        error={errors.password}
        onChange={onChange && values ? (event) => onChange({ ...values, password: event.target.value }) : undefined}
      />
      <TextField
        id={`${idPrefix}-passwordConfirmation`}
        name="passwordConfirmation"
        type="password"
        autoComplete="new-password"
        label={labels.passwordConfirmation}
        required
        value={values?.passwordConfirmation}
        error={errors.passwordConfirmation}
        onChange={onChange && values ? (event) => onChange({ ...values, passwordConfirmation: event.target.value }) : undefined}
      />
    </>
  );
}
