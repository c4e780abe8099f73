import type { ResourceLimits } from 'node:worker_threads';
import { STREAM_THRESHOLD_BYTES } from '../../shared/import/limits';

/**
 * V8's young generation (where every new object starts) for a file read in one piece: 192 MB,
 * which V8 splits into 64 MB semi-spaces (Node's default: 16 MB). Such a file is parsed and built
 * in one go, into objects that nearly all live to the end; with small semi-spaces they are copied
 * out at one scavenge after another, and the old generation fills fast enough to force a full
 * collection in the middle of the build. With room for them, the build runs to the end without a
 * full collection, at the price of a higher peak (measured in `npm run bench:import`; figures in
 * bench/RESULTS.md). A small notice never grows the young generation that far, so it costs nothing
 * there.
 */
export const IN_ONE_PIECE_YOUNG_GENERATION_MB = 192;

/**
 * The resource limits of the worker that imports a file of `fileBytes` (null: unknown). A file
 * read as a stream keeps Node's defaults: its import holds little at a time, and what matters
 * there is the memory it takes (under 3x the file), which a larger young generation would raise.
 */
export function importWorkerLimits(fileBytes: number | null): ResourceLimits {
  if (fileBytes === null || fileBytes > STREAM_THRESHOLD_BYTES) return {};
  return { maxYoungGenerationSizeMb: IN_ONE_PIECE_YOUNG_GENERATION_MB };
}
