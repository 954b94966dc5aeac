import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

/**
 * Form fields after KERN: a visible label, an optional hint and the error message directly at
 * the field, all wired with aria-describedby; invalid fields carry aria-invalid.
 */
interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  children: (describedBy: string | undefined) => ReactNode;
  /** shown after the control (e.g. a "changed meanwhile" notice) */
  after?: ReactNode;
}

export const inputClass =
  "block w-full rounded-md border-2 border-ink/60 bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-red-700 focus-visible:border-brand-700 disabled:bg-surface disabled:text-muted";

export function FieldFrame({ id, label, hint, error, required, children, after }: FieldFrameProps) {
  const hintId = hint ? `${id}-hinweis` : undefined;
  const errorId = error ? `${id}-fehler` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="font-semibold">
        {label}
        {required && (
          <span className="text-red-800" aria-hidden="true">
            {" "}
            *
          </span>
        )}
      </label>
      {hint && (
        <p id={hintId} className="text-base text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="flex items-start gap-2 font-semibold text-red-800">
          <span aria-hidden="true">⚠</span>
          <span>{error}</span>
        </p>
      )}
      {children(describedBy)}
      {after}
    </div>
  );
}

type BaseProps = { id: string; label: ReactNode; hint?: ReactNode; error?: string; after?: ReactNode };

export function TextField({
  id,
  label,
  hint,
  error,
  after,
  required,
  className = "",
  ...input
}: BaseProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required} after={after}>
      {(describedBy) => (
        <input
          id={id}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          required={required}
          className={`${inputClass} ${className}`}
          {...input}
        />
      )}
    </FieldFrame>
  );
}

export function TextArea({
  id,
  label,
  hint,
  error,
  after,
  required,
  rows = 5,
  ...input
}: BaseProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required} after={after}>
      {(describedBy) => (
        <textarea
          id={id}
          rows={rows}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          required={required}
          className={`${inputClass} leading-relaxed`}
          {...input}
        />
      )}
    </FieldFrame>
  );
}

export function SelectField({
  id,
  label,
  hint,
  error,
  after,
  required,
  children,
  ...select
}: BaseProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required} after={after}>
      {(describedBy) => (
        <select
          id={id}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          required={required}
          className={inputClass}
          {...select}
        >
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

/** A group of checkboxes in a fieldset with legend; the error is announced with the group. */
export function CheckboxGroup({
  id,
  legend,
  hint,
  error,
  name,
  options,
  values,
  onChange,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  name: string;
  options: { value: string; label: string }[];
  values: readonly string[];
  onChange?: (values: string[]) => void;
}) {
  const hintId = hint ? `${id}-hinweis` : undefined;
  const errorId = error ? `${id}-fehler` : undefined;
  return (
    <fieldset id={id} aria-describedby={[errorId, hintId].filter(Boolean).join(" ") || undefined} className="flex flex-col gap-2">
      <legend className="font-semibold">{legend}</legend>
      {hint && (
        <p id={hintId} className="text-base text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="font-semibold text-red-800">
          ⚠ {error}
        </p>
      )}
      <div className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          const checked = values.includes(option.value);
          return (
            <div key={option.value} className="flex items-center gap-3 py-1">
              <input
                id={optionId}
                type="checkbox"
                name={name}
                value={option.value}
                checked={checked}
                onChange={(event) =>
                  onChange?.(event.target.checked ? [...values, option.value] : values.filter((value) => value !== option.value))
                }
                className="size-5 accent-brand-700"
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * A group of radio buttons in a fieldset with legend; the error is announced with the group.
 * Controlled with `value` + `onChange`, otherwise uncontrolled with `defaultValue`.
 */
export function RadioGroup({
  id,
  legend,
  error,
  name,
  options,
  value,
  defaultValue,
  onChange,
}: {
  id: string;
  legend: ReactNode;
  error?: string;
  name: string;
  options: { value: string; label: ReactNode }[];
  value?: string;
  defaultValue?: string;
  onChange?: (value: string) => void;
}) {
  const errorId = error ? `${id}-fehler` : undefined;
  return (
    <fieldset id={id} aria-describedby={errorId} className="flex flex-col gap-2">
      <legend className="font-semibold">{legend}</legend>
      {error && (
        <p id={errorId} className="font-semibold text-red-800">
          ⚠ {error}
        </p>
      )}
      {options.map((option) => (
        <div key={option.value} className="flex items-start gap-3">
          <input
            id={`${id}-${option.value}`}
            type="radio"
            name={name}
            value={option.value}
            {...(value !== undefined
              ? { checked: value === option.value, onChange: () => onChange?.(option.value) }
              : { defaultChecked: defaultValue === option.value })}
            className="mt-1 size-5 shrink-0 accent-brand-700"
          />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function ErrorSummary({ title, errors }: { title: string; errors: { fieldId: string; message: string }[] }) {
  if (errors.length === 0) return null;
  return (
    <div
      role="alert"
      aria-labelledby="fehlerzusammenfassung-titel"
      tabIndex={-1}
      id="fehlerzusammenfassung"
      className="rounded-md border-2 border-red-800 bg-red-50 p-4"
    >
      <h2 id="fehlerzusammenfassung-titel" className="text-lg text-red-900">
        {title}
      </h2>
      <ul className="mt-2 flex list-disc flex-col gap-1 pl-6">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${error.fieldId}`} className="text-red-900">
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Button({
  variant = "primary",
  className = "",
  ...props
}: React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: "primary" | "secondary" }) {
  const styles =
    variant === "primary"
      ? "bg-brand-700 text-white hover:bg-brand-800 border-brand-700"
      : "bg-white text-brand-800 hover:bg-brand-50 border-brand-700";
  return (
    <button
      className={`inline-flex items-center justify-center gap-2 rounded-md border-2 px-5 py-2.5 font-semibold disabled:opacity-60 ${styles} ${className}`}
      {...props}
    />
  );
}
