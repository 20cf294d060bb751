// Events of the contacts feature. Payloads carry ids only: subscribers re-read under their own scope.

export enum ContactTopic {
  /** The derived task list (themes without a confirmed contact) of an organisation may have changed. */
  TasksChanged = 'contacts.tasks-changed',
}

export interface TasksChangedEvent {
  organisationId: string;
}
