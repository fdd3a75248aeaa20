import type { z } from "zod";
import type { ClaimantSchema } from "../../lib/content/schema";

/** Who stated a number. Every figure claim names one of these (or one a document folder adds). */
export const claimants: z.input<typeof ClaimantSchema>[] = [
  {
    id: "sohr",
    name: "Syrian Observatory for Human Rights (SOHR)",
    kind: "monitoring-group",
    description: "An opposition-aligned monitoring group that counted casualties throughout the war; the documents often quote its tallies.",
  },
  {
    id: "sana",
    // Most passages say only "state media"; naming SANA would be more precise than they are.
    name: "Syrian state media",
    kind: "state-media",
    side: "government",
    description: "State-run outlets, among them SANA, the government's official news agency.",
  },
  {
    id: "syrian-military",
    name: "Syrian military and government statements",
    kind: "military",
    side: "government",
    description: "Statements by the Syrian army, its spokespeople or government officials.",
  },
  {
    id: "rebel-sources",
    name: "Rebel sources",
    kind: "rebels",
    side: "rebels",
    description: "Rebel fighters, commanders, media officials, spokesmen and Free Syrian Army announcements.",
  },
  {
    id: "opposition-activist",
    // The documents say "an opposition activist" or "opposition sources", rarely more.
    name: "Opposition sources",
    kind: "activist",
    side: "rebels",
    description: "Activists and other opposition voices, usually unnamed, who passed reports to the press.",
  },
  {
    id: "turkish-government",
    name: "Turkish government",
    kind: "foreign-government",
    side: "foreign",
    description: "Officials of neighbouring Turkey, which shares the border crossings fought over in Idlib and Aleppo.",
  },
  {
    id: "turkish-journalists",
    name: "Turkish journalists",
    kind: "journalist",
    description: "Reporters from Turkey who covered the fighting near the border.",
  },
  {
    id: "al-jazeera",
    name: "Al Jazeera",
    kind: "news-agency",
    description: "A Qatar-based television news network.",
  },
  {
    id: "afp",
    name: "Agence France-Presse (AFP)",
    kind: "news-agency",
    description: "A French international news agency whose reporters and tallies the documents quote.",
  },
  {
    id: "time-magazine",
    name: "Time magazine",
    kind: "journalist",
    description: "An American news magazine whose reporters visited rebel positions in Idlib.",
  },
  {
    id: "bbc",
    name: "BBC",
    kind: "news-agency",
    description: "The British public broadcaster.",
  },
  {
    id: "middle-east-eye",
    name: "Middle East Eye",
    kind: "news-agency",
    description: "A London-based news website; it wrote the 2020 article on the recapture of Maarat al-Numan.",
  },
  {
    id: "encyclopedia-unattributed",
    name: "The encyclopedia article (no source named)",
    kind: "document",
    description: "The encyclopedia text gives the number without saying who reported it.",
  },
];
