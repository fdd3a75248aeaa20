import type { z } from "zod";
import type { ReasoningSchema } from "../../lib/content/schema";
import { aleppo, idlib, maarat, recapture, wadiDeif } from "./citations";

/**
 * Why things happened and why they mattered. Each wrong answer is wrong for a
 * reason the documents let a student know; `whyWrong` says which, so the
 * feedback can explain the tempting mistake.
 */

// Study sets, named once so a typo cannot slip through.
const MAARAT_2012 = "battle-of-maarat-al-numan-2012";
const WADI_DEIF = "siege-of-wadi-deif";
const TAFTANAZ = "taftanaz-airbase";
const BORDER = "border-crossings-summer-2012";
const ALEPPO = "aleppo-countryside-2012";
const RECAPTURE_2020 = "maarat-al-numan-recaptured-2020";
const JUN_2012 = "idlib-timeline-2012-06";
const JUL_2012 = "idlib-timeline-2012-07";
const AUG_SEP_2012 = "idlib-timeline-2012-08-to-2012-09";
const OCT_2012 = "idlib-timeline-2012-10";
const NOV_DEC_2012 = "idlib-timeline-2012-11-to-2012-12";
const JAN_2013 = "idlib-timeline-2013-01";
const FEB_APR_2013 = "idlib-timeline-2013-02-to-2013-04";

export const reasonings: z.input<typeof ReasoningSchema>[] = [
  // -------------------------------------------------------------------------
  // June 2012
  {
    id: "why-idlib-ceasefire-2012-failed",
    skill: "significance",
    question: "What does the Idlib clashes article say happened to the U.N. cease-fire that was meant to begin in April 2012?",
    answer: "It never really took effect, and the fighting went on",
    distractors: [
      {
        text: "It held until the army raided the town of Taftanaz",
        whyWrong: "The Taftanaz raid was on 3 April, before the cease-fire attempt began on 14 April.",
      },
      {
        text: "It lasted until the twin bombings in Aleppo city",
        whyWrong: "The Aleppo bombings were on 10 February 2012, two months before the cease-fire was due.",
      },
      {
        text: "It broke down when Maarat al-Numan fell in October",
        whyWrong: "The attempt is dated 14 April to 2 June 2012, months before the October battle.",
      },
    ],
    explanation:
      "The article's opening dates the cease-fire attempt from 14 April to 2 June 2012, yet its June section says the U.N. truce never really took hold. The Idlib clashes are counted from 3 June, the day after the attempt ended.",
    events: ["2012-04-14-ceasefire-attempt", "2012-06-03-to-2013-04-18-idlib-governorate-clashes"],
    studySets: [JUN_2012],
    citations: [idlib.lead, idlib.jun2012],
  },
  {
    id: "why-civilians-joined-rebels-jun-2012",
    skill: "cause",
    question: "According to a journalist's report from Idlib in June 2012, what was turning some civilians into rebels?",
    answer: "Helicopter strikes that killed villagers",
    distractors: [
      {
        text: "Money handed out by the Damascus Falcons group",
        whyWrong: "The Damascus Falcons appear for their raid on an army camp; no payments are mentioned.",
      },
      {
        text: "Orders from Libyan volunteers who led the brigades",
        whyWrong: "The Libyan-led brigade is reported only in late July, and nine in ten of its fighters were Syrian.",
      },
      {
        text: "News that the Taftanaz airbase had fallen",
        whyWrong: "Rebels overran Taftanaz only in January 2013, long after this report.",
      },
    ],
    explanation:
      "The journalist saw a government helicopter strike a village where rebels were meeting, killing an eight-year-old boy and his father, and reported that such attacks drove some civilians to join the rebels. Most rebel fighters there were local men.",
    link: {
      cause: "Helicopter strikes kill civilians in rebel villages",
      effect: "Some villagers take up arms with the rebels",
    },
    events: ["2012-06-helicopter-attack-kills-boy-and-father"],
    studySets: [JUN_2012],
    citations: [idlib.jun2012],
  },
  {
    id: "why-280-defection-near-saraqib-mattered",
    skill: "significance",
    question: "Why was the defection of about 280 soldiers near Saraqib on 26 June 2012 seen as important?",
    answer: "It was among Idlib's largest, in an area the army thought secure",
    distractors: [
      {
        text: "It was the first defection in Idlib to include an army general",
        whyWrong: "The general was among 85 soldiers who crossed into Turkey on 3 July, a week later.",
      },
      {
        text: "It handed the Taftanaz airbase over to the rebels",
        whyWrong: "The Taftanaz base remained the army's until rebels overran it in January 2013.",
      },
      {
        text: "It was the only defection reported in Idlib that year",
        whyWrong: "Others followed, such as about 60 soldiers who joined the FSA at Bab al-Hawa in July.",
      },
    ],
    explanation:
      "The defectors turned on government troops along the Idlib–Aleppo highway, downing a helicopter and destroying three tanks near Saraqib. It happened where the army had seemed secure since its March crackdown, and Saraqib was soon reported to be in opposition hands.",
    link: {
      cause: "About 280 soldiers defect on the highway near Saraqib",
      effect: "The army loses a helicopter and three tanks in the fighting",
    },
    events: ["2012-06-26-280-soldiers-defect-on-idlib-aleppo-highway", "2012-06-27-saraqib-reported-in-opposition-hands"],
    places: ["saraqib", "idlib-aleppo-highway"],
    forces: ["syrian-army"],
    studySets: [JUN_2012],
    citations: [idlib.jun2012],
  },
  {
    id: "why-taftanaz-town-emptied-2012",
    skill: "cause",
    question: "Why had two-thirds of the people of Taftanaz left the town by June 2012?",
    answer: "An army tank raid in April had killed dozens and burned homes",
    distractors: [
      {
        text: "Rebels told them to leave before their first attack on the airbase",
        whyWrong: "The first rebel offensive on the Taftanaz airbase came only on 29 August 2012.",
      },
      {
        text: "They fled the air strikes after rebels took the airbase",
        whyWrong: "Rebels overran the airbase in January 2013, long after June 2012.",
      },
      {
        text: "A U.N. truce let them move to camps in Turkey",
        whyWrong: "The truce due in April never really took effect, and nothing is said of camps in Turkey.",
      },
    ],
    explanation:
      "Witnesses said the troops who stormed the protest town on 3 April 2012 shelled it, shot residents and looted and burned hundreds of homes; 62 people died, though few rebels were present. Two months later two-thirds of its people had gone.",
    link: {
      cause: "Army tanks raid Taftanaz on 3 April 2012",
      effect: "Two-thirds of the town's people leave within two months",
    },
    events: ["2012-04-03-army-raids-taftanaz", "2012-06-early-two-thirds-of-taftanaz-residents-gone"],
    places: ["taftanaz"],
    studySets: [TAFTANAZ, JUN_2012],
    citations: [idlib.jun2012],
  },

  // -------------------------------------------------------------------------
  // July 2012: Idlib, the border crossings and Aleppo
  {
    id: "why-troops-left-maarat-area-jul-2012",
    skill: "cause",
    question: "What event was followed by reports of troops pulling out of the Maarat al-Numan area on 18 July 2012?",
    answer: "A bombing in Damascus that killed top government officials",
    distractors: [
      {
        text: "The rebels' capture of the Wadi Deif base east of the town",
        whyWrong: "The rebels never took the Wadi Deif base; they besieged it from October 2012.",
      },
      {
        text: "The rebels' capture of 50 soldiers and 14 officers in the town",
        whyWrong: "That happened on 27 July, nine days after the withdrawal was reported.",
      },
      {
        text: "A U.N. cease-fire that came into force that day",
        whyWrong: "The cease-fire attempt had ended on 2 June and never really held.",
      },
    ],
    explanation:
      "The pull-out was reported right after the Damascus bombing that killed some of the government's most important officials. At about the same time a local FSA commander said some 1,500 Idlib fighters had gone to reinforce the rebel offensive in Damascus.",
    link: {
      cause: "Bombing in Damascus kills top government officials",
      effect: "Troops reportedly leave the Maarat al-Numan area",
    },
    events: ["2012-07-18-damascus-bombing-kills-senior-officials", "2012-07-18-troops-leave-maarat-al-numan-area"],
    places: ["maarat-al-numan", "damascus"],
    studySets: [JUL_2012],
    citations: [idlib.jul2012],
  },
  {
    id: "why-idlib-fighters-went-to-damascus",
    skill: "cause",
    question: "Why, according to a local FSA commander, were about 1,500 fighters from Idlib sent away in July 2012?",
    answer: "To back the rebel offensive in Damascus",
    distractors: [
      {
        text: "To join the rebel storming of Aleppo city",
        whyWrong: "The commander told a Time journalist they went to Damascus, not to Aleppo.",
      },
      {
        text: "To guard the newly captured crossings into Turkey",
        whyWrong: "The fighters went south to Damascus; the crossings lie on the northern border.",
      },
      {
        text: "To train with a Libyan-led brigade in Idlib",
        whyWrong: "That brigade was a separate force a journalist met in Idlib; the 1,500 left the province.",
      },
    ],
    explanation:
      "A rebel commander in one of the rebel-held towns told a Time journalist that Idlib sent about 1,500 fighters to back the offensive in Damascus. The number rests on that one rebel source.",
    link: {
      cause: "The rebel offensive in Damascus needs more fighters",
      effect: "About 1,500 Idlib fighters head south",
    },
    events: ["2012-07-18-idlib-fighters-sent-to-damascus"],
    places: ["damascus"],
    forces: ["free-syrian-army"],
    studySets: [JUL_2012],
    citations: [idlib.jul2012],
  },
  {
    id: "why-jarabulus-crossing-fell-2012",
    skill: "cause",
    question: "Why did the crossing at Jarabulus fall into rebel hands in July 2012?",
    answer: "Government forces pulled out and abandoned the town",
    distractors: [
      {
        text: "About 60 soldiers there went over to the FSA with seven tanks",
        whyWrong: "That defection took place at Bab al-Hawa, in Idlib.",
      },
      {
        text: "Rebels overran it after ten days of attacks",
        whyWrong: "The ten days of attempts were at the Bab al-Hawa crossing.",
      },
      {
        text: "Rebels stormed it at a cost of twelve dead",
        whyWrong: "Twelve rebels died taking the Bab al-Salam crossing.",
      },
    ],
    explanation:
      "Jarabulus became the third crossing into Turkey in rebel hands when Assad's forces left it, unlike Bab al-Hawa and Bab al-Salam, which were fought for. By 22 July the FSA held all three.",
    link: {
      cause: "Government forces abandon Jarabulus",
      effect: "A third crossing into Turkey falls to the rebels",
    },
    campaign: "turkish-border-crossings-2012",
    events: ["2012-07-rebels-take-jarabulus-crossing"],
    places: ["jarabulus", "bab-al-hawa", "bab-al-salam"],
    studySets: [BORDER, JUL_2012],
    citations: [idlib.jul2012],
  },
  {
    id: "why-bab-al-hawa-control-unclear-jul-2012",
    skill: "cause",
    question: "Why is it hard to be sure who held the Bab al-Hawa crossing in the days after rebels took it in July 2012?",
    answer: "Turkish journalists and an Al Jazeera reporter told opposite stories",
    distractors: [
      {
        text: "The monitoring group SOHR and state media gave the same account",
        whyWrong: "Matching reports would make it easier, not harder, and no state media report on the crossing is quoted.",
      },
      {
        text: "Troops from Turkey occupied the crossing for several days",
        whyWrong: "No account puts Turkish troops there; the reports concern the Syrian army and the FSA.",
      },
      {
        text: "The crossing was wrecked in the fighting, so nobody could hold it",
        whyWrong: "An Al Jazeera reporter found an FSA checkpoint at the crossing and an army base down the road.",
      },
    ],
    explanation:
      "SOHR said rebels took the crossing; Turkish journalists said the army won it back the next day; an Al Jazeera reporter then found the Syrian side firmly held by the FSA, which held it on 22 July. The article dates his visit 21 June, which looks like a slip for July.",
    campaign: "turkish-border-crossings-2012",
    events: [
      "2012-07-rebels-seize-bab-al-hawa",
      "2012-07-army-retakes-bab-al-hawa",
      "2012-07-21-al-jazeera-finds-fsa-holding-bab-al-hawa",
    ],
    places: ["bab-al-hawa"],
    studySets: [BORDER, JUL_2012],
    citations: [idlib.jul2012],
  },
  {
    id: "why-bab-al-hawa-defection-helped-fsa",
    skill: "significance",
    question: "Why did the defection of soldiers at Bab al-Hawa on 18 July 2012 strengthen the FSA?",
    answer: "Some of the defectors brought seven tanks with them",
    distractors: [
      {
        text: "The defectors included a general and other senior officers",
        whyWrong: "The general was among the 85 soldiers who crossed into Turkey on 3 July.",
      },
      {
        text: "The defectors handed over the helicopters at Taftanaz",
        whyWrong: "The Taftanaz base stayed in army hands until January 2013.",
      },
      {
        text: "The defectors shot down a helicopter near Saraqib",
        whyWrong: "That was done by the larger group of about 280 defectors on 26 June.",
      },
    ],
    explanation:
      "About 60 soldiers went over to the FSA at Bab al-Hawa, and some came with seven tanks, giving the rebels armour as well as men. Within days the crossing itself was in rebel hands.",
    link: {
      cause: "About 60 soldiers defect at Bab al-Hawa",
      effect: "The FSA gains fighters and seven tanks",
    },
    campaign: "turkish-border-crossings-2012",
    events: ["2012-07-18-sixty-soldiers-defect-at-bab-al-hawa"],
    places: ["bab-al-hawa"],
    forces: ["free-syrian-army"],
    studySets: [BORDER, JUL_2012],
    citations: [idlib.jul2012],
  },
  {
    id: "what-followed-border-crossing-captures-2012",
    skill: "significance",
    question: "What trouble was reported at the border once rebels controlled the crossings into Turkey in July 2012?",
    answer: "Rebels robbing Turkish truck drivers and burning trucks",
    distractors: [
      {
        text: "Troops from Turkey moving in to take the crossings",
        whyWrong: "No account says Turkey sent troops; Turkish journalists only reported on who held Bab al-Hawa.",
      },
      {
        text: "Government jets bombing the town of Jarabulus",
        whyWrong: "Government forces simply left Jarabulus; no air raid on it is reported.",
      },
      {
        text: "The FSA turning back refugees heading for Turkey",
        whyWrong: "The reports from the crossings are about Turkish truck drivers, not refugees.",
      },
    ],
    explanation:
      "The July account says rebels were looting, burning and running rackets on Turkish truck drivers. Holding the crossings put the rebels in charge of traffic and trade with Turkey, and of how it was treated.",
    campaign: "turkish-border-crossings-2012",
    events: ["2012-07-rebels-accused-of-robbing-turkish-truck-drivers"],
    places: ["bab-al-hawa", "bab-al-salam", "jarabulus"],
    studySets: [BORDER, JUL_2012],
    citations: [idlib.jul2012],
  },
  {
    id: "why-aleppo-clashes-2012-began",
    skill: "cause",
    question: "What set off the 2012 clashes across Aleppo Governorate?",
    answer: "Twin bombings in Aleppo city on 10 February 2012",
    distractors: [
      {
        text: "The Damascus bombing that killed top officials in July 2012",
        whyWrong: "That came in July, when the Aleppo clashes were almost over.",
      },
      {
        text: "The army's storming of Aleppo with tanks in September 2011",
        whyWrong: "That belongs to the 2011 background, months before the clashes began.",
      },
      {
        text: "The killing of four students at protests in May 2012",
        whyWrong: "That happened in May 2012, during the clashes, not at their start.",
      },
    ],
    explanation:
      "The article dates the clashes from the two bomb attacks of 10 February 2012, which killed 24 members of the security forces and which it blames on the al-Nusra Front. A month earlier an activist had warned that the government itself was plotting a bombing in the city.",
    link: {
      cause: "Twin bombs hit Aleppo's military intelligence building",
      effect: "Five months of clashes spread across Aleppo province",
    },
    campaign: "aleppo-governorate-clashes-2012",
    events: ["2012-02-10-aleppo-twin-bombings", "2012-01-06-qurabi-warns-of-aleppo-bomb-plot"],
    places: ["aleppo", "aleppo-military-intelligence-building"],
    forces: ["al-nusra-front"],
    studySets: [ALEPPO],
    citations: [aleppo.lead, aleppo.bombings],
  },
  {
    id: "what-ended-aleppo-clashes-2012",
    skill: "cause",
    question: "What brought the 2012 Aleppo Governorate clashes to an end on 19 July 2012?",
    answer: "Rebels stormed Aleppo city, starting a battle for it",
    distractors: [
      {
        text: "A U.N. truce at last took hold across the whole province",
        whyWrong: "The April truce never stopped the fighting; the army even stepped up operations after it.",
      },
      {
        text: "The army won Azaz back from the rebels",
        whyWrong: "It went the other way; FSA control of Azaz was confirmed on 23 July.",
      },
      {
        text: "The YPG took control of Kobani",
        whyWrong: "The YPG's capture of Kobani was one of the gains of the clashes, not what ended them.",
      },
    ],
    explanation:
      "On 19 July the FSA attacked Aleppo city, starting in the Salaheddine district, and the countryside clashes gave way to a battle for Syria's largest city. Until then the city had been firmly in government hands.",
    link: {
      cause: "Rebels storm Aleppo city on 19 July 2012",
      effect: "The countryside clashes give way to the battle for Aleppo",
    },
    campaign: "aleppo-governorate-clashes-2012",
    events: ["2012-07-19-battle-for-aleppo-city-begins"],
    places: ["aleppo", "salaheddine"],
    forces: ["free-syrian-army"],
    studySets: [ALEPPO, JUL_2012],
    citations: [aleppo.lead, aleppo.aftermath, aleppo.clashes],
  },
  {
    id: "aleppo-clashes-2012-balance-of-control",
    skill: "significance",
    question: "How did control of Aleppo Governorate stand when the clashes of February to July 2012 ended?",
    answer: "Rebels held much of the countryside, the government the city",
    distractors: [
      {
        text: "Rebels held Aleppo city itself but little of the countryside around it",
        whyWrong: "It was the reverse; the countryside fell while the city stayed with the government.",
      },
      {
        text: "The YPG held most of the towns north of Aleppo city",
        whyWrong: "The YPG is credited only with Kobani; the other northern towns went to the rebels.",
      },
      {
        text: "The army had won back Azaz, al-Bab and Manbij",
        whyWrong: "Those towns are listed among the rebels' gains.",
      },
    ],
    explanation:
      "Five months of fighting left large rural areas, with towns such as Azaz, al-Bab and Manbij, under rebel control, while the provincial capital stayed firmly with the government. That set the stage for the rebel assault on the city.",
    campaign: "aleppo-governorate-clashes-2012",
    places: ["aleppo", "azaz", "al-bab", "manbij", "kobani"],
    studySets: [ALEPPO, JUL_2012],
    citations: [aleppo.lead, aleppo.infobox],
  },
  {
    id: "why-al-bab-base-fall-mattered-2012",
    skill: "significance",
    question: "Why did the fall of the army base outside al-Bab in summer 2012 stand out?",
    answer: "It was said to be the army's last base in rural Aleppo province",
    distractors: [
      {
        text: "It was the building hit by the February twin bombings",
        whyWrong: "The bombs struck the military intelligence building inside Aleppo city.",
      },
      {
        text: "It was the police school rebels had failed to take",
        whyWrong: "The police school that held out against the rebels was near Atarib.",
      },
      {
        text: "It was the base the army used to shell Maarat al-Numan",
        whyWrong: "That base stood just east of Maarat al-Numan, in Idlib province.",
      },
    ],
    explanation:
      "Rebels paraded a tank and howitzers seized from an army base at al-Bab, and later the opposition was reported to have taken the base on the town's edge, the army's final one outside Aleppo city. The army was left without a base in the rural province.",
    link: {
      cause: "Rebels take the army base on al-Bab's outskirts",
      effect: "The army has no base left in the Aleppo countryside",
    },
    campaign: "aleppo-governorate-clashes-2012",
    events: ["2012-07-last-army-base-near-al-bab-falls", "2012-07-late-rebels-show-captured-tank-in-al-bab"],
    places: ["al-bab", "al-bab-army-base"],
    studySets: [ALEPPO, JUL_2012],
    citations: [aleppo.aftermath],
  },
  {
    id: "why-army-moved-units-from-idlib-to-aleppo",
    skill: "cause",
    // The Idlib article gives no reason for the move: the question says so and asks for the likeliest one.
    question:
      "The Idlib clashes article does not say why the army pulled units back from Idlib to Aleppo on 25 July 2012. Which fighting most likely explains it?",
    answer: "The battle for Aleppo city, begun on 19 July",
    distractors: [
      {
        text: "The rebel siege of the Wadi Deif base",
        whyWrong: "That siege began in October 2012, months after the move.",
      },
      {
        text: "The rebel attack on Idlib's central prison",
        whyWrong: "The prison was attacked in January 2013.",
      },
      {
        text: "The first rebel assault on the Taftanaz airbase",
        whyWrong: "That assault began on 29 August 2012, a month later.",
      },
    ],
    explanation:
      "The Idlib clashes article records the move without giving a reason, but it came six days after rebels stormed Aleppo, Syria's largest city. Reinforcing Aleppo was also why the M5 through Maarat al-Numan mattered so much to the army.",
    events: ["2012-07-25-army-pulls-units-from-idlib-to-aleppo", "2012-07-19-battle-for-aleppo-city-begins"],
    places: ["aleppo"],
    forces: ["syrian-army"],
    studySets: [JUL_2012, ALEPPO],
    citations: [idlib.jul2012, aleppo.lead, maarat.offensive],
  },

  // -------------------------------------------------------------------------
  // August–September 2012
  {
    id: "why-ariha-recapture-was-short-lived",
    skill: "cause",
    question: "Why did the army gain little by retaking Ariha on 11 August 2012?",
    answer: "Rebels were back two days later, blocking a key road",
    distractors: [
      {
        text: "A cease-fire handed the town back to the rebels",
        whyWrong: "The cease-fire attempt had ended on 2 June; the rebels returned by force of arms.",
      },
      {
        text: "Its new garrison defected to the rebels and handed it over",
        whyWrong: "No defection is reported at Ariha; Al Jazeera said the rebels came back.",
      },
      {
        text: "Rebels took the Taftanaz airbase in return",
        whyWrong: "The Taftanaz base held out until January 2013, and the rebels' August claim to it did not last.",
      },
    ],
    explanation:
      "Tank-backed troops entered Ariha late on 11 August, but by 13 August Al Jazeera reported the rebels back in the town and blocking a key road toward Aleppo. The rebels had held Ariha for months before the army returned.",
    link: {
      cause: "Rebels return to Ariha on 13 August 2012",
      effect: "A key route toward Aleppo is blocked",
    },
    events: ["2012-08-11-army-retakes-ariha", "2012-08-13-rebels-return-to-ariha"],
    places: ["ariha"],
    studySets: [AUG_SEP_2012],
    citations: [idlib.aug2012],
  },
  {
    id: "why-rebels-targeted-taftanaz-airbase",
    skill: "cause",
    question: "Why did the rebels attack the Taftanaz base again and again from August 2012?",
    answer: "Most of the army's helicopters in Idlib flew from it",
    distractors: [
      {
        text: "It guarded the Bab al-Hawa crossing into Turkey",
        whyWrong: "The Bab al-Hawa crossing lies on the Turkish border, and the FSA already held it by late July 2012.",
      },
      {
        text: "It held a fuel depot with millions of litres",
        whyWrong: "That fuel store was at the Wadi Deif base near Maarat al-Numan.",
      },
      {
        text: "It was the last army base in the Aleppo countryside",
        whyWrong: "That was the base outside al-Bab, in Aleppo province.",
      },
    ],
    explanation:
      "The FSA's aim in August 2012 was to capture or destroy the main base of the army's helicopters in Idlib, and it used technicals and heavy weapons against a base for the first time. Several attempts failed before rebels overran it in January 2013.",
    link: {
      cause: "Most army helicopters in Idlib fly from Taftanaz",
      effect: "Rebels make the base a target from August 2012",
    },
    campaign: "battle-for-taftanaz-airbase",
    events: ["2012-08-29-fsa-attacks-taftanaz-airbase", "2012-11-03-fsa-attacks-taftanaz-airbase"],
    places: ["taftanaz-airbase"],
    forces: ["free-syrian-army"],
    studySets: [TAFTANAZ, AUG_SEP_2012, NOV_DEC_2012],
    citations: [idlib.aug2012, idlib.nov2012, idlib.jan2013],
  },
  {
    id: "why-doubt-taftanaz-capture-claim-aug-2012",
    skill: "cause",
    question: "Why should the rebels' claim to have taken the Taftanaz base by 31 August 2012 be treated with caution?",
    answer: "Later reports still call it an army base under rebel attack",
    distractors: [
      {
        text: "The monitoring group SOHR said that day the army still held it",
        whyWrong: "The denial by SOHR's director came on 5 January 2013, not in August 2012.",
      },
      {
        text: "Reporters from Turkey said the army took it back next day",
        whyWrong: "That report concerned the Bab al-Hawa border crossing in July 2012.",
      },
      {
        text: "The rebels withdrew the claim a day later",
        whyWrong: "No account says the rebels took the claim back; later entries simply contradict it.",
      },
    ],
    explanation:
      "In November 2012 the FSA attacked the base again, and in January 2013 it was called a base the rebels had tried and failed to take. The military had also said it beat off the August attack, so the claim came from one side only.",
    campaign: "battle-for-taftanaz-airbase",
    events: [
      "2012-08-31-rebels-claim-taftanaz-airbase-taken",
      "2012-08-29-military-says-taftanaz-attack-repelled",
      "2012-11-03-fsa-attacks-taftanaz-airbase",
    ],
    places: ["taftanaz-airbase"],
    studySets: [TAFTANAZ, AUG_SEP_2012],
    citations: [idlib.aug2012, idlib.nov2012, idlib.jan2013],
  },
  {
    id: "why-abu-al-duhur-airbase-unusable",
    skill: "cause",
    question: "Why could planes no longer use the Abu al-Duhur airbase by September 2012?",
    answer: "Rebels on its western edge could fire on the runways",
    distractors: [
      {
        text: "Rebels had captured it and wrecked its jets",
        whyWrong: "The government still held the base in April 2013.",
      },
      {
        text: "A bulldozer bomb had torn up the runways",
        whyWrong: "The bulldozer bomb was driven into the Wadi Deif base in December 2012.",
      },
      {
        text: "Its fuel ran out once the M5 was cut",
        whyWrong: "The article blames rebel fire on the runways, not a lack of fuel.",
      },
    ],
    explanation:
      "Rebels led by Jamal Marouf set up positions on the base's western side and fired on its runways, so aircraft could not take off or land. The base stayed in government hands, but as an airfield it was effectively useless.",
    link: {
      cause: "Rebels dig in on the western edge of Abu al-Duhur",
      effect: "Planes can no longer use the airbase",
    },
    campaign: "siege-of-abu-al-duhur-airbase",
    events: ["2012-09-rebels-besiege-abu-al-duhur-airbase"],
    places: ["abu-al-duhur-airbase"],
    forces: ["jamal-marouf"],
    studySets: [AUG_SEP_2012],
    citations: [idlib.sep2012],
  },
  {
    id: "abu-al-duhur-siege-april-2013",
    skill: "significance",
    question: "How did the siege of the Abu al-Duhur airbase stand in April 2013?",
    answer: "The government still held it after months of siege",
    distractors: [
      {
        text: "Rebels had overrun it, as they had Taftanaz",
        whyWrong: "The April 2013 entry says the government was still in control.",
      },
      {
        text: "The army had broken the siege, as at Wadi Deif",
        whyWrong: "Rebels were still besieging and shelling the base that month.",
      },
      {
        text: "Government forces had pulled out of it, as at Jarabulus",
        whyWrong: "The army was still defending it with helicopters and fighter jets.",
      },
    ],
    explanation:
      "In April 2013 rebels began new attacks on the base they had surrounded for months; the army hit back with helicopters and jets while the rebels shelled the airport. Unlike Taftanaz, it had not fallen when the account ends.",
    campaign: "siege-of-abu-al-duhur-airbase",
    events: ["2013-04-rebels-attack-abu-duhur-airbase"],
    places: ["abu-al-duhur-airbase"],
    studySets: [FEB_APR_2013, AUG_SEP_2012],
    citations: [idlib.apr2013, idlib.sep2012],
  },

  // -------------------------------------------------------------------------
  // October 2012: the battle for Maarat al-Numan
  {
    id: "why-rebels-wanted-maarat-al-numan-2012",
    skill: "cause",
    question: "Why was Maarat al-Numan worth fighting for in October 2012?",
    answer: "It sat on the M5, the army's road from Damascus to Aleppo",
    distractors: [
      {
        text: "It was the capital of Idlib governorate",
        whyWrong: "The provincial capital is Idlib city; Maarat al-Numan is a town to its south-east.",
      },
      {
        text: "It held the main crossing into Turkey",
        whyWrong: "The crossings into Turkey, such as Bab al-Hawa, lie far to the north on the border.",
      },
      {
        text: "It was the army's main helicopter base in Idlib",
        whyWrong: "Most army helicopters in Idlib flew from the Taftanaz base, not from Maarat al-Numan.",
      },
    ],
    explanation:
      "The town lies beside the M5 highway, so whoever held it could block government reinforcements heading north to the fighting in Aleppo. Taking it cut one of the army's main land supply routes.",
    link: {
      cause: "Rebels take Maarat al-Numan, on the M5",
      effect: "One of the army's main land supply routes to Aleppo is cut",
    },
    campaign: "battle-of-maarat-al-numan-2012",
    events: ["2012-10-08-rebels-launch-offensive-on-maarat-al-numan"],
    places: ["maarat-al-numan"],
    studySets: [MAARAT_2012, OCT_2012],
    citations: [maarat.lead, maarat.offensive, maarat.aftermath, wadiDeif.excerpts],
  },
  {
    id: "why-maarat-2012-only-partial-rebel-success",
    skill: "significance",
    // The summary box calls it a rebel victory: ask what the victory left undone, not why it was "partial".
    question: "The rebels won the October 2012 battle for Maarat al-Numan. What did their victory leave undone?",
    answer: "They took the town but not the Wadi Deif base beside it",
    distractors: [
      {
        text: "The army's 10 October counter-attack won it back",
        whyWrong: "The rebels beat off that counter-attack, though with heavy losses.",
      },
      {
        text: "They never won any ground on the M5 highway",
        whyWrong: "By 11 October an AFP reporter said rebels held five kilometres of the highway.",
      },
      {
        text: "Their three named commanders were all killed",
        whyWrong: "The summary box names three rebel commanders and marks only Fares Bayoush as wounded.",
      },
    ],
    explanation:
      "The summary box calls the battle a rebel victory, but the army's Wadi Deif base on the town's eastern edge held out and was used to shell the town. A siege of the base followed that lasted until April 2013.",
    link: {
      cause: "Rebels fail to take the Wadi Deif base",
      effect: "A siege of the base begins on the town's edge",
    },
    campaign: "battle-of-maarat-al-numan-2012",
    events: ["2012-10-08-to-13-battle-of-maarat-al-numan", "2012-10-13-rebels-renew-assault-on-wadi-deif-base"],
    places: ["maarat-al-numan", "wadi-deif-base"],
    studySets: [MAARAT_2012, OCT_2012, WADI_DEIF],
    citations: [maarat.infobox, maarat.counter, maarat.aftermath],
  },
  {
    id: "why-mosaics-moved-from-museum-2012",
    skill: "cause",
    question: "Why did rebels move part of the mosaic collection out of the Maarat al-Numan museum in October 2012?",
    answer: "To keep the mosaics safe from the bombing of the town",
    distractors: [
      {
        text: "Because the army had taken the museum building back from them",
        whyWrong: "The rebels had made the museum their headquarters after government troops left it.",
      },
      {
        text: "To make room for an underground field hospital",
        whyWrong: "The field hospital hit by air strikes is reported separately; the museum was the rebels' headquarters.",
      },
      {
        text: "Because a land mine had been found inside it",
        whyWrong: "The land mine that killed 16 rebels went off at the Arabic Cultural Center, not the museum.",
      },
    ],
    explanation:
      "The rebels said they removed the pieces to protect them from the continuing bombardment; on 8 October a government bomb near the entrance had shattered the doors and damaged fragile pieces. The museum had served as the rebels' headquarters since they took the town.",
    link: {
      cause: "A government bomb damages the museum entrance",
      effect: "Rebels move mosaics out of the museum for safety",
    },
    campaign: "battle-of-maarat-al-numan-2012",
    events: ["2012-10-08-bomb-damages-maarat-al-numan-museum", "2012-10-19-rebels-remove-mosaics-from-museum"],
    places: ["maarat-al-numan-mosaic-museum", "maarat-al-numan"],
    studySets: [MAARAT_2012, OCT_2012],
    citations: [wadiDeif.excerpts, maarat.offensive],
  },
  {
    id: "what-salqin-fall-left-the-army-2012",
    skill: "significance",
    question: "According to the Idlib clashes article, what did the fall of Salqin on 28 October 2012 leave the army holding in Idlib province?",
    answer: "Only Jisr al-Shughur, Idlib city and Khan Shaykhun",
    distractors: [
      {
        text: "Only Idlib city and Maarat al-Numan",
        whyWrong: "Rebels had taken Maarat al-Numan on 10 October.",
      },
      {
        text: "Only Saraqib, Ariha and Harem",
        whyWrong: "The article calls Saraqib rebel-held days later and names three other places.",
      },
      {
        text: "Only the northern towns of Armanaz, Azmarin and Khirbet al-Joz",
        whyWrong: "Rebels had taken all three of those towns by mid-October.",
      },
    ],
    explanation:
      "The FSA claimed Salqin, described as the last government-held suburb of Idlib city, and the article concludes that the army now held only three places in the province. It leaves out bases such as Wadi Deif and Taftanaz, so it is best read as a claim about towns.",
    link: {
      cause: "The FSA takes Salqin on 28 October 2012",
      effect: "The army is left with three towns in the province",
    },
    events: ["2012-10-28-fsa-takes-salqin"],
    places: ["salqin", "jisr-al-shughur", "idlib", "khan-shaykhun"],
    forces: ["free-syrian-army"],
    studySets: [OCT_2012],
    citations: [idlib.oct2012],
  },

  // -------------------------------------------------------------------------
  // The siege of the Wadi Deif base, October 2012 – April 2013
  {
    id: "why-wadi-deif-siege-mattered-for-supply",
    skill: "significance",
    question: "Why did the rebel siege of the Wadi Deif base matter for the army's supply routes in northern Syria?",
    answer: "It stood by the M5, the army's main road north to Aleppo",
    distractors: [
      {
        text: "It guarded the main border crossing into Turkey",
        whyWrong: "The crossings into Turkey, such as Bab al-Hawa, lie on the northern border, far from Wadi Deif.",
      },
      {
        text: "It was the hub for the army's helicopters across Idlib province",
        whyWrong: "Most army helicopters in Idlib flew from Taftanaz.",
      },
      {
        text: "It held the central prison for Idlib province",
        whyWrong: "The central prison stood at Idlib city and was attacked in January 2013.",
      },
    ],
    explanation:
      "Wadi Deif sat at a key point on the Damascus–Aleppo highway, so while rebels besieged it the army's main land route north was at risk. When the army broke the blockade in mid-April 2013 it may have reopened that route.",
    campaign: "siege-of-wadi-deif-base",
    events: ["2012-10-rebels-besiege-wadi-deif-and-hamidiya-bases", "2013-04-mid-army-breaks-siege-of-wadi-deif"],
    places: ["wadi-deif-base", "m5-wp04-maarat-al-numan"],
    studySets: [WADI_DEIF, OCT_2012],
    citations: [wadiDeif.excerpts, maarat.aftermath],
  },
  {
    id: "what-made-wadi-deif-base-a-prize",
    skill: "significance",
    question: "Besides its place on the highway, what made the Wadi Deif base a prize worth a long siege?",
    answer: "It housed an armoured regiment and a big fuel store",
    distractors: [
      {
        text: "It held several hundred of the government's prisoners and detainees",
        whyWrong: "The prison with hundreds of inmates was Idlib's central prison, attacked in January 2013.",
      },
      {
        text: "It launched the warplanes that struck the region",
        whyWrong: "That was said of the Taftanaz base, which rebels overran in January 2013.",
      },
      {
        text: "It stored the town's collection of ancient mosaics",
        whyWrong: "The mosaics were in the town museum, which the rebels already held.",
      },
    ],
    explanation:
      "Wadi Deif was an important barracks, home to an armoured regiment, with a fuel depot whose underground silos were believed to hold millions of litres. The excerpts also say the rebels in the town lacked supplies and firepower.",
    campaign: "siege-of-wadi-deif-base",
    events: ["2012-10-rebels-besiege-wadi-deif-and-hamidiya-bases", "2013-02-07-time-reports-clerics-council-plans-wadi-deif-offensive"],
    places: ["wadi-deif-base"],
    forces: ["wadi-deif-armoured-regiment"],
    studySets: [WADI_DEIF, OCT_2012, FEB_APR_2013],
    citations: [wadiDeif.excerpts],
  },
  {
    id: "what-taking-wadi-deif-would-have-given-fsa",
    skill: "significance",
    question: "What would capturing the Wadi Deif base have allowed the FSA to do next?",
    answer: "Cover its flank, reach Jisr al-Shughur and stop Latakia convoys",
    distractors: [
      {
        text: "Open a crossing of its own into Turkey at Bab al-Hawa",
        whyWrong: "The Bab al-Hawa crossing is on the Turkish border and had been in FSA hands since July 2012.",
      },
      {
        text: "Reach Idlib city and free the inmates of its central prison",
        whyWrong: "The prison is at Idlib city; rebels attacked it directly in January 2013.",
      },
      {
        text: "Send its Idlib fighters south to join the rebel battle for Damascus",
        whyWrong: "About 1,500 Idlib fighters had gone to Damascus in July 2012, months before the siege began.",
      },
    ],
    explanation:
      "An excerpt says taking the base would secure the FSA's flank and open the way to Jisr al-Shughur, from where it could stop supply and reinforcement convoys travelling from Latakia to Aleppo. The base was a key to more than the town.",
    campaign: "siege-of-wadi-deif-base",
    places: ["wadi-deif-base", "jisr-al-shughur", "latakia", "aleppo"],
    forces: ["free-syrian-army"],
    studySets: [WADI_DEIF, OCT_2012],
    citations: [wadiDeif.excerpts],
  },
  {
    id: "why-wadi-deif-garrison-short-of-supplies",
    skill: "cause",
    question: "Why did the soldiers trapped in the Wadi Deif base struggle to get supplies?",
    answer: "Most airdrops landed among rebels or in no man's land",
    distractors: [
      {
        text: "The army had stopped sending the base any supplies at all",
        whyWrong: "The garrison was supplied from the air; the trouble was where the drops landed.",
      },
      {
        text: "Rebels had seized the fuel silos inside the base",
        whyWrong: "The rebels never took the base, so the silos stayed behind army lines.",
      },
      {
        text: "The parallel military road had been cut completely",
        whyWrong: "That road stayed open, though it was slow and rough.",
      },
    ],
    explanation:
      "Cut off by land, the garrison depended on supplies dropped from the air, but most drops went astray into rebel-held ground or the strip between the lines. This is one reason breaking the blockade mattered so much to the army.",
    link: {
      cause: "Most airdrops to Wadi Deif land outside the base",
      effect: "The besieged garrison runs short of supplies",
    },
    campaign: "siege-of-wadi-deif-base",
    events: ["2012-10-09-wadi-deif-garrison-relies-on-airdrops"],
    places: ["wadi-deif-base"],
    forces: ["syrian-air-force"],
    studySets: [WADI_DEIF, OCT_2012],
    citations: [wadiDeif.excerpts],
  },
  {
    id: "why-parallel-military-road-was-poor",
    skill: "cause",
    question: "Why was the army's parallel military road a poor substitute for the M5 during the Wadi Deif siege?",
    answer: "Its rough surface made supply runs slow and wasteful",
    distractors: [
      {
        text: "Rebels had closed it with checkpoints of their own",
        whyWrong: "The excerpt says the parallel road stayed open; the trouble was its surface.",
      },
      {
        text: "Rebels from Hish had blown up its only overpass",
        whyWrong: "The overpass the Hish rebels destroyed was on the M5 itself.",
      },
      {
        text: "It was open to civilian traffic only",
        whyWrong: "It was a military road that the army used as its fallback supply line.",
      },
    ],
    explanation:
      "With the M5 blocked near the base, the army could still use a parallel military road, but its roughness made it a very slow and inefficient way to move supplies. Slow supplies added to the pressure on the besieged garrison.",
    link: {
      cause: "The M5 is blocked near Wadi Deif",
      effect: "Army supplies crawl along a rough parallel road",
    },
    campaign: "siege-of-wadi-deif-base",
    places: ["wadi-deif-base", "m5-wp04-maarat-al-numan"],
    studySets: [WADI_DEIF, NOV_DEC_2012],
    citations: [wadiDeif.excerpts],
  },
  {
    id: "what-caused-wadi-deif-blast-dec-2012",
    skill: "cause",
    question: "What caused the huge explosion heard around the Wadi Deif base on 26 December 2012?",
    answer: "Rebels drove a bulldozer packed with explosives into the camp",
    distractors: [
      {
        text: "A government helicopter shot down by rebels crashed onto the base",
        whyWrong: "The helicopter shot down on 29 December crashed by the Taftanaz airport, not at Wadi Deif.",
      },
      {
        text: "Retreating soldiers blew up their own fuel depot",
        whyWrong: "No retreat took place; the base held out until the army broke the siege in April 2013.",
      },
      {
        text: "A car bomb went off at an army checkpoint in Idlib city",
        whyWrong: "The car bomb at an Idlib city checkpoint was in June 2012, far from Wadi Deif.",
      },
    ],
    explanation:
      "SOHR activists said rebels loaded a bulldozer with tons of explosives and drove it into the encampment, during what they called the fiercest clashes for months. Al-Nusra fighters and other rebel battalions fought together in these attacks.",
    link: {
      cause: "Rebels drive a bulldozer bomb into Wadi Deif",
      effect: "The fiercest clashes around the base for months",
    },
    campaign: "siege-of-wadi-deif-base",
    events: ["2012-12-26-rebels-drive-bulldozer-bomb-into-wadi-deif-base"],
    places: ["wadi-deif-base"],
    forces: ["al-nusra-front"],
    studySets: [WADI_DEIF, NOV_DEC_2012],
    citations: [idlib.dec2012],
  },
  {
    id: "why-clerics-council-gathered-feb-2013",
    skill: "cause",
    question: "According to Time magazine in February 2013, why was a council of clerics gathering supplies and fighters around Maarat al-Numan?",
    answer: "To prepare a new attack on the Wadi Deif base",
    distractors: [
      {
        text: "To rebuild the town museum damaged by bombing",
        whyWrong: "The Time report does not mention the museum; the council was organising groups for an attack.",
      },
      {
        text: "To prepare a new assault on the Taftanaz airbase",
        whyWrong: "Rebels had already overrun Taftanaz in January 2013.",
      },
      {
        text: "To plan a raid on the central prison in Idlib city",
        whyWrong: "The FSA attacked Idlib prison in January 2013; Time's February report was about Wadi Deif.",
      },
    ],
    explanation:
      "Time said the council, led by al-Nusra, was bringing together several groups for a new push on the base, Suqour al-Sham and the Idlib Revolutionary Military Council of the FSA among them. It shows al-Nusra coordinating other rebel groups by early 2013.",
    campaign: "siege-of-wadi-deif-base",
    events: ["2013-02-07-time-reports-clerics-council-plans-wadi-deif-offensive"],
    places: ["wadi-deif-base", "maarat-al-numan"],
    forces: ["maarat-al-numan-clerics-council", "al-nusra-front", "suqour-al-sham", "idlib-revolutionary-military-council"],
    studySets: [WADI_DEIF, FEB_APR_2013],
    citations: [wadiDeif.excerpts],
  },
  {
    id: "why-hish-rebels-blew-up-m5-overpass",
    skill: "cause",
    question: "Why did rebels in Hish blow up an overpass on the M5 in early 2013?",
    answer: "To cut the road that carried army supplies north",
    distractors: [
      {
        text: "To stop civilians fleeing toward the Turkish border",
        whyWrong: "The Time report described the attack as aimed at army supply lines; civilians are not mentioned.",
      },
      {
        text: "To block the road Turkish trucks used to reach the border",
        whyWrong: "The rebels were targeting the army's route from Hama and Damascus, not trade with Turkey.",
      },
      {
        text: "To take revenge for losing the Taftanaz airbase",
        whyWrong: "The fall of Taftanaz was a rebel success; they overran it in January 2013.",
      },
    ],
    explanation:
      "Time reported that the Hish rebels had taken on the job of cutting the M5, which brought military supplies from Hama and Damascus to Idlib and Aleppo. The blast cut part of the road, and they hoped to destroy the rest.",
    link: {
      cause: "Hish rebels blow up an M5 overpass",
      effect: "Part of the army's main supply road is cut",
    },
    campaign: "siege-of-wadi-deif-base",
    events: ["2013-02-07-hish-rebels-blow-up-m5-overpass", "2013-02-07-time-reports-hish-rebels-cutting-m5"],
    places: ["hish", "m5-wp04-maarat-al-numan"],
    studySets: [WADI_DEIF, FEB_APR_2013],
    citations: [idlib.feb2013],
  },
  {
    id: "why-rebel-front-weakened-april-2013",
    skill: "cause",
    question: "Why was the rebel front near Maarat al-Numan weaker by mid-April 2013?",
    answer: "Infighting, and fighters sent away to other battles",
    distractors: [
      {
        text: "Its leaders had been killed in the fighting at Taftanaz in January",
        whyWrong: "The rebels won at Taftanaz; no account says their Maarat al-Numan leaders died there.",
      },
      {
        text: "The crossings into Turkey had been shut to them",
        whyWrong: "Nothing is said of Turkey closing the crossings; the excerpt blames infighting and redeployments.",
      },
      {
        text: "Their fuel from the Wadi Deif silos ran out",
        whyWrong: "The silos were inside the base, which the rebels never captured.",
      },
    ],
    explanation:
      "An excerpt says that in the weeks before 15 April the front had been weakened by quarrels among rebel groups and by forces leaving for other battles. This came just as the army broke the blockade of the Wadi Deif base.",
    link: {
      cause: "Rebel infighting and fighters sent elsewhere",
      effect: "The front near Maarat al-Numan weakens by April 2013",
    },
    campaign: "siege-of-wadi-deif-base",
    events: ["2013-04-15-rebels-attempt-counter-attack-near-maarat-al-numan"],
    places: ["maarat-al-numan"],
    studySets: [WADI_DEIF, FEB_APR_2013],
    citations: [wadiDeif.excerpts],
  },
  {
    id: "what-breaking-wadi-deif-blockade-achieved",
    skill: "significance",
    question: "What did the army achieve when it broke the rebel blockade near Maarat al-Numan in mid-April 2013?",
    answer: "It ended the Wadi Deif siege and may have reopened the road",
    distractors: [
      {
        text: "It took back the town of Maarat al-Numan from the rebels for good",
        whyWrong: "The 2020 report says the government lost the town in 2012 and regained it only in January 2020.",
      },
      {
        text: "It won back the Taftanaz airbase lost in January",
        whyWrong: "No account has the army retaking Taftanaz; the April entries concern the highway and Abu al-Duhur.",
      },
      {
        text: "It lifted the rebel siege of the Abu al-Duhur airbase",
        whyWrong: "Rebels were still besieging Abu al-Duhur that month.",
      },
    ],
    explanation:
      "Breaking the blockade ended a siege that had lasted since October 2012 and may have reopened the supply route from Damascus to Aleppo. The rebels never managed to take the base itself.",
    link: {
      cause: "The army breaks the blockade in mid-April 2013",
      effect: "The Wadi Deif siege ends and the road north may reopen",
    },
    campaign: "siege-of-wadi-deif-base",
    events: ["2013-04-mid-army-breaks-siege-of-wadi-deif"],
    places: ["wadi-deif-base", "maarat-al-numan"],
    forces: ["syrian-army"],
    studySets: [WADI_DEIF, FEB_APR_2013],
    citations: [maarat.aftermath, idlib.apr2013, recapture.body],
  },

  // -------------------------------------------------------------------------
  // November 2012 – January 2013
  {
    id: "why-harem-announcement-dec-2012-mattered",
    skill: "significance",
    question: "Why was the rebels' announcement about Harem on 25 December 2012 significant?",
    answer: "The rebels now held the whole town, after weeks of fighting",
    distractors: [
      {
        text: "It admitted that the army had retaken the town",
        whyWrong: "It was the reverse; the rebels announced that they had taken full control.",
      },
      {
        text: "It ended the rebel siege of the Wadi Deif base",
        whyWrong: "That siege went on until the army broke it in April 2013.",
      },
      {
        text: "It marked the first town the rebels had taken anywhere in Idlib",
        whyWrong: "Rebels had taken many towns before, from Armanaz in July to Salqin in October.",
      },
    ],
    explanation:
      "Harem had been fought over for weeks; on 5 November an air strike there killed at least 20 FSA fighters and their commander, Basil Eissa. By late December the rebels said the whole town was theirs.",
    link: {
      cause: "Weeks of heavy fighting in Harem",
      effect: "Rebels announce full control of the town on 25 December",
    },
    campaign: "battle-of-harem-2012",
    events: ["2012-12-25-rebels-take-full-control-of-harem", "2012-11-05-air-strike-kills-fsa-fighters-in-harem"],
    places: ["harem"],
    forces: ["basil-eissa"],
    studySets: [NOV_DEC_2012],
    citations: [idlib.nov2012, idlib.dec2012],
  },
  {
    id: "why-taftanaz-fall-hurt-government-2013",
    skill: "significance",
    question: "Why was the rebel capture of the Taftanaz base in January 2013 a heavy blow to the government?",
    answer: "It sent explosives north and launched warplanes at the region",
    distractors: [
      {
        text: "It was the army's last base beside the M5 highway",
        whyWrong: "The army still held the Wadi Deif base beside the M5 and broke its siege in April 2013.",
      },
      {
        text: "It was the headquarters of the 17th Armoured Brigade",
        whyWrong: "The 17th Armoured Brigade is named only for the battle of Maarat al-Numan.",
      },
      {
        text: "It held the only army tanks that were left anywhere in the province",
        whyWrong: "Army tanks appear all over the province, such as those sent from Mastumah in October 2012.",
      },
    ],
    explanation:
      "SOHR said the base, with about 400 soldiers, sent explosives to areas in the north and was where the warplanes hitting the region took off. Rebels also seized weapons and ammunition there, though government jets bombed it within hours.",
    link: {
      cause: "Rebels overrun the Taftanaz airbase",
      effect: "The army loses a launch point for air attacks in the north",
    },
    campaign: "battle-for-taftanaz-airbase",
    events: ["2013-01-11-rebels-overrun-taftanaz-airbase", "2013-01-11-air-strikes-follow-fall-of-taftanaz"],
    places: ["taftanaz-airbase"],
    forces: ["ahrar-ash-sham", "al-nusra-front"],
    studySets: [TAFTANAZ, JAN_2013],
    citations: [idlib.jan2013],
  },
  {
    id: "why-taftanaz-jan-5-2013-reports-conflict",
    skill: "cause",
    question: "Why can the reports of 5 January 2013 not tell us who held the Taftanaz base that day?",
    answer: "A rebel captain and SOHR's director said opposite things",
    distractors: [
      {
        text: "No one reported on the base that day",
        whyWrong: "Both a rebel leader, Capt. Islam Aloush, and SOHR's director spoke about it that day.",
      },
      {
        text: "Air raids had already flattened the whole base",
        whyWrong: "The raids that wrecked buildings and helicopters came on 13 January, after rebels took the base.",
      },
      {
        text: "State media and Al Jazeera told the same story",
        whyWrong: "Neither is quoted for 5 January; the clash is between a rebel captain and SOHR.",
      },
    ],
    explanation:
      "Capt. Islam Aloush claimed rebels held 70% of the base, while SOHR's director said the attack had failed and there had been no fighting for two days. SOHR is an opposition activist group, which makes its denial notable.",
    campaign: "battle-for-taftanaz-airbase",
    events: ["2013-01-05-rebel-commander-claims-most-of-taftanaz-airbase"],
    places: ["taftanaz-airbase"],
    forces: ["islam-aloush"],
    studySets: [TAFTANAZ, JAN_2013],
    citations: [idlib.jan2013],
  },
  {
    id: "why-idlib-checkpoint-gains-jan-2013-mattered",
    skill: "significance",
    question: "Why did the FSA's capture of checkpoints on the western edge of Idlib city on 20 January 2013 matter?",
    answer: "It let rebels start a siege of the central prison",
    distractors: [
      {
        text: "It gave the rebels full control of Idlib city at last",
        whyWrong: "The city stayed in government hands; only checkpoints on its edge fell.",
      },
      {
        text: "It ended the army's hold on the Taftanaz base",
        whyWrong: "The Taftanaz base had already fallen to the rebels on 11 January.",
      },
      {
        text: "It freed all 600 inmates of the prison at once",
        whyWrong: "About 300 prisoners were freed on 26 January, and parts of the prison stayed loyalist.",
      },
    ],
    explanation:
      "At the Rodoko checkpoint rebels killed 15 soldiers and captured three tanks and an arms store, and the advance opened the way to besiege the central prison, which held more than 600 inmates. Six days later they stormed it.",
    link: {
      cause: "The FSA overruns checkpoints on Idlib's western edge",
      effect: "Rebels can begin a siege of the central prison",
    },
    campaign: "attack-on-idlib-city-2013",
    events: ["2013-01-20-rebels-overrun-rodoko-checkpoint", "2013-01-20-rebels-begin-siege-of-idlib-central-prison"],
    places: ["idlib", "rodoko-checkpoint", "idlib-central-prison"],
    forces: ["free-syrian-army"],
    studySets: [JAN_2013],
    citations: [idlib.jan2013],
  },
  {
    id: "how-far-idlib-prison-assault-succeeded",
    skill: "significance",
    question: "How far did the FSA's assault on the Idlib prison on 26 January 2013 succeed?",
    answer: "About 300 prisoners went free, but parts stayed loyalist",
    distractors: [
      {
        text: "The whole complex fell, and all of its 600 inmates went free",
        whyWrong: "At nightfall loyalists still held some parts of the complex.",
      },
      {
        text: "The assault failed and no prisoners got out",
        whyWrong: "Some 300 prisoners were freed.",
      },
      {
        text: "Government jets destroyed the prison before it fell",
        whyWrong: "No such air strike is reported; the fighting took place inside the complex.",
      },
    ],
    explanation:
      "Over 10 rebels and 19 soldiers died as the two sides fought inside the complex, the last big government stronghold west of Idlib city. The result was partial: freed prisoners, but no complete capture.",
    campaign: "attack-on-idlib-city-2013",
    events: ["2013-01-26-fsa-storms-idlib-prison"],
    places: ["idlib-central-prison", "idlib"],
    forces: ["free-syrian-army"],
    studySets: [JAN_2013],
    citations: [idlib.jan2013],
  },

  // -------------------------------------------------------------------------
  // Epilogue: January 2020
  {
    id: "why-government-wanted-maarat-al-numan-2020",
    skill: "cause",
    question: "Why did the government want to retake Maarat al-Numan in January 2020?",
    answer: "It lies on the M5, which would link the government's cities",
    distractors: [
      {
        text: "It was the headquarters of Hayat Tahrir al-Sham",
        whyWrong: "The article says HTS dominates the wider Idlib region, not that it was based in this town.",
      },
      {
        text: "It guarded the last open crossing into Turkey",
        whyWrong: "Civilians were fleeing north toward the Turkish border, far beyond the town.",
      },
      {
        text: "It controlled the junction of the M4 and M5 highways",
        whyWrong: "That junction runs through Saraqib, the next town north on the M5.",
      },
    ],
    explanation:
      "The town lies on the M5 between Damascus and Aleppo, and the government wanted the highway to connect the cities it held and to help an economy hurt by sanctions. After the town, Saraqib was the next stop up the road.",
    link: {
      cause: "The M5 could link the government's cities",
      effect: "The army pushes up the highway and takes Maarat al-Numan",
    },
    campaign: "government-offensive-maarat-al-numan-2020",
    events: ["2020-01-29-army-recaptures-maarat-al-numan"],
    places: ["maarat-al-numan", "m5-wp04-maarat-al-numan", "m4-m5-junction-saraqib"],
    studySets: [RECAPTURE_2020],
    citations: [recapture.headline, recapture.body],
  },
  {
    id: "why-2020-recapture-hurt-opposition",
    skill: "significance",
    question: "Why was the army's recapture of Maarat al-Numan in January 2020 a serious setback for the opposition?",
    answer: "It cut into the opposition's last big enclave",
    distractors: [
      {
        text: "It ended all the fighting in Idlib province",
        whyWrong: "The army vowed to fight on, and militants still held more than half of Idlib.",
      },
      {
        text: "It placed the town under Turkish control",
        whyWrong: "The town went to the Syrian government; Turkey backed the rebels.",
      },
      {
        text: "It was the first town taken in the offensive",
        whyWrong: "The article calls it the latest in a series of towns lost since the offensive began in 2019.",
      },
    ],
    explanation:
      "The article calls the loss a major blow to the last big opposition enclave, which still covered over half of Idlib province plus small areas of Aleppo and Latakia provinces. The town had been out of government hands since 2012.",
    campaign: "government-offensive-maarat-al-numan-2020",
    events: ["2020-01-29-army-recaptures-maarat-al-numan", "2020-01-late-hts-dominates-idlib-region"],
    places: ["maarat-al-numan"],
    forces: ["hayat-tahrir-al-sham"],
    studySets: [RECAPTURE_2020],
    citations: [recapture.headline, recapture.body],
  },
  {
    id: "why-civilians-stayed-in-saraqib-2020",
    skill: "cause",
    question: "Why were many civilians still in Saraqib in late January 2020 as the front line drew near?",
    answer: "Many could not afford to pay for the journey out",
    distractors: [
      {
        text: "The army had ordered them to stay at home",
        whyWrong: "No such order is reported; an activist in the town said money was the problem.",
      },
      {
        text: "A Russian–Turkish cease-fire was protecting the town",
        whyWrong: "Government forces kept advancing despite those agreements, and the front was 10 km away.",
      },
      {
        text: "The fighting around the town had already ended",
        whyWrong: "The army's likely next target on the M5 was Saraqib itself.",
      },
    ],
    explanation:
      "An activist in Saraqib said the town was three-quarters empty, but that many of those left could not flee because they lacked the money. The UN said more than 388,000 civilians had been displaced in the north-west since December.",
    link: {
      cause: "Families cannot pay to leave Saraqib",
      effect: "A quarter of the town's people stay as the front nears",
    },
    campaign: "government-offensive-maarat-al-numan-2020",
    events: ["2020-01-late-saraqib-three-quarters-empty", "2020-01-late-front-line-nears-saraqib"],
    places: ["saraqib"],
    studySets: [RECAPTURE_2020],
    citations: [recapture.headline, recapture.body],
  },
  {
    id: "why-erdogan-lost-patience-2020",
    skill: "cause",
    question: "Why did Turkey's president say in January 2020 that Ankara was losing patience over Idlib?",
    answer: "He said Russia was not keeping their cease-fire agreements",
    distractors: [
      {
        text: "He said the rebels had broken the cease-fire first",
        whyWrong: "He blamed Moscow, and Turkey is described as the rebels' backer.",
      },
      {
        text: "He said the UN had ignored Idlib's civilians",
        whyWrong: "The UN is quoted voicing its own alarm for civilians; Erdogan's charge was aimed at Russia.",
      },
      {
        text: "He said Syrian troops had seized Turkish border posts",
        whyWrong: "No such seizure is reported; his complaint was about Russia and the agreements.",
      },
    ],
    explanation:
      "Russia, which backed the government offensive, and Turkey, which backed the rebels, had agreed several cease-fires, yet government forces kept taking ground in the south of the enclave. Erdogan accused Moscow of not honouring them.",
    link: {
      cause: "The army advances despite Russia–Turkey cease-fire deals",
      effect: "The president of Turkey accuses Moscow of breaking the deals",
    },
    campaign: "government-offensive-maarat-al-numan-2020",
    events: ["2020-01-29-erdogan-accuses-russia-over-idlib", "2019-government-offensive-on-idlib-launched"],
    forces: ["recep-tayyip-erdogan", "russian-federation", "republic-of-turkey"],
    studySets: [RECAPTURE_2020],
    citations: [recapture.body],
  },
];
