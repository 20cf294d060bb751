// Two sections of /staff/reports for the chosen period (issue 16): the tickets per category (created, still
// open; inactive categories marked), and the knowledge base's deflection — questions for which articles
// were suggested, tickets avoided ('dit loste mijn vraag op'), tickets created anyway, and the ten
// articles that avoided the most tickets.
import type { ServiceLevelReportQuery } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';

type CategoryRow = ServiceLevelReportQuery['ticketCategoryCounts'][number];
type Deflection = ServiceLevelReportQuery['ticketDeflectionReport'];

export function CategoryCounts({ rows }: { rows: CategoryRow[] }) {
  const { t, number } = useI18n();
  const total = rows.reduce((sum, row) => sum + row.created, 0);
  const open = rows.reduce((sum, row) => sum + row.open, 0);
  return (
    <section aria-labelledby="report-categories">
      <h2 id="report-categories">{t('reports.categories.title')}</h2>
      <p>{t('reports.categories.intro')}</p>
      <table className="table table-cards" data-testid="category-counts">
        <caption className="visually-hidden">{t('reports.categories.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.categories.category')}</th>
            <th scope="col">{t('reports.categories.created')}</th>
            <th scope="col">{t('reports.categories.open')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.category.id}>
              <th scope="row" data-label={t('reports.categories.category')}>
                {row.category.active
                  ? row.category.name
                  : t('staffTickets.category.inactive', { name: row.category.name })}
              </th>
              <td data-label={t('reports.categories.created')}>{number(row.created)}</td>
              <td data-label={t('reports.categories.open')}>{number(row.open)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" data-label={t('reports.categories.category')}>
              {t('reports.categories.total')}
            </th>
            <td data-label={t('reports.categories.created')}>{number(total)}</td>
            <td data-label={t('reports.categories.open')}>{number(open)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

export function DeflectionFigures({ report }: { report: Deflection }) {
  const { t, number } = useI18n();
  const figures = [
    ['shown', t('reports.deflection.shown'), report.suggestionsShown],
    ['avoided', t('reports.deflection.avoided'), report.ticketsAvoided],
    ['created', t('reports.deflection.created'), report.ticketsAfterSuggestions],
  ] as const;
  return (
    <section aria-labelledby="report-deflection">
      <h2 id="report-deflection">{t('reports.deflection.title')}</h2>
      <p>{t('reports.deflection.intro')}</p>
      <table className="table" data-testid="deflection-figures">
        <caption className="visually-hidden">{t('reports.deflection.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.deflection.measure')}</th>
            <th scope="col">{t('reports.deflection.count')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map(([key, label, value]) => (
            <tr key={key} data-figure={key}>
              <th scope="row">{label}</th>
              <td>{number(value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('reports.deflection.top')}</h3>
      {report.topArticles.length === 0 ? (
        <p>{t('reports.deflection.top.none')}</p>
      ) : (
        <table className="table table-cards" data-testid="deflection-top">
          <caption className="visually-hidden">{t('reports.deflection.top')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.deflection.top.article')}</th>
              <th scope="col">{t('reports.deflection.top.avoided')}</th>
            </tr>
          </thead>
          <tbody>
            {report.topArticles.map((article) => (
              <tr key={article.articleId}>
                <th scope="row" data-label={t('reports.deflection.top.article')}>
                  <a href={`/kennisbank/${article.slug}`}>{article.title}</a>
                </th>
                <td data-label={t('reports.deflection.top.avoided')}>{number(article.ticketsAvoided)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
