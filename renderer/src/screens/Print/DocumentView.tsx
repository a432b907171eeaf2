// An export document (shared/export/document.ts) as React elements: the same builders and the
// same structure and class names as the HTML export (renderHtml.ts), so the print stylesheet
// of the exports lays out both alike, without any HTML string entering the page.
import type { DocSection, ExportDocument } from '../../../../shared/export';
import { BlockView } from './BlockView';
import { groupSections, keepTogether } from './sectionGroups';

export function DocumentView({ doc }: { doc: ExportDocument }) {
  const [first, ...rest] = doc.sections;
  return (
    <article className={`doc doc-${doc.kind}`} lang={doc.lang}>
      {first && (
        <header>
          <SectionBody section={first} />
        </header>
      )}
      {groupSections(rest).map((group, index) =>
        group.kind === 'single' ? (
          <Section key={index} section={group.section} />
        ) : (
          <div key={index} className={`columns columns-${group.count}`}>
            {group.sections.map((section, i) => (
              <Section key={i} section={section} />
            ))}
          </div>
        ),
      )}
    </article>
  );
}

function Section({ section }: { section: DocSection }) {
  return (
    <section className={keepTogether(section) ? 'keep' : undefined}>
      <SectionBody section={section} />
    </section>
  );
}

function SectionBody({ section }: { section: DocSection }) {
  const Heading = `h${section.level}` as const;
  return (
    <>
      {/* An anchored heading is a contents target: focusable, so a jump moves the reader too. */}
      <Heading id={section.anchor} tabIndex={section.anchor === undefined ? undefined : -1}>
        {section.heading}
      </Heading>
      {section.blocks.map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </>
  );
}
