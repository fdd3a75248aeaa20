"use client";

import { useState } from "react";
import { MapPinInput } from "@/components/quiz/inputs/MapPinInput";
import { useGovernorateMap } from "@/components/quiz/use-governorate-map";
import { FormField } from "@/components/ui/FormField";
import { MAP_PIN_AREA } from "@/lib/questions/question-schema";
import styles from "./Authoring.module.css";

const PICKER_QUESTION = { id: "answer-place", type: "map-pin", category: "places", prompt: "Where is the answer?" } as const;

/** "35.93" → 35.93; anything else (blank, half-typed) → null, so the map shows no pin. */
function coordinate(text: string): number | null {
  const value = Number(text.trim());
  return text.trim() !== "" && Number.isFinite(value) ? value : null;
}

/**
 * The answer's place for a map-pin question: the same map students pin on (keyboard: arrow keys and
 * Enter), kept in step with two typed inputs, which are what the form sends. Without JavaScript
 * the inputs alone work.
 */
export function PinPicker(props: { lat: string; lon: string; errors: { lat?: string; lon?: string } }) {
  const [lat, setLat] = useState(props.lat);
  const [lon, setLon] = useState(props.lon);
  const map = useGovernorateMap();
  const latValue = coordinate(lat);
  const lonValue = coordinate(lon);
  const pin = latValue !== null && lonValue !== null ? { lat: latValue, lon: lonValue } : null;
  const { minLat, maxLat, minLon, maxLon } = MAP_PIN_AREA;

  return (
    <fieldset className={`field ${styles.group}`}>
      <legend>The answer’s place</legend>
      <span className="hint">
        Place the pin on the map, or type the coordinates in decimal degrees (latitude {minLat} to {maxLat}, longitude {minLon} to{" "}
        {maxLon}).
      </span>
      <div className={styles.columns}>
        <FormField id="lat" label="Latitude" inputMode="decimal" value={lat} onChange={(e) => setLat(e.target.value)} error={props.errors.lat} />
        <FormField id="lon" label="Longitude" inputMode="decimal" value={lon} onChange={(e) => setLon(e.target.value)} error={props.errors.lon} />
      </div>
      <div className={styles.map}>
        {map.status === "ready" ? (
          <MapPinInput
            question={PICKER_QUESTION}
            value={pin}
            map={map.map}
            disabled={false}
            onChange={(next) => {
              if (!next) return;
              setLat(next.lat.toFixed(4));
              setLon(next.lon.toFixed(4));
            }}
          />
        ) : map.status === "failed" ? (
          <p className="hint">
            The map could not be loaded; type the coordinates instead.{" "}
            <button type="button" className={styles.small} onClick={map.retry}>
              Try the map again
            </button>
          </p>
        ) : (
          <p className="hint">Loading the map…</p>
        )}
      </div>
    </fieldset>
  );
}
