// YAML text for the front matter the app writes, with every string value readable as that same
// string by any tool (vault-format.md, "Values other tools read the same way"): a value that a
// YAML 1.2 reader or an older YAML 1.1 one would take for a number, boolean, null, date or
// sexagesimal time (`0901234567`, `1e3`, `yes`, `off`, `~`, `09:30`, `2026-12-02`) is quoted.
import { Document, Scalar, parseDocument, visit } from 'yaml';

const VERSIONS = ['1.2', '1.1'] as const;

/** True when some YAML reader would read the plain scalar `text` as something else, or would
 *  stumble on it (an error or a warning, such as an unknown `!tag`). */
export function needsQuotes(text: string): boolean {
  return VERSIONS.some((version) => {
    const doc = parseDocument(text, { version, logLevel: 'silent' });
    if (doc.errors.length > 0 || doc.warnings.length > 0) return true;
    try {
      return doc.toJS() !== text;
    } catch {
      return true; // an alias to no anchor (`*x`) only fails when resolved
    }
  });
}

/** Plain JSON-like data whose strings are quoted whenever needsQuotes says so; numbers stay
 *  bare (they are meant as numbers: durations and minutes). */
export function stringifyYaml(data: Record<string, unknown>): string {
  const doc = new Document(data);
  visit(doc, {
    Scalar(key, node) {
      // Keys are the app's own names; only values can be ambiguous.
      if (key !== 'key' && typeof node.value === 'string' && needsQuotes(node.value)) {
        node.type = Scalar.QUOTE_DOUBLE;
      }
    },
  });
  // lineWidth 0: never fold a long objective over several lines; people edit these by hand.
  return doc.toString({ lineWidth: 0 });
}
