import { Fragment } from "react";
import { parseRichText, type Inline } from "@/lib/rich-text/parse";

/**
 * Renders the safe formatting subset as React elements. No HTML string is ever injected,
 * so whatever an editor typed is shown as text.
 */
export function RichText({ text, className = "", fallback }: { text: string; className?: string; fallback?: string }) {
  const blocks = parseRichText(text);
  // An empty field shows the fallback (e.g. "keine Angabe") where the page asks for one.
  if (blocks.length === 0) return fallback ? <p className="text-muted">{fallback}</p> : null;
  return (
    <div className={`flex max-w-prose flex-col gap-4 ${className}`}>
      {blocks.map((block, index) =>
        block.type === "paragraph" ? (
          <p key={index}>
            <InlineNodes nodes={block.children} />
          </p>
        ) : (
          <ul key={index} className="flex list-disc flex-col gap-1.5 pl-6 marker:text-brand-500">
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>
                <InlineNodes nodes={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}

function InlineNodes({ nodes }: { nodes: Inline[] }) {
  return (
    <>
      {nodes.map((node, index) => {
        if (node.type === "text") return <Fragment key={index}>{node.text}</Fragment>;
        if (node.type === "bold")
          return (
            <strong key={index} className="font-semibold">
              <InlineNodes nodes={node.children} />
            </strong>
          );
        return (
          <a key={index} href={node.href} rel="noopener noreferrer">
            <InlineNodes nodes={node.children} />
          </a>
        );
      })}
    </>
  );
}
