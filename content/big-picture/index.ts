/**
 * The big picture: campaigns, reasons and consequences, and control over
 * time, towns on roads, drawn from all five documents (see docs/content.md).
 */
export { campaigns } from "./campaigns";
export { reasonings } from "./reasons";
export { control } from "./control";
export { roadStops } from "./roads";
