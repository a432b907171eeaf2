// templates.* and meetings.create {template} through the real core and dispatcher, on a
// temporary notebook with the shipped built-in templates.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createApplyTemplateHook } from '../../../../../electron/core/templates/applyTemplateHook';
import { emptyNotebook, openCore } from '../support/fixtureNotebook';

const resourcesDir = fileURLToPath(new URL('../../../../../resources', import.meta.url));

async function open() {
  return openCore(await emptyNotebook(), {
    resourcesDir,
    applyTemplate: createApplyTemplateHook(resourcesDir),
  });
}

describe('templates.* methods', () => {
  it('answer in the app language unless a lang is given', async () => {
    const { call } = await open();
    expect((await call('templates.list', {})).items[0]).toEqual({
      id: 'discovery',
      name: 'First meeting / discovery',
      duration: 45,
      builtIn: true,
    });
    expect((await call('templates.get', { id: 'closing', lang: 'vi' })).name).toBe('Chốt hợp đồng');
    await call('settings.update', { language: 'vi' });
    expect((await call('templates.list', {})).items.map((t) => t.name)).toContain('Xử lý sự cố');
    expect((await call('templates.get', { id: 'demo' })).lang).toBe('vi');
  });

  it('save a template into the notebook and serve it back', async () => {
    const { call, notebook } = await open();
    const { id } = await call('templates.save', {
      name: 'Gia hạn hợp đồng',
      lang: 'vi',
      duration: 30,
      agenda: [{ title: 'Điều khoản gia hạn', minutes: 20 }],
      exampleObjective: 'Khách hàng ký phụ lục gia hạn hợp đồng thêm hai năm',
      questions: ['Năm qua điều gì hiệu quả nhất?'],
    });
    expect(id).toBe('gia-han-hop-dong');
    const text = await readFile(path.join(notebook.root, 'templates', `${id}.md`), 'utf8');
    expect(text).toContain('name: Gia hạn hợp đồng\nlang: vi\nduration: 30\n');
    const list = await call('templates.list', { lang: 'vi' });
    expect(list.items.at(-1)).toEqual({ id, name: 'Gia hạn hợp đồng', duration: 30, builtIn: false });
    expect((await call('templates.get', { id, lang: 'vi' })).questions).toEqual([
      'Năm qua điều gì hiệu quả nhất?',
    ]);
  });

  it('refuse bad input, unsafe ids and unknown templates with the codes of contract.md', async () => {
    const { fail } = await open();
    const base = { lang: 'en' as const, duration: 30, agenda: [] };
    expect((await fail('templates.save', { ...base, name: '   ' })).code).toBe('INVALID_INPUT');
    const unsafe = await fail('templates.save', { ...base, name: 'x', id: '../../outside' });
    expect(unsafe).toMatchObject({ code: 'FORBIDDEN_PATH', details: { id: '../../outside' } });
    expect((await fail('templates.get', { id: 'nope' })).code).toBe('NOT_FOUND');
  });

  it('follow notebook.open to another notebook', async () => {
    const { call, notebook } = await open();
    await call('templates.save', { name: 'Only here', lang: 'en', duration: 10, agenda: [] });
    const other = path.join(notebook.base, 'other');
    await mkdir(other);
    await call('notebook.open', { path: other });
    expect((await call('templates.list', { lang: 'en' })).items).toHaveLength(7);
  });
});

describe('meetings.create with a template', () => {
  it('seeds the duration, agenda, questions and preparation of a new meeting', async () => {
    const { call, notebook } = await open();
    const { id: customerId } = await call('customers.create', { name: 'Công ty TNHH Minh Long' });
    const { meetingId } = await call('meetings.create', {
      customerId,
      title: 'Tìm hiểu nhu cầu',
      date: '2026-12-02',
      template: 'discovery',
      lang: 'vi',
    });
    const meeting = await call('meetings.get', { customerId, meetingId });
    expect(meeting.fields).toMatchObject({ template: 'discovery', duration: 45 });
    expect(meeting.fields.agenda?.[0]).toEqual({ title: 'Giới thiệu và mục đích buổi làm việc', minutes: 5 });
    expect(meeting.body).toContain('### Những gì đã biết');
    expect(meeting.body).toContain('- Hiện nay công việc này được thực hiện thế nào');
    expect(meeting.body.indexOf('## Preparation')).toBeLessThan(meeting.body.indexOf('## Questions'));
    // A notebook override is what a new meeting gets.
    await mkdir(path.join(notebook.root, 'templates'), { recursive: true });
    await writeFile(
      path.join(notebook.root, 'templates', 'demo.md'),
      '---\nname: Short demo\nlang: en\nduration: 20\nagenda:\n  - title: Show it\n    minutes: 15\n---\n',
    );
    const demo = await call('meetings.create', {
      customerId,
      title: 'Demo',
      date: '2026-12-09',
      template: 'demo',
      lang: 'en',
    });
    const seeded = await call('meetings.get', { customerId, meetingId: demo.meetingId });
    expect(seeded.fields).toMatchObject({ duration: 20, agenda: [{ title: 'Show it', minutes: 15 }] });
  });
});
