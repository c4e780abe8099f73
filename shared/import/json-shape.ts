/**
 * Does this JSON text stop part-way (unclosed string, object or array) rather than being
 * malformed? Decides between "download it again" and "this is not JSON" for the user.
 */
export function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 92) escaped = true;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth < 0) return false;
    }
  }
  if (inString || depth > 0) return true;
  // Balanced but still invalid: a file cut right after a value (e.g. "…, ") is not truncated.
  return false;
}
