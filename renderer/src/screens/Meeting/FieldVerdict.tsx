// The live verdict under the objective or the benefit: ✓ when the rules accept it, else the
// reason and a suggestion, updated as the user types. An empty field gets the rule's request
// in a quiet tone rather than a red cross: nothing was written wrong yet.
import type { ReviewItem } from '../../../../shared/contract';

interface FieldVerdictProps {
  id: string;
  item: ReviewItem | undefined;
  empty: boolean;
  okText: string;
}

export function FieldVerdict({ id, item, empty, okText }: FieldVerdictProps) {
  if (!item) return <div id={id} />;
  const tone = item.ok ? 'ok' : empty ? 'empty' : 'refused';
  return (
    <div id={id} className={`verdict verdict-${tone}`} aria-live="polite" data-testid={`verdict-${item.id}`}>
      {item.ok ? (
        <p className="verdict-line">
          <span className="verdict-mark" aria-hidden="true">
            ✓
          </span>
          {okText}
        </p>
      ) : (
        <>
          <p className="verdict-line">
            {!empty && (
              <span className="verdict-mark" aria-hidden="true">
                ✗
              </span>
            )}
            {item.reason}
          </p>
          {item.suggestion && <p className="verdict-suggestion">{item.suggestion}</p>}
        </>
      )}
    </div>
  );
}
