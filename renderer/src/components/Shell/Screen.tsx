// Which screen a route shows. Editors are keyed by their document so each document gets its
// own save machinery.
import type { Route } from '../../routing/routes';
import { CustomerListScreen } from '../../screens/Customers/CustomerListScreen';
import { CustomerScreen } from '../../screens/Customer/CustomerScreen';
import { ActionsScreen } from '../../screens/Actions/ActionsScreen';
import { HistoryScreen } from '../../screens/History/HistoryScreen';
import { OutcomesScreen } from '../../screens/Outcomes/OutcomesScreen';
import { HomeScreen } from '../../screens/Home/HomeScreen';
import { MeetingScreen } from '../../screens/Meeting/MeetingScreen';
import { NotFoundScreen } from '../../screens/NotFoundScreen';
import { TrashScreen } from '../../screens/Trash/TrashScreen';

export function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'customers':
      return <CustomerListScreen />;
    case 'customer':
      return <CustomerScreen key={route.id} id={route.id} />;
    case 'meeting':
      return (
        <MeetingScreen
          key={`${route.customerId}/${route.meetingId}`}
          customerId={route.customerId}
          meetingId={route.meetingId}
        />
      );
    case 'trash':
      return <TrashScreen />;
    case 'history':
      return <HistoryScreen key={route.customerId} customerId={route.customerId} />;
    case 'actions':
      return <ActionsScreen />;
    case 'outcomes':
      return <OutcomesScreen />;
    case 'notFound':
      return <NotFoundScreen />;
  }
}
