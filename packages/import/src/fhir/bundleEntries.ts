import type { IssueCollector } from "../issueCollector.js";
import { isObject, str, type Json } from "./json.js";

/** One resource of the bundle, with the names issues use for it. */
export interface Entry {
  resource: Json;
  type: string;
  id: string;
  /** `Observation/ecog-1`, the start of every issue path about it. */
  label: string;
  fullUrl: string | undefined;
}

/**
 * The resources of an R4 Bundle (`entry[i].resource`). Anything that is not a Bundle, an entry
 * without a resource or a resource without a type is reported with its path; never throws.
 */
export function bundleEntries(
  file: string,
  json: unknown,
  maxRecords: number,
  collector: IssueCollector,
): Entry[] | null {
  if (!isObject(json)) {
    collector.error({ file, path: "" }, "expected a FHIR Bundle object");
    return null;
  }
  if (json.resourceType !== "Bundle") {
    const got = str(json.resourceType);
    collector.error(
      { file, path: "resourceType" },
      got
        ? `expected a Bundle, got a ${got} resource (wrap it in a Bundle)`
        : "expected a FHIR Bundle (no resourceType)",
    );
    return null;
  }
  if (!Array.isArray(json.entry)) {
    collector.error({ file, path: "Bundle.entry" }, "the Bundle has no entry array");
    return null;
  }
  const entries: Entry[] = [];
  for (const [i, e] of json.entry.entries()) {
    const path = `Bundle.entry[${i}]`;
    if (i >= maxRecords) {
      collector.error({ file, path }, `more than ${maxRecords} entries; the rest are not read`);
      break;
    }
    const resource = isObject(e) ? e.resource : undefined;
    if (!isObject(resource)) {
      collector.error({ file, path: `${path}.resource` }, "entry without a resource object");
      continue;
    }
    const type = str(resource.resourceType);
    if (!type) {
      collector.error(
        { file, path: `${path}.resource.resourceType` },
        "resource without a resourceType",
      );
      continue;
    }
    const id = str(resource.id) ?? `entry${i}`;
    entries.push({
      resource,
      type,
      id,
      label: `${type}/${id}`,
      fullUrl: isObject(e) ? str(e.fullUrl) : undefined,
    });
  }
  return entries;
}

/** Resolve references the ways bundles write them: `Type/id`, a fullUrl, or a URL ending in `Type/id`. */
export function referenceResolver(
  entries: Entry[],
): (ref: string | undefined) => Entry | undefined {
  const index = new Map<string, Entry>();
  for (const e of entries) {
    index.set(e.label, e);
    if (e.fullUrl) index.set(e.fullUrl, e);
  }
  return (ref) => {
    if (!ref) return undefined;
    const direct = index.get(ref);
    if (direct) return direct;
    const m = /([A-Za-z]+\/[A-Za-z0-9\-.]{1,64})(\/_history\/.*)?$/.exec(ref);
    return m ? index.get(m[1]!) : undefined;
  };
}
