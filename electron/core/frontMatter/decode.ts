// Bytes to text for notes: strict UTF-8, so a file in another encoding is reported as
// unreadable instead of being shown (and later saved) with replacement characters.
import { FrontMatterError } from './split';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text with its byte-order mark kept as U+FEFF; FrontMatterError when not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new FrontMatterError('The file is not valid UTF-8 text');
  }
}
