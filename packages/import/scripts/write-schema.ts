// Writes schema/csv-mapping.schema.json from the Zod mapping (the single source). A test checks it is current.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { csvMappingJsonSchema } from "../src/csv/csvMapping.js";

const file = fileURLToPath(new URL("../schema/csv-mapping.schema.json", import.meta.url));
writeFileSync(file, JSON.stringify(csvMappingJsonSchema(), null, 2) + "\n");
console.log("wrote schema/csv-mapping.schema.json");
