// Texts of the administration (/beheer, issue 16), in Dutch (the reference) and English; spread into
// ../nl.ts and ../en.ts. Each section keeps its texts under admin.<section>.
export const adminNl = {
  'admin.nav': 'Beheer',
  'admin.nav.label': 'Beheer',
  'admin.title': 'Beheer',
  'admin.overview': 'Overzicht',
  'admin.intro':
    'Hier beheert u de organisaties, thema’s en teams, medewerkers, ticketinstellingen en de kennisbank.',
};

export const adminEn: Record<keyof typeof adminNl, string> = {
  'admin.nav': 'Administration',
  'admin.nav.label': 'Administration',
  'admin.title': 'Administration',
  'admin.overview': 'Overview',
  'admin.intro':
    'Manage organisations, themes and teams, staff, ticket settings and the knowledge base here.',
};
