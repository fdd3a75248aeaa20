import type { z } from "zod";
import type { SourceSchema } from "../../lib/content/schema";

/**
 * The five source documents of this unit. Citations point at `file` and one of
 * `sections`. `period` is inclusive and covers everything the document talks
 * about, background and aftermath included: the validator rejects an event
 * dated outside the periods of all the documents it cites.
 */
export const sources: z.input<typeof SourceSchema>[] = [
  {
    id: "maarat-battle-2012",
    file: "000_4e18d6cfd8d74cdd.txt",
    title: "Battle of Maarat al-Numan (2012)",
    inSentence: "the article on the 2012 battle of Maarat al-Numan",
    kind: "encyclopedia-article",
    publisher: "Wikipedia",
    // Mentions the first rebel capture on 10 June 2012 and the end of the
    // Wadi Deif siege in mid-April 2013.
    period: { start: "2012-06-10", end: "2013-04-30" },
    licence: "Wikipedia text, CC BY-SA 4.0. Facts only; all wording in the app is its own.",
    sections: ["infobox", "lead", "Rebel offensive", "Military counter-attack and Wadi Deif siege", "Aftermath"],
  },
  {
    id: "wadi-deif-siege",
    file: "001_44796f8d6eb24ddf.txt",
    title: "Siege of the Wadi Deif base (excerpts from the fuller Maarat al-Numan article)",
    inSentence: "the fuller article on the 2012 battle for Maarat al-Numan",
    kind: "article-excerpts",
    publisher: "Wikipedia",
    // From the offensive of 8 October 2012 to the fighting of mid-April 2013.
    period: { start: "2012-10-08", end: "2013-04-30" },
    licence: "Wikipedia text, CC BY-SA 4.0. Facts only; all wording in the app is its own.",
    sections: ["excerpts"],
  },
  {
    id: "idlib-clashes-2012-2013",
    file: "002_475e68448c0becbd.txt",
    title: "Idlib Governorate clashes (June 2012–April 2013)",
    inSentence: "the Idlib clashes article",
    kind: "encyclopedia-article",
    publisher: "Wikipedia",
    published: "2023-07-28",
    // Background from the April 2012 government operation and cease-fire,
    // timeline to April 2013.
    period: { start: "2012-04-01", end: "2013-04-30" },
    licence: "Wikipedia text, CC BY-SA 4.0. Facts only; all wording in the app is its own.",
    sections: [
      // The YAML header before the text: subject, dates, places and the belligerents' tags.
      "front matter",
      "lead",
      "June 2012",
      "July 2012",
      "August 2012",
      "September 2012",
      "October 2012",
      "November 2012",
      "December 2012",
      "January 2013",
      "February 2013",
      "April 2013",
    ],
  },
  {
    id: "maarat-recapture-2020",
    file: "003_5871927fd6ea0161.txt",
    title: "Syrian army recaptures strategic rebel town Maaret al-Numan",
    inSentence: "the Middle East Eye report",
    kind: "news-article",
    publisher: "Middle East Eye",
    published: "late January 2020",
    // The article recalls that the government lost the town in 2012 and that
    // the offensive began in 2019; its news is from late January 2020.
    period: { start: "2012-01-01", end: "2020-01-31" },
    licence: "Copyrighted news article (Middle East Eye). Facts only; no text is reused.",
    sections: ["headline", "body"],
  },
  {
    id: "aleppo-clashes-2012",
    file: "004_27c65858f98fc532.txt",
    title: "2012 Aleppo Governorate clashes",
    inSentence: "the Aleppo clashes article",
    kind: "encyclopedia-article",
    publisher: "Wikipedia",
    // Background from the protests of April 2011, aftermath to mid-August 2012.
    period: { start: "2011-04-13", end: "2012-08-31" },
    licence: "Wikipedia text, CC BY-SA 4.0. Facts only; all wording in the app is its own.",
    sections: ["infobox", "lead", "Background", "Bombings", "Armed clashes", "Aftermath"],
  },
];

/** Source file names by short key, for citations written in code. */
export const sourceFiles = {
  maaratBattle: "000_4e18d6cfd8d74cdd.txt",
  wadiDeif: "001_44796f8d6eb24ddf.txt",
  idlibClashes: "002_475e68448c0becbd.txt",
  maaratRecapture: "003_5871927fd6ea0161.txt",
  aleppoClashes: "004_27c65858f98fc532.txt",
} as const;
