// Organisatiegegevens, read-only: name, number, phone, email, website and themes; empty fields say so.
import type { ReactNode } from 'react';
import { EmailAddress } from '../components/email-address';
import { useI18n } from '../i18n/i18n';

export interface OrganisationDetailsData {
  name: string;
  externalNumber?: string | null;
  phone?: string | null;
  email?: string | null;
  websiteUrl?: string | null;
  themes: Array<{ id: string; name: string }>;
}

/** Only http(s) addresses become links (the API checks the scheme; this keeps `javascript:` out regardless). */
function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function OrganisationDetails({ organisation }: { organisation: OrganisationDetailsData }) {
  const { t } = useI18n();
  const empty = <span className="muted">{t('org.notFilled')}</span>;
  const { phone, email, websiteUrl } = organisation;
  const website = websiteUrl ? safeHref(websiteUrl) : null;
  return (
    <dl className="details-list" aria-label={t('org.data.caption')}>
      <Row label={t('org.name')}>{organisation.name}</Row>
      <Row label={t('org.externalNumber')}>{organisation.externalNumber || empty}</Row>
      <Row label={t('org.phone')}>
        {phone ? <a href={`tel:${phone.replace(/\s/g, '')}`}>{phone}</a> : empty}
      </Row>
      <Row label={t('org.email')}>{email ? <EmailAddress address={email} link /> : empty}</Row>
      <Row label={t('org.websiteUrl')}>
        {website ? (
          <a href={website} rel="noopener noreferrer">
            {websiteUrl}
          </a>
        ) : (
          websiteUrl || empty
        )}
      </Row>
      <Row label={t('org.themes')}>
        {organisation.themes.length > 0 ? organisation.themes.map((theme) => theme.name).join(', ') : empty}
      </Row>
    </dl>
  );
}
