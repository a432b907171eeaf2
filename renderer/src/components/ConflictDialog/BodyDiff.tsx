// The two bodies side by side, changed lines marked, long unchanged stretches folded to their
// first and last line so the differences are what the eye meets.
import { useTranslation } from 'react-i18next';
import { lineDiff } from './lineDiff';

const CONTEXT = 2;

function Lines({ lines, className }: { lines: string[]; className: string }) {
  return <pre className={`diff-lines ${className}`}>{lines.length > 0 ? lines.join('\n') : ' '}</pre>;
}

export function BodyDiff({ mine, theirs }: { mine: string; theirs: string }) {
  const { t } = useTranslation();
  const blocks = lineDiff(mine, theirs);
  return (
    <div className="diff" role="table" aria-label={t('conflict.body')}>
      <div className="diff-row diff-head" role="row">
        <span role="columnheader">{t('conflict.mine')}</span>
        <span role="columnheader">{t('conflict.theirs')}</span>
      </div>
      {blocks.map((block, index) => {
        if (block.kind === 'changed') {
          return (
            <div className="diff-row diff-changed" role="row" key={index}>
              <span role="cell">
                <Lines lines={block.mine} className="conflict-mine" />
              </span>
              <span role="cell">
                <Lines lines={block.theirs} className="conflict-theirs" />
              </span>
            </div>
          );
        }
        const first = index === 0;
        const last = index === blocks.length - 1;
        const head = first ? [] : block.lines.slice(0, CONTEXT);
        const tail = last ? [] : block.lines.slice(-CONTEXT);
        const hidden = block.lines.length - head.length - tail.length;
        const shown =
          hidden > 1 ? (
            <>
              {head.length > 0 && <Lines lines={head} className="diff-same" />}
              <p className="diff-fold">{t('conflict.unchangedLines', { count: hidden })}</p>
              {tail.length > 0 && <Lines lines={tail} className="diff-same" />}
            </>
          ) : (
            <Lines lines={block.lines} className="diff-same" />
          );
        return (
          <div className="diff-row" role="row" key={index}>
            <span role="cell">{shown}</span>
            <span role="cell">{shown}</span>
          </div>
        );
      })}
    </div>
  );
}
