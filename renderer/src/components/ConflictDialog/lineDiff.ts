// Two versions of a text as aligned blocks of lines, the same or changed, so the conflict
// dialog can show where they differ instead of two walls of text. A plain longest-common-
// subsequence over lines: notes are a few hundred lines, and past MAX_CELLS (a pathological
// file) the whole text is one changed block, which is still correct, only less helpful.
export type DiffBlock =
  { kind: 'same'; lines: string[] } | { kind: 'changed'; mine: string[]; theirs: string[] };

const MAX_CELLS = 4_000_000;

function splitLines(text: string): string[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function lineDiff(mineText: string, theirsText: string): DiffBlock[] {
  const mine = splitLines(mineText);
  const theirs = splitLines(theirsText);
  const n = mine.length;
  const m = theirs.length;
  if (n * m > MAX_CELLS) return [{ kind: 'changed', mine, theirs }];

  // lcs[i][j]: length of the common subsequence of mine[i..] and theirs[j..].
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lcs[i] as Uint32Array;
    const below = lcs[i + 1] as Uint32Array;
    for (let j = m - 1; j >= 0; j--) {
      row[j] =
        mine[i] === theirs[j]
          ? (below[j + 1] as number) + 1
          : Math.max(below[j] as number, row[j + 1] as number);
    }
  }

  const blocks: DiffBlock[] = [];
  const push = (kind: 'same' | 'mine' | 'theirs', line: string) => {
    const last = blocks[blocks.length - 1];
    if (kind === 'same') {
      if (last?.kind === 'same') last.lines.push(line);
      else blocks.push({ kind: 'same', lines: [line] });
      return;
    }
    const block = last?.kind === 'changed' ? last : { kind: 'changed' as const, mine: [], theirs: [] };
    if (block !== last) blocks.push(block);
    block[kind].push(line);
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && mine[i] === theirs[j]) {
      push('same', mine[i] as string);
      i++;
      j++;
    } else if (j >= m || (i < n && (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) {
      push('mine', mine[i] as string);
      i++;
    } else {
      push('theirs', theirs[j] as string);
      j++;
    }
  }
  return blocks;
}
