// The demo logins as `npm start` and `npm run seed` print them.
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS } from './demo.js';

const roleNames: Record<string, string> = {
  ADMIN: 'Beheerder',
  MEMBER: 'Medewerker',
  MEMBER_PLUS: 'Medewerker+',
  AGENT: 'Dossierbehandelaar (AGENT)',
  DEPARTMENT_ADMIN: 'Departementsbeheerder',
};

/** @public scripts/start.mjs imports it from the built server (server/dist), where knip does not look. */
export function demoLoginLines(): string[] {
  const lines = [`Demo logins (password for all: ${DEMO_PASSWORD}):`];
  for (const org of DEMO_ORGANISATIONS) {
    lines.push(`  ${org.name}`);
    for (const u of DEMO_USERS.filter((u) => u.organisationId === org.id)) {
      lines.push(`    ${u.email.padEnd(36)} ${u.roles.map((r) => roleNames[r]).join(', ')}`);
    }
  }
  lines.push('  Departement Zorg (staff)');
  for (const u of DEMO_USERS.filter((u) => u.organisationId === null)) {
    lines.push(`    ${u.email.padEnd(36)} ${u.roles.map((r) => roleNames[r]).join(', ')}`);
  }
  return lines;
}

export function printDemoLogins(out: NodeJS.WritableStream): void {
  out.write(`${demoLoginLines().join('\n')}\n`);
}
