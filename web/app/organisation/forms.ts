// Names of the forms of Mijn organisatie (FormResult.form), shared by actions and components.
export const CONTACT_FORM = 'contact';
export const RESEND_FORM = 'resend';
export const INVITE_FORM = 'invite';
