import { describe, expect, it } from 'vitest';
import { agendaHtml } from '../../../../shared/export/agenda';
import { escapeHtml } from '../../../../shared/export/escapeHtml';
import { historyHtml } from '../../../../shared/export/history';
import { agendaDataEn, agendaDataVi, historyData } from './sampleData';

function documents(): Record<string, string> {
  return {
    customer: agendaHtml(agendaDataEn(), 'customer'),
    prep: agendaHtml(agendaDataVi(), 'prep'),
    history: historyHtml(historyData('vi')),
  };
}

describe('the HTML exports', () => {
  it('are single self-contained documents that print on A4', () => {
    for (const [name, html] of Object.entries(documents())) {
      expect(html.startsWith('<!doctype html>\n'), name).toBe(true);
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toMatch(/<title>[^<]+<\/title>/);
      expect(html).toContain('@page { size: A4; margin: 18mm; }');
      expect(html.match(/<html/g)).toHaveLength(1);
      expect(html.trimEnd().endsWith('</html>')).toBe(true);
    }
  });

  it('run no script and load nothing from elsewhere', () => {
    for (const [name, html] of Object.entries(documents())) {
      expect(html, name).not.toMatch(/<script/i);
      expect(html, name).not.toMatch(/https?:|\/\//i);
      expect(html, name).not.toMatch(/<link|<img|<iframe|<object|<embed|url\(|@import|src=/i);
      expect(html, name).not.toMatch(/\son\w+=/i);
    }
  });

  it('keep agenda rows whole across pages', () => {
    const html = agendaHtml(agendaDataEn(), 'customer');
    expect(html).toMatch(/table\.agenda tr \{[^}]*break-inside: avoid/);
    expect(html).toContain(
      '<td class="clock">09:30–09:40</td><td>Their priorities for next year</td><td class="num">10</td>',
    );
  });

  it('escape every piece of user text', () => {
    const data = agendaDataEn();
    data.meeting.fields.title = '<b>Big</b> & "quoted" \'deal\'';
    data.meeting.fields.benefit = '<script>alert(1)</script>';
    data.meeting.fields.agenda = [{ title: '<img src=x onerror=alert(1)>', minutes: 5 }];
    data.meeting.fields.attendees = ['<b>Lan</b>'];
    data.customer.name = '</title><script>';
    for (const variant of ['customer', 'prep'] as const) {
      const html = agendaHtml(data, variant);
      expect(html).not.toContain('<b>');
      expect(html).not.toMatch(/<script|<img/);
      expect(html).toContain('&lt;b&gt;Big&lt;/b&gt; &amp; &quot;quoted&quot; &#39;deal&#39;');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });

  it('escape the user Markdown too, and never let a link or raw HTML through', () => {
    const data = agendaDataEn();
    data.meeting.sections.preparation = '<b>bold?</b> [site](javascript:alert(1)) ![x](y.png)';
    const html = agendaHtml(data, 'prep');
    expect(html).toContain('&lt;b&gt;bold?&lt;/b&gt;');
    expect(html).not.toMatch(/<a |<img/);
  });

  it('keep Vietnamese diacritics and mark the language', () => {
    const html = agendaHtml(agendaDataVi(), 'customer');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Mục đích cuộc gặp — Quý khách nhận được gì');
    expect(html).toContain('Văn phòng khách hàng, Hà Nội');
  });

  it('draws lines to fill for the expected outcome and the next steps', () => {
    const html = agendaHtml(agendaDataEn(), 'customer');
    const after = html.slice(html.indexOf('Expected outcome'));
    expect(after.match(/<div class="fill"><\/div>/g)?.length).toBe(5);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters', () => {
    expect(escapeHtml(`& < > " '`)).toBe('&amp; &lt; &gt; &quot; &#39;');
  });
});
