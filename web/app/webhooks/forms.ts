// The names of the webhook pages' forms (shared by the pages and their actions; one page holds several).
export const ENDPOINT_FORM = 'webhook-endpoint';
export const STATUS_FORM = 'webhook-status';
export const ROTATE_FORM = 'webhook-rotate';
export const DELETE_FORM = 'webhook-delete';
export const REPLAY_FORM = 'webhook-replay';
