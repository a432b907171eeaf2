// How the customer page loads and saves customer.md through the contract.
import type { CustomerDoc } from '../../../../shared/contract';
import type { CustomerFields } from '../../../../shared/domain/fields';
import { api } from '../../api/client';
import type { AutosaveAdapter } from '../../autosave/AutosaveController';
import { pathTouches } from '../../state/NotebookContext';

export const CUSTOMER_EDITABLE_KEYS = ['name', 'kind', 'industry', 'location', 'tags', 'contacts'] as const;

export function customerAdapter(
  id: string,
): AutosaveAdapter<CustomerFields, CustomerDoc, { version: string }> {
  return {
    load: () => api().call('customers.get', { id }),
    save: (version, fields, body) => api().call('customers.update', { id, version, fields, body }),
    saveCopy: (fields, body) => api().call('customers.saveConflictCopy', { id, fields, body }),
    editableKeys: CUSTOMER_EDITABLE_KEYS,
    touches: (path) => pathTouches(path, `customers/${id}/customer.md`),
    validate: (fields) => (fields.name?.trim() ? undefined : 'nameRequired'),
  };
}
