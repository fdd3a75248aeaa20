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
    aliases: ["Sham Falcons", "Suqour al-Sham Brigade"],
    kind: "brigade",
    side: "rebels",
    parent: "free-syrian-army",
    description:
      "A rebel brigade; the Idlib article calls its \"Sham Falcons\" FSA forces holding villages in the Jabal al-Zawiya hills in June 2012, and by February 2013 it was among the groups gathering around Maarat al-Numan.",
    // Cited where the body text names it (002's lead only lists it in the file's metadata tags).
    citations: [
      { doc: IDLIB, section: "June 2012" },
      { doc: "001_44796f8d6eb24ddf.txt", section: "excerpts" },
    ],
  },
  {
    id: "syrian-armed-forces",
    name: "Syrian Armed Forces",
    aliases: [],
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
