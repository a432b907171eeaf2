// The hook meetings.create calls to seed a new meeting from a template.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApplyTemplateHook } from '../../../../../electron/core/templates/applyTemplateHook';

const resourcesDir = fileURLToPath(new URL('../../../../../resources', import.meta.url));
let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'prepnote-template-hook-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('createApplyTemplateHook', () => {
  it('seeds from the built-ins and from the notebook it is given', async () => {
    const hook = createApplyTemplateHook(resourcesDir);
    const a = path.join(root, 'a');
    const b = path.join(root, 'b');
    await mkdir(path.join(b, 'templates'), { recursive: true });
    await writeFile(
      path.join(b, 'templates', 'demo.md'),
      '---\nname: Short demo\nlang: en\nduration: 20\nagenda:\n  - title: Show it\n    minutes: 15\n---\n## Questions\n- Does it fit?\n',
    );
    expect(await hook('demo', 'en', a)).toMatchObject({ duration: 60 });
    expect(await hook('demo', 'en', b)).toMatchObject({
      duration: 20,
      agenda: [{ title: 'Show it', minutes: 15 }],
      questions: ['Does it fit?'],
      preparation: '',
    });
    expect((await hook('discovery', 'vi', a))?.agenda?.[0]?.title).toBe(
      'Giới thiệu và mục đích buổi làm việc',
    );
  });

  it('gives undefined for an unknown or unreadable template, and refuses an unsafe id', async () => {
    const hook = createApplyTemplateHook(resourcesDir);
    await mkdir(path.join(root, 'templates'));
    await writeFile(path.join(root, 'templates', 'broken.md'), '---\nname: [\n---\n');
    expect(await hook('nothing-like-this', 'en', root)).toBeUndefined();
    expect(await hook('broken', 'en', root)).toBeUndefined();
    await expect(hook('../../etc/passwd', 'en', root)).rejects.toMatchObject({ code: 'FORBIDDEN_PATH' });
  });
});
