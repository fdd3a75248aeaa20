/**
 * The authored content, as data: the core tables, the big picture and every document folder in
 * document order. Nothing here loads or validates it; lib/content/load-knowledge-base.ts does.
 * See docs/content.md.
 */
import { contentModule as maaratBattle } from "./documents/000-maarat-battle";
import { contentModule as wadiDeifSiege } from "./documents/001-wadi-deif-siege";
import { contentModule as idlibClashes } from "./documents/002-idlib-clashes";
import { contentModule as maaratRecapture } from "./documents/003-maarat-recapture-2020";
import { contentModule as aleppoClashes } from "./documents/004-aleppo-clashes";
import { claimants } from "./core/claimants";
import { forces } from "./core/forces";
import { sources } from "./core/sources";
import { studySets } from "./core/study-sets";
import { campaigns, control, reasonings, roadStops } from "./big-picture";
import { contentModule as bigPictureAdditions } from "./big-picture/module";
import type { Governorate } from "../lib/content/knowledge-base";

export { campaigns, claimants, control, forces, reasonings, roadStops, sources, studySets };

/** Content folders in document order. */
export const contentModules = [
  { name: "000-maarat-battle", module: maaratBattle },
  { name: "001-wadi-deif-siege", module: wadiDeifSiege },
  { name: "002-idlib-clashes", module: idlibClashes },
  { name: "003-maarat-recapture-2020", module: maaratRecapture },
  { name: "004-aleppo-clashes", module: aleppoClashes },
  { name: "big-picture", module: bigPictureAdditions },
];

/**
 * Gazetteer rows whose governorate column is empty. These places have no
 * coordinates; the governorate is inferred from how the documents place them.
 */
export const governorateFill: Partial<Record<string, Governorate>> = {
  // 004 "Armed clashes": an area just outside Aleppo city.
  "tel-selour": "Aleppo",
  // 002 "November 2012": a place belonging to Jisr al-Shughur.
  sararif: "Idlib",
  // 002 "October 2012": taken near the Turkish border, in the Idlib clashes.
  "al-tlul": "Idlib",
  "al-alani": "Idlib",
  // 002 "December 2012": a checkpoint around the Wadi Deif base near Maarat al-Numan.
  "ayn-qrei": "Idlib",
};
