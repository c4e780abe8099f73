/**
 * Saving a file the user exports (calendar, spreadsheet, bid pack). In the browser this is a
 * download; Electron routes the same download through its save dialog.
 */

/** How long a download's object URL stays valid: revoking at once can cancel the download. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Offer `data` to the user as a file called `name`. Works in both hosts because it only uses an
 * object URL and a temporary `<a download>` link.
 */
export function downloadFile(name: string, mime: string, data: BlobPart): void {
  const blob = data instanceof Blob && data.type === mime ? data : new Blob([data], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
