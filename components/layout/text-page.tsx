import type { ReactNode } from "react";
import { PageContainer } from "./page-container";

/** Frame of the plain text pages (Impressum, Datenschutz, …): title, optional lead, readable column. */
export function TextPage({ title, lead, children }: { title: string; lead?: string; children: ReactNode }) {
  return (
    <PageContainer className="py-10 sm:py-14">
      <h1 className="text-3xl sm:text-4xl">{title}</h1>
      {lead && <p className="mt-4 max-w-3xl text-lg sm:text-xl">{lead}</p>}
      <div className="mt-8 flex max-w-prose flex-col gap-8">{children}</div>
    </PageContainer>
  );
}

export function TextSection({ id, title, children }: { id?: string; title: string; children: ReactNode }) {
  return (
    <section id={id} className="scroll-mt-6">
      <h2 className="text-2xl">{title}</h2>
      <div className="mt-3 flex flex-col gap-3">{children}</div>
    </section>
  );
}

export function PlaceholderNotice({ children }: { children: ReactNode }) {
  return <p className="rounded-md border-l-4 border-accent bg-surface p-4 text-base">{children}</p>;
}
