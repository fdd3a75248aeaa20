import type { Citation, SourceTitles } from "./quiz-types";

// The words the exports and the question text use for a document's opening and its summary box.
const SECTION_NAMES: Record<string, string> = { lead: "introduction", infobox: "summary box" };

/** One citation as "Document title, section “Heading”". Works on the server and in the browser. */
export function SourceCitation({ citation, titles }: { citation: Citation; titles: SourceTitles }) {
  const title = titles[citation.doc] ?? citation.doc;
  const section = SECTION_NAMES[citation.section] ?? `section “${citation.section}”`;
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
