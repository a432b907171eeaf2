import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyNotebook, fixtureNotebook, openCore } from './support/fixtureNotebook';

describe('app settings', () => {
  it('start from the defaults and are saved in settings.json in the data folder', async () => {
    const notebook = await emptyNotebook();
    const { call } = await openCore(notebook);
    expect(await call('settings.get', {})).toMatchObject({ language: 'en' });
    const updated = await call('settings.update', {
      language: 'vi',
      windowBounds: { width: 1000, height: 700 },
    });
    expect(updated).toMatchObject({ language: 'vi', windowBounds: { width: 1000, height: 700 } });
    const saved = JSON.parse(await readFile(path.join(notebook.base, 'data', 'settings.json'), 'utf8'));
    expect(saved).toMatchObject({ language: 'vi', windowBounds: { width: 1000, height: 700 } });
    expect(saved.recentNotebooks[0].path).toBe(notebook.root);
    expect((await readdir(path.join(notebook.base, 'data'))).sort()).toEqual(['settings.json']);
  });

  it('set a corrupt file aside as .bak, report it, and never overwrite it', async () => {
    const notebook = await emptyNotebook();
    const data = path.join(notebook.base, 'data');
    await mkdir(data);
    await writeFile(path.join(data, 'settings.json'), '{"language": "vi",');
    await writeFile(path.join(data, 'settings.json.bak'), 'an older backup');
    const { call } = await openCore(notebook);
    expect(await readFile(path.join(data, 'settings.json.2.bak'), 'utf8')).toBe('{"language": "vi",');
    expect(await readFile(path.join(data, 'settings.json.bak'), 'utf8')).toBe('an older backup');
    expect((await call('settings.get', {})).language).toBe('en');
    const info = await call('notebook.info', {});
    expect(info.unreadable).toEqual([
      {
        path: path.join(data, 'settings.json'),
        reason: expect.stringMatching(/not valid JSON.*set aside as settings\.json\.2\.bak/),
      },
    ]);
  });

  it('ignore a value that does not fit and keep keys the app does not know', async () => {
    const notebook = await emptyNotebook();
    const data = path.join(notebook.base, 'data');
    await mkdir(data);
    await writeFile(
      path.join(data, 'settings.json'),
      JSON.stringify({ language: 'fr', theme: 'dark', recentNotebooks: [] }),
    );
    const { call } = await openCore(notebook);
    expect((await call('settings.get', {})).language).toBe('en');
    expect((await call('notebook.info', {})).unreadable[0].reason).toMatch(/"language"/);
    await call('settings.update', { language: 'vi' });
    expect(JSON.parse(await readFile(path.join(data, 'settings.json'), 'utf8'))).toMatchObject({
      language: 'vi',
      theme: 'dark',
    });
  });
});

describe('notebook settings (.prepnote/notebook.json)', () => {
  it('set a corrupt file aside as .bak and report it', async () => {
    const notebook = await fixtureNotebook();
    const file = path.join(notebook.root, '.prepnote', 'notebook.json');
    await writeFile(file, '{ "checklist": [ oops');
    const { call } = await openCore(notebook);
    const info = await call('notebook.info', {});
    expect(info.unreadable).toContainEqual({
      path: '.prepnote/notebook.json',
      reason: expect.stringMatching(/set aside as notebook\.json\.bak/),
    });
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('{ "checklist": [ oops');
    expect(await readdir(path.join(notebook.root, '.prepnote'))).not.toContain('notebook.json');
  });

  it('report items that do not fit and use the rest', async () => {
    const notebook = await fixtureNotebook();
    await writeFile(
      path.join(notebook.root, '.prepnote', 'notebook.json'),
      JSON.stringify({
        checklist: {
          extraItems: [
            { id: 'Not Kebab', label: {} },
            { id: 'samples-packed', label: { en: 'Samples packed' } },
          ],
        },
      }),
    );
    const { call } = await openCore(notebook);
    const info = await call('notebook.info', {});
    expect(info.unreadable).toContainEqual({
      path: '.prepnote/notebook.json',
      reason: 'checklist.extraItems.0 is not an item the app can use',
    });
  });
});
