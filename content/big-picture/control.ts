import type { z } from "zod";
import type { ControlRecordSchema } from "../../lib/content/schema";
import { aleppo, idlib, maarat, recapture, wadiDeif } from "./citations";

/**
 * Who held each contested place, period by period. A period is recorded only
 * where the documents say who held the place; the gaps between periods are
 * "not stated" and are never asked.
 *
 * Dating rule: when a document gives only a month or part of a month, the
 * period is cut to days that certainly fall inside what it says (a town taken
 * "during August" is held from 31 August; a state reported "in early June" is
 * dated 10 June). Claims stay claims: the basis says who made them.
 */
export const control: z.input<typeof ControlRecordSchema>[] = [
  // -------------------------------------------------------------------------
  // Maarat al-Numan and the bases beside it
  {
    place: "maarat-al-numan",
    periods: [
      {
        from: "2012-06-10",
        to: "2012-07-26",
        holder: "rebels",
        basis:
          "The October accounts say rebels first took the town on 10 June 2012 and lost it in August. The July entries fit badly: on 27 July rebels still had to overrun an army post in the town, so their hold was partial at best.",
        citations: [idlib.oct2012, maarat.offensive, idlib.jul2012],
      },
      {
        from: "2012-08-31",
        to: "2012-10-09",
        holder: "government",
        forces: ["syrian-armed-forces"],
        basis:
          "The military won the town back at some point in August 2012 (no day is given) and still held it when the rebels attacked on 8 October.",
        citations: [idlib.oct2012, maarat.offensive],
      },
      {
        from: "2012-10-10",
        to: "2013-02-11",
        holder: "rebels",
        forces: ["free-syrian-army", "al-nusra-front"],
        basis:
          "Rebel control dates from 10 October 2012; in November the army was still trying to retake the town, and in February 2013 rebel groups were massing there.",
        citations: [maarat.infobox, wadiDeif.excerpts],
      },
      {
        from: "2013-02-12",
        to: "2020-01-28",
        holder: "rebels",
        basis:
          "The 2020 report says the government lost the town in 2012 and won it back only in January 2020; no document records a change of hands in between.",
        citations: [recapture.body],
      },
      {
        from: "2020-01-29",
        to: "2020-01-29",
        holder: "government",
        forces: ["syrian-army"],
        basis:
          "Government forces recaptured the town on Wednesday 29 January 2020 and were fortifying it and clearing mines the same day.",
        citations: [recapture.headline, recapture.body],
      },
    ],
  },
  {
    place: "wadi-deif-base",
    periods: [
      {
        from: "2012-10-08",
        to: "2013-04-14",
        holder: "government",
        forces: ["syrian-army"],
        basis:
          "The rebels besieged the base from October 2012 but never took it; the army broke the siege in mid-April 2013.",
        citations: [maarat.aftermath, wadiDeif.excerpts],
      },
    ],
  },
  {
    place: "hamidiya-base",
    periods: [
      {
        from: "2012-10-10",
        to: "2013-02-10",
        holder: "government",
        forces: ["syrian-army"],
        basis:
          "Two army bases on the edge of Maarat al-Numan stayed in army hands after the town fell. The excerpts name Hamidiya as an army base, beside Wadi Deif, when fighting flared around both on 10 February 2013.",
        citations: [wadiDeif.excerpts],
      },
    ],
  },

  // -------------------------------------------------------------------------
  // Air bases
  {
    place: "taftanaz-airbase",
    periods: [
      {
        from: "2012-08-29",
        to: "2013-01-10",
        holder: "government",
        forces: ["syrian-army"],
        basis:
          "It was an army base when the FSA first attacked it on 29 August 2012. The rebels claimed by 31 August to have taken it, but later entries still treat it as the army's and say their attempts had failed; SOHR said the government still held it on 5 January 2013.",
        citations: [idlib.aug2012, idlib.nov2012, idlib.jan2013],
      },
      {
        from: "2013-01-11",
        to: "2013-01-13",
        holder: "rebels",
        forces: ["free-syrian-army", "ahrar-ash-sham", "al-nusra-front"],
        basis:
          "FSA units backed by al-Nusra held much of the base by 9 January 2013, and rebels including Ahrar ash-Sham and al-Nusra said they overran it on 11 January. Government jets struck it hours later and again on 13 January; no later entry has it changing hands.",
        citations: [idlib.jan2013],
      },
    ],
  },
  {
    place: "abu-al-duhur-airbase",
    periods: [
      {
        from: "2012-09-30",
        to: "2013-04-01",
        holder: "government",
        forces: ["syrian-air-force"],
        basis:
          "Rebels under Jamal Marouf had partly surrounded this air force base by September 2012, and in April 2013 (no day is given) the government still held it after months of siege.",
        citations: [idlib.sep2012, idlib.apr2013],
      },
    ],
  },

  // -------------------------------------------------------------------------
  // Border crossings, July 2012
  {
    place: "bab-al-hawa",
    periods: [
      {
        from: "2012-07-21",
        to: "2012-07-22",
        holder: "rebels",
        forces: ["free-syrian-army"],
        basis:
          "SOHR said rebels took the crossing, Turkish journalists said the army won it back a day later, but an Al Jazeera reporter then found the FSA firmly in charge (the article's '21 June' must mean 21 July), and on 22 July the FSA held it.",
        citations: [idlib.jul2012],
      },
    ],
  },
  {
    place: "bab-al-salam",
    periods: [
      {
        from: "2012-07-22",
        to: "2012-07-22",
        holder: "rebels",
        forces: ["free-syrian-army"],
        basis:
          "The FSA took the crossing at a cost of twelve dead and was one of three crossings into Turkey it held on 22 July 2012.",
        citations: [idlib.jul2012],
      },
    ],
  },
  {
    place: "jarabulus",
    periods: [
      {
        from: "2012-07-22",
        to: "2012-07-22",
        holder: "rebels",
        basis:
          "The border town fell to rebels when government forces left it, and it counted among the three crossings the FSA held on 22 July 2012. The Aleppo article also lists it among the rebels' gains.",
        citations: [idlib.jul2012, aleppo.infobox],
      },
    ],
  },

  // -------------------------------------------------------------------------
  // Idlib province
  {
    place: "idlib",
    periods: [
      {
        from: "2012-06-10",
        to: "2013-01-26",
        holder: "government",
        forces: ["syrian-army"],
        basis:
          "In early June 2012 rebels held the edges of Idlib city but not the city itself; after Salqin fell in October it was one of three places the army kept, and the FSA's January 2013 attack took only checkpoints on its western edge.",
        citations: [idlib.jun2012, idlib.oct2012, idlib.jan2013],
      },
    ],
  },
  {
    place: "jisr-al-shughur",
    periods: [
      {
        from: "2012-10-28",
        to: "2012-11-13",
        holder: "government",
        forces: ["syrian-army"],
        basis:
          "After Salqin fell on 28 October 2012 the article counts Jisr al-Shughur among the three places the army still held, and on 13 November the army said its Sararif quarter was secure.",
        citations: [idlib.oct2012, idlib.nov2012],
      },
    ],
  },
  {
    place: "khan-shaykhun",
    periods: [
      {
        from: "2012-07-31",
        to: "2012-10-28",
        holder: "government",
        forces: ["syrian-army"],
        basis:
          "The army stormed the town on 6 July 2012 and took control later that month (no day is given). It was still one of only three places the army held in the province when Salqin fell on 28 October.",
        citations: [idlib.jul2012, idlib.oct2012],
      },
    ],
  },
  {
    place: "saraqib",
    periods: [
      {
        from: "2012-03-31",
        to: "2012-06-25",
        holder: "government",
        basis:
          "The area had been counted as government-held since the army's crackdown on Idlib and Saraqib in March 2012, until the large defection nearby on 26 June.",
        citations: [idlib.jun2012],
      },
      {
        from: "2012-06-27",
        to: "2012-06-27",
        holder: "rebels",
        basis: "Around 27 June 2012 the town was reported to be under opposition control.",
        citations: [idlib.jun2012],
      },
      {
        from: "2012-11-01",
        to: "2012-11-01",
        holder: "rebels",
        basis: "Al Jazeera called Saraqib a rebel-held town when rebels attacked three highway checkpoints near it on 1 November 2012.",
        citations: [idlib.nov2012],
      },
      {
        from: "2020-01-29",
        to: "2020-01-29",
        holder: "rebels",
        basis:
          "In late January 2020 the front line had been pushed to within 10 km of Saraqib, the next town up the M5, where an activist described a town three-quarters empty ahead of possible fighting.",
        citations: [recapture.body],
      },
    ],
  },
  {
    place: "ariha",
    periods: [
      {
        from: "2012-06-11",
        to: "2012-08-10",
        holder: "rebels",
        basis:
          "Rebels had taken the town months before the army came back on 11 August 2012 (the capture itself is not dated), so they held it for at least two months before that day.",
        citations: [idlib.aug2012],
      },
      {
        from: "2012-08-11",
        to: "2012-08-12",
        holder: "government",
        forces: ["syrian-army"],
        basis: "Late on 11 August 2012 troops backed by tanks entered the town and retook it.",
        citations: [idlib.aug2012],
      },
      {
        from: "2012-08-13",
        to: "2012-08-13",
        holder: "rebels",
        basis:
          "Al Jazeera reported on 13 August 2012 that the rebels were back in the town and had blocked a key route to Aleppo.",
        citations: [idlib.aug2012],
      },
      {
        from: "2020-01-29",
        to: "2020-01-29",
        holder: "rebels",
        basis:
          "In January 2020 an activist expected the army to advance toward Ariha and Saraqib for battles there, so both were still outside government control.",
        citations: [recapture.body],
      },
    ],
  },
  {
    place: "kafr-nabl",
    periods: [
      {
        from: "2012-08-31",
        to: "2012-08-31",
        holder: "rebels",
        basis:
          "Rebels seized the town at some point in August 2012 (no day is given), taking 112 soldiers prisoner.",
        citations: [idlib.aug2012],
      },
    ],
  },
  {
    place: "armanaz",
    periods: [
      {
        from: "2012-07-22",
        to: "2012-07-22",
        holder: "rebels",
        basis: "By 22 July 2012 rebel fighters had taken the town north of Idlib city.",
        citations: [idlib.jul2012],
      },
    ],
  },
  {
    place: "khirbet-al-joz",
    periods: [
      {
        from: "2012-10-10",
        to: "2012-10-10",
        holder: "rebels",
        basis:
          "Rebels took the town near the Turkish border in early October 2012 (no day is given) after twelve hours of fighting.",
        citations: [idlib.oct2012],
      },
    ],
  },
  {
    place: "azmarin",
    periods: [
      {
        from: "2012-10-14",
        to: "2012-10-14",
        holder: "rebels",
        basis: "Rebels captured the town near the Turkish border on 14 October 2012.",
        citations: [idlib.oct2012],
      },
    ],
  },
  {
    place: "salqin",
    periods: [
      {
        from: "2012-10-28",
        to: "2012-10-28",
        holder: "rebels",
        forces: ["free-syrian-army"],
        basis:
          "The FSA said on 28 October 2012 that it had taken Salqin, described as the last suburb of Idlib city the government still held.",
        citations: [idlib.oct2012],
      },
    ],
  },
  {
    place: "al-tlul",
    periods: [
      {
        from: "2012-10-30",
        to: "2012-10-30",
        holder: "rebels",
        forces: ["free-syrian-army"],
        basis: "The FSA announced on 30 October 2012 that it had taken al-Tlul near the Turkish border.",
        citations: [idlib.oct2012],
      },
    ],
  },
  {
    place: "al-alani",
    periods: [
      {
        from: "2012-10-30",
        to: "2012-10-30",
        holder: "rebels",
        forces: ["free-syrian-army"],
        basis: "The FSA announced on 30 October 2012 that it had taken al-Alani near the Turkish border.",
        citations: [idlib.oct2012],
      },
    ],
  },
  {
    place: "sararif",
    periods: [
      {
        from: "2012-11-13",
        to: "2012-11-13",
        holder: "government",
        forces: ["syrian-army"],
        basis: "The Syrian Army announced on 13 November 2012 that Sararif, part of Jisr al-Shughur, was secure.",
        citations: [idlib.nov2012],
      },
    ],
  },
  {
    place: "harem",
    periods: [
      {
        from: "2012-12-25",
        to: "2012-12-25",
        holder: "rebels",
        basis: "Rebel forces announced on 25 December 2012 that, after weeks of heavy fighting, they held the whole town.",
        citations: [idlib.dec2012],
      },
    ],
  },
  {
    place: "al-rami",
    periods: [
      {
        from: "2013-01-12",
        to: "2013-01-12",
        holder: "rebels",
        forces: ["free-syrian-army"],
        basis: "It was reported on 12 January 2013 that the FSA had taken the town earlier that week.",
        citations: [idlib.jan2013],
      },
    ],
  },
  {
    place: "rodoko-checkpoint",
    periods: [
      {
        from: "2013-01-20",
        to: "2013-01-20",
        holder: "rebels",
        forces: ["free-syrian-army"],
        basis:
          "The FSA overran the checkpoint on Idlib's western edge on 20 January 2013, killing 15 soldiers and capturing three tanks; the other soldiers fled.",
        citations: [idlib.jan2013],
      },
    ],
  },
  {
    place: "hish",
    periods: [
      {
        from: "2013-02-07",
        to: "2013-02-07",
        holder: "rebels",
        basis:
          "Time's report of 7 February 2013 has rebels of Hish watching the M5 from the town, with army tanks at an outpost on a nearby hill.",
        citations: [idlib.feb2013],
      },
    ],
  },
  {
    place: "qalaat-al-madiq",
    periods: [
      {
        from: "2012-06-10",
        to: "2012-06-10",
        holder: "rebels",
        basis:
          "In early June 2012 the town housed one of the main rebel headquarters, while the army kept a base in the old citadel under a truce.",
        citations: [idlib.jun2012],
      },
    ],
  },

  // -------------------------------------------------------------------------
  // Aleppo province
  {
    place: "darat-izza",
    periods: [
      {
        from: "2012-04-24",
        to: "2012-04-24",
        holder: "rebels",
        basis:
          "On 24 April 2012 the article calls Darat Izza a rebel-held town, next to an army base the rebels said they had just captured.",
        citations: [aleppo.clashes],
      },
    ],
  },
  {
    place: "azaz",
    periods: [
      {
        from: "2012-07-09",
        to: "2012-07-09",
        holder: "rebels",
        basis:
          "On 9 July 2012 four soldiers died trying to enter Azaz, which the article calls opposition-held, although it dates full FSA control only to 23 July.",
        citations: [aleppo.clashes],
      },
      {
        from: "2012-07-23",
        to: "2012-08-15",
        holder: "rebels",
        forces: ["free-syrian-army"],
        basis:
          "FSA control of Azaz was confirmed on 23 July 2012, and the town was still rebel-held when jets bombed it on 15 August.",
        citations: [aleppo.aftermath],
      },
    ],
  },
  {
    place: "atarib",
    periods: [
      {
        from: "2012-07-20",
        to: "2012-07-20",
        holder: "rebels",
        basis:
          "The Aleppo article calls Atarib rebel-held in an undated entry set between the start of the battle for Aleppo city on 19 July 2012 and its entry for 21 July.",
        citations: [aleppo.aftermath, aleppo.infobox],
      },
    ],
  },
  {
    place: "al-bab",
    periods: [
      {
        from: "2012-07-31",
        to: "2012-07-31",
        holder: "rebels",
        forces: ["free-syrian-army"],
        basis:
          "In late July 2012 (no day is given) the FSA swept the Aleppo countryside and rebels drove captured armour through al-Bab.",
        citations: [aleppo.aftermath, aleppo.infobox],
      },
    ],
  },

  // -------------------------------------------------------------------------
  // 2020
  {
    place: "deir-sharqi",
    periods: [
      {
        from: "2020-01-28",
        to: "2020-01-28",
        holder: "government",
        forces: ["syrian-army"],
        basis: "A photo caption shows army soldiers in the captured village east of Maarat al-Numan on 28 January 2020.",
        citations: [recapture.headline],
      },
    ],
  },
  {
    place: "talmans",
    periods: [
      {
        from: "2020-01-28",
        to: "2020-01-28",
        holder: "government",
        forces: ["syrian-army"],
        basis: "A photo caption shows army soldiers in the captured village east of Maarat al-Numan on 28 January 2020.",
        citations: [recapture.headline],
      },
    ],
  },
  {
    place: "al-rashidin",
    periods: [
      {
        from: "2020-01-29",
        to: "2020-01-29",
        holder: "government",
        basis:
          "An activist and the state news agency SANA both said government forces seized the district in western Aleppo's countryside in fighting that ended on the Wednesday.",
        citations: [recapture.body],
      },
    ],
  },
];
