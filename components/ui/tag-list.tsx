/** A list of short labels (topics, formats, languages); `lang` when they are in another language than the page. */
export function TagList({ items, label, lang }: { items: string[]; label?: string; lang?: string }) {
  return (
    <ul className="flex flex-wrap gap-2" aria-label={label} lang={lang}>
      {items.map((item) => (
        <li key={item} className="rounded-full border border-brand-200 bg-brand-50 px-3 py-1 text-base text-brand-900">
          {item}
        </li>
      ))}
    </ul>
  );
}
