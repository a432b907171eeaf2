import { describe, expect, it } from 'vitest';
import { historyHtml, historyMarkdown } from '../../../../shared/export/history';
import { parseSections } from '../../../../shared/export/sections';
import { INTERNAL_EN, historyData } from './sampleData';

describe('the customer history', () => {
  it('has a table of contents whose links reach every meeting (HTML)', () => {
    const html = historyHtml(historyData('en'));
    const links = [...html.matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g)];
    expect(links.map((link) => link[2])).toEqual(['2 Dec 2026 — Pilot scoping', '2 Nov 2026 — Discovery']);
    for (const [, anchor] of links) {
      expect(html.match(new RegExp(`<h2 id="${anchor}">`, 'g'))).toHaveLength(1);
    }
    expect(html.indexOf('Contents')).toBeLessThan(html.indexOf('<h2 id='));
  });

  it('has a table of contents with anchors in Markdown too', () => {
    const markdown = historyMarkdown(historyData('en'));
    expect(markdown).toContain(
      '## Contents\n\n1. [2 Dec 2026 — Pilot scoping](#meeting-2026-12-02-pilot-scoping)',
    );
    expect(markdown).toContain('## <a id="meeting-2026-12-02-pilot-scoping"></a>2 Dec 2026 — Pilot scoping');
    expect(markdown).toContain('## <a id="meeting-2026-11-02-discovery"></a>2 Nov 2026 — Discovery');
  });

  it('prints every meeting newest first, whatever order they come in', () => {
    const data = historyData('en');
    data.meetings.reverse();
    const markdown = historyMarkdown(data);
    expect(markdown.indexOf('— Pilot scoping\n')).toBeLessThan(markdown.indexOf('— Discovery\n'));
  });

  it('is the salesperson’s record: objective, outcome, notes and action items', () => {
    const markdown = historyMarkdown(historyData('en'));
    for (const piece of [
      '# Công ty TNHH Minh Long',
      'Customer history · 2 meetings',
      `**Objective:** ${INTERNAL_EN.objective}`,
      '**Outcome:** Advance (objective met: yes)',
      '### Notes\n\nThey want a pilot.',
      '### Action items\n\n- [ ] Send the reference list',
      '- [x] Book the demo room',
      INTERNAL_EN.notes,
    ]) {
      expect(markdown).toContain(piece);
    }
  });

  it('speaks Vietnamese and keeps its diacritics', () => {
    const html = historyHtml(historyData('vi'));
    expect(html).toContain('Lịch sử khách hàng');
    expect(html).toContain('Mục lục');
    expect(html).toContain('02/12/2026 — Xác định phạm vi thí điểm');
    expect(html).toContain('Bước tiến (đạt mục tiêu: có)');
  });

  it('gives meetings with awkward ids distinct, safe anchors', () => {
    const data = historyData('en');
    data.meetings = ['2026-12-02 Họp', '2026-12-02 hop', '2026-12-02-hop'].map((meetingId) => ({
      meetingId,
      fields: { title: meetingId, date: '2026-12-02' },
      sections: parseSections(''),
    }));
    const html = historyHtml(data);
    const anchors = [...html.matchAll(/<h2 id="([^"]+)">/g)].map((match) => match[1]);
    expect(new Set(anchors).size).toBe(3);
    for (const anchor of anchors) expect(anchor).toMatch(/^[a-z0-9-]+$/);
  });

  it('says so when the customer has no meetings yet', () => {
    const data = historyData('en');
    data.meetings = [];
    expect(historyMarkdown(data)).toContain('No meetings yet.');
    expect(historyHtml(data)).not.toContain('<nav');
  });
});
