/** What the reveal shows on the projector and on each phone: the key, the explanation and its sources. */
import type { ReactNode } from "react";
import type { LiveReveal } from "@/lib/live/live-standings";
import type { SourceTitles } from "@/components/quiz/quiz-types";
import { SourceList } from "@/components/quiz/SourceCitation";
import styles from "./Live.module.css";

export function RevealPanel({
  reveal,
  sourceTitles,
  children,
}: {
  reveal: LiveReveal;
  sourceTitles: SourceTitles;
  /** Above the key: the player's own verdict, say. */
  children?: ReactNode;
}) {
  return (
    <div className={styles.reveal}>
      {children}
      <p>
        <strong>Correct answer:</strong> {reveal.correctAnswer}
      </p>
      {reveal.explanation ? <p>{reveal.explanation}</p> : null}
      <SourceList sources={reveal.sources} titles={sourceTitles} />
      {reveal.sourceNote ? <p className="hint">Source: {reveal.sourceNote}</p> : null}
    </div>
  );
}
