import type { ResourceLimits } from 'node:worker_threads';
import { STREAM_THRESHOLD_BYTES } from '../../shared/import/limits';

/**
 * V8's young generation (where every new object starts) for a file read in one piece: three
 * 64 MB semi-spaces instead of Node's 16 MB. Such a file is parsed and built in one go, a few
 * hundred MB of objects that nearly all live until the end, and a small young generation copies
 * them through one scavenge after another. bench/README.md has the figures: the 10k-release
 * package (52 MB) builds markedly faster for about 110 MB more at its peak. A small notice never
 * grows the young generation that far, so it costs nothing there.
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
