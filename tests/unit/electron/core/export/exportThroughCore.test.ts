// export.agenda and export.history through the real core and the dispatch wrapper, on a
// notebook written to a temporary folder: a hand-made customer folder with diacritics, a
// meeting file with a BOM and CRLF line endings, Vietnamese text.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../../../electron/core/createCore';
import type { Core } from '../../../../../electron/core/types';
import { createDispatch } from '../../../../../electron/methods/dispatch';

const CUSTOMER_ID = 'Công ty Đại Phát';

const CUSTOMER_MD = `---
name: Công ty Đại Phát
kind: customer
contacts:
  - name: Trần Văn Bình
    role: Giám đốc
    phone: "0901234567"
---
Khách hàng lâu năm.
`;

const MEETING_LINES = [
  '---',
  'title: Chốt phạm vi thí điểm',
  'date: 2026-12-02',
  'time: "09:30"',
  'duration: 45',
  'location: Văn phòng Đại Phát, Hà Nội',
  'attendees:',
  '  - Trần Văn Bình (Giám đốc)',
  'objective: Chốt ngày bắt đầu thí điểm MỤC-TIÊU-KÍN',
  'benefit: Kế hoạch thí điểm để trình hội đồng quản trị',
  'fallback: Lấy danh sách yêu cầu DỰ-PHÒNG-KÍN',
  'agenda:',
  '  - title: Ưu tiên năm tới',
  '    minutes: 10',
  '  - title: Phạm vi, tiêu chí; người phụ trách',
  '    minutes: 30',
  'status: draft',
  '---',
  '## Chuẩn bị',
  'Ngân sách chốt tháng Ba CHUẨN-BỊ-KÍN',
  '',
  '## Câu hỏi',
  '- Ai ký duyệt? CÂU-HỎI-KÍN',
  '',
  '## Ghi chú',
  '',
  '## Việc cần làm',
  '',
];

const EARLIER_MD = `---
title: Tìm hiểu nhu cầu
date: 2026-11-02
objective: Thống nhất hai vấn đề cần đề xuất
status: done
outcome: advance
objective-met: partly
---
## Ghi chú
Họ muốn thí điểm.

## Việc cần làm
- [ ] Gửi danh sách khách hàng tham chiếu
- [x] Đặt phòng demo
`;

let root: string;
let core: Core;
let meetingFile: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'prepnote-export-'));
  const notebook = path.join(root, 'notebook');
  const meetings = path.join(notebook, 'customers', CUSTOMER_ID, 'meetings');
  await mkdir(meetings, { recursive: true });
  await writeFile(path.join(notebook, 'customers', CUSTOMER_ID, 'customer.md'), CUSTOMER_MD);
  meetingFile = path.join(meetings, '2026-12-02-chot-pham-vi.md');
  await writeFile(meetingFile, `\uFEFF${MEETING_LINES.join('\r\n')}`);
  await writeFile(path.join(meetings, '2026-11-02-tim-hieu.md'), EARLIER_MD);
  core = await createCore({
    notebookPath: notebook,
    dataDir: path.join(root, 'data'),
    cacheDir: path.join(root, 'cache'),
    clock: () => new Date('2026-11-30T08:00:00Z'),
  });
});

afterEach(async () => {
  await core.close();
  await rm(root, { recursive: true, force: true });
});

const meeting = { customerId: CUSTOMER_ID, meetingId: '2026-12-02-chot-pham-vi' };

async function call(method: string, args: unknown): Promise<{ filename: string; content: string }> {
  const envelope = await createDispatch(core.handlers)(method, args);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as { filename: string; content: string };
}

describe('export through the core', () => {
  it('prints the customer copy from the files, nothing internal, and leaves the files untouched', async () => {
    const before = await readFile(meetingFile);
    for (const format of ['text', 'markdown', 'html', 'ics'] as const) {
      const { content } = await call('export.agenda', {
        ...meeting,
        variant: 'customer',
        format,
        lang: 'vi',
      });
      const unfolded = content.replace(/\r\n /g, '');
      expect(unfolded, format).toContain('Chốt phạm vi thí điểm');
      expect(unfolded, format).not.toMatch(/KÍN/);
    }
    const { filename, content } = await call('export.agenda', {
      ...meeting,
      variant: 'customer',
      format: 'text',
    });
    expect(filename).toBe('2026-12-02-chot-pham-vi-customer.txt');
    expect(content).toContain('09:40–10:10  Phạm vi, tiêu chí; người phụ trách (30 min)');
    expect(await readFile(meetingFile)).toEqual(before);
  });

  it('prints the prep sheet with what the earlier meeting left open', async () => {
    const { content } = await call('export.agenda', {
      ...meeting,
      variant: 'prep',
      format: 'markdown',
      lang: 'vi',
    });
    expect(content).toContain('MỤC-TIÊU-KÍN');
    expect(content).toContain('- Ai ký duyệt? CÂU-HỎI-KÍN');
    expect(content).toContain('Ngân sách chốt tháng Ba CHUẨN-BỊ-KÍN');
    expect(content).toContain('- [ ] Gửi danh sách khách hàng tham chiếu (từ 02/11/2026)');
    expect(content).not.toContain('Đặt phòng demo');
    expect(content).toContain(
      '02/11/2026 — Tìm hiểu nhu cầu: Thống nhất hai vấn đề cần đề xuất → Bước tiến (đạt mục tiêu: một phần)',
    );
    expect(content).toContain('Trần Văn Bình — Giám đốc · 0901234567');
  });

  it('makes a calendar file with a stable UID', async () => {
    const first = await call('export.agenda', { ...meeting, variant: 'customer', format: 'ics' });
    const second = await call('export.agenda', { ...meeting, variant: 'customer', format: 'ics' });
    expect(first.filename).toBe('2026-12-02-chot-pham-vi-customer.ics');
    expect(first.content).toBe(second.content);
    expect(first.content).toContain('DTSTART:20261202T093000\r\nDURATION:PT45M\r\n');
    expect(first.content).toContain('DTSTAMP:20261130T080000Z\r\n');
    for (const line of first.content.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('prints the whole history with a table of contents, named after the customer', async () => {
    const { filename, content } = await call('export.history', {
      customerId: CUSTOMER_ID,
      format: 'html',
      lang: 'vi',
    });
    expect(filename).toBe('cong-ty-dai-phat-history.html');
    const anchors = [...content.matchAll(/<a href="#([^"]+)">/g)].map((match) => match[1]);
    expect(anchors).toHaveLength(2);
    for (const anchor of anchors) expect(content).toContain(`<h2 id="${anchor}">`);
    expect(content.indexOf('Chốt phạm vi thí điểm</h2>')).toBeLessThan(
      content.indexOf('Tìm hiểu nhu cầu</h2>'),
    );
  });

  it('answers the contract errors: NOT_FOUND for a missing meeting, INVALID_INPUT for a bad format', async () => {
    const dispatch = createDispatch(core.handlers);
    const missing = await dispatch('export.agenda', {
      ...meeting,
      meetingId: 'nope',
      variant: 'customer',
      format: 'text',
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const bad = await dispatch('export.agenda', { ...meeting, variant: 'customer', format: 'pdf' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const escape = await dispatch('export.history', { customerId: '../outside', format: 'html' });
    expect(escape).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_PATH' } });
  });
});
