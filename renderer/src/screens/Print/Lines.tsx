// Text whose line breaks print as line breaks (attendees, multi-line agenda items), as text
// nodes and <br>: never markup from the text itself.
import { Fragment } from 'react';

export function Lines({ text }: { text: string }) {
  return (
    <>
      {text.split(/\r?\n/).map((line, index) => (
        <Fragment key={index}>
          {index > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </>
  );
}
