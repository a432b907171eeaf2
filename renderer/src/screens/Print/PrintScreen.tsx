// Which print view a print route shows. Each document is keyed by its route so switching
// between them starts afresh.
import type { PrintRoute } from '../../routing/routes';
import { AgendaPrint } from './AgendaPrint';
import { HistoryPrint } from './HistoryPrint';

export function PrintScreen({ route }: { route: PrintRoute }) {
  if (route.name === 'printHistory') {
    return <HistoryPrint key={`history/${route.customerId}`} customerId={route.customerId} />;
  }
  return (
    <AgendaPrint
      key={`${route.customerId}/${route.meetingId}`}
      customerId={route.customerId}
      meetingId={route.meetingId}
      variant={route.variant}
    />
  );
}
