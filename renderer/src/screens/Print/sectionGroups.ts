// How the sections after the header are laid out: the grouping into rows is the HTML export's
// own (shared/export/sectionGroups.ts), so the printed page and the saved HTML file look the same.
import type { DocSection } from '../../../../shared/export';

export { groupSections, type SectionGroup } from '../../../../shared/export';

/** Short sections (no agenda, Markdown or contents) are kept on one page, as in the export. */
export function keepTogether(section: DocSection): boolean {
  return section.blocks.every((block) =>
    ['paragraph', 'fields', 'fill', 'list', 'tasks'].includes(block.kind),
  );
}
