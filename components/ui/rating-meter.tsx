/** A 1–5 self-rating shown as five squares plus the number in words for screen readers. */
export function RatingMeter({ value, label, valueText }: { value: number; label: string; valueText: string }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <span className="min-w-24 font-semibold">{label}</span>
      <span className="flex gap-1" aria-hidden="true">
        {[1, 2, 3, 4, 5].map((step) => (
          <span key={step} className={`size-5 rounded-sm border-2 border-brand-700 ${step <= value ? "bg-brand-700" : "bg-white"}`} />
        ))}
      </span>
      <span>{valueText}</span>
    </div>
  );
}
