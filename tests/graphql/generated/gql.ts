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
    "\n  mutation RetentionE2eTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { errors { code } ticket { id number } }\n  }\n": typeof types.RetentionE2eTicketDocument,
    "query E2eThemeIds { themes { id code } }": typeof types.E2eThemeIdsDocument,
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
    "mutation AccountsChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { roles } errors { field code } } }": typeof types.AccountsChangeUserRoleDocument,
    "query AccountsMe3 { me { email } }": typeof types.AccountsMe3Document,
    "\n  mutation AdministrationCreate($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      errors { field code message }\n      organisation { id name enterpriseNumber recognitionNumber email deactivatedAt themes { id } }\n    }\n  }\n": typeof types.AdministrationCreateDocument,
    "\n  mutation AdministrationInviteAdmin($input: InviteOrganisationAdminInput!) {\n    inviteOrganisationAdmin(input: $input) { errors { field code } user { id email roles status } }\n  }\n": typeof types.AdministrationInviteAdminDocument,
    "\n  mutation AdministrationAccept($input: TokenPasswordInput!) {\n    acceptInvitation(input: $input) { token errors { field code } }\n  }\n": typeof types.AdministrationAcceptDocument,
    "\n  mutation AdministrationDeactivate($id: ID!) { deactivateOrganisation(id: $id) { id deactivatedAt } }\n": typeof types.AdministrationDeactivateDocument,
    "\n  mutation AdministrationReactivate($id: ID!) { reactivateOrganisation(id: $id) { id deactivatedAt } }\n": typeof types.AdministrationReactivateDocument,
    "\n  mutation AdministrationUpdate($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      errors { field code }\n      organisation { enterpriseNumber recognitionNumber themes { id } }\n    }\n  }\n": typeof types.AdministrationUpdateDocument,
    "query AdministrationMe { me { email roles } }": typeof types.AdministrationMeDocument,
    "\n  query AdministrationHistory($kind: AdminHistoryKind, $first: Int, $after: Cursor) {\n    adminHistory(kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { action entityType entityId actor { email } organisation { name }\n        changes { field oldValue newValue } } }\n    }\n  }\n": typeof types.AdministrationHistoryDocument,
    "mutation AdministrationLogin($input: LoginInput!) { login(input: $input) { token errors { code } } }": typeof types.AdministrationLoginDocument,
    "\n    mutation AdministrationMoveTheme($themeId: ID!, $teamId: ID!) {\n      moveTheme(themeId: $themeId, teamId: $teamId) { errors { field code } theme { id team { id } } }\n    }\n  ": typeof types.AdministrationMoveThemeDocument,
    "\n    mutation AdministrationMoveThreads($themeId: ID!) { moveOpenThreads(themeId: $themeId) { moved } }\n  ": typeof types.AdministrationMoveThreadsDocument,
    "\n        mutation FanoutSetLanguage {\n          setLanguage(language: en) { errors { code } }\n        }\n      ": typeof types.FanoutSetLanguageDocument,
    "\n      subscription FanoutReadAndLanguage {\n        messageAdded { title read theme { name } }\n      }\n    ": typeof types.FanoutReadAndLanguageDocument,
    "\n        subscription FanoutPersonalField {\n          messageAdded { title read }\n        }\n      ": typeof types.FanoutPersonalFieldDocument,
    "\n      subscription FanoutGroup {\n        messageAdded { title theme { name } author { lastName } }\n      }\n    ": typeof types.FanoutGroupDocument,
    "\n          mutation FanoutResendInvitation($id: ID!) {\n            resendInvitation(userId: $id) { id }\n          }\n        ": typeof types.FanoutResendInvitationDocument,
    "\n      mutation FanoutChangeUserRole($input: ChangeUserRoleInput!) {\n        changeUserRole(input: $input) { errors { code } }\n      }\n    ": typeof types.FanoutChangeUserRoleDocument,
    "\n          query FanoutMe {\n            me { email }\n          }\n        ": typeof types.FanoutMeDocument,
    "\n        mutation FanoutLogout {\n          logout\n        }\n      ": typeof types.FanoutLogoutDocument,
    "\n          query FanoutThemes {\n            themes { code name team { nameNl } }\n          }\n        ": typeof types.FanoutThemesDocument,
    "\n          query FanoutHandlers {\n            teams { handlers { email firstName } }\n          }\n        ": typeof types.FanoutHandlersDocument,
    "\n  mutation AbandonSetAvailable($available: Boolean!) { setChatAgentAvailable(available: $available) }\n": typeof types.AbandonSetAvailableDocument,
    "\n  mutation AbandonStart($input: StartChatInput!) {\n    startChat(input: $input) { errors { field code } chat { id status } }\n  }\n": typeof types.AbandonStartDocument,
    "\n  mutation AbandonTake($chatId: ID!) { takeChat(chatId: $chatId) { errors { code } chat { id status } } }\n": typeof types.AbandonTakeDocument,
    "\n  mutation AbandonSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) { errors { field code } chat { id } }\n  }\n": typeof types.AbandonSendDocument,
    "\n  mutation AbandonEnd($input: EndChatInput!) {\n    endChat(input: $input) { errors { code } chat { id status ticketNumber endReason } }\n  }\n": typeof types.AbandonEndDocument,
    "\n  subscription AbandonUpdated($id: ID!) { chatUpdated(id: $id) { id status endReason ticketNumber } }\n": typeof types.AbandonUpdatedDocument,
    "\n  query AbandonTicket($number: String!) {\n    ticket(number: $number) { channel status subject entries { kind body byStaff } }\n  }\n": typeof types.AbandonTicketDocument,
    "\n  query ChatAvailability { chatAvailability { open agentsAvailable offered opensAt } }\n": typeof types.ChatAvailabilityDocument,
    "\n  mutation ChatSetAvailable($available: Boolean!) { setChatAgentAvailable(available: $available) }\n": typeof types.ChatSetAvailableDocument,
    "\n  mutation ChatStart($input: StartChatInput!) {\n    startChat(input: $input) { errors { field code message } chat { id status subject } }\n  }\n": typeof types.ChatStartDocument,
    "\n  mutation ChatTake($chatId: ID!) { takeChat(chatId: $chatId) { errors { code } chat { id status agentName } } }\n": typeof types.ChatTakeDocument,
    "\n  mutation ChatSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) { errors { field code message } chat { id } }\n  }\n": typeof types.ChatSendDocument,
    "\n  mutation ChatEnd($input: EndChatInput!) {\n    endChat(input: $input) { errors { field code message } chat { id status ticketNumber } }\n  }\n": typeof types.ChatEndDocument,
    "\n  query ChatRunning { runningChat { id status messages { body byStaff mine } } }\n": typeof types.ChatRunningDocument,
    "query ChatOne($id: ID!) { chat(id: $id) { id status } }": typeof types.ChatOneDocument,
    "\n  subscription ChatUpdated($id: ID!) { chatUpdated(id: $id) { id status messages { body byStaff mine } } }\n": typeof types.ChatUpdatedDocument,
    "\n  subscription ChatQueue { staffChatsChanged { id status subject customer { email } organisation { name } } }\n": typeof types.ChatQueueDocument,
    "\n  query ChatTicket($number: String!) {\n    ticket(number: $number) { channel status subject entries { kind body byStaff } }\n  }\n": typeof types.ChatTicketDocument,
    "query ChatStaffList { staffChats { id } }": typeof types.ChatStaffListDocument,
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
    "\n  mutation GdprRequestExport($input: RequestPersonalDataExportInput!) {\n    requestPersonalDataExport(input: $input) { id status subjectKind subjectId downloadPath }\n  }\n": typeof types.GdprRequestExportDocument,
    "\n  query GdprMyExports { myPersonalDataExports { id status downloadedAt } }\n": typeof types.GdprMyExportsDocument,
    "\n  mutation GdprErase($input: PersonInput!) { erasePerson(input: $input) { ok errors { field code message } } }\n": typeof types.GdprEraseDocument,
    "\n  mutation GdprHold($input: SetLegalHoldInput!) { setLegalHold(input: $input) }\n": typeof types.GdprHoldDocument,
    "\n  mutation GdprRetention($input: SetRetentionPeriodInput!) {\n    setRetentionPeriod(input: $input) { ok errors { field code message } }\n  }\n": typeof types.GdprRetentionDocument,
    "\n  mutation GdprCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { errors { code } ticket { id number } }\n  }\n": typeof types.GdprCreateTicketDocument,
    "\n  query GdprMe { me { id firstName } }\n": typeof types.GdprMeDocument,
    "\n  query GdprPeople($search: String!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    privacyPeople(search: $search, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { node { kind id lastName erased } }\n    }\n  }\n": typeof types.GdprPeopleDocument,
    "\n  query GdprTicketRequester($id: ID!) { ticket(id: $id) { requester { id firstName lastName erased } } }\n": typeof types.GdprTicketRequesterDocument,
    "\n        mutation GdprSend($input: SendMessageInput!) { sendMessage(input: $input) { errors { code } message { id } } }\n      ": typeof types.GdprSendDocument,
    "\n  mutation HelpdeskAsk($input: TechnicalQuestionInput!) {\n    askTechnicalHelpdesk(input: $input) { ok errors { field code } }\n  }\n": typeof types.HelpdeskAskDocument,
    "\n  mutation KbSave($input: SaveKnowledgeItemInput!) {\n    saveKnowledgeItem(input: $input) {\n      errors { field code message }\n      item { id slug status title bodyHtml publishedAt }\n    }\n  }\n": typeof types.KbSaveDocument,
    "\n  query KbArticle($slug: String!) {\n    knowledgeArticle(slug: $slug) { id title bodyHtml status tags category }\n  }\n": typeof types.KbArticleDocument,
    "\n  query KbArticles($first: Int, $after: Cursor, $drafts: Boolean) {\n    knowledgeArticles(first: $first, after: $after, drafts: $drafts) {\n      edges { node { slug status } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.KbArticlesDocument,
    "\n  query KbSearch($query: String!, $first: Int, $after: Cursor) {\n    searchKnowledgeBase(query: $query, first: $first, after: $after) {\n      edges { node { rank item { id slug title } snippet { text match } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.KbSearchDocument,
    "\n  mutation KbOpenOutage($input: OpenOutageInput!) {\n    openOutage(input: $input) { errors { field code } outage { id status title updates { status message } } }\n  }\n": typeof types.KbOpenOutageDocument,
    "\n  mutation KbUpdateOutage($input: UpdateOutageInput!) {\n    updateOutage(input: $input) { errors { field code } outage { id status endedAt updates { status } } }\n  }\n": typeof types.KbUpdateOutageDocument,
    "\n  query KbOpenOutages { openOutages { id title service status } }\n": typeof types.KbOpenOutagesDocument,
    "\n  subscription KbOutagesLive { openOutagesChanged { id title status } }\n": typeof types.KbOutagesLiveDocument,
    "\n  query KbNewsPage($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    newsItems(first: $first, after: $after, last: $last, before: $before, drafts: true) {\n      edges { node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.KbNewsPageDocument,
    "\n  query KbOutagesPage($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    outages(first: $first, after: $after, last: $last, before: $before) {\n      edges { node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.KbOutagesPageDocument,
    "\n  mutation KbDeflect($input: RecordDeflectionInput!) {\n    recordTicketDeflection(input: $input) { recorded errors { field code } }\n  }\n": typeof types.KbDeflectDocument,
    "\n  query KbReport($since: DateTimeISO) { ticketDeflectionReport(since: $since) { suggestionsShown ticketsAvoided ticketsAfterSuggestions } }\n": typeof types.KbReportDocument,
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
    "\n  query OrgUsersList($first: Int, $after: Cursor, $status: UserStatus) {\n    organisationUsers(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id email lastName status tenantRole } }\n    }\n  }\n": typeof types.OrgUsersListDocument,
    "\n  mutation OrgUsersChangeRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) { user { id roles tenantRole } errors { field code message } }\n  }\n": typeof types.OrgUsersChangeRoleDocument,
    "\n  mutation OrgUsersDeactivate($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) { user { id status } errors { field code message } }\n  }\n": typeof types.OrgUsersDeactivateDocument,
    "\n  mutation OrgUsersReactivate($id: ID!) {\n    reactivateUser(userId: $id) { user { id status } errors { field code } }\n  }\n": typeof types.OrgUsersReactivateDocument,
    "\n  mutation OrgUsersInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) { user { id status tenantRole } errors { field code } }\n  }\n": typeof types.OrgUsersInviteDocument,
    "mutation OrgUsersResend($id: ID!) { resendInvitation(userId: $id) { status } }": typeof types.OrgUsersResendDocument,
    "query OrgUsersMe { me { email roles } }": typeof types.OrgUsersMeDocument,
    "\n      mutation OrgUsersAccept($input: TokenPasswordInput!) { acceptInvitation(input: $input) { errors { code } } }\n    ": typeof types.OrgUsersAcceptDocument,
    "\n  mutation OrganisationUpdate($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      errors { field code message }\n      organisation { id name externalNumber phone email websiteUrl }\n    }\n  }\n": typeof types.OrganisationUpdateDocument,
    "\n  query OrganisationHistory($id: ID!, $first: Int, $after: Cursor) {\n    organisationHistory(organisationId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id action entityType entityId createdAt actor { email firstName lastName }\n                     changes { field oldValue newValue } } }\n    }\n  }\n": typeof types.OrganisationHistoryDocument,
    "query OrganisationMine { myOrganisation { id phone } }": typeof types.OrganisationMineDocument,
    "query OrganisationName($id: ID!) { organisation(id: $id) { name } }": typeof types.OrganisationNameDocument,
    "\n        mutation OrganisationAddContact($input: AddContactPersonInput!) {\n          addContactPerson(input: $input) { errors { code } }\n        }\n      ": typeof types.OrganisationAddContactDocument,
    "mutation OrganisationConfirmContact($t: String!) { confirmContactPerson(token: $t) { status } }": typeof types.OrganisationConfirmContactDocument,
    "query QuarantineAlertCount { quarantineCount }": typeof types.QuarantineAlertCountDocument,
    "subscription QuarantineAlertLive { quarantineCountChanged }": typeof types.QuarantineAlertLiveDocument,
    "\n  query QuarantineAlertHeld { inboundMails(status: QUARANTINED, first: 100) { edges { node { id } } } }\n": typeof types.QuarantineAlertHeldDocument,
    "\n  mutation QuarantineAlertDiscard($input: DiscardInboundMailInput!) { discardInboundMail(input: $input) { errors { code } } }\n": typeof types.QuarantineAlertDiscardDocument,
    "\n  query RetentionPageOverview {\n    retentionOverview {\n      themes { id code name retentionDays due held }\n      queues { id code name retentionDays due held }\n    }\n    lastRetentionRun { startedAt finishedAt threads tickets inboundMails files webhookDeliveries exports }\n  }\n": typeof types.RetentionPageOverviewDocument,
    "\n  query RetentionPageHolds($first: Int, $after: Cursor) {\n    legalHolds(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { record id label title organisationName onHold reason heldAt heldByName } }\n    }\n  }\n": typeof types.RetentionPageHoldsDocument,
    "\n  query RetentionPageHoldOf($record: LegalHoldRecord!, $key: String!) {\n    legalHold(record: $record, key: $key) { record id label onHold reason heldByName }\n  }\n": typeof types.RetentionPageHoldOfDocument,
    "\n  mutation RetentionPageChangeHold($input: ChangeLegalHoldInput!) {\n    changeLegalHold(input: $input) {\n      errors { field code message }\n      legalHold { id onHold reason heldByName }\n    }\n  }\n": typeof types.RetentionPageChangeHoldDocument,
    "\n  mutation RetentionPagePeriod($input: SetRetentionPeriodInput!) {\n    setRetentionPeriod(input: $input) { ok errors { field code message } }\n  }\n": typeof types.RetentionPagePeriodDocument,
    "\n  mutation RetentionPageCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { errors { code } ticket { id number } }\n  }\n": typeof types.RetentionPageCreateTicketDocument,
    "\n  mutation IncidentsCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { errors { code } ticket { id } }\n  }\n": typeof types.IncidentsCreateTicketDocument,
    "\n  mutation IncidentsLabel($ticketId: ID!, $labelIds: [ID!]!) {\n    setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) { errors { code } }\n  }\n": typeof types.IncidentsLabelDocument,
    "\n  query IncidentsCounts($from: Day!, $to: Day!) {\n    securityIncidentCounts(from: $from, to: $to) { organisationId organisationName year incidents noticeSentAt }\n  }\n": typeof types.IncidentsCountsDocument,
    "query RevocationMe { me { email } }": typeof types.RevocationMeDocument,
    "query RevocationMySessions { mySessions { id current } }": typeof types.RevocationMySessionsDocument,
    "subscription RevocationMySessionRevoked { mySessionRevoked }": typeof types.RevocationMySessionRevokedDocument,
    "mutation RevocationChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { ok errors { code } } }": typeof types.RevocationChangePasswordDocument,
    "mutation RevocationRequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }": typeof types.RevocationRequestPasswordResetDocument,
    "mutation RevocationResetPassword($input: TokenPasswordInput!) { resetPassword(input: $input) { ok } }": typeof types.RevocationResetPasswordDocument,
    "query SsoLoginOptions { loginOptions { password singleSignOn { name } } }": typeof types.SsoLoginOptionsDocument,
    "\n  mutation SsoStart { startSingleSignOn { errors { code } authorizationUrl state nonce codeVerifier } }\n": typeof types.SsoStartDocument,
    "\n  mutation SsoComplete($input: CompleteSingleSignOnInput!) {\n    completeSingleSignOn(input: $input) { token errors { field code message } user { id email status roles organisationId } }\n  }\n": typeof types.SsoCompleteDocument,
    "query SsoSignOutUrl { singleSignOutUrl }": typeof types.SsoSignOutUrlDocument,
    "query SsoMe { me { id email } }": typeof types.SsoMeDocument,
    "\n  query WalkStaffInbox($filter: StaffInboxFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    staffInbox(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { node { title } }\n    }\n  }\n": typeof types.WalkStaffInboxDocument,
    "\n  query StaffUsersList($search: String, $role: StaffRole, $status: UserStatus, $first: Int, $after: Cursor) {\n    staffUsers(search: $search, role: $role, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id email lastName role status teams { nameNl } queues { code } } }\n    }\n  }\n": typeof types.StaffUsersListDocument,
    "\n  query StaffUsersOne($id: ID!) { staffUser(id: $id) { id role status queues { id } } }\n": typeof types.StaffUsersOneDocument,
    "\n  mutation StaffUsersInvite($input: InviteStaffUserInput!) {\n    inviteStaffUser(input: $input) { errors { field code message } staffUser { id email role status } }\n  }\n": typeof types.StaffUsersInviteDocument,
    "\n  mutation StaffUsersAccept($input: TokenPasswordInput!) {\n    acceptInvitation(input: $input) { token errors { field code } }\n  }\n": typeof types.StaffUsersAcceptDocument,
    "mutation StaffUsersResend($id: ID!) { resendStaffInvitation(userId: $id) { status } }": typeof types.StaffUsersResendDocument,
    "\n  mutation StaffUsersChangeRole($input: ChangeStaffRoleInput!) {\n    changeStaffRole(input: $input) { errors { field code message } staffUser { id role } }\n  }\n": typeof types.StaffUsersChangeRoleDocument,
    "\n  mutation StaffUsersSetQueues($input: SetStaffQueuesInput!) {\n    setStaffQueues(input: $input) { errors { field code message } staffUser { queues { id } } }\n  }\n": typeof types.StaffUsersSetQueuesDocument,
    "\n  mutation StaffUsersDeactivate($id: ID!) {\n    deactivateStaffUser(userId: $id) { errors { field code message } staffUser { status } }\n  }\n": typeof types.StaffUsersDeactivateDocument,
    "\n  mutation StaffUsersReactivate($id: ID!) {\n    reactivateStaffUser(userId: $id) { errors { code } staffUser { status } }\n  }\n": typeof types.StaffUsersReactivateDocument,
    "query StaffUsersQueues { staffQueueChoices { id code } }": typeof types.StaffUsersQueuesDocument,
    "\n  query StaffUsersMyQueueTickets {\n    staffTickets(filter: { myQueues: true, statuses: null }, first: 100) { edges { node { number } } }\n    ticketQueueCounts { queue { id } worksHere }\n  }\n": typeof types.StaffUsersMyQueueTicketsDocument,
    "query StaffUsersMe { me { email roles } }": typeof types.StaffUsersMeDocument,
    "\n  query StaffUsersHistory {\n    adminHistory(kind: STAFF, first: 50) {\n      edges { node { action entityType entityId actor { email } changes { field oldValue newValue } } }\n    }\n  }\n": typeof types.StaffUsersHistoryDocument,
    "mutation IsolationRequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }": typeof types.IsolationRequestPasswordResetDocument,
    "mutation IsolationUpdateOrganisation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { errors { code } } }": typeof types.IsolationUpdateOrganisationDocument,
    "\n      mutation IsolationWebhook($input: CreateWebhookEndpointInput!) {\n        createWebhookEndpoint(input: $input) { errors { code } endpoint { id } }\n      }\n    ": typeof types.IsolationWebhookDocument,
    "\n      mutation IsolationDeflection($input: RecordDeflectionInput!) {\n        recordTicketDeflection(input: $input) { recorded errors { code } }\n      }\n    ": typeof types.IsolationDeflectionDocument,
    "mutation IsolationRequestExport { requestPersonalDataExport(input: {}) { id status } }": typeof types.IsolationRequestExportDocument,
    "mutation IsolationChatAgent { setChatAgentAvailable(available: true) }": typeof types.IsolationChatAgentDocument,
    "mutation IsolationStartChat($input: StartChatInput!) { startChat(input: $input) { errors { code } } }": typeof types.IsolationStartChatDocument,
    "mutation IsolationLabelIncident($ticketId: ID!, $labelIds: [ID!]!) { setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) { errors { code } } }": typeof types.IsolationLabelIncidentDocument,
    "mutation IsolationLabelIncidentAgain($ticketId: ID!, $labelIds: [ID!]!) { setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) { errors { code } } }": typeof types.IsolationLabelIncidentAgainDocument,
    "query IsolationOrganisation($id: ID!) { organisation(id: $id) { id name } }": typeof types.IsolationOrganisationDocument,
    "query IsolationOrganisations { organisations(first: 10) { totalCount edges { node { name } } } }": typeof types.IsolationOrganisationsDocument,
    "query IsolationOrganisations2 { organisations(first: 10) { totalCount } }": typeof types.IsolationOrganisations2Document,
    "query IsolationMyOrganisation { myOrganisation { users { email } } }": typeof types.IsolationMyOrganisationDocument,
    "\n  mutation ThemesTeamsCreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      errors { field code message }\n      theme { id code nameNl nameEn name team { id } }\n    }\n  }\n": typeof types.ThemesTeamsCreateThemeDocument,
    "\n  mutation ThemesTeamsUpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) { errors { field code } theme { id nameNl nameEn } }\n  }\n": typeof types.ThemesTeamsUpdateThemeDocument,
    "\n  mutation ThemesTeamsMoveTheme($themeId: ID!, $teamId: ID!) {\n    moveTheme(themeId: $themeId, teamId: $teamId) { errors { field code } theme { team { id } } }\n  }\n": typeof types.ThemesTeamsMoveThemeDocument,
    "\n  mutation ThemesTeamsMoveThreads($themeId: ID!) { moveOpenThreads(themeId: $themeId) { moved } }\n": typeof types.ThemesTeamsMoveThreadsDocument,
    "\n  query ThemesTeamsAdminTheme($themeId: ID!) {\n    adminTheme(themeId: $themeId) { id openThreadsElsewhere team { id } }\n  }\n": typeof types.ThemesTeamsAdminThemeDocument,
    "\n  query ThemesTeamsAdminThemes($first: Int, $after: Cursor) {\n    adminThemes(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id code } }\n    }\n  }\n": typeof types.ThemesTeamsAdminThemesDocument,
    "query ThemesTeamsThemes { themes { id name } }": typeof types.ThemesTeamsThemesDocument,
    "\n  mutation ThemesTeamsCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { errors { field code message } team { id nameNl nameEn email } }\n  }\n": typeof types.ThemesTeamsCreateTeamDocument,
    "\n  mutation ThemesTeamsUpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) { errors { field code } team { id nameNl nameEn email } }\n  }\n": typeof types.ThemesTeamsUpdateTeamDocument,
    "\n  mutation ThemesTeamsAddMember($input: TeamMemberInput!) {\n    addTeamMember(input: $input) { errors { field code } team { id } }\n  }\n": typeof types.ThemesTeamsAddMemberDocument,
    "\n  mutation ThemesTeamsRemoveMember($input: TeamMemberInput!) {\n    removeTeamMember(input: $input) { errors { field code } team { id } }\n  }\n": typeof types.ThemesTeamsRemoveMemberDocument,
    "\n  mutation ThemesTeamsSetHelp($input: SetTeamMemberHelpInput!) {\n    setTeamMemberHelp(input: $input) { errors { field code } team { id } }\n  }\n": typeof types.ThemesTeamsSetHelpDocument,
    "\n  query ThemesTeamsAdminTeam($teamId: ID!) {\n    adminTeam(teamId: $teamId) {\n      id\n      members { offeredInHelp user { id } }\n      memberCandidates { id }\n    }\n  }\n": typeof types.ThemesTeamsAdminTeamDocument,
    "\n  query ThemesTeamsHelp { teams { id handlers { id } helpHandlers { id } } }\n": typeof types.ThemesTeamsHelpDocument,
    "\n  query ThemesTeamsHistory($kind: AdminHistoryKind, $first: Int) {\n    adminHistory(kind: $kind, first: $first) {\n      edges { node { action entityType entityId actor { email } changes { field oldValue newValue } } }\n    }\n  }\n": typeof types.ThemesTeamsHistoryDocument,
    "\n  query RoundTripsThread($referenceNumber: String!) {\n    thread(referenceNumber: $referenceNumber) {\n      referenceNumber title lastMessageAt theme { name } team { name }\n      messages { id title body sentAt senderLabel direction attachmentCount read author { firstName lastName } }\n      contacts { firstName lastName email confirmed }\n    }\n  }\n": typeof types.RoundTripsThreadDocument,
    "\n  mutation RoundTripsOpenThread($referenceNumber: String!) {\n    markThreadRead(referenceNumber: $referenceNumber) {\n      referenceNumber\n      messages { title read author { lastName } }\n      contacts { email }\n    }\n  }\n": typeof types.RoundTripsOpenThreadDocument,
    "\n  query CategoriesRead {\n    ticketSettings { categories { id code nameNl nameEn position active ticketCount } }\n  }\n": typeof types.CategoriesReadDocument,
    "\n  mutation CategoriesCreate($input: NewTicketCategoryInput!) {\n    createTicketCategory(input: $input) {\n      errors { field code message }\n      settings { categories { id code nameNl nameEn position active } }\n    }\n  }\n": typeof types.CategoriesCreateDocument,
    "\n  mutation CategoriesUpdate($input: TicketCategoryInput!) {\n    updateTicketCategory(input: $input) {\n      errors { field code message }\n      settings { categories { id nameNl nameEn position active } }\n    }\n  }\n": typeof types.CategoriesUpdateDocument,
    "\n  mutation CategoriesRemove($id: ID!) {\n    removeTicketCategory(categoryId: $id) { errors { field code message } settings { categories { id } } }\n  }\n": typeof types.CategoriesRemoveDocument,
    "\n  query CategoriesOffered($all: Boolean!) { ticketCategories(includeInactive: $all) { id name active } }\n": typeof types.CategoriesOfferedDocument,
    "\n  query CategoriesSupportTypes { ticketSupportTypes { id code } }\n": typeof types.CategoriesSupportTypesDocument,
    "\n  mutation CategoriesCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { errors { field code } ticket { id category { id name active } } }\n  }\n": typeof types.CategoriesCreateTicketDocument,
    "\n  query CategoriesTicket($id: ID) {\n    ticket(id: $id) { category { id name active } entries { kind event { type from to fields } } }\n  }\n": typeof types.CategoriesTicketDocument,
    "\n  mutation CategoriesDetails($input: UpdateTicketDetailsInput!) {\n    updateTicketDetails(input: $input) { errors { field code } ticket { category { id } } }\n  }\n": typeof types.CategoriesDetailsDocument,
    "\n  query CategoriesStaffList($filter: StaffTicketFilterInput) {\n    staffTickets(filter: $filter, first: 50) { edges { node { id } } }\n  }\n": typeof types.CategoriesStaffListDocument,
    "\n  query CategoriesReport($from: Day!, $to: Day!) {\n    ticketCategoryCounts(from: $from, to: $to) { category { id name active } created open }\n    ticketDeflectionReport(from: $from, to: $to, top: 2) {\n      suggestionsShown ticketsAvoided ticketsAfterSuggestions\n      topArticles { articleId slug title ticketsAvoided }\n    }\n  }\n": typeof types.CategoriesReportDocument,
    "\n  mutation CategoriesDeflect($input: RecordDeflectionInput!) {\n    recordTicketDeflection(input: $input) { recorded errors { field code } }\n  }\n": typeof types.CategoriesDeflectDocument,
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
    "\n  mutation TracedExport($input: RequestPersonalDataExportInput!) {\n    requestPersonalDataExport(input: $input) { id status }\n  }\n": typeof types.TracedExportDocument,
    "\n  mutation TestLogin($input: LoginInput!) {\n    login(input: $input) { token errors { field code message } user { id email roles } }\n  }\n": typeof types.TestLoginDocument,
    "\n      mutation TestAddContactPerson($input: AddContactPersonInput!) {\n        addContactPerson(input: $input) { contactPerson { id } errors { field code } }\n      }\n    ": typeof types.TestAddContactPersonDocument,
    "\n      mutation TestConfirmContactPerson($t: String!) {\n        confirmContactPerson(token: $t) { status }\n      }\n    ": typeof types.TestConfirmContactPersonDocument,
    "\n  mutation TestSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id referenceNumber direction title }\n      recipient { kind name }\n      errors { field code message }\n      privacyWarnings { kind field masked message }\n    }\n  }\n": typeof types.TestSendMessageDocument,
    "\n  mutation TestReplyToThread($input: ReplyInput!) {\n    replyToThread(input: $input) {\n      message { id referenceNumber direction body }\n      recipient { kind name }\n      errors { field code message }\n      privacyWarnings { kind field masked message }\n    }\n  }\n": typeof types.TestReplyToThreadDocument,
    "\n  mutation TestSendMessageToOrganisation($input: StaffSendMessageInput!) {\n    sendMessageToOrganisation(input: $input) {\n      message { id referenceNumber direction title }\n      recipient { kind name }\n      errors { field code message }\n      privacyWarnings { kind }\n    }\n  }\n": typeof types.TestSendMessageToOrganisationDocument,
    "\n      query WorldThreadContacts($r: String!) {\n        thread(referenceNumber: $r) { id contacts { id standard } }\n      }\n    ": typeof types.WorldThreadContactsDocument,
    "\n      query WorldSessions {\n        mySessions { id current }\n      }\n    ": typeof types.WorldSessionsDocument,
    "\n      mutation WorldCreateTicket($input: CreateTicketInput!) {\n        createTicket(input: $input) { errors { field code } privacyWarnings { kind } ticket { id number } }\n      }\n    ": typeof types.WorldCreateTicketDocument,
    "mutation WorldChatAgent { setChatAgentAvailable(available: true) }": typeof types.WorldChatAgentDocument,
    "\n      mutation WorldStartChat($input: StartChatInput!) {\n        startChat(input: $input) { errors { code } chat { id } }\n      }\n    ": typeof types.WorldStartChatDocument,
};
const documents: Documents = {
    "\n  mutation RetentionE2eTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { errors { code } ticket { id number } }\n  }\n": types.RetentionE2eTicketDocument,
    "query E2eThemeIds { themes { id code } }": types.E2eThemeIdsDocument,
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
    "mutation AccountsChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { roles } errors { field code } } }": types.AccountsChangeUserRoleDocument,
    "query AccountsMe3 { me { email } }": types.AccountsMe3Document,
    "\n  mutation AdministrationCreate($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      errors { field code message }\n      organisation { id name enterpriseNumber recognitionNumber email deactivatedAt themes { id } }\n    }\n  }\n": types.AdministrationCreateDocument,
    "\n  mutation AdministrationInviteAdmin($input: InviteOrganisationAdminInput!) {\n    inviteOrganisationAdmin(input: $input) { errors { field code } user { id email roles status } }\n  }\n": types.AdministrationInviteAdminDocument,
    "\n  mutation AdministrationAccept($input: TokenPasswordInput!) {\n    acceptInvitation(input: $input) { token errors { field code } }\n  }\n": types.AdministrationAcceptDocument,
    "\n  mutation AdministrationDeactivate($id: ID!) { deactivateOrganisation(id: $id) { id deactivatedAt } }\n": types.AdministrationDeactivateDocument,
    "\n  mutation AdministrationReactivate($id: ID!) { reactivateOrganisation(id: $id) { id deactivatedAt } }\n": types.AdministrationReactivateDocument,
    "\n  mutation AdministrationUpdate($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      errors { field code }\n      organisation { enterpriseNumber recognitionNumber themes { id } }\n    }\n  }\n": types.AdministrationUpdateDocument,
    "query AdministrationMe { me { email roles } }": types.AdministrationMeDocument,
    "\n  query AdministrationHistory($kind: AdminHistoryKind, $first: Int, $after: Cursor) {\n    adminHistory(kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { action entityType entityId actor { email } organisation { name }\n        changes { field oldValue newValue } } }\n    }\n  }\n": types.AdministrationHistoryDocument,
    "mutation AdministrationLogin($input: LoginInput!) { login(input: $input) { token errors { code } } }": types.AdministrationLoginDocument,
    "\n    mutation AdministrationMoveTheme($themeId: ID!, $teamId: ID!) {\n      moveTheme(themeId: $themeId, teamId: $teamId) { errors { field code } theme { id team { id } } }\n    }\n  ": types.AdministrationMoveThemeDocument,
    "\n    mutation AdministrationMoveThreads($themeId: ID!) { moveOpenThreads(themeId: $themeId) { moved } }\n  ": types.AdministrationMoveThreadsDocument,
    "\n        mutation FanoutSetLanguage {\n          setLanguage(language: en) { errors { code } }\n        }\n      ": types.FanoutSetLanguageDocument,
    "\n      subscription FanoutReadAndLanguage {\n        messageAdded { title read theme { name } }\n      }\n    ": types.FanoutReadAndLanguageDocument,
    "\n        subscription FanoutPersonalField {\n          messageAdded { title read }\n        }\n      ": types.FanoutPersonalFieldDocument,
    "\n      subscription FanoutGroup {\n        messageAdded { title theme { name } author { lastName } }\n      }\n    ": types.FanoutGroupDocument,
    "\n          mutation FanoutResendInvitation($id: ID!) {\n            resendInvitation(userId: $id) { id }\n          }\n        ": types.FanoutResendInvitationDocument,
    "\n      mutation FanoutChangeUserRole($input: ChangeUserRoleInput!) {\n        changeUserRole(input: $input) { errors { code } }\n      }\n    ": types.FanoutChangeUserRoleDocument,
    "\n          query FanoutMe {\n            me { email }\n          }\n        ": types.FanoutMeDocument,
    "\n        mutation FanoutLogout {\n          logout\n        }\n      ": types.FanoutLogoutDocument,
    "\n          query FanoutThemes {\n            themes { code name team { nameNl } }\n          }\n        ": types.FanoutThemesDocument,
    "\n          query FanoutHandlers {\n            teams { handlers { email firstName } }\n          }\n        ": types.FanoutHandlersDocument,
    "\n  mutation AbandonSetAvailable($available: Boolean!) { setChatAgentAvailable(available: $available) }\n": types.AbandonSetAvailableDocument,
    "\n  mutation AbandonStart($input: StartChatInput!) {\n    startChat(input: $input) { errors { field code } chat { id status } }\n  }\n": types.AbandonStartDocument,
    "\n  mutation AbandonTake($chatId: ID!) { takeChat(chatId: $chatId) { errors { code } chat { id status } } }\n": types.AbandonTakeDocument,
    "\n  mutation AbandonSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) { errors { field code } chat { id } }\n  }\n": types.AbandonSendDocument,
    "\n  mutation AbandonEnd($input: EndChatInput!) {\n    endChat(input: $input) { errors { code } chat { id status ticketNumber endReason } }\n  }\n": types.AbandonEndDocument,
    "\n  subscription AbandonUpdated($id: ID!) { chatUpdated(id: $id) { id status endReason ticketNumber } }\n": types.AbandonUpdatedDocument,
    "\n  query AbandonTicket($number: String!) {\n    ticket(number: $number) { channel status subject entries { kind body byStaff } }\n  }\n": types.AbandonTicketDocument,
    "\n  query ChatAvailability { chatAvailability { open agentsAvailable offered opensAt } }\n": types.ChatAvailabilityDocument,
    "\n  mutation ChatSetAvailable($available: Boolean!) { setChatAgentAvailable(available: $available) }\n": types.ChatSetAvailableDocument,
    "\n  mutation ChatStart($input: StartChatInput!) {\n    startChat(input: $input) { errors { field code message } chat { id status subject } }\n  }\n": types.ChatStartDocument,
    "\n  mutation ChatTake($chatId: ID!) { takeChat(chatId: $chatId) { errors { code } chat { id status agentName } } }\n": types.ChatTakeDocument,
    "\n  mutation ChatSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) { errors { field code message } chat { id } }\n  }\n": types.ChatSendDocument,
    "\n  mutation ChatEnd($input: EndChatInput!) {\n    endChat(input: $input) { errors { field code message } chat { id status ticketNumber } }\n  }\n": types.ChatEndDocument,
    "\n  query ChatRunning { runningChat { id status messages { body byStaff mine } } }\n": types.ChatRunningDocument,
    "query ChatOne($id: ID!) { chat(id: $id) { id status } }": types.ChatOneDocument,
    "\n  subscription ChatUpdated($id: ID!) { chatUpdated(id: $id) { id status messages { body byStaff mine } } }\n": types.ChatUpdatedDocument,
    "\n  subscription ChatQueue { staffChatsChanged { id status subject customer { email } organisation { name } } }\n": types.ChatQueueDocument,
    "\n  query ChatTicket($number: String!) {\n    ticket(number: $number) { channel status subject entries { kind body byStaff } }\n  }\n": types.ChatTicketDocument,
    "query ChatStaffList { staffChats { id } }": types.ChatStaffListDocument,
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
    "\n  mutation GdprRequestExport($input: RequestPersonalDataExportInput!) {\n    requestPersonalDataExport(input: $input) { id status subjectKind subjectId downloadPath }\n  }\n": types.GdprRequestExportDocument,
    "\n  query GdprMyExports { myPersonalDataExports { id status downloadedAt } }\n": types.GdprMyExportsDocument,
    "\n  mutation GdprErase($input: PersonInput!) { erasePerson(input: $input) { ok errors { field code message } } }\n": types.GdprEraseDocument,
    "\n  mutation GdprHold($input: SetLegalHoldInput!) { setLegalHold(input: $input) }\n": types.GdprHoldDocument,
    "\n  mutation GdprRetention($input: SetRetentionPeriodInput!) {\n    setRetentionPeriod(input: $input) { ok errors { field code message } }\n  }\n": types.GdprRetentionDocument,
    "\n  mutation GdprCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { errors { code } ticket { id number } }\n  }\n": types.GdprCreateTicketDocument,
    "\n  query GdprMe { me { id firstName } }\n": types.GdprMeDocument,
    "\n  query GdprPeople($search: String!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    privacyPeople(search: $search, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { node { kind id lastName erased } }\n    }\n  }\n": types.GdprPeopleDocument,
    "\n  query GdprTicketRequester($id: ID!) { ticket(id: $id) { requester { id firstName lastName erased } } }\n": types.GdprTicketRequesterDocument,
    "\n        mutation GdprSend($input: SendMessageInput!) { sendMessage(input: $input) { errors { code } message { id } } }\n      ": types.GdprSendDocument,
    "\n  mutation HelpdeskAsk($input: TechnicalQuestionInput!) {\n    askTechnicalHelpdesk(input: $input) { ok errors { field code } }\n  }\n": types.HelpdeskAskDocument,
    "\n  mutation KbSave($input: SaveKnowledgeItemInput!) {\n    saveKnowledgeItem(input: $input) {\n      errors { field code message }\n      item { id slug status title bodyHtml publishedAt }\n    }\n  }\n": types.KbSaveDocument,
    "\n  query KbArticle($slug: String!) {\n    knowledgeArticle(slug: $slug) { id title bodyHtml status tags category }\n  }\n": types.KbArticleDocument,
    "\n  query KbArticles($first: Int, $after: Cursor, $drafts: Boolean) {\n    knowledgeArticles(first: $first, after: $after, drafts: $drafts) {\n      edges { node { slug status } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.KbArticlesDocument,
    "\n  query KbSearch($query: String!, $first: Int, $after: Cursor) {\n    searchKnowledgeBase(query: $query, first: $first, after: $after) {\n      edges { node { rank item { id slug title } snippet { text match } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.KbSearchDocument,
    "\n  mutation KbOpenOutage($input: OpenOutageInput!) {\n    openOutage(input: $input) { errors { field code } outage { id status title updates { status message } } }\n  }\n": types.KbOpenOutageDocument,
    "\n  mutation KbUpdateOutage($input: UpdateOutageInput!) {\n    updateOutage(input: $input) { errors { field code } outage { id status endedAt updates { status } } }\n  }\n": types.KbUpdateOutageDocument,
    "\n  query KbOpenOutages { openOutages { id title service status } }\n": types.KbOpenOutagesDocument,
    "\n  subscription KbOutagesLive { openOutagesChanged { id title status } }\n": types.KbOutagesLiveDocument,
    "\n  query KbNewsPage($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    newsItems(first: $first, after: $after, last: $last, before: $before, drafts: true) {\n      edges { node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.KbNewsPageDocument,
    "\n  query KbOutagesPage($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    outages(first: $first, after: $after, last: $last, before: $before) {\n      edges { node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.KbOutagesPageDocument,
    "\n  mutation KbDeflect($input: RecordDeflectionInput!) {\n    recordTicketDeflection(input: $input) { recorded errors { field code } }\n  }\n": types.KbDeflectDocument,
    "\n  query KbReport($since: DateTimeISO) { ticketDeflectionReport(since: $since) { suggestionsShown ticketsAvoided ticketsAfterSuggestions } }\n": types.KbReportDocument,
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
    "\n  query OrgUsersList($first: Int, $after: Cursor, $status: UserStatus) {\n    organisationUsers(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id email lastName status tenantRole } }\n    }\n  }\n": types.OrgUsersListDocument,
    "\n  mutation OrgUsersChangeRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) { user { id roles tenantRole } errors { field code message } }\n  }\n": types.OrgUsersChangeRoleDocument,
    "\n  mutation OrgUsersDeactivate($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) { user { id status } errors { field code message } }\n  }\n": types.OrgUsersDeactivateDocument,
    "\n  mutation OrgUsersReactivate($id: ID!) {\n    reactivateUser(userId: $id) { user { id status } errors { field code } }\n  }\n": types.OrgUsersReactivateDocument,
    "\n  mutation OrgUsersInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) { user { id status tenantRole } errors { field code } }\n  }\n": types.OrgUsersInviteDocument,
    "mutation OrgUsersResend($id: ID!) { resendInvitation(userId: $id) { status } }": types.OrgUsersResendDocument,
    "query OrgUsersMe { me { email roles } }": types.OrgUsersMeDocument,
    "\n      mutation OrgUsersAccept($input: TokenPasswordInput!) { acceptInvitation(input: $input) { errors { code } } }\n    ": types.OrgUsersAcceptDocument,
    "\n  mutation OrganisationUpdate($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      errors { field code message }\n      organisation { id name externalNumber phone email websiteUrl }\n    }\n  }\n": types.OrganisationUpdateDocument,
    "\n  query OrganisationHistory($id: ID!, $first: Int, $after: Cursor) {\n    organisationHistory(organisationId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id action entityType entityId createdAt actor { email firstName lastName }\n                     changes { field oldValue newValue } } }\n    }\n  }\n": types.OrganisationHistoryDocument,
    "query OrganisationMine { myOrganisation { id phone } }": types.OrganisationMineDocument,
    "query OrganisationName($id: ID!) { organisation(id: $id) { name } }": types.OrganisationNameDocument,
    "\n        mutation OrganisationAddContact($input: AddContactPersonInput!) {\n          addContactPerson(input: $input) { errors { code } }\n        }\n      ": types.OrganisationAddContactDocument,
    "mutation OrganisationConfirmContact($t: String!) { confirmContactPerson(token: $t) { status } }": types.OrganisationConfirmContactDocument,
    "query QuarantineAlertCount { quarantineCount }": types.QuarantineAlertCountDocument,
    "subscription QuarantineAlertLive { quarantineCountChanged }": types.QuarantineAlertLiveDocument,
    "\n  query QuarantineAlertHeld { inboundMails(status: QUARANTINED, first: 100) { edges { node { id } } } }\n": types.QuarantineAlertHeldDocument,
    "\n  mutation QuarantineAlertDiscard($input: DiscardInboundMailInput!) { discardInboundMail(input: $input) { errors { code } } }\n": types.QuarantineAlertDiscardDocument,
    "\n  query RetentionPageOverview {\n    retentionOverview {\n      themes { id code name retentionDays due held }\n      queues { id code name retentionDays due held }\n    }\n    lastRetentionRun { startedAt finishedAt threads tickets inboundMails files webhookDeliveries exports }\n  }\n": types.RetentionPageOverviewDocument,
    "\n  query RetentionPageHolds($first: Int, $after: Cursor) {\n    legalHolds(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { record id label title organisationName onHold reason heldAt heldByName } }\n    }\n  }\n": types.RetentionPageHoldsDocument,
    "\n  query RetentionPageHoldOf($record: LegalHoldRecord!, $key: String!) {\n    legalHold(record: $record, key: $key) { record id label onHold reason heldByName }\n  }\n": types.RetentionPageHoldOfDocument,
    "\n  mutation RetentionPageChangeHold($input: ChangeLegalHoldInput!) {\n    changeLegalHold(input: $input) {\n      errors { field code message }\n      legalHold { id onHold reason heldByName }\n    }\n  }\n": types.RetentionPageChangeHoldDocument,
    "\n  mutation RetentionPagePeriod($input: SetRetentionPeriodInput!) {\n    setRetentionPeriod(input: $input) { ok errors { field code message } }\n  }\n": types.RetentionPagePeriodDocument,
    "\n  mutation RetentionPageCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { errors { code } ticket { id number } }\n  }\n": types.RetentionPageCreateTicketDocument,
    "\n  mutation IncidentsCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { errors { code } ticket { id } }\n  }\n": types.IncidentsCreateTicketDocument,
    "\n  mutation IncidentsLabel($ticketId: ID!, $labelIds: [ID!]!) {\n    setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) { errors { code } }\n  }\n": types.IncidentsLabelDocument,
    "\n  query IncidentsCounts($from: Day!, $to: Day!) {\n    securityIncidentCounts(from: $from, to: $to) { organisationId organisationName year incidents noticeSentAt }\n  }\n": types.IncidentsCountsDocument,
    "query RevocationMe { me { email } }": types.RevocationMeDocument,
    "query RevocationMySessions { mySessions { id current } }": types.RevocationMySessionsDocument,
    "subscription RevocationMySessionRevoked { mySessionRevoked }": types.RevocationMySessionRevokedDocument,
    "mutation RevocationChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { ok errors { code } } }": types.RevocationChangePasswordDocument,
    "mutation RevocationRequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }": types.RevocationRequestPasswordResetDocument,
    "mutation RevocationResetPassword($input: TokenPasswordInput!) { resetPassword(input: $input) { ok } }": types.RevocationResetPasswordDocument,
    "query SsoLoginOptions { loginOptions { password singleSignOn { name } } }": types.SsoLoginOptionsDocument,
    "\n  mutation SsoStart { startSingleSignOn { errors { code } authorizationUrl state nonce codeVerifier } }\n": types.SsoStartDocument,
    "\n  mutation SsoComplete($input: CompleteSingleSignOnInput!) {\n    completeSingleSignOn(input: $input) { token errors { field code message } user { id email status roles organisationId } }\n  }\n": types.SsoCompleteDocument,
    "query SsoSignOutUrl { singleSignOutUrl }": types.SsoSignOutUrlDocument,
    "query SsoMe { me { id email } }": types.SsoMeDocument,
    "\n  query WalkStaffInbox($filter: StaffInboxFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    staffInbox(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { node { title } }\n    }\n  }\n": types.WalkStaffInboxDocument,
    "\n  query StaffUsersList($search: String, $role: StaffRole, $status: UserStatus, $first: Int, $after: Cursor) {\n    staffUsers(search: $search, role: $role, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id email lastName role status teams { nameNl } queues { code } } }\n    }\n  }\n": types.StaffUsersListDocument,
    "\n  query StaffUsersOne($id: ID!) { staffUser(id: $id) { id role status queues { id } } }\n": types.StaffUsersOneDocument,
    "\n  mutation StaffUsersInvite($input: InviteStaffUserInput!) {\n    inviteStaffUser(input: $input) { errors { field code message } staffUser { id email role status } }\n  }\n": types.StaffUsersInviteDocument,
    "\n  mutation StaffUsersAccept($input: TokenPasswordInput!) {\n    acceptInvitation(input: $input) { token errors { field code } }\n  }\n": types.StaffUsersAcceptDocument,
    "mutation StaffUsersResend($id: ID!) { resendStaffInvitation(userId: $id) { status } }": types.StaffUsersResendDocument,
    "\n  mutation StaffUsersChangeRole($input: ChangeStaffRoleInput!) {\n    changeStaffRole(input: $input) { errors { field code message } staffUser { id role } }\n  }\n": types.StaffUsersChangeRoleDocument,
    "\n  mutation StaffUsersSetQueues($input: SetStaffQueuesInput!) {\n    setStaffQueues(input: $input) { errors { field code message } staffUser { queues { id } } }\n  }\n": types.StaffUsersSetQueuesDocument,
    "\n  mutation StaffUsersDeactivate($id: ID!) {\n    deactivateStaffUser(userId: $id) { errors { field code message } staffUser { status } }\n  }\n": types.StaffUsersDeactivateDocument,
    "\n  mutation StaffUsersReactivate($id: ID!) {\n    reactivateStaffUser(userId: $id) { errors { code } staffUser { status } }\n  }\n": types.StaffUsersReactivateDocument,
    "query StaffUsersQueues { staffQueueChoices { id code } }": types.StaffUsersQueuesDocument,
    "\n  query StaffUsersMyQueueTickets {\n    staffTickets(filter: { myQueues: true, statuses: null }, first: 100) { edges { node { number } } }\n    ticketQueueCounts { queue { id } worksHere }\n  }\n": types.StaffUsersMyQueueTicketsDocument,
    "query StaffUsersMe { me { email roles } }": types.StaffUsersMeDocument,
    "\n  query StaffUsersHistory {\n    adminHistory(kind: STAFF, first: 50) {\n      edges { node { action entityType entityId actor { email } changes { field oldValue newValue } } }\n    }\n  }\n": types.StaffUsersHistoryDocument,
    "mutation IsolationRequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }": types.IsolationRequestPasswordResetDocument,
    "mutation IsolationUpdateOrganisation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { errors { code } } }": types.IsolationUpdateOrganisationDocument,
    "\n      mutation IsolationWebhook($input: CreateWebhookEndpointInput!) {\n        createWebhookEndpoint(input: $input) { errors { code } endpoint { id } }\n      }\n    ": types.IsolationWebhookDocument,
    "\n      mutation IsolationDeflection($input: RecordDeflectionInput!) {\n        recordTicketDeflection(input: $input) { recorded errors { code } }\n      }\n    ": types.IsolationDeflectionDocument,
    "mutation IsolationRequestExport { requestPersonalDataExport(input: {}) { id status } }": types.IsolationRequestExportDocument,
    "mutation IsolationChatAgent { setChatAgentAvailable(available: true) }": types.IsolationChatAgentDocument,
    "mutation IsolationStartChat($input: StartChatInput!) { startChat(input: $input) { errors { code } } }": types.IsolationStartChatDocument,
    "mutation IsolationLabelIncident($ticketId: ID!, $labelIds: [ID!]!) { setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) { errors { code } } }": types.IsolationLabelIncidentDocument,
    "mutation IsolationLabelIncidentAgain($ticketId: ID!, $labelIds: [ID!]!) { setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) { errors { code } } }": types.IsolationLabelIncidentAgainDocument,
    "query IsolationOrganisation($id: ID!) { organisation(id: $id) { id name } }": types.IsolationOrganisationDocument,
    "query IsolationOrganisations { organisations(first: 10) { totalCount edges { node { name } } } }": types.IsolationOrganisationsDocument,
    "query IsolationOrganisations2 { organisations(first: 10) { totalCount } }": types.IsolationOrganisations2Document,
    "query IsolationMyOrganisation { myOrganisation { users { email } } }": types.IsolationMyOrganisationDocument,
    "\n  mutation ThemesTeamsCreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      errors { field code message }\n      theme { id code nameNl nameEn name team { id } }\n    }\n  }\n": types.ThemesTeamsCreateThemeDocument,
    "\n  mutation ThemesTeamsUpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) { errors { field code } theme { id nameNl nameEn } }\n  }\n": types.ThemesTeamsUpdateThemeDocument,
    "\n  mutation ThemesTeamsMoveTheme($themeId: ID!, $teamId: ID!) {\n    moveTheme(themeId: $themeId, teamId: $teamId) { errors { field code } theme { team { id } } }\n  }\n": types.ThemesTeamsMoveThemeDocument,
    "\n  mutation ThemesTeamsMoveThreads($themeId: ID!) { moveOpenThreads(themeId: $themeId) { moved } }\n": types.ThemesTeamsMoveThreadsDocument,
    "\n  query ThemesTeamsAdminTheme($themeId: ID!) {\n    adminTheme(themeId: $themeId) { id openThreadsElsewhere team { id } }\n  }\n": types.ThemesTeamsAdminThemeDocument,
    "\n  query ThemesTeamsAdminThemes($first: Int, $after: Cursor) {\n    adminThemes(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id code } }\n    }\n  }\n": types.ThemesTeamsAdminThemesDocument,
    "query ThemesTeamsThemes { themes { id name } }": types.ThemesTeamsThemesDocument,
    "\n  mutation ThemesTeamsCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { errors { field code message } team { id nameNl nameEn email } }\n  }\n": types.ThemesTeamsCreateTeamDocument,
    "\n  mutation ThemesTeamsUpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) { errors { field code } team { id nameNl nameEn email } }\n  }\n": types.ThemesTeamsUpdateTeamDocument,
    "\n  mutation ThemesTeamsAddMember($input: TeamMemberInput!) {\n    addTeamMember(input: $input) { errors { field code } team { id } }\n  }\n": types.ThemesTeamsAddMemberDocument,
    "\n  mutation ThemesTeamsRemoveMember($input: TeamMemberInput!) {\n    removeTeamMember(input: $input) { errors { field code } team { id } }\n  }\n": types.ThemesTeamsRemoveMemberDocument,
    "\n  mutation ThemesTeamsSetHelp($input: SetTeamMemberHelpInput!) {\n    setTeamMemberHelp(input: $input) { errors { field code } team { id } }\n  }\n": types.ThemesTeamsSetHelpDocument,
    "\n  query ThemesTeamsAdminTeam($teamId: ID!) {\n    adminTeam(teamId: $teamId) {\n      id\n      members { offeredInHelp user { id } }\n      memberCandidates { id }\n    }\n  }\n": types.ThemesTeamsAdminTeamDocument,
    "\n  query ThemesTeamsHelp { teams { id handlers { id } helpHandlers { id } } }\n": types.ThemesTeamsHelpDocument,
    "\n  query ThemesTeamsHistory($kind: AdminHistoryKind, $first: Int) {\n    adminHistory(kind: $kind, first: $first) {\n      edges { node { action entityType entityId actor { email } changes { field oldValue newValue } } }\n    }\n  }\n": types.ThemesTeamsHistoryDocument,
    "\n  query RoundTripsThread($referenceNumber: String!) {\n    thread(referenceNumber: $referenceNumber) {\n      referenceNumber title lastMessageAt theme { name } team { name }\n      messages { id title body sentAt senderLabel direction attachmentCount read author { firstName lastName } }\n      contacts { firstName lastName email confirmed }\n    }\n  }\n": types.RoundTripsThreadDocument,
    "\n  mutation RoundTripsOpenThread($referenceNumber: String!) {\n    markThreadRead(referenceNumber: $referenceNumber) {\n      referenceNumber\n      messages { title read author { lastName } }\n      contacts { email }\n    }\n  }\n": types.RoundTripsOpenThreadDocument,
    "\n  query CategoriesRead {\n    ticketSettings { categories { id code nameNl nameEn position active ticketCount } }\n  }\n": types.CategoriesReadDocument,
    "\n  mutation CategoriesCreate($input: NewTicketCategoryInput!) {\n    createTicketCategory(input: $input) {\n      errors { field code message }\n      settings { categories { id code nameNl nameEn position active } }\n    }\n  }\n": types.CategoriesCreateDocument,
    "\n  mutation CategoriesUpdate($input: TicketCategoryInput!) {\n    updateTicketCategory(input: $input) {\n      errors { field code message }\n      settings { categories { id nameNl nameEn position active } }\n    }\n  }\n": types.CategoriesUpdateDocument,
    "\n  mutation CategoriesRemove($id: ID!) {\n    removeTicketCategory(categoryId: $id) { errors { field code message } settings { categories { id } } }\n  }\n": types.CategoriesRemoveDocument,
    "\n  query CategoriesOffered($all: Boolean!) { ticketCategories(includeInactive: $all) { id name active } }\n": types.CategoriesOfferedDocument,
    "\n  query CategoriesSupportTypes { ticketSupportTypes { id code } }\n": types.CategoriesSupportTypesDocument,
    "\n  mutation CategoriesCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { errors { field code } ticket { id category { id name active } } }\n  }\n": types.CategoriesCreateTicketDocument,
    "\n  query CategoriesTicket($id: ID) {\n    ticket(id: $id) { category { id name active } entries { kind event { type from to fields } } }\n  }\n": types.CategoriesTicketDocument,
    "\n  mutation CategoriesDetails($input: UpdateTicketDetailsInput!) {\n    updateTicketDetails(input: $input) { errors { field code } ticket { category { id } } }\n  }\n": types.CategoriesDetailsDocument,
    "\n  query CategoriesStaffList($filter: StaffTicketFilterInput) {\n    staffTickets(filter: $filter, first: 50) { edges { node { id } } }\n  }\n": types.CategoriesStaffListDocument,
    "\n  query CategoriesReport($from: Day!, $to: Day!) {\n    ticketCategoryCounts(from: $from, to: $to) { category { id name active } created open }\n    ticketDeflectionReport(from: $from, to: $to, top: 2) {\n      suggestionsShown ticketsAvoided ticketsAfterSuggestions\n      topArticles { articleId slug title ticketsAvoided }\n    }\n  }\n": types.CategoriesReportDocument,
    "\n  mutation CategoriesDeflect($input: RecordDeflectionInput!) {\n    recordTicketDeflection(input: $input) { recorded errors { field code } }\n  }\n": types.CategoriesDeflectDocument,
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
    "\n  mutation TracedExport($input: RequestPersonalDataExportInput!) {\n    requestPersonalDataExport(input: $input) { id status }\n  }\n": types.TracedExportDocument,
    "\n  mutation TestLogin($input: LoginInput!) {\n    login(input: $input) { token errors { field code message } user { id email roles } }\n  }\n": types.TestLoginDocument,
    "\n      mutation TestAddContactPerson($input: AddContactPersonInput!) {\n        addContactPerson(input: $input) { contactPerson { id } errors { field code } }\n      }\n    ": types.TestAddContactPersonDocument,
    "\n      mutation TestConfirmContactPerson($t: String!) {\n        confirmContactPerson(token: $t) { status }\n      }\n    ": types.TestConfirmContactPersonDocument,
    "\n  mutation TestSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id referenceNumber direction title }\n      recipient { kind name }\n      errors { field code message }\n      privacyWarnings { kind field masked message }\n    }\n  }\n": types.TestSendMessageDocument,
    "\n  mutation TestReplyToThread($input: ReplyInput!) {\n    replyToThread(input: $input) {\n      message { id referenceNumber direction body }\n      recipient { kind name }\n      errors { field code message }\n      privacyWarnings { kind field masked message }\n    }\n  }\n": types.TestReplyToThreadDocument,
    "\n  mutation TestSendMessageToOrganisation($input: StaffSendMessageInput!) {\n    sendMessageToOrganisation(input: $input) {\n      message { id referenceNumber direction title }\n      recipient { kind name }\n      errors { field code message }\n      privacyWarnings { kind }\n    }\n  }\n": types.TestSendMessageToOrganisationDocument,
    "\n      query WorldThreadContacts($r: String!) {\n        thread(referenceNumber: $r) { id contacts { id standard } }\n      }\n    ": types.WorldThreadContactsDocument,
    "\n      query WorldSessions {\n        mySessions { id current }\n      }\n    ": types.WorldSessionsDocument,
    "\n      mutation WorldCreateTicket($input: CreateTicketInput!) {\n        createTicket(input: $input) { errors { field code } privacyWarnings { kind } ticket { id number } }\n      }\n    ": types.WorldCreateTicketDocument,
    "mutation WorldChatAgent { setChatAgentAvailable(available: true) }": types.WorldChatAgentDocument,
    "\n      mutation WorldStartChat($input: StartChatInput!) {\n        startChat(input: $input) { errors { code } chat { id } }\n      }\n    ": types.WorldStartChatDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetentionE2eTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { errors { code } ticket { id number } }\n  }\n"): typeof import('./graphql.js').RetentionE2eTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query E2eThemeIds { themes { id code } }"): typeof import('./graphql.js').E2eThemeIdsDocument;
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
export function graphql(source: "mutation AccountsChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { roles } errors { field code } } }"): typeof import('./graphql.js').AccountsChangeUserRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsMe3 { me { email } }"): typeof import('./graphql.js').AccountsMe3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdministrationCreate($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      errors { field code message }\n      organisation { id name enterpriseNumber recognitionNumber email deactivatedAt themes { id } }\n    }\n  }\n"): typeof import('./graphql.js').AdministrationCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdministrationInviteAdmin($input: InviteOrganisationAdminInput!) {\n    inviteOrganisationAdmin(input: $input) { errors { field code } user { id email roles status } }\n  }\n"): typeof import('./graphql.js').AdministrationInviteAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdministrationAccept($input: TokenPasswordInput!) {\n    acceptInvitation(input: $input) { token errors { field code } }\n  }\n"): typeof import('./graphql.js').AdministrationAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdministrationDeactivate($id: ID!) { deactivateOrganisation(id: $id) { id deactivatedAt } }\n"): typeof import('./graphql.js').AdministrationDeactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdministrationReactivate($id: ID!) { reactivateOrganisation(id: $id) { id deactivatedAt } }\n"): typeof import('./graphql.js').AdministrationReactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdministrationUpdate($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      errors { field code }\n      organisation { enterpriseNumber recognitionNumber themes { id } }\n    }\n  }\n"): typeof import('./graphql.js').AdministrationUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdministrationMe { me { email roles } }"): typeof import('./graphql.js').AdministrationMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdministrationHistory($kind: AdminHistoryKind, $first: Int, $after: Cursor) {\n    adminHistory(kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { action entityType entityId actor { email } organisation { name }\n        changes { field oldValue newValue } } }\n    }\n  }\n"): typeof import('./graphql.js').AdministrationHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdministrationLogin($input: LoginInput!) { login(input: $input) { token errors { code } } }"): typeof import('./graphql.js').AdministrationLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdministrationMoveTheme($themeId: ID!, $teamId: ID!) {\n      moveTheme(themeId: $themeId, teamId: $teamId) { errors { field code } theme { id team { id } } }\n    }\n  "): typeof import('./graphql.js').AdministrationMoveThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdministrationMoveThreads($themeId: ID!) { moveOpenThreads(themeId: $themeId) { moved } }\n  "): typeof import('./graphql.js').AdministrationMoveThreadsDocument;
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
export function graphql(source: "\n      mutation FanoutChangeUserRole($input: ChangeUserRoleInput!) {\n        changeUserRole(input: $input) { errors { code } }\n      }\n    "): typeof import('./graphql.js').FanoutChangeUserRoleDocument;
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
export function graphql(source: "\n  mutation AbandonSetAvailable($available: Boolean!) { setChatAgentAvailable(available: $available) }\n"): typeof import('./graphql.js').AbandonSetAvailableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbandonStart($input: StartChatInput!) {\n    startChat(input: $input) { errors { field code } chat { id status } }\n  }\n"): typeof import('./graphql.js').AbandonStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbandonTake($chatId: ID!) { takeChat(chatId: $chatId) { errors { code } chat { id status } } }\n"): typeof import('./graphql.js').AbandonTakeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbandonSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) { errors { field code } chat { id } }\n  }\n"): typeof import('./graphql.js').AbandonSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbandonEnd($input: EndChatInput!) {\n    endChat(input: $input) { errors { code } chat { id status ticketNumber endReason } }\n  }\n"): typeof import('./graphql.js').AbandonEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AbandonUpdated($id: ID!) { chatUpdated(id: $id) { id status endReason ticketNumber } }\n"): typeof import('./graphql.js').AbandonUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AbandonTicket($number: String!) {\n    ticket(number: $number) { channel status subject entries { kind body byStaff } }\n  }\n"): typeof import('./graphql.js').AbandonTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatAvailability { chatAvailability { open agentsAvailable offered opensAt } }\n"): typeof import('./graphql.js').ChatAvailabilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatSetAvailable($available: Boolean!) { setChatAgentAvailable(available: $available) }\n"): typeof import('./graphql.js').ChatSetAvailableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatStart($input: StartChatInput!) {\n    startChat(input: $input) { errors { field code message } chat { id status subject } }\n  }\n"): typeof import('./graphql.js').ChatStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatTake($chatId: ID!) { takeChat(chatId: $chatId) { errors { code } chat { id status agentName } } }\n"): typeof import('./graphql.js').ChatTakeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) { errors { field code message } chat { id } }\n  }\n"): typeof import('./graphql.js').ChatSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatEnd($input: EndChatInput!) {\n    endChat(input: $input) { errors { field code message } chat { id status ticketNumber } }\n  }\n"): typeof import('./graphql.js').ChatEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatRunning { runningChat { id status messages { body byStaff mine } } }\n"): typeof import('./graphql.js').ChatRunningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChatOne($id: ID!) { chat(id: $id) { id status } }"): typeof import('./graphql.js').ChatOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatUpdated($id: ID!) { chatUpdated(id: $id) { id status messages { body byStaff mine } } }\n"): typeof import('./graphql.js').ChatUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatQueue { staffChatsChanged { id status subject customer { email } organisation { name } } }\n"): typeof import('./graphql.js').ChatQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatTicket($number: String!) {\n    ticket(number: $number) { channel status subject entries { kind body byStaff } }\n  }\n"): typeof import('./graphql.js').ChatTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChatStaffList { staffChats { id } }"): typeof import('./graphql.js').ChatStaffListDocument;
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
export function graphql(source: "\n  mutation GdprRequestExport($input: RequestPersonalDataExportInput!) {\n    requestPersonalDataExport(input: $input) { id status subjectKind subjectId downloadPath }\n  }\n"): typeof import('./graphql.js').GdprRequestExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GdprMyExports { myPersonalDataExports { id status downloadedAt } }\n"): typeof import('./graphql.js').GdprMyExportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GdprErase($input: PersonInput!) { erasePerson(input: $input) { ok errors { field code message } } }\n"): typeof import('./graphql.js').GdprEraseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GdprHold($input: SetLegalHoldInput!) { setLegalHold(input: $input) }\n"): typeof import('./graphql.js').GdprHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GdprRetention($input: SetRetentionPeriodInput!) {\n    setRetentionPeriod(input: $input) { ok errors { field code message } }\n  }\n"): typeof import('./graphql.js').GdprRetentionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GdprCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { errors { code } ticket { id number } }\n  }\n"): typeof import('./graphql.js').GdprCreateTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GdprMe { me { id firstName } }\n"): typeof import('./graphql.js').GdprMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GdprPeople($search: String!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    privacyPeople(search: $search, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { node { kind id lastName erased } }\n    }\n  }\n"): typeof import('./graphql.js').GdprPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GdprTicketRequester($id: ID!) { ticket(id: $id) { requester { id firstName lastName erased } } }\n"): typeof import('./graphql.js').GdprTicketRequesterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation GdprSend($input: SendMessageInput!) { sendMessage(input: $input) { errors { code } message { id } } }\n      "): typeof import('./graphql.js').GdprSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelpdeskAsk($input: TechnicalQuestionInput!) {\n    askTechnicalHelpdesk(input: $input) { ok errors { field code } }\n  }\n"): typeof import('./graphql.js').HelpdeskAskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbSave($input: SaveKnowledgeItemInput!) {\n    saveKnowledgeItem(input: $input) {\n      errors { field code message }\n      item { id slug status title bodyHtml publishedAt }\n    }\n  }\n"): typeof import('./graphql.js').KbSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbArticle($slug: String!) {\n    knowledgeArticle(slug: $slug) { id title bodyHtml status tags category }\n  }\n"): typeof import('./graphql.js').KbArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbArticles($first: Int, $after: Cursor, $drafts: Boolean) {\n    knowledgeArticles(first: $first, after: $after, drafts: $drafts) {\n      edges { node { slug status } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql.js').KbArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbSearch($query: String!, $first: Int, $after: Cursor) {\n    searchKnowledgeBase(query: $query, first: $first, after: $after) {\n      edges { node { rank item { id slug title } snippet { text match } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql.js').KbSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbOpenOutage($input: OpenOutageInput!) {\n    openOutage(input: $input) { errors { field code } outage { id status title updates { status message } } }\n  }\n"): typeof import('./graphql.js').KbOpenOutageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbUpdateOutage($input: UpdateOutageInput!) {\n    updateOutage(input: $input) { errors { field code } outage { id status endedAt updates { status } } }\n  }\n"): typeof import('./graphql.js').KbUpdateOutageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbOpenOutages { openOutages { id title service status } }\n"): typeof import('./graphql.js').KbOpenOutagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription KbOutagesLive { openOutagesChanged { id title status } }\n"): typeof import('./graphql.js').KbOutagesLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbNewsPage($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    newsItems(first: $first, after: $after, last: $last, before: $before, drafts: true) {\n      edges { node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): typeof import('./graphql.js').KbNewsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbOutagesPage($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    outages(first: $first, after: $after, last: $last, before: $before) {\n      edges { node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): typeof import('./graphql.js').KbOutagesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbDeflect($input: RecordDeflectionInput!) {\n    recordTicketDeflection(input: $input) { recorded errors { field code } }\n  }\n"): typeof import('./graphql.js').KbDeflectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbReport($since: DateTimeISO) { ticketDeflectionReport(since: $since) { suggestionsShown ticketsAvoided ticketsAfterSuggestions } }\n"): typeof import('./graphql.js').KbReportDocument;
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
export function graphql(source: "\n  query OrgUsersList($first: Int, $after: Cursor, $status: UserStatus) {\n    organisationUsers(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id email lastName status tenantRole } }\n    }\n  }\n"): typeof import('./graphql.js').OrgUsersListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgUsersChangeRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) { user { id roles tenantRole } errors { field code message } }\n  }\n"): typeof import('./graphql.js').OrgUsersChangeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgUsersDeactivate($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) { user { id status } errors { field code message } }\n  }\n"): typeof import('./graphql.js').OrgUsersDeactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgUsersReactivate($id: ID!) {\n    reactivateUser(userId: $id) { user { id status } errors { field code } }\n  }\n"): typeof import('./graphql.js').OrgUsersReactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgUsersInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) { user { id status tenantRole } errors { field code } }\n  }\n"): typeof import('./graphql.js').OrgUsersInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrgUsersResend($id: ID!) { resendInvitation(userId: $id) { status } }"): typeof import('./graphql.js').OrgUsersResendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgUsersMe { me { email roles } }"): typeof import('./graphql.js').OrgUsersMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OrgUsersAccept($input: TokenPasswordInput!) { acceptInvitation(input: $input) { errors { code } } }\n    "): typeof import('./graphql.js').OrgUsersAcceptDocument;
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
export function graphql(source: "query QuarantineAlertCount { quarantineCount }"): typeof import('./graphql.js').QuarantineAlertCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription QuarantineAlertLive { quarantineCountChanged }"): typeof import('./graphql.js').QuarantineAlertLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuarantineAlertHeld { inboundMails(status: QUARANTINED, first: 100) { edges { node { id } } } }\n"): typeof import('./graphql.js').QuarantineAlertHeldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuarantineAlertDiscard($input: DiscardInboundMailInput!) { discardInboundMail(input: $input) { errors { code } } }\n"): typeof import('./graphql.js').QuarantineAlertDiscardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionPageOverview {\n    retentionOverview {\n      themes { id code name retentionDays due held }\n      queues { id code name retentionDays due held }\n    }\n    lastRetentionRun { startedAt finishedAt threads tickets inboundMails files webhookDeliveries exports }\n  }\n"): typeof import('./graphql.js').RetentionPageOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionPageHolds($first: Int, $after: Cursor) {\n    legalHolds(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { record id label title organisationName onHold reason heldAt heldByName } }\n    }\n  }\n"): typeof import('./graphql.js').RetentionPageHoldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionPageHoldOf($record: LegalHoldRecord!, $key: String!) {\n    legalHold(record: $record, key: $key) { record id label onHold reason heldByName }\n  }\n"): typeof import('./graphql.js').RetentionPageHoldOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetentionPageChangeHold($input: ChangeLegalHoldInput!) {\n    changeLegalHold(input: $input) {\n      errors { field code message }\n      legalHold { id onHold reason heldByName }\n    }\n  }\n"): typeof import('./graphql.js').RetentionPageChangeHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetentionPagePeriod($input: SetRetentionPeriodInput!) {\n    setRetentionPeriod(input: $input) { ok errors { field code message } }\n  }\n"): typeof import('./graphql.js').RetentionPagePeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetentionPageCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { errors { code } ticket { id number } }\n  }\n"): typeof import('./graphql.js').RetentionPageCreateTicketDocument;
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
export function graphql(source: "query SsoLoginOptions { loginOptions { password singleSignOn { name } } }"): typeof import('./graphql.js').SsoLoginOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoStart { startSingleSignOn { errors { code } authorizationUrl state nonce codeVerifier } }\n"): typeof import('./graphql.js').SsoStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoComplete($input: CompleteSingleSignOnInput!) {\n    completeSingleSignOn(input: $input) { token errors { field code message } user { id email status roles organisationId } }\n  }\n"): typeof import('./graphql.js').SsoCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SsoSignOutUrl { singleSignOutUrl }"): typeof import('./graphql.js').SsoSignOutUrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SsoMe { me { id email } }"): typeof import('./graphql.js').SsoMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WalkStaffInbox($filter: StaffInboxFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    staffInbox(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { node { title } }\n    }\n  }\n"): typeof import('./graphql.js').WalkStaffInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUsersList($search: String, $role: StaffRole, $status: UserStatus, $first: Int, $after: Cursor) {\n    staffUsers(search: $search, role: $role, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id email lastName role status teams { nameNl } queues { code } } }\n    }\n  }\n"): typeof import('./graphql.js').StaffUsersListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUsersOne($id: ID!) { staffUser(id: $id) { id role status queues { id } } }\n"): typeof import('./graphql.js').StaffUsersOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffUsersInvite($input: InviteStaffUserInput!) {\n    inviteStaffUser(input: $input) { errors { field code message } staffUser { id email role status } }\n  }\n"): typeof import('./graphql.js').StaffUsersInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffUsersAccept($input: TokenPasswordInput!) {\n    acceptInvitation(input: $input) { token errors { field code } }\n  }\n"): typeof import('./graphql.js').StaffUsersAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffUsersResend($id: ID!) { resendStaffInvitation(userId: $id) { status } }"): typeof import('./graphql.js').StaffUsersResendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffUsersChangeRole($input: ChangeStaffRoleInput!) {\n    changeStaffRole(input: $input) { errors { field code message } staffUser { id role } }\n  }\n"): typeof import('./graphql.js').StaffUsersChangeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffUsersSetQueues($input: SetStaffQueuesInput!) {\n    setStaffQueues(input: $input) { errors { field code message } staffUser { queues { id } } }\n  }\n"): typeof import('./graphql.js').StaffUsersSetQueuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffUsersDeactivate($id: ID!) {\n    deactivateStaffUser(userId: $id) { errors { field code message } staffUser { status } }\n  }\n"): typeof import('./graphql.js').StaffUsersDeactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffUsersReactivate($id: ID!) {\n    reactivateStaffUser(userId: $id) { errors { code } staffUser { status } }\n  }\n"): typeof import('./graphql.js').StaffUsersReactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffUsersQueues { staffQueueChoices { id code } }"): typeof import('./graphql.js').StaffUsersQueuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUsersMyQueueTickets {\n    staffTickets(filter: { myQueues: true, statuses: null }, first: 100) { edges { node { number } } }\n    ticketQueueCounts { queue { id } worksHere }\n  }\n"): typeof import('./graphql.js').StaffUsersMyQueueTicketsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffUsersMe { me { email roles } }"): typeof import('./graphql.js').StaffUsersMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUsersHistory {\n    adminHistory(kind: STAFF, first: 50) {\n      edges { node { action entityType entityId actor { email } changes { field oldValue newValue } } }\n    }\n  }\n"): typeof import('./graphql.js').StaffUsersHistoryDocument;
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
export function graphql(source: "\n      mutation IsolationWebhook($input: CreateWebhookEndpointInput!) {\n        createWebhookEndpoint(input: $input) { errors { code } endpoint { id } }\n      }\n    "): typeof import('./graphql.js').IsolationWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation IsolationDeflection($input: RecordDeflectionInput!) {\n        recordTicketDeflection(input: $input) { recorded errors { code } }\n      }\n    "): typeof import('./graphql.js').IsolationDeflectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IsolationRequestExport { requestPersonalDataExport(input: {}) { id status } }"): typeof import('./graphql.js').IsolationRequestExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IsolationChatAgent { setChatAgentAvailable(available: true) }"): typeof import('./graphql.js').IsolationChatAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IsolationStartChat($input: StartChatInput!) { startChat(input: $input) { errors { code } } }"): typeof import('./graphql.js').IsolationStartChatDocument;
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
export function graphql(source: "\n  mutation ThemesTeamsCreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      errors { field code message }\n      theme { id code nameNl nameEn name team { id } }\n    }\n  }\n"): typeof import('./graphql.js').ThemesTeamsCreateThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThemesTeamsUpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) { errors { field code } theme { id nameNl nameEn } }\n  }\n"): typeof import('./graphql.js').ThemesTeamsUpdateThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThemesTeamsMoveTheme($themeId: ID!, $teamId: ID!) {\n    moveTheme(themeId: $themeId, teamId: $teamId) { errors { field code } theme { team { id } } }\n  }\n"): typeof import('./graphql.js').ThemesTeamsMoveThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThemesTeamsMoveThreads($themeId: ID!) { moveOpenThreads(themeId: $themeId) { moved } }\n"): typeof import('./graphql.js').ThemesTeamsMoveThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemesTeamsAdminTheme($themeId: ID!) {\n    adminTheme(themeId: $themeId) { id openThreadsElsewhere team { id } }\n  }\n"): typeof import('./graphql.js').ThemesTeamsAdminThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemesTeamsAdminThemes($first: Int, $after: Cursor) {\n    adminThemes(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id code } }\n    }\n  }\n"): typeof import('./graphql.js').ThemesTeamsAdminThemesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThemesTeamsThemes { themes { id name } }"): typeof import('./graphql.js').ThemesTeamsThemesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThemesTeamsCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { errors { field code message } team { id nameNl nameEn email } }\n  }\n"): typeof import('./graphql.js').ThemesTeamsCreateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThemesTeamsUpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) { errors { field code } team { id nameNl nameEn email } }\n  }\n"): typeof import('./graphql.js').ThemesTeamsUpdateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThemesTeamsAddMember($input: TeamMemberInput!) {\n    addTeamMember(input: $input) { errors { field code } team { id } }\n  }\n"): typeof import('./graphql.js').ThemesTeamsAddMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThemesTeamsRemoveMember($input: TeamMemberInput!) {\n    removeTeamMember(input: $input) { errors { field code } team { id } }\n  }\n"): typeof import('./graphql.js').ThemesTeamsRemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThemesTeamsSetHelp($input: SetTeamMemberHelpInput!) {\n    setTeamMemberHelp(input: $input) { errors { field code } team { id } }\n  }\n"): typeof import('./graphql.js').ThemesTeamsSetHelpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemesTeamsAdminTeam($teamId: ID!) {\n    adminTeam(teamId: $teamId) {\n      id\n      members { offeredInHelp user { id } }\n      memberCandidates { id }\n    }\n  }\n"): typeof import('./graphql.js').ThemesTeamsAdminTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemesTeamsHelp { teams { id handlers { id } helpHandlers { id } } }\n"): typeof import('./graphql.js').ThemesTeamsHelpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemesTeamsHistory($kind: AdminHistoryKind, $first: Int) {\n    adminHistory(kind: $kind, first: $first) {\n      edges { node { action entityType entityId actor { email } changes { field oldValue newValue } } }\n    }\n  }\n"): typeof import('./graphql.js').ThemesTeamsHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundTripsThread($referenceNumber: String!) {\n    thread(referenceNumber: $referenceNumber) {\n      referenceNumber title lastMessageAt theme { name } team { name }\n      messages { id title body sentAt senderLabel direction attachmentCount read author { firstName lastName } }\n      contacts { firstName lastName email confirmed }\n    }\n  }\n"): typeof import('./graphql.js').RoundTripsThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoundTripsOpenThread($referenceNumber: String!) {\n    markThreadRead(referenceNumber: $referenceNumber) {\n      referenceNumber\n      messages { title read author { lastName } }\n      contacts { email }\n    }\n  }\n"): typeof import('./graphql.js').RoundTripsOpenThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoriesRead {\n    ticketSettings { categories { id code nameNl nameEn position active ticketCount } }\n  }\n"): typeof import('./graphql.js').CategoriesReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CategoriesCreate($input: NewTicketCategoryInput!) {\n    createTicketCategory(input: $input) {\n      errors { field code message }\n      settings { categories { id code nameNl nameEn position active } }\n    }\n  }\n"): typeof import('./graphql.js').CategoriesCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CategoriesUpdate($input: TicketCategoryInput!) {\n    updateTicketCategory(input: $input) {\n      errors { field code message }\n      settings { categories { id nameNl nameEn position active } }\n    }\n  }\n"): typeof import('./graphql.js').CategoriesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CategoriesRemove($id: ID!) {\n    removeTicketCategory(categoryId: $id) { errors { field code message } settings { categories { id } } }\n  }\n"): typeof import('./graphql.js').CategoriesRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoriesOffered($all: Boolean!) { ticketCategories(includeInactive: $all) { id name active } }\n"): typeof import('./graphql.js').CategoriesOfferedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoriesSupportTypes { ticketSupportTypes { id code } }\n"): typeof import('./graphql.js').CategoriesSupportTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CategoriesCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { errors { field code } ticket { id category { id name active } } }\n  }\n"): typeof import('./graphql.js').CategoriesCreateTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoriesTicket($id: ID) {\n    ticket(id: $id) { category { id name active } entries { kind event { type from to fields } } }\n  }\n"): typeof import('./graphql.js').CategoriesTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CategoriesDetails($input: UpdateTicketDetailsInput!) {\n    updateTicketDetails(input: $input) { errors { field code } ticket { category { id } } }\n  }\n"): typeof import('./graphql.js').CategoriesDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoriesStaffList($filter: StaffTicketFilterInput) {\n    staffTickets(filter: $filter, first: 50) { edges { node { id } } }\n  }\n"): typeof import('./graphql.js').CategoriesStaffListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoriesReport($from: Day!, $to: Day!) {\n    ticketCategoryCounts(from: $from, to: $to) { category { id name active } created open }\n    ticketDeflectionReport(from: $from, to: $to, top: 2) {\n      suggestionsShown ticketsAvoided ticketsAfterSuggestions\n      topArticles { articleId slug title ticketsAvoided }\n    }\n  }\n"): typeof import('./graphql.js').CategoriesReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CategoriesDeflect($input: RecordDeflectionInput!) {\n    recordTicketDeflection(input: $input) { recorded errors { field code } }\n  }\n"): typeof import('./graphql.js').CategoriesDeflectDocument;
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
export function graphql(source: "\n  mutation TracedExport($input: RequestPersonalDataExportInput!) {\n    requestPersonalDataExport(input: $input) { id status }\n  }\n"): typeof import('./graphql.js').TracedExportDocument;
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
export function graphql(source: "\n      query WorldThreadContacts($r: String!) {\n        thread(referenceNumber: $r) { id contacts { id standard } }\n      }\n    "): typeof import('./graphql.js').WorldThreadContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query WorldSessions {\n        mySessions { id current }\n      }\n    "): typeof import('./graphql.js').WorldSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation WorldCreateTicket($input: CreateTicketInput!) {\n        createTicket(input: $input) { errors { field code } privacyWarnings { kind } ticket { id number } }\n      }\n    "): typeof import('./graphql.js').WorldCreateTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorldChatAgent { setChatAgentAvailable(available: true) }"): typeof import('./graphql.js').WorldChatAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation WorldStartChat($input: StartChatInput!) {\n        startChat(input: $input) { errors { code } chat { id } }\n      }\n    "): typeof import('./graphql.js').WorldStartChatDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
