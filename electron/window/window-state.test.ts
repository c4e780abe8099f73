import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  loadWindowState,
  restoreWindow,
  saveWindowState,
  type Rectangle,
  type WindowState,
} from './window-state';

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 875 };
// A second monitor to the right of the laptop.
const monitor: Rectangle = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('restoreWindow', () => {
  it('puts the window back where it was when it still fits on a connected display', () => {
    const saved: WindowState = { x: 1600, y: 100, width: 1400, height: 900, maximised: false };
    expect(restoreWindow(saved, [laptop, monitor])).toEqual({
      bounds: { x: 1600, y: 100, width: 1400, height: 900 },
      maximised: false,
    });
  });

  it('does not open off-screen after the second monitor is unplugged: keeps the size, centres it', () => {
    const saved: WindowState = { x: 1600, y: 100, width: 1200, height: 800, maximised: false };
    expect(restoreWindow(saved, [laptop])).toEqual({
      bounds: { width: 1200, height: 800 },
      maximised: false,
    });
  });

  it('falls back to the default size, shrunk to the screen, when the saved size no longer fits', () => {
    const saved: WindowState = { x: 1600, y: 100, width: 2400, height: 1300, maximised: true };
    const small: Rectangle = { x: 0, y: 0, width: 1024, height: 700 };
    expect(restoreWindow(saved, [small])).toEqual({
      bounds: { width: 1024, height: 700 },
      maximised: true,
    });
  });

  it('refuses bounds that only partly overlap a display', () => {
    const saved: WindowState = { x: 1000, y: 100, width: 1000, height: 600, maximised: false };
    expect(restoreWindow(saved, [laptop]).bounds).toEqual({ width: 1000, height: 600 });
  });

  it('uses the default size on first run', () => {
    expect(restoreWindow(null, [monitor])).toEqual({
      bounds: { ...DEFAULT_WINDOW_SIZE },
      maximised: false,
    });
  });

  it('remembers maximised', () => {
    const saved: WindowState = { x: 10, y: 10, width: 800, height: 600, maximised: true };
    expect(restoreWindow(saved, [laptop]).maximised).toBe(true);
  });
});

describe('loadWindowState and saveWindowState', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips through a JSON file, creating its folder', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'bid-desk-window-'));
    const file = path.join(dir, 'User Data', 'window-state.json');
    const state: WindowState = { x: -1200, y: 40, width: 1100, height: 700, maximised: true };
    expect(saveWindowState(file, state)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
    expect(loadWindowState(file)).toEqual(state);
  });

  it('ignores a missing, corrupt or foreign file instead of failing to start', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'bid-desk-window-'));
    const file = path.join(dir, 'window-state.json');
    expect(loadWindowState(file)).toBeNull();
    writeFileSync(file, '{"x": 10, "y"');
    expect(loadWindowState(file)).toBeNull();
    writeFileSync(file, JSON.stringify({ x: 0, y: 0, width: -5, height: 600, maximised: false }));
    expect(loadWindowState(file)).toBeNull();
  });

  it('does not write a state that could not be restored', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'bid-desk-window-'));
    const file = path.join(dir, 'window-state.json');
    expect(
      saveWindowState(file, { x: 0, y: 0, width: Number.NaN, height: 10, maximised: false }),
    ).toBe(false);
    expect(loadWindowState(file)).toBeNull();
  });
});
