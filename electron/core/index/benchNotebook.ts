// A deterministic notebook for the benchmark: 2,000 customers and 20,000 meetings (about
// 60 MB), half in English and half in Vietnamese, from a seeded generator so every run and
// every machine indexes the same text. Not used by the app.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: small, fast and good enough to pick words. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN_WORDS = `account agreement approval budget call capacity contract cost customer deadline delivery
demo director discount distributor engineer estimate factory feedback forecast install invoice
launch logistics maintenance margin market meeting order partner payment pilot plan pricing
proposal purchase quality quote rollout sample schedule service shipment site spare supplier
support team tender training upgrade volume warehouse warranty workshop competitor reference
procurement renewal inventory prototype compliance certificate audit requirement specification
timeline milestone stakeholder objection concern benefit objective outcome decision signature
integration migration licence subscription onboarding escalation complaint return replacement`
  .split(/\s+/)
  .filter(Boolean);

const VI_WORDS = `khách hàng hợp đồng báo giá đơn hàng giao hàng thanh toán bảo hành sản phẩm dịch vụ
cuộc họp kế hoạch ngân sách giám đốc trưởng phòng mua hàng kỹ thuật chất lượng tiến độ
thử nghiệm triển khai đào tạo bảo trì nhà máy kho vận chuyển chiết khấu đối thủ nhu cầu
đề xuất phê duyệt chữ ký xã giao thăm hỏi giữ liên lạc quan hệ đối tác cam kết mục tiêu
lợi ích kết quả quyết định phản hồi khiếu nại đổi trả lắp đặt nghiệm thu hồ sơ thầu
doanh số sản lượng tồn kho nguyên liệu gốm sứ xi măng thép nhựa may mặc thực phẩm`
  .split(/\s+/)
  .filter(Boolean);

const EN_FIRST = [
  'Anna',
  'Ben',
  'Chris',
  'Diana',
  'Ethan',
  'Fiona',
  'George',
  'Hannah',
  'Ian',
  'Julia',
  'Kevin',
  'Laura',
];
const EN_LAST = [
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Wilson',
  'Evans',
  'Thomas',
  'Roberts',
  'Walker',
  'Wright',
];
const VI_LAST = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'ĐẶNG',
];
const VI_MIDDLE = ['Thị', 'Văn', 'Minh', 'Hữu', 'Ngọc', 'Thu', 'Quốc', 'THỊ'];
const VI_FIRST = [
  'Lan',
  'Hùng',
  'Mai',
  'Dũng',
  'Hương',
  'Tuấn',
  'Linh',
  'Phát',
  'Long',
  'Hồng',
  'Sơn',
  'Yến',
];
const EN_COMPANY = [
  'Northwind',
  'Bluebay',
  'Redstone',
  'Greenfield',
  'Silverline',
  'Summit',
  'Harbor',
  'Oakridge',
];
const EN_SUFFIX = ['Trading', 'Foods', 'Logistics', 'Ceramics', 'Plastics', 'Textiles', 'Steel', 'Packaging'];
const VI_COMPANY = [
  'Minh Long',
  'Đại Phát',
  'Hòa Bình',
  'Thành Công',
  'Phú Thịnh',
  'An Khang',
  'Việt Tiến',
  'Hưng Thịnh',
];
const CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Đà Nẵng', 'Hải Phòng', 'Cần Thơ', 'Singapore', 'Bangkok', 'London'];
const INDUSTRIES = ['Ceramics', 'Food', 'Logistics', 'Textiles', 'Steel', 'Plastics', 'Packaging', 'Retail'];
const TITLES_EN = [
  'Pilot scoping',
  'Quarterly review',
  'Pricing discussion',
  'Demo of the new line',
  'Contract renewal',
  'Site visit',
  'Complaint follow-up',
];
const TITLES_VI = [
  'Xã giao đầu năm',
  'Thăm hỏi khách hàng',
  'Đàm phán báo giá',
  'Giới thiệu sản phẩm mới',
  'Gia hạn hợp đồng',
  'Khảo sát nhà máy',
  'Giải quyết khiếu nại',
];

const EN_SYLLABLES =
  'ba be bi bo ca co de di do fa fe fi ga go ha he hi ho ja ka la le li lo lu ma me mi mo na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi wa we ya zo ber con dis ent ion ment ter tion ver pro pre com'.split(
    ' ',
  );
const VI_ONSETS = [
  '',
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'gi',
  'h',
  'k',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'nh',
  'ph',
  'qu',
  'r',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
];
const VI_RHYMES = [
  'a',
  'ai',
  'am',
  'an',
  'ang',
  'anh',
  'ao',
  'at',
  'ay',
  'e',
  'em',
  'en',
  'i',
  'ia',
  'iêm',
  'iên',
  'inh',
  'o',
  'oa',
  'oi',
  'om',
  'on',
  'ong',
  'ô',
  'ôi',
  'ông',
  'ơ',
  'ơi',
  'u',
  'ua',
  'ui',
  'un',
  'ung',
  'uyên',
  'ư',
  'ưa',
  'ương',
  'ươi',
];
const VI_TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/** A long tail of rarer words (Zipf-like picks from a large vocabulary), as real notes have. */
function tailVocabulary(random: () => number, vi: boolean, size: number): string[] {
  const words = new Set<string>();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  while (words.size < size) {
    if (vi) {
      const syllable = () => {
        const rhyme = pick(VI_RHYMES);
        // The tone mark sits on the rhyme's first vowel.
        return `${pick(VI_ONSETS)}${rhyme.slice(0, 1)}${pick(VI_TONES)}${rhyme.slice(1)}`.normalize('NFC');
      };
      words.add(random() < 0.5 ? syllable() : `${syllable()} ${syllable()}`);
    } else {
      const n = 2 + Math.floor(random() * 3);
      words.add(Array.from({ length: n }, () => pick(EN_SYLLABLES)).join(''));
    }
  }
  return [...words];
}

export interface BenchNotebookSize {
  customers: number;
  meetingsPerCustomer: number;
}

export const FULL_SIZE: BenchNotebookSize = { customers: 2000, meetingsPerCustomer: 10 };

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Writes the notebook into `folder` and returns the relative paths of its meeting files. */
export function generateBenchNotebook(
  folder: string,
  size: BenchNotebookSize = FULL_SIZE,
  seed = 20261126,
): string[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const tails = new Map<readonly string[], string[]>([
    [EN_WORDS, tailVocabulary(random, false, 20_000)],
    [VI_WORDS, tailVocabulary(random, true, 8_000)],
  ]);
  // Zipf-like: rank r is picked with probability about 1/r.
  const zipf = (list: readonly string[]): string =>
    list[Math.floor(Math.exp(random() * Math.log(list.length)))] ?? '';
  const sentence = (words: readonly string[], length: number): string => {
    const tail = tails.get(words) ?? words;
    const parts: string[] = [];
    for (let i = 0; i < length; i++) parts.push(random() < 0.5 ? zipf(words) : zipf(tail));
    // A long tail of rare tokens, as real notes have (codes, amounts).
    if (random() < 0.3) parts.push(`PO-${int(10000, 99999)}`);
    const text = parts.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (words: readonly string[], sentences: number) =>
    Array.from({ length: sentences }, () => sentence(words, int(6, 16))).join(' ');

  const meetingPaths: string[] = [];
  for (let c = 0; c < size.customers; c++) {
    const vi = c % 2 === 1;
    const words = vi ? VI_WORDS : EN_WORDS;
    const name = vi ? `Công ty TNHH ${pick(VI_COMPANY)} ${c}` : `${pick(EN_COMPANY)} ${pick(EN_SUFFIX)} ${c}`;
    const id = vi ? `cong-ty-${c}` : `customer-${c}`;
    const person = () =>
      vi ? `${pick(VI_LAST)} ${pick(VI_MIDDLE)} ${pick(VI_FIRST)}` : `${pick(EN_FIRST)} ${pick(EN_LAST)}`;
    const contact = person();
    const customerDir = path.join(folder, 'customers', id);
    mkdirSync(path.join(customerDir, 'meetings'), { recursive: true });
    writeFileSync(
      path.join(customerDir, 'customer.md'),
      [
        '---',
        `name: ${name}`,
        `kind: ${random() < 0.7 ? 'customer' : 'prospect'}`,
        `industry: ${pick(INDUSTRIES)}`,
        `location: ${pick(CITIES)}`,
        `tags: [${random() < 0.2 ? 'key-account' : 'regular'}]`,
        'contacts:',
        `  - name: ${contact}`,
        `    email: contact${c}@example.com`,
        `    phone: "09${pad(int(0, 99999999), 8)}"`,
        `created: 20${pad(int(15, 25))}-${pad(int(1, 12))}-${pad(int(1, 28))}`,
        '---',
        paragraph(words, int(3, 6)),
        '',
      ].join('\n'),
    );
    for (let m = 0; m < size.meetingsPerCustomer; m++) {
      const date = `20${pad(int(19, 27))}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
      const title = `${pick(vi ? TITLES_VI : TITLES_EN)} ${m + 1}`;
      const past = date < '2026-11-26';
      const status = past
        ? random() < 0.85
          ? 'done'
          : random() < 0.5
            ? 'cancelled'
            : 'draft'
        : random() < 0.5
          ? 'ready'
          : 'draft';
      const outcome = status === 'done' ? pick(['order', 'advance', 'continuation', 'no-sale']) : '';
      const actions = Array.from(
        { length: int(1, 4) },
        () => `- [${random() < 0.6 ? 'x' : ' '}] ${sentence(words, int(4, 8))}`,
      );
      const file = `${date}-meeting-${m + 1}.md`;
      const lines = [
        '---',
        `title: ${title}`,
        `date: ${date}`,
        `time: "${pad(int(8, 17))}:${pick(['00', '30'])}"`,
        'duration: 45',
        `location: ${pick(CITIES)}`,
        'attendees:',
        `  - ${contact}`,
        `  - ${person()}`,
        `objective: ${sentence(words, int(8, 14))}`,
        `benefit: ${sentence(words, int(8, 14))}`,
        'agenda:',
        `  - title: ${sentence(words, 4)}`,
        '    minutes: 15',
        `  - title: ${sentence(words, 4)}`,
        '    minutes: 30',
        `status: ${status}`,
        `outcome: ${outcome}`,
        `objective-met: ${status === 'done' ? pick(['yes', 'partly', 'no']) : ''}`,
        '---',
        '## Preparation',
        paragraph(words, int(4, 8)),
        '',
        '## Questions',
        ...Array.from({ length: 3 }, () => `- ${sentence(words, int(6, 10)).replace(/\.$/, '?')}`),
        '',
        '## Notes',
        paragraph(words, int(6, 12)),
        '',
        paragraph(words, int(4, 8)),
        '',
        '## Action items',
        ...actions,
        '',
      ];
      writeFileSync(path.join(customerDir, 'meetings', file), lines.join('\n'));
      meetingPaths.push(`customers/${id}/meetings/${file}`);
    }
  }
  return meetingPaths;
}
