/** True for absolute http: and https: URLs, the only links Bid Desk opens (in the user's browser). */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
