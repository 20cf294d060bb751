// Names of the forms of Mijn organisatie (FormResult.form), shared by actions and components.
export const CONTACT_FORM = 'contact';
export const RESEND_FORM = 'resend';
export const INVITE_FORM = 'invite';
export const USER_INVITE_FORM = 'user-invite';
export const USER_ROLE_FORM = 'user-role';
export const USER_DEACTIVATE_FORM = 'user-deactivate';
