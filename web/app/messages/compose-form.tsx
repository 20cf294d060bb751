// The form that writes a message (a reply, or a new message with its own fields before the text): the
// text, the attachments, the Contactdetails and 'Verzenden', at the top and at the bottom (the manual
// sends 'bovenaan'; the bottom one follows the contacts) — two buttons of one form, the same intent. Its working state (contacts, attachments)
// is one hidden field, so the action sees the same thing with or without JavaScript. A client key made
// when the form is shown travels with every send, so a double click or a resent form is one message.
// The API's errors point at their fields (summary above, focus to the first), the typed text stays.
import { Form, useNavigation } from '@remix-run/react';
import { type ReactNode, useEffect, useReducer, useRef, useState } from 'react';
import { AttachmentsField, SendActions, SendButton } from '../attachments/attachments-field';
import { REMOVE_INTENT, type UploadedFile } from '../attachments/uploaded-file';
import { ErrorSummary } from '../components/error-summary';
import { TextareaField } from '../components/field';
import { PrivacyDialog } from '../components/privacy-dialog';
import { DefaultSubmit } from '../forms/default-submit';
import { errorsOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { useI18n } from '../i18n/i18n';
import { useHydrated } from '../use-hydrated';
import {
  type ComposeIntent,
  type ComposeResult,
  type ComposeState,
  type ContactField,
  type ContactSource,
  contactFieldName,
  contactRowName,
  initialState,
  reduce,
  setContactField,
  withDraftContacts,
} from './compose-state';
import { ContactsPanel, displayName } from './contacts-panel';

type Action =
  | { type: 'intent'; intent: ComposeIntent }
  | { type: 'field'; key: string; field: ContactField | 'standard'; value: string | boolean }
  | { type: 'uploaded'; file: UploadedFile }
  | { type: 'replace'; state: ComposeState };

function makeReducer(form: string) {
  return (state: ComposeState, action: Action): ComposeState => {
    switch (action.type) {
      case 'intent':
        return reduce(state, action.intent, form);
      case 'field':
        return setContactField(state, action.key, action.field, action.value);
      case 'uploaded':
        return { ...state, attachments: [...state.attachments, action.file], focus: null };
      case 'replace':
        return action.state;
    }
  };
}

export interface ComposeFormProps {
  form: 'reply' | 'new';
  /** The contacts the message starts with (the thread's, or the theme's for a new message). */
  contacts: ContactSource[];
  /** Changes when the starting contacts change (another theme chosen). */
  contactsKey: string;
  clientKey: string;
  result: ComposeResult | undefined;
  isAdmin: boolean;
  headingLevel: 2 | 3;
  /** Fields before the text (theme, title), given the values to show again. */
  before?: (values: Record<string, string>) => ReactNode;
  /** Hidden fields that go with every post (e.g. the team picked in 'Hulp nodig?'). */
  hidden?: Record<string, string>;
  /** Labels of the fields `before` adds, for the error summary. */
  labels?: Record<string, string>;
  bodyLabel: string;
  bodyDefault?: string;
  cancel?: ReactNode;
}

export function ComposeForm(props: ComposeFormProps) {
  const { form, result, contacts, contactsKey } = props;
  const { t } = useI18n();
  const hydrated = useHydrated();
  const ref = useRef<HTMLFormElement>(null);
  const navigation = useNavigation();
  const own = result?.form === form ? result : undefined;
  const [state, dispatch] = useReducer(
    makeReducer(form),
    undefined,
    () => own?.state ?? initialState(contacts),
  );
  const [uploading, setUploading] = useState(false);
  const [version, setVersion] = useState(0);

  // A new answer of the action: its state is the form's from now on (rows in error open). Taken over
  // while rendering, so the focus can go to a field in such a row in the same commit.
  const [seen, setSeen] = useState(own);
  if (own !== seen) {
    setSeen(own);
    if (own) {
      dispatch({ type: 'replace', state: own.state });
      setVersion((v) => v + 1);
    }
  }

  // Another theme chosen (with JavaScript): its contacts, keeping the ones added here.
  const [startKey, setStartKey] = useState(contactsKey);
  if (startKey !== contactsKey) {
    setStartKey(contactsKey);
    dispatch({ type: 'replace', state: withDraftContacts(state, contacts) });
  }

  // After a change made in place, the focus goes where the change says (a row just opened, ...).
  useEffect(() => {
    if (!state.focus) return;
    document.getElementById(state.focus)?.focus();
  }, [state.focus]);

  useFocusFirstError(ref, own, form);

  const sending =
    navigation.state === 'submitting' &&
    navigation.formData?.get('form') === form &&
    String(navigation.formData.get('intent') ?? '').startsWith('send');
  const values = { ...(own?.values ?? {}) };
  // Made once when the form is shown (the loader's, so pages without JavaScript have it too); kept while
  // the form stays, whatever the page reloads live.
  const [initialKey] = useState(props.clientKey);
  const clientKey = values.clientKey || initialKey;

  const labels: Record<string, string> = {
    ...props.labels,
    body: props.bodyLabel,
    files: t('msg.compose.attachments'),
    contacts: t('msg.contacts.title'),
  };
  for (const contact of state.contacts) {
    const name = displayName(t, contact);
    labels[contactRowName(contact.key)] = t('msg.contacts.errorLabel', { name });
    for (const [field, label] of [
      ['firstName', 'msg.contacts.firstName'],
      ['lastName', 'msg.contacts.lastName'],
      ['email', 'msg.contacts.email'],
      ['phone', 'msg.contacts.phone'],
    ] as const)
      labels[contactFieldName(contact.key, field)] =
        `${t('msg.contacts.errorLabel', { name })} – ${t(label)}`;
  }

  const onIntent = hydrated ? (intent: ComposeIntent) => dispatch({ type: 'intent', intent }) : undefined;
  const serialized = JSON.stringify({
    contacts: state.contacts,
    editing: state.editing,
    attachments: state.attachments,
    seq: state.seq,
  });

  return (
    <Form
      method="post"
      encType="multipart/form-data"
      ref={ref}
      noValidate
      className="form compose-form"
      id={`${form}-form`}
    >
      {/* Enter in a text field sends (the fields being edited go along). */}
      <DefaultSubmit name="intent" value="send" label={t('msg.compose.send')} />
      <ErrorSummary errors={own?.errors ?? []} idPrefix={form} labels={labels} />
      <PrivacyDialog
        key={version}
        form={form}
        warnings={own?.privacyWarnings ?? []}
        question={t('msg.privacy.question')}
        busy={sending}
      />
      <input type="hidden" name="form" value={form} />
      <input type="hidden" name="clientKey" value={clientKey} />
      <input type="hidden" name="state" value={serialized} />
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="form-actions compose-send-top">
        <SendButton
          form={form}
          label={t(sending ? 'msg.compose.sending' : 'msg.compose.send')}
          busy={sending}
          uploading={uploading}
        />
      </div>
      {props.before?.(values)}
      <TextareaField
        form={form}
        name="body"
        label={props.bodyLabel}
        rows={8}
        defaultValue={values.body ?? props.bodyDefault ?? ''}
        errors={errorsOf(own, form, 'body')}
      />
      <AttachmentsField
        form={form}
        attachments={state.attachments}
        result={own}
        hydrated={hydrated}
        onRemove={onIntent ? (id) => onIntent({ type: REMOVE_INTENT, id }) : undefined}
        onUploaded={(file) => dispatch({ type: 'uploaded', file })}
        onBusy={setUploading}
      />
      <ContactsPanel
        form={form}
        state={state}
        result={own}
        isAdmin={props.isAdmin}
        headingLevel={props.headingLevel}
        onIntent={onIntent}
        onField={(key, field, value) => dispatch({ type: 'field', key, field, value })}
        autoFocusId={hydrated ? null : (own?.state.focus ?? null)}
      />
      <SendActions
        form={form}
        label={t(sending ? 'msg.compose.sending' : 'msg.compose.send')}
        busy={sending}
        uploading={uploading}
      >
        {props.cancel}
      </SendActions>
    </Form>
  );
}
