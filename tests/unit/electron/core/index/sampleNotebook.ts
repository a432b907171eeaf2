// A small notebook in English and Vietnamese with the awkward files the index must skip.
import { customerFile, meetingFile } from './notebookFixture';

export const TODAY = '2026-11-26';

export const SAMPLE: Record<string, string> = {
  'customers/minh-long/customer.md': [
    '---',
    'name: Công ty TNHH Minh Long',
    'kind: customer',
    'industry: Ceramics',
    'location: Hà Nội',
    'tags: [key-account]',
    'contacts:',
    '  - name: ĐẶNG THỊ Lan',
    '    phone: "0901234567"',
    '---',
    'Family-owned maker of porcelain.',
  ].join('\n'),
  'customers/minh-long/meetings/2026-10-02-pilot-scoping.md': meetingFile(
    {
      title: 'Pilot scoping',
      date: '2026-10-02',
      objective: 'Agree on a start date',
      status: 'done',
      outcome: 'advance',
    },
    '## Notes\nThey liked it.\n\n## Action items\n- [ ] Send the proposal\n- [x] Book the demo room\n',
  ),
  'customers/minh-long/meetings/2026-01-10-xa-giao.md': meetingFile(
    { title: 'Xã giao đầu năm', date: '2026-01-10', status: 'done', outcome: 'order' },
    'Gặp chị ĐẶNG THỊ Lan, bàn về hợp đồng.\n- [ ] Gửi báo giá\n',
  ),
  'customers/acme/customer.md': customerFile({ name: 'Acme Trading', kind: 'prospect', industry: 'Retail' }),
  'customers/acme/meetings/2025-06-01-review.md': meetingFile(
    { title: 'Quarterly review', date: '2025-06-01', status: 'cancelled' },
    'We discussed the pilot in passing, then the delivery schedule and the payment terms.\n',
  ),
  'customers/acme/meetings/2027-03-01-demo.md': meetingFile(
    { title: 'Demo', date: '2027-03-01', objective: 'Show the pilot dashboard', status: 'draft' },
    '## Notes\nBring the agenda and the price list for their team.\n- [ ] Prepare the laptop\n',
  ),
  // Not notes: none of these may ever show up.
  'customers/acme/meetings/2025-06-01-review.conflict-20260101-120000.md': meetingFile(
    { title: 'Conflict copy', date: '2025-06-01' },
    'pilot conflictword\n',
  ),
  'customers/acme/meetings/.prepnote-tmp-0123abcd': 'pilot tempword\n',
  'customers/acme/meetings/._hidden.md': 'pilot hiddenword\n',
  'customers/acme/notes.txt': 'pilot textword\n',
  'templates/discovery.md': '---\nname: Discovery\n---\npilot templateword\n',
  '.prepnote/trash/20260101-000000/customers/old/customer.md': '---\nname: Old\n---\npilot trashword\n',
};
