/**
 * Files above this are read as a stream, never as one string (the engine), and their import
 * worker keeps Node's default heap settings (electron/import/worker-limits.ts). A module of its
 * own so that the main process can know it without bundling the engine.
 */
export const STREAM_THRESHOLD_BYTES = 50 * 1024 * 1024;

/**
 * How deep a file's JSON may nest (objects and arrays, counted from the top) before the file is
 * refused as `too-deep`. Real OCDS nests about ten levels; a release with junk nested tens of
 * thousands deep still imports, the junk pruned with a warning (MAX_RELEASE_DEPTH in build.ts).
 * Past this the file is damage or an attack: 200 MB of `[` would otherwise be built into a
 * 100-million-deep array (over a gigabyte) before anything could refuse it.
 */
export const MAX_NESTING_DEPTH = 100_000;
