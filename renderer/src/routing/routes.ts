// Hash routes, so a reload keeps the place: #/, #/customers, #/customers/<id>,
// #/customers/<id>/meetings/<meetingId>, #/customers/<id>/history, #/actions, #/outcomes,
// #/trash. Ids may hold spaces and diacritics (folders made by hand), so every segment is
// percent-encoded and compared in NFC.
export type Route =
  | { name: 'home' }
  | { name: 'customers' }
  | { name: 'customer'; id: string }
  | { name: 'meeting'; customerId: string; meetingId: string }
  | { name: 'trash' }
  | { name: 'history'; customerId: string }
  | { name: 'actions' }
  | { name: 'outcomes' }
  | PrintRoute
  | { name: 'notFound'; hash: string };

/** Print views: the document alone, without the app around it (App.tsx leaves the Shell out). */
export type PrintRoute =
  | { name: 'printAgenda'; customerId: string; meetingId: string; variant: 'customer' | 'prep' }
  | { name: 'printHistory'; customerId: string };

export function isPrintRoute(route: Route): route is PrintRoute {
  return route.name === 'printAgenda' || route.name === 'printHistory';
}

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
    if (raw.length === 3 && id && third === 'history') return { name: 'history', customerId: id };
    if (raw.length === 4 && id && third === 'meetings' && meetingId) {
      return { name: 'meeting', customerId: id, meetingId };
    }
    const [print, variant] = parts.slice(4);
    if (raw.length === 6 && id && third === 'meetings' && meetingId && print === 'print') {
      if (variant === 'customer' || variant === 'prep') {
        return { name: 'printAgenda', customerId: id, meetingId, variant };
      }
    }
    if (raw.length === 4 && id && third === 'history' && meetingId === 'print') {
      return { name: 'printHistory', customerId: id };
    }
  }
  if (first === 'trash' && raw.length === 1) return { name: 'trash' };
  if (first === 'actions' && raw.length === 1) return { name: 'actions' };
  if (first === 'outcomes' && raw.length === 1) return { name: 'outcomes' };
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
    case 'history':
      return `#/customers/${encodeURIComponent(route.customerId)}/history`;
    case 'actions':
      return '#/actions';
    case 'outcomes':
      return '#/outcomes';
    case 'printAgenda':
      return `#/customers/${encodeURIComponent(route.customerId)}/meetings/${encodeURIComponent(route.meetingId)}/print/${route.variant}`;
    case 'printHistory':
      return `#/customers/${encodeURIComponent(route.customerId)}/history/print`;
  }
}

export function navigate(route: Exclude<Route, { name: 'notFound' }>): void {
  window.location.hash = routeHref(route);
}
