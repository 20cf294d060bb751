// Re-reading a page for a live event, in the background.

/**
 * Runs the page's loaders again. A newer revalidation aborts an older one still under way, and the router
 * then rejects the older one's promise with an AbortError: expected with live events arriving close
 * together, so not reported (anything else still is).
 */
export function revalidateInBackground(revalidate: () => unknown): void {
  const running = revalidate();
  if (running instanceof Promise)
    running.catch((error: unknown) => {
      if (!(error instanceof Error && error.name === 'AbortError')) throw error;
    });
}
