/**
 * The date written into documents whose formats require one (PDF CreationDate, PowerPoint
 * created/modified, zip entries): fixed, so the same input gives the same bytes.
 */
export const FIXED_DATE: Date = new Date(Date.UTC(1980, 0, 1));
