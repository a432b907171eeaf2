// All / Customers / Prospects, as a group of toggle buttons.
import { useTranslation } from 'react-i18next';
import type { KindFilter } from './filterCustomers';

interface KindFilterGroupProps {
  value: KindFilter;
  onChange(value: KindFilter): void;
}

export function KindFilterGroup({ value, onChange }: KindFilterGroupProps) {
  const { t } = useTranslation();
  const options: { value: KindFilter; label: string }[] = [
    { value: 'all', label: t('customers.kindAll') },
    { value: 'customer', label: t('customers.kindCustomers') },
    { value: 'prospect', label: t('customers.kindProspects') },
  ];
  return (
    <div className="segmented" role="group" aria-label={t('customers.kindLabel')}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
