// @oncoline/core/color: the colour science (culori) that keeps a figure's class colours apart for
// colour-blind readers, for themes with colours of their own. Built-in themes never need it: their
// colours are checked against a table made by this code at build time. Named exports only.
export { cvdClash, cvdDifference } from "./theme/cvd.js";
