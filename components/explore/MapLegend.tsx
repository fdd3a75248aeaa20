import type { Side } from "@/lib/content/schema";
import { HOLDER_LABELS } from "@/lib/explore/labels";
import type { MapRoad } from "@/lib/explore/map-month";
import type { ReactNode } from "react";
import styles from "./Explore.module.css";

/** A legend symbol drawn with the map's own classes, so it always matches the map. */
function Swatch({ children, className = "" }: { children: ReactNode; className?: string }) {
  return (
    <svg viewBox="-10 -10 20 20" width="20" height="20" aria-hidden="true" className={`${styles.swatch} ${className}`}>
      {children}
    </svg>
  );
}

function Letter({ children }: { children: string }) {
  return (
    <text x="0" y="0" className={styles.markerLetter} style={{ fontSize: "8px" }}>
      {children}
    </text>
  );
}

/** One legend line for a place marker: the marker's look (holder, shape) and what it means. */
function MarkerEntry({ look = "", symbol, children }: { look?: string; symbol: ReactNode; children: ReactNode }) {
  return (
    <li>
      <Swatch className={`${styles.marker} ${look}`}>{symbol}</Swatch>
      {children}
    </li>
  );
}

/** What every symbol, colour and line on the map means. */
export function MapLegend({ holders, roads }: { holders: Side[]; roads: MapRoad[] }) {
  const m5 = roads.find((r) => r.id === "M5");
  return (
    <ul className={styles.legend} aria-label="Map legend">
      {holders.map((h) => (
        <MarkerEntry key={h} look={styles[`held-${h}`]} symbol={<><circle r="6.5" /><Letter>{HOLDER_LABELS[h].letter}</Letter></>}>
          Held by {HOLDER_LABELS[h].inSentence} ({HOLDER_LABELS[h].letter})
        </MarkerEntry>
      ))}
      <MarkerEntry symbol={<><circle r="8.5" className={styles.changedRing} /><circle r="5.5" className={styles.plainFill} /></>}>
        Ring: changed hands this month (colour and letter: the later holder)
      </MarkerEntry>
      <MarkerEntry look={styles.notStated} symbol={<><circle r="6.5" /><Letter>?</Letter></>}>
        Hollow, “?”: the documents do not say who held it this month
      </MarkerEntry>
      <MarkerEntry look={styles.uncontested} symbol={<circle r="3.5" />}>
        Small dot: a place with no record of who held it
      </MarkerEntry>
      <MarkerEntry look={styles.shapeOnly} symbol={<rect x="-6" y="-6" width="12" height="12" />}>
        Square: border crossing
      </MarkerEntry>
      <MarkerEntry look={styles.shapeOnly} symbol={<path d="M0,-8L7.5,6L-7.5,6Z" />}>
        Triangle: army base or airbase
      </MarkerEntry>
      <MarkerEntry symbol={<><circle r="8" className={styles.approxHalo} /><circle r="4" className={styles.plainFill} /></>}>
        Dotted halo: approximate location (estimated from a description)
      </MarkerEntry>
      <MarkerEntry
        symbol={
          <>
            <circle r="5" className={styles.eventBadgeSwatch} />
            <text x="0" y="0" className={styles.eventBadgeText} style={{ fontSize: "8px" }}>
              2
            </text>
          </>
        }
      >
        Number: events at the place this month (listed below the map)
      </MarkerEntry>
      <li>
        <Swatch>
          <line x1="-9" y1="0" x2="9" y2="0" className={styles.border} />
        </Swatch>
        Border with Turkey
      </li>
      {m5 && (
        <li>
          <Swatch>
            <line x1="-9" y1="0" x2="9" y2="0" className={styles.mainRoad} />
          </Swatch>
          M5 highway, drawn straight through the towns the sources name on it ({m5.through.join(", ")}), not surveyed
        </li>
      )}
      {roads.some((r) => r.id !== "M5") && (
        <li>
          <Swatch>
            <line x1="-9" y1="0" x2="9" y2="0" className={styles.road} />
          </Swatch>
          Other roads the sources name, drawn straight between the towns they join:{" "}
          {roads
            .filter((r) => r.id !== "M5")
            .map((r) => r.label)
            .join("; ")}
        </li>
      )}
    </ul>
  );
}
