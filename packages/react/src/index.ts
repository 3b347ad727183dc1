// @oncoline/react — placeholder until the patient-timeline issue lands the components.
// It re-exports nothing of its own yet; the version constant lets consumers check the pairing.

/** The version of the @oncoline/react package. */
export const VERSION = "0.1.0";
