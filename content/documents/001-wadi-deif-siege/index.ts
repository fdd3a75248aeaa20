import type { ContentModule } from "../../../lib/content/module";

/**
 * Siege of the Wadi Deif base near Maarat al-Numan, October 2012 – April 2013.
 * Document 001 (loose excerpts), merged with 000's Aftermath and the matching
 * passages of 002. The battle of 8–13 October itself is in ../000-maarat-battle.
 */

const D000 = "000_4e18d6cfd8d74cdd.txt";
const D001 = "001_44796f8d6eb24ddf.txt";
const D002 = "002_475e68448c0becbd.txt";

const c = (doc: string, section: string) => ({ doc, section });

const offensive = c(D000, "Rebel offensive");
const counter = c(D000, "Military counter-attack and Wadi Deif siege");
const aftermath = c(D000, "Aftermath");
const excerpts = c(D001, "excerpts");
const idlibOct = c(D002, "October 2012");
const idlibDec = c(D002, "December 2012");
const idlibFeb = c(D002, "February 2013");
const idlibApr = c(D002, "April 2013");

export const contentModule: ContentModule = {
  events: [
    {
      id: "2012-10-rebels-besiege-wadi-deif-and-hamidiya-bases",
      title: "Rebels lay siege to the army bases outside Maarat al-Numan",
      clause: "rebels laid siege to the army bases outside Maarat al-Numan",
      date: { precision: "month", month: "2012-10" },
      places: ["wadi-deif-base", "hamidiya-base", "maarat-al-numan"],
      forces: [
        { force: "rebels", role: "besieger" },
        { force: "free-syrian-army", role: "besieger" },
        { force: "syrian-army", role: "besieged" },
        { force: "wadi-deif-armoured-regiment", role: "besieged" },
      ],
      outcome: "situation-report",
      summary:
        "Two army bases on the edge of Maarat al-Numan stayed in government hands, so the rebels surrounded them and kept attacking. Wadi Deif, by the Damascus–Aleppo highway, held an armoured regiment and a fuel depot. Taking it would have let the FSA guard its flank and push on toward Jisr al-Shughur. The siege lasted about six months.",
      tags: ["siege", "military-base", "highway"],
      citations: [excerpts, aftermath],
    },
    {
      id: "2012-10-09-wadi-deif-garrison-relies-on-airdrops",
      title: "Besieged Wadi Deif garrison depends on airdrops",
      clause: "the besieged Wadi Deif garrison depended on airdrops",
      date: { precision: "range", start: "2012-10-09", end: "2013-04-20" },
      places: ["wadi-deif-base", "maarat-al-numan"],
      forces: [
        { force: "syrian-army", role: "besieged" },
        { force: "syrian-air-force", role: "took-part" },
        { force: "rebels", role: "besieger" },
      ],
      outcome: "situation-report",
      summary:
        "During the siege the soldiers in the base were supplied from the air, but most drops went astray and landed in rebel ground or no man's land. A parallel military road stayed open, though it was rough and very slow. The rebels, short of supplies, weapons and coordination, paid a high price to hold the town.",
      tags: ["siege", "military-base", "humanitarian"],
      citations: [excerpts],
    },
    {
      id: "2012-10-08-bomb-damages-maarat-al-numan-museum",
      title: "Government jet's bomb damages the Maarat al-Numan museum",
      clause: "a government jet's bomb damaged the Maarat al-Numan museum",
      date: { precision: "day", date: "2012-10-08" },
      places: ["maarat-al-numan-mosaic-museum", "maarat-al-numan"],
      forces: [{ force: "syrian-air-force", role: "attacker" }],
      outcome: "destruction",
      summary:
        "A bomb dropped by a government aircraft landed near the museum's entrance. It smashed the doors and harmed some of the more delicate mosaics.",
      tags: ["airstrike", "heritage"],
      citations: [excerpts],
    },
    {
      id: "2012-10-14-army-blocks-new-rebel-attack-on-wadi-deif-base",
      title: "Fighting over Wadi Deif spreads to Maarshurin and Hish",
      clause: "fighting over Wadi Deif spread to Maarshurin and Hish",
      date: { precision: "day", date: "2012-10-14" },
      places: ["wadi-deif-base", "maarshurin", "hish"],
      forces: [
        { force: "syrian-army", role: "defender" },
        { force: "rebels", role: "attacker" },
      ],
      outcome: "inconclusive",
      summary:
        "Government troops tried to stop another rebel attack on the base, and fighting spread to the nearby villages of Maarshurin and Hish.",
      tags: ["attack", "defense", "military-base"],
      citations: [excerpts],
    },
    {
      id: "2012-10-18-jets-destroy-mosque-and-homes-in-maarat-al-numan",
      title: "Jets hit a mosque and homes sheltering families in Maarat al-Numan",
      clause: "jets hit a mosque and homes sheltering families in Maarat al-Numan",
      date: { precision: "day", date: "2012-10-18" },
      places: ["maarat-al-numan"],
      forces: [{ force: "syrian-air-force", role: "attacker" }],
      outcome: "destruction",
      summary:
        "Army fighter jets destroyed two residential buildings and a mosque. Many women and children had come back to the town believing it was safe, and were sheltering there.",
      tags: ["airstrike", "civilians", "heritage"],
      citations: [excerpts],
    },
    {
      id: "2012-10-19-rebels-remove-mosaics-from-museum",
      title: "Rebels move mosaics out of the museum for safety",
      clause: "rebels moved mosaics out of the museum for safety",
      date: { precision: "day", date: "2012-10-19" },
      places: ["maarat-al-numan-mosaic-museum", "maarat-al-numan"],
      forces: [{ force: "rebels", role: "reported" }],
      outcome: "announcement",
      summary:
        "Rebels said they had taken part of the mosaic collection out of the town's museum to shield it from the continuing bombing.",
      tags: ["heritage", "announcement"],
      citations: [excerpts],
    },
    {
      id: "2012-10-25-army-armoured-column-arrives-near-maarat-al-numan",
      title: "Army armoured column reaches the Maarat al-Numan area",
      clause: "an army armoured column reached the Maarat al-Numan area",
      date: { precision: "day", date: "2012-10-25" },
      places: ["maarat-al-numan", "wadi-deif-base"],
      forces: [
        { force: "syrian-army", role: "attacker" },
        { force: "rebels", role: "defender" },
      ],
      outcome: "government-gain",
      summary:
        "Although rebels tried to hold it back, the armoured column sent about ten days earlier to reinforce the base got close to Maarat al-Numan.",
      tags: ["reinforcements", "military-base"],
      citations: [excerpts],
    },
    {
      id: "2012-10-26-rebels-and-al-nusra-attack-near-wadi-deif-base",
      title: "Rebels and al-Nusra attack army positions near Wadi Deif",
      clause: "rebels and al-Nusra attacked army positions near Wadi Deif",
      date: { precision: "day", date: "2012-10-26" },
      places: ["wadi-deif-base"],
      forces: [
        { force: "rebels", role: "attacker" },
        { force: "al-nusra-front", role: "attacker" },
        { force: "syrian-army", role: "defender" },
      ],
      outcome: "inconclusive",
      summary:
        "At 10:30 in the morning local time, rebel fighters, the Islamist al-Nusra Front among them, hit government positions close to the base, setting off heavy fighting.",
      tags: ["attack", "military-base"],
      citations: [excerpts],
    },
    {
      id: "2012-10-30-clashes-south-of-maarat-al-numan",
      title: "Clashes south of Maarat al-Numan kill soldiers and Nusra fighters",
      clause: "clashes south of Maarat al-Numan killed soldiers and Nusra fighters",
      date: { precision: "day", date: "2012-10-30" },
      places: ["maarat-al-numan"],
      // The excerpt reports fighting without saying which side attacked.
      forces: [
        { force: "rebels", role: "took-part" },
        { force: "al-nusra-front", role: "took-part" },
        { force: "syrian-army", role: "took-part" },
      ],
      outcome: "casualties",
      summary:
        "Rebels and army troops fought south of the town. Two soldiers and two al-Nusra Front members died.",
      tags: ["casualties"],
      citations: [excerpts],
    },
    {
      id: "2012-11-14-air-strikes-hit-maarat-al-numan",
      // "Two air strikes" tells it from the bombardment of 13 October, also "as the army tried to retake the town".
      title: "Two air strikes hit Maarat al-Numan as the army's bid to retake it drags on",
      clause: "two air strikes hit Maarat al-Numan as the army's bid to retake it dragged on",
      date: { precision: "day", date: "2012-11-14" },
      places: ["maarat-al-numan"],
      forces: [
        { force: "syrian-air-force", role: "attacker" },
        { force: "rebels", role: "target" },
      ],
      outcome: "situation-report",
      summary:
        "Government forces carried out two air strikes on the town as they kept trying to win it back. The excerpt says this battle had been going on since 9 October.",
      tags: ["airstrike"],
      citations: [excerpts],
    },
    {
      id: "2013-02-07-time-reports-clerics-council-plans-wadi-deif-offensive",
      title: "Time magazine reports a clerics' council preparing a new attack on Wadi Deif",
      clause: "Time magazine reported that a clerics' council was preparing a new attack on Wadi Deif",
      date: { precision: "day", date: "2013-02-07" },
      places: ["wadi-deif-base", "maarat-al-numan"],
      forces: [
        { force: "maarat-al-numan-clerics-council", role: "took-part" },
        { force: "al-nusra-front", role: "took-part" },
        { force: "suqour-al-sham", role: "took-part" },
        { force: "idlib-revolutionary-military-council", role: "took-part" },
        { force: "syrian-army", role: "besieged" },
      ],
      outcome: "situation-report",
      summary:
        "Time Magazine reported that a council of Islamic clerics headed by al-Nusra was gathering supplies and uniting rebel groups around the town for another offensive on the besieged base. Among those groups were Suqour al-Sham and the Idlib Revolutionary Military Council of the FSA. Rebels thought the base stored millions of litres of fuel underground.",
      tags: ["siege", "military-base", "journalism", "offensive"],
      citations: [excerpts],
    },
    {
      id: "2013-02-10-clashes-around-wadi-deif-and-hamidiya-bases",
      title: "On-and-off clashes around the Wadi Deif and Hamidiya bases",
      clause: "there were on-and-off clashes around the Wadi Deif and Hamidiya bases",
      date: { precision: "day", date: "2013-02-10" },
      places: ["wadi-deif-base", "hamidiya-base"],
      forces: [
        { force: "syrian-army", role: "defender" },
        { force: "rebels", role: "attacker" },
      ],
      outcome: "inconclusive",
      summary:
        "Fighters from several rebel battalions and government forces clashed from time to time around Wadi Deif and the Hamidiya army base.",
      tags: ["siege", "military-base"],
      citations: [excerpts],
    },
    {
      id: "2013-02-11-gunmen-behead-statue-of-al-maarri",
      title: "Gunmen behead the statue of the poet al-Ma'arri",
      clause: "gunmen beheaded the statue of the poet al-Ma'arri",
      date: { precision: "day", date: "2013-02-11" },
      places: ["maarat-al-numan"],
      forces: [{ force: "al-nusra-front", role: "attacker", alleged: true }],
      outcome: "destruction",
      summary:
        "Armed men, said to be from al-Nusra, fired at and cut the head off the statue of al-Ma'arri, a blind poet and philosopher born in the town in the Abbasid period.",
      tags: ["heritage"],
      citations: [excerpts],
    },
    {
      id: "2013-03-07-jet-shot-down-over-hish",
      title: "Fighter jet shot down while bombing Hish",
      clause: "a fighter jet was shot down while bombing Hish",
      date: { precision: "day", date: "2013-03-07" },
      places: ["hish", "maarat-al-numan"],
      forces: [{ force: "syrian-air-force", role: "target" }],
      outcome: "destruction",
      summary:
        "A Syrian fighter jet bombing Hish (spelled Heish in the excerpt) and the area around it, south of Maarat al-Numan, was brought down by anti-aircraft machine guns.",
      tags: ["aircraft-shot-down", "airstrike"],
      citations: [excerpts],
    },
    {
      id: "2013-04-mid-army-breaks-siege-of-wadi-deif",
      title: "Army breaks the rebel blockade and ends the Wadi Deif siege",
      clause: "the army broke the rebel blockade and ended the Wadi Deif siege",
      date: { precision: "part-of-month", month: "2013-04", part: "mid" },
      places: ["wadi-deif-base", "maarat-al-numan", "m5-wp04-maarat-al-numan"],
      forces: [
        { force: "syrian-army", role: "attacker" },
        { force: "rebels", role: "defender" },
      ],
      outcome: "government-gain",
      summary:
        "After about six months, the Syrian army broke through the rebel blockade. This ended the siege of the base and may have reopened the supply road from Damascus to Aleppo. The Idlib clashes article only says it happened during April and calls it a blockade of the Idlib highway.",
      tags: ["siege", "highway", "military-base", "recapture"],
      citations: [aftermath, idlibApr],
    },
    {
      id: "2013-04-15-rebels-attempt-counter-attack-near-maarat-al-numan",
      title: "Weakened rebels try a counter-attack near Maarat al-Numan",
      clause: "weakened rebels tried a counter-attack near Maarat al-Numan",
      date: { precision: "day", date: "2013-04-15" },
      places: ["maarat-al-numan"],
      forces: [
        { force: "rebels", role: "attacker" },
        { force: "syrian-army", role: "defender" },
      ],
      outcome: "inconclusive",
      summary:
        "Rebels tried to strike back, although in the weeks before their front had been weakened by fighting among themselves and by sending fighters to other battles.",
      tags: ["attack", "siege"],
      citations: [excerpts],
    },
    {
      id: "2013-04-government-forces-take-babulin",
      title: "Government forces take Babulin",
      clause: "government forces took Babulin",
      // No day is given; the excerpt only places it among its April 2013 material.
      date: { precision: "month", month: "2013-04", qualifier: "by" },
      dateFromPosition: true,
      places: ["babulin"],
      forces: [
        { force: "government", role: "captured" },
        { force: "rebels", role: "withdrew" },
      ],
      outcome: "government-gain",
      summary:
        "After government troops seized Babulin, an opposition activist said residents could be heard on a radio set, shouting for rebel fighters to come and help. The excerpt gives no day; it sits with the April 2013 material.",
      tags: ["capture", "civilians"],
      citations: [excerpts],
    },
  ],

  figures: [
    {
      id: "wadi-deif-siege-duration",
      event: "2012-10-rebels-besiege-wadi-deif-and-hamidiya-bases",
      measure: "duration",
      subject: "length of the siege of the Wadi Deif base",
      unit: "months",
      claims: [
        { value: { kind: "approx", n: 6 }, claimedBy: "encyclopedia-unattributed", citations: [aftermath] },
      ],
      disputed: false,
    },
    {
      id: "wadi-deif-siege-bases-held-by-army",
      event: "2012-10-rebels-besiege-wadi-deif-and-hamidiya-bases",
      measure: "other",
      subject: "army bases on the outskirts of Maarat al-Numan left in government hands",
      unit: "bases",
      side: "government",
      claims: [
        { value: { kind: "exact", n: 2 }, claimedBy: "encyclopedia-unattributed", citations: [excerpts] },
      ],
      disputed: false,
    },
    {
      id: "wadi-deif-base-fuel-stored",
      event: "2012-10-rebels-besiege-wadi-deif-and-hamidiya-bases",
      measure: "other",
      subject: "fuel believed stored in underground silos at Wadi Deif",
      unit: "litres",
      side: "government",
      claims: [
        {
          value: { kind: "at-least", n: 2000000 },
          claimedBy: "encyclopedia-unattributed",
          citations: [excerpts],
          note: "The excerpt says the depot was believed to hold 'millions of liters'; the app records the smallest number that fits.",
        },
        {
          value: { kind: "at-least", n: 2000000 },
          claimedBy: "rebel-sources",
          citations: [excerpts],
          note: "A second excerpt says it is the rebels who believe the base holds millions of litres.",
        },
      ],
      disputed: false,
    },
    {
      id: "maarat-oct-18-2012-residential-buildings-destroyed",
      event: "2012-10-18-jets-destroy-mosque-and-homes-in-maarat-al-numan",
      measure: "destroyed",
      subject: "residential buildings destroyed by fighter jets",
      unit: "buildings",
      claims: [
        { value: { kind: "exact", n: 2 }, claimedBy: "encyclopedia-unattributed", citations: [excerpts] },
      ],
      disputed: false,
    },
    {
      id: "maarat-oct-18-2012-mosques-destroyed",
      event: "2012-10-18-jets-destroy-mosque-and-homes-in-maarat-al-numan",
      measure: "destroyed",
      subject: "mosques destroyed by fighter jets",
      unit: "mosques",
      claims: [
        { value: { kind: "exact", n: 1 }, claimedBy: "encyclopedia-unattributed", citations: [excerpts] },
      ],
      disputed: false,
    },
    {
      id: "armoured-column-oct-2012-days-en-route",
      event: "2012-10-25-army-armoured-column-arrives-near-maarat-al-numan",
      measure: "duration",
      subject: "days between the column being sent and its arrival",
      unit: "days",
      side: "government",
      claims: [
        { value: { kind: "exact", n: 10 }, claimedBy: "encyclopedia-unattributed", citations: [excerpts] },
      ],
      disputed: false,
    },
    {
      id: "maarat-south-oct-30-2012-soldiers-killed",
      event: "2012-10-30-clashes-south-of-maarat-al-numan",
      measure: "killed",
      subject: "Syrian army soldiers killed",
      unit: "soldiers",
      side: "government",
      claims: [
        { value: { kind: "exact", n: 2 }, claimedBy: "encyclopedia-unattributed", citations: [excerpts] },
      ],
      disputed: false,
    },
    {
      id: "maarat-south-oct-30-2012-nusra-killed",
      event: "2012-10-30-clashes-south-of-maarat-al-numan",
      measure: "killed",
      subject: "al-Nusra Front members killed",
      unit: "fighters",
      side: "rebels",
      claims: [
        { value: { kind: "exact", n: 2 }, claimedBy: "encyclopedia-unattributed", citations: [excerpts] },
      ],
      disputed: false,
    },
    {
      id: "hish-mar-2013-jets-shot-down",
      event: "2013-03-07-jet-shot-down-over-hish",
      measure: "shot-down",
      subject: "Syrian fighter jets brought down",
      unit: "jets",
      side: "government",
      claims: [
        { value: { kind: "exact", n: 1 }, claimedBy: "encyclopedia-unattributed", citations: [excerpts] },
      ],
      disputed: false,
    },
  ],

  forces: [
    {
      id: "wadi-deif-armoured-regiment",
      name: "Armoured regiment at Wadi Deif",
      aliases: ["Wadi Deif armored regiment"],
      kind: "regiment",
      side: "government",
      parent: "syrian-army",
      description:
        "The army armoured regiment based at the Wadi Deif barracks, which rebels besieged from October 2012 to April 2013. The excerpts do not give its number.",
      citations: [excerpts],
    },
    {
      id: "idlib-revolutionary-military-council",
      name: "Idlib Revolutionary Military Council",
      aliases: [],
      kind: "military-council",
      side: "rebels",
      parent: "free-syrian-army",
      description:
        "The Free Syrian Army's council for Idlib. In February 2013 it was among the groups being organised for a new attack on the Wadi Deif base.",
      citations: [excerpts],
    },
    {
      id: "maarat-al-numan-clerics-council",
      name: "Council of clerics (Maarat al-Numan)",
      aliases: ["council of clerics"],
      kind: "coalition",
      side: "rebels",
      parent: "al-nusra-front",
      description:
        "A council of religious scholars led by al-Nusra which, according to Time in February 2013, was gathering supplies and uniting rebel groups around Maarat al-Numan.",
      citations: [excerpts],
    },
  ],

  places: [],

  placeNotes: [
    {
      place: "wadi-deif-base",
      aliases: ["Wadi Dief", "Wadi Daif", "Wadi al-Deif encampment"],
      description:
        "Large army barracks by the Damascus–Aleppo highway with an armoured regiment and an underground fuel depot. Rebels besieged it from October 2012 until mid-April 2013 without taking it.",
      relations: [
        { kind: "near", place: "maarshurin", citations: [excerpts, idlibDec] },
        { kind: "near", place: "deir-sharqi", citations: [idlibDec] },
      ],
      citations: [excerpts, aftermath, idlibDec],
    },
    {
      place: "hamidiya-base",
      aliases: ["Hamidiya", "Hamidiya army base", "al-Hamdiya", "Hamdiya"],
      description:
        "Army base near Wadi Deif on the outskirts of Maarat al-Numan, fought over during the 2012–2013 siege.",
      relations: [{ kind: "near", place: "wadi-deif-base", citations: [excerpts, idlibDec] }],
      citations: [excerpts, idlibDec],
    },
    {
      place: "hish",
      aliases: [],
      description:
        "Town in the southern Idlib countryside, south of Maarat al-Numan and overlooking the M5 highway; rebels there worked to cut the road in early 2013.",
      relations: [
        { kind: "south-of", place: "maarat-al-numan", citations: [excerpts] },
        { kind: "near", place: "wadi-deif-base", distanceKm: 17, citations: [excerpts, idlibFeb] },
      ],
      citations: [excerpts, idlibFeb],
    },
    {
      place: "latakia",
      aliases: [],
      description:
        "Coastal city from which army supply and reinforcement convoys set out for Aleppo; rebels hoped that taking Wadi Deif would let them advance toward Jisr al-Shughur and block that route.",
      citations: [excerpts],
    },
    {
      place: "maarshurin",
      aliases: [],
      relations: [{ kind: "near", place: "wadi-deif-base", citations: [excerpts, idlibDec] }],
      citations: [excerpts, idlibDec],
    },
  ],

  claimants: [],

  discrepancies: [
    {
      id: "wadi-deif-siege-wording-oct-11-attack",
      kind: "name",
      summary:
        "One of the Wadi Deif excerpts says the FSA attacked 'the Wadi Deif siege', which makes no sense as a target; the article on the Battle of Maarat al-Numan tells the same 11 October attack as one on an army base east of the town. The excerpt's 'same day' also has no anchor of its own. The app reads it as the attack on the Wadi Deif base on 11 October.",
      events: ["2012-10-11-fsa-attacks-wadi-deif-base"],
      citations: [excerpts, counter],
    },
    {
      id: "maarat-battle-start-8-or-9-october",
      kind: "date",
      summary:
        "All three articles date the rebel offensive to 8 October, but the 14 November excerpt says the battle had been under way since 9 October. The app keeps 8 October as the start and notes the 9 October reading.",
      events: ["2012-11-14-air-strikes-hit-maarat-al-numan", "2012-10-08-rebels-launch-offensive-on-maarat-al-numan"],
      citations: [excerpts, offensive, idlibOct],
    },
    {
      id: "armoured-column-oct-2012-dispatch-date",
      kind: "date",
      summary:
        "The 25 October excerpt says the column had been sent ten days before, which points to about 15 October. Yet the article on the Battle of Maarat al-Numan already has a 40-vehicle column halted south of the town on 13 October, and tanks leaving Mastumah on 10 October. It is unclear whether these are the same column, so the app gives no dispatch date.",
      events: [
        "2012-10-25-army-armoured-column-arrives-near-maarat-al-numan",
        "2012-10-13-rebels-halt-army-column-south-of-maarat-al-numan",
        "2012-10-10-army-sends-tanks-from-mastumah",
      ],
      figures: ["armoured-column-oct-2012-days-en-route"],
      citations: [excerpts, counter],
    },
  ],
};
