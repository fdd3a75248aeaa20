"use client";

import { useEffect, useState } from "react";
import type { QuizMapData } from "./quiz-types";

let pending: Promise<QuizMapData> | null = null;

/** Fetches the governorate map once per page; a failed fetch is forgotten so the next call tries again. */
export function loadGovernorateMap(): Promise<QuizMapData> {
  pending ??= fetch("/api/map/governorates")
    .then((response) => {
      if (!response.ok) throw new Error(`map: HTTP ${response.status}`);
      return response.json() as Promise<QuizMapData>;
    })
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}

export type GovernorateMapState = { status: "loading" } | { status: "ready"; map: QuizMapData } | { status: "failed"; retry: () => void };

export function useGovernorateMap(): GovernorateMapState {
  const [state, setState] = useState<GovernorateMapState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadGovernorateMap().then(
      (map) => live && setState({ status: "ready", map }),
      () =>
        live &&
        setState({
          status: "failed",
          retry: () => {
            setState({ status: "loading" });
            setAttempt((n) => n + 1);
          },
        }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return state;
}
