import { useTranslations } from "next-intl";
import { diffWords, type DiffToken } from "@/lib/review/word-diff";

/**
 * A text with its word-level changes marked: added words in <ins> (underlined), removed words in
 * <del> (struck through) — the marking never relies on colour alone (WCAG 1.4.1). Each change
 * starts with a visually hidden "eingefügt: " / "entfernt: " for screen readers, which do not
 * all announce <ins>/<del>. Line breaks are kept (white-space: pre-wrap); a change that is only a
 * line break (two paragraphs joined or split) shows a "¶", since it would otherwise be invisible.
 *
 * Give either `before` and `after` (the diff is computed here — on the server when a server
 * component renders it) or ready `tokens` from `diffWords`. No hooks besides translations: usable
 * in server and client components.
 */
type DiffTextProps = { className?: string } & (
  { before: string; after: string; tokens?: undefined } | { tokens: DiffToken[]; before?: undefined; after?: undefined }
);

const isLineBreakOnly = (text: string) => /^\s+$/.test(text) && text.includes("\n");

export function DiffText({ className = "", ...props }: DiffTextProps) {
  const t = useTranslations("DiffText");
  const tokens = props.tokens ?? diffWords(props.before ?? "", props.after ?? "");
  return (
    <div className={`break-words whitespace-pre-wrap ${className}`}>
      {tokens.map((token, index) => {
        if (token.type === "same") return <span key={index}>{token.text}</span>;
        const lineBreakOnly = isLineBreakOnly(token.text);
        const content = (
          <>
            <span className="sr-only">
              {t(token.type === "added" ? "inserted" : "removed")}
              {lineBreakOnly && t("lineBreak")}
            </span>
            {lineBreakOnly && <span aria-hidden="true">¶</span>}
            {token.text}
          </>
        );
        return token.type === "added" ? (
          <ins key={index} className="rounded-sm bg-green-50 px-0.5 text-green-950 underline decoration-2 underline-offset-4">
            {content}
          </ins>
        ) : (
          <del key={index} className="rounded-sm bg-red-50 px-0.5 text-red-950 line-through decoration-2">
            {content}
          </del>
        );
      })}
    </div>
  );
}
