/**
 * The timeline's three eras: the background before June 2012, the June 2012 – April 2013 fighting the app
 * teaches, and the epilogue after it. A leaf module, so the read model (timeline.ts) and the zoom
 * (timeline-zoom.ts) both take the eras from here and the dependency between them runs one way.
 */
export const MAIN_PERIOD = { from: "2012-06", to: "2013-04" } as const;

export type Era = "background" | "main" | "epilogue";

export const ERA_ORDER: readonly Era[] = ["background", "main", "epilogue"];

export const ERA_TITLES: Record<Era, string> = {
  background: "Background: before June 2012",
  main: "June 2012 – April 2013",
  epilogue: "Epilogue: after April 2013",
};

/** The era a month ("YYYY-MM") falls in. */
export function eraOf(month: string): Era {
  if (month < MAIN_PERIOD.from) return "background";
  if (month > MAIN_PERIOD.to) return "epilogue";
  return "main";
}
