// A search snippet as the core sends it: segments of plain text, the matching ones in <mark>.
// React sets them as text nodes, so whatever a note contains ("<script>", "&amp;") is shown
// as written and never becomes markup.
import type { SearchHit } from '../../../../shared/contract';

export function SnippetText({ segments }: { segments: SearchHit['snippet'] }) {
  return (
    <span className="snippet">
      {segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </span>
  );
}
