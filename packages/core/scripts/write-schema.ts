// Writes schema/*.schema.json from the Zod model (the single source). A test checks they are current.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cohortJsonSchema, timelineJsonSchema } from "../src/model/jsonSchema.js";

const dir = fileURLToPath(new URL("../schema/", import.meta.url));
writeFileSync(`${dir}timeline.schema.json`, JSON.stringify(timelineJsonSchema(), null, 2) + "\n");
writeFileSync(`${dir}cohort.schema.json`, JSON.stringify(cohortJsonSchema(), null, 2) + "\n");
console.log("wrote schema/timeline.schema.json and schema/cohort.schema.json");
