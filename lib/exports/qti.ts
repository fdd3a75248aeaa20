/**
 * IMS QTI 2.1 content package: imsmanifest.xml, one assessmentItem per question under items/,
 * and the governorate map under images/ when a map-pin question needs it.
 *
 * Every item scores into SCORE (0 to 1) and always shows the general feedback (explanation and
 * sources) as modal feedback once answered. Types map as docs/exports.md describes:
 * choiceInteraction (multiple choice, true/false), orderInteraction, matchInteraction,
 * textEntryInteraction (typed: every accepted form; numeric: `equal` with an absolute tolerance),
 * selectPointInteraction on the shipped map (full-credit circle in the image's pixels).
 */
import type { Option, Question } from "../questions/types";
import { doesNotFit, FITS, fileStem, generalFeedback, shorten, type ExportContext, type Fit } from "./shared";
import { MAP_IMAGE_HEIGHT, MAP_IMAGE_WIDTH, mapCircle } from "./map-image";
import { xmlAttr, xmlText } from "./xml";

export const QTI_MAP_IMAGE_PATH = "images/syria-governorates.svg";
const MAP_RESOURCE_ID = "RES-MAP";

export function qtiFit(question: Question): Fit {
  if (question.type === "map-pin" && !mapCircle(question.answer.lat, question.answer.lon, question.answer.fullCreditKm)) {
    return doesNotFit("The place lies outside the map that ships with the package.");
  }
  return FITS;
}

export function qtiItemIdentifier(index: number): string {
  return `item-${String(index + 1).padStart(4, "0")}`;
}

export function qtiItemPath(index: number): string {
  return `items/${qtiItemIdentifier(index)}.xml`;
}

const float = (value: number) => String(value);

interface ItemParts {
  responseDeclaration: string;
  body: string;
  scoring: string;
}

/** Choice identifiers by position: C1, C2… (the app's option ids are not NCNames). */
function identifiers(options: readonly Option[], prefix: string): Map<string, string> {
  return new Map(options.map((o, i) => [o.id, `${prefix}${i + 1}`]));
}

const scoreFromMatch = `<responseCondition>
<responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>
<setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue></responseIf>
<responseElse><setOutcomeValue identifier="SCORE"><baseValue baseType="float">0</baseValue></setOutcomeValue></responseElse>
</responseCondition>`;

const scoreFromMapping = `<responseCondition>
<responseIf><isNull><variable identifier="RESPONSE"/></isNull>
<setOutcomeValue identifier="SCORE"><baseValue baseType="float">0</baseValue></setOutcomeValue></responseIf>
<responseElse><setOutcomeValue identifier="SCORE"><mapResponse identifier="RESPONSE"/></setOutcomeValue></responseElse>
</responseCondition>`;

function itemParts(question: Question): ItemParts {
  const prompt = `<prompt>${xmlText(question.prompt)}</prompt>`;
  switch (question.type) {
    case "multiple-choice": {
      const ids = identifiers(question.options, "C");
      const choices = question.options.map((o) => `<simpleChoice identifier="${ids.get(o.id)}">${xmlText(o.text)}</simpleChoice>`).join("\n");
      const correct = question.answer.correct.map((id) => `<value>${ids.get(id)}</value>`).join("");
      if (!question.selectMany) {
        return {
          responseDeclaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse>${correct}</correctResponse></responseDeclaration>`,
          body: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">${prompt}\n${choices}</choiceInteraction>`,
          scoring: scoreFromMatch,
        };
      }
      // The app's marking: each right pick earns 1/(right options), each wrong one costs 1/(wrong options).
      const rightSet = new Set(question.answer.correct);
      const wrongCount = question.options.length - rightSet.size;
      const entries = question.options
        .map((o) => {
          const value = rightSet.has(o.id) ? 1 / rightSet.size : -1 / Math.max(1, wrongCount);
          return `<mapEntry mapKey="${ids.get(o.id)}" mappedValue="${float(value)}"/>`;
        })
        .join("");
      return {
        responseDeclaration: `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="identifier"><correctResponse>${correct}</correctResponse><mapping lowerBound="0" upperBound="1" defaultValue="0">${entries}</mapping></responseDeclaration>`,
        body: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="0">${prompt}\n${choices}</choiceInteraction>`,
        scoring: scoreFromMapping,
      };
    }
    case "true-false":
      return {
        responseDeclaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse><value>${question.answer.value ? "TRUE" : "FALSE"}</value></correctResponse></responseDeclaration>`,
        body: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">${prompt}\n<simpleChoice identifier="TRUE">True</simpleChoice>\n<simpleChoice identifier="FALSE">False</simpleChoice></choiceInteraction>`,
        scoring: scoreFromMatch,
      };
    case "ordering": {
      const ids = identifiers(question.options, "C");
      const choices = question.options.map((o) => `<simpleChoice identifier="${ids.get(o.id)}">${xmlText(o.text)}</simpleChoice>`).join("\n");
      const correct = question.answer.order.map((id) => `<value>${ids.get(id)}</value>`).join("");
      return {
        responseDeclaration: `<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier"><correctResponse>${correct}</correctResponse></responseDeclaration>`,
        body: `<orderInteraction responseIdentifier="RESPONSE" shuffle="true">${prompt}\n${choices}</orderInteraction>`,
        scoring: scoreFromMatch,
      };
    }
    case "matching": {
      const premiseIds = identifiers(question.premises, "P");
      const optionIds = identifiers(question.options, "O");
      const pairs = question.premises.map((p) => `${premiseIds.get(p.id)} ${optionIds.get(question.answer.pairs[p.id]!)}`);
      const share = 1 / question.premises.length;
      const left = question.premises
        .map((p) => `<simpleAssociableChoice identifier="${premiseIds.get(p.id)}" matchMax="1">${xmlText(p.text)}</simpleAssociableChoice>`)
        .join("\n");
      const right = question.options
        .map((o) => `<simpleAssociableChoice identifier="${optionIds.get(o.id)}" matchMax="${question.premises.length}">${xmlText(o.text)}</simpleAssociableChoice>`)
        .join("\n");
      return {
        responseDeclaration: `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair"><correctResponse>${pairs.map((p) => `<value>${p}</value>`).join("")}</correctResponse><mapping lowerBound="0" upperBound="1" defaultValue="0">${pairs.map((p) => `<mapEntry mapKey="${p}" mappedValue="${float(share)}"/>`).join("")}</mapping></responseDeclaration>`,
        body: `<matchInteraction responseIdentifier="RESPONSE" shuffle="false" maxAssociations="${question.premises.length}">${prompt}\n<simpleMatchSet>\n${left}\n</simpleMatchSet>\n<simpleMatchSet>\n${right}\n</simpleMatchSet></matchInteraction>`,
        scoring: scoreFromMapping,
      };
    }
    case "typed": {
      const seen = new Set<string>();
      const forms = [question.answer.text, ...question.accept].filter((form) => {
        const key = form.toLocaleLowerCase();
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      return {
        responseDeclaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"><correctResponse><value>${xmlText(question.answer.text)}</value></correctResponse><mapping lowerBound="0" upperBound="1" defaultValue="0">${forms.map((f) => `<mapEntry mapKey="${xmlAttr(f)}" mappedValue="1" caseSensitive="false"/>`).join("")}</mapping></responseDeclaration>`,
        body: `<p>${xmlText(question.prompt)}</p>\n<p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="40"/></p>`,
        scoring: scoreFromMapping,
      };
    }
    case "numeric": {
      const { value, min, max } = question.answer;
      const below = Math.max(0, value - min);
      const above = Math.max(0, max - value);
      return {
        responseDeclaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float"><correctResponse><value>${float(value)}</value></correctResponse></responseDeclaration>`,
        body: `<p>${xmlText(question.prompt)}</p>\n<p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="12"/>${question.unit ? ` ${xmlText(question.unit)}` : ""}</p>`,
        scoring: `<responseCondition>
<responseIf><equal toleranceMode="absolute" tolerance="${float(below)} ${float(above)}"><variable identifier="RESPONSE"/><baseValue baseType="float">${float(value)}</baseValue></equal>
<setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue></responseIf>
<responseElse><setOutcomeValue identifier="SCORE"><baseValue baseType="float">0</baseValue></setOutcomeValue></responseElse>
</responseCondition>`,
      };
    }
    case "map-pin": {
      const circle = mapCircle(question.answer.lat, question.answer.lon, question.answer.fullCreditKm)!;
      return {
        responseDeclaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="point"><correctResponse><value>${circle.x} ${circle.y}</value></correctResponse><areaMapping lowerBound="0" upperBound="1" defaultValue="0"><areaMapEntry shape="circle" coords="${circle.x},${circle.y},${circle.radius}" mappedValue="1"/></areaMapping></responseDeclaration>`,
        body: `<selectPointInteraction responseIdentifier="RESPONSE" maxChoices="1">${prompt}\n<object type="image/svg+xml" data="../${QTI_MAP_IMAGE_PATH}" width="${MAP_IMAGE_WIDTH}" height="${MAP_IMAGE_HEIGHT}">Map of Syria's governorates</object></selectPointInteraction>`,
        scoring: `<responseCondition>
<responseIf><isNull><variable identifier="RESPONSE"/></isNull>
<setOutcomeValue identifier="SCORE"><baseValue baseType="float">0</baseValue></setOutcomeValue></responseIf>
<responseElse><setOutcomeValue identifier="SCORE"><mapResponsePoint identifier="RESPONSE"/></setOutcomeValue></responseElse>
</responseCondition>`,
      };
    }
  }
}

/** One question as a QTI 2.1 assessmentItem document. */
export function qtiItem(question: Question, index: number, context: ExportContext): string {
  const parts = itemParts(question);
  return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd" identifier="${qtiItemIdentifier(index)}" title="${xmlAttr(shorten(question.prompt, 200))}" label="${xmlAttr(shorten(question.id, 200))}" adaptive="false" timeDependent="false">
${parts.responseDeclaration}
<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>
<outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>
<itemBody>
${parts.body}
</itemBody>
<responseProcessing>
${parts.scoring}
<setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">GENERAL</baseValue></setOutcomeValue>
</responseProcessing>
<modalFeedback outcomeIdentifier="FEEDBACK" identifier="GENERAL" showHide="show" title="Explanation"><p>${xmlText(generalFeedback(question, context))}</p></modalFeedback>
</assessmentItem>
`;
}

/** The package manifest: one resource per item; map-pin items depend on the map image. */
export function qtiManifest(questions: readonly Question[], context: ExportContext): string {
  const needsMap = questions.some((q) => q.type === "map-pin");
  const resources = questions.map((q, index) => {
    const path = qtiItemPath(index);
    const dependency = q.type === "map-pin" ? `\n<dependency identifierref="${MAP_RESOURCE_ID}"/>` : "";
    return `<resource identifier="RES-${qtiItemIdentifier(index)}" type="imsqti_item_xmlv2p1" href="${path}">\n<file href="${path}"/>${dependency}\n</resource>`;
  });
  if (needsMap) {
    resources.push(`<resource identifier="${MAP_RESOURCE_ID}" type="webcontent" href="${QTI_MAP_IMAGE_PATH}">\n<file href="${QTI_MAP_IMAGE_PATH}"/>\n</resource>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd" identifier="MANIFEST-${fileStem(context.title)}">
<metadata>
<schema>QTIv2.1 Package</schema>
<schemaversion>1.0.0</schemaversion>
</metadata>
<organizations/>
<resources>
${resources.join("\n")}
</resources>
</manifest>
`;
}
