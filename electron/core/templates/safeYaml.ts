// YAML text for the front matter the app writes, with every string value readable as that same
// string by any tool (vault-format.md, "Values other tools read the same way"): a value that a
// YAML 1.2 reader or an older YAML 1.1 one would take for a number, boolean, null, date or
// sexagesimal time (`0901234567`, `1e3`, `yes`, `off`, `~`, `09:30`, `2026-12-02`) is quoted.
import { Document, Scalar, visit } from 'yaml';
// One quoting rule for everything the app writes: the one of note front matter.
import { needsQuotes } from '../frontMatter/scalar';

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
