import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered between runs, in window-state.json in the user-data folder. */
export const WindowState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximised: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

/** Position is optional: without it Electron centres the window on the primary display. */
export interface InitialWindow {
  bounds: { x?: number; y?: number; width: number; height: number };
  maximised: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;

/**
 * Where the window opens. The saved bounds are used only when they still fit inside the work
 * area of a display that is connected now (a laptop undocked from a second screen must not open
 * Bid Desk off-screen); otherwise the saved size is kept when it fits the primary display and the
 * window is centred; otherwise the default size, shrunk to fit. `workAreas[0]` is the primary
 * display.
 */
export function restoreWindow(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
): InitialWindow {
  const primary = workAreas[0];
  const maximised = saved?.maximised ?? false;
  if (saved && workAreas.some((area) => contains(area, saved))) {
    const { x, y, width, height } = saved;
    return { bounds: { x, y, width, height }, maximised };
  }
  if (saved && primary && saved.width <= primary.width && saved.height <= primary.height) {
    return { bounds: { width: saved.width, height: saved.height }, maximised };
  }
  const width = Math.min(DEFAULT_WINDOW_SIZE.width, primary?.width ?? DEFAULT_WINDOW_SIZE.width);
  const height = Math.min(
    DEFAULT_WINDOW_SIZE.height,
    primary?.height ?? DEFAULT_WINDOW_SIZE.height,
  );
  return { bounds: { width, height }, maximised };
}

function contains(area: Rectangle, window: Rectangle): boolean {
  return (
    window.x >= area.x &&
    window.y >= area.y &&
    window.x + window.width <= area.x + area.width &&
    window.y + window.height <= area.y + area.height
  );
}

/** The saved state, or null when there is none or it cannot be read (then defaults apply). */
export function loadWindowState(file: string): WindowState | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = WindowState.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Remember the window for next time. Failing to save is not worth bothering the user about. */
export function saveWindowState(file: string, state: WindowState): boolean {
  const checked = WindowState.safeParse(state);
  if (!checked.success) return false;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(checked.data, null, 2)}\n`);
    return true;
  } catch {
    return false;
  }
}
