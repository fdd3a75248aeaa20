import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import { SourceList } from "@/components/quiz/SourceCitation";
import type { Citation } from "@/lib/content/schema";
import styles from "./Dashboard.module.css";

function sourceTitles(): Record<string, string> {
  return Object.fromEntries(loadKnowledgeBase().sources.map((s) => [s.file, `${s.title} (${s.publisher})`]));
}

/** Source citations of a question or fact: document title and publisher, section. Server component. */
export function Citations({ sources }: { sources: Citation[] }) {
  if (sources.length === 0) return <span className={styles.muted}>No citation recorded.</span>;
  return <SourceList sources={sources} titles={sourceTitles()} className={styles.sources} />;
}
