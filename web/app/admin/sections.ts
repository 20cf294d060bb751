// The administration's sections (/beheer): its side navigation and the overview page list these, in this
// order. A new admin page adds its section here, with its texts in i18n/features/admin.ts.
import type { MessageKey } from '../i18n/nl';

export interface AdminSection {
  to: string;
  /** The section's name in the navigation and as the overview's heading. */
  title: MessageKey;
  /** One line on the overview page: what is managed there. */
  description: MessageKey;
}

export const ADMIN_SECTIONS: AdminSection[] = [
  {
    to: '/beheer/organisaties',
    title: 'admin.organisations.title',
    description: 'admin.organisations.description',
  },
  { to: '/beheer/themas', title: 'admin.themes.title', description: 'admin.themes.description' },
  { to: '/beheer/teams', title: 'admin.teams.title', description: 'admin.teams.description' },
  { to: '/beheer/medewerkers', title: 'admin.staff.title', description: 'admin.staff.description' },
  { to: '/beheer/tickets', title: 'admin.tickets.title', description: 'admin.tickets.description' },
  { to: '/beheer/kennisbank', title: 'admin.kb.title', description: 'admin.kb.description' },
  { to: '/beheer/webhooks', title: 'admin.webhooks.title', description: 'admin.webhooks.description' },
  { to: '/beheer/privacy', title: 'admin.privacy.title', description: 'admin.privacy.description' },
  { to: '/beheer/historiek', title: 'admin.history.title', description: 'admin.history.description' },
];
