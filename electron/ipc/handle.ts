import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { z } from 'zod';
import {
  ipcCalls,
  ipcEvents,
  type IpcChannel,
  type IpcEvent,
  type IpcEventPayload,
  type IpcRequest,
  type IpcResponse,
} from '../../shared/ipc/contract';
import { isAppUrl } from '../app-origin';

/** A renderer call main would not run: wrong sender or a request outside the contract. */
export class IpcRefusedError extends Error {
  override readonly name = 'IpcRefusedError';
}

/** Main about to send or return something outside the contract: a bug in Bid Desk itself. */
export class IpcContractError extends Error {
  override readonly name = 'IpcContractError';
}

export type IpcHandler<C extends IpcChannel> = (
  request: IpcRequest<C>,
  event: IpcMainInvokeEvent,
) => IpcResponse<C> | Promise<IpcResponse<C>>;

/**
 * Register the handler for one channel of the contract. Every call is checked before the
 * handler runs: the sending frame must be Bid Desk's own page (not a page it was tricked into
 * loading, nor a frame inside it), and the request must match the channel's schema. The
 * handler's answer is checked against the response schema before it leaves main. Refusals
 * reject the renderer's promise with a sentence saying what was wrong.
 */
export function handle<C extends IpcChannel>(
  ipcMain: Pick<IpcMain, 'handle'>,
  channel: C,
  handler: IpcHandler<C>,
): void {
  const schemas = ipcCalls[channel];
  ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
    const senderUrl = event.senderFrame?.url ?? '';
    if (!isAppUrl(senderUrl)) {
      throw new IpcRefusedError(
        `Bid Desk refused “${channel}” because it came from ${senderUrl ? `“${senderUrl}”` : 'an unknown page'}, not from Bid Desk itself.`,
      );
    }
    if (args.length > 1) {
      throw new IpcRefusedError(
        `Bid Desk refused “${channel}”: it takes one request, not ${args.length}.`,
      );
    }
    const request = schemas.request.safeParse(args[0]);
    if (!request.success) {
      throw new IpcRefusedError(
        `Bid Desk refused “${channel}” because the request is not valid: ${z.prettifyError(request.error)}`,
      );
    }
    const response = schemas.response.safeParse(
      await handler(request.data as IpcRequest<C>, event),
    );
    if (!response.success) {
      throw new IpcContractError(
        `Bid Desk produced an invalid answer to “${channel}”: ${z.prettifyError(response.error)}`,
      );
    }
    return response.data;
  });
}

/** Where events go: a window's web contents, or nothing when the window has closed. */
export type EventTarget = Pick<WebContents, 'send' | 'isDestroyed'>;

/**
 * Send one event of the contract to the renderer after checking its payload. Returns false when
 * there is no live window to send to; throws IpcContractError when the payload does not match
 * the contract, so a bug never reaches the renderer as half-valid data.
 */
export function send<E extends IpcEvent>(
  target: EventTarget | null | undefined,
  event: E,
  payload: IpcEventPayload<E>,
): boolean {
  const checked = ipcEvents[event].safeParse(payload);
  if (!checked.success) {
    throw new IpcContractError(
      `Bid Desk tried to send an invalid “${event}”: ${z.prettifyError(checked.error)}`,
    );
  }
  if (!target || target.isDestroyed()) return false;
  target.send(event, checked.data);
  return true;
}
