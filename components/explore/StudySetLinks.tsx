import type { ReactNode } from "react";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";
import type { SetLink } from "@/lib/explore/study-links";
import styles from "./Explore.module.css";

/**
 * The study set that best fits an event or a place: its questions, its flashcards when it has any, and its
 * title. Plain anchors, as everywhere in the long map and timeline lists (see PlaceEntry).
 */
export function StudySetLinks({
  set,
  questionsLabel,
  flashcardSets,
}: {
  set: SetLink;
  /** The questions link's text, with what it is about for screen readers ("Questions about this: …"). */
  questionsLabel: ReactNode;
  flashcardSets: ReadonlySet<string>;
}) {
  return (
    <>
      <a href={`/student/sets/${set.setId}`}>{questionsLabel}</a>
      {flashcardSets.has(set.setId) && (
        <a href={`/student/flashcards?set=${encodeURIComponent(set.setId)}`}>
          Flashcards<VisuallyHidden>{` for ${set.title}`}</VisuallyHidden>
        </a>
      )}
      <span className={styles.count}>{`(${set.title})`}</span>
    </>
  );
}
