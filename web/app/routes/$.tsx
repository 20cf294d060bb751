// Any address no other route knows: a 404 answer, shown by the root's error page in the site's frame.
export function loader() {
  throw new Response('Not Found', { status: 404, statusText: 'Not Found' });
}

export default function NotFound() {
  return null;
}
