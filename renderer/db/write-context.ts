/** The clock and the user of a write: passed in by the caller, never read inside repositories. */
export interface WriteContext {
  now: Date;
  /** The name recorded in `updatedBy`. */
  user: string;
}
