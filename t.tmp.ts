import { loadKnowledgeBase } from "./content/index";
import { createContext } from "./lib/questions/generators/context";
import { generatePlaceQuestions } from "./lib/questions/generators/places";
import { generateFigureQuestions } from "./lib/questions/generators/figures";
const ctx = createContext(loadKnowledgeBase(), "bank-v1");
console.log(generatePlaceQuestions(ctx).length, generateFigureQuestions(ctx).length);
