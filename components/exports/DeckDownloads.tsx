import type { DeckFormat } from "@/lib/exports/shared";
import styles from "./Exports.module.css";

const DECK_LINKS: Record<DeckFormat, { label: string; hint: string }> = {
  apkg: { label: "Anki deck (.apkg)", hint: "Open it in Anki: the answer, notes and source are on the back of each card." },
  quizlet: { label: "Quizlet list (.txt)", hint: "Paste it into Quizlet's Import box: one term and definition per line." },
};

/** The student's own flashcards as files; cards an assignment is holding back are not included. */
export function DeckDownloads({ setId, setTitle }: { setId?: string; setTitle?: string }) {
  const query = setId ? `?set=${encodeURIComponent(setId)}` : "";
  return (
    <section aria-labelledby="deck-downloads-heading" className={styles.deck}>
      <h2 id="deck-downloads-heading">Take your cards with you</h2>
      <p className="hint">
        Download {setTitle ? `the cards of “${setTitle}”` : "all your cards"} to study in another app. Cards held back for an assignment are left out
        until its feedback is released.
      </p>
      <ul className={styles.formats}>
        {(Object.keys(DECK_LINKS) as DeckFormat[]).map((format) => (
          <li key={format}>
            <a href={`/api/exports/flashcards/${format}${query}`} download>
              {DECK_LINKS[format].label}
            </a>{" "}
            <span className="hint">{DECK_LINKS[format].hint}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
