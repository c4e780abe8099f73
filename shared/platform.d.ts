/**
 * The few web-standard globals that both Node and browsers provide and that shared/ may use.
 * shared/ has neither DOM nor Node types, so they are declared here (minimal shapes).
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class AbortSignal {
  readonly aborted: boolean;
}
declare function structuredClone<T>(value: T): T;
declare const console: { log(...args: unknown[]): void; warn(...args: unknown[]): void };
