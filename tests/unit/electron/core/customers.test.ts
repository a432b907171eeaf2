import { chmod, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NFD_NAME, emptyNotebook, fixtureNotebook, openCore } from './support/fixtureNotebook';

const file = (root: string, ...parts: string[]) => path.join(root, 'customers', ...parts);

describe('customers.list', () => {
  it('lists every readable folder, sorted by name the Vietnamese way, with meeting dates', async () => {
    const { call } = await openCore(await fixtureNotebook());
    const listed = (await call('customers.list', {})).items;
    // Open action counts arrive once the index has scanned the notebook (a race with this
    // call); they are checked in tests/unit/electron/methods/searchWiring.test.ts.
    for (const c of listed)
      if (c.openActions !== undefined) expect(Number.isInteger(c.openActions)).toBe(true);
    const items = listed.map(({ openActions: _counts, ...rest }) => rest);
    const byId = Object.fromEntries(items.map((c) => [c.id, c]));
    expect(Object.keys(byId).sort()).toEqual(
      [
        'Cà Phê Sáng',
        'Công ty Đại Phát',
        'bad-values',
        'broken-yaml',
        'empty-folder',
        'minh-long',
        'no-front-matter',
        'windows-office',
      ].sort(),
    );
    expect(items.map((c) => c.name)).toEqual([
      'Bad Values Ltd',
      'broken-yaml',
      'Cà Phê Sáng',
      'Công ty Đại Phát',
      'Công ty TNHH Minh Long',
      'empty-folder',
      'no-front-matter',
      'Văn phòng Windows',
    ]);
    expect(byId['minh-long']).toEqual({
      id: 'minh-long',
      name: 'Công ty TNHH Minh Long',
      kind: 'customer',
      tags: ['key-account'],
      industry: 'Ceramics',
      location: 'Hà Nội',
      lastMeeting: '2026-11-20',
      nextMeeting: '2026-12-02',
    });
    // Hand-made, bad values, no file: shown with what can be read, never a made-up count.
    expect(byId['Công ty Đại Phát']).toEqual({
      id: 'Công ty Đại Phát',
      name: 'Công ty Đại Phát',
      kind: 'customer',
      tags: [],
      industry: '',
      location: '',
      lastMeeting: '2026-09-15',
    });
    expect(byId['bad-values']).toMatchObject({ kind: 'customer', tags: [], nextMeeting: '2026-12-05' });
    expect(byId['empty-folder']).toEqual({
      id: 'empty-folder',
      name: 'empty-folder',
      kind: 'customer',
      tags: [],
      industry: '',
      location: '',
    });
    expect(items.every((c) => !('openActions' in c))).toBe(true);
  });

  it('filters by kind and by a query that ignores diacritics and case', async () => {
    const { call } = await openCore(await fixtureNotebook());
    const ids = async (args: { query?: string; kind?: 'customer' | 'prospect' }) =>
      (await call('customers.list', args)).items.map((c) => c.id);
    expect(await ids({ kind: 'prospect' })).toEqual(['windows-office']);
    expect(await ids({ query: 'ha noi' })).toEqual(['minh-long']);
    expect(await ids({ query: 'DA NANG' })).toEqual(['windows-office']);
    expect(await ids({ query: 'dai phat' })).toEqual(['Công ty Đại Phát']);
    expect(await ids({ query: 'cà phê' })).toEqual(['Cà Phê Sáng']);
    expect(await ids({ query: 'key-account' })).toEqual(['minh-long']);
    expect(await ids({ query: 'ceramics minh' })).toEqual(['minh-long']);
    expect(await ids({ query: 'ceramics đà' })).toEqual([]);
    expect(await ids({ query: '   ' })).toHaveLength(8);
  });

  it('leaves out links leading out of the notebook and names Windows reserves', async () => {
    const { call } = await openCore(await fixtureNotebook());
    const ids = (await call('customers.list', {})).items.map((c) => c.id);
    expect(ids).not.toContain('escape');
    expect(ids).not.toContain('aux');
    expect(ids).not.toContain('README.md');
  });
});

describe('customers.get', () => {
  it('returns typed fields, the body and a version; unknown keys are not returned', async () => {
    const { call } = await openCore(await fixtureNotebook());
    const doc = await call('customers.get', { id: 'minh-long' });
    expect(doc.id).toBe('minh-long');
    expect(doc.version).toMatch(/^[0-9a-f]{20}$/);
    expect(doc.fields).toEqual({
      name: 'Công ty TNHH Minh Long',
      kind: 'customer',
      industry: 'Ceramics',
      location: 'Hà Nội',
      tags: ['key-account'],
      contacts: [
        {
          name: 'Nguyễn Thị Lan',
          role: 'Trưởng phòng mua hàng',
          email: 'lan@example.com',
          phone: '+84 912 345 678',
        },
        { name: 'Trần Văn Hùng', phone: '0901234567' },
      ],
      created: '2026-11-26',
    });
    expect(doc.body).toBe('Background notes, in Markdown.\n');
    expect(doc.problems).toEqual([]);
  });

  it('reports bad values per field with their raw text', async () => {
    const { call } = await openCore(await fixtureNotebook());
    const doc = await call('customers.get', { id: 'bad-values' });
    expect(doc.fields).toEqual({ name: 'Bad Values Ltd' });
    expect(doc.problems).toEqual([
      { field: 'kind', reason: 'expected one of: customer, prospect', raw: 'partner' },
      { field: 'tags', reason: 'expected a list', raw: 'just-one-tag' },
      { field: 'created', reason: 'expected a date as YYYY-MM-DD', raw: 'last week' },
    ]);
  });

  it('reads a BOM + CRLF file, a file without front matter and a folder without customer.md', async () => {
    const { call } = await openCore(await fixtureNotebook());
    const windows = await call('customers.get', { id: 'windows-office' });
    expect(windows.fields).toMatchObject({
      name: 'Văn phòng Windows',
      industry: 'Logistics',
      tags: ['crlf', 'bom'],
    });
    expect(windows.body).toBe('Notes written on Windows.\n');
    expect(await call('customers.get', { id: 'no-front-matter' })).toMatchObject({
      fields: {},
      body: '# Just Markdown\n\nNo front matter at all.\n',
    });
    expect(await call('customers.get', { id: 'empty-folder' })).toMatchObject({
      fields: {},
      body: '',
      problems: [],
    });
  });

  it('answers UNREADABLE_FILE for broken YAML and NOT_FOUND for a missing customer', async () => {
    const { fail } = await openCore(await fixtureNotebook());
    expect(await fail('customers.get', { id: 'broken-yaml' })).toMatchObject({
      code: 'UNREADABLE_FILE',
      details: { path: 'customers/broken-yaml/customer.md', reason: expect.stringMatching(/not valid YAML/) },
    });
    expect((await fail('customers.get', { id: 'nobody' })).code).toBe('NOT_FOUND');
  });

  it('finds a folder stored in NFD by its NFC id, and gives NFC text', async () => {
    const { call } = await openCore(await fixtureNotebook());
    const doc = await call('customers.get', { id: 'Cà Phê Sáng'.normalize('NFC') });
    expect(doc.id).toBe('Cà Phê Sáng'.normalize('NFC'));
    expect(doc.fields.name).toBe('Cà Phê Sáng'.normalize('NFC'));
    expect(doc.fields.location).toBe('Huế');
  });

  it('refuses ids that would leave the notebook or that Windows reserves', async () => {
    const { fail } = await openCore(await fixtureNotebook());
    for (const id of ['../outside', '..', 'a/b', 'a\\b', 'CON', 'aux', 'lpt1.md', 'x.', 'x ', 'a\u0000b']) {
      expect(await fail('customers.get', { id }), id).toMatchObject({
        code: 'FORBIDDEN_PATH',
        details: { id },
      });
    }
    expect(await fail('customers.get', { id: 'escape' })).toMatchObject({
      code: 'FORBIDDEN_PATH',
      details: { id: 'escape' },
    });
  });
});

describe('customers.create', () => {
  it('makes a folder from the name and a customer.md in the format of vault-format.md', async () => {
    const notebook = await emptyNotebook();
    const { call } = await openCore(notebook);
    const created = await call('customers.create', {
      name: 'Công ty Đại Phát',
      kind: 'prospect',
      industry: 'Steel',
      location: 'Hải Phòng',
      tags: ['yes', 'new'],
      contacts: [{ name: 'Lan', phone: '0901234567' }],
      body: 'Met at the fair.\n',
    });
    expect(created.id).toBe('cong-ty-dai-phat');
    expect(await readFile(file(notebook.root, 'cong-ty-dai-phat', 'customer.md'), 'utf8')).toBe(
      [
        '---',
        'name: Công ty Đại Phát',
        'kind: prospect',
        'industry: Steel',
        'location: Hải Phòng',
        'tags:',
        '  - "yes"',
        '  - new',
        'contacts:',
        '  - name: Lan',
        '    phone: "0901234567"',
        'created: 2026-11-26',
        '---',
        'Met at the fair.',
        '',
      ].join('\n'),
    );
    expect(await readdir(file(notebook.root, 'cong-ty-dai-phat'))).toEqual(['customer.md', 'meetings']);
    expect((await call('customers.get', { id: 'cong-ty-dai-phat' })).version).toBe(created.version);
  });

  it('takes -2, -3 on a clash (in any case), and "customer" when the name leaves nothing', async () => {
    const notebook = await emptyNotebook();
    const { call } = await openCore(notebook);
    expect((await call('customers.create', { name: 'Acme' })).id).toBe('acme');
    expect((await call('customers.create', { name: 'ACME!' })).id).toBe('acme-2');
    await writeFile(file(notebook.root, 'placeholder'), '');
    expect((await call('customers.create', { name: 'Acme' })).id).toBe('acme-3');
    expect((await call('customers.create', { name: '🙂 东京' })).id).toBe('customer');
    const [a, b] = await Promise.all([
      call('customers.create', { name: 'Twin' }),
      call('customers.create', { name: 'Twin' }),
    ]);
    expect([a.id, b.id].sort()).toEqual(['twin', 'twin-2']);
  });

  it('rejects a missing name with INVALID_INPUT', async () => {
    const { fail } = await openCore(await emptyNotebook());
    expect((await fail('customers.create', { name: '  ' })).code).toBe('INVALID_INPUT');
  });
});

describe('customers.update', () => {
  it('changes one field in place and keeps every other byte', async () => {
    const notebook = await fixtureNotebook();
    const { call } = await openCore(notebook);
    const path_ = file(notebook.root, 'minh-long', 'customer.md');
    const before = await readFile(path_, 'utf8');
    const { version } = await call('customers.get', { id: 'minh-long' });
    const saved = await call('customers.update', {
      id: 'minh-long',
      version,
      fields: { industry: 'Porcelain', location: null },
    });
    expect(await readFile(path_, 'utf8')).toBe(
      before.replace('industry: Ceramics', 'industry: Porcelain').replace('location: Hà Nội\n', ''),
    );
    expect(saved.version).not.toBe(version);
    expect((await call('customers.get', { id: 'minh-long' })).version).toBe(saved.version);
  });

  it('leaves the file untouched (same bytes, same version) when nothing changes', async () => {
    const notebook = await fixtureNotebook();
    const { call } = await openCore(notebook);
    for (const id of ['minh-long', 'windows-office', 'Cà Phê Sáng']) {
      const target =
        id === 'Cà Phê Sáng'
          ? file(notebook.root, NFD_NAME, 'customer.md')
          : file(notebook.root, id, 'customer.md');
      const before = await readFile(target);
      const doc = await call('customers.get', { id });
      const saved = await call('customers.update', {
        id,
        version: doc.version,
        fields: doc.fields,
        body: doc.body,
      });
      expect(saved.version).toBe(doc.version);
      expect((await readFile(target)).equals(before), id).toBe(true);
    }
  });

  it('creates customer.md in a hand-made folder that has none', async () => {
    const notebook = await fixtureNotebook();
    const { call } = await openCore(notebook);
    const { version } = await call('customers.get', { id: 'empty-folder' });
    await call('customers.update', { id: 'empty-folder', version, fields: { name: 'Empty no more' } });
    expect(await readFile(file(notebook.root, 'empty-folder', 'customer.md'), 'utf8')).toBe(
      '---\nname: Empty no more\n---\n',
    );
  });

  it('never writes an unreadable file', async () => {
    const notebook = await fixtureNotebook();
    const { fail } = await openCore(notebook);
    const target = file(notebook.root, 'broken-yaml', 'customer.md');
    const before = await readFile(target);
    expect(
      (await fail('customers.update', { id: 'broken-yaml', version: 'whatever', fields: { name: 'Fixed' } }))
        .code,
    ).toBe('UNREADABLE_FILE');
    expect((await readFile(target)).equals(before)).toBe(true);
  });
});

describe('a file the app may not open', () => {
  // Root reads every file whatever its permissions: the case cannot be made there.
  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'is reported and does not hide the others',
    async () => {
      const notebook = await fixtureNotebook();
      await chmod(file(notebook.root, 'windows-office', 'customer.md'), 0o000);
      const { call } = await openCore(notebook);
      expect((await call('customers.list', {})).items).toHaveLength(8);
      expect((await call('notebook.info', {})).unreadable.map((u) => u.path)).toContain(
        'customers/windows-office/customer.md',
      );
    },
  );
});
