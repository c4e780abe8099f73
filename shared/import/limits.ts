/**
 * Files above this are read as a stream, never as one string (the engine), and their import
 * worker keeps Node's default heap settings (electron/import/worker-limits.ts). A module of its
 * own so that the main process can know it without bundling the engine.
 */
export const STREAM_THRESHOLD_BYTES = 50 * 1024 * 1024;
