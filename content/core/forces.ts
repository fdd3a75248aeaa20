import type { z } from "zod";
import type { ForceSchema } from "../../lib/content/schema";

const MAARAT = "000_4e18d6cfd8d74cdd.txt";
const IDLIB = "002_475e68448c0becbd.txt";
const ALEPPO = "004_27c65858f98fc532.txt";

/**
 * Sides and the main groups shared by every document. Units, commanders and
 * smaller groups are added by the document folders with a `parent` here.
 */
export const forces: z.input<typeof ForceSchema>[] = [
  {
    id: "rebels",
    name: "Rebels (opposition forces)",
    aliases: ["opposition fighters", "rebel forces", "opposition forces"],
    kind: "side",
    side: "rebels",
    description: "All armed groups fighting the Syrian government in these battles, from Free Syrian Army units to Islamist groups.",
    citations: [
      { doc: MAARAT, section: "infobox" },
      { doc: ALEPPO, section: "infobox" },
      { doc: IDLIB, section: "lead" },
    ],
  },
  {
    id: "government",
    name: "Syrian government forces",
    aliases: ["Syrian Government", "Syrian Arab Republic", "government forces", "pro-government forces"],
    kind: "side",
    side: "government",
    description: "The Syrian state and everyone fighting for it: the armed forces, security agencies and allied militias.",
    citations: [
      { doc: MAARAT, section: "infobox" },
      { doc: ALEPPO, section: "infobox" },
      { doc: IDLIB, section: "lead" },
    ],
  },
  {
    id: "free-syrian-army",
    name: "Free Syrian Army",
    aliases: ["FSA"],
    kind: "coalition",
    side: "rebels",
    parent: "rebels",
    description: "The main rebel coalition of 2012, formed largely around army defectors; it led the fighting in both Idlib and Aleppo.",
    citations: [
      { doc: MAARAT, section: "infobox" },
      { doc: ALEPPO, section: "infobox" },
      { doc: IDLIB, section: "lead" },
    ],
  },
  {
    id: "al-nusra-front",
    name: "Al-Nusra Front",
    aliases: ["Jabhat al-Nusra", "Jahbat al-Nusra", "Nusra"],
    kind: "group",
    side: "rebels",
    parent: "rebels",
    description: "A jihadist group fighting the government alongside other rebels; it is blamed for the Aleppo bombings of February 2012 and fought at Maarat al-Numan.",
    citations: [
      { doc: MAARAT, section: "infobox" },
      { doc: ALEPPO, section: "lead" },
      { doc: IDLIB, section: "January 2013" },
    ],
  },
  {
    id: "ahrar-ash-sham",
    name: "Ahrar ash-Sham",
    aliases: ["Ahrar al-Sham"],
    kind: "group",
    side: "rebels",
    parent: "rebels",
    description: "An Islamist rebel group that joined the assault on the Taftanaz air base in January 2013.",
    citations: [{ doc: IDLIB, section: "January 2013" }],
  },
  {
    id: "suqour-al-sham",
    name: "Suqour al-Sham",
    // "Sham Falcons" is how the Idlib article's June account names it in English.
    aliases: ["Sham Falcons", "Suqour al-Sham Brigade"],
    kind: "brigade",
    side: "rebels",
    // Not under the FSA: the Idlib article's list of belligerents gives the Suqour al-Sham Brigade its own
    // entry beside the FSA, and the Wadi Deif excerpts name it next to the FSA's Idlib council as a separate
    // group. Only the June 2012 account calls the Sham Falcons FSA forces (discrepancy suqour-al-sham-fsa-or-separate).
    parent: "rebels",
    description:
      "A rebel brigade listed beside the Free Syrian Army, not under it, among the groups fighting in Idlib. As the Sham Falcons it held villages in the Jabal al-Zawiya hills in June 2012, when one account called it FSA forces; in February 2013 it was among the groups gathering around Maarat al-Numan for a new attack on the Wadi Deif base.",
    citations: [
      { doc: IDLIB, section: "front matter" },
      { doc: IDLIB, section: "June 2012" },
      { doc: "001_44796f8d6eb24ddf.txt", section: "excerpts" },
    ],
  },
  {
    id: "syrian-armed-forces",
    name: "Syrian Armed Forces",
    // The documents speak of "the military" throughout.
    aliases: ["Syrian military"],
    kind: "armed-forces",
    side: "government",
    parent: "government",
    description: "The government's military as a whole, including the army and the air force.",
    citations: [
      { doc: MAARAT, section: "infobox" },
      { doc: ALEPPO, section: "infobox" },
    ],
  },
  {
    id: "syrian-army",
    name: "Syrian Army",
    aliases: ["Syrian Arab Army", "regular army"],
    kind: "armed-forces",
    side: "government",
    parent: "syrian-armed-forces",
    description: "The ground forces of the Syrian government, with tank and mechanised brigades fighting in Idlib and Aleppo.",
    citations: [
      { doc: MAARAT, section: "lead" },
      { doc: ALEPPO, section: "infobox" },
    ],
  },
  {
    id: "syrian-air-force",
    name: "Syrian Air Force",
    aliases: ["air force"],
    kind: "armed-forces",
    side: "government",
    parent: "syrian-armed-forces",
    description: "The government's jets and helicopters, used for air strikes on rebel-held towns and to supply besieged bases.",
    citations: [
      { doc: MAARAT, section: "Rebel offensive" },
      { doc: ALEPPO, section: "infobox" },
    ],
  },
  {
    id: "shabiha",
    name: "Shabiha",
    aliases: [],
    kind: "militia",
    side: "government",
    parent: "government",
    description: "Irregular pro-government militias, listed with the security agencies and clan militias among the forces fighting for the government around Aleppo.",
    citations: [{ doc: ALEPPO, section: "infobox" }],
  },
];
