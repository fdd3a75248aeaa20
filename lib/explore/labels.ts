/** Words for content enums, shared by the timeline and the map. */
import type { Event, Side } from "../content/schema";

export const OUTCOME_LABELS: Record<Event["outcome"], string> = {
  "rebel-gain": "Rebel gain",
  "government-gain": "Government gain",
  "kurdish-gain": "Kurdish gain",
  "attack-repelled": "Attack repelled",
  inconclusive: "Inconclusive",
  casualties: "Casualties",
  defection: "Defection",
  destruction: "Destruction",
  announcement: "Announcement",
  "situation-report": "Situation report",
};

/** The role words as the content records them (no rephrasing that could change who did what). */
export const ROLE_LABELS: Record<Event["forces"][number]["role"], string> = {
  attacker: "attacker",
  defender: "defender",
  captured: "captured",
  held: "held",
  withdrew: "withdrew",
  retook: "retook",
  repelled: "repelled",
  besieged: "besieged",
  besieger: "besieger",
  defected: "defected",
  bombarded: "bombarded",
  target: "target",
  "took-part": "took part",
  commanded: "commanded",
  killed: "killed",
  reported: "reported",
};


/** Who held a place, as words and as the letter the map prints on its marker (colour is never the only cue). */
export const HOLDER_LABELS: Record<Side, { name: string; inSentence: string; letter: string }> = {
  government: { name: "Government", inSentence: "the government", letter: "G" },
  rebels: { name: "Rebels", inSentence: "rebels", letter: "R" },
  kurdish: { name: "Kurdish forces", inSentence: "Kurdish forces", letter: "K" },
  foreign: { name: "Foreign forces", inSentence: "foreign forces", letter: "F" },
};

/** A place's governorate as the map's list names it: roads and regions that cross several say so. */
export function governorateLabel(governorate: string): string {
  return governorate === "multiple" ? "Several governorates" : governorate;
}
