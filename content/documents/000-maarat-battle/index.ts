import type { ContentModule } from "../../../lib/content/module";

/**
 * Battle of Maarat al-Numan, 8–13 October 2012 (document 000), merged with the
 * matching passages of 001 (Wadi Deif excerpts) and 002 (Idlib clashes, October 2012).
 * The siege of the Wadi Deif base that followed lives in ../001-wadi-deif-siege.
 */

const D000 = "000_4e18d6cfd8d74cdd.txt";
const D001 = "001_44796f8d6eb24ddf.txt";
const D002 = "002_475e68448c0becbd.txt";

const c = (doc: string, section: string) => ({ doc, section });

const infobox = c(D000, "infobox");
const lead = c(D000, "lead");
const offensive = c(D000, "Rebel offensive");
const counter = c(D000, "Military counter-attack and Wadi Deif siege");
const aftermath = c(D000, "Aftermath");
const excerpts = c(D001, "excerpts");
const idlibOct = c(D002, "October 2012");
const idlibJul = c(D002, "July 2012");

export const contentModule: ContentModule = {
  events: [
    {
      id: "2012-10-08-to-13-battle-of-maarat-al-numan",
      title: "Battle of Maarat al-Numan (8–13 October 2012)",
      clause: "the battle for Maarat al-Numan was fought",
      date: { precision: "range", start: "2012-10-08", end: "2012-10-13" },
      places: ["maarat-al-numan", "m5-wp04-maarat-al-numan", "wadi-deif-base"],
      forces: [
        { force: "free-syrian-army", role: "attacker" },
        { force: "al-nusra-front", role: "attacker" },
        { force: "knights-of-justice-brigade", role: "took-part" },
        { force: "maarat-al-numan-martyrs-brigade", role: "took-part" },
        { force: "heitam-afasi", role: "commanded" },
        { force: "khaled-hmood", role: "commanded" },
        { force: "fares-bayoush", role: "commanded" },
        { force: "syrian-armed-forces", role: "defender" },
        { force: "17th-armoured-brigade", role: "defender" },
      ],
      outcome: "rebel-gain",
      summary:
        "In six days of fighting the Free Syrian Army and al-Nusra Front won the town from the Syrian army. The victory cut one of the main land routes that supplied government troops in Aleppo, but the rebels could not take the Wadi Deif base just outside the town.",
      tags: ["offensive", "capture", "highway", "casualties"],
      citations: [infobox, lead, aftermath],
    },
    {
      id: "2012-10-08-rebels-launch-offensive-on-maarat-al-numan",
      title: "Rebels begin their offensive on Maarat al-Numan",
      clause: "rebels began their offensive on Maarat al-Numan",
      date: { precision: "day", date: "2012-10-08" },
      places: ["maarat-al-numan", "m5-wp04-maarat-al-numan"],
      // The battle article's opening names the Free Syrian Army as the side that fought for the town.
      forces: [
        { force: "rebels", role: "attacker" },
        { force: "free-syrian-army", role: "attacker" },
        { force: "syrian-army", role: "defender" },
      ],
      outcome: "situation-report",
      summary:
        "Rebels moved to seize Maarat al-Numan, a town beside the M5 highway. Government reinforcements heading from Damascus to the fighting in Aleppo had to pass through it. The rebels had first taken the town on 10 June, and the army won it back in August.",
      tags: ["offensive", "attack", "highway"],
      citations: [lead, offensive, excerpts, idlibOct],
    },
    {
      id: "2012-10-08-air-force-bombs-maarat-al-numan",
      title: "Air force strikes Maarat al-Numan to stop the rebel attack",
      clause: "the air force struck Maarat al-Numan to stop the rebel attack",
      date: { precision: "day", date: "2012-10-08" },
      places: ["maarat-al-numan"],
      forces: [
        { force: "syrian-air-force", role: "attacker" },
        { force: "rebels", role: "target" },
      ],
      outcome: "situation-report",
      summary:
        "On the evening the offensive began, government aircraft started bombing the town, trying to halt the rebel advance.",
      tags: ["airstrike"],
      citations: [offensive, idlibOct],
    },
    {
      id: "2012-10-09-rebels-seize-checkpoints-around-maarat-al-numan",
      title: "Rebels seize the army checkpoints ringing Maarat al-Numan",
      clause: "rebels seized the army checkpoints ringing Maarat al-Numan",
      date: { precision: "day", date: "2012-10-09", qualifier: "by" },
      places: ["maarat-al-numan"],
      forces: [
        { force: "rebels", role: "captured" },
        { force: "syrian-army", role: "held" },
      ],
      outcome: "rebel-gain",
      summary:
        "Within a day the rebels had taken the military checkpoints around the town. Only one, at the town's entrance, stayed in government hands. The battle article counts eight checkpoints taken; the Idlib clashes article gives no number.",
      tags: ["capture", "checkpoint"],
      citations: [offensive, idlibOct],
    },
    {
      id: "2012-10-09-rebels-make-mosaic-museum-their-headquarters",
      title: "Rebels base their headquarters in the mosaic museum",
      clause: "rebels based their headquarters in the mosaic museum",
      date: { precision: "day", date: "2012-10-09", qualifier: "by" },
      places: ["maarat-al-numan-mosaic-museum", "maarat-al-numan"],
      forces: [
        { force: "rebels", role: "captured" },
        { force: "syrian-army", role: "withdrew" },
      ],
      outcome: "rebel-gain",
      summary:
        "Government troops had been using the town's mosaic museum. After the rebels took it over, they made it their headquarters.",
      tags: ["capture", "heritage"],
      citations: [offensive],
    },
    {
      id: "2012-10-09-rebels-capture-arabic-cultural-center-detention-site",
      title: "Rebels capture the detention site at the Arabic Cultural Center",
      clause: "rebels captured the detention site at the Arabic Cultural Center",
      date: { precision: "day", date: "2012-10-09", qualifier: "by" },
      places: ["arabic-cultural-center-maarat-al-numan", "maarat-al-numan"],
      forces: [
        { force: "rebels", role: "captured" },
        { force: "government", role: "held" },
      ],
      outcome: "rebel-gain",
      summary:
        "While taking the town, rebels captured a government detention facility housed in the Arabic Cultural Center. A land mine went off as they went in, killing 16 of their fighters (only the battle article reports the land-mine deaths).",
      tags: ["capture", "prison", "casualties"],
      citations: [offensive, idlibOct],
    },
    {
      id: "2012-10-09-detainee-bodies-found-at-arabic-cultural-center",
      title: "Rebels report finding detainees' bodies at the Arabic Cultural Center",
      // No town: "where did this happen?" asks it.
      clause: "rebels reportedly found detainees' bodies in a government detention centre at the Arabic Cultural Center",
      date: { precision: "day", date: "2012-10-09", qualifier: "by" },
      places: ["arabic-cultural-center-maarat-al-numan", "maarat-al-numan"],
      forces: [
        { force: "rebels", role: "reported" },
        { force: "government", role: "target" },
      ],
      outcome: "casualties",
      summary:
        "Inside the captured facility rebels reportedly found the bodies of dead detainees, some of them soldiers who had defected. The count differs by source: 25 per SOHR, 21 in the Idlib clashes article, and 65 executed people according to a rebel media official.",
      tags: ["execution", "prisoners", "defection", "casualties"],
      citations: [offensive, idlibOct],
    },
    {
      id: "2012-10-10-army-holds-eastern-entrance-of-maarat-al-numan",
      title: "Maarat al-Numan split: rebels hold the west entrance, the army the east",
      clause: "Maarat al-Numan was split, with rebels holding the west entrance and the army the east",
      date: { precision: "day", date: "2012-10-10" },
      places: ["maarat-al-numan"],
      forces: [
        { force: "rebels", role: "held" },
        { force: "syrian-army", role: "held" },
      ],
      outcome: "situation-report",
      summary:
        "The town was split: rebels controlled the western way in, while the army kept the eastern way in, where troops were said to be gathering for a counter-offensive.",
      tags: ["reinforcements"],
      citations: [counter, idlibOct],
    },
    {
      id: "2012-10-10-army-sends-tanks-from-mastumah",
      title: "Army sends tanks from Mastumah toward Maarat al-Numan",
      clause: "the army sent tanks from Mastumah toward Maarat al-Numan",
      date: { precision: "day", date: "2012-10-10" },
      places: ["mastumah", "maarat-al-numan", "m5-wp04-maarat-al-numan"],
      forces: [
        { force: "syrian-army", role: "attacker" },
        { force: "rebels", role: "defender" },
      ],
      outcome: "situation-report",
      summary:
        "Tanks set off from Mastumah, south of Idlib city, for Maarat al-Numan, and soldiers lined the highway to keep a safe path open for them. Rebels tried to block the tanks and were said to have damaged three.",
      tags: ["reinforcements", "highway"],
      citations: [counter, idlibOct],
    },
    {
      id: "2012-10-10-rebels-clash-with-troops-near-khan-shaykhun",
      title: "Rebels intercept troops on the edge of Khan Shaykhun",
      clause: "rebels intercepted troops on the edge of Khan Shaykhun",
      date: { precision: "day", date: "2012-10-10" },
      places: ["khan-shaykhun"],
      forces: [
        { force: "rebels", role: "attacker" },
        { force: "syrian-army", role: "defender" },
      ],
      outcome: "casualties",
      summary:
        "Rebel fighters stopped army troops on the outskirts of Khan Shaykhun, south of Maarat al-Numan. The battle article says 14 rebels died in the clashes that followed.",
      tags: ["ambush", "reinforcements", "casualties"],
      citations: [counter, idlibOct],
    },
    {
      id: "2012-10-10-rebels-repel-army-counter-attack-on-maarat-al-numan",
      title: "Rebels beat back the army's counter-attack on Maarat al-Numan",
      clause: "rebels beat back the army's counter-attack on Maarat al-Numan",
      date: { precision: "day", date: "2012-10-10" },
      places: ["maarat-al-numan"],
      forces: [
        { force: "syrian-army", role: "attacker" },
        { force: "rebels", role: "repelled" },
      ],
      outcome: "attack-repelled",
      summary:
        "Later that day the army tried to retake the town. The rebels held on but lost many fighters; one report put their dead at 30. The Idlib clashes article adds that rebel and civilian deaths in the town had now reached 100, and an activist said the army had executed 50 defectors.",
      tags: ["attack", "defense", "casualties", "execution"],
      citations: [counter, idlibOct],
    },
    {
      id: "2012-10-10-rebels-take-control-of-maarat-al-numan",
      title: "Rebels take Maarat al-Numan for the second time",
      clause: "rebels took Maarat al-Numan for the second time",
      date: { precision: "day", date: "2012-10-10" },
      places: ["maarat-al-numan"],
      forces: [
        { force: "free-syrian-army", role: "captured" },
        { force: "al-nusra-front", role: "captured" },
        { force: "syrian-armed-forces", role: "withdrew" },
      ],
      outcome: "rebel-gain",
      summary:
        "According to the battle's summary box, rebel forces controlled the town from 10 October, four months after they had first taken it in June. The main text is less clear-cut: most checkpoints fell a day earlier, yet the army still held the eastern entrance on the 10th.",
      tags: ["capture"],
      citations: [infobox, offensive, counter],
    },
    {
      id: "2012-10-11-rebels-hold-five-km-of-m5-highway",
      // The summary box dates the capture to 11 October: asked as the capture, not as a state that lasted.
      title: "Rebels capture a stretch of the M5 south of Maarat al-Numan",
      clause: "rebels captured a stretch of the M5 south of Maarat al-Numan",
      date: { precision: "day", date: "2012-10-11" },
      places: ["m5-wp04-maarat-al-numan", "maarat-al-numan"],
      forces: [{ force: "rebels", role: "captured" }],
      outcome: "rebel-gain",
      summary:
        "An AFP reporter said rebels held five kilometres of the highway leading out of Maarat al-Numan; the summary box places this stretch south of the town.",
      tags: ["highway", "capture"],
      citations: [counter, infobox],
    },
    {
      id: "2012-10-11-fsa-attacks-wadi-deif-base",
      title: "FSA attacks the Wadi Deif base with a captured tank",
      clause: "the FSA attacked the Wadi Deif base with a captured tank",
      date: { precision: "day", date: "2012-10-11" },
      places: ["wadi-deif-base", "maarat-al-numan"],
      forces: [
        { force: "free-syrian-army", role: "attacker" },
        { force: "syrian-army", role: "defender" },
        { force: "syrian-air-force", role: "attacker" },
      ],
      outcome: "inconclusive",
      summary:
        "The FSA struck the army base just east of the town, beside the highway, which was being used to shell Maarat al-Numan. Fighters used at least one tank they had captured, plus RPGs and mortars, while air strikes kept hitting the town.",
      tags: ["attack", "military-base", "airstrike", "shelling"],
      citations: [counter, excerpts],
    },
    {
      id: "2012-10-12-air-strikes-kill-rebels-south-of-maarat-al-numan",
      title: "Air strikes kill rebels south of Maarat al-Numan",
      clause: "air strikes killed rebels south of Maarat al-Numan",
      date: { precision: "day", date: "2012-10-12" },
      places: ["maarat-al-numan"],
      forces: [
        { force: "syrian-air-force", role: "attacker" },
        { force: "rebels", role: "killed" },
      ],
      outcome: "casualties",
      summary: "A string of Syrian Air Force raids south of the town killed 12 rebel fighters.",
      tags: ["airstrike", "casualties"],
      citations: [counter],
    },
    {
      id: "2012-10-13-rebels-renew-assault-on-wadi-deif-base",
      title: "Jets bomb rebels renewing their assault on Wadi Deif",
      clause: "jets bombed rebels renewing their assault on Wadi Deif",
      date: { precision: "day", date: "2012-10-13" },
      places: ["wadi-deif-base"],
      forces: [
        { force: "rebels", role: "attacker" },
        { force: "syrian-army", role: "defender" },
        { force: "syrian-air-force", role: "attacker" },
      ],
      outcome: "attack-repelled",
      summary:
        "Rebels launched a fresh assault on the Wadi Deif military base east of the town. Jets bombed the attackers and 22 rebel fighters were wounded.",
      tags: ["attack", "military-base", "airstrike", "casualties"],
      citations: [counter],
    },
    {
      id: "2012-10-13-army-bombards-maarat-al-numan-and-field-hospital",
      title: "Heavy bombardment of Maarat al-Numan targets a field hospital",
      clause: "a heavy bombardment of Maarat al-Numan targeted a field hospital",
      date: { precision: "day", date: "2012-10-13" },
      places: ["maarat-al-numan"],
      forces: [
        { force: "syrian-army", role: "attacker" },
        { force: "syrian-air-force", role: "attacker" },
        { force: "rebels", role: "target" },
      ],
      outcome: "situation-report",
      summary:
        "As the army tried to win the town back, it was pounded by artillery and aircraft. An emergency field hospital built underground was among the main targets.",
      tags: ["shelling", "airstrike", "civilians"],
      citations: [counter],
    },
    {
      id: "2012-10-13-rebels-halt-army-column-south-of-maarat-al-numan",
      title: "Rebels halt a tank column south of Maarat al-Numan",
      clause: "rebels halted a tank column south of Maarat al-Numan",
      date: { precision: "day", date: "2012-10-13" },
      places: ["maarat-al-numan", "m5-wp04-maarat-al-numan"],
      forces: [
        { force: "syrian-army", role: "attacker" },
        { force: "rebels", role: "repelled" },
      ],
      outcome: "attack-repelled",
      summary:
        "Late in the day rebels halted an army convoy of 40 vehicles, 10 of them tanks, that was moving on Maarat al-Numan. It was stopped 10 km south of the town.",
      tags: ["reinforcements", "defense", "highway"],
      citations: [counter],
    },
  ],

  figures: [
    // --- infobox and body totals for the whole battle ---
    {
      id: "maarat-battle-2012-rebels-killed",
      event: "2012-10-08-to-13-battle-of-maarat-al-numan",
      measure: "killed",
      // The Idlib clashes article's count includes defectors; the summary box does not say.
      subject: "rebel fighters killed in the battle (the Idlib clashes article's count includes defectors)",
      unit: "fighters",
      side: "rebels",
      claims: [
        { value: { kind: "exact", n: 108 }, claimedBy: "encyclopedia-unattributed", citations: [infobox] },
        {
          value: { kind: "exact", n: 46 },
          claimedBy: "encyclopedia-unattributed",
          citations: [idlibOct],
          note: "The Idlib clashes article, in its 10 October account, counts 46 rebels and defectors killed during the battle.",
        },
      ],
      disputed: true,
    },
    {
      id: "maarat-battle-2012-soldiers-killed",
      event: "2012-10-08-to-13-battle-of-maarat-al-numan",
      measure: "killed",
      subject: "government soldiers killed in the battle",
      unit: "soldiers",
      side: "government",
      claims: [
        {
          value: { kind: "exact", n: 190 },
          claimedBy: "encyclopedia-unattributed",
          citations: [infobox],
          note: "The summary box gives this total as of 12 October.",
        },
        {
          value: { kind: "exact", n: 196 },
          claimedBy: "encyclopedia-unattributed",
          citations: [idlibOct],
          note: "The Idlib clashes article, in its 10 October account, says 196 soldiers were killed during the battle.",
        },
      ],
      disputed: true,
    },
    {
      id: "maarat-battle-2012-soldiers-captured",
      event: "2012-10-08-to-13-battle-of-maarat-al-numan",
      measure: "captured",
      subject: "government soldiers taken prisoner",
      unit: "soldiers",
      side: "government",
      claims: [
        {
          value: { kind: "exact", n: 19 },
          claimedBy: "encyclopedia-unattributed",
          citations: [infobox],
          note: "Total as of 12 October.",
        },
      ],
      disputed: false,
    },
    {
      id: "maarat-battle-2012-jets-shot-down",
      event: "2012-10-08-to-13-battle-of-maarat-al-numan",
      measure: "shot-down",
      subject: "Su-22 jets shot down",
      unit: "jets",
      side: "government",
      claims: [{ value: { kind: "exact", n: 2 }, claimedBy: "encyclopedia-unattributed", citations: [infobox] }],
      disputed: false,
    },
    {
      id: "maarat-battle-2012-civilians-killed",
      event: "2012-10-08-to-13-battle-of-maarat-al-numan",
      measure: "killed",
      subject: "civilians killed in the fighting for the town",
      unit: "civilians",
      // The two claims agree: 60 is "at least 40". Both are kept, each with where it is stated.
      claims: [
        {
          value: { kind: "exact", n: 60 },
          claimedBy: "encyclopedia-unattributed",
          citations: [infobox],
          note: "The battle's summary box.",
        },
        {
          value: { kind: "at-least", n: 40 },
          claimedBy: "encyclopedia-unattributed",
          citations: [offensive, idlibOct],
          note: "The main text of both articles says at least 40 of the dead were civilians, which the summary box's 60 fits.",
        },
      ],
      disputed: false,
    },
    {
      id: "maarat-battle-2012-non-government-dead",
      event: "2012-10-08-to-13-battle-of-maarat-al-numan",
      measure: "killed",
      subject: "people killed in the fight for the town, not counting government forces",
      unit: "people",
      claims: [
        {
          value: { kind: "at-least", n: 60 },
          claimedBy: "encyclopedia-unattributed",
          citations: [offensive, idlibOct],
          note: "Both articles say more than 60: civilians and rebels together, reported with the takeover of the checkpoints.",
        },
      ],
      disputed: false,
    },
    // --- 9 October ---
    {
      id: "maarat-checkpoints-oct-2012-seized",
      event: "2012-10-09-rebels-seize-checkpoints-around-maarat-al-numan",
      measure: "seized",
      subject: "army checkpoints around the town taken by rebels",
      unit: "checkpoints",
      side: "government",
      claims: [
        { value: { kind: "exact", n: 8 }, claimedBy: "encyclopedia-unattributed", citations: [offensive] },
      ],
      disputed: false,
    },
    {
      id: "maarat-checkpoints-oct-2012-still-held",
      event: "2012-10-09-rebels-seize-checkpoints-around-maarat-al-numan",
      measure: "other",
      subject: "checkpoints still held by the government (at the town entrance)",
      unit: "checkpoints",
      side: "government",
      claims: [
        { value: { kind: "exact", n: 1 }, claimedBy: "encyclopedia-unattributed", citations: [offensive] },
        {
          value: { kind: "exact", n: 1 },
          claimedBy: "encyclopedia-unattributed",
          citations: [idlibOct],
          note: "The Idlib clashes article says every checkpoint fell except one.",
        },
      ],
      disputed: false,
    },
    {
      id: "arabic-cultural-center-land-mine-rebels-killed",
      event: "2012-10-09-rebels-capture-arabic-cultural-center-detention-site",
      measure: "killed",
      subject: "rebel fighters killed by a land mine at the entrance",
      unit: "fighters",
      side: "rebels",
      claims: [
        { value: { kind: "exact", n: 16 }, claimedBy: "encyclopedia-unattributed", citations: [offensive] },
      ],
      disputed: false,
    },
    {
      id: "arabic-cultural-center-detainee-corpses",
      event: "2012-10-09-detainee-bodies-found-at-arabic-cultural-center",
      measure: "corpses-found",
      subject: "detainees' bodies found at the Arabic Cultural Center",
      unit: "bodies",
      claims: [
        { value: { kind: "exact", n: 25 }, claimedBy: "sohr", citations: [offensive] },
        {
          value: { kind: "exact", n: 21 },
          claimedBy: "encyclopedia-unattributed",
          citations: [idlibOct],
          note: "The Idlib clashes article gives 21 without naming who counted.",
        },
        {
          value: { kind: "exact", n: 65 },
          claimedBy: "rebel-sources",
          citations: [offensive],
          note: "A rebel media official later spoke of 65 executed people found.",
        },
      ],
      disputed: true,
    },
    {
      id: "arabic-cultural-center-defector-corpses",
      event: "2012-10-09-detainee-bodies-found-at-arabic-cultural-center",
      measure: "corpses-found",
      subject: "defected soldiers among the bodies found",
      unit: "bodies",
      claims: [
        { value: { kind: "exact", n: 2 }, claimedBy: "sohr", citations: [offensive] },
        { value: { kind: "exact", n: 2 }, claimedBy: "encyclopedia-unattributed", citations: [idlibOct] },
        {
          value: { kind: "exact", n: 50 },
          // The rebel media official passes the 50 on "according to an activist", and the Idlib clashes
          // article credits the same 50 to an opposition activist: one claimant for both.
          claimedBy: "opposition-activist",
          citations: [offensive],
          note: "Passed on by a rebel media official, as part of his count of 65 executed people found.",
        },
      ],
      disputed: true,
    },
    // --- 10 October ---
    {
      id: "mastumah-tanks-oct-2012-damaged",
      event: "2012-10-10-army-sends-tanks-from-mastumah",
      measure: "damaged",
      subject: "army tanks damaged by rebels on the way",
      unit: "tanks",
      side: "government",
      claims: [
        {
          value: { kind: "exact", n: 3 },
          claimedBy: "encyclopedia-unattributed",
          citations: [counter, idlibOct],
          note: "Both articles say 'reportedly'.",
        },
      ],
      disputed: false,
    },
    {
      id: "khan-shaykhun-oct-2012-rebels-killed",
      event: "2012-10-10-rebels-clash-with-troops-near-khan-shaykhun",
      measure: "killed",
      subject: "rebels killed near Khan Shaykhun",
      unit: "fighters",
      side: "rebels",
      claims: [
        { value: { kind: "exact", n: 14 }, claimedBy: "encyclopedia-unattributed", citations: [counter] },
      ],
      disputed: false,
    },
    {
      id: "maarat-counter-attack-oct-2012-rebels-killed",
      event: "2012-10-10-rebels-repel-army-counter-attack-on-maarat-al-numan",
      measure: "killed",
      subject: "opposition fighters killed repelling the counter-attack",
      unit: "fighters",
      side: "rebels",
      claims: [
        {
          value: { kind: "exact", n: 30 },
          claimedBy: "encyclopedia-unattributed",
          citations: [counter, idlibOct],
          note: "Both articles credit the number only to 'one report'.",
        },
      ],
      disputed: false,
    },
    {
      id: "maarat-counter-attack-oct-2012-rebels-and-civilians-dead",
      event: "2012-10-10-rebels-repel-army-counter-attack-on-maarat-al-numan",
      measure: "killed",
      subject: "rebels and civilians killed in the town so far",
      unit: "people",
      claims: [
        { value: { kind: "exact", n: 100 }, claimedBy: "encyclopedia-unattributed", citations: [idlibOct] },
      ],
      disputed: false,
    },
    {
      id: "maarat-counter-attack-oct-2012-defectors-executed",
      event: "2012-10-10-rebels-repel-army-counter-attack-on-maarat-al-numan",
      measure: "executed",
      subject: "defectors reportedly executed by the army",
      unit: "defectors",
      side: "rebels",
      claims: [
        { value: { kind: "exact", n: 50 }, claimedBy: "opposition-activist", citations: [idlibOct] },
      ],
      disputed: false,
    },
    // --- 11 to 13 October ---
    {
      id: "maarat-highway-oct-2012-stretch-held",
      event: "2012-10-11-rebels-hold-five-km-of-m5-highway",
      measure: "territory",
      subject: "length of highway held by rebels",
      unit: "km",
      claims: [
        { value: { kind: "exact", n: 5 }, claimedBy: "afp", citations: [counter] },
        { value: { kind: "exact", n: 5 }, claimedBy: "encyclopedia-unattributed", citations: [infobox] },
      ],
      disputed: false,
    },
    {
      id: "maarat-air-strikes-oct-12-2012-rebels-killed",
      event: "2012-10-12-air-strikes-kill-rebels-south-of-maarat-al-numan",
      measure: "killed",
      subject: "rebels killed by air strikes",
      unit: "fighters",
      side: "rebels",
      claims: [
        { value: { kind: "exact", n: 12 }, claimedBy: "encyclopedia-unattributed", citations: [counter] },
      ],
      disputed: false,
    },
    {
      id: "wadi-deif-assault-oct-13-2012-rebels-wounded",
      event: "2012-10-13-rebels-renew-assault-on-wadi-deif-base",
      measure: "wounded",
      subject: "rebel fighters wounded by air force bombing",
      unit: "fighters",
      side: "rebels",
      claims: [
        { value: { kind: "exact", n: 22 }, claimedBy: "encyclopedia-unattributed", citations: [counter] },
      ],
      disputed: false,
    },
    {
      id: "army-column-oct-13-2012-vehicles",
      event: "2012-10-13-rebels-halt-army-column-south-of-maarat-al-numan",
      measure: "strength",
      subject: "vehicles in the army column",
      unit: "vehicles",
      side: "government",
      claims: [
        { value: { kind: "exact", n: 40 }, claimedBy: "encyclopedia-unattributed", citations: [counter] },
      ],
      disputed: false,
    },
    {
      id: "army-column-oct-13-2012-tanks",
      event: "2012-10-13-rebels-halt-army-column-south-of-maarat-al-numan",
      measure: "strength",
      subject: "tanks in the army column",
      unit: "tanks",
      side: "government",
      claims: [
        { value: { kind: "exact", n: 10 }, claimedBy: "encyclopedia-unattributed", citations: [counter] },
      ],
      disputed: false,
    },
    {
      id: "army-column-oct-13-2012-distance-south",
      event: "2012-10-13-rebels-halt-army-column-south-of-maarat-al-numan",
      measure: "distance",
      subject: "distance south of Maarat al-Numan where the column was stopped",
      unit: "km",
      claims: [
        { value: { kind: "exact", n: 10 }, claimedBy: "encyclopedia-unattributed", citations: [counter] },
      ],
      disputed: false,
    },
  ],

  forces: [
    // The summary box lists these three as commanders of the combined FSA and al-Nusra side
    // without saying which group each led, so their parent is the rebel side itself.
    {
      id: "heitam-afasi",
      name: "Heitam Afasi",
      aliases: [],
      kind: "commander",
      side: "rebels",
      parent: "rebels",
      rank: "Col.",
      description: "Colonel listed among the rebel commanders in the October 2012 battle for Maarat al-Numan.",
      citations: [infobox],
    },
    {
      id: "khaled-hmood",
      name: "Khaled Hmood",
      aliases: [],
      kind: "commander",
      side: "rebels",
      parent: "rebels",
      rank: "Lt. Col.",
      description: "Lieutenant colonel listed among the rebel commanders in the October 2012 battle for Maarat al-Numan.",
      citations: [infobox],
    },
    {
      id: "fares-bayoush",
      name: "Fares Bayoush",
      aliases: [],
      kind: "commander",
      side: "rebels",
      parent: "rebels",
      rank: "Lt. Col.",
      description:
        "Lieutenant colonel among the rebel commanders at Maarat al-Numan in October 2012; the summary box marks him as wounded in action.",
      citations: [infobox],
    },
    {
      id: "knights-of-justice-brigade",
      name: "Knights of Justice Brigade",
      aliases: [],
      kind: "brigade",
      side: "rebels",
      parent: "free-syrian-army",
      description: "Free Syrian Army unit that fought in the October 2012 battle for Maarat al-Numan.",
      citations: [infobox],
    },
    {
      id: "maarat-al-numan-martyrs-brigade",
      name: "Maarrat al-Nu'man Martyrs Brigade",
      aliases: ["Maarat al-Numan Martyrs Brigade"],
      kind: "brigade",
      side: "rebels",
      parent: "free-syrian-army",
      description: "Free Syrian Army unit named after the town, listed among the rebel units in the October 2012 battle.",
      citations: [infobox],
    },
    {
      id: "17th-armoured-brigade",
      name: "17th Armoured Brigade",
      aliases: ["17th Armored Brigade"],
      kind: "brigade",
      side: "government",
      parent: "syrian-armed-forces",
      description: "The government unit listed as fighting the rebels at Maarat al-Numan in October 2012.",
      citations: [infobox],
    },
  ],

  places: [
    {
      id: "arabic-cultural-center-maarat-al-numan",
      name: "Arabic Cultural Center (Maarat al-Numan)",
      aliases: ["Arabic Cultural Center"],
      kind: "building",
      governorate: "Idlib",
      mapEligible: false,
      description:
        "Building in Maarat al-Numan that the government used as a detention facility until rebels captured it in October 2012.",
      relations: [{ kind: "part-of", place: "maarat-al-numan", citations: [offensive, idlibOct] }],
      citations: [offensive, idlibOct],
    },
    {
      id: "maarat-al-numan-mosaic-museum",
      name: "Maarat al-Numan mosaic museum",
      aliases: ["mosaic museum", "city museum"],
      kind: "building",
      governorate: "Idlib",
      mapEligible: false,
      description:
        "The town's museum of mosaics. Government troops occupied it before rebels turned it into their headquarters in October 2012.",
      relations: [{ kind: "part-of", place: "maarat-al-numan", citations: [offensive, excerpts] }],
      citations: [offensive, excerpts],
    },
  ],

  placeNotes: [
    {
      place: "maarat-al-numan",
      aliases: [],
      description:
        "Town in southern Idlib Governorate on the M5 highway, the road government reinforcements used between Damascus and Aleppo. Rebels took it in October 2012.",
      relations: [
        { kind: "on-highway", place: "m5-wp04-maarat-al-numan", citations: [offensive, excerpts] },
      ],
      citations: [offensive, lead],
    },
    {
      place: "wadi-deif-base",
      aliases: ["Wadi Deif military base"],
      description:
        "Army base on the eastern edge of Maarat al-Numan, next to the highway. It was used to shell the town in October 2012.",
      relations: [
        { kind: "east-of", place: "maarat-al-numan", citations: [counter] },
        { kind: "near", place: "m5-wp04-maarat-al-numan", citations: [counter, excerpts] },
      ],
      citations: [counter, aftermath],
    },
    {
      place: "mastumah",
      aliases: [],
      relations: [{ kind: "south-of", place: "idlib", citations: [counter, idlibOct] }],
      citations: [counter, idlibOct],
    },
    {
      place: "khan-shaykhun",
      aliases: [],
      relations: [{ kind: "south-of", place: "maarat-al-numan", citations: [counter, idlibOct] }],
      citations: [counter, idlibOct],
    },
  ],

  claimants: [],

  discrepancies: [
    {
      id: "arabic-cultural-center-corpse-counts",
      kind: "figure",
      summary:
        "The number of detainees' bodies found at the Arabic Cultural Center varies: SOHR says 25 (2 of them defectors), the Idlib clashes article says 21 (also 2 defectors), and a rebel media official later spoke of 65 executed people, 50 of them defectors according to an activist. The Idlib clashes article also quotes an activist saying the army executed 50 defectors, probably the same claim. All readings are kept.",
      events: [
        "2012-10-09-detainee-bodies-found-at-arabic-cultural-center",
        "2012-10-10-rebels-repel-army-counter-attack-on-maarat-al-numan",
      ],
      figures: [
        "arabic-cultural-center-detainee-corpses",
        "arabic-cultural-center-defector-corpses",
        "maarat-counter-attack-oct-2012-defectors-executed",
      ],
      citations: [offensive, idlibOct],
    },
    {
      id: "maarat-battle-2012-infobox-vs-body-casualties",
      kind: "figure",
      summary:
        "The battle's summary box gives 108 rebels and 190 soldiers (by 12 October) killed; the Idlib clashes article's 10 October account gives 46 rebels and defectors and 196 soldiers. The counts may cover different days and people, so the app keeps each with its source. The civilian tolls do not clash: the box's 60 fits the text's 'at least 40'.",
      events: ["2012-10-08-to-13-battle-of-maarat-al-numan"],
      figures: ["maarat-battle-2012-rebels-killed", "maarat-battle-2012-soldiers-killed"],
      citations: [infobox, offensive, idlibOct],
    },
    {
      id: "maarat-checkpoints-eight-vs-all-but-one",
      kind: "fact",
      summary:
        "The battle article says rebels took eight checkpoints and left one to the government; the Idlib clashes article says they took every checkpoint but one, without a number. The two fit if there were nine checkpoints, but neither article gives the total, so the app stores 8 only as the battle article's count.",
      events: ["2012-10-09-rebels-seize-checkpoints-around-maarat-al-numan"],
      figures: ["maarat-checkpoints-oct-2012-seized", "maarat-checkpoints-oct-2012-still-held"],
      citations: [offensive, idlibOct],
    },
    {
      id: "maarat-al-numan-oct-2012-date-of-rebel-control",
      kind: "date",
      summary:
        "The summary box dates rebel control of the town to 10 October. The running text has the checkpoints falling by 9 October, while on 10 October the army still held the eastern entrance and was preparing a counter-attack. The app keeps 10 October for the takeover as the box gives it and dates the checkpoint seizure separately.",
      events: [
        "2012-10-10-rebels-take-control-of-maarat-al-numan",
        "2012-10-09-rebels-seize-checkpoints-around-maarat-al-numan",
        "2012-10-10-army-holds-eastern-entrance-of-maarat-al-numan",
      ],
      citations: [infobox, offensive, counter],
    },
    {
      id: "maarat-al-numan-june-2012-first-capture",
      kind: "fact",
      summary:
        "The October accounts say rebels first took Maarat al-Numan on 10 June and lost it to the army in August. The Idlib clashes article's July section, however, still speaks of troops pulling out of the Maarat al-Numan area on 18 July and of rebels capturing soldiers in the town on 27 July, so government forces seem to have remained after June.",
      events: [
        "2012-06-10-rebels-first-take-maarat-al-numan",
        "2012-08-army-recaptures-maarat-al-numan",
        "2012-10-08-rebels-launch-offensive-on-maarat-al-numan",
      ],
      citations: [offensive, idlibOct, idlibJul],
    },
  ],
};
