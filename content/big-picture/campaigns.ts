import type { z } from "zod";
import type { CampaignSchema } from "../../lib/content/schema";
import { aleppo, idlib, idlibFrontMatter, maarat, recapture, wadiDeif } from "./citations";

/**
 * Every battle, siege, offensive and campaign of the unit, with what a
 * teacher tests first: who fought whom, who led them, when it began and
 * ended, how it came out and what changed hands. Mostly the documents'
 * summary boxes and opening paragraphs.
 *
 * Territory changes name the groups a document credits; where it only says
 * "rebels", `forces` stays empty. Claims that a later passage contradicts
 * (the army's reported retaking of Bab al-Hawa, the rebels' claim to have
 * taken Taftanaz in August 2012) are not entered as changes of hands; the
 * result text and the control records say how they stand.
 */
export const campaigns: z.input<typeof CampaignSchema>[] = [
  // -------------------------------------------------------------------------
  // The umbrella campaign: the Idlib clashes as a whole
  {
    id: "idlib-governorate-clashes-2012-2013",
    name: "Idlib Governorate clashes (June 2012–April 2013)",
    inSentence: "the Idlib Governorate clashes of June 2012 to April 2013",
    kind: "clashes",
    event: "2012-06-03-to-2013-04-18-idlib-governorate-clashes",
    start: { precision: "day", date: "2012-06-03" },
    end: { precision: "day", date: "2013-04-18" },
    startedWith: {
      text: "The end of a cease-fire attempt (14 April – 2 June 2012) that had followed the government's April operation",
      event: "2012-04-14-ceasefire-attempt",
      citations: [idlib.lead, idlibFrontMatter],
    },
    places: [
      "maarat-al-numan",
      "wadi-deif-base",
      "taftanaz-airbase",
      "abu-al-duhur-airbase",
      "bab-al-hawa",
      "idlib",
      "saraqib",
      "ariha",
      "khan-shaykhun",
      "jisr-al-shughur",
      "salqin",
      "harem",
      "kafr-nabl",
    ],
    sides: [
      {
        side: "rebels",
        belligerents: [
          "free-syrian-army",
          "suqour-al-sham",
          "dawood-battalion",
          "al-nusra-front",
          "ahrar-ash-sham",
          "liwaa-al-umma",
        ],
        citations: [idlibFrontMatter],
      },
      {
        side: "government",
        belligerents: ["government"],
        units: ["syrian-armed-forces", "syrian-army", "syrian-air-force"],
        citations: [idlibFrontMatter, idlib.jul2012, idlib.oct2012],
      },
    ],
    result: {
      winner: "none",
      text: "No verdict given: rebels took much of the province and the Taftanaz base, but the army kept Idlib city and broke the Wadi Deif blockade",
      citations: [idlib.oct2012, idlib.jan2013, idlib.apr2013],
    },
    territory: [
      {
        place: "maarat-al-numan",
        change: "captured",
        by: "rebels",
        date: { precision: "day", date: "2012-06-10" },
        citations: [idlib.oct2012, maarat.offensive],
      },
      {
        place: "saraqib",
        change: "held",
        by: "rebels",
        date: { precision: "day", date: "2012-06-27", qualifier: "around" },
        citations: [idlib.jun2012],
      },
      {
        place: "khan-shaykhun",
        change: "captured",
        by: "government",
        forces: ["syrian-army"],
        date: { precision: "part-of-month", month: "2012-07", part: "early" },
        citations: [idlib.jul2012],
      },
      {
        place: "armanaz",
        change: "captured",
        by: "rebels",
        date: { precision: "day", date: "2012-07-22", qualifier: "by" },
        citations: [idlib.jul2012],
      },
      {
        place: "bab-al-hawa",
        change: "captured",
        by: "rebels",
        forces: ["free-syrian-army"],
        date: { precision: "day", date: "2012-07-22", qualifier: "by" },
        citations: [idlib.jul2012],
      },
      {
        place: "ariha",
        change: "recaptured",
        by: "government",
        forces: ["syrian-army"],
        date: { precision: "day", date: "2012-08-11" },
        citations: [idlib.aug2012],
      },
      {
        place: "maarat-al-numan",
        change: "recaptured",
        by: "government",
        date: { precision: "month", month: "2012-08" },
        citations: [idlib.oct2012, maarat.offensive],
      },
      {
        place: "kafr-nabl",
        change: "captured",
        by: "rebels",
        date: { precision: "month", month: "2012-08", qualifier: "during" },
        citations: [idlib.aug2012],
      },
      {
        place: "abu-al-duhur-airbase",
        change: "besieged",
        by: "rebels",
        date: { precision: "month", month: "2012-09", qualifier: "by" },
        citations: [idlib.sep2012],
      },
      {
        place: "khirbet-al-joz",
        change: "captured",
        by: "rebels",
        date: { precision: "part-of-month", month: "2012-10", part: "early" },
        citations: [idlib.oct2012],
      },
      {
        place: "maarat-al-numan",
        change: "captured",
        by: "rebels",
        forces: ["free-syrian-army", "al-nusra-front"],
        date: { precision: "day", date: "2012-10-10" },
        citations: [maarat.infobox],
      },
      {
        place: "wadi-deif-base",
        change: "besieged",
        by: "rebels",
        date: { precision: "month", month: "2012-10" },
        citations: [maarat.aftermath, wadiDeif.excerpts],
      },
      {
        place: "azmarin",
        change: "captured",
        by: "rebels",
        date: { precision: "day", date: "2012-10-14" },
        citations: [idlib.oct2012],
      },
      {
        place: "salqin",
        change: "captured",
        by: "rebels",
        forces: ["free-syrian-army"],
        date: { precision: "day", date: "2012-10-28" },
        claimed: true,
        citations: [idlib.oct2012],
      },
      {
        place: "al-tlul",
        change: "captured",
        by: "rebels",
        forces: ["free-syrian-army"],
        date: { precision: "day", date: "2012-10-30" },
        claimed: true,
        citations: [idlib.oct2012],
      },
      {
        place: "al-alani",
        change: "captured",
        by: "rebels",
        forces: ["free-syrian-army"],
        date: { precision: "day", date: "2012-10-30" },
        claimed: true,
        citations: [idlib.oct2012],
      },
      {
        place: "harem",
        change: "captured",
        by: "rebels",
        date: { precision: "day", date: "2012-12-25" },
        claimed: true,
        citations: [idlib.dec2012],
      },
      {
        place: "taftanaz-airbase",
        change: "captured",
        by: "rebels",
        // FSA units with al-Nusra took most of the base on 9 January; Ahrar ash-Sham and al-Nusra are named on the 11th.
        forces: ["free-syrian-army", "ahrar-ash-sham", "al-nusra-front"],
        date: { precision: "day", date: "2013-01-11" },
        citations: [idlib.jan2013],
      },
      {
        place: "al-rami",
        change: "captured",
        by: "rebels",
        forces: ["free-syrian-army"],
        date: { precision: "day", date: "2013-01-12", qualifier: "by" },
        citations: [idlib.jan2013],
      },
    ],
    studySets: ["idlib-timeline-2012-06", "idlib-timeline-2013-02-to-2013-04"],
    citations: [idlibFrontMatter, idlib.lead],
  },

  // -------------------------------------------------------------------------
  // July 2012: the border crossings
  {
    id: "turkish-border-crossings-2012",
    name: "Capture of the Turkish border crossings (July 2012)",
    inSentence: "the rebel capture of the crossings into Turkey in July 2012",
    kind: "campaign",
    start: { precision: "month", month: "2012-07" },
    end: { precision: "day", date: "2012-07-22" },
    startedWith: {
      text: "A rebel attempt on a border crossing that the army beat back, then ten days of attacks on Bab al-Hawa",
      event: "2012-07-rebel-attack-on-border-crossing-repelled",
      citations: [idlib.jul2012],
    },
    endedWith: {
      text: "FSA control of three crossings into Turkey by 22 July",
      event: "2012-07-22-fsa-holds-three-crossings-into-turkey",
      citations: [idlib.jul2012],
    },
    places: ["bab-al-hawa", "bab-al-salam", "jarabulus"],
    target: {
      text: "The gateways on Syria's northern border with Turkey",
      citations: [idlib.jul2012],
    },
    sides: [
      {
        side: "rebels",
        belligerents: ["free-syrian-army"],
        casualties: ["bab-al-salam-jul-2012-rebels-killed", "bab-al-salam-jul-2012-rebels-wounded"],
        citations: [idlib.jul2012],
      },
      {
        side: "government",
        belligerents: ["syrian-army"],
        citations: [idlib.jul2012],
      },
    ],
    result: {
      winner: "rebels",
      text: "Rebel gain: the FSA held Bab al-Hawa, Bab al-Salam and Jarabulus by 22 July, although one report had the army retaking Bab al-Hawa",
      citations: [idlib.jul2012],
    },
    territory: [
      {
        place: "bab-al-hawa",
        change: "captured",
        by: "rebels",
        date: { precision: "range", start: "2012-07-18", end: "2012-07-22" },
        citations: [idlib.jul2012],
      },
      {
        place: "bab-al-salam",
        change: "captured",
        by: "rebels",
        forces: ["free-syrian-army"],
        date: { precision: "day", date: "2012-07-22", qualifier: "by" },
        citations: [idlib.jul2012],
      },
      {
        place: "jarabulus",
        change: "captured",
        by: "rebels",
        date: { precision: "day", date: "2012-07-22", qualifier: "by" },
        citations: [idlib.jul2012, aleppo.infobox],
      },
      {
        place: "bab-al-hawa",
        change: "held",
        by: "rebels",
        forces: ["free-syrian-army"],
        date: { precision: "day", date: "2012-07-22" },
        citations: [idlib.jul2012],
      },
    ],
    studySets: ["border-crossings-summer-2012", "idlib-timeline-2012-07"],
    citations: [idlib.jul2012],
  },

  // -------------------------------------------------------------------------
  // Aleppo countryside, February–July 2012
  {
    id: "aleppo-governorate-clashes-2012",
    name: "2012 Aleppo Governorate clashes",
    inSentence: "the February–July 2012 clashes in Aleppo Governorate",
    kind: "clashes",
    event: "2012-02-10-aleppo-governorate-clashes",
    start: { precision: "day", date: "2012-02-10" },
    end: { precision: "day", date: "2012-07-19" },
    startedWith: {
      text: "Twin bombings by the al-Nusra Front at the military intelligence building in Aleppo on 10 February 2012",
      event: "2012-02-10-aleppo-twin-bombings",
      citations: [aleppo.lead, aleppo.bombings],
    },
    endedWith: {
      text: "The rebel storming of Aleppo city on 19 July 2012, which opened the battle for the city",
      event: "2012-07-19-battle-for-aleppo-city-begins",
      citations: [aleppo.lead, aleppo.aftermath],
    },
    places: ["aleppo", "al-bab", "anadan", "atarib", "azaz", "darat-izza", "jarabulus", "kobani", "manbij", "tell-rifaat"],
    sides: [
      {
        side: "rebels",
        belligerents: ["free-syrian-army", "al-nusra-front"],
        // Alphabetical, not the summary box's order.
        units: [
          "aleppo-military-council",
          "amr-ibn-al-aas-battalion",
          "darat-izza-brigade",
          "dir-al-wafa-battalion",
          "free-north-brigade",
          "fursan-al-jabal-brigade",
          "ghuraba-al-sham-battalion",
          "halab-al-madina-brigade",
          "muthanna-ibn-haritha-battalion",
          "syrian-liberation-army",
        ],
        commanders: ["rifaat-khalil", "abdul-jabar-mohammed-egeydi", "obaid-mohammad-obaid", "mohammed-hamadeen"],
        strength: ["aleppo-clashes-2012-rebel-strength"],
        casualties: ["aleppo-clashes-2012-rebels-killed", "aleppo-clashes-2012-rebel-tanks-lost"],
        citations: [aleppo.infobox],
      },
      {
        side: "kurdish",
        belligerents: ["peoples-protection-units"],
        citations: [aleppo.infobox],
      },
      {
        side: "government",
        belligerents: ["government"],
        // Grouped by service, not in the summary box's order.
        units: [
          "syrian-armed-forces",
          "syrian-air-force",
          "4th-flying-training-squadron",
          "syrian-army",
          "15th-division",
          "46th-army-regiment",
          "infantry-border-guard-brigade",
          "111th-army-regiment",
          "99th-army-regiment",
          "2nd-reserve-division",
          "19th-mechanised-brigade",
          "6th-division",
          "80th-army-brigade",
          "11th-mechanised-brigade",
          "12th-armoured-brigade",
          "security-agencies",
          "berri-clan-militias",
          "shabiha",
        ],
        strength: ["aleppo-clashes-2012-government-strength", "aleppo-clashes-2012-government-tanks"],
        casualties: [
          "aleppo-clashes-2012-soldiers-killed",
          "aleppo-clashes-2012-armoured-vehicles-destroyed",
          "aleppo-clashes-2012-su-22-shot-down",
          "aleppo-clashes-2012-mig-23-shot-down",
          "aleppo-clashes-2012-l-39-shot-down",
          "aleppo-clashes-2012-mi-17-shot-down",
        ],
        citations: [aleppo.infobox],
      },
    ],
    result: {
      winner: "rebels",
      text: "Rebel victory: much of the countryside fell to the rebels while Aleppo city itself stayed firmly in government hands",
      citations: [aleppo.infobox, aleppo.lead],
    },
    territory: [
      {
        place: "darat-izza",
        change: "held",
        by: "rebels",
        date: { precision: "day", date: "2012-04-24", qualifier: "by" },
        citations: [aleppo.clashes],
      },
      {
        place: "jarabulus",
        change: "captured",
        by: "rebels",
        date: { precision: "day", date: "2012-07-22", qualifier: "by" },
        citations: [aleppo.infobox, idlib.jul2012],
      },
      {
        place: "azaz",
        change: "captured",
        by: "rebels",
        forces: ["free-syrian-army"],
        date: { precision: "day", date: "2012-07-23", qualifier: "by" },
        citations: [aleppo.infobox, aleppo.aftermath],
      },
      {
        place: "al-bab",
        change: "captured",
        by: "rebels",
        forces: ["free-syrian-army"],
        date: { precision: "part-of-month", month: "2012-07", part: "late" },
        citations: [aleppo.infobox, aleppo.aftermath],
      },
      { place: "manbij", change: "captured", by: "rebels", citations: [aleppo.infobox] },
      { place: "tell-rifaat", change: "captured", by: "rebels", citations: [aleppo.infobox] },
      { place: "anadan", change: "captured", by: "rebels", citations: [aleppo.infobox] },
      { place: "atarib", change: "captured", by: "rebels", citations: [aleppo.infobox, aleppo.aftermath] },
      {
        place: "kobani",
        change: "captured",
        by: "kurdish",
        forces: ["peoples-protection-units"],
        citations: [aleppo.infobox],
      },
    ],
    studySets: ["aleppo-countryside-2012", "idlib-timeline-2012-07"],
    citations: [aleppo.infobox, aleppo.lead],
  },

  // -------------------------------------------------------------------------
  // The air bases
  {
    id: "battle-for-taftanaz-airbase",
    name: "Battle for the Taftanaz airbase (2012–2013)",
    inSentence: "the rebel campaign of 2012–2013 against the Taftanaz airbase",
    kind: "battle",
    event: "2012-08-29-to-2013-01-11-battle-for-taftanaz-airbase",
    start: { precision: "day", date: "2012-08-29" },
    end: { precision: "day", date: "2013-01-11" },
    startedWith: {
      text: "An FSA offensive on the base on 29 August 2012, the rebels' first with technicals and heavy weapons",
      event: "2012-08-29-fsa-attacks-taftanaz-airbase",
      citations: [idlib.aug2012],
    },
    endedWith: {
      text: "The rebels' capture of the base on 11 January 2013, with al-Nusra and Ahrar ash-Sham taking part",
      event: "2013-01-11-rebels-overrun-taftanaz-airbase",
      citations: [idlib.jan2013],
    },
    places: ["taftanaz-airbase", "taftanaz"],
    target: {
      text: "The base that most of the army's helicopters in Idlib flew from",
      place: "taftanaz-airbase",
      citations: [idlib.aug2012],
    },
    sides: [
      {
        side: "rebels",
        belligerents: ["free-syrian-army", "al-nusra-front", "ahrar-ash-sham"],
        units: ["dawood-battalion", "al-taliah-al-islamiya-battalion"],
        commanders: ["islam-aloush"],
        strength: ["taftanaz-nov-2012-rebel-tanks", "taftanaz-jan-2013-rebel-brigades"],
        casualties: ["taftanaz-aug-2012-rebels-killed", "taftanaz-jan-2013-rebels-killed"],
        citations: [idlib.aug2012, idlib.nov2012, idlib.jan2013],
      },
      {
        side: "government",
        belligerents: ["syrian-armed-forces"],
        units: ["syrian-army", "syrian-air-force"],
        strength: ["taftanaz-jan-2013-garrison", "taftanaz-jan-2013-defending-soldiers", "taftanaz-jan-2013-defending-snipers"],
        casualties: [
          "taftanaz-aug-2012-soldiers-killed",
          "taftanaz-aug-2012-helicopters-destroyed",
          "taftanaz-jan-2013-soldiers-killed",
          "taftanaz-jan-2013-soldiers-executed",
        ],
        citations: [idlib.aug2012, idlib.jan2013],
      },
    ],
    result: {
      winner: "rebels",
      text: "Rebel victory: after failed attacks in August and November 2012, rebels overran the base in January 2013 and seized its weapons",
      citations: [idlib.jan2013],
    },
    territory: [
      {
        place: "taftanaz-airbase",
        change: "captured",
        by: "rebels",
        // FSA units with al-Nusra took most of the base on 9 January; Ahrar ash-Sham and al-Nusra are named on the 11th.
        forces: ["free-syrian-army", "ahrar-ash-sham", "al-nusra-front"],
        date: { precision: "day", date: "2013-01-11" },
        citations: [idlib.jan2013],
      },
    ],
    studySets: [
      "taftanaz-airbase",
      "idlib-timeline-2012-08-to-2012-09",
      "idlib-timeline-2012-11-to-2012-12",
      "idlib-timeline-2013-01",
    ],
    citations: [idlib.aug2012, idlib.nov2012, idlib.jan2013],
  },
  {
    id: "siege-of-abu-al-duhur-airbase",
    name: "Siege of the Abu al-Duhur airbase (2012–2013)",
    inSentence: "the rebel siege of the Abu al-Duhur airbase that began in 2012",
    kind: "siege",
    // Known only as "by September 2012" and "still besieged in April 2013": the years are what can be
    // asserted without claiming a start month or an end the documents do not give.
    start: { precision: "year", year: 2012 },
    end: { precision: "year", year: 2013 },
    startedWith: {
      text: "Rebel positions under Jamal Marouf on the base's western edge, within range of its runways",
      event: "2012-09-rebels-besiege-abu-al-duhur-airbase",
      citations: [idlib.sep2012],
    },
    places: ["abu-al-duhur-airbase"],
    sides: [
      {
        side: "rebels",
        belligerents: ["jamal-marouf-rebels"],
        commanders: ["jamal-marouf"],
        citations: [idlib.sep2012],
      },
      {
        side: "government",
        belligerents: ["syrian-armed-forces"],
        units: ["syrian-air-force", "syrian-army"],
        citations: [idlib.sep2012, idlib.apr2013],
      },
    ],
    result: {
      winner: "none",
      text: "Unresolved: in April 2013 the government still held the base, but it had been under siege for months and planes could not use it",
      citations: [idlib.sep2012, idlib.apr2013],
    },
    territory: [
      {
        place: "abu-al-duhur-airbase",
        change: "besieged",
        by: "rebels",
        date: { precision: "month", month: "2012-09", qualifier: "by" },
        citations: [idlib.sep2012],
      },
    ],
    studySets: ["idlib-timeline-2012-08-to-2012-09", "idlib-timeline-2013-02-to-2013-04"],
    citations: [idlib.sep2012, idlib.apr2013],
  },

  // -------------------------------------------------------------------------
  // Maarat al-Numan and the Wadi Deif base, October 2012 – April 2013
  {
    id: "battle-of-maarat-al-numan-2012",
    name: "Battle of Maarat al-Numan (2012)",
    inSentence: "the October 2012 battle for Maarat al-Numan",
    kind: "battle",
    event: "2012-10-08-to-13-battle-of-maarat-al-numan",
    start: { precision: "day", date: "2012-10-08" },
    end: { precision: "day", date: "2012-10-13" },
    startedWith: {
      text: "A rebel offensive to capture the town",
      event: "2012-10-08-rebels-launch-offensive-on-maarat-al-numan",
      citations: [maarat.offensive],
    },
    places: ["maarat-al-numan", "wadi-deif-base", "m5-wp04-maarat-al-numan"],
    target: {
      text: "A town beside the M5, on the army's road from Damascus to Aleppo",
      place: "maarat-al-numan",
      citations: [maarat.lead, maarat.offensive],
    },
    sides: [
      {
        side: "rebels",
        belligerents: ["free-syrian-army", "al-nusra-front"],
        units: ["knights-of-justice-brigade", "maarat-al-numan-martyrs-brigade"],
        commanders: ["heitam-afasi", "khaled-hmood", "fares-bayoush"],
        casualties: ["maarat-battle-2012-rebels-killed"],
        citations: [maarat.infobox],
      },
      {
        side: "government",
        belligerents: ["syrian-armed-forces"],
        // The summary box names only the 17th Armoured Brigade; the text has the army and the air force fighting.
        units: ["17th-armoured-brigade", "syrian-army", "syrian-air-force"],
        casualties: ["maarat-battle-2012-soldiers-killed", "maarat-battle-2012-soldiers-captured", "maarat-battle-2012-jets-shot-down"],
        citations: [maarat.infobox, maarat.lead, maarat.offensive],
      },
    ],
    result: {
      winner: "rebels",
      text: "A rebel victory: the rebels took the town but not the nearby Wadi Deif base",
      citations: [maarat.infobox, maarat.aftermath],
    },
    territory: [
      {
        place: "maarat-al-numan",
        change: "captured",
        by: "rebels",
        forces: ["free-syrian-army", "al-nusra-front"],
        date: { precision: "day", date: "2012-10-10" },
        citations: [maarat.infobox],
      },
      {
        place: "m5-wp04-maarat-al-numan",
        change: "captured",
        by: "rebels",
        date: { precision: "day", date: "2012-10-11" },
        citations: [maarat.infobox, maarat.counter],
      },
    ],
    studySets: ["battle-of-maarat-al-numan-2012", "idlib-timeline-2012-10"],
    citations: [maarat.infobox, maarat.lead, idlib.oct2012],
  },
  {
    id: "siege-of-wadi-deif-base",
    name: "Siege of the Wadi Deif base (2012–2013)",
    // Not "six-month": with its October start, the length would give away when the siege ended.
    inSentence: "the rebel siege of the Wadi Deif base",
    kind: "siege",
    start: { precision: "month", month: "2012-10" },
    end: { precision: "part-of-month", month: "2013-04", part: "mid" },
    startedWith: {
      text: "A rebel ring, with constant attacks, around the two army bases left on the edge of Maarat al-Numan",
      event: "2012-10-rebels-besiege-wadi-deif-and-hamidiya-bases",
      citations: [wadiDeif.excerpts, maarat.aftermath],
    },
    endedWith: {
      text: "The army's breaking of the rebel blockade in mid-April 2013",
      event: "2013-04-mid-army-breaks-siege-of-wadi-deif",
      citations: [maarat.aftermath, idlib.apr2013],
    },
    places: ["wadi-deif-base", "hamidiya-base", "maarat-al-numan", "m5-wp04-maarat-al-numan"],
    target: {
      text: "An army base by the M5 with an armoured regiment and a large fuel depot",
      place: "wadi-deif-base",
      citations: [wadiDeif.excerpts],
    },
    sides: [
      {
        side: "rebels",
        belligerents: ["free-syrian-army", "al-nusra-front", "suqour-al-sham"],
        units: ["idlib-revolutionary-military-council", "maarat-al-numan-clerics-council"],
        casualties: ["wadi-deif-assault-oct-13-2012-rebels-wounded", "wadi-deif-bulldozer-dec-2012-rebels-killed"],
        citations: [wadiDeif.excerpts, idlib.dec2012],
      },
      {
        side: "government",
        belligerents: ["syrian-armed-forces"],
        units: ["syrian-army", "wadi-deif-armoured-regiment", "syrian-air-force"],
        casualties: ["wadi-deif-bulldozer-dec-2012-machines-destroyed"],
        citations: [wadiDeif.excerpts, maarat.aftermath, idlib.dec2012],
      },
    ],
    result: {
      winner: "government",
      text: "Government success: the base never fell, and in mid-April 2013 the army broke the blockade and may have reopened the road north",
      citations: [maarat.aftermath, idlib.apr2013],
    },
    territory: [
      {
        place: "wadi-deif-base",
        change: "besieged",
        by: "rebels",
        date: { precision: "month", month: "2012-10" },
        citations: [wadiDeif.excerpts, maarat.aftermath],
      },
      {
        place: "wadi-deif-base",
        change: "held",
        by: "government",
        forces: ["syrian-army"],
        date: { precision: "part-of-month", month: "2013-04", part: "mid" },
        citations: [maarat.aftermath],
      },
    ],
    studySets: ["siege-of-wadi-deif", "idlib-timeline-2012-10", "idlib-timeline-2013-02-to-2013-04"],
    citations: [maarat.aftermath, wadiDeif.excerpts],
  },

  // -------------------------------------------------------------------------
  // November 2012 – January 2013
  {
    id: "battle-of-harem-2012",
    name: "Battle of Harem (November–December 2012)",
    inSentence: "the battle for Harem in late 2012",
    kind: "battle",
    // The start is not given: the town was already being fought over on 5 November.
    start: { precision: "year", year: 2012 },
    end: { precision: "day", date: "2012-12-25" },
    endedWith: {
      text: "The rebels' announcement on 25 December that they held the whole town",
      event: "2012-12-25-rebels-take-full-control-of-harem",
      citations: [idlib.dec2012],
    },
    places: ["harem"],
    target: {
      text: "A town close to the Turkish border",
      place: "harem",
      citations: [idlib.dec2012],
    },
    sides: [
      {
        side: "rebels",
        belligerents: ["free-syrian-army"],
        // Basil Eissa, a rebel brigade commander, died in the 5 November air strike on Harem; the
        // document does not say he led the fight for the town, so no commander is named.
        commanders: [],
        casualties: ["harem-nov-2012-fsa-killed"],
        citations: [idlib.nov2012, idlib.dec2012],
      },
      {
        side: "government",
        belligerents: ["syrian-armed-forces"],
        units: ["syrian-army", "syrian-air-force"],
        citations: [idlib.nov2012, idlib.dec2012],
      },
    ],
    result: {
      winner: "rebels",
      text: "Rebel victory: after weeks of heavy fighting the rebels announced full control of Harem on 25 December",
      citations: [idlib.dec2012],
    },
    territory: [
      {
        place: "harem",
        change: "captured",
        by: "rebels",
        date: { precision: "day", date: "2012-12-25" },
        claimed: true,
        citations: [idlib.dec2012],
      },
    ],
    studySets: ["idlib-timeline-2012-11-to-2012-12"],
    citations: [idlib.nov2012, idlib.dec2012],
  },
  {
    id: "attack-on-idlib-city-2013",
    name: "Rebel attack on Idlib city and its prison (January 2013)",
    // Not "FSA attack": the name would answer which group fought for the rebels.
    inSentence: "the January 2013 rebel attack on Idlib city and its prison",
    kind: "offensive",
    event: "2013-01-20-fsa-launches-attack-on-idlib-city",
    start: { precision: "day", date: "2013-01-20" },
    // The last fighting reported is the prison assault of 26 January; no end is given.
    end: { precision: "month", month: "2013-01" },
    startedWith: {
      text: "A coordinated FSA assault on checkpoints along the western edge of Idlib city",
      event: "2013-01-20-fsa-launches-attack-on-idlib-city",
      citations: [idlib.jan2013],
    },
    places: ["idlib", "rodoko-checkpoint", "idlib-central-prison"],
    target: {
      text: "The checkpoints and central prison of the provincial capital",
      place: "idlib-central-prison",
      citations: [idlib.jan2013],
    },
    sides: [
      {
        side: "rebels",
        belligerents: ["free-syrian-army"],
        casualties: ["idlib-prison-jan-2013-rebels-killed"],
        citations: [idlib.jan2013],
      },
      {
        side: "government",
        belligerents: ["syrian-army"],
        casualties: [
          "rodoko-checkpoint-jan-2013-soldiers-killed",
          "rodoko-checkpoint-jan-2013-tanks-captured",
          "idlib-prison-jan-2013-soldiers-killed",
        ],
        citations: [idlib.jan2013],
      },
    ],
    result: {
      winner: "none",
      text: "No clear outcome: the FSA took western checkpoints and freed about 300 prisoners, but loyalists still held parts of the prison",
      citations: [idlib.jan2013],
    },
    territory: [
      {
        place: "rodoko-checkpoint",
        change: "captured",
        by: "rebels",
        forces: ["free-syrian-army"],
        date: { precision: "day", date: "2013-01-20" },
        citations: [idlib.jan2013],
      },
      {
        place: "idlib-central-prison",
        change: "besieged",
        by: "rebels",
        forces: ["free-syrian-army"],
        date: { precision: "day", date: "2013-01-20", qualifier: "around" },
        citations: [idlib.jan2013],
      },
    ],
    studySets: ["idlib-timeline-2013-01"],
    citations: [idlib.jan2013],
  },

  // -------------------------------------------------------------------------
  // Epilogue, 2019–2020
  {
    id: "government-offensive-maarat-al-numan-2020",
    name: "Government offensive on Idlib and recapture of Maarat al-Numan (2019–2020)",
    // Not "Russian-backed": the name would answer the question of who backed whom.
    inSentence: "the government offensive that retook Maarat al-Numan in January 2020",
    kind: "offensive",
    start: { precision: "year", year: 2019 },
    // Still under way when the article was written, late in January 2020.
    end: { precision: "year", year: 2020 },
    startedWith: {
      text: "A Russian-backed government offensive on Idlib, launched in 2019",
      event: "2019-government-offensive-on-idlib-launched",
      citations: [recapture.body],
    },
    places: ["maarat-al-numan", "m5-wp04-maarat-al-numan", "deir-sharqi", "talmans", "masaran", "saraqib", "al-rashidin"],
    target: {
      text: "A town on the M5, the highway that would link the government's cities",
      place: "maarat-al-numan",
      citations: [recapture.headline, recapture.body],
    },
    sides: [
      {
        side: "government",
        belligerents: ["government", "syrian-army"],
        backers: ["russian-federation"],
        citations: [recapture.headline, recapture.body],
      },
      {
        side: "rebels",
        // "Militants and allied rebels": HTS is the only group the article names.
        belligerents: ["hayat-tahrir-al-sham"],
        backers: ["republic-of-turkey"],
        citations: [recapture.body],
      },
    ],
    result: {
      winner: "government",
      text: "Government gain: the army retook Maarat al-Numan, a major blow to the opposition's last big enclave, and vowed to fight on",
      citations: [recapture.headline, recapture.body],
    },
    territory: [
      {
        place: "deir-sharqi",
        change: "captured",
        by: "government",
        forces: ["syrian-army"],
        date: { precision: "day", date: "2020-01-28", qualifier: "by" },
        citations: [recapture.headline],
      },
      {
        place: "talmans",
        change: "captured",
        by: "government",
        forces: ["syrian-army"],
        date: { precision: "day", date: "2020-01-28", qualifier: "by" },
        citations: [recapture.headline],
      },
      {
        place: "maarat-al-numan",
        change: "recaptured",
        by: "government",
        forces: ["syrian-army"],
        date: { precision: "day", date: "2020-01-29" },
        citations: [recapture.headline, recapture.body],
      },
      {
        place: "al-rashidin",
        change: "captured",
        by: "government",
        date: { precision: "range", start: "2020-01-28", end: "2020-01-29" },
        citations: [recapture.body],
      },
    ],
    studySets: ["maarat-al-numan-recaptured-2020"],
    citations: [recapture.headline, recapture.body],
  },
];
