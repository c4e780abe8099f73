/**
 * Checking what the screens ask the workspace repositories to write. The zod schemas are the same
 * ones the forms use, so a rejected write means a bug or a stale screen; the error still reads as
 * a sentence a user can act on.
 */
import type { z } from 'zod';

/** One problem with a field: where it is (`title`, `factors.2.score`) and what is wrong. */
export interface InputProblem {
  path: string;
  message: string;
}

/** A workspace write was refused because its input is not valid. Nothing was written. */
export class WorkspaceInputError extends Error {
  readonly problems: InputProblem[];

  constructor(what: string, problems: InputProblem[]) {
    const list = problems.map((p) => (p.path ? `${p.message} (${p.path})` : p.message));
    super(`Could not save the ${what}: ${list.join('; ')}.`);
    this.name = 'WorkspaceInputError';
    this.problems = problems;
  }
}

/** The value as the schema reads it, or a `WorkspaceInputError` naming every problem. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new WorkspaceInputError(
    what,
    result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  );
}

/** A write named something that is not stored (deleted meanwhile, or from another database). */
export class WorkspaceNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkspaceNotFoundError';
  }
}
