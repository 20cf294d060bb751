// The webhook pages, the same for the department (/beheer/webhooks) and an organisation (/organisation/
// webhooks): the endpoints list, the new-endpoint form, and one endpoint with its settings, secret rotation,
// switching off and on, deletion after confirming, and its delivery log (paged) with replay. A new secret
// is shown once, in the answer to the form that made it; it is never read back.
import { Form, Link, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { EmptyState } from '../components/empty-state';
import { ErrorSummary } from '../components/error-summary';
import { Field, FieldErrors } from '../components/field';
import { AlertIcon, CheckIcon, ClockIcon } from '../components/icons';
import { Notice } from '../components/notice';
import { errorsOf, type FormResult, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import type {
  WebhookDeliveryStatus,
  WebhookEndpointStatus,
  WebhookEventType,
} from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { Pager } from '../organisation/pager';
import { DELETE_FORM, ENDPOINT_FORM, ROTATE_FORM } from './forms';

interface EndpointSummary {
  id: string;
  url: string;
  description: string;
  eventTypes: WebhookEventType[];
  status: WebhookEndpointStatus;
  disabledAt?: string | null;
  disabledReason?: string | null;
  consecutiveFailures: number;
  createdAt: string;
}

interface Attempt {
  attemptedAt: string;
  statusCode?: number | null;
  latencyMs: number;
  responseExcerpt?: string | null;
  error?: string | null;
}

interface Delivery {
  id: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  createdAt: string;
  finishedAt?: string | null;
  log: Attempt[];
}

type Result = (FormResult & { secret?: string; endpointId?: string; confirmDelete?: boolean }) | undefined;

const eventKey = (type: WebhookEventType) => `webhooks.event.${type}` as MessageKey;

function EndpointStatus({ status }: { status: WebhookEndpointStatus }) {
  const { t } = useI18n();
  return (
    <span className="status">
      {status === 'ACTIVE' ? <CheckIcon /> : <AlertIcon />} {t(`webhooks.status.${status}`)}
    </span>
  );
}

function DeliveryStatus({ status }: { status: WebhookDeliveryStatus }) {
  const { t } = useI18n();
  const Icon = status === 'SUCCEEDED' ? CheckIcon : status === 'FAILED' ? AlertIcon : ClockIcon;
  return (
    <span className="status">
      <Icon /> {t(`webhooks.delivery.${status}`)}
    </span>
  );
}

/** The new secret, once: copy it now, it is not shown again. */
function SecretNotice({ secret, notice }: { secret: string; notice?: string }) {
  const { t } = useI18n();
  return (
    <Notice kind="success">
      {notice ? <p>{notice}</p> : null}
      <p>{t('webhooks.secret.once')}</p>
      <p>
        <label htmlFor="webhook-secret" className="field-label">
          {t('webhooks.secret')}
        </label>
        <input
          id="webhook-secret"
          className="input webhook-secret"
          readOnly
          value={secret}
          spellCheck={false}
        />
      </p>
    </Notice>
  );
}

export function EndpointsPage({
  base,
  newPath,
  endpoints,
  totalCount,
  pageInfo,
  notice,
}: {
  base: string;
  /** The new-endpoint page. */
  newPath: string;
  endpoints: EndpointSummary[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  notice: string | null;
}) {
  const { t } = useI18n();
  return (
    <>
      {notice ? (
        <Notice kind="success">
          <p>{notice}</p>
        </Notice>
      ) : null}
      {endpoints.length > 0 ? (
        <>
          <p className="result-count">
            {totalCount === 1 ? t('webhooks.count.one') : t('webhooks.count', { count: totalCount })}
          </p>
          <table className="table table-cards">
            <caption className="visually-hidden">{t('webhooks.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.field.url')}</th>
                <th scope="col">{t('webhooks.field.eventTypes')}</th>
                <th scope="col">{t('webhooks.field.status')}</th>
                <th scope="col">{t('webhooks.field.createdAt')}</th>
              </tr>
            </thead>
            <tbody>
              {endpoints.map((endpoint) => (
                <tr key={endpoint.id}>
                  <th scope="row">
                    <Link to={`${base}/${endpoint.id}`} className="webhook-url">
                      {endpoint.url}
                    </Link>
                    {endpoint.description ? <div className="muted">{endpoint.description}</div> : null}
                  </th>
                  <td data-label={t('webhooks.field.eventTypes')}>
                    {endpoint.eventTypes.map((type) => t(eventKey(type))).join(', ')}
                  </td>
                  <td data-label={t('webhooks.field.status')}>
                    <EndpointStatus status={endpoint.status} />
                  </td>
                  <td data-label={t('webhooks.field.createdAt')}>
                    <DateTime value={endpoint.createdAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager totalCount={totalCount} endCursor={pageInfo.endCursor} hasNextPage={pageInfo.hasNextPage} />
        </>
      ) : (
        <EmptyState title={t('webhooks.none')}>
          <p>
            <Link to={newPath}>{t('webhooks.none.next')}</Link>
          </p>
        </EmptyState>
      )}
    </>
  );
}

function DateTime({ value }: { value: string }) {
  const { dateTime } = useI18n();
  return <time dateTime={value}>{dateTime(value)}</time>;
}

/** URL, description and event types: the new-endpoint form and the endpoint's settings. */
function EndpointForm({
  base,
  eventTypes,
  saved,
  result,
  submit,
  intent,
}: {
  base: string;
  eventTypes: readonly WebhookEventType[];
  saved: { url: string; description: string; eventTypes: string };
  result: Result;
  submit: string;
  intent?: string;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, ENDPOINT_FORM);
  const values = valuesOf(result, ENDPOINT_FORM, saved);
  const errors = (name: string) => errorsOf(result, ENDPOINT_FORM, name);
  const chosen = new Set(values.eventTypes ? values.eventTypes.split(',') : []);
  const typeErrors = errors('eventTypes');
  const typeErrorId = typeErrors.length > 0 ? `${ENDPOINT_FORM}-eventTypes-error` : undefined;
  return (
    <Form method="post" ref={ref} noValidate className="form">
      <ErrorSummary
        errors={result?.form === ENDPOINT_FORM ? result.errors : []}
        idPrefix={ENDPOINT_FORM}
        labels={{
          url: t('webhooks.field.url'),
          description: t('webhooks.field.description'),
          eventTypes: t('webhooks.field.eventTypes'),
        }}
      />
      <Field
        form={ENDPOINT_FORM}
        name="url"
        type="url"
        label={t('webhooks.field.url')}
        hint={t('webhooks.field.url.hint')}
        spellCheck={false}
        defaultValue={values.url}
        errors={errors('url')}
      />
      <Field
        form={ENDPOINT_FORM}
        name="description"
        label={t('webhooks.field.description')}
        hint={t('webhooks.field.description.hint')}
        defaultValue={values.description}
        errors={errors('description')}
        optional
      />
      <fieldset
        className={`fieldset${typeErrors.length > 0 ? ' field-invalid' : ''}`}
        aria-describedby={[`${ENDPOINT_FORM}-eventTypes-hint`, typeErrorId].filter(Boolean).join(' ')}
      >
        <legend>{t('webhooks.field.eventTypes')}</legend>
        <p id={`${ENDPOINT_FORM}-eventTypes-hint`} className="field-hint">
          {t('webhooks.field.eventTypes.hint')}
        </p>
        <FieldErrors id={typeErrorId} errors={typeErrors} />
        <div className="checkboxes">
          {eventTypes.map((type, index) => {
            const id = index === 0 ? `${ENDPOINT_FORM}-eventTypes` : `${ENDPOINT_FORM}-eventTypes-${type}`;
            return (
              <div className="checkbox" key={type}>
                <input
                  type="checkbox"
                  id={id}
                  name="eventTypes"
                  value={type}
                  defaultChecked={chosen.has(type)}
                  aria-invalid={typeErrors.length > 0 ? true : undefined}
                />
                <label htmlFor={id}>
                  {t(eventKey(type))} <code>{type.toLowerCase().replace('_', '.')}</code>
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy} name="intent" value={intent}>
          {submit}
        </button>
        <Link to={base}>{t('org.cancel')}</Link>
      </div>
    </Form>
  );
}

export function NewEndpointPage({
  base,
  eventTypes,
  result,
}: {
  base: string;
  eventTypes: readonly WebhookEventType[];
  result: Result;
}) {
  const { t } = useI18n();
  if (result?.ok && result.secret && result.endpointId)
    return (
      <section aria-labelledby="webhook-created-title">
        <h2 id="webhook-created-title">{t('webhooks.created.title')}</h2>
        <SecretNotice secret={result.secret} notice={result.notice} />
        <p>
          <Link to={`${base}/${result.endpointId}`} className="button button-primary">
            {t('webhooks.created.open')}
          </Link>
        </p>
      </section>
    );
  return (
    <section aria-labelledby="webhook-new-title">
      <h2 id="webhook-new-title">{t('webhooks.new')}</h2>
      <p>{t('webhooks.new.intro')}</p>
      <EndpointForm
        base={base}
        eventTypes={eventTypes}
        saved={{ url: 'https://', description: '', eventTypes: '' }}
        result={result}
        submit={t('webhooks.create')}
      />
    </section>
  );
}

export function EndpointPage({
  base,
  endpoint,
  eventTypes,
  deliveries,
  deliveriesTotal,
  deliveriesPageInfo,
  result,
}: {
  base: string;
  endpoint: EndpointSummary;
  eventTypes: readonly WebhookEventType[];
  deliveries: Delivery[];
  deliveriesTotal: number;
  deliveriesPageInfo: { hasNextPage: boolean; endCursor?: string | null };
  result: Result;
}) {
  const { t } = useI18n();
  const busy = useNavigation().state === 'submitting';
  const rotateErrors = errorsOf(result, ROTATE_FORM, 'keepPreviousHours');
  const rotateValues = valuesOf(result, ROTATE_FORM, { keepPreviousHours: '24' });
  return (
    <>
      <p className="back-link">
        <Link to={base}>
          <span aria-hidden="true">←</span> {t('webhooks.back')}
        </Link>
      </p>
      <h2 className="webhook-url">{endpoint.url}</h2>
      {endpoint.description ? <p className="lead">{endpoint.description}</p> : null}
      {result?.ok && result.notice && !result.secret ? (
        <Notice kind="success">
          <p>{result.notice}</p>
        </Notice>
      ) : null}
      {result?.ok && result.secret ? <SecretNotice secret={result.secret} notice={result.notice} /> : null}

      <section aria-labelledby="webhook-status-title" className="webhook-section">
        <h3 id="webhook-status-title">{t('webhooks.field.status')}</h3>
        <p>
          <EndpointStatus status={endpoint.status} />
          {endpoint.status === 'DISABLED' && endpoint.disabledReason ? (
            <>
              {' '}
              — {t('webhooks.disabledReason')}: {endpoint.disabledReason}
            </>
          ) : null}
        </p>
        <p className="muted">{t('webhooks.failures', { count: endpoint.consecutiveFailures })}</p>
        <Form method="post">
          {endpoint.status === 'ACTIVE' ? (
            <button
              type="submit"
              name="intent"
              value="disable"
              className="button button-secondary"
              disabled={busy}
            >
              {t('webhooks.disable')}
            </button>
          ) : (
            <button
              type="submit"
              name="intent"
              value="enable"
              className="button button-secondary"
              disabled={busy}
            >
              {t('webhooks.enable')}
            </button>
          )}
        </Form>
      </section>

      <section aria-labelledby="webhook-log-title" className="webhook-section">
        <h3 id="webhook-log-title">{t('webhooks.log')}</h3>
        <p>{t('webhooks.log.intro')}</p>
        {deliveries.length > 0 ? (
          <>
            <table className="table table-cards webhook-log">
              <caption className="visually-hidden">{t('webhooks.log')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('webhooks.log.createdAt')}</th>
                  <th scope="col">{t('webhooks.log.eventType')}</th>
                  <th scope="col">{t('webhooks.field.status')}</th>
                  <th scope="col">{t('webhooks.log.attempts')}</th>
                  <th scope="col">{t('webhooks.log.last')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('webhooks.replay')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {deliveries.map((delivery) => (
                  <DeliveryRow key={delivery.id} delivery={delivery} busy={busy} />
                ))}
              </tbody>
            </table>
            <Pager
              totalCount={deliveriesTotal}
              endCursor={deliveriesPageInfo.endCursor}
              hasNextPage={deliveriesPageInfo.hasNextPage}
            />
          </>
        ) : (
          <EmptyState title={t('webhooks.log.none')}>
            <p>{t('webhooks.log.none.next')}</p>
          </EmptyState>
        )}
      </section>

      <section aria-labelledby="webhook-edit-title" className="webhook-section">
        <h3 id="webhook-edit-title">{t('webhooks.edit')}</h3>
        <EndpointForm
          base={base}
          eventTypes={eventTypes}
          saved={{
            url: endpoint.url,
            description: endpoint.description,
            eventTypes: endpoint.eventTypes.join(','),
          }}
          result={result}
          submit={t('org.save')}
          intent="save"
        />
      </section>

      <section aria-labelledby="webhook-rotate-title" className="webhook-section">
        <h3 id="webhook-rotate-title">{t('webhooks.rotate')}</h3>
        <p>{t('webhooks.rotate.intro')}</p>
        <Form method="post" noValidate className="form">
          <Field
            form={ROTATE_FORM}
            name="keepPreviousHours"
            type="number"
            inputMode="numeric"
            min={0}
            max={168}
            label={t('webhooks.rotate.hours')}
            hint={t('webhooks.rotate.hours.hint')}
            defaultValue={rotateValues.keepPreviousHours}
            errors={rotateErrors}
          />
          <div className="form-actions">
            <button
              type="submit"
              name="intent"
              value="rotate"
              className="button button-secondary"
              disabled={busy}
            >
              {t('webhooks.rotate.submit')}
            </button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="webhook-delete-title" className="webhook-section">
        <h3 id="webhook-delete-title">{t('webhooks.delete')}</h3>
        {result?.form === DELETE_FORM && result.confirmDelete ? (
          <Notice kind="warning">
            <p>{t('webhooks.delete.confirm', { url: endpoint.url })}</p>
            <Form method="post" className="form-actions">
              <button
                type="submit"
                name="intent"
                value="delete"
                className="button button-primary"
                disabled={busy}
              >
                {t('webhooks.delete.yes')}
              </button>
              <Link to=".">{t('org.cancel')}</Link>
            </Form>
          </Notice>
        ) : (
          <>
            <p>{t('webhooks.delete.intro')}</p>
            <Form method="post">
              <button type="submit" name="intent" value="ask-delete" className="button button-secondary">
                {t('webhooks.delete')}
              </button>
            </Form>
          </>
        )}
      </section>
    </>
  );
}

function DeliveryRow({ delivery, busy }: { delivery: Delivery; busy: boolean }) {
  const { t } = useI18n();
  const last = delivery.log.at(-1);
  return (
    <tr>
      <th scope="row">
        <DateTime value={delivery.createdAt} />
      </th>
      <td data-label={t('webhooks.log.eventType')}>
        <code>{delivery.eventType}</code>
      </td>
      <td data-label={t('webhooks.field.status')}>
        <DeliveryStatus status={delivery.status} />
      </td>
      <td data-label={t('webhooks.log.attempts')}>{delivery.attempts}</td>
      <td data-label={t('webhooks.log.last')}>
        {last ? (
          <details>
            <summary>
              {last.statusCode != null ? `HTTP ${last.statusCode}` : t('webhooks.log.noAnswer')} ·{' '}
              {t('webhooks.log.latency', { ms: last.latencyMs })}
            </summary>
            <ol className="webhook-attempts">
              {delivery.log.map((attempt) => (
                <li key={attempt.attemptedAt}>
                  <DateTime value={attempt.attemptedAt} /> —{' '}
                  {attempt.statusCode != null ? `HTTP ${attempt.statusCode}` : t('webhooks.log.noAnswer')} ·{' '}
                  {t('webhooks.log.latency', { ms: attempt.latencyMs })}
                  {attempt.error ? <div>{attempt.error}</div> : null}
                  {attempt.responseExcerpt ? (
                    <>
                      <span className="visually-hidden">{t('webhooks.log.excerpt')}:</span>
                      <pre className="webhook-excerpt">{attempt.responseExcerpt}</pre>
                    </>
                  ) : null}
                </li>
              ))}
            </ol>
          </details>
        ) : (
          <span className="muted">{t('webhooks.log.notYet')}</span>
        )}
      </td>
      <td>
        {delivery.status === 'PENDING' ? null : (
          <Form method="post">
            <input type="hidden" name="deliveryId" value={delivery.id} />
            <button
              type="submit"
              name="intent"
              value="replay"
              className="button button-secondary button-small"
              disabled={busy}
              aria-label={t('webhooks.replay.label', { type: delivery.eventType })}
            >
              {t('webhooks.replay')}
            </button>
          </Form>
        )}
      </td>
    </tr>
  );
}
