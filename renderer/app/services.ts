import type { Bridge } from '../bridge/bridge';
import type { BidDeskDatabase } from '../db';

/**
 * What actions need from the outside world, set once at start-up (and by tests). Actions read
 * it; components never do.
 */
export interface Services {
  db: BidDeskDatabase;
  bridge: Bridge;
  /** The clock, so tests and benchmarks can fix "now". */
  now: () => Date;
  /** Who is making changes (written to `updatedBy`). */
  user: string;
}

let current: Services | null = null;

export function setServices(services: Services): void {
  current = services;
}

export function services(): Services {
  if (!current) throw new Error('Bid Desk services are not set up yet');
  return current;
}

/** The write context repositories expect. */
export function writeContext(): { now: Date; user: string } {
  const s = services();
  return { now: s.now(), user: s.user };
}
