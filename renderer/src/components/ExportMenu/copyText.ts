// Puts text on the clipboard; false when the page may not (permission denied, no clipboard
// API, an insecure context), so the caller can offer the text to copy by hand instead.
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
