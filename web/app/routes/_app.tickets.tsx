// /tickets: not built yet (the lead fills it); says so to the logged-in user.
import { Unavailable } from '../components/unavailable';
import { titled } from '../meta';

export const meta = titled('nav.tickets');

export default function Page() {
  return <Unavailable title="nav.tickets" />;
}
