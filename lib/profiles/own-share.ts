import { formatGermanAmount, readGermanNumber } from "@/lib/format/german-number";
import type { ProfileFormValues } from "./fields";

/**
 * The own share (Eigenanteil) of a municipality is what the programme's funding did not cover: total cost
 * − funding. It is computed, never typed (an editor who changed the total used to get an error on a field
 * she had not touched). Unknown when either amount is unknown, or when the funding exceeds the total
 * (the form says so at the funding field; submitting refuses it).
 */
export function ownShareOf(total: number | null, funding: number | null): number | null {
  if (total === null || funding === null || Number.isNaN(total) || Number.isNaN(funding)) return null;
  if (funding > total) return null;
  return Math.round((total - funding) * 100) / 100;
}

/** The own share as the form shows it ("1.600,00"), from the amounts as typed; "" when it cannot be computed. */
export function ownShareFormValue(values: Pick<ProfileFormValues, "costTotal" | "costFunding">): string {
  const read = (text: string) => {
    const reading = readGermanNumber(text);
    return reading.ok ? reading.value : null;
  };
  return formatGermanAmount(ownShareOf(read(values.costTotal), read(values.costFunding)));
}

/** Form values with their computed fields brought up to date (after an edit of the amounts). */
export function withDerivedFormValues(values: ProfileFormValues): ProfileFormValues {
  const costOwnShare = ownShareFormValue(values);
  return costOwnShare === values.costOwnShare ? values : { ...values, costOwnShare };
}
