// Hash routes, so a reload keeps the place: #/, #/customers, #/customers/<id>,
// #/customers/<id>/meetings/<meetingId>, #/trash. Ids may hold spaces and diacritics (folders
// made by hand), so every segment is percent-encoded and compared in NFC.
export type Route =
  | { name: 'home' }
  | { name: 'customers' }
  | { name: 'customer'; id: string }
  | { name: 'meeting'; customerId: string; meetingId: string }
  | { name: 'trash' }
  | { name: 'notFound'; hash: string };

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment).normalize('NFC');
  } catch {
    return undefined;
  }
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+|\/+$/g, '');
  if (path === '') return { name: 'home' };
  const raw = path.split('/');
  const parts = raw.map(decode);
  if (parts.some((part) => part === undefined || part === '')) return { name: 'notFound', hash };
  const [first, id, third, meetingId] = parts as string[];
  if (first === 'customers') {
    if (raw.length === 1) return { name: 'customers' };
    if (raw.length === 2 && id) return { name: 'customer', id };
    if (raw.length === 4 && id && third === 'meetings' && meetingId) {
      return { name: 'meeting', customerId: id, meetingId };
    }
  }
  if (first === 'trash' && raw.length === 1) return { name: 'trash' };
  return { name: 'notFound', hash };
}

export function routeHref(route: Exclude<Route, { name: 'notFound' }>): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'customers':
      return '#/customers';
    case 'customer':
      return `#/customers/${encodeURIComponent(route.id)}`;
    case 'meeting':
      return `#/customers/${encodeURIComponent(route.customerId)}/meetings/${encodeURIComponent(route.meetingId)}`;
    case 'trash':
      return '#/trash';
  }
}

export function navigate(route: Exclude<Route, { name: 'notFound' }>): void {
  window.location.hash = routeHref(route);
}
