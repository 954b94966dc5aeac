import { splitMarked } from "@/lib/search/snippet";

/**
 * A text of the search with its matches highlighted: the parts between MARK_START and MARK_END become
 * <mark> elements — React elements, never HTML, so no text can inject markup.
 */
export function MarkedText({ value }: { value: string }) {
  return <>{splitMarked(value).map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : part.text))}</>;
}
