// The customer list's filter: every word of the query must appear in the name, industry,
// location or tags, ignoring case and Vietnamese diacritics ("dai phat" finds "Đại Phát").
import type { CustomerSummary } from '../../../../shared/contract';
import type { CustomerKind } from '../../../../shared/domain/enums';
import { foldDiacritics } from '../../../../shared/text/foldDiacritics';

export type KindFilter = CustomerKind | 'all';

function haystack(customer: CustomerSummary): string {
  return foldDiacritics(
    [customer.name, customer.industry, customer.location, ...customer.tags].join(' ').normalize('NFC'),
  );
}

export function filterCustomers(
  customers: readonly CustomerSummary[],
  query: string,
  kind: KindFilter,
  collator: Intl.Collator,
): CustomerSummary[] {
  const words = foldDiacritics(query.normalize('NFC')).split(/\s+/).filter(Boolean);
  return customers
    .filter((customer) => kind === 'all' || customer.kind === kind)
    .filter((customer) => {
      if (words.length === 0) return true;
      const text = haystack(customer);
      return words.every((word) => text.includes(word));
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}
