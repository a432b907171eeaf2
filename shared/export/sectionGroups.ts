// How the sections after a document's header are laid out: runs of sections marked `column`
// share a row (three side by side, else two per row). The HTML export (renderHtml.ts) and the
// renderer's print view both lay them out this way, so the printed page and the saved file match.
import type { DocSection } from './document';

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
