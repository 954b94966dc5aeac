"use client";

import type { ReactNode } from "react";
import { CheckboxGroup } from "./field";

/** Checkboxes for municipalities in a scrolling box (invitations, an editor's assignments). */
export function MunicipalityPicker({
  id,
  legend,
  hint,
  error,
  municipalities,
  selected,
  onChange,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  municipalities: { id: string; name: string }[];
  selected: string[];
  onChange: (selected: string[]) => void;
}) {
  return (
    <div className="max-h-96 overflow-y-auto rounded-md border border-line p-4">
      <CheckboxGroup
        id={id}
        name="municipalityIds"
        legend={legend}
        hint={hint}
        error={error}
        options={municipalities.map((municipality) => ({ value: municipality.id, label: municipality.name }))}
        values={selected}
        onChange={onChange}
      />
    </div>
  );
}
