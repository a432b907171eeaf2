// New names for new customers and meetings: `base`, then `base-2`, `base-3` … The name counts
// as taken when anything in the folder has it in any case or Unicode form (macOS and Windows
// compare names that way), and `claim` must then take it for real (mkdir, exclusive write), so
// two creations racing for one name both succeed with different names.
import { readdir } from 'node:fs/promises';
import { uniqueSlug } from '../../shared/text/slug';

export async function uniqueName(
  dir: string,
  base: string,
  extension: string,
  claim: (name: string) => Promise<boolean>,
): Promise<string> {
  const fold = (name: string) => name.normalize('NFC').toLowerCase();
  const taken = new Set((await readdir(dir).catch(() => [] as string[])).map(fold));
  for (;;) {
    const name = uniqueSlug(base, (candidate) => taken.has(fold(candidate + extension)));
    if (await claim(name + extension)) return name;
    taken.add(fold(name + extension));
  }
}
