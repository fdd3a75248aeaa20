import type { ContentModule } from "../../lib/content/module";
import { idlib, idlibFrontMatter } from "./citations";

/**
 * Forces and events that the big picture needs and no single document folder
 * holds: the belligerents named only in a document's header, and events that
 * stand for a whole campaign.
 */
export const contentModule: ContentModule = {
  events: [
    {
      id: "2012-06-03-to-2013-04-18-idlib-governorate-clashes",
      title: "The Idlib Governorate clashes (June 2012 – April 2013)",
      clause: "the Idlib Governorate clashes took place",
      date: { precision: "range", start: "2012-06-03", end: "2013-04-18" },
      places: [],
      forces: [
        { force: "free-syrian-army", role: "took-part" },
        { force: "suqour-al-sham", role: "took-part" },
        { force: "dawood-battalion", role: "took-part" },
        { force: "al-nusra-front", role: "took-part" },
        { force: "ahrar-ash-sham", role: "took-part" },
        { force: "liwaa-al-umma", role: "took-part" },
        { force: "government", role: "took-part" },
        { force: "syrian-armed-forces", role: "took-part" },
      ],
      outcome: "inconclusive",
      summary:
        "For ten and a half months, government forces fought a range of rebel groups across Idlib Governorate, from the Free Syrian Army to al-Nusra and Ahrar ash-Sham. The fighting came after the army's April 2012 operation in the province and a cease-fire attempt that ended on 2 June.",
      tags: ["offensive"],
      citations: [idlibFrontMatter, idlib.lead],
    },
    {
      id: "2012-08-29-to-2013-01-11-battle-for-taftanaz-airbase",
      title: "Rebels fight for the Taftanaz airbase (August 2012 – January 2013)",
      clause: "rebels fought for the Taftanaz airbase",
      date: { precision: "range", start: "2012-08-29", end: "2013-01-11" },
      places: ["taftanaz-airbase"],
      forces: [
        { force: "free-syrian-army", role: "attacker" },
        { force: "al-nusra-front", role: "attacker" },
        { force: "ahrar-ash-sham", role: "attacker" },
        { force: "syrian-army", role: "defender" },
        { force: "syrian-air-force", role: "defender" },
      ],
      outcome: "rebel-gain",
      summary:
        "Rebels attacked the army's main helicopter base in Idlib again and again from late August 2012, failing in August and November. In January 2013 an assault joined by al-Nusra and Ahrar ash-Sham finally overran it.",
      tags: ["airbase", "attack", "capture", "helicopter"],
      citations: [idlib.aug2012, idlib.nov2012, idlib.jan2013],
    },
  ],
  figures: [],
  forces: [
    {
      id: "liwaa-al-umma",
      name: "Liwaa al-Umma",
      aliases: ["Liwa al-Umma"],
      kind: "brigade",
      side: "rebels",
      parent: "rebels",
      description:
        "A rebel brigade listed among the groups fighting the government in the Idlib clashes of 2012–2013; the article names it only in its header and tells nothing of its actions.",
      citations: [idlibFrontMatter],
    },
    {
      id: "jamal-marouf-rebels",
      name: "Jamal Marouf's rebels",
      aliases: [],
      kind: "group",
      side: "rebels",
      parent: "rebels",
      description:
        "The rebel fighters led by the commander Jamal Marouf who dug in on the edge of the Abu al-Duhur airbase in 2012; the article gives their group no other name.",
      citations: [idlib.sep2012],
    },
  ],
  places: [],
  placeNotes: [],
  claimants: [],
  discrepancies: [],
};
