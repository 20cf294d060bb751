// Contactdetails: who of the organisation is told when the department answers this message. Add one
// (for this message only, or as a standard contact of the theme), change one with the pencil, remove
// one for this message with the cross (and put it back). Nothing is saved until 'Verzenden'. Every
// button is a submit button with an `intent`, so the panel works without JavaScript (the action applies
// it and answers with the new state); with JavaScript the same buttons change the state in place.
import type { MouseEvent } from 'react';
import { EmailAddress } from '../components/email-address';
import { Field, FieldErrors } from '../components/field';
import { CheckIcon, ClockIcon, CrossIcon, PencilIcon, PlusIcon, UndoIcon } from '../components/icons';
import { Notice } from '../components/notice';
import { errorsOf, type FormResult } from '../forms/form-result';
import { type I18n, useI18n } from '../i18n/i18n';
import {
  type ComposeIntent,
  type ComposeState,
  type ContactDraft,
  type ContactField,
  contactFieldName,
  contactRowName,
  intentValue,
  isEdited,
} from './compose-state';
import { fullName } from './format';

interface PanelProps {
  form: string;
  state: ComposeState;
  result: FormResult | undefined;
  /** ADMINs may change standard contacts (the contacts page's rule). */
  isAdmin: boolean;
  headingLevel: 2 | 3;
  /** With JavaScript: apply a button in place (without, the button posts). */
  onIntent?: (intent: ComposeIntent) => void;
  onField?: (key: string, field: ContactField | 'standard', value: string | boolean) => void;
  /** Without JavaScript: the id to give the focus to after the step that was just posted. */
  autoFocusId?: string | null;
}

function IntentButton({
  intent,
  onIntent,
  className,
  label,
  children,
  id,
}: {
  intent: ComposeIntent;
  onIntent?: (intent: ComposeIntent) => void;
  className: string;
  label?: string;
  children: React.ReactNode;
  id?: string;
}) {
  const click = (event: MouseEvent<HTMLButtonElement>) => {
    if (!onIntent) return;
    event.preventDefault();
    onIntent(intent);
  };
  return (
    <button
      type="submit"
      name="intent"
      value={intentValue(intent)}
      className={className}
      aria-label={label}
      onClick={click}
      id={id}
    >
      {children}
    </button>
  );
}

export function displayName(t: I18n['t'], contact: ContactDraft): string {
  const name = fullName(contact);
  return name || contact.email.trim() || t('msg.contacts.newName');
}

function ContactEditor({ contact, props }: { contact: ContactDraft; props: PanelProps }) {
  const { t } = useI18n();
  const { form, result, onField, onIntent, autoFocusId } = props;
  const isNew = contact.id === null;
  const legendId = `${form}-${contactRowName(contact.key)}-legend`;
  const input = (field: ContactField) => {
    const name = contactFieldName(contact.key, field);
    return {
      form,
      name,
      errors: errorsOf(result, form, name),
      value: contact[field],
      onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
        onField?.(contact.key, field, event.target.value),
      onKeyDown: (event: React.KeyboardEvent<HTMLInputElement>) => {
        // Enter finishes this contact rather than sending the message.
        if (event.key === 'Enter' && onIntent) {
          event.preventDefault();
          onIntent({ type: 'contact-done', key: contact.key });
        }
      },
      autoFocus: autoFocusId === `${form}-${name}`,
    };
  };
  const standardId = `${form}-${contactFieldName(contact.key, 'standard')}`;
  return (
    <fieldset className="contact-edit" aria-labelledby={legendId}>
      <legend id={legendId}>
        {isNew
          ? t('msg.contacts.addTitle')
          : t('msg.contacts.editTitle', { name: fullName(contact.original ?? contact) })}
      </legend>
      <div className="field-row">
        <Field {...input('firstName')} label={t('msg.contacts.firstName')} autoComplete="off" />
        <Field {...input('lastName')} label={t('msg.contacts.lastName')} autoComplete="off" />
      </div>
      <div className="field-row">
        <Field
          {...input('email')}
          type="email"
          label={t('msg.contacts.email')}
          autoComplete="off"
          spellCheck={false}
        />
        <Field {...input('phone')} type="tel" label={t('msg.contacts.phone')} optional autoComplete="off" />
      </div>
      {isNew ? (
        <div className="checkbox">
          <input
            type="checkbox"
            id={standardId}
            name={contactFieldName(contact.key, 'standard')}
            checked={contact.standard}
            onChange={(event) => onField?.(contact.key, 'standard', event.target.checked)}
            aria-describedby={`${standardId}-hint`}
          />
          <div>
            <label htmlFor={standardId}>{t('msg.contacts.standard.label')}</label>
            <p className="field-hint" id={`${standardId}-hint`}>
              {t('msg.contacts.standard.hint')}
            </p>
          </div>
        </div>
      ) : null}
      <div className="form-actions">
        <IntentButton
          intent={{ type: 'contact-done', key: contact.key }}
          onIntent={onIntent}
          className="button button-secondary button-small"
        >
          {t(isNew ? 'msg.contacts.addDone' : 'msg.contacts.editDone')}
        </IntentButton>
        <IntentButton
          intent={{ type: 'contact-cancel', key: contact.key }}
          onIntent={onIntent}
          className="button-link link-button"
        >
          {t('msg.contacts.cancel')}
        </IntentButton>
      </div>
    </fieldset>
  );
}

function ContactCard({ contact, props }: { contact: ContactDraft; props: PanelProps }) {
  const { t } = useI18n();
  const { form, onIntent, isAdmin, result } = props;
  const name = displayName(t, contact);
  const rowErrors = errorsOf(result, form, contactRowName(contact.key));
  const editable = contact.id === null || !contact.standard || isAdmin;
  return (
    <>
      <div className="contact-main">
        <p className="contact-name">
          {contact.removed ? <del>{name}</del> : name}
          {contact.id === null ? <span className="tag">{t('msg.contacts.tag.new')}</span> : null}
          {isEdited(contact) && !contact.removed ? (
            <span className="tag">{t('msg.contacts.tag.edited')}</span>
          ) : null}
        </p>
        {contact.removed ? (
          <p className="contact-detail">{t('msg.contacts.removed')}</p>
        ) : (
          <>
            <p className="contact-detail">
              <span className="visually-hidden">{t('msg.contacts.email')}: </span>
              <EmailAddress address={contact.email} />
              {contact.phone ? (
                <>
                  {' · '}
                  <span className="visually-hidden">{t('msg.contacts.phone')}: </span>
                  {contact.phone}
                </>
              ) : null}
            </p>
            <p className="contact-detail">
              {t(contact.standard ? 'msg.contacts.kind.standard' : 'msg.contacts.kind.oneOff')}
              {' · '}
              {contact.standard && !contact.confirmed ? (
                <span className="status status-waiting">
                  <ClockIcon />
                  {t('msg.contacts.status.unconfirmed')}
                </span>
              ) : (
                <span className="status status-ok">
                  <CheckIcon />
                  {t('msg.contacts.status.notified')}
                </span>
              )}
            </p>
          </>
        )}
        <FieldErrors id={`${form}-${contactRowName(contact.key)}-error`} errors={rowErrors} />
      </div>
      <div className="contact-actions">
        {contact.removed ? (
          <IntentButton
            intent={{ type: 'contact-restore', key: contact.key }}
            onIntent={onIntent}
            className="button button-secondary button-small"
            label={t('msg.contacts.restore.label', { name })}
          >
            <UndoIcon />
            {t('msg.contacts.restore')}
          </IntentButton>
        ) : (
          <>
            {editable ? (
              <IntentButton
                intent={{ type: 'contact-edit', key: contact.key }}
                onIntent={onIntent}
                className="button button-secondary button-small icon-button"
                label={t('msg.contacts.edit.label', { name })}
              >
                <PencilIcon />
                <span className="icon-button-text">{t('msg.contacts.edit')}</span>
              </IntentButton>
            ) : null}
            <IntentButton
              intent={{ type: 'contact-remove', key: contact.key }}
              onIntent={onIntent}
              className="button button-secondary button-small icon-button"
              label={t('msg.contacts.remove.label', { name })}
            >
              <CrossIcon />
              <span className="icon-button-text">{t('msg.contacts.remove')}</span>
            </IntentButton>
          </>
        )}
      </div>
    </>
  );
}

export function ContactsPanel(props: PanelProps) {
  const { t } = useI18n();
  const { form, state, result, headingLevel, onIntent, isAdmin } = props;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const active = state.contacts.filter((c) => !c.removed);
  const panelErrors = errorsOf(result, form, 'contacts');
  const notified = active.filter((c) => !state.editing.includes(c.key) && (c.confirmed || !c.standard));
  return (
    <section className="contacts-panel" aria-labelledby={`${form}-contacts-title`}>
      <Heading id={`${form}-contacts-title`}>{t('msg.contacts.title')}</Heading>
      <p>{t('msg.contacts.intro')}</p>
      <p className="muted">{t('msg.contacts.access')}</p>
      {panelErrors.length > 0 ? (
        <FieldErrors id={`${form}-contacts-error`} errors={panelErrors} />
      ) : active.length === 0 ? (
        <Notice kind="warning" live={false}>
          <p>{t('msg.contacts.none')}</p>
        </Notice>
      ) : null}
      {notified.length > 0 ? (
        <p className="contacts-summary">
          {t('msg.contacts.summary', { names: notified.map((c) => displayName(t, c)).join(', ') })}
        </p>
      ) : null}
      {state.contacts.length > 0 ? (
        <ul className="contact-list">
          {state.contacts.map((contact) => (
            <li
              key={contact.key}
              id={`${form}-${contactRowName(contact.key)}`}
              tabIndex={-1}
              className={`contact-card${contact.removed ? ' contact-removed' : ''}`}
            >
              {state.editing.includes(contact.key) ? (
                <ContactEditor contact={contact} props={props} />
              ) : (
                <ContactCard contact={contact} props={props} />
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="form-actions">
        <IntentButton
          intent={{ type: 'contact-add' }}
          onIntent={onIntent}
          className="button button-secondary"
          id={`${form}-contacts`}
        >
          <PlusIcon />
          {t('msg.contacts.add')}
        </IntentButton>
      </div>
      <p className="field-hint">{t('msg.contacts.saveNote')}</p>
      {!isAdmin && active.some((c) => c.standard) ? (
        <p className="field-hint">{t('msg.contacts.adminOnly')}</p>
      ) : null}
    </section>
  );
}
