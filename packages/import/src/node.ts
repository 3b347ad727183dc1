// @oncoline/import/node: helpers that read files with node:fs (the main entry never touches it).
export { readCbioportalStudy } from "./cbioportal/readCbioportalStudy.js";
