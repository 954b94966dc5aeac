/** The sections of a Steckbrief as jump links (the page's table of contents, on phones and beside the text). */
export function SectionLinks({ sections, className = "" }: { sections: { anchor: string; title: string }[]; className?: string }) {
  return (
    <ol className={`flex flex-col gap-1 ${className}`}>
      {sections.map((section) => (
        <li key={section.anchor}>
          <a href={`#${section.anchor}`} className="inline-flex min-h-11 items-center lg:min-h-0 lg:py-0.5">
            {section.title}
          </a>
        </li>
      ))}
    </ol>
  );
}
