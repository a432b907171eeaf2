// Who has open business but no meeting planned: the candidates the editor offers when an
// objective is refused as a courtesy call (product.md: set an objective with one of them).
import type { ActionItem, CustomerSummary } from '../../../../shared/contract';

export interface OpenBusiness {
  customer: CustomerSummary;
  open: ActionItem[];
}

/** Customers other than `exceptId` with open action items and no meeting planned from today. */
export function customersWithOpenBusiness(
  customers: readonly CustomerSummary[],
  openActions: readonly ActionItem[],
  planned: readonly { customerId: string; status: string }[],
  exceptId: string,
): OpenBusiness[] {
  const busy = new Set(planned.filter((m) => m.status !== 'cancelled').map((m) => m.customerId));
  return customers
    .filter((customer) => customer.id !== exceptId && !busy.has(customer.id))
    .map((customer) => ({ customer, open: openActions.filter((item) => item.customerId === customer.id) }))
    .filter((entry) => entry.open.length > 0)
    .sort((a, b) => b.open.length - a.open.length || a.customer.name.localeCompare(b.customer.name));
}
