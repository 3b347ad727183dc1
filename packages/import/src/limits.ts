/** Bounds that keep an import's time and memory proportional to what it may produce. */
export interface ImportLimits {
  /** Largest input accepted, in UTF-16 code units (≈ bytes for ASCII); default 32 MiB. */
  maxChars: number;
  /** Most rows (table forms) or resources (FHIR) read in one import; default 200,000. */
  maxRecords: number;
  /** Most issues and warnings reported each; the rest are counted in a last one. Default 200. */
  maxIssues: number;
}

/** The default limits. */
export const DEFAULT_LIMITS: ImportLimits = {
  maxChars: 32 * 1024 * 1024,
  maxRecords: 200_000,
  maxIssues: 200,
};

/** Defaults overridden by what the caller gave. */
export const limitsOf = (given: Partial<ImportLimits> | undefined): ImportLimits => ({
  ...DEFAULT_LIMITS,
  ...given,
});

/** `52428800` → `50.0 MB`. */
export const formatSize = (chars: number): string => `${(chars / (1024 * 1024)).toFixed(1)} MB`;
