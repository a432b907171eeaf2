// The agenda as the exports print it: clock times when the meeting has a start time, the item,
// its minutes, and the total. Rows never break across pages (printCss.ts).
import type { AgendaBlock } from '../../../../shared/export/document';
import { Lines } from './Lines';

export function AgendaTable({ block }: { block: AgendaBlock }) {
  const withClock = block.rows.some((row) => row.clock !== undefined);
  return (
    <table className="agenda">
      <thead>
        <tr>
          {withClock && <th className="clock">{block.head.time}</th>}
          <th>{block.head.item}</th>
          <th className="num">{block.head.minutes}</th>
        </tr>
      </thead>
      <tbody>
        {block.rows.map((row, index) => (
          <tr key={index}>
            {withClock && <td className="clock">{row.clock ?? ''}</td>}
            <td>
              <Lines text={row.title} />
            </td>
            <td className="num">{row.minutes}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          {withClock && <td className="clock" />}
          <th>{block.totalLabel}</th>
          <td className="num">
            {block.totalMinutes} {block.unit}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
