// The index answers "today" by the core's clock, as the file-based lists do: a core whose
// clock is fixed (tests, demos) gives history.stats the same last contact whatever the date
// of the machine.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyNotebook, openCore } from '../support/fixtureNotebook';

async function note(root: string, relPath: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, relPath)), { recursive: true });
  await writeFile(path.join(root, relPath), text);
}

describe('the index and the core clock', () => {
  it('takes "today" for history.stats from the core clock, not the system clock', async () => {
    const notebook = await emptyNotebook();
    const meetings = 'customers/acme/meetings';
    await note(notebook.root, 'customers/acme/customer.md', '---\nname: Acme\n---\n');
    await note(
      notebook.root,
      `${meetings}/2019-06-01-visit.md`,
      '---\ndate: 2019-06-01\nstatus: done\n---\n',
    );
    // Done, yet after the core's today (a data error): never the last contact.
    await note(
      notebook.root,
      `${meetings}/2024-05-01-later.md`,
      '---\ndate: 2024-05-01\nstatus: done\n---\n',
    );
    const t = await openCore(notebook, { clock: () => new Date(2020, 0, 15, 12, 0, 0) });

    const stats = await t.call('history.stats', { customerId: 'acme' });

    expect(stats).toMatchObject({ meetings: 2, done: 2, lastContact: '2019-06-01' });
  });
});
