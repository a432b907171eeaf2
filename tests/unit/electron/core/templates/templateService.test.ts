// The template service against real folders: the shipped built-ins plus a notebook made fresh
// for each test in its own temporary folder.
import { mkdtemp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAILSAFE_SCHEMA, load } from 'js-yaml';
import { parse as parseYaml } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../shared/contract';
import { BUILT_IN_TEMPLATE_IDS } from '../../../../../shared/domain/enums';
import {
  type SaveTemplateInput,
  type TemplateService,
  createTemplateService,
} from '../../../../../electron/core/templates/templateService';

const resourcesDir = fileURLToPath(new URL('../../../../../resources', import.meta.url));

let root: string;
let notebook: string;
let service: TemplateService;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'prepnote-templates-'));
  notebook = path.join(root, 'notebook');
  await mkdir(path.join(notebook, 'customers'), { recursive: true });
  service = createTemplateService({ resourcesDir, notebookDir: notebook });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function writeTemplate(name: string, text: string): Promise<void> {
  await mkdir(path.join(notebook, 'templates'), { recursive: true });
  await writeFile(path.join(notebook, 'templates', name), text);
}

async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

const PILOT = `---
name: Pilot kick-off
lang: en
duration: 30
agenda:
  - title: Scope
    minutes: 10
  - title: Owners and dates
    minutes: 15
example-objective: They confirm the pilot owner and the start date
example-benefit: A pilot that starts on time with a named owner on their side
---
## Questions
- Who owns the pilot on your side?
- What would make it a success?

## Preparation
### Pilot plan
- Scope:
`;

describe('listTemplates', () => {
  it('lists the seven built-ins in the order of contract.md when the notebook has none', async () => {
    for (const lang of ['en', 'vi'] as const) {
      const { items } = await service.listTemplates(lang);
      expect(items.map((t) => t.id)).toEqual([...BUILT_IN_TEMPLATE_IDS]);
      expect(items.every((t) => t.builtIn)).toBe(true);
    }
    const vi = await service.listTemplates('vi');
    expect(vi.items[2]).toEqual({ id: 'proposal', name: 'Đề xuất và đàm phán', duration: 60, builtIn: true });
  });

  it('adds notebook templates after the built-ins, sorted by name, in the languages they serve', async () => {
    await writeTemplate('zeta.md', PILOT.replace('Pilot kick-off', 'Zeta review'));
    await writeTemplate('alpha.md', PILOT.replace('Pilot kick-off', 'Alpha review'));
    await writeTemplate(
      'viet.md',
      PILOT.replace('lang: en', 'lang: vi').replace('Pilot kick-off', 'Ấn định lịch'),
    );
    await writeTemplate(
      'both.md',
      PILOT.replace('lang: en\n', '').replace('Pilot kick-off', 'Beta, no language'),
    );

    const en = await service.listTemplates('en');
    expect(en.items.slice(7).map((t) => t.name)).toEqual([
      'Alpha review',
      'Beta, no language',
      'Zeta review',
    ]);
    expect(en.items.slice(7).every((t) => !t.builtIn)).toBe(true);

    const vi = await service.listTemplates('vi');
    expect(vi.items.slice(7).map((t) => t.id)).toEqual(['viet', 'both']);
  });
});

describe('getTemplate', () => {
  it('returns a built-in in the shape of the contract', async () => {
    const t = await service.getTemplate('discovery', 'en');
    expect(t).toMatchObject({
      id: 'discovery',
      name: 'First meeting / discovery',
      lang: 'en',
      builtIn: true,
    });
    expect(t.agenda[0]).toEqual({ title: 'Introductions and purpose of the meeting', minutes: 5 });
    expect(t.questions.length).toBeGreaterThan(0);
    expect(t.preparation).toContain('### What we know already');
  });

  it('lets a notebook template override the built-in of its own language only', async () => {
    await writeTemplate(
      'discovery.md',
      PILOT.replace('name: Pilot kick-off', 'name: Our discovery').replace('lang: en', 'lang: vi'),
    );
    const vi = await service.getTemplate('discovery', 'vi');
    expect(vi).toMatchObject({ name: 'Our discovery', lang: 'vi', builtIn: false, duration: 30 });
    const en = await service.getTemplate('discovery', 'en');
    expect(en).toMatchObject({ name: 'First meeting / discovery', builtIn: true });

    const list = await service.listTemplates('vi');
    expect(list.items[0]).toEqual({ id: 'discovery', name: 'Our discovery', duration: 30, builtIn: false });
    expect(list.items).toHaveLength(7);
  });

  it('lets a notebook template without a language override the built-in in both languages', async () => {
    await writeTemplate(
      'closing.md',
      PILOT.replace('lang: en\n', '').replace('Pilot kick-off', 'Our closing'),
    );
    for (const lang of ['en', 'vi'] as const) {
      const t = await service.getTemplate('closing', lang);
      expect(t).toMatchObject({ name: 'Our closing', lang, builtIn: false });
    }
  });

  it('treats an unknown language as none', async () => {
    await writeTemplate('pilot.md', PILOT.replace('lang: en', 'lang: fr'));
    expect((await service.getTemplate('pilot', 'vi')).lang).toBe('vi');
  });

  it('falls back to the other language when the id exists only there', async () => {
    await writeTemplate('pilot.md', PILOT);
    const t = await service.getTemplate('pilot', 'vi');
    expect(t).toMatchObject({ id: 'pilot', lang: 'en', name: 'Pilot kick-off' });
  });

  it('answers NOT_FOUND for an id nobody serves', async () => {
    const error = await apiError(service.getTemplate('no-such-template', 'en'));
    expect(error.code).toBe('NOT_FOUND');
  });

  it.each([
    '../discovery',
    'a/b',
    'a\\b',
    '..',
    'x\u0000y',
    'tab\there',
    'CON',
    'nul.md',
    'trailing.',
    '.hidden',
  ])('refuses the unsafe id %j with FORBIDDEN_PATH', async (id) => {
    const error = await apiError(service.getTemplate(id, 'en'));
    expect(error.code).toBe('FORBIDDEN_PATH');
    expect(error.details).toEqual({ id });
  });

  it('finds a template whose file name is stored in NFD by its NFC id', async () => {
    const name = 'họp-quý';
    await writeTemplate(`${name.normalize('NFD')}.md`, PILOT.replace('Pilot kick-off', 'Họp quý'));
    const t = await service.getTemplate(name.normalize('NFC'), 'en');
    expect(t.name).toBe('Họp quý');
    expect(t.id).toBe(name.normalize('NFC'));
  });

  it('reads CRLF line endings, a byte-order mark, empty keys and hand-written agenda lines', async () => {
    const text =
      '\ufeff---\r\nname: Quick call\r\nagenda:\r\n  - Hello\r\n  - title: Decide\r\n    minutes: 10\r\n' +
      'example-benefit:\r\n---\r\n## Questions\r\n- One?\r\n  still one\r\n* Two?\r\n\r\n## Notes\r\n- not a question\r\n';
    await writeTemplate('quick.md', text);
    const t = await service.getTemplate('quick', 'en');
    expect(t.agenda).toEqual([
      { title: 'Hello', minutes: 0 },
      { title: 'Decide', minutes: 10 },
    ]);
    expect(t.duration).toBe(10);
    expect(t.exampleBenefit).toBe('');
    expect(t.questions).toEqual(['One? still one', 'Two?']);
    expect(t.preparation).toBe('');
  });
});

describe('broken notebook templates', () => {
  it('skips a file with bad YAML, reports it, and keeps serving everything else', async () => {
    await writeTemplate('broken.md', '---\nname: [unclosed\nlang: en\n---\n## Questions\n');
    await writeTemplate('demo.md', '---\nname: "Our demo\n---\n');
    await writeTemplate('pilot.md', PILOT);

    const { items } = await service.listTemplates('en');
    expect(items.map((t) => t.id)).toEqual([...BUILT_IN_TEMPLATE_IDS, 'pilot']);
    // The broken override is skipped: the built-in serves instead.
    expect((await service.getTemplate('demo', 'en')).builtIn).toBe(true);

    const problems = await service.listProblems();
    expect(problems.map((p) => p.path).sort()).toEqual(['templates/broken.md', 'templates/demo.md']);
    expect(problems[0].reason).toMatch(/YAML/);

    const error = await apiError(service.getTemplate('broken', 'en'));
    expect(error.code).toBe('UNREADABLE_FILE');
    expect(error.details).toMatchObject({ path: 'templates/broken.md' });
  });

  it('reports bad values, missing front matter and non-UTF-8 bytes', async () => {
    await writeTemplate('minutes.md', PILOT.replace('minutes: 10', 'minutes: ten'));
    await writeTemplate('duration.md', PILOT.replace('duration: 30', 'duration: -5'));
    await writeTemplate('plain.md', '# Just notes\n');
    await mkdir(path.join(notebook, 'templates'), { recursive: true });
    await writeFile(
      path.join(notebook, 'templates', 'latin1.md'),
      Buffer.from('---\nname: caf\xe9\n---\n', 'latin1'),
    );

    const problems = await service.listProblems();
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p.reason]));
    expect(byPath['templates/minutes.md']).toMatch(/agenda\.0\.minutes.*whole minutes/);
    expect(byPath['templates/duration.md']).toMatch(/duration/);
    expect(byPath['templates/plain.md']).toMatch(/front matter/);
    expect(byPath['templates/latin1.md']).toMatch(/UTF-8/);
    expect((await service.listTemplates('en')).items).toHaveLength(7);
  });

  it('ignores temp files, hidden files, conflict copies and other file types', async () => {
    await writeTemplate('.prepnote-tmp-abc123', PILOT);
    await writeTemplate('.hidden.md', PILOT);
    await writeTemplate('pilot.conflict-20261126-101500.md', PILOT);
    await writeTemplate('notes.txt', PILOT);
    expect((await service.listTemplates('en')).items).toHaveLength(7);
    expect(await service.listProblems()).toEqual([]);
  });

  it('refuses a notebook template that is a link leading out of the notebook', async () => {
    const outside = path.join(root, 'outside.md');
    await writeFile(outside, PILOT);
    await mkdir(path.join(notebook, 'templates'), { recursive: true });
    await symlink(outside, path.join(notebook, 'templates', 'pilot.md'));
    expect((await service.listTemplates('en')).items).toHaveLength(7);
    expect((await service.listProblems())[0]).toMatchObject({ path: 'templates/pilot.md' });
  });
});

describe('saveTemplate', () => {
  const input: SaveTemplateInput = {
    name: 'Quarterly business review',
    lang: 'en',
    duration: 60,
    agenda: [
      { title: 'Results: their numbers', minutes: 20 },
      { title: '09:30', minutes: 10 },
    ],
    exampleObjective: 'They agree on the three priorities for next year',
    exampleBenefit: 'yes',
    questions: ['What changed this year?', 'What\nis still hard?', '  '],
    preparation: '### Numbers\n- Before:\n- After:\n',
  };

  it('writes the vault format and reads back the same template', async () => {
    const { id } = await service.saveTemplate(input);
    expect(id).toBe('quarterly-business-review');

    const text = await readFile(path.join(notebook, 'templates', `${id}.md`), 'utf8');
    expect(text).toBe(
      [
        '---',
        'name: Quarterly business review',
        'lang: en',
        'duration: 60',
        'agenda:',
        '  - title: "Results: their numbers"',
        '    minutes: 20',
        '  - title: "09:30"',
        '    minutes: 10',
        'example-objective: They agree on the three priorities for next year',
        'example-benefit: "yes"',
        '---',
        '## Questions',
        '- What changed this year?',
        '- What is still hard?',
        '',
        '## Preparation',
        '### Numbers',
        '- Before:',
        '- After:',
        '',
      ].join('\n'),
    );

    const back = await service.getTemplate(id, 'en');
    expect(back).toEqual({
      id,
      name: input.name,
      lang: 'en',
      duration: 60,
      agenda: input.agenda,
      exampleObjective: input.exampleObjective,
      exampleBenefit: 'yes',
      questions: ['What changed this year?', 'What is still hard?'],
      preparation: '### Numbers\n- Before:\n- After:',
      builtIn: false,
    });
  });

  it('quotes every value that a YAML 1.1 or 1.2 reader would not read as text', async () => {
    const tricky = [
      '0901234567',
      '1e3',
      'no',
      'off',
      'On',
      'null',
      '~',
      '2026-12-02',
      '12:30',
      '0x1F',
      '.inf',
      '',
    ];
    const { id } = await service.saveTemplate({
      ...input,
      agenda: tricky.map((title) => ({ title, minutes: 1 })),
    });
    const text = await readFile(path.join(notebook, 'templates', `${id}.md`), 'utf8');
    const frontMatter = text.split('---\n')[1];
    const titles = (doc: unknown) => (doc as { agenda: { title: unknown }[] }).agenda.map((a) => a.title);
    expect(titles(parseYaml(frontMatter, { version: '1.1' }))).toEqual(tricky);
    expect(titles(parseYaml(frontMatter, { version: '1.2' }))).toEqual(tricky);
    expect(titles(load(frontMatter, { schema: FAILSAFE_SCHEMA }))).toEqual(tricky);
    expect((await service.getTemplate(id, 'en')).agenda.map((a) => a.title)).toEqual(
      tricky.map((t) => t.trim()),
    );
  });

  it('never lands on an existing file or a built-in id when no id is given', async () => {
    const first = await service.saveTemplate(input);
    const second = await service.saveTemplate(input);
    const third = await service.saveTemplate({ ...input, name: 'Discovery' });
    const emoji = await service.saveTemplate({ ...input, name: '🙂' });
    expect([first.id, second.id, third.id, emoji.id]).toEqual([
      'quarterly-business-review',
      'quarterly-business-review-2',
      'discovery-2',
      'template',
    ]);
    expect((await service.getTemplate('discovery', 'en')).builtIn).toBe(true);
  });

  it('gives two simultaneous saves of the same name two files', async () => {
    const ids = await Promise.all([service.saveTemplate(input), service.saveTemplate(input)]);
    expect(ids.map((r) => r.id).sort()).toEqual(['quarterly-business-review', 'quarterly-business-review-2']);
  });

  it('replaces the file of a given id, which is how a built-in is overridden', async () => {
    await service.saveTemplate({ ...input, id: 'demo', name: 'Our demo', lang: 'vi' });
    await service.saveTemplate({ ...input, id: 'demo', name: 'Our demo, second take', lang: 'vi' });
    expect(await readdir(path.join(notebook, 'templates'))).toEqual(['demo.md']);
    expect(await service.getTemplate('demo', 'vi')).toMatchObject({
      name: 'Our demo, second take',
      builtIn: false,
    });
    expect(await service.getTemplate('demo', 'en')).toMatchObject({ builtIn: true });
  });

  it('writes Vietnamese names to a folded id and keeps the text as written', async () => {
    const { id } = await service.saveTemplate({ ...input, name: 'Họp đánh giá quý', lang: 'vi' });
    expect(id).toBe('hop-danh-gia-quy');
    expect(await service.getTemplate(id, 'vi')).toMatchObject({ name: 'Họp đánh giá quý', lang: 'vi' });
  });

  it('refuses to overwrite a file it cannot read, and leaves it untouched', async () => {
    const broken = '---\nname: [unclosed\n---\nmy notes\n';
    await writeTemplate('mine.md', broken);
    const error = await apiError(service.saveTemplate({ ...input, id: 'mine' }));
    expect(error.code).toBe('UNREADABLE_FILE');
    expect(await readFile(path.join(notebook, 'templates', 'mine.md'), 'utf8')).toBe(broken);
  });

  it.each(['../escape', 'a/b', 'COM1', 'x\u0007'])(
    'refuses the unsafe id %j and writes nothing',
    async (id) => {
      const error = await apiError(service.saveTemplate({ ...input, id }));
      expect(error.code).toBe('FORBIDDEN_PATH');
      expect(error.details).toEqual({ id });
      expect(await readdir(root)).toEqual(['notebook']);
    },
  );

  it('refuses a templates folder that is a link leading out of the notebook', async () => {
    const outside = path.join(root, 'elsewhere');
    await mkdir(outside);
    await symlink(outside, path.join(notebook, 'templates'));
    const error = await apiError(service.saveTemplate(input));
    expect(error.code).toBe('FORBIDDEN_PATH');
    expect(await readdir(outside)).toEqual([]);
  });

  it('leaves no temporary file behind', async () => {
    await service.saveTemplate(input);
    expect(await readdir(path.join(notebook, 'templates'))).toEqual(['quarterly-business-review.md']);
  });
});

describe('applyTemplate', () => {
  it('gives meetings.create the duration, agenda, questions, preparation and examples', async () => {
    const applied = await service.applyTemplate('proposal', 'vi');
    expect(applied.duration).toBe(60);
    expect(applied.agenda[1]).toEqual({ title: 'Đề xuất: phạm vi, kế hoạch và giá', minutes: 20 });
    expect(applied.questions[0]).toMatch(/^Ngoài anh\/chị, ai cần phê duyệt/);
    expect(applied.preparation).toMatch(/^### Người quyết định/);
    expect(applied.exampleObjective).toMatch(/cam kết ngày ký/);
    expect(applied.exampleBenefit).not.toBe('');
  });

  it('follows the notebook that is open now', async () => {
    let current = notebook;
    const switching = createTemplateService({ resourcesDir, notebookDir: () => current });
    await writeTemplate('pilot.md', PILOT);
    expect((await switching.applyTemplate('pilot', 'en')).duration).toBe(30);
    current = path.join(root, 'other');
    await mkdir(current);
    expect((await apiError(switching.applyTemplate('pilot', 'en'))).code).toBe('NOT_FOUND');
  });
});
