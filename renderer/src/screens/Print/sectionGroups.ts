// How the sections after the header are laid out, as shared/export/renderHtml.ts lays them out
// in the HTML export: runs of sections marked `column` share a row (three side by side, else
// two per row), so the printed page and the saved HTML file look the same.
import type { DocSection } from '../../../../shared/export';

export type SectionGroup =
  { kind: 'single'; section: DocSection } | { kind: 'columns'; count: 2 | 3; sections: DocSection[] };

export function groupSections(sections: readonly DocSection[]): SectionGroup[] {
  const groups: SectionGroup[] = [];
  let run: DocSection[] = [];
  const flush = (): void => {
    if (run.length > 1) groups.push({ kind: 'columns', count: run.length === 3 ? 3 : 2, sections: run });
    else groups.push(...run.map((section): SectionGroup => ({ kind: 'single', section })));
    run = [];
  };
  for (const section of sections) {
    if (section.column === true) {
      run.push(section);
    } else {
      flush();
      groups.push({ kind: 'single', section });
    }
  }
  flush();
  return groups;
}

/** Short sections (no agenda, Markdown or contents) are kept on one page, as in the export. */
export function keepTogether(section: DocSection): boolean {
  return section.blocks.every((block) =>
    ['paragraph', 'fields', 'fill', 'list', 'tasks'].includes(block.kind),
  );
}
