import { sectionLabel } from "@/lib/content/citation-label";
import type { Citation, SourceTitles } from "./quiz-types";

/** One citation as "Document title, section “Heading”". Works on the server and in the browser. */
export function SourceCitation({ citation, titles }: { citation: Citation; titles: SourceTitles }) {
  const title = titles[citation.doc] ?? citation.doc;
  const section = sectionLabel(citation.section);
  return (
    <>
      <cite>{title}</cite>
      {`, ${section}`}
    </>
  );
}

export function SourceList({ sources, titles, className }: { sources: Citation[]; titles: SourceTitles; className?: string }) {
  if (sources.length === 0) return null;
  return (
    <ul className={className}>
      {sources.map((citation) => (
        <li key={`${citation.doc}|${citation.section}`}>
          <SourceCitation citation={citation} titles={titles} />
        </li>
      ))}
    </ul>
  );
}
