/** A list of short labels (topics, formats, languages). */
export function TagList({ items, label }: { items: string[]; label?: string }) {
  return (
    <ul className="flex flex-wrap gap-2" aria-label={label}>
      {items.map((item) => (
        <li key={item} className="rounded-full border border-brand-200 bg-brand-50 px-3 py-1 text-base text-brand-900">
          {item}
        </li>
      ))}
    </ul>
  );
}
