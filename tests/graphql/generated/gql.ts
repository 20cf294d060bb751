/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AccountsMe { me { email firstName roles organisation { name } } }": typeof types.AccountsMeDocument,
    "mutation AccountsLogout { logout }": typeof types.AccountsLogoutDocument,
    "mutation AccountsLogout2 { logout }": typeof types.AccountsLogout2Document,
    "query AccountsMySessions { mySessions { id current } }": typeof types.AccountsMySessionsDocument,
    "mutation AccountsRevokeSession($id: ID!) { revokeSession(id: $id) }": typeof types.AccountsRevokeSessionDocument,
    "mutation AccountsRevokeSession2($id: ID!) { revokeSession(id: $id) }": typeof types.AccountsRevokeSession2Document,
    "mutation AccountsRequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }": typeof types.AccountsRequestPasswordResetDocument,
    "mutation AccountsResetPassword($input: TokenPasswordInput!) { resetPassword(input: $input) { ok errors { field code message } } }": typeof types.AccountsResetPasswordDocument,
    "\n  mutation AccountsInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { user { id email status roles } errors { field code message } }\n  }\n": typeof types.AccountsInviteUserDocument,
    "\n  mutation AccountsAcceptInvitation($input: TokenPasswordInput!) {\n    acceptInvitation(input: $input) { token user { email status organisation { name } } errors { field code } }\n  }\n": typeof types.AccountsAcceptInvitationDocument,
    "mutation AccountsResendInvitation($id: ID!) { resendInvitation(userId: $id) { status } }": typeof types.AccountsResendInvitationDocument,
    "\n  mutation AccountsUpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { user { firstName email phone } errors { field code } }\n  }\n": typeof types.AccountsUpdateProfileDocument,
    "mutation AccountsConfirmEmailChange($token: String!) { confirmEmailChange(token: $token) { ok errors { code } } }": typeof types.AccountsConfirmEmailChangeDocument,
    "query AccountsMe2 { me { id } }": typeof types.AccountsMe2Document,
    "mutation AccountsSetUserRoles($input: SetUserRolesInput!) { setUserRoles(input: $input) { user { roles } errors { field code } } }": typeof types.AccountsSetUserRolesDocument,
    "query AccountsMe3 { me { email } }": typeof types.AccountsMe3Document,
    "\n        mutation FanoutSetLanguage {\n          setLanguage(language: en) { errors { code } }\n        }\n      ": typeof types.FanoutSetLanguageDocument,
    "\n      subscription FanoutReadAndLanguage {\n        messageAdded { title read theme { name } }\n      }\n    ": typeof types.FanoutReadAndLanguageDocument,
    "\n        subscription FanoutPersonalField {\n          messageAdded { title read }\n        }\n      ": typeof types.FanoutPersonalFieldDocument,
    "\n      subscription FanoutGroup {\n        messageAdded { title theme { name } author { lastName } }\n      }\n    ": typeof types.FanoutGroupDocument,
    "\n          mutation FanoutResendInvitation($id: ID!) {\n            resendInvitation(userId: $id) { id }\n          }\n        ": typeof types.FanoutResendInvitationDocument,
    "\n      mutation FanoutSetUserRoles($input: SetUserRolesInput!) {\n        setUserRoles(input: $input) { errors { code } }\n      }\n    ": typeof types.FanoutSetUserRolesDocument,
    "\n          query FanoutMe {\n            me { email }\n          }\n        ": typeof types.FanoutMeDocument,
    "\n        mutation FanoutLogout {\n          logout\n        }\n      ": typeof types.FanoutLogoutDocument,
    "\n          query FanoutThemes {\n            themes { code name team { nameNl } }\n          }\n        ": typeof types.FanoutThemesDocument,
    "\n          query FanoutHandlers {\n            teams { handlers { email firstName } }\n          }\n        ": typeof types.FanoutHandlersDocument,
    "\n  fragment ContactsContactFields on ContactPerson {\n    id firstName lastName email phone language status confirmedAt hasAccess themes { id name }\n  }\n": typeof types.ContactsContactFieldsFragmentDoc,
    "\n  query ContactsContactPersons($organisationId: ID, $filter: ContactPersonFilter, $first: Int, $after: Cursor) {\n  contactPersons(organisationId: $organisationId, filter: $filter, first: $first, after: $after) {\n    totalCount edges { cursor node { ...ContactsContactFields } } pageInfo { hasNextPage endCursor }\n  }\n}\n": typeof types.ContactsContactPersonsDocument,
    "\n  mutation ContactsAddContactPerson($input: AddContactPersonInput!) {\n  addContactPerson(input: $input) { errors { field code message } contactPerson { ...ContactsContactFields } }\n}\n": typeof types.ContactsAddContactPersonDocument,
    "\n  mutation ContactsUpdateContactPerson($input: UpdateContactPersonInput!) {\n  updateContactPerson(input: $input) { errors { field code message } contactPerson { ...ContactsContactFields } }\n}\n": typeof types.ContactsUpdateContactPersonDocument,
    "mutation ContactsRemoveContactPerson($id: ID!) { removeContactPerson(id: $id) }": typeof types.ContactsRemoveContactPersonDocument,
    "\n  mutation ContactsResendContactConfirmation($id: ID!) {\n  resendContactConfirmation(id: $id) { errors { field code message } contactPerson { id status } }\n}\n": typeof types.ContactsResendContactConfirmationDocument,
    "\n  mutation ContactsInviteContactPerson($id: ID!, $roles: [Role!]!) {\n  inviteContactPerson(id: $id, roles: $roles) { errors { field code } user { email status roles } }\n}\n": typeof types.ContactsInviteContactPersonDocument,
    "\n  mutation ContactsConfirmContactPerson($token: String!) {\n  confirmContactPerson(token: $token) { status message organisationName themeNames }\n}\n": typeof types.ContactsConfirmContactPersonDocument,
    "query ContactsTasks { tasks { id kind awaitingConfirmation message theme { id code } } }": typeof types.ContactsTasksDocument,
    "subscription ContactsTasksChanged { tasksChanged { id awaitingConfirmation message theme { code } } }": typeof types.ContactsTasksChangedDocument,
    "query ContactsMe { me { email } }": typeof types.ContactsMeDocument,
    "query ContactsTasks2($o: ID) { tasks(organisationId: $o) { id } }": typeof types.ContactsTasks2Document,
    "query ContactsTasks3 { tasks { id } }": typeof types.ContactsTasks3Document,
    "query ContactsContactPerson($id: ID!) { contactPerson(id: $id) { email } }": typeof types.ContactsContactPersonDocument,
    "query ContactsTasks4($o: ID) { tasks(organisationId: $o) { id } }": typeof types.ContactsTasks4Document,
    "\n  mutation ContactsAdded($input: AddContactPersonInput!, $missing: ID!) {\n        added: addContactPerson(input: $input) { contactPerson { id } errors { code } }\n        removed: removeContactPerson(id: $missing)\n      }\n": typeof types.ContactsAddedDocument,
    "\n  mutation HelpdeskAsk($input: TechnicalQuestionInput!) {\n    askTechnicalHelpdesk(input: $input) { ok errors { field code } }\n  }\n": typeof types.HelpdeskAskDocument,
    "\n  query FlowThread($ref: String!) {\n    thread(referenceNumber: $ref) {\n      referenceNumber title unanswered messageCount\n      theme { code } team { nameNl } assignedHandler { email }\n      messages { direction body senderLabel attachments { id fileName contentType sizeBytes } }\n      contacts { id firstName lastName email standard confirmed }\n    }\n  }\n": typeof types.FlowThreadDocument,
    "\n  subscription FlowMessageAdded {\n    messageAdded { title direction referenceNumber }\n  }\n": typeof types.FlowMessageAddedDocument,
    "\n  subscription FlowMessageCountsChanged {\n    messageCountsChanged { unreadInbound }\n  }\n": typeof types.FlowMessageCountsChangedDocument,
    "\n  query FlowInbox {\n    messages(first: 5, filter: { direction: INBOUND }) {\n      totalCount edges { node { referenceNumber title read theme { name } author { lastName } } }\n    }\n  }\n": typeof types.FlowInboxDocument,
    "\n  query FlowReadState($ref: String!) {\n    thread(referenceNumber: $ref) { messages { read } }\n  }\n": typeof types.FlowReadStateDocument,
    "\n  mutation FlowMarkThreadRead($ref: String!) {\n    markThreadRead(referenceNumber: $ref) { id }\n  }\n": typeof types.FlowMarkThreadReadDocument,
    "\n  query FlowMessageCounts {\n    messageCounts { inbound outbound unreadInbound }\n  }\n": typeof types.FlowMessageCountsDocument,
    "\n  query FlowUnanswered($organisationId: ID!) {\n    staffInbox(first: 10, filter: { unanswered: true, organisationId: $organisationId }) {\n      edges { node { referenceNumber unanswered organisation { name } latestMessage { direction } } }\n    }\n  }\n": typeof types.FlowUnansweredDocument,
    "\n  query FlowMessage($id: ID!) {\n    message(id: $id) { id }\n  }\n": typeof types.FlowMessageDocument,
    "\n  query FlowMessageTotal {\n    messages(first: 1) { totalCount }\n  }\n": typeof types.FlowMessageTotalDocument,
    "\n    mutation FlowSendNew($input: SendMessageInput!) {\n      sendMessage(input: $input) {\n        message { id referenceNumber }\n        recipient { kind name }\n        errors { field code message }\n        privacyWarnings { kind field masked message }\n      }\n    }\n  ": typeof types.FlowSendNewDocument,
    "\n    query FlowContactPersons {\n      contactPersons(first: 50) { edges { node { email status themes { code } } } }\n    }\n  ": typeof types.FlowContactPersonsDocument,
    "\n        query FlowTeams {\n          teams { id nameNl handlers { id lastName } }\n        }\n      ": typeof types.FlowTeamsDocument,
    "\n        query FlowDraftThreadContacts($t: ID!) {\n          draftThreadContacts(themeId: $t) { email standard }\n        }\n      ": typeof types.FlowDraftThreadContactsDocument,
    "\n    mutation FlowAssignThread($ref: String!, $h: ID) {\n      assignThread(referenceNumber: $ref, handlerId: $h) {\n        thread { assignedHandler { lastName } }\n        errors { field code }\n      }\n    }\n  ": typeof types.FlowAssignThreadDocument,
    "\n        query FlowTeamHandlers {\n          teams { nameNl handlers { id lastName } }\n        }\n      ": typeof types.FlowTeamHandlersDocument,
    "\n    query FlowStaffInbox($filter: StaffInboxFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n      staffInbox(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges { node { title team { nameNl } } }\n      }\n    }\n  ": typeof types.FlowStaffInboxDocument,
    "\n        query FlowMyTeams {\n          me { teams { nameNl } }\n        }\n      ": typeof types.FlowMyTeamsDocument,
    "\n        query FlowMessagesOfNoTheme {\n          messages(first: 5, filter: { themeId: \"abc\" }) { totalCount }\n        }\n      ": typeof types.FlowMessagesOfNoThemeDocument,
    "\n        query FlowStaffInboxOfNoTeam {\n          staffInbox(first: 5, filter: { teamId: \"x\" }) { totalCount }\n        }\n      ": typeof types.FlowStaffInboxOfNoTeamDocument,
    "\n        query FlowMessagesOfNoOrganisation {\n          messages(first: 5, organisationId: \"x\") { totalCount }\n        }\n      ": typeof types.FlowMessagesOfNoOrganisationDocument,
    "\n      query FlowMessagePage($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n        messages(first: $first, after: $after, last: $last, before: $before) {\n          pageInfo { startCursor endCursor hasNextPage hasPreviousPage }\n          edges { node { title } }\n        }\n      }\n    ": typeof types.FlowMessagePageDocument,
    "\n  query ListsMessages($filter: MessageFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    messages(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { node { id title referenceNumber direction read attachmentCount senderLabel theme { code } } }\n    }\n  }\n": typeof types.ListsMessagesDocument,
    "\n        mutation ListsMarkThreadRead($ref: String!) {\n          markThreadRead(referenceNumber: $ref) { id }\n        }\n      ": typeof types.ListsMarkThreadReadDocument,
    "\n      query ListsFullPage($first: Int) {\n        messages(first: $first) {\n          edges {\n            node {\n              title read theme { name } author { firstName } organisation { name }\n              attachments { fileName } thread { referenceNumber }\n            }\n          }\n        }\n      }\n    ": typeof types.ListsFullPageDocument,
    "\n  query ListsThreadTitles($ref: String!) {\n    thread(referenceNumber: $ref) { messages { title } }\n  }\n": typeof types.ListsThreadTitlesDocument,
    "\n  query ListsThreadAuthors($ref: String!) {\n    thread(referenceNumber: $ref) { messages { title read author { email } } }\n  }\n": typeof types.ListsThreadAuthorsDocument,
    "\n        subscription ListsMessageAddedOnTheme($themeId: ID!) {\n          messageAdded(themeId: $themeId) { title organisation { name } }\n        }\n      ": typeof types.ListsMessageAddedOnThemeDocument,
    "\n        query ListsTeams {\n          teams { id nameNl }\n        }\n      ": typeof types.ListsTeamsDocument,
    "\n        subscription ListsMessageAddedForTeam($teamId: ID!) {\n          messageAdded(teamId: $teamId) { title direction }\n        }\n      ": typeof types.ListsMessageAddedForTeamDocument,
    "\n  mutation OrganisationUpdate($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      errors { field code message }\n      organisation { id name externalNumber phone email websiteUrl }\n    }\n  }\n": typeof types.OrganisationUpdateDocument,
    "\n  query OrganisationHistory($id: ID!, $first: Int, $after: Cursor) {\n    organisationHistory(organisationId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id action entityType entityId createdAt actor { email firstName lastName }\n                     changes { field oldValue newValue } } }\n    }\n  }\n": typeof types.OrganisationHistoryDocument,
    "query OrganisationMine { myOrganisation { id phone } }": typeof types.OrganisationMineDocument,
    "query OrganisationName($id: ID!) { organisation(id: $id) { name } }": typeof types.OrganisationNameDocument,
    "\n        mutation OrganisationAddContact($input: AddContactPersonInput!) {\n          addContactPerson(input: $input) { errors { code } }\n        }\n      ": typeof types.OrganisationAddContactDocument,
    "mutation OrganisationConfirmContact($t: String!) { confirmContactPerson(token: $t) { status } }": typeof types.OrganisationConfirmContactDocument,
    "\n  mutation IncidentsCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { errors { code } ticket { id } }\n  }\n": typeof types.IncidentsCreateTicketDocument,
    "\n  mutation IncidentsLabel($ticketId: ID!, $labelIds: [ID!]!) {\n    setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) { errors { code } }\n  }\n": typeof types.IncidentsLabelDocument,
    "\n  query IncidentsCounts($from: Day!, $to: Day!) {\n    securityIncidentCounts(from: $from, to: $to) { organisationId organisationName year incidents noticeSentAt }\n  }\n": typeof types.IncidentsCountsDocument,
    "query RevocationMe { me { email } }": typeof types.RevocationMeDocument,
    "query RevocationMySessions { mySessions { id current } }": typeof types.RevocationMySessionsDocument,
    "subscription RevocationMySessionRevoked { mySessionRevoked }": typeof types.RevocationMySessionRevokedDocument,
    "mutation RevocationChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { ok errors { code } } }": typeof types.RevocationChangePasswordDocument,
    "mutation RevocationRequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }": typeof types.RevocationRequestPasswordResetDocument,
    "mutation RevocationResetPassword($input: TokenPasswordInput!) { resetPassword(input: $input) { ok } }": typeof types.RevocationResetPasswordDocument,
    "mutation IsolationRequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }": typeof types.IsolationRequestPasswordResetDocument,
    "mutation IsolationUpdateOrganisation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { errors { code } } }": typeof types.IsolationUpdateOrganisationDocument,
    "mutation IsolationLabelIncident($ticketId: ID!, $labelIds: [ID!]!) { setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) { errors { code } } }": typeof types.IsolationLabelIncidentDocument,
    "mutation IsolationLabelIncidentAgain($ticketId: ID!, $labelIds: [ID!]!) { setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) { errors { code } } }": typeof types.IsolationLabelIncidentAgainDocument,
    "query IsolationOrganisation($id: ID!) { organisation(id: $id) { id name } }": typeof types.IsolationOrganisationDocument,
    "query IsolationOrganisations { organisations(first: 10) { totalCount edges { node { name } } } }": typeof types.IsolationOrganisationsDocument,
    "query IsolationOrganisations2 { organisations(first: 10) { totalCount } }": typeof types.IsolationOrganisations2Document,
    "query IsolationMyOrganisation { myOrganisation { users { email } } }": typeof types.IsolationMyOrganisationDocument,
    "\n  query SettingsRead {\n    ticketSettings {\n      supportTypes { id code reactionMinutes resolutionMinutes alwaysOpen resolutionByPriority { priority minutes } }\n      queues { id code explanationNl autoResolveAfterDays }\n      calendar { id timeZone week { weekday opensAt closesAt } closingDays { id onDate everyYearOn nameNl } }\n      themes { id unreadReminderDays }\n    }\n  }\n": typeof types.SettingsReadDocument,
    "\n  mutation SettingsTargets($input: SupportTypeTargetsInput!) {\n    updateSupportTypeTargets(input: $input) {\n      errors { field code message }\n      settings { supportTypes { id reactionMinutes resolutionMinutes } }\n    }\n  }\n": typeof types.SettingsTargetsDocument,
    "\n  mutation SettingsQueue($input: QueueSettingsInput!) {\n    updateQueueSettings(input: $input) { errors { field code message } settings { queues { id autoResolveAfterDays } } }\n  }\n": typeof types.SettingsQueueDocument,
    "\n  mutation SettingsCalendar($input: CalendarInput!) {\n    updateBusinessCalendar(input: $input) { errors { field code message } settings { calendar { timeZone } } }\n  }\n": typeof types.SettingsCalendarDocument,
    "\n  mutation SettingsAddClosing($input: ClosingDayInput!) {\n    addClosingDay(input: $input) {\n      errors { field code message }\n      settings { calendar { closingDays { id onDate everyYearOn } } }\n    }\n  }\n": typeof types.SettingsAddClosingDocument,
    "\n  mutation SettingsRemoveClosing($id: ID!) { removeClosingDay(closingDayId: $id) { calendar { id } } }\n": typeof types.SettingsRemoveClosingDocument,
    "\n  mutation SettingsReminder($input: ThemeReminderInput!) {\n    updateThemeReminder(input: $input) { errors { field code } settings { themes { id unreadReminderDays } } }\n  }\n": typeof types.SettingsReminderDocument,
    "\n  mutation SettingsTicketPriority($input: UpdateTicketDetailsInput!) {\n    updateTicketDetails(input: $input) { errors { code } ticket { priority resolutionDueAt } }\n  }\n": typeof types.SettingsTicketPriorityDocument,
    "\n  query SettingsCustomerTicket($id: ID) { ticket(id: $id) { priority } }\n": typeof types.SettingsCustomerTicketDocument,
    "\n  mutation SettingsCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { errors { code } ticket { id firstResponseDueAt resolutionDueAt } }\n  }\n": typeof types.SettingsCreateTicketDocument,
    "\n  mutation TestLogin($input: LoginInput!) {\n    login(input: $input) { token errors { field code message } user { id email roles } }\n  }\n": typeof types.TestLoginDocument,
    "\n      mutation TestAddContactPerson($input: AddContactPersonInput!) {\n        addContactPerson(input: $input) { contactPerson { id } errors { field code } }\n      }\n    ": typeof types.TestAddContactPersonDocument,
    "\n      mutation TestConfirmContactPerson($t: String!) {\n        confirmContactPerson(token: $t) { status }\n      }\n    ": typeof types.TestConfirmContactPersonDocument,
    "\n  mutation TestSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id referenceNumber direction title }\n      recipient { kind name }\n      errors { field code message }\n      privacyWarnings { kind field masked message }\n    }\n  }\n": typeof types.TestSendMessageDocument,
    "\n  mutation TestReplyToThread($input: ReplyInput!) {\n    replyToThread(input: $input) {\n      message { id referenceNumber direction body }\n      recipient { kind name }\n      errors { field code message }\n      privacyWarnings { kind field masked message }\n    }\n  }\n": typeof types.TestReplyToThreadDocument,
    "\n  mutation TestSendMessageToOrganisation($input: StaffSendMessageInput!) {\n    sendMessageToOrganisation(input: $input) {\n      message { id referenceNumber direction title }\n      recipient { kind name }\n      errors { field code message }\n      privacyWarnings { kind }\n    }\n  }\n": typeof types.TestSendMessageToOrganisationDocument,
    "\n      query WorldThreadContacts($r: String!) {\n        thread(referenceNumber: $r) { contacts { id standard } }\n      }\n    ": typeof types.WorldThreadContactsDocument,
    "\n      query WorldSessions {\n        mySessions { id current }\n      }\n    ": typeof types.WorldSessionsDocument,
    "\n      mutation WorldCreateTicket($input: CreateTicketInput!) {\n        createTicket(input: $input) { errors { field code } privacyWarnings { kind } ticket { id number } }\n      }\n    ": typeof types.WorldCreateTicketDocument,
};
const documents: Documents = {
    "query AccountsMe { me { email firstName roles organisation { name } } }": types.AccountsMeDocument,
    "mutation AccountsLogout { logout }": types.AccountsLogoutDocument,
    "mutation AccountsLogout2 { logout }": types.AccountsLogout2Document,
    "query AccountsMySessions { mySessions { id current } }": types.AccountsMySessionsDocument,
    "mutation AccountsRevokeSession($id: ID!) { revokeSession(id: $id) }": types.AccountsRevokeSessionDocument,
    "mutation AccountsRevokeSession2($id: ID!) { revokeSession(id: $id) }": types.AccountsRevokeSession2Document,
    "mutation AccountsRequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }": types.AccountsRequestPasswordResetDocument,
    "mutation AccountsResetPassword($input: TokenPasswordInput!) { resetPassword(input: $input) { ok errors { field code message } } }": types.AccountsResetPasswordDocument,
    "\n  mutation AccountsInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { user { id email status roles } errors { field code message } }\n  }\n": types.AccountsInviteUserDocument,
    "\n  mutation AccountsAcceptInvitation($input: TokenPasswordInput!) {\n    acceptInvitation(input: $input) { token user { email status organisation { name } } errors { field code } }\n  }\n": types.AccountsAcceptInvitationDocument,
    "mutation AccountsResendInvitation($id: ID!) { resendInvitation(userId: $id) { status } }": types.AccountsResendInvitationDocument,
    "\n  mutation AccountsUpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { user { firstName email phone } errors { field code } }\n  }\n": types.AccountsUpdateProfileDocument,
    "mutation AccountsConfirmEmailChange($token: String!) { confirmEmailChange(token: $token) { ok errors { code } } }": types.AccountsConfirmEmailChangeDocument,
    "query AccountsMe2 { me { id } }": types.AccountsMe2Document,
    "mutation AccountsSetUserRoles($input: SetUserRolesInput!) { setUserRoles(input: $input) { user { roles } errors { field code } } }": types.AccountsSetUserRolesDocument,
    "query AccountsMe3 { me { email } }": types.AccountsMe3Document,
    "\n        mutation FanoutSetLanguage {\n          setLanguage(language: en) { errors { code } }\n        }\n      ": types.FanoutSetLanguageDocument,
    "\n      subscription FanoutReadAndLanguage {\n        messageAdded { title read theme { name } }\n      }\n    ": types.FanoutReadAndLanguageDocument,
    "\n        subscription FanoutPersonalField {\n          messageAdded { title read }\n        }\n      ": types.FanoutPersonalFieldDocument,
    "\n      subscription FanoutGroup {\n        messageAdded { title theme { name } author { lastName } }\n      }\n    ": types.FanoutGroupDocument,
    "\n          mutation FanoutResendInvitation($id: ID!) {\n            resendInvitation(userId: $id) { id }\n          }\n        ": types.FanoutResendInvitationDocument,
    "\n      mutation FanoutSetUserRoles($input: SetUserRolesInput!) {\n        setUserRoles(input: $input) { errors { code } }\n      }\n    ": types.FanoutSetUserRolesDocument,
    "\n          query FanoutMe {\n            me { email }\n          }\n        ": types.FanoutMeDocument,
    "\n        mutation FanoutLogout {\n          logout\n        }\n      ": types.FanoutLogoutDocument,
    "\n          query FanoutThemes {\n            themes { code name team { nameNl } }\n          }\n        ": types.FanoutThemesDocument,
    "\n          query FanoutHandlers {\n            teams { handlers { email firstName } }\n          }\n        ": types.FanoutHandlersDocument,
    "\n  fragment ContactsContactFields on ContactPerson {\n    id firstName lastName email phone language status confirmedAt hasAccess themes { id name }\n  }\n": types.ContactsContactFieldsFragmentDoc,
    "\n  query ContactsContactPersons($organisationId: ID, $filter: ContactPersonFilter, $first: Int, $after: Cursor) {\n  contactPersons(organisationId: $organisationId, filter: $filter, first: $first, after: $after) {\n    totalCount edges { cursor node { ...ContactsContactFields } } pageInfo { hasNextPage endCursor }\n  }\n}\n": types.ContactsContactPersonsDocument,
    "\n  mutation ContactsAddContactPerson($input: AddContactPersonInput!) {\n  addContactPerson(input: $input) { errors { field code message } contactPerson { ...ContactsContactFields } }\n}\n": types.ContactsAddContactPersonDocument,
    "\n  mutation ContactsUpdateContactPerson($input: UpdateContactPersonInput!) {\n  updateContactPerson(input: $input) { errors { field code message } contactPerson { ...ContactsContactFields } }\n}\n": types.ContactsUpdateContactPersonDocument,
    "mutation ContactsRemoveContactPerson($id: ID!) { removeContactPerson(id: $id) }": types.ContactsRemoveContactPersonDocument,
    "\n  mutation ContactsResendContactConfirmation($id: ID!) {\n  resendContactConfirmation(id: $id) { errors { field code message } contactPerson { id status } }\n}\n": types.ContactsResendContactConfirmationDocument,
    "\n  mutation ContactsInviteContactPerson($id: ID!, $roles: [Role!]!) {\n  inviteContactPerson(id: $id, roles: $roles) { errors { field code } user { email status roles } }\n}\n": types.ContactsInviteContactPersonDocument,
    "\n  mutation ContactsConfirmContactPerson($token: String!) {\n  confirmContactPerson(token: $token) { status message organisationName themeNames }\n}\n": types.ContactsConfirmContactPersonDocument,
    "query ContactsTasks { tasks { id kind awaitingConfirmation message theme { id code } } }": types.ContactsTasksDocument,
    "subscription ContactsTasksChanged { tasksChanged { id awaitingConfirmation message theme { code } } }": types.ContactsTasksChangedDocument,
    "query ContactsMe { me { email } }": types.ContactsMeDocument,
    "query ContactsTasks2($o: ID) { tasks(organisationId: $o) { id } }": types.ContactsTasks2Document,
    "query ContactsTasks3 { tasks { id } }": types.ContactsTasks3Document,
    "query ContactsContactPerson($id: ID!) { contactPerson(id: $id) { email } }": types.ContactsContactPersonDocument,
    "query ContactsTasks4($o: ID) { tasks(organisationId: $o) { id } }": types.ContactsTasks4Document,
    "\n  mutation ContactsAdded($input: AddContactPersonInput!, $missing: ID!) {\n        added: addContactPerson(input: $input) { contactPerson { id } errors { code } }\n        removed: removeContactPerson(id: $missing)\n      }\n": types.ContactsAddedDocument,
    "\n  mutation HelpdeskAsk($input: TechnicalQuestionInput!) {\n    askTechnicalHelpdesk(input: $input) { ok errors { field code } }\n  }\n": types.HelpdeskAskDocument,
    "\n  query FlowThread($ref: String!) {\n    thread(referenceNumber: $ref) {\n      referenceNumber title unanswered messageCount\n      theme { code } team { nameNl } assignedHandler { email }\n      messages { direction body senderLabel attachments { id fileName contentType sizeBytes } }\n      contacts { id firstName lastName email standard confirmed }\n    }\n  }\n": types.FlowThreadDocument,
    "\n  subscription FlowMessageAdded {\n    messageAdded { title direction referenceNumber }\n  }\n": types.FlowMessageAddedDocument,
    "\n  subscription FlowMessageCountsChanged {\n    messageCountsChanged { unreadInbound }\n  }\n": types.FlowMessageCountsChangedDocument,
    "\n  query FlowInbox {\n    messages(first: 5, filter: { direction: INBOUND }) {\n      totalCount edges { node { referenceNumber title read theme { name } author { lastName } } }\n    }\n  }\n": types.FlowInboxDocument,
    "\n  query FlowReadState($ref: String!) {\n    thread(referenceNumber: $ref) { messages { read } }\n  }\n": types.FlowReadStateDocument,
    "\n  mutation FlowMarkThreadRead($ref: String!) {\n    markThreadRead(referenceNumber: $ref) { id }\n  }\n": types.FlowMarkThreadReadDocument,
    "\n  query FlowMessageCounts {\n    messageCounts { inbound outbound unreadInbound }\n  }\n": types.FlowMessageCountsDocument,
    "\n  query FlowUnanswered($organisationId: ID!) {\n    staffInbox(first: 10, filter: { unanswered: true, organisationId: $organisationId }) {\n      edges { node { referenceNumber unanswered organisation { name } latestMessage { direction } } }\n    }\n  }\n": types.FlowUnansweredDocument,
    "\n  query FlowMessage($id: ID!) {\n    message(id: $id) { id }\n  }\n": types.FlowMessageDocument,
    "\n  query FlowMessageTotal {\n    messages(first: 1) { totalCount }\n  }\n": types.FlowMessageTotalDocument,
    "\n    mutation FlowSendNew($input: SendMessageInput!) {\n      sendMessage(input: $input) {\n        message { id referenceNumber }\n        recipient { kind name }\n        errors { field code message }\n        privacyWarnings { kind field masked message }\n      }\n    }\n  ": types.FlowSendNewDocument,
    "\n    query FlowContactPersons {\n      contactPersons(first: 50) { edges { node { email status themes { code } } } }\n    }\n  ": types.FlowContactPersonsDocument,
    "\n        query FlowTeams {\n          teams { id nameNl handlers { id lastName } }\n        }\n      ": types.FlowTeamsDocument,
    "\n        query FlowDraftThreadContacts($t: ID!) {\n          draftThreadContacts(themeId: $t) { email standard }\n        }\n      ": types.FlowDraftThreadContactsDocument,
    "\n    mutation FlowAssignThread($ref: String!, $h: ID) {\n      assignThread(referenceNumber: $ref, handlerId: $h) {\n        thread { assignedHandler { lastName } }\n        errors { field code }\n      }\n    }\n  ": types.FlowAssignThreadDocument,
    "\n        query FlowTeamHandlers {\n          teams { nameNl handlers { id lastName } }\n        }\n      ": types.FlowTeamHandlersDocument,
    "\n    query FlowStaffInbox($filter: StaffInboxFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n      staffInbox(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges { node { title team { nameNl } } }\n      }\n    }\n  ": types.FlowStaffInboxDocument,
    "\n        query FlowMyTeams {\n          me { teams { nameNl } }\n        }\n      ": types.FlowMyTeamsDocument,
    "\n        query FlowMessagesOfNoTheme {\n          messages(first: 5, filter: { themeId: \"abc\" }) { totalCount }\n        }\n      ": types.FlowMessagesOfNoThemeDocument,
    "\n        query FlowStaffInboxOfNoTeam {\n          staffInbox(first: 5, filter: { teamId: \"x\" }) { totalCount }\n        }\n      ": types.FlowStaffInboxOfNoTeamDocument,
    "\n        query FlowMessagesOfNoOrganisation {\n          messages(first: 5, organisationId: \"x\") { totalCount }\n        }\n      ": types.FlowMessagesOfNoOrganisationDocument,
    "\n      query FlowMessagePage($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n        messages(first: $first, after: $after, last: $last, before: $before) {\n          pageInfo { startCursor endCursor hasNextPage hasPreviousPage }\n          edges { node { title } }\n        }\n      }\n    ": types.FlowMessagePageDocument,
    "\n  query ListsMessages($filter: MessageFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    messages(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { node { id title referenceNumber direction read attachmentCount senderLabel theme { code } } }\n    }\n  }\n": types.ListsMessagesDocument,
    "\n        mutation ListsMarkThreadRead($ref: String!) {\n          markThreadRead(referenceNumber: $ref) { id }\n        }\n      ": types.ListsMarkThreadReadDocument,
    "\n      query ListsFullPage($first: Int) {\n        messages(first: $first) {\n          edges {\n            node {\n              title read theme { name } author { firstName } organisation { name }\n              attachments { fileName } thread { referenceNumber }\n            }\n          }\n        }\n      }\n    ": types.ListsFullPageDocument,
    "\n  query ListsThreadTitles($ref: String!) {\n    thread(referenceNumber: $ref) { messages { title } }\n  }\n": types.ListsThreadTitlesDocument,
    "\n  query ListsThreadAuthors($ref: String!) {\n    thread(referenceNumber: $ref) { messages { title read author { email } } }\n  }\n": types.ListsThreadAuthorsDocument,
    "\n        subscription ListsMessageAddedOnTheme($themeId: ID!) {\n          messageAdded(themeId: $themeId) { title organisation { name } }\n        }\n      ": types.ListsMessageAddedOnThemeDocument,
    "\n        query ListsTeams {\n          teams { id nameNl }\n        }\n      ": types.ListsTeamsDocument,
    "\n        subscription ListsMessageAddedForTeam($teamId: ID!) {\n          messageAdded(teamId: $teamId) { title direction }\n        }\n      ": types.ListsMessageAddedForTeamDocument,
    "\n  mutation OrganisationUpdate($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      errors { field code message }\n      organisation { id name externalNumber phone email websiteUrl }\n    }\n  }\n": types.OrganisationUpdateDocument,
    "\n  query OrganisationHistory($id: ID!, $first: Int, $after: Cursor) {\n    organisationHistory(organisationId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id action entityType entityId createdAt actor { email firstName lastName }\n                     changes { field oldValue newValue } } }\n    }\n  }\n": types.OrganisationHistoryDocument,
    "query OrganisationMine { myOrganisation { id phone } }": types.OrganisationMineDocument,
    "query OrganisationName($id: ID!) { organisation(id: $id) { name } }": types.OrganisationNameDocument,
    "\n        mutation OrganisationAddContact($input: AddContactPersonInput!) {\n          addContactPerson(input: $input) { errors { code } }\n        }\n      ": types.OrganisationAddContactDocument,
    "mutation OrganisationConfirmContact($t: String!) { confirmContactPerson(token: $t) { status } }": types.OrganisationConfirmContactDocument,
    "\n  mutation IncidentsCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { errors { code } ticket { id } }\n  }\n": types.IncidentsCreateTicketDocument,
    "\n  mutation IncidentsLabel($ticketId: ID!, $labelIds: [ID!]!) {\n    setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) { errors { code } }\n  }\n": types.IncidentsLabelDocument,
    "\n  query IncidentsCounts($from: Day!, $to: Day!) {\n    securityIncidentCounts(from: $from, to: $to) { organisationId organisationName year incidents noticeSentAt }\n  }\n": types.IncidentsCountsDocument,
    "query RevocationMe { me { email } }": types.RevocationMeDocument,
    "query RevocationMySessions { mySessions { id current } }": types.RevocationMySessionsDocument,
    "subscription RevocationMySessionRevoked { mySessionRevoked }": types.RevocationMySessionRevokedDocument,
    "mutation RevocationChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { ok errors { code } } }": types.RevocationChangePasswordDocument,
    "mutation RevocationRequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }": types.RevocationRequestPasswordResetDocument,
    "mutation RevocationResetPassword($input: TokenPasswordInput!) { resetPassword(input: $input) { ok } }": types.RevocationResetPasswordDocument,
    "mutation IsolationRequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }": types.IsolationRequestPasswordResetDocument,
    "mutation IsolationUpdateOrganisation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { errors { code } } }": types.IsolationUpdateOrganisationDocument,
    "mutation IsolationLabelIncident($ticketId: ID!, $labelIds: [ID!]!) { setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) { errors { code } } }": types.IsolationLabelIncidentDocument,
    "mutation IsolationLabelIncidentAgain($ticketId: ID!, $labelIds: [ID!]!) { setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) { errors { code } } }": types.IsolationLabelIncidentAgainDocument,
    "query IsolationOrganisation($id: ID!) { organisation(id: $id) { id name } }": types.IsolationOrganisationDocument,
    "query IsolationOrganisations { organisations(first: 10) { totalCount edges { node { name } } } }": types.IsolationOrganisationsDocument,
    "query IsolationOrganisations2 { organisations(first: 10) { totalCount } }": types.IsolationOrganisations2Document,
    "query IsolationMyOrganisation { myOrganisation { users { email } } }": types.IsolationMyOrganisationDocument,
    "\n  query SettingsRead {\n    ticketSettings {\n      supportTypes { id code reactionMinutes resolutionMinutes alwaysOpen resolutionByPriority { priority minutes } }\n      queues { id code explanationNl autoResolveAfterDays }\n      calendar { id timeZone week { weekday opensAt closesAt } closingDays { id onDate everyYearOn nameNl } }\n      themes { id unreadReminderDays }\n    }\n  }\n": types.SettingsReadDocument,
    "\n  mutation SettingsTargets($input: SupportTypeTargetsInput!) {\n    updateSupportTypeTargets(input: $input) {\n      errors { field code message }\n      settings { supportTypes { id reactionMinutes resolutionMinutes } }\n    }\n  }\n": types.SettingsTargetsDocument,
    "\n  mutation SettingsQueue($input: QueueSettingsInput!) {\n    updateQueueSettings(input: $input) { errors { field code message } settings { queues { id autoResolveAfterDays } } }\n  }\n": types.SettingsQueueDocument,
    "\n  mutation SettingsCalendar($input: CalendarInput!) {\n    updateBusinessCalendar(input: $input) { errors { field code message } settings { calendar { timeZone } } }\n  }\n": types.SettingsCalendarDocument,
    "\n  mutation SettingsAddClosing($input: ClosingDayInput!) {\n    addClosingDay(input: $input) {\n      errors { field code message }\n      settings { calendar { closingDays { id onDate everyYearOn } } }\n    }\n  }\n": types.SettingsAddClosingDocument,
    "\n  mutation SettingsRemoveClosing($id: ID!) { removeClosingDay(closingDayId: $id) { calendar { id } } }\n": types.SettingsRemoveClosingDocument,
    "\n  mutation SettingsReminder($input: ThemeReminderInput!) {\n    updateThemeReminder(input: $input) { errors { field code } settings { themes { id unreadReminderDays } } }\n  }\n": types.SettingsReminderDocument,
    "\n  mutation SettingsTicketPriority($input: UpdateTicketDetailsInput!) {\n    updateTicketDetails(input: $input) { errors { code } ticket { priority resolutionDueAt } }\n  }\n": types.SettingsTicketPriorityDocument,
    "\n  query SettingsCustomerTicket($id: ID) { ticket(id: $id) { priority } }\n": types.SettingsCustomerTicketDocument,
    "\n  mutation SettingsCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { errors { code } ticket { id firstResponseDueAt resolutionDueAt } }\n  }\n": types.SettingsCreateTicketDocument,
    "\n  mutation TestLogin($input: LoginInput!) {\n    login(input: $input) { token errors { field code message } user { id email roles } }\n  }\n": types.TestLoginDocument,
    "\n      mutation TestAddContactPerson($input: AddContactPersonInput!) {\n        addContactPerson(input: $input) { contactPerson { id } errors { field code } }\n      }\n    ": types.TestAddContactPersonDocument,
    "\n      mutation TestConfirmContactPerson($t: String!) {\n        confirmContactPerson(token: $t) { status }\n      }\n    ": types.TestConfirmContactPersonDocument,
    "\n  mutation TestSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id referenceNumber direction title }\n      recipient { kind name }\n      errors { field code message }\n      privacyWarnings { kind field masked message }\n    }\n  }\n": types.TestSendMessageDocument,
    "\n  mutation TestReplyToThread($input: ReplyInput!) {\n    replyToThread(input: $input) {\n      message { id referenceNumber direction body }\n      recipient { kind name }\n      errors { field code message }\n      privacyWarnings { kind field masked message }\n    }\n  }\n": types.TestReplyToThreadDocument,
    "\n  mutation TestSendMessageToOrganisation($input: StaffSendMessageInput!) {\n    sendMessageToOrganisation(input: $input) {\n      message { id referenceNumber direction title }\n      recipient { kind name }\n      errors { field code message }\n      privacyWarnings { kind }\n    }\n  }\n": types.TestSendMessageToOrganisationDocument,
    "\n      query WorldThreadContacts($r: String!) {\n        thread(referenceNumber: $r) { contacts { id standard } }\n      }\n    ": types.WorldThreadContactsDocument,
    "\n      query WorldSessions {\n        mySessions { id current }\n      }\n    ": types.WorldSessionsDocument,
    "\n      mutation WorldCreateTicket($input: CreateTicketInput!) {\n        createTicket(input: $input) { errors { field code } privacyWarnings { kind } ticket { id number } }\n      }\n    ": types.WorldCreateTicketDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsMe { me { email firstName roles organisation { name } } }"): typeof import('./graphql.js').AccountsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsLogout { logout }"): typeof import('./graphql.js').AccountsLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsLogout2 { logout }"): typeof import('./graphql.js').AccountsLogout2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsMySessions { mySessions { id current } }"): typeof import('./graphql.js').AccountsMySessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsRevokeSession($id: ID!) { revokeSession(id: $id) }"): typeof import('./graphql.js').AccountsRevokeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsRevokeSession2($id: ID!) { revokeSession(id: $id) }"): typeof import('./graphql.js').AccountsRevokeSession2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsRequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }"): typeof import('./graphql.js').AccountsRequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsResetPassword($input: TokenPasswordInput!) { resetPassword(input: $input) { ok errors { field code message } } }"): typeof import('./graphql.js').AccountsResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { user { id email status roles } errors { field code message } }\n  }\n"): typeof import('./graphql.js').AccountsInviteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsAcceptInvitation($input: TokenPasswordInput!) {\n    acceptInvitation(input: $input) { token user { email status organisation { name } } errors { field code } }\n  }\n"): typeof import('./graphql.js').AccountsAcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsResendInvitation($id: ID!) { resendInvitation(userId: $id) { status } }"): typeof import('./graphql.js').AccountsResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsUpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { user { firstName email phone } errors { field code } }\n  }\n"): typeof import('./graphql.js').AccountsUpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsConfirmEmailChange($token: String!) { confirmEmailChange(token: $token) { ok errors { code } } }"): typeof import('./graphql.js').AccountsConfirmEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsMe2 { me { id } }"): typeof import('./graphql.js').AccountsMe2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsSetUserRoles($input: SetUserRolesInput!) { setUserRoles(input: $input) { user { roles } errors { field code } } }"): typeof import('./graphql.js').AccountsSetUserRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsMe3 { me { email } }"): typeof import('./graphql.js').AccountsMe3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FanoutSetLanguage {\n          setLanguage(language: en) { errors { code } }\n        }\n      "): typeof import('./graphql.js').FanoutSetLanguageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      subscription FanoutReadAndLanguage {\n        messageAdded { title read theme { name } }\n      }\n    "): typeof import('./graphql.js').FanoutReadAndLanguageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription FanoutPersonalField {\n          messageAdded { title read }\n        }\n      "): typeof import('./graphql.js').FanoutPersonalFieldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      subscription FanoutGroup {\n        messageAdded { title theme { name } author { lastName } }\n      }\n    "): typeof import('./graphql.js').FanoutGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation FanoutResendInvitation($id: ID!) {\n            resendInvitation(userId: $id) { id }\n          }\n        "): typeof import('./graphql.js').FanoutResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation FanoutSetUserRoles($input: SetUserRolesInput!) {\n        setUserRoles(input: $input) { errors { code } }\n      }\n    "): typeof import('./graphql.js').FanoutSetUserRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query FanoutMe {\n            me { email }\n          }\n        "): typeof import('./graphql.js').FanoutMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FanoutLogout {\n          logout\n        }\n      "): typeof import('./graphql.js').FanoutLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query FanoutThemes {\n            themes { code name team { nameNl } }\n          }\n        "): typeof import('./graphql.js').FanoutThemesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query FanoutHandlers {\n            teams { handlers { email firstName } }\n          }\n        "): typeof import('./graphql.js').FanoutHandlersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactsContactFields on ContactPerson {\n    id firstName lastName email phone language status confirmedAt hasAccess themes { id name }\n  }\n"): typeof import('./graphql.js').ContactsContactFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsContactPersons($organisationId: ID, $filter: ContactPersonFilter, $first: Int, $after: Cursor) {\n  contactPersons(organisationId: $organisationId, filter: $filter, first: $first, after: $after) {\n    totalCount edges { cursor node { ...ContactsContactFields } } pageInfo { hasNextPage endCursor }\n  }\n}\n"): typeof import('./graphql.js').ContactsContactPersonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsAddContactPerson($input: AddContactPersonInput!) {\n  addContactPerson(input: $input) { errors { field code message } contactPerson { ...ContactsContactFields } }\n}\n"): typeof import('./graphql.js').ContactsAddContactPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsUpdateContactPerson($input: UpdateContactPersonInput!) {\n  updateContactPerson(input: $input) { errors { field code message } contactPerson { ...ContactsContactFields } }\n}\n"): typeof import('./graphql.js').ContactsUpdateContactPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContactsRemoveContactPerson($id: ID!) { removeContactPerson(id: $id) }"): typeof import('./graphql.js').ContactsRemoveContactPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsResendContactConfirmation($id: ID!) {\n  resendContactConfirmation(id: $id) { errors { field code message } contactPerson { id status } }\n}\n"): typeof import('./graphql.js').ContactsResendContactConfirmationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsInviteContactPerson($id: ID!, $roles: [Role!]!) {\n  inviteContactPerson(id: $id, roles: $roles) { errors { field code } user { email status roles } }\n}\n"): typeof import('./graphql.js').ContactsInviteContactPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsConfirmContactPerson($token: String!) {\n  confirmContactPerson(token: $token) { status message organisationName themeNames }\n}\n"): typeof import('./graphql.js').ContactsConfirmContactPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsTasks { tasks { id kind awaitingConfirmation message theme { id code } } }"): typeof import('./graphql.js').ContactsTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ContactsTasksChanged { tasksChanged { id awaitingConfirmation message theme { code } } }"): typeof import('./graphql.js').ContactsTasksChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsMe { me { email } }"): typeof import('./graphql.js').ContactsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsTasks2($o: ID) { tasks(organisationId: $o) { id } }"): typeof import('./graphql.js').ContactsTasks2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsTasks3 { tasks { id } }"): typeof import('./graphql.js').ContactsTasks3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsContactPerson($id: ID!) { contactPerson(id: $id) { email } }"): typeof import('./graphql.js').ContactsContactPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsTasks4($o: ID) { tasks(organisationId: $o) { id } }"): typeof import('./graphql.js').ContactsTasks4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactsAdded($input: AddContactPersonInput!, $missing: ID!) {\n        added: addContactPerson(input: $input) { contactPerson { id } errors { code } }\n        removed: removeContactPerson(id: $missing)\n      }\n"): typeof import('./graphql.js').ContactsAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelpdeskAsk($input: TechnicalQuestionInput!) {\n    askTechnicalHelpdesk(input: $input) { ok errors { field code } }\n  }\n"): typeof import('./graphql.js').HelpdeskAskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlowThread($ref: String!) {\n    thread(referenceNumber: $ref) {\n      referenceNumber title unanswered messageCount\n      theme { code } team { nameNl } assignedHandler { email }\n      messages { direction body senderLabel attachments { id fileName contentType sizeBytes } }\n      contacts { id firstName lastName email standard confirmed }\n    }\n  }\n"): typeof import('./graphql.js').FlowThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FlowMessageAdded {\n    messageAdded { title direction referenceNumber }\n  }\n"): typeof import('./graphql.js').FlowMessageAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FlowMessageCountsChanged {\n    messageCountsChanged { unreadInbound }\n  }\n"): typeof import('./graphql.js').FlowMessageCountsChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlowInbox {\n    messages(first: 5, filter: { direction: INBOUND }) {\n      totalCount edges { node { referenceNumber title read theme { name } author { lastName } } }\n    }\n  }\n"): typeof import('./graphql.js').FlowInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlowReadState($ref: String!) {\n    thread(referenceNumber: $ref) { messages { read } }\n  }\n"): typeof import('./graphql.js').FlowReadStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlowMarkThreadRead($ref: String!) {\n    markThreadRead(referenceNumber: $ref) { id }\n  }\n"): typeof import('./graphql.js').FlowMarkThreadReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlowMessageCounts {\n    messageCounts { inbound outbound unreadInbound }\n  }\n"): typeof import('./graphql.js').FlowMessageCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlowUnanswered($organisationId: ID!) {\n    staffInbox(first: 10, filter: { unanswered: true, organisationId: $organisationId }) {\n      edges { node { referenceNumber unanswered organisation { name } latestMessage { direction } } }\n    }\n  }\n"): typeof import('./graphql.js').FlowUnansweredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlowMessage($id: ID!) {\n    message(id: $id) { id }\n  }\n"): typeof import('./graphql.js').FlowMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlowMessageTotal {\n    messages(first: 1) { totalCount }\n  }\n"): typeof import('./graphql.js').FlowMessageTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation FlowSendNew($input: SendMessageInput!) {\n      sendMessage(input: $input) {\n        message { id referenceNumber }\n        recipient { kind name }\n        errors { field code message }\n        privacyWarnings { kind field masked message }\n      }\n    }\n  "): typeof import('./graphql.js').FlowSendNewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query FlowContactPersons {\n      contactPersons(first: 50) { edges { node { email status themes { code } } } }\n    }\n  "): typeof import('./graphql.js').FlowContactPersonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FlowTeams {\n          teams { id nameNl handlers { id lastName } }\n        }\n      "): typeof import('./graphql.js').FlowTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FlowDraftThreadContacts($t: ID!) {\n          draftThreadContacts(themeId: $t) { email standard }\n        }\n      "): typeof import('./graphql.js').FlowDraftThreadContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation FlowAssignThread($ref: String!, $h: ID) {\n      assignThread(referenceNumber: $ref, handlerId: $h) {\n        thread { assignedHandler { lastName } }\n        errors { field code }\n      }\n    }\n  "): typeof import('./graphql.js').FlowAssignThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FlowTeamHandlers {\n          teams { nameNl handlers { id lastName } }\n        }\n      "): typeof import('./graphql.js').FlowTeamHandlersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query FlowStaffInbox($filter: StaffInboxFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n      staffInbox(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges { node { title team { nameNl } } }\n      }\n    }\n  "): typeof import('./graphql.js').FlowStaffInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FlowMyTeams {\n          me { teams { nameNl } }\n        }\n      "): typeof import('./graphql.js').FlowMyTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FlowMessagesOfNoTheme {\n          messages(first: 5, filter: { themeId: \"abc\" }) { totalCount }\n        }\n      "): typeof import('./graphql.js').FlowMessagesOfNoThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FlowStaffInboxOfNoTeam {\n          staffInbox(first: 5, filter: { teamId: \"x\" }) { totalCount }\n        }\n      "): typeof import('./graphql.js').FlowStaffInboxOfNoTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FlowMessagesOfNoOrganisation {\n          messages(first: 5, organisationId: \"x\") { totalCount }\n        }\n      "): typeof import('./graphql.js').FlowMessagesOfNoOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query FlowMessagePage($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n        messages(first: $first, after: $after, last: $last, before: $before) {\n          pageInfo { startCursor endCursor hasNextPage hasPreviousPage }\n          edges { node { title } }\n        }\n      }\n    "): typeof import('./graphql.js').FlowMessagePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListsMessages($filter: MessageFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    messages(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { node { id title referenceNumber direction read attachmentCount senderLabel theme { code } } }\n    }\n  }\n"): typeof import('./graphql.js').ListsMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ListsMarkThreadRead($ref: String!) {\n          markThreadRead(referenceNumber: $ref) { id }\n        }\n      "): typeof import('./graphql.js').ListsMarkThreadReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ListsFullPage($first: Int) {\n        messages(first: $first) {\n          edges {\n            node {\n              title read theme { name } author { firstName } organisation { name }\n              attachments { fileName } thread { referenceNumber }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql.js').ListsFullPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListsThreadTitles($ref: String!) {\n    thread(referenceNumber: $ref) { messages { title } }\n  }\n"): typeof import('./graphql.js').ListsThreadTitlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListsThreadAuthors($ref: String!) {\n    thread(referenceNumber: $ref) { messages { title read author { email } } }\n  }\n"): typeof import('./graphql.js').ListsThreadAuthorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription ListsMessageAddedOnTheme($themeId: ID!) {\n          messageAdded(themeId: $themeId) { title organisation { name } }\n        }\n      "): typeof import('./graphql.js').ListsMessageAddedOnThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ListsTeams {\n          teams { id nameNl }\n        }\n      "): typeof import('./graphql.js').ListsTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription ListsMessageAddedForTeam($teamId: ID!) {\n          messageAdded(teamId: $teamId) { title direction }\n        }\n      "): typeof import('./graphql.js').ListsMessageAddedForTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganisationUpdate($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      errors { field code message }\n      organisation { id name externalNumber phone email websiteUrl }\n    }\n  }\n"): typeof import('./graphql.js').OrganisationUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationHistory($id: ID!, $first: Int, $after: Cursor) {\n    organisationHistory(organisationId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id action entityType entityId createdAt actor { email firstName lastName }\n                     changes { field oldValue newValue } } }\n    }\n  }\n"): typeof import('./graphql.js').OrganisationHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganisationMine { myOrganisation { id phone } }"): typeof import('./graphql.js').OrganisationMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganisationName($id: ID!) { organisation(id: $id) { name } }"): typeof import('./graphql.js').OrganisationNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation OrganisationAddContact($input: AddContactPersonInput!) {\n          addContactPerson(input: $input) { errors { code } }\n        }\n      "): typeof import('./graphql.js').OrganisationAddContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrganisationConfirmContact($t: String!) { confirmContactPerson(token: $t) { status } }"): typeof import('./graphql.js').OrganisationConfirmContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncidentsCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { errors { code } ticket { id } }\n  }\n"): typeof import('./graphql.js').IncidentsCreateTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncidentsLabel($ticketId: ID!, $labelIds: [ID!]!) {\n    setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) { errors { code } }\n  }\n"): typeof import('./graphql.js').IncidentsLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentsCounts($from: Day!, $to: Day!) {\n    securityIncidentCounts(from: $from, to: $to) { organisationId organisationName year incidents noticeSentAt }\n  }\n"): typeof import('./graphql.js').IncidentsCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RevocationMe { me { email } }"): typeof import('./graphql.js').RevocationMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RevocationMySessions { mySessions { id current } }"): typeof import('./graphql.js').RevocationMySessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription RevocationMySessionRevoked { mySessionRevoked }"): typeof import('./graphql.js').RevocationMySessionRevokedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevocationChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { ok errors { code } } }"): typeof import('./graphql.js').RevocationChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevocationRequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }"): typeof import('./graphql.js').RevocationRequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevocationResetPassword($input: TokenPasswordInput!) { resetPassword(input: $input) { ok } }"): typeof import('./graphql.js').RevocationResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IsolationRequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }"): typeof import('./graphql.js').IsolationRequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IsolationUpdateOrganisation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { errors { code } } }"): typeof import('./graphql.js').IsolationUpdateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IsolationLabelIncident($ticketId: ID!, $labelIds: [ID!]!) { setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) { errors { code } } }"): typeof import('./graphql.js').IsolationLabelIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IsolationLabelIncidentAgain($ticketId: ID!, $labelIds: [ID!]!) { setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) { errors { code } } }"): typeof import('./graphql.js').IsolationLabelIncidentAgainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IsolationOrganisation($id: ID!) { organisation(id: $id) { id name } }"): typeof import('./graphql.js').IsolationOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IsolationOrganisations { organisations(first: 10) { totalCount edges { node { name } } } }"): typeof import('./graphql.js').IsolationOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IsolationOrganisations2 { organisations(first: 10) { totalCount } }"): typeof import('./graphql.js').IsolationOrganisations2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IsolationMyOrganisation { myOrganisation { users { email } } }"): typeof import('./graphql.js').IsolationMyOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsRead {\n    ticketSettings {\n      supportTypes { id code reactionMinutes resolutionMinutes alwaysOpen resolutionByPriority { priority minutes } }\n      queues { id code explanationNl autoResolveAfterDays }\n      calendar { id timeZone week { weekday opensAt closesAt } closingDays { id onDate everyYearOn nameNl } }\n      themes { id unreadReminderDays }\n    }\n  }\n"): typeof import('./graphql.js').SettingsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsTargets($input: SupportTypeTargetsInput!) {\n    updateSupportTypeTargets(input: $input) {\n      errors { field code message }\n      settings { supportTypes { id reactionMinutes resolutionMinutes } }\n    }\n  }\n"): typeof import('./graphql.js').SettingsTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsQueue($input: QueueSettingsInput!) {\n    updateQueueSettings(input: $input) { errors { field code message } settings { queues { id autoResolveAfterDays } } }\n  }\n"): typeof import('./graphql.js').SettingsQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsCalendar($input: CalendarInput!) {\n    updateBusinessCalendar(input: $input) { errors { field code message } settings { calendar { timeZone } } }\n  }\n"): typeof import('./graphql.js').SettingsCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsAddClosing($input: ClosingDayInput!) {\n    addClosingDay(input: $input) {\n      errors { field code message }\n      settings { calendar { closingDays { id onDate everyYearOn } } }\n    }\n  }\n"): typeof import('./graphql.js').SettingsAddClosingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsRemoveClosing($id: ID!) { removeClosingDay(closingDayId: $id) { calendar { id } } }\n"): typeof import('./graphql.js').SettingsRemoveClosingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsReminder($input: ThemeReminderInput!) {\n    updateThemeReminder(input: $input) { errors { field code } settings { themes { id unreadReminderDays } } }\n  }\n"): typeof import('./graphql.js').SettingsReminderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsTicketPriority($input: UpdateTicketDetailsInput!) {\n    updateTicketDetails(input: $input) { errors { code } ticket { priority resolutionDueAt } }\n  }\n"): typeof import('./graphql.js').SettingsTicketPriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsCustomerTicket($id: ID) { ticket(id: $id) { priority } }\n"): typeof import('./graphql.js').SettingsCustomerTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { errors { code } ticket { id firstResponseDueAt resolutionDueAt } }\n  }\n"): typeof import('./graphql.js').SettingsCreateTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestLogin($input: LoginInput!) {\n    login(input: $input) { token errors { field code message } user { id email roles } }\n  }\n"): typeof import('./graphql.js').TestLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation TestAddContactPerson($input: AddContactPersonInput!) {\n        addContactPerson(input: $input) { contactPerson { id } errors { field code } }\n      }\n    "): typeof import('./graphql.js').TestAddContactPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation TestConfirmContactPerson($t: String!) {\n        confirmContactPerson(token: $t) { status }\n      }\n    "): typeof import('./graphql.js').TestConfirmContactPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id referenceNumber direction title }\n      recipient { kind name }\n      errors { field code message }\n      privacyWarnings { kind field masked message }\n    }\n  }\n"): typeof import('./graphql.js').TestSendMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestReplyToThread($input: ReplyInput!) {\n    replyToThread(input: $input) {\n      message { id referenceNumber direction body }\n      recipient { kind name }\n      errors { field code message }\n      privacyWarnings { kind field masked message }\n    }\n  }\n"): typeof import('./graphql.js').TestReplyToThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSendMessageToOrganisation($input: StaffSendMessageInput!) {\n    sendMessageToOrganisation(input: $input) {\n      message { id referenceNumber direction title }\n      recipient { kind name }\n      errors { field code message }\n      privacyWarnings { kind }\n    }\n  }\n"): typeof import('./graphql.js').TestSendMessageToOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query WorldThreadContacts($r: String!) {\n        thread(referenceNumber: $r) { contacts { id standard } }\n      }\n    "): typeof import('./graphql.js').WorldThreadContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query WorldSessions {\n        mySessions { id current }\n      }\n    "): typeof import('./graphql.js').WorldSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation WorldCreateTicket($input: CreateTicketInput!) {\n        createTicket(input: $input) { errors { field code } privacyWarnings { kind } ticket { id number } }\n      }\n    "): typeof import('./graphql.js').WorldCreateTicketDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
