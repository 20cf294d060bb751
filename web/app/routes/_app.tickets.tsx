// /tickets: support tickets come with their own issue; until then this page says so, in both languages.
import { Unavailable } from '../components/unavailable';
import { titled } from '../meta';

export const meta = titled('nav.tickets');

export default function Page() {
  return <Unavailable title="nav.tickets" />;
}
