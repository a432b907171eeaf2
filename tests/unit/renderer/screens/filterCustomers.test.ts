// The customer filter ignores case and Vietnamese diacritics, needs every word, and sorts by name.
import { describe, expect, it } from 'vitest';
import type { CustomerSummary } from '../../../../shared/contract';
import { filterCustomers } from '../../../../renderer/src/screens/Customers/filterCustomers';

const collator = new Intl.Collator('vi', { sensitivity: 'base' });

function customer(name: string, extra: Partial<CustomerSummary> = {}): CustomerSummary {
  return { id: name, name, kind: 'customer', tags: [], industry: '', location: '', ...extra };
}

const all = [
  customer('Công ty Cổ phần Đại Phát', { industry: 'Logistics', location: 'TP. Hồ Chí Minh' }),
  customer('Harbor Foods Ltd', { kind: 'prospect', location: 'Singapore', tags: ['key-account'] }),
  customer('Nhà sách Phương Nam', { kind: 'prospect', location: 'Cần Thơ' }),
  customer('ĐẶNG THỊ HOA'.normalize('NFD')),
];

const names = (list: CustomerSummary[]) => list.map((c) => c.name.normalize('NFC'));

describe('filterCustomers', () => {
  it('finds Vietnamese names typed without diacritics, and the other way round', () => {
    expect(names(filterCustomers(all, 'dai phat', 'all', collator))).toEqual(['Công ty Cổ phần Đại Phát']);
    expect(names(filterCustomers(all, 'dang thi', 'all', collator))).toEqual(['ĐẶNG THỊ HOA']);
    expect(names(filterCustomers(all, 'Phương', 'all', collator))).toEqual(['Nhà sách Phương Nam']);
    expect(names(filterCustomers(all, 'can tho', 'all', collator))).toEqual(['Nhà sách Phương Nam']);
  });

  it('searches industry, location and tags, and needs every word', () => {
    expect(names(filterCustomers(all, 'logistics', 'all', collator))).toEqual(['Công ty Cổ phần Đại Phát']);
    expect(names(filterCustomers(all, 'key-account', 'all', collator))).toEqual(['Harbor Foods Ltd']);
    expect(filterCustomers(all, 'harbor logistics', 'all', collator)).toEqual([]);
  });

  it('filters by kind and sorts by name', () => {
    expect(names(filterCustomers(all, '', 'prospect', collator))).toEqual([
      'Harbor Foods Ltd',
      'Nhà sách Phương Nam',
    ]);
    expect(filterCustomers(all, '  ', 'all', collator)).toHaveLength(4);
  });
});
