import { describe, expect, it } from 'vitest';
import { agendaIcs, icsDuration } from '../../../../shared/export/ics';
import { escapeIcsText, foldIcsLine } from '../../../../shared/export/icsText';
import { stableMeetingHash } from '../../../../shared/export/stableId';
import { INTERNAL_EN, INTERNAL_VI, agendaDataEn, agendaDataVi } from './sampleData';

const NOW = new Date('2026-11-30T08:05:09.123Z');

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
/** RFC 5545 3.1: a CRLF followed by one space or tab is removed when unfolding. */
const unfold = (ics: string): string => ics.replace(/\r\n[ \t]/g, '');
const contentLines = (ics: string): string[] => unfold(ics).split('\r\n').slice(0, -1);
const property = (ics: string, name: string): string | undefined =>
  contentLines(ics).find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));
/** The TEXT value back as the user wrote it (RFC 5545 3.3.11). */
const unescape = (value: string): string =>
  value.replace(/\\([\\;,nN])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));

describe('agendaIcs', () => {
  it('is one VCALENDAR with one VEVENT, CRLF after every line', () => {
    const ics = agendaIcs(agendaDataEn(), NOW);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = contentLines(ics);
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Prepnote//Prepnote//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
    ]);
    expect(lines.slice(-2)).toEqual(['END:VEVENT', 'END:VCALENDAR']);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('starts at floating local time and lasts the meeting duration', () => {
    const ics = agendaIcs(agendaDataEn(), NOW);
    expect(property(ics, 'DTSTAMP')).toBe('DTSTAMP:20261130T080509Z');
    expect(property(ics, 'DTSTART')).toBe('DTSTART:20261202T093000');
    expect(property(ics, 'DURATION')).toBe('DURATION:PT45M');
    expect(property(ics, 'DTEND')).toBeUndefined();
    expect(property(ics, 'SUMMARY')).toBe('SUMMARY:Pilot scoping');
    expect(property(ics, 'LOCATION')).toBe('LOCATION:Their office\\, Hà Nội');
  });

  it('takes the agenda total when the meeting has no duration', () => {
    const data = agendaDataEn();
    delete data.meeting.fields.duration;
    data.meeting.fields.agenda = [
      { title: 'A', minutes: 50 },
      { title: 'B', minutes: 40 },
    ];
    expect(property(agendaIcs(data, NOW), 'DURATION')).toBe('DURATION:PT1H30M');
  });

  it('is an all-day event when the meeting has no time', () => {
    const data = agendaDataEn();
    delete data.meeting.fields.time;
    data.meeting.fields.date = '2026-12-31';
    const ics = agendaIcs(data, NOW);
    expect(property(ics, 'DTSTART')).toBe('DTSTART;VALUE=DATE:20261231');
    expect(property(ics, 'DTEND')).toBe('DTEND;VALUE=DATE:20270101');
    expect(property(ics, 'DURATION')).toBeUndefined();
  });

  it('keeps the same UID for the same meeting, and a different one for another', () => {
    const first = property(agendaIcs(agendaDataEn(), NOW), 'UID');
    const later = agendaDataEn();
    later.meeting.fields.title = 'Renamed';
    later.meeting.fields.date = '2026-12-09';
    expect(property(agendaIcs(later, new Date('2027-01-01T00:00:00Z')), 'UID')).toBe(first);
    expect(first).toMatch(/^UID:[0-9a-f]{16}@prepnote$/);
    const other = agendaDataEn();
    other.meeting.meetingId = '2026-12-02-pilot-scoping-2';
    expect(property(agendaIcs(other, NOW), 'UID')).not.toBe(first);
  });

  it('hashes ids the same whether they arrive in NFC or NFD', () => {
    expect(stableMeetingHash('Khách', 'Họp'.normalize('NFD'))).toBe(stableMeetingHash('Khách', 'Họp'));
    expect(stableMeetingHash('a/b', 'c')).not.toBe(stableMeetingHash('a', 'b/c2'));
  });

  it('describes the purpose and the agenda with clock times, nothing internal', () => {
    for (const [make, internal] of [
      [agendaDataEn, INTERNAL_EN],
      [agendaDataVi, INTERNAL_VI],
    ] as const) {
      const ics = agendaIcs(make(), NOW);
      const description = unescape((property(ics, 'DESCRIPTION') ?? '').slice('DESCRIPTION:'.length));
      if (make === agendaDataEn) {
        expect(description).toBe(
          [
            'Purpose of the meeting — what you get:',
            'A pilot plan their team can take to the director for budget approval',
            '',
            'Agenda:',
            '09:30–09:40 Their priorities for next year (10 min)',
            '09:40–10:05 Pilot scope and success criteria (25 min)',
            '10:05–10:15 Next steps and owners (10 min)',
          ].join('\n'),
        );
      }
      for (const secret of Object.values(internal)) {
        expect(unfold(ics)).not.toContain(secret.split(' ').pop());
      }
    }
  });

  it('folds Vietnamese lines at 75 octets without splitting a character, and unfolds to the text', () => {
    const data = agendaDataVi();
    const longTitle =
      'Thống nhất phạm vi thí điểm, tiêu chí thành công; và người phụ trách — Công ty Đại Phát ở Hà Nội';
    data.meeting.fields.title = longTitle;
    const ics = agendaIcs(data, NOW);
    for (const line of ics.split('\r\n')) {
      expect(bytes(line), line).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
    expect(ics.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
    const summary = property(ics, 'SUMMARY') ?? '';
    expect(unescape(summary.slice('SUMMARY:'.length))).toBe(longTitle);
    const description = unescape((property(ics, 'DESCRIPTION') ?? '').slice('DESCRIPTION:'.length));
    expect(description).toContain('Mục đích cuộc gặp — Quý khách nhận được gì:\nMột kế hoạch thí điểm');
    expect(description).toContain('09:40–10:05 Phạm vi và tiêu chí thành công (25 phút)');
  });

  it('refuses a meeting without a real date', () => {
    const data = agendaDataEn();
    data.meeting.fields.date = '2026-02-31';
    expect(() => agendaIcs(data, NOW)).toThrow(/date/);
  });

  it('marks a cancelled meeting as such', () => {
    const data = agendaDataEn();
    data.meeting.fields.status = 'cancelled';
    expect(property(agendaIcs(data, NOW), 'STATUS')).toBe('STATUS:CANCELLED');
  });
});

describe('ics text rules', () => {
  it('escapes backslash, semicolon, comma and line breaks, and drops control characters', () => {
    expect(escapeIcsText('a\\b;c,d\r\ne\nf\rg\u0007h\ti')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti');
  });

  it('folds at exactly 75 octets, continuation lines counting their leading space', () => {
    const folded = foldIcsLine(`DESCRIPTION:${'x'.repeat(200)}`);
    const lines = folded.split('\r\n');
    // 12 + 200 = 212 octets: 75, then a space + 74, then a space + the last 63.
    expect(lines.map(bytes)).toEqual([75, 75, 64]);
    expect(unfold(folded)).toBe(`DESCRIPTION:${'x'.repeat(200)}`);
  });

  it('never splits a multi-byte character, an emoji, a combining mark or an escape', () => {
    const text = `SUMMARY:${'ệ'.repeat(30)}${'🙂'.repeat(20)}${'e\u0301'.repeat(20)}${'\\,'.repeat(40)}`;
    const folded = foldIcsLine(text);
    const lines = folded.split('\r\n');
    for (const line of lines) {
      expect(bytes(line)).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/^ ?[\u0300-\u036f]/);
      expect(line).not.toMatch(/(^|[^\\])(\\\\)*\\$/);
    }
    expect(unfold(folded)).toBe(text);
  });

  it('writes durations as RFC 5545 does', () => {
    expect(icsDuration(45)).toBe('PT45M');
    expect(icsDuration(60)).toBe('PT1H');
    expect(icsDuration(90)).toBe('PT1H30M');
  });
});
