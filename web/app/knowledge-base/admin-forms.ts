// The names of the administration's outage forms, shared by the page and its actions.
export const OPEN_OUTAGE_FORM = 'kb-outage-open';
/** The update form of one outage: its own name, so that its errors show under it. */
export const updateOutageForm = (outageId: string) => `kb-outage-${outageId}`;
