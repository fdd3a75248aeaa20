import type { ContentModule } from "../../../lib/content/module";

/**
 * Facts authored from 003: Middle East Eye news article on the government's
 * recapture of Maarat al-Numan (late January 2020), the unit's epilogue.
 * All wording is the app's own. See docs/content.md.
 *
 * Dating: the article prints no date of its own. It puts the capture on
 * "Wednesday"; its photo captions are dated 28 January 2020 (a Tuesday) and
 * 29 January 2020 (a Wednesday). The Wednesday of that week is therefore
 * 29 January 2020 (see the discrepancy "maarat-recapture-2020-weekday").
 */
const DOC = "003_5871927fd6ea0161.txt";

const headline = { doc: DOC, section: "headline" };
const body = { doc: DOC, section: "body" };

/** "Wednesday" in the article: 29 January 2020. */
const WEDNESDAY = { precision: "day", date: "2020-01-29" } as const;
/** Things the article reports as current at the time of writing. */
const LATE_JANUARY = { precision: "part-of-month", month: "2020-01", part: "late" } as const;

export const contentModule: ContentModule = {
  // -------------------------------------------------------------------------
  events: [
    {
      id: "2019-government-offensive-on-idlib-launched",
      title: "Government launches a Russian-backed offensive on Idlib",
      clause: "the government launched a Russian-backed offensive on Idlib",
      date: { precision: "year", year: 2019 },
      places: [],
      forces: [
        { force: "government", role: "attacker" },
        { force: "russian-federation", role: "took-part" },
      ],
      outcome: "government-gain",
      summary:
        "In 2019, the year before the article, the government began an offensive on the Idlib region with Russian support. One town after another fell to it, Maarat al-Numan being the most recent.",
      tags: ["offensive"],
      citations: [body],
    },
    {
      id: "2020-01-24-government-retakes-southern-idlib-villages",
      title: "Government retakes a string of towns and villages in southern Idlib",
      clause: "the government retook a string of towns and villages in southern Idlib",
      date: { precision: "range", start: "2020-01-24", end: "2020-01-29" },
      places: [],
      forces: [
        { force: "government", role: "captured" },
        { force: "rebels", role: "defender" },
      ],
      outcome: "government-gain",
      summary:
        "From 24 January, AFP counted around 27 towns and villages in the south of Idlib province taken back by government forces, even though Russia and Turkey had agreed several cease-fires.",
      tags: ["recapture", "offensive"],
      citations: [body],
    },
    {
      id: "2020-01-28-army-holds-deir-sharqi-and-talmans",
      title: "Army holds Deir Sharqi and Talmans east of Maarat al-Numan",
      clause: "the army held Deir Sharqi and Talmans east of Maarat al-Numan",
      date: { precision: "day", date: "2020-01-28", qualifier: "by" },
      places: ["deir-sharqi", "talmans"],
      forces: [{ force: "syrian-army", role: "captured" }],
      outcome: "government-gain",
      summary:
        "An AFP photo dated 28 January shows Syrian soldiers moving through Deir Sharqi and Talmans, villages on the eastern edge of Maarat al-Numan that the army had already captured.",
      tags: ["capture"],
      citations: [headline],
    },
    {
      id: "2020-01-29-army-recaptures-maarat-al-numan",
      title: "Army retakes Maarat al-Numan in the Russian-backed offensive",
      clause: "the army retook Maarat al-Numan in the Russian-backed offensive",
      date: WEDNESDAY,
      places: ["maarat-al-numan", "m5-wp04-maarat-al-numan"],
      forces: [
        { force: "government", role: "retook" },
        { force: "rebels", role: "defender" },
      ],
      outcome: "government-gain",
      summary:
        "Government forces took back Maarat al-Numan, which they had lost in 2012, from militants and their rebel allies. The town sits on the M5 highway between Damascus and Aleppo, so its loss was a heavy blow to the last big opposition area in Syria.",
      tags: ["recapture", "highway"],
      citations: [headline, body],
    },
    {
      id: "2020-01-29-army-fortifies-and-sweeps-maarat-al-numan",
      title: "Army fortifies Maarat al-Numan and clears it of mines",
      clause: "the army fortified Maarat al-Numan and cleared it of mines",
      date: WEDNESDAY,
      places: ["maarat-al-numan"],
      forces: [{ force: "government", role: "held" }],
      outcome: "situation-report",
      summary:
        "According to the activist Fayez Daghem, government troops were building defences in the town on the day of its capture and had combed it for mines, booby traps and unexploded shells.",
      tags: ["defense"],
      citations: [body],
    },
    {
      id: "2020-01-late-ground-offensive-east-of-masaran",
      title: "Army pushes east of Masaran towards rebel-held hills",
      clause: "the army pushed east of Masaran towards rebel-held hills",
      date: LATE_JANUARY,
      places: ["masaran", "maarat-al-numan"],
      forces: [
        { force: "government", role: "attacker" },
        { force: "rebels", role: "defender" },
      ],
      outcome: "situation-report",
      summary:
        "Fayez Daghem told Middle East Eye that the army had focused its ground attack east of Masaran, a village on the edge of Maarat al-Numan, to seize hills that formed the rebels' main defences. He expected it to move on from Masaran, which overlooks part of the M5, or from west of the highway, ahead of possible fights for Ariha and Saraqib.",
      tags: ["offensive", "highway"],
      citations: [body],
    },
    {
      id: "2020-01-late-front-line-nears-saraqib",
      title: "Front line pushed close to Saraqib",
      clause: "the front line was pushed close to Saraqib",
      date: LATE_JANUARY,
      places: ["saraqib", "m4-m5-junction-saraqib"],
      forces: [
        { force: "government", role: "attacker" },
        { force: "rebels", role: "defender" },
      ],
      outcome: "government-gain",
      summary:
        "North of Maarat al-Numan, the front had moved to within 10 km of Saraqib, the next town on the M5, said SOHR's head Rami Abdul-Rahman, as quoted by AFP. Saraqib lies east of Idlib city, where the M4 and M5 highways meet.",
      tags: ["offensive", "highway"],
      citations: [body],
    },
    {
      id: "2020-01-late-saraqib-three-quarters-empty",
      title: "Most of Saraqib's people have left",
      clause: "most of Saraqib's people had left",
      date: LATE_JANUARY,
      places: ["saraqib"],
      forces: [],
      outcome: "situation-report",
      summary:
        "Speaking from Saraqib, Bahjat Issa told Middle East Eye that 75 percent of the town had left, and that many who stayed simply could not pay for the journey out.",
      tags: ["civilians", "humanitarian"],
      citations: [headline, body],
    },
    {
      id: "2020-01-late-army-vows-to-fight-on",
      title: "Army says it will keep fighting after Maarat al-Numan",
      clause: "the army said it would keep fighting after Maarat al-Numan",
      date: LATE_JANUARY,
      places: ["maarat-al-numan"],
      forces: [{ force: "syrian-army", role: "reported" }],
      outcome: "announcement",
      summary:
        "In a statement the army said its troops were advancing in the southern Idlib countryside. A military spokesperson added that, with Maarat al-Numan taken, the army would go on fighting until it had rid all of Syria of what it calls terrorism.",
      tags: ["announcement"],
      citations: [headline, body],
    },
    {
      id: "2020-01-29-army-seizes-al-rashidin",
      title: "Clashes in Aleppo province; army takes al-Rashidin",
      clause: "there were clashes in Aleppo province and the army took al-Rashidin",
      date: { precision: "range", start: "2020-01-28", end: "2020-01-29" },
      places: ["al-rashidin", "aleppo"],
      forces: [
        { force: "government", role: "captured" },
        { force: "rebels", role: "defender" },
      ],
      outcome: "government-gain",
      summary:
        "From Tuesday night into Wednesday, government troops fought rebels in the south and west of Aleppo province, the activist Adnan al-Imam said. He and the state agency SANA reported that the army took the al-Rashidin district in the western countryside of Aleppo.",
      tags: ["capture"],
      citations: [body],
    },
    {
      id: "2020-01-29-erdogan-accuses-russia-over-idlib",
      title: "Erdogan accuses Russia of breaking the Idlib agreements",
      clause: "Erdogan accused Russia of breaking the Idlib agreements",
      date: WEDNESDAY,
      places: [],
      forces: [
        { force: "recep-tayyip-erdogan", role: "reported" },
        { force: "republic-of-turkey", role: "reported" },
        { force: "russian-federation", role: "target" },
      ],
      outcome: "announcement",
      summary:
        "Turkey's President Recep Tayyip Erdogan, whose country backs the rebels, said Moscow was not keeping the cease-fire deals and that Turkey's patience with the assault on Idlib was running out.",
      tags: ["announcement"],
      citations: [body],
    },
    {
      id: "2020-01-late-hts-dominates-idlib-region",
      title: "Hayat Tahrir al-Sham dominates what is left of the opposition area",
      clause: "Hayat Tahrir al-Sham dominated what was left of the opposition area",
      date: LATE_JANUARY,
      places: [],
      forces: [
        { force: "hayat-tahrir-al-sham", role: "held" },
        { force: "rebels", role: "held" },
      ],
      outcome: "situation-report",
      summary:
        "The militant group HTS, led by members of what used to be al-Qaeda's Syrian branch, dominates the Idlib region and nearby parts of Hama, Aleppo and Latakia provinces. Militants and their allies still hold over half of Idlib province and small parts of Aleppo and Latakia.",
      tags: [],
      citations: [body],
    },
    {
      id: "2019-12-civilians-displaced-in-north-west-syria",
      title: "Hundreds of thousands displaced in north-west Syria",
      clause: "hundreds of thousands were displaced in north-west Syria",
      date: { precision: "range", start: "2019-12-01", end: "2020-01-29" },
      places: [],
      forces: [],
      outcome: "situation-report",
      summary:
        "According to the United Nations, over 388,000 civilians in the north-west had been forced from their homes since December. Tens of thousands fled north towards Turkey as the government advanced, and a UN humanitarian official said he feared for more than three million civilians in Idlib.",
      tags: ["civilians", "humanitarian"],
      citations: [body],
    },
    {
      id: "2020-01-28-displaced-families-pass-through-sarmada",
      title: "Trucks of displaced families in Sarmada",
      clause: "trucks of displaced families were seen in Sarmada",
      date: { precision: "day", date: "2020-01-28" },
      places: ["sarmada"],
      forces: [],
      outcome: "situation-report",
      summary:
        "An AFP photo from 28 January shows lorries loaded with the belongings of displaced Syrians in Sarmada, a town in Idlib province.",
      tags: ["civilians", "humanitarian"],
      citations: [body],
    },
  ],

  // -------------------------------------------------------------------------
  figures: [
    {
      id: "southern-idlib-jan-2020-places-retaken",
      event: "2020-01-24-government-retakes-southern-idlib-villages",
      measure: "seized",
      subject: "towns and villages retaken by government forces",
      unit: "towns and villages",
      claims: [{ value: { kind: "approx", n: 27 }, claimedBy: "afp", citations: [body] }],
      disputed: false,
    },
    {
      id: "syria-jan-2020-army-controlled-territory",
      event: "2020-01-late-army-vows-to-fight-on",
      measure: "territory",
      subject: "share of Syria controlled by the army",
      unit: "percent",
      side: "government",
      claims: [
        {
          value: { kind: "percent", n: 70 },
          claimedBy: "middle-east-eye",
          citations: [body],
          note: "Given as 'around 70 percent' in the sentence reporting the army's statement; the article does not say whether the number comes from the army itself.",
        },
      ],
      disputed: false,
    },
    {
      id: "saraqib-jan-2020-share-emptied",
      event: "2020-01-late-saraqib-three-quarters-empty",
      measure: "population",
      subject: "share of Saraqib that has emptied",
      unit: "percent",
      claims: [{ value: { kind: "percent", n: 75 }, claimedBy: "bahjat-issa", citations: [headline, body] }],
      disputed: false,
    },
    {
      id: "saraqib-jan-2020-front-line-distance",
      event: "2020-01-late-front-line-nears-saraqib",
      measure: "distance",
      subject: "distance from the front line to Saraqib",
      unit: "km",
      claims: [
        {
          value: { kind: "exact", n: 10 },
          claimedBy: "sohr",
          citations: [body],
          note: "SOHR's head, Rami Abdul-Rahman, quoted by AFP: the front was within 10 km of the town.",
        },
      ],
      disputed: false,
    },
    {
      id: "idlib-jan-2020-opposition-held-share",
      event: "2020-01-late-hts-dominates-idlib-region",
      measure: "territory",
      subject: "share of Idlib province still held by militants and allied rebels",
      unit: "percent",
      side: "rebels",
      claims: [
        {
          value: { kind: "at-least", n: 50 },
          claimedBy: "middle-east-eye",
          citations: [body],
          note: "The article says more than half.",
        },
      ],
      disputed: false,
    },
    {
      id: "north-west-syria-displaced-since-december",
      event: "2019-12-civilians-displaced-in-north-west-syria",
      measure: "other",
      subject: "civilians displaced in the north-west",
      unit: "people",
      claims: [{ value: { kind: "at-least", n: 388000 }, claimedBy: "united-nations", citations: [body], note: "Given as more than 388,000." }],
      disputed: false,
    },
    {
      id: "idlib-jan-2020-civilians-at-risk",
      event: "2019-12-civilians-displaced-in-north-west-syria",
      measure: "population",
      subject: "civilians in Idlib whose safety the UN feared for",
      unit: "people",
      claims: [
        {
          value: { kind: "at-least", n: 3000000 },
          claimedBy: "united-nations",
          citations: [body],
          note: "David Swanson of the UN humanitarian affairs office spoke of more than three million.",
        },
      ],
      disputed: false,
    },
  ],

  // -------------------------------------------------------------------------
  forces: [
    {
      id: "hayat-tahrir-al-sham",
      name: "Hayat Tahrir al-Sham",
      aliases: ["HTS"],
      kind: "group",
      side: "rebels",
      parent: "rebels",
      description:
        "A militant group that in 2020 dominated the Idlib region; the article says it is led by members of the former Syrian franchise of al-Qaeda, without naming that franchise.",
      citations: [body],
    },
    {
      id: "russian-federation",
      name: "Russia",
      aliases: ["Moscow"],
      kind: "armed-forces",
      side: "foreign",
      description:
        "Russia backed the Syrian government's 2019–2020 offensive on Idlib and had agreed cease-fires there with Turkey.",
      citations: [body],
    },
    {
      id: "republic-of-turkey",
      name: "Turkey",
      aliases: ["Türkiye", "Turkiye"],
      kind: "armed-forces",
      side: "foreign",
      description:
        "Syria's northern neighbour and a backer of the rebels; it agreed cease-fires with Russia over Idlib and protested the 2020 offensive.",
      citations: [body],
    },
    {
      id: "recep-tayyip-erdogan",
      name: "Recep Tayyip Erdogan",
      aliases: ["Erdogan"],
      kind: "official",
      side: "foreign",
      parent: "republic-of-turkey",
      description: "President of Turkey, who in January 2020 accused Russia of not honouring the Idlib cease-fire deals.",
      citations: [body],
    },
  ],

  // -------------------------------------------------------------------------
  places: [
    {
      id: "al-rashidin",
      name: "al-Rashidin",
      aliases: [],
      kind: "neighbourhood",
      governorate: "Aleppo",
      mapEligible: false,
      description: "A district in the western countryside of Aleppo that government forces seized in late January 2020.",
      relations: [{ kind: "west-of", place: "aleppo", citations: [body] }],
      citations: [body],
    },
  ],

  // -------------------------------------------------------------------------
  placeNotes: [
    {
      place: "maarat-al-numan",
      aliases: [],
      description:
        "A town in north-west Syria on the M5 highway from Damascus to Aleppo. The government lost it in 2012 and retook it in January 2020.",
      relations: [{ kind: "on-highway", place: "m5-wp04-maarat-al-numan", citations: [headline, body] }],
      citations: [headline, body],
    },
    {
      place: "m5-wp04-maarat-al-numan",
      aliases: [],
      description:
        "The M5 at Maarat al-Numan. The M5 joins the capital, Damascus, to Aleppo in the north; holding it lets the government link the cities it controls and helps the economy.",
      citations: [headline, body],
    },
    {
      place: "saraqib",
      aliases: [],
      description:
        "A town east of Idlib city on the M5, north of Maarat al-Numan and Khan Shaykhun, where the M4 and M5 highways cross. By late January 2020 most of its people had left.",
      relations: [
        { kind: "east-of", place: "idlib", citations: [body] },
        { kind: "north-of", place: "maarat-al-numan", citations: [body] },
        { kind: "on-highway", place: "m4-m5-junction-saraqib", citations: [body] },
      ],
      citations: [body],
    },
    {
      place: "m4-m5-junction-saraqib",
      aliases: [],
      description: "The crossing of the M4 and M5 international highways, which both run through Saraqib.",
      citations: [body],
    },
    {
      place: "khan-shaykhun",
      aliases: [],
      description: "A town beside the M5 south of Saraqib; the article names it with Maarat al-Numan and Saraqib as towns on the highway.",
      relations: [{ kind: "on-highway", place: "m5-wp03-khan-shaykhun", citations: [body] }],
      citations: [body],
    },
    {
      place: "jarjanaz",
      aliases: [],
      description: "A town east of Maarat al-Numan; the activist Fayez Daghem had been displaced from it.",
      relations: [{ kind: "east-of", place: "maarat-al-numan", citations: [body] }],
      citations: [body],
    },
    {
      place: "masaran",
      aliases: [],
      description: "A village on the edge of Maarat al-Numan that looks over part of the M5; in January 2020 the army attacked east of it.",
      relations: [
        { kind: "near", place: "maarat-al-numan", citations: [body] },
        { kind: "near", place: "m5-wp04-maarat-al-numan", citations: [body] },
      ],
      citations: [body],
    },
    {
      place: "deir-sharqi",
      aliases: [],
      description: "A village on the eastern outskirts of Maarat al-Numan, in army hands by 28 January 2020.",
      relations: [{ kind: "east-of", place: "maarat-al-numan", citations: [headline] }],
      citations: [headline],
    },
    {
      place: "talmans",
      aliases: [],
      description: "A village on the eastern outskirts of Maarat al-Numan, in army hands by 28 January 2020.",
      relations: [{ kind: "east-of", place: "maarat-al-numan", citations: [headline] }],
      citations: [headline],
    },
    {
      place: "ariha",
      aliases: [],
      description: "A town in Idlib province named in January 2020 as a likely next battleground, together with Saraqib.",
      citations: [body],
    },
    {
      place: "sarmada",
      aliases: [],
      description: "A town in Idlib province that displaced families passed through in January 2020.",
      citations: [body],
    },
  ],

  // -------------------------------------------------------------------------
  claimants: [
    {
      id: "fayez-daghem",
      name: "the activist Fayez Daghem",
      kind: "activist",
      description: "An activist displaced from Jarjanaz who described the army's moves around Maarat al-Numan to Middle East Eye in January 2020.",
    },
    {
      id: "bahjat-issa",
      name: "the activist Bahjat Issa",
      kind: "activist",
      description: "An activist who told Middle East Eye from Saraqib in January 2020 how many people had left the town.",
    },
    {
      id: "adnan-al-imam",
      name: "the activist Adnan al-Imam",
      kind: "activist",
      description: "An activist who reported the January 2020 fighting in the south and west of Aleppo province.",
    },
    {
      id: "united-nations",
      name: "the United Nations",
      kind: "monitoring-group",
      description: "The UN and its humanitarian affairs office, which gave the numbers of displaced and endangered civilians in north-west Syria in 2020.",
    },
  ],

  // -------------------------------------------------------------------------
  discrepancies: [
    {
      id: "maarat-recapture-2020-weekday",
      kind: "date",
      summary:
        "The article never prints its own date: it puts the capture of Maarat al-Numan on a Wednesday, while a photo caption shows soldiers in the captured villages east of the town on 28 January 2020, a Tuesday, and another photo is dated 29 January. The app dates the capture to Wednesday 29 January and the villages to 'by 28 January'.",
      events: ["2020-01-29-army-recaptures-maarat-al-numan", "2020-01-28-army-holds-deir-sharqi-and-talmans"],
      citations: [headline, body],
    },
  ],
};
