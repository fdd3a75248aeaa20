import type { z } from "zod";
import type { ClaimantSchema } from "../../lib/content/schema";

/**
 * Who stated a number. Every figure claim names one of these (or one a document folder adds).
 *
 * `name` is what a student reads, often mid-sentence ("Which figure did the
 * Syrian Observatory for Human Rights (SOHR) give?", "… according to rebel
 * sources"), so it is a plain phrase that starts in lower case unless it
 * starts with a proper name.
 */
export const claimants: z.input<typeof ClaimantSchema>[] = [
  {
    id: "sohr",
    name: "the Syrian Observatory for Human Rights (SOHR)",
    kind: "monitoring-group",
    description: "An opposition-aligned monitoring group that counted casualties throughout the war; the documents often quote its tallies.",
  },
  {
    id: "sana",
    // Some passages name SANA, most say only "state media" or "Syrian media"; SANA is the state's news agency.
    name: "Syrian state media (SANA)",
    kind: "state-media",
    side: "government",
    description: "State-run outlets, among them SANA, the government's official news agency.",
  },
  {
    id: "syrian-military",
    name: "the Syrian government and military",
    kind: "military",
    side: "government",
    description: "Statements by the Syrian army, its spokespeople or government officials.",
  },
  {
    id: "rebel-sources",
    name: "rebel sources",
    kind: "rebels",
    side: "rebels",
    description: "Rebel fighters, commanders, media officials, spokesmen and Free Syrian Army announcements.",
  },
  {
    id: "opposition-activist",
    // The documents say "an opposition activist"; reports credited only to "opposition sources" use
    // the claimant opposition-sources (document folder 002).
    name: "an opposition activist",
    kind: "activist",
    side: "rebels",
    description: "An unnamed opposition activist quoted by the documents; different passages quote different activists.",
  },
  {
    id: "turkish-government",
    name: "the Turkish government",
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
    name: "the news agency AFP",
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
    name: "the BBC",
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
    // Never shown as a name: for these claims the app names the article itself.
    name: "the article itself, naming no source",
    kind: "document",
    description: "The encyclopedia text gives the number without saying who reported it.",
  },
];
