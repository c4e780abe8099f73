/**
 * Counts what a user does, for tests that hold a task to a number of actions: each click is one
 * action, and so is typing into one field (a keypress sequence, ending with the Tab that leaves
 * the field and saves it). Waiting and looking are not actions.
 */
import type { Locator } from 'playwright-core';

export class ActionCount {
  #count = 0;
  readonly #log: string[] = [];

  /** How many actions so far. */
  get count(): number {
    return this.#count;
  }

  /** What was done, one line per action, for a failing assertion to show. */
  get log(): string {
    return this.#log.map((line, i) => `${i + 1}. ${line}`).join('\n');
  }

  /** One click (a button, a link, a radio, a row). */
  async click(target: Locator, what: string): Promise<void> {
    await target.click();
    this.#note(`click ${what}`);
  }

  /** Type into one field and leave it with Tab (so a field that saves on leaving saves). */
  async type(field: Locator, text: string, what: string): Promise<void> {
    await field.fill(text);
    await field.press('Tab');
    this.#note(`type “${text}” into ${what}`);
  }

  #note(line: string): void {
    this.#count += 1;
    this.#log.push(line);
  }
}
