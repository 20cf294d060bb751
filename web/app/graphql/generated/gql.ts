/* eslint-disable */
import * as types from './graphql';



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
    "subscription LiveChatUpdated($id: ID!) {\n  chatUpdated(id: $id) {\n    id\n    status\n  }\n}\n\nsubscription LiveStaffChats {\n  staffChatsChanged {\n    id\n    status\n  }\n}": typeof types.LiveChatUpdatedDocument,
    "\n  fragment UserErrorFields on UserError {\n    field\n    code\n    message\n  }\n": typeof types.UserErrorFieldsFragmentDoc,
    "\n  fragment PrivacyWarningFields on PrivacyWarning {\n    field\n    kind\n    masked\n    message\n  }\n": typeof types.PrivacyWarningFieldsFragmentDoc,
    "\n  query Viewer {\n    me {\n      id\n      email\n      firstName\n      lastName\n      phone\n      language\n      roles\n      isStaff\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n        language\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: TokenPasswordInput!) {\n    resetPassword(input: $input) {\n      ok\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      ok\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  mutation AcceptInvitation($input: TokenPasswordInput!) {\n    acceptInvitation(input: $input) {\n      token\n      expiresAt\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n        language\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      expiresAt\n      userAgent\n      ip\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n        firstName\n        lastName\n        email\n        phone\n      }\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SetLanguage($language: Language!) {\n    setLanguage(language: $language) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n        language\n      }\n    }\n  }\n": typeof types.SetLanguageDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  fragment AdminOrganisationFields on Organisation {\n    id\n    name\n    enterpriseNumber\n    recognitionNumber\n    phone\n    email\n    websiteUrl\n    deactivatedAt\n    themes {\n      id\n      name\n    }\n  }\n": typeof types.AdminOrganisationFieldsFragmentDoc,
    "\n  query AdminOrganisations($search: String, $first: Int, $after: Cursor) {\n    organisations(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminOrganisationFields\n        }\n      }\n    }\n  }\n": typeof types.AdminOrganisationsDocument,
    "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...AdminOrganisationFields\n      users {\n        id\n        firstName\n        lastName\n        email\n        roles\n        status\n      }\n    }\n    themes {\n      id\n      name\n    }\n  }\n": typeof types.AdminOrganisationDocument,
    "\n  query AdminThemes {\n    themes {\n      id\n      name\n    }\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.AdminThemesDocument,
    "\n  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminCreateOrganisationDocument,
    "\n  mutation AdminUpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      organisation {\n        id\n      }\n    }\n  }\n": typeof types.AdminUpdateOrganisationDocument,
    "\n  mutation AdminDeactivateOrganisation($id: ID!) {\n    deactivateOrganisation(id: $id) {\n      id\n    }\n  }\n": typeof types.AdminDeactivateOrganisationDocument,
    "\n  mutation AdminReactivateOrganisation($id: ID!) {\n    reactivateOrganisation(id: $id) {\n      id\n    }\n  }\n": typeof types.AdminReactivateOrganisationDocument,
    "\n  mutation AdminInviteOrganisationAdmin($input: InviteOrganisationAdminInput!) {\n    inviteOrganisationAdmin(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.AdminInviteOrganisationAdminDocument,
    "\n  query AdminHistory($kind: AdminHistoryKind, $first: Int, $after: Cursor) {\n    adminHistory(kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          entityType\n          entityId\n          createdAt\n          organisation {\n            id\n            name\n          }\n          actor {\n            id\n            firstName\n            lastName\n            isStaff\n          }\n          changes {\n            field\n            oldValue\n            newValue\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminHistoryDocument,
    "\n  query CustomerChat {\n    chatAvailability { open agentsAvailable offered opensAt }\n    runningChat {\n      id\n      status\n      subject\n      agentName\n      messages { id body byStaff mine createdAt }\n    }\n  }\n": typeof types.CustomerChatDocument,
    "\n  query StaffChat {\n    chatAgentAvailable\n    staffChats {\n      id\n      status\n      subject\n      startedAt\n      customer { firstName lastName email }\n      organisation { name }\n      messages { id body byStaff mine createdAt }\n    }\n  }\n": typeof types.StaffChatDocument,
    "\n  mutation StartChat($input: StartChatInput!) {\n    startChat(input: $input) { errors { field code message } chat { id } }\n  }\n": typeof types.StartChatDocument,
    "\n  mutation SendChatMessage($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) { errors { field code message } chat { id } }\n  }\n": typeof types.SendChatMessageDocument,
    "\n  mutation EndChat($input: EndChatInput!) {\n    endChat(input: $input) { errors { field code message } chat { id ticketNumber } }\n  }\n": typeof types.EndChatDocument,
    "\n  mutation TakeChat($chatId: ID!) {\n    takeChat(chatId: $chatId) { errors { field code message } chat { id } }\n  }\n": typeof types.TakeChatDocument,
    "\n  mutation SetChatAgentAvailable($available: Boolean!) {\n    setChatAgentAvailable(available: $available)\n  }\n": typeof types.SetChatAgentAvailableDocument,
    "\n  query EndedChat($id: ID!) {\n    chat(id: $id) { id status endReason ticketNumber }\n  }\n": typeof types.EndedChatDocument,
    "\n  query KbArticles($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    knowledgeArticles(first: $first, after: $after, last: $last, before: $before) {\n      edges { cursor node { id slug title summary category tags updatedAt } }\n      pageInfo { hasNextPage hasPreviousPage }\n    }\n  }\n": typeof types.KbArticlesDocument,
    "\n  query KbSearch($query: String!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    searchKnowledgeBase(query: $query, first: $first, after: $after, last: $last, before: $before) {\n      edges { cursor node { item { id slug title category updatedAt } snippet { text match } } }\n      pageInfo { hasNextPage hasPreviousPage }\n    }\n  }\n": typeof types.KbSearchDocument,
    "\n  query KbArticle($slug: String!) {\n    knowledgeArticle(slug: $slug) { id slug title bodyHtml category tags status updatedAt }\n  }\n": typeof types.KbArticleDocument,
    "\n  query KbNewsItem($slug: String!) {\n    newsItem(slug: $slug) { id slug title bodyHtml status publishedAt updatedAt }\n  }\n": typeof types.KbNewsItemDocument,
    "\n  query KbNewsAndOutages($first: Int) {\n    newsItems(first: $first) { edges { node { id slug title summary publishedAt updatedAt } } }\n    outages(first: $first) {\n      edges { node { id title service status startedAt endedAt updates { id status message createdAt } } }\n    }\n  }\n": typeof types.KbNewsAndOutagesDocument,
    "\n  query KbOpenOutages { openOutages { id title service status startedAt } }\n": typeof types.KbOpenOutagesDocument,
    "\n  mutation KbRecordDeflection($input: RecordDeflectionInput!) {\n    recordTicketDeflection(input: $input) { recorded errors { field code message } }\n  }\n": typeof types.KbRecordDeflectionDocument,
    "\n  query KbAdminArticles($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    knowledgeArticles(first: $first, after: $after, last: $last, before: $before, drafts: true) {\n      pageInfo { hasNextPage hasPreviousPage }\n      edges { cursor node { id slug title status updatedAt } }\n    }\n  }\n": typeof types.KbAdminArticlesDocument,
    "\n  query KbAdminNews($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    newsItems(first: $first, after: $after, last: $last, before: $before, drafts: true) {\n      pageInfo { hasNextPage hasPreviousPage }\n      edges { cursor node { id slug title status updatedAt } }\n    }\n  }\n": typeof types.KbAdminNewsDocument,
    "\n  query KbAdminOutages($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    outages(first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage }\n      edges { cursor node { id title service status startedAt endedAt } }\n    }\n  }\n": typeof types.KbAdminOutagesDocument,
    "\n  query KbAdminItem($slug: String!, $news: Boolean!) {\n    knowledgeArticle(slug: $slug) @skip(if: $news) {\n      id kind slug status category tags titleNl titleEn bodyNl bodyEn\n    }\n    newsItem(slug: $slug) @include(if: $news) {\n      id kind slug status category tags titleNl titleEn bodyNl bodyEn\n    }\n  }\n": typeof types.KbAdminItemDocument,
    "\n  mutation KbSaveItem($input: SaveKnowledgeItemInput!) {\n    saveKnowledgeItem(input: $input) { errors { field code message } item { id slug } }\n  }\n": typeof types.KbSaveItemDocument,
    "\n  mutation KbOpenOutage($input: OpenOutageInput!) {\n    openOutage(input: $input) { errors { field code message } outage { id } }\n  }\n": typeof types.KbOpenOutageDocument,
    "\n  mutation KbUpdateOutage($input: UpdateOutageInput!) {\n    updateOutage(input: $input) { errors { field code message } outage { id } }\n  }\n": typeof types.KbUpdateOutageDocument,
    "\n  query FailedMails {\n    failedMails {\n      id\n      recipient\n      subject\n      organisationName\n      reason\n      attempts\n      failedAt\n    }\n  }\n": typeof types.FailedMailsDocument,
    "\n  mutation RetryFailedMail($id: ID!) {\n    retryFailedMail(id: $id)\n  }\n": typeof types.RetryFailedMailDocument,
    "\n  query HeldMails($status: InboundMailStatus!, $first: Int, $after: Cursor, $organisations: Int) {\n    inboundMails(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage }\n      edges {\n        cursor\n        node { id status reason sender subject receivedAt sizeBytes downloadPath }\n      }\n    }\n    organisations(first: $organisations) {\n      edges { node { id name } }\n    }\n  }\n": typeof types.HeldMailsDocument,
    "\n  mutation ReplayInboundMail($input: ReplayInboundMailInput!) {\n    replayInboundMail(input: $input) { errors { field code message } inboundMail { id ticketNumber } }\n  }\n": typeof types.ReplayInboundMailDocument,
    "\n  mutation DiscardInboundMail($input: DiscardInboundMailInput!) {\n    discardInboundMail(input: $input) { errors { field code message } inboundMail { id } }\n  }\n": typeof types.DiscardInboundMailDocument,
    "\n  fragment MessagesListFields on Message {\n    id\n    referenceNumber\n    title\n    direction\n    read\n    sentAt\n    senderLabel\n    attachmentCount\n    theme {\n      id\n      name\n    }\n    addressedTeam {\n      id\n      name\n    }\n    addressedHandler {\n      id\n      firstName\n      lastName\n    }\n  }\n": typeof types.MessagesListFieldsFragmentDoc,
    "\n  fragment MessagesContactFields on ThreadContact {\n    id\n    contactPersonId\n    firstName\n    lastName\n    email\n    phone\n    standard\n    confirmed\n  }\n": typeof types.MessagesContactFieldsFragmentDoc,
    "\n  fragment MessagesSendPayload on SendMessagePayload {\n    errors {\n      ...UserErrorFields\n    }\n    privacyWarnings {\n      ...PrivacyWarningFields\n    }\n    message {\n      id\n      referenceNumber\n    }\n    recipient {\n      kind\n      name\n    }\n  }\n": typeof types.MessagesSendPayloadFragmentDoc,
    "\n  query MessagesStartPage($latest: Int!) {\n    tasks {\n      id\n      kind\n      message\n      awaitingConfirmation\n      theme {\n        id\n        name\n      }\n    }\n    latest: messages(first: $latest, filter: { direction: INBOUND }) {\n      totalCount\n      edges {\n        node {\n          ...MessagesListFields\n        }\n      }\n    }\n    messageCounts {\n      inbound\n      unreadInbound\n    }\n    myOrganisation {\n      id\n      themes {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      name\n      # Only the handlers offered in 'Hulp nodig?' (the administration's choice, decision 0034).\n      handlers: helpHandlers {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": typeof types.MessagesStartPageDocument,
    "\n  query MessagesList($filter: MessageFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    messages(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MessagesListFields\n        }\n      }\n    }\n    messageCounts {\n      inbound\n      outbound\n      unreadInbound\n    }\n    myOrganisation {\n      id\n      themes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MessagesListDocument,
    "\n  query MessagesThemeTasks {\n    tasks {\n      id\n      message\n      awaitingConfirmation\n      theme {\n        id\n      }\n    }\n  }\n": typeof types.MessagesThemeTasksDocument,
    "\n  mutation MessagesOpenThread($referenceNumber: String!) {\n    markThreadRead(referenceNumber: $referenceNumber) {\n      id\n      referenceNumber\n      title\n      theme {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n      messages {\n        id\n        direction\n        title\n        body\n        sentAt\n        senderLabel\n        addressedTeam {\n          id\n          name\n        }\n        addressedHandler {\n          id\n          firstName\n          lastName\n        }\n        attachments {\n          id\n          fileName\n          sizeBytes\n          contentType\n        }\n      }\n      contacts {\n        ...MessagesContactFields\n      }\n    }\n  }\n": typeof types.MessagesOpenThreadDocument,
    "\n  query MessagesNewContext {\n    myOrganisation {\n      id\n      themes {\n        id\n        name\n        teamId\n      }\n    }\n    teams {\n      id\n      name\n      # Only the handlers offered in 'Hulp nodig?' (the administration's choice, decision 0034).\n      handlers: helpHandlers {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": typeof types.MessagesNewContextDocument,
    "\n  query MessagesDraftContacts($themeId: ID!) {\n    draftThreadContacts(themeId: $themeId) {\n      ...MessagesContactFields\n    }\n  }\n": typeof types.MessagesDraftContactsDocument,
    "\n  mutation MessagesSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessagesSendPayload\n    }\n  }\n": typeof types.MessagesSendDocument,
    "\n  mutation MessagesReply($input: ReplyInput!) {\n    replyToThread(input: $input) {\n      ...MessagesSendPayload\n    }\n  }\n": typeof types.MessagesReplyDocument,
    "\n  fragment OrganisationUserFields on User {\n    id\n    firstName\n    lastName\n    email\n    language\n    status\n    tenantRole\n  }\n": typeof types.OrganisationUserFieldsFragmentDoc,
    "\n  query OrganisationUsersPage($first: Int, $after: Cursor) {\n    organisationUsers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrganisationUserFields\n        }\n      }\n    }\n  }\n": typeof types.OrganisationUsersPageDocument,
    "\n  query OrganisationUser($id: ID!) {\n    organisationUser(id: $id) {\n      ...OrganisationUserFields\n    }\n  }\n": typeof types.OrganisationUserDocument,
    "\n  mutation InviteOrganisationUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n      }\n    }\n  }\n": typeof types.InviteOrganisationUserDocument,
    "\n  mutation ResendUserInvitation($id: ID!) {\n    resendInvitation(userId: $id) {\n      id\n    }\n  }\n": typeof types.ResendUserInvitationDocument,
    "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ChangeUserRoleDocument,
    "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n      }\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(userId: $id) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    externalNumber\n    phone\n    email\n    websiteUrl\n    updatedAt\n    themes {\n      id\n      name\n    }\n  }\n": typeof types.OrganisationFieldsFragmentDoc,
    "\n  fragment ContactPersonFields on ContactPerson {\n    id\n    firstName\n    lastName\n    email\n    phone\n    language\n    status\n    confirmedAt\n    hasAccess\n    emailUndeliverable {\n      reason\n      since\n    }\n    themes {\n      id\n      name\n    }\n  }\n": typeof types.ContactPersonFieldsFragmentDoc,
    "\n  query MyOrganisation {\n    myOrganisation {\n      ...OrganisationFields\n    }\n  }\n": typeof types.MyOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      organisation {\n        ...OrganisationFields\n      }\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  query ContactPersons($filter: ContactPersonFilter, $first: Int, $after: Cursor) {\n    contactPersons(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ContactPersonFields\n        }\n      }\n    }\n  }\n": typeof types.ContactPersonsDocument,
    "\n  query ContactPerson($id: ID!) {\n    contactPerson(id: $id) {\n      ...ContactPersonFields\n    }\n  }\n": typeof types.ContactPersonDocument,
    "\n  query ContactsPage($filter: ContactPersonFilter, $first: Int, $after: Cursor) {\n    contactPersons(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ContactPersonFields\n        }\n      }\n    }\n    all: contactPersons(first: 1) {\n      totalCount\n    }\n    tasks {\n      id\n      kind\n      message\n      awaitingConfirmation\n      contactPersonId\n      theme {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ContactsPageDocument,
    "\n  mutation AddContactPerson($input: AddContactPersonInput!) {\n    addContactPerson(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      contactPerson {\n        ...ContactPersonFields\n      }\n    }\n  }\n": typeof types.AddContactPersonDocument,
    "\n  mutation UpdateContactPerson($input: UpdateContactPersonInput!) {\n    updateContactPerson(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      contactPerson {\n        ...ContactPersonFields\n      }\n    }\n  }\n": typeof types.UpdateContactPersonDocument,
    "\n  mutation RemoveContactPerson($id: ID!) {\n    removeContactPerson(id: $id)\n  }\n": typeof types.RemoveContactPersonDocument,
    "\n  mutation ResendContactConfirmation($id: ID!) {\n    resendContactConfirmation(id: $id) {\n      errors {\n        ...UserErrorFields\n      }\n      contactPerson {\n        ...ContactPersonFields\n      }\n    }\n  }\n": typeof types.ResendContactConfirmationDocument,
    "\n  mutation InviteContactPerson($id: ID!, $roles: [Role!]!) {\n    inviteContactPerson(id: $id, roles: $roles) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n        email\n        status\n      }\n    }\n  }\n": typeof types.InviteContactPersonDocument,
    "\n  query OrganisationHistory($organisationId: ID!, $first: Int, $after: Cursor) {\n    organisationHistory(organisationId: $organisationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          entityType\n          entityId\n          createdAt\n          actor {\n            id\n            firstName\n            lastName\n            isStaff\n          }\n          changes {\n            field\n            oldValue\n            newValue\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganisationHistoryDocument,
    "\n  query OrganisationUsers {\n    myOrganisation {\n      id\n      users {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": typeof types.OrganisationUsersDocument,
    "\n  query ContactConfirmationLink($token: String!) {\n    contactConfirmationLink(token: $token) {\n      status\n      message\n      organisationName\n      themeNames\n    }\n  }\n": typeof types.ContactConfirmationLinkDocument,
    "\n  mutation ConfirmContactPerson($token: String!) {\n    confirmContactPerson(token: $token) {\n      status\n      message\n      organisationName\n      themeNames\n    }\n  }\n": typeof types.ConfirmContactPersonDocument,
    "\n  query MyPersonalDataExports {\n    myPersonalDataExports {\n      id\n      status\n      createdAt\n      readyAt\n      downloadPath\n    }\n  }\n": typeof types.MyPersonalDataExportsDocument,
    "\n  mutation RequestPersonalDataExport($input: RequestPersonalDataExportInput!) {\n    requestPersonalDataExport(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestPersonalDataExportDocument,
    "\n  query PrivacyPeople($search: String!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    privacyPeople(search: $search, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage }\n      edges {\n        cursor\n        node { kind id firstName lastName email organisationName legalHold erased }\n      }\n    }\n  }\n": typeof types.PrivacyPeopleDocument,
    "\n  mutation ErasePerson($input: PersonInput!) {\n    erasePerson(input: $input) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ErasePersonDocument,
    "\n  mutation SetLegalHold($input: SetLegalHoldInput!) {\n    setLegalHold(input: $input)\n  }\n": typeof types.SetLegalHoldDocument,
    "\n  query RetentionPage($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    retentionOverview {\n      themes { id code name retentionDays due held }\n      queues { id code name retentionDays due held }\n    }\n    lastRetentionRun { startedAt finishedAt threads tickets inboundMails files webhookDeliveries exports }\n    legalHolds(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage }\n      edges {\n        cursor\n        node { record id label title organisationName reason heldAt heldByName }\n      }\n    }\n  }\n": typeof types.RetentionPageDocument,
    "\n  mutation SetRetentionPeriod($input: SetRetentionPeriodInput!) {\n    setRetentionPeriod(input: $input) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.SetRetentionPeriodDocument,
    "\n  query LegalHold($record: LegalHoldRecord!, $key: String!) {\n    legalHold(record: $record, key: $key) { record id label title organisationName onHold reason heldAt heldByName }\n  }\n": typeof types.LegalHoldDocument,
    "\n  mutation ChangeLegalHold($input: ChangeLegalHoldInput!) {\n    changeLegalHold(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n      legalHold { onHold }\n    }\n  }\n": typeof types.ChangeLegalHoldDocument,
    "\n  query ServiceLevelReport($from: Day!, $to: Day!) {\n    ticketCategoryCounts(from: $from, to: $to) {\n      category {\n        id\n        name\n        active\n      }\n      created\n      open\n    }\n    ticketDeflectionReport(from: $from, to: $to, top: 10) {\n      suggestionsShown\n      ticketsAvoided\n      ticketsAfterSuggestions\n      topArticles {\n        articleId\n        slug\n        title\n        ticketsAvoided\n      }\n    }\n    securityIncidentCounts(from: $from, to: $to) {\n      organisationId\n      organisationName\n      year\n      incidents\n      noticeSentAt\n    }\n    serviceLevelReport(from: $from, to: $to) {\n      month\n      queueCode\n      queue\n      supportTypeCode\n      supportType\n      created\n      reactionMet\n      reactionBreached\n      reactionMetPercent\n      medianReactionMinutes\n      resolutionMet\n      resolutionBreached\n      resolutionMetPercent\n      medianResolutionMinutes\n    }\n  }\n": typeof types.ServiceLevelReportDocument,
    "\n  query LoginOptions {\n    loginOptions {\n      password\n      singleSignOn {\n        name\n      }\n    }\n  }\n": typeof types.LoginOptionsDocument,
    "\n  mutation StartSingleSignOn {\n    startSingleSignOn {\n      authorizationUrl\n      state\n      nonce\n      codeVerifier\n    }\n  }\n": typeof types.StartSingleSignOnDocument,
    "\n  mutation CompleteSingleSignOn($input: CompleteSingleSignOnInput!) {\n    completeSingleSignOn(input: $input) {\n      token\n      expiresAt\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n        language\n      }\n    }\n  }\n": typeof types.CompleteSingleSignOnDocument,
    "\n  query SingleSignOutUrl {\n    singleSignOutUrl\n  }\n": typeof types.SingleSignOutUrlDocument,
    "\n  fragment StaffTicketRow on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    updatedAt\n    ...StaffTicketSla\n    organisation {\n      id\n      name\n    }\n    queue {\n      id\n      name\n    }\n    assignee {\n      id\n      firstName\n      lastName\n    }\n  }\n": typeof types.StaffTicketRowFragmentDoc,
    "\n  fragment StaffTicketSla on Ticket {\n    slaState\n    clockPaused\n    firstResponseAt\n    firstResponseDueAt\n    resolvedAt\n    resolutionDueAt\n  }\n": typeof types.StaffTicketSlaFragmentDoc,
    "\n  fragment StaffTicketQueueCountFields on TicketQueueCount {\n    openCount\n    worksHere\n    queue {\n      id\n      code\n      name\n    }\n  }\n": typeof types.StaffTicketQueueCountFieldsFragmentDoc,
    "\n  fragment StaffTicketPayloadFields on TicketPayload {\n    errors {\n      ...UserErrorFields\n    }\n    ticket {\n      id\n      number\n    }\n  }\n": typeof types.StaffTicketPayloadFieldsFragmentDoc,
    "\n  query StaffTickets(\n    $filter: StaffTicketFilterInput\n    $sort: TicketSort!\n    $first: Int\n    $after: Cursor\n    $last: Int\n    $before: Cursor\n  ) {\n    staffTickets(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...StaffTicketRow\n        }\n      }\n    }\n  }\n": typeof types.StaffTicketsDocument,
    "\n  query StaffTicketOptions($organisations: Int) {\n    ticketQueueCounts {\n      ...StaffTicketQueueCountFields\n    }\n    ticketCategories(includeInactive: true) {\n      id\n      name\n      active\n    }\n    ticketSupportTypes {\n      id\n      name\n    }\n    ticketLabels {\n      id\n      name\n    }\n    teams {\n      id\n      handlers {\n        id\n        firstName\n        lastName\n      }\n    }\n    organisations(first: $organisations) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.StaffTicketOptionsDocument,
    "\n  query StaffTicket($number: String!) {\n    ticket(number: $number) {\n      id\n      number\n      subject\n      description\n      status\n      allowedStatuses\n      channel\n      createdAt\n      updatedAt\n      closeRequestedAt\n      postponedUntil\n      solution\n      plannedVersion\n      expectedResolutionOn\n      priority\n      ...StaffTicketSla\n      clockPausedMinutes\n      requesterEmail\n      requester {\n        id\n        firstName\n        lastName\n        email\n        erased\n      }\n      organisation {\n        id\n        name\n        users {\n          id\n          firstName\n          lastName\n          status\n        }\n      }\n      category {\n        id\n        name\n      }\n      supportType {\n        id\n        name\n      }\n      queue {\n        id\n        name\n        explanation\n      }\n      assignee {\n        id\n        firstName\n        lastName\n      }\n      labels {\n        id\n        name\n      }\n      participants {\n        notify\n        user {\n          id\n          firstName\n          lastName\n          email\n          isStaff\n        }\n      }\n      mergedInto {\n        id\n        number\n      }\n      previousTicket {\n        id\n        number\n      }\n      entries {\n        ...TicketEntryFields\n      }\n    }\n  }\n": typeof types.StaffTicketDocument,
    "\n  mutation StaffTicketReply($input: TicketReplyInput!) {\n    replyToTicket(input: $input) {\n      ...StaffTicketPayloadFields\n    }\n  }\n": typeof types.StaffTicketReplyDocument,
    "\n  mutation StaffTicketNote($input: TicketReplyInput!) {\n    addTicketNote(input: $input) {\n      ...StaffTicketPayloadFields\n    }\n  }\n": typeof types.StaffTicketNoteDocument,
    "\n  mutation StaffTicketStatus($input: SetTicketStatusInput!) {\n    setTicketStatus(input: $input) {\n      ...StaffTicketPayloadFields\n    }\n  }\n": typeof types.StaffTicketStatusDocument,
    "\n  mutation StaffTicketQueue($ticketId: ID!, $queueId: ID!) {\n    moveTicketQueue(ticketId: $ticketId, queueId: $queueId) {\n      ...StaffTicketPayloadFields\n    }\n  }\n": typeof types.StaffTicketQueueDocument,
    "\n  mutation StaffTicketAssign($ticketId: ID!, $assigneeId: ID) {\n    assignTicket(ticketId: $ticketId, assigneeId: $assigneeId) {\n      ...StaffTicketPayloadFields\n    }\n  }\n": typeof types.StaffTicketAssignDocument,
    "\n  mutation StaffTicketDetails($input: UpdateTicketDetailsInput!) {\n    updateTicketDetails(input: $input) {\n      ...StaffTicketPayloadFields\n    }\n  }\n": typeof types.StaffTicketDetailsDocument,
    "\n  mutation StaffTicketLabels($ticketId: ID!, $labelIds: [ID!]!) {\n    setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) {\n      ...StaffTicketPayloadFields\n    }\n  }\n": typeof types.StaffTicketLabelsDocument,
    "\n  mutation StaffTicketParticipant($ticketId: ID!, $userId: ID!) {\n    addTicketParticipant(ticketId: $ticketId, userId: $userId) {\n      ...StaffTicketPayloadFields\n    }\n  }\n": typeof types.StaffTicketParticipantDocument,
    "\n  query StaffTicketTarget($number: String!) {\n    ticket(number: $number) {\n      id\n      number\n      subject\n      status\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.StaffTicketTargetDocument,
    "\n  mutation StaffTicketMerge($ticketId: ID!, $intoTicketId: ID!) {\n    mergeTicket(ticketId: $ticketId, intoTicketId: $intoTicketId) {\n      ...StaffTicketPayloadFields\n    }\n  }\n": typeof types.StaffTicketMergeDocument,
    "\n  query StaffTicketRegisterOptions($organisations: Int) {\n    ticketCategories {\n      id\n      name\n    }\n    ticketSupportTypes {\n      id\n      name\n    }\n    organisations(first: $organisations) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.StaffTicketRegisterOptionsDocument,
    "\n  query StaffTicketOrganisationUsers($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      users {\n        id\n        firstName\n        lastName\n        email\n        status\n      }\n    }\n  }\n": typeof types.StaffTicketOrganisationUsersDocument,
    "\n  mutation StaffRegisterTicket($input: RegisterTicketInput!) {\n    registerTicket(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      ticket {\n        id\n        number\n      }\n    }\n  }\n": typeof types.StaffRegisterTicketDocument,
    "\n  fragment StaffUserFields on StaffUser {\n    id\n    email\n    firstName\n    lastName\n    language\n    role\n    status\n    teams {\n      id\n      name\n    }\n    queues {\n      id\n      name\n    }\n  }\n": typeof types.StaffUserFieldsFragmentDoc,
    "\n  query StaffUsers($search: String, $role: StaffRole, $status: UserStatus, $first: Int, $after: Cursor) {\n    staffUsers(search: $search, role: $role, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...StaffUserFields\n        }\n      }\n    }\n  }\n": typeof types.StaffUsersDocument,
    "\n  query StaffUserNames($ids: [ID!]) {\n    staffUsers(ids: $ids, first: 100) {\n      edges {\n        node {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n": typeof types.StaffUserNamesDocument,
    "\n  query StaffUser($id: ID!) {\n    staffUser(id: $id) {\n      ...StaffUserFields\n    }\n    staffQueueChoices {\n      id\n      name\n    }\n  }\n": typeof types.StaffUserDocument,
    "\n  mutation InviteStaffUser($input: InviteStaffUserInput!) {\n    inviteStaffUser(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n      staffUser {\n        id\n      }\n    }\n  }\n": typeof types.InviteStaffUserDocument,
    "\n  mutation ChangeStaffRole($input: ChangeStaffRoleInput!) {\n    changeStaffRole(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ChangeStaffRoleDocument,
    "\n  mutation SetStaffQueues($input: SetStaffQueuesInput!) {\n    setStaffQueues(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.SetStaffQueuesDocument,
    "\n  mutation DeactivateStaffUser($userId: ID!) {\n    deactivateStaffUser(userId: $userId) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.DeactivateStaffUserDocument,
    "\n  mutation ReactivateStaffUser($userId: ID!) {\n    reactivateStaffUser(userId: $userId) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ReactivateStaffUserDocument,
    "\n  mutation ResendStaffInvitation($userId: ID!) {\n    resendStaffInvitation(userId: $userId) {\n      id\n    }\n  }\n": typeof types.ResendStaffInvitationDocument,
    "\n  fragment StaffThreadRow on Thread {\n    id\n    referenceNumber\n    title\n    unanswered\n    lastMessageAt\n    messageCount\n    organisation {\n      id\n      name\n    }\n    theme {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    assignedHandler {\n      id\n      firstName\n      lastName\n    }\n    latestMessage {\n      id\n      direction\n      senderLabel\n    }\n  }\n": typeof types.StaffThreadRowFragmentDoc,
    "\n  fragment StaffSendResult on SendMessagePayload {\n    errors {\n      ...UserErrorFields\n    }\n    privacyWarnings {\n      ...PrivacyWarningFields\n    }\n    message {\n      id\n      referenceNumber\n    }\n    recipient {\n      kind\n      name\n    }\n  }\n": typeof types.StaffSendResultFragmentDoc,
    "\n  query StaffInbox($filter: StaffInboxFilterInput, $first: Int, $after: Cursor) {\n    staffInbox(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...StaffThreadRow\n        }\n      }\n    }\n  }\n": typeof types.StaffInboxDocument,
    "\n  query StaffInboxOptions($organisations: Int!) {\n    teams {\n      id\n      name\n      handlers {\n        id\n        firstName\n        lastName\n      }\n    }\n    themes {\n      id\n      name\n    }\n    organisations(first: $organisations) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.StaffInboxOptionsDocument,
    "\n  query StaffOrganisationName($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.StaffOrganisationNameDocument,
    "\n  query StaffThread($referenceNumber: String!) {\n    thread(referenceNumber: $referenceNumber) {\n      id\n      referenceNumber\n      title\n      unanswered\n      createdAt\n      lastMessageAt\n      organisation {\n        id\n        name\n        externalNumber\n      }\n      theme {\n        id\n        name\n      }\n      team {\n        id\n        name\n        handlers {\n          id\n          firstName\n          lastName\n        }\n      }\n      assignedHandler {\n        id\n        firstName\n        lastName\n      }\n      contacts {\n        id\n        firstName\n        lastName\n        email\n        phone\n        standard\n        confirmed\n      }\n      messages {\n        id\n        direction\n        senderLabel\n        sentAt\n        body\n        attachments {\n          id\n          fileName\n          sizeBytes\n          contentType\n        }\n      }\n    }\n  }\n": typeof types.StaffThreadDocument,
    "\n  mutation StaffAssignThread($referenceNumber: String!, $handlerId: ID) {\n    assignThread(referenceNumber: $referenceNumber, handlerId: $handlerId) {\n      errors {\n        ...UserErrorFields\n      }\n      thread {\n        id\n        assignedHandler {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n": typeof types.StaffAssignThreadDocument,
    "\n  mutation StaffReply($input: ReplyInput!) {\n    replyToThread(input: $input) {\n      ...StaffSendResult\n    }\n  }\n": typeof types.StaffReplyDocument,
    "\n  mutation StaffSend($input: StaffSendMessageInput!) {\n    sendMessageToOrganisation(input: $input) {\n      ...StaffSendResult\n    }\n  }\n": typeof types.StaffSendDocument,
    "\n  query StaffNewMessageOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      externalNumber\n      themes {\n        id\n        name\n        team {\n          id\n          name\n        }\n      }\n    }\n    tasks(organisationId: $id) {\n      id\n      theme {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      handlers {\n        id\n      }\n    }\n  }\n": typeof types.StaffNewMessageOrganisationDocument,
    "\n  query StaffOrganisations($search: String, $first: Int, $after: Cursor) {\n    organisations(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          externalNumber\n          email\n          phone\n        }\n      }\n    }\n  }\n": typeof types.StaffOrganisationsDocument,
    "\n  query StaffOrganisation($id: ID!, $contacts: Int!) {\n    organisation(id: $id) {\n      id\n      name\n      externalNumber\n      phone\n      email\n      websiteUrl\n      updatedAt\n      themes {\n        id\n        name\n        team {\n          id\n          name\n        }\n      }\n      users {\n        id\n        firstName\n        lastName\n        email\n        roles\n        status\n      }\n    }\n    contactPersons(organisationId: $id, first: $contacts) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          email\n          phone\n          status\n          hasAccess\n          themes {\n            id\n            name\n          }\n        }\n      }\n    }\n    tasks(organisationId: $id) {\n      id\n      message\n      awaitingConfirmation\n      theme {\n        id\n        name\n      }\n    }\n  }\n": typeof types.StaffOrganisationDocument,
    "\n  query AdminThemeList($first: Int, $after: Cursor) {\n    adminThemes(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.AdminThemeListDocument,
    "\n  query AdminTheme($themeId: ID!) {\n    adminTheme(themeId: $themeId) {\n      id\n      code\n      name\n      nameNl\n      nameEn\n      openThreadsElsewhere\n      team {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.AdminThemeDocument,
    "\n  mutation AdminCreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      theme {\n        id\n      }\n    }\n  }\n": typeof types.AdminCreateThemeDocument,
    "\n  mutation AdminUpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      theme {\n        id\n      }\n    }\n  }\n": typeof types.AdminUpdateThemeDocument,
    "\n  mutation AdminMoveTheme($themeId: ID!, $teamId: ID!) {\n    moveTheme(themeId: $themeId, teamId: $teamId) {\n      errors {\n        ...UserErrorFields\n      }\n      theme {\n        id\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminMoveThemeDocument,
    "\n  mutation AdminMoveOpenThreads($themeId: ID!) {\n    moveOpenThreads(themeId: $themeId) {\n      moved\n    }\n  }\n": typeof types.AdminMoveOpenThreadsDocument,
    "\n  query AdminTeamList($first: Int, $after: Cursor) {\n    adminTeams(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          handlers {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminTeamListDocument,
    "\n  query AdminTeam($teamId: ID!) {\n    adminTeam(teamId: $teamId) {\n      id\n      name\n      nameNl\n      nameEn\n      email\n      members {\n        offeredInHelp\n        user {\n          id\n          firstName\n          lastName\n          email\n          status\n        }\n      }\n      memberCandidates {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n    themes {\n      id\n      name\n      teamId\n    }\n  }\n": typeof types.AdminTeamDocument,
    "\n  mutation AdminCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      team {\n        id\n      }\n    }\n  }\n": typeof types.AdminCreateTeamDocument,
    "\n  mutation AdminUpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      team {\n        id\n      }\n    }\n  }\n": typeof types.AdminUpdateTeamDocument,
    "\n  mutation AdminAddTeamMember($input: TeamMemberInput!) {\n    addTeamMember(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      team {\n        id\n      }\n    }\n  }\n": typeof types.AdminAddTeamMemberDocument,
    "\n  mutation AdminRemoveTeamMember($input: TeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      team {\n        id\n      }\n    }\n  }\n": typeof types.AdminRemoveTeamMemberDocument,
    "\n  mutation AdminSetTeamMemberHelp($input: SetTeamMemberHelpInput!) {\n    setTeamMemberHelp(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      team {\n        id\n      }\n    }\n  }\n": typeof types.AdminSetTeamMemberHelpDocument,
    "\n  query TicketSettings {\n    ticketSettings {\n      supportTypes {\n        id\n        code\n        nameNl\n        nameEn\n        reactionMinutes\n        resolutionMinutes\n        resolutionByPriority {\n          priority\n          minutes\n        }\n        alwaysOpen\n      }\n      queues {\n        id\n        code\n        nameNl\n        nameEn\n        explanationNl\n        explanationEn\n        expectedReactionNl\n        expectedReactionEn\n        autoResolveAfterDays\n      }\n      themes {\n        id\n        nameNl\n        nameEn\n        unreadReminderDays\n      }\n      categories {\n        id\n        code\n        nameNl\n        nameEn\n        position\n        active\n        ticketCount\n      }\n      calendar {\n        id\n        timeZone\n        week {\n          weekday\n          opensAt\n          closesAt\n        }\n        closingDays {\n          id\n          onDate\n          everyYearOn\n          nameNl\n          nameEn\n        }\n      }\n    }\n  }\n": typeof types.TicketSettingsDocument,
    "\n  mutation UpdateSupportTypeTargets($input: SupportTypeTargetsInput!) {\n    updateSupportTypeTargets(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UpdateSupportTypeTargetsDocument,
    "\n  mutation UpdateQueueSettings($input: QueueSettingsInput!) {\n    updateQueueSettings(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UpdateQueueSettingsDocument,
    "\n  mutation UpdateThemeReminder($input: ThemeReminderInput!) {\n    updateThemeReminder(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UpdateThemeReminderDocument,
    "\n  mutation UpdateBusinessCalendar($input: CalendarInput!) {\n    updateBusinessCalendar(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UpdateBusinessCalendarDocument,
    "\n  mutation AddClosingDay($input: ClosingDayInput!) {\n    addClosingDay(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AddClosingDayDocument,
    "\n  mutation RemoveClosingDay($id: ID!) {\n    removeClosingDay(closingDayId: $id) {\n      calendar {\n        id\n      }\n    }\n  }\n": typeof types.RemoveClosingDayDocument,
    "\n  mutation CreateTicketCategory($input: NewTicketCategoryInput!) {\n    createTicketCategory(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreateTicketCategoryDocument,
    "\n  mutation UpdateTicketCategory($input: TicketCategoryInput!) {\n    updateTicketCategory(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UpdateTicketCategoryDocument,
    "\n  mutation RemoveTicketCategory($id: ID!) {\n    removeTicketCategory(categoryId: $id) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RemoveTicketCategoryDocument,
    "\n  fragment TicketsOptionFields on TicketOption {\n    id\n    code\n    name\n  }\n": typeof types.TicketsOptionFieldsFragmentDoc,
    "\n  fragment TicketsListFields on Ticket {\n    id\n    number\n    subject\n    status\n    updatedAt\n    createdAt\n    category {\n      ...TicketsOptionFields\n    }\n    supportType {\n      ...TicketsOptionFields\n    }\n    requester {\n      id\n      firstName\n      lastName\n      erased\n    }\n    requesterEmail\n  }\n": typeof types.TicketsListFieldsFragmentDoc,
    "\n  fragment TicketEntryFields on TicketEntry {\n    id\n    kind\n    body\n    byStaff\n    closeRequest\n    createdAt\n    author {\n      id\n      firstName\n      lastName\n      erased\n    }\n    event {\n      type\n      from\n      to\n      number\n      fields\n    }\n    attachments {\n      id\n      fileName\n      sizeBytes\n      contentType\n    }\n  }\n": typeof types.TicketEntryFieldsFragmentDoc,
    "\n  fragment TicketsDetailFields on Ticket {\n    ...TicketsListFields\n    description\n    channel\n    closeRequestedAt\n    expectedResolutionDate\n    priority\n    postponedUntil\n    plannedVersion\n    solution\n    resolvedAt\n    closedAt\n    notifyMe\n    assignee {\n      id\n      firstName\n      lastName\n    }\n    queue {\n      id\n      code\n      name\n      explanation\n      expectedReaction\n      nextMeetingOn\n    }\n    labels {\n      ...TicketsOptionFields\n    }\n    previousTicket {\n      id\n      number\n      subject\n    }\n    mergedInto {\n      id\n      number\n      subject\n    }\n    entries {\n      ...TicketEntryFields\n    }\n  }\n": typeof types.TicketsDetailFieldsFragmentDoc,
    "\n  fragment TicketsPayloadFields on TicketPayload {\n    errors {\n      ...UserErrorFields\n    }\n    ticket {\n      id\n      number\n    }\n  }\n": typeof types.TicketsPayloadFieldsFragmentDoc,
    "\n  query TicketsList(\n    $view: TicketView!\n    $sort: TicketSort!\n    $filter: TicketFilterInput\n    $first: Int\n    $after: Cursor\n    $last: Int\n    $before: Cursor\n  ) {\n    tickets(view: $view, sort: $sort, filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TicketsListFields\n        }\n      }\n    }\n    ticketCategories {\n      ...TicketsOptionFields\n    }\n    ticketSupportTypes {\n      ...TicketsOptionFields\n    }\n  }\n": typeof types.TicketsListDocument,
    "\n  query TicketsOptions {\n    ticketCategories {\n      ...TicketsOptionFields\n    }\n    ticketSupportTypes {\n      ...TicketsOptionFields\n    }\n  }\n": typeof types.TicketsOptionsDocument,
    "\n  query TicketsByNumber($number: String!) {\n    ticket(number: $number) {\n      ...TicketsDetailFields\n    }\n  }\n": typeof types.TicketsByNumberDocument,
    "\n  mutation TicketsCreate($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      privacyWarnings {\n        ...PrivacyWarningFields\n      }\n      ticket {\n        id\n        number\n      }\n    }\n  }\n": typeof types.TicketsCreateDocument,
    "\n  mutation TicketsReply($input: TicketReplyInput!) {\n    replyToTicket(input: $input) {\n      ...TicketsPayloadFields\n    }\n  }\n": typeof types.TicketsReplyDocument,
    "\n  mutation TicketsRequestClose($input: TicketReplyInput!) {\n    requestTicketClose(input: $input) {\n      ...TicketsPayloadFields\n    }\n  }\n": typeof types.TicketsRequestCloseDocument,
    "\n  mutation TicketsNotifications($ticketId: ID!, $notify: Boolean!) {\n    setTicketNotifications(ticketId: $ticketId, notify: $notify) {\n      ...TicketsPayloadFields\n    }\n  }\n": typeof types.TicketsNotificationsDocument,
    "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    status\n    disabledAt\n    disabledReason\n    consecutiveFailures\n    createdAt\n  }\n": typeof types.WebhookEndpointFieldsFragmentDoc,
    "\n  query WebhookEndpoints($first: Int, $after: Cursor) {\n    webhookEndpoints(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...WebhookEndpointFields\n        }\n      }\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  query WebhookEventTypes {\n    webhookEventTypes\n  }\n": typeof types.WebhookEventTypesDocument,
    "\n  query WebhookEndpoint($id: ID!, $first: Int, $after: Cursor) {\n    webhookEventTypes\n    webhookEndpoint(endpointId: $id) {\n      ...WebhookEndpointFields\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            eventType\n            status\n            attempts\n            createdAt\n            finishedAt\n            log {\n              attemptedAt\n              statusCode\n              latencyMs\n              responseExcerpt\n              error\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebhookEndpointDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n      endpoint {\n        id\n      }\n      secret\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n      endpoint {\n        id\n      }\n    }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n      secret\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(endpointId: $id)\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(deliveryId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ReplayWebhookDeliveryDocument,
    "subscription LiveOpenOutages {\n  openOutagesChanged {\n    id\n    title\n    service\n    status\n    startedAt\n  }\n}": typeof types.LiveOpenOutagesDocument,
    "subscription MySessionRevoked {\n  mySessionRevoked\n}\n\nsubscription LiveMessageAdded($themeId: ID, $referenceNumber: String, $teamId: ID) {\n  messageAdded(\n    themeId: $themeId\n    referenceNumber: $referenceNumber\n    teamId: $teamId\n  ) {\n    id\n    referenceNumber\n    direction\n    title\n    organisation {\n      id\n      name\n    }\n  }\n}\n\nsubscription LiveTasksChanged {\n  tasksChanged {\n    id\n  }\n}": typeof types.MySessionRevokedDocument,
    "subscription MessagesCountsChanged {\n  messageCountsChanged {\n    unreadInbound\n  }\n}\n\nquery MessagesUnreadCount {\n  messageCounts {\n    unreadInbound\n  }\n}": typeof types.MessagesCountsChangedDocument,
    "subscription TasksChanged {\n  tasksChanged {\n    id\n  }\n}": typeof types.TasksChangedDocument,
    "subscription StaffLiveTicketQueues {\n  ticketQueueChanged {\n    openCount\n    queue {\n      id\n    }\n  }\n}\n\nsubscription StaffLiveTicketUpdated($id: ID!) {\n  ticketUpdated(id: $id) {\n    id\n    updatedAt\n    entries {\n      id\n    }\n    participants {\n      user {\n        id\n      }\n    }\n  }\n}": typeof types.StaffLiveTicketQueuesDocument,
    "query StaffQuarantineCount {\n  quarantineCount\n}\n\nsubscription StaffQuarantineCountChanged {\n  quarantineCountChanged\n}": typeof types.StaffQuarantineCountDocument,
    "subscription LiveTicketUpdated($id: ID!) {\n  ticketUpdated(id: $id) {\n    id\n    status\n    entries {\n      id\n      kind\n      byStaff\n      author {\n        id\n      }\n    }\n  }\n}": typeof types.LiveTicketUpdatedDocument,
};
const documents: Documents = {
    "subscription LiveChatUpdated($id: ID!) {\n  chatUpdated(id: $id) {\n    id\n    status\n  }\n}\n\nsubscription LiveStaffChats {\n  staffChatsChanged {\n    id\n    status\n  }\n}": types.LiveChatUpdatedDocument,
    "\n  fragment UserErrorFields on UserError {\n    field\n    code\n    message\n  }\n": types.UserErrorFieldsFragmentDoc,
    "\n  fragment PrivacyWarningFields on PrivacyWarning {\n    field\n    kind\n    masked\n    message\n  }\n": types.PrivacyWarningFieldsFragmentDoc,
    "\n  query Viewer {\n    me {\n      id\n      email\n      firstName\n      lastName\n      phone\n      language\n      roles\n      isStaff\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n        language\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: TokenPasswordInput!) {\n    resetPassword(input: $input) {\n      ok\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      ok\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  mutation AcceptInvitation($input: TokenPasswordInput!) {\n    acceptInvitation(input: $input) {\n      token\n      expiresAt\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n        language\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      expiresAt\n      userAgent\n      ip\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n        firstName\n        lastName\n        email\n        phone\n      }\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SetLanguage($language: Language!) {\n    setLanguage(language: $language) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n        language\n      }\n    }\n  }\n": types.SetLanguageDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  fragment AdminOrganisationFields on Organisation {\n    id\n    name\n    enterpriseNumber\n    recognitionNumber\n    phone\n    email\n    websiteUrl\n    deactivatedAt\n    themes {\n      id\n      name\n    }\n  }\n": types.AdminOrganisationFieldsFragmentDoc,
    "\n  query AdminOrganisations($search: String, $first: Int, $after: Cursor) {\n    organisations(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminOrganisationFields\n        }\n      }\n    }\n  }\n": types.AdminOrganisationsDocument,
    "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...AdminOrganisationFields\n      users {\n        id\n        firstName\n        lastName\n        email\n        roles\n        status\n      }\n    }\n    themes {\n      id\n      name\n    }\n  }\n": types.AdminOrganisationDocument,
    "\n  query AdminThemes {\n    themes {\n      id\n      name\n    }\n    teams {\n      id\n      name\n    }\n  }\n": types.AdminThemesDocument,
    "\n  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.AdminCreateOrganisationDocument,
    "\n  mutation AdminUpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      organisation {\n        id\n      }\n    }\n  }\n": types.AdminUpdateOrganisationDocument,
    "\n  mutation AdminDeactivateOrganisation($id: ID!) {\n    deactivateOrganisation(id: $id) {\n      id\n    }\n  }\n": types.AdminDeactivateOrganisationDocument,
    "\n  mutation AdminReactivateOrganisation($id: ID!) {\n    reactivateOrganisation(id: $id) {\n      id\n    }\n  }\n": types.AdminReactivateOrganisationDocument,
    "\n  mutation AdminInviteOrganisationAdmin($input: InviteOrganisationAdminInput!) {\n    inviteOrganisationAdmin(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.AdminInviteOrganisationAdminDocument,
    "\n  query AdminHistory($kind: AdminHistoryKind, $first: Int, $after: Cursor) {\n    adminHistory(kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          entityType\n          entityId\n          createdAt\n          organisation {\n            id\n            name\n          }\n          actor {\n            id\n            firstName\n            lastName\n            isStaff\n          }\n          changes {\n            field\n            oldValue\n            newValue\n          }\n        }\n      }\n    }\n  }\n": types.AdminHistoryDocument,
    "\n  query CustomerChat {\n    chatAvailability { open agentsAvailable offered opensAt }\n    runningChat {\n      id\n      status\n      subject\n      agentName\n      messages { id body byStaff mine createdAt }\n    }\n  }\n": types.CustomerChatDocument,
    "\n  query StaffChat {\n    chatAgentAvailable\n    staffChats {\n      id\n      status\n      subject\n      startedAt\n      customer { firstName lastName email }\n      organisation { name }\n      messages { id body byStaff mine createdAt }\n    }\n  }\n": types.StaffChatDocument,
    "\n  mutation StartChat($input: StartChatInput!) {\n    startChat(input: $input) { errors { field code message } chat { id } }\n  }\n": types.StartChatDocument,
    "\n  mutation SendChatMessage($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) { errors { field code message } chat { id } }\n  }\n": types.SendChatMessageDocument,
    "\n  mutation EndChat($input: EndChatInput!) {\n    endChat(input: $input) { errors { field code message } chat { id ticketNumber } }\n  }\n": types.EndChatDocument,
    "\n  mutation TakeChat($chatId: ID!) {\n    takeChat(chatId: $chatId) { errors { field code message } chat { id } }\n  }\n": types.TakeChatDocument,
    "\n  mutation SetChatAgentAvailable($available: Boolean!) {\n    setChatAgentAvailable(available: $available)\n  }\n": types.SetChatAgentAvailableDocument,
    "\n  query EndedChat($id: ID!) {\n    chat(id: $id) { id status endReason ticketNumber }\n  }\n": types.EndedChatDocument,
    "\n  query KbArticles($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    knowledgeArticles(first: $first, after: $after, last: $last, before: $before) {\n      edges { cursor node { id slug title summary category tags updatedAt } }\n      pageInfo { hasNextPage hasPreviousPage }\n    }\n  }\n": types.KbArticlesDocument,
    "\n  query KbSearch($query: String!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    searchKnowledgeBase(query: $query, first: $first, after: $after, last: $last, before: $before) {\n      edges { cursor node { item { id slug title category updatedAt } snippet { text match } } }\n      pageInfo { hasNextPage hasPreviousPage }\n    }\n  }\n": types.KbSearchDocument,
    "\n  query KbArticle($slug: String!) {\n    knowledgeArticle(slug: $slug) { id slug title bodyHtml category tags status updatedAt }\n  }\n": types.KbArticleDocument,
    "\n  query KbNewsItem($slug: String!) {\n    newsItem(slug: $slug) { id slug title bodyHtml status publishedAt updatedAt }\n  }\n": types.KbNewsItemDocument,
    "\n  query KbNewsAndOutages($first: Int) {\n    newsItems(first: $first) { edges { node { id slug title summary publishedAt updatedAt } } }\n    outages(first: $first) {\n      edges { node { id title service status startedAt endedAt updates { id status message createdAt } } }\n    }\n  }\n": types.KbNewsAndOutagesDocument,
    "\n  query KbOpenOutages { openOutages { id title service status startedAt } }\n": types.KbOpenOutagesDocument,
    "\n  mutation KbRecordDeflection($input: RecordDeflectionInput!) {\n    recordTicketDeflection(input: $input) { recorded errors { field code message } }\n  }\n": types.KbRecordDeflectionDocument,
    "\n  query KbAdminArticles($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    knowledgeArticles(first: $first, after: $after, last: $last, before: $before, drafts: true) {\n      pageInfo { hasNextPage hasPreviousPage }\n      edges { cursor node { id slug title status updatedAt } }\n    }\n  }\n": types.KbAdminArticlesDocument,
    "\n  query KbAdminNews($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    newsItems(first: $first, after: $after, last: $last, before: $before, drafts: true) {\n      pageInfo { hasNextPage hasPreviousPage }\n      edges { cursor node { id slug title status updatedAt } }\n    }\n  }\n": types.KbAdminNewsDocument,
    "\n  query KbAdminOutages($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    outages(first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage }\n      edges { cursor node { id title service status startedAt endedAt } }\n    }\n  }\n": types.KbAdminOutagesDocument,
    "\n  query KbAdminItem($slug: String!, $news: Boolean!) {\n    knowledgeArticle(slug: $slug) @skip(if: $news) {\n      id kind slug status category tags titleNl titleEn bodyNl bodyEn\n    }\n    newsItem(slug: $slug) @include(if: $news) {\n      id kind slug status category tags titleNl titleEn bodyNl bodyEn\n    }\n  }\n": types.KbAdminItemDocument,
    "\n  mutation KbSaveItem($input: SaveKnowledgeItemInput!) {\n    saveKnowledgeItem(input: $input) { errors { field code message } item { id slug } }\n  }\n": types.KbSaveItemDocument,
    "\n  mutation KbOpenOutage($input: OpenOutageInput!) {\n    openOutage(input: $input) { errors { field code message } outage { id } }\n  }\n": types.KbOpenOutageDocument,
    "\n  mutation KbUpdateOutage($input: UpdateOutageInput!) {\n    updateOutage(input: $input) { errors { field code message } outage { id } }\n  }\n": types.KbUpdateOutageDocument,
    "\n  query FailedMails {\n    failedMails {\n      id\n      recipient\n      subject\n      organisationName\n      reason\n      attempts\n      failedAt\n    }\n  }\n": types.FailedMailsDocument,
    "\n  mutation RetryFailedMail($id: ID!) {\n    retryFailedMail(id: $id)\n  }\n": types.RetryFailedMailDocument,
    "\n  query HeldMails($status: InboundMailStatus!, $first: Int, $after: Cursor, $organisations: Int) {\n    inboundMails(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage }\n      edges {\n        cursor\n        node { id status reason sender subject receivedAt sizeBytes downloadPath }\n      }\n    }\n    organisations(first: $organisations) {\n      edges { node { id name } }\n    }\n  }\n": types.HeldMailsDocument,
    "\n  mutation ReplayInboundMail($input: ReplayInboundMailInput!) {\n    replayInboundMail(input: $input) { errors { field code message } inboundMail { id ticketNumber } }\n  }\n": types.ReplayInboundMailDocument,
    "\n  mutation DiscardInboundMail($input: DiscardInboundMailInput!) {\n    discardInboundMail(input: $input) { errors { field code message } inboundMail { id } }\n  }\n": types.DiscardInboundMailDocument,
    "\n  fragment MessagesListFields on Message {\n    id\n    referenceNumber\n    title\n    direction\n    read\n    sentAt\n    senderLabel\n    attachmentCount\n    theme {\n      id\n      name\n    }\n    addressedTeam {\n      id\n      name\n    }\n    addressedHandler {\n      id\n      firstName\n      lastName\n    }\n  }\n": types.MessagesListFieldsFragmentDoc,
    "\n  fragment MessagesContactFields on ThreadContact {\n    id\n    contactPersonId\n    firstName\n    lastName\n    email\n    phone\n    standard\n    confirmed\n  }\n": types.MessagesContactFieldsFragmentDoc,
    "\n  fragment MessagesSendPayload on SendMessagePayload {\n    errors {\n      ...UserErrorFields\n    }\n    privacyWarnings {\n      ...PrivacyWarningFields\n    }\n    message {\n      id\n      referenceNumber\n    }\n    recipient {\n      kind\n      name\n    }\n  }\n": types.MessagesSendPayloadFragmentDoc,
    "\n  query MessagesStartPage($latest: Int!) {\n    tasks {\n      id\n      kind\n      message\n      awaitingConfirmation\n      theme {\n        id\n        name\n      }\n    }\n    latest: messages(first: $latest, filter: { direction: INBOUND }) {\n      totalCount\n      edges {\n        node {\n          ...MessagesListFields\n        }\n      }\n    }\n    messageCounts {\n      inbound\n      unreadInbound\n    }\n    myOrganisation {\n      id\n      themes {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      name\n      # Only the handlers offered in 'Hulp nodig?' (the administration's choice, decision 0034).\n      handlers: helpHandlers {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": types.MessagesStartPageDocument,
    "\n  query MessagesList($filter: MessageFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    messages(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MessagesListFields\n        }\n      }\n    }\n    messageCounts {\n      inbound\n      outbound\n      unreadInbound\n    }\n    myOrganisation {\n      id\n      themes {\n        id\n        name\n      }\n    }\n  }\n": types.MessagesListDocument,
    "\n  query MessagesThemeTasks {\n    tasks {\n      id\n      message\n      awaitingConfirmation\n      theme {\n        id\n      }\n    }\n  }\n": types.MessagesThemeTasksDocument,
    "\n  mutation MessagesOpenThread($referenceNumber: String!) {\n    markThreadRead(referenceNumber: $referenceNumber) {\n      id\n      referenceNumber\n      title\n      theme {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n      messages {\n        id\n        direction\n        title\n        body\n        sentAt\n        senderLabel\n        addressedTeam {\n          id\n          name\n        }\n        addressedHandler {\n          id\n          firstName\n          lastName\n        }\n        attachments {\n          id\n          fileName\n          sizeBytes\n          contentType\n        }\n      }\n      contacts {\n        ...MessagesContactFields\n      }\n    }\n  }\n": types.MessagesOpenThreadDocument,
    "\n  query MessagesNewContext {\n    myOrganisation {\n      id\n      themes {\n        id\n        name\n        teamId\n      }\n    }\n    teams {\n      id\n      name\n      # Only the handlers offered in 'Hulp nodig?' (the administration's choice, decision 0034).\n      handlers: helpHandlers {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": types.MessagesNewContextDocument,
    "\n  query MessagesDraftContacts($themeId: ID!) {\n    draftThreadContacts(themeId: $themeId) {\n      ...MessagesContactFields\n    }\n  }\n": types.MessagesDraftContactsDocument,
    "\n  mutation MessagesSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessagesSendPayload\n    }\n  }\n": types.MessagesSendDocument,
    "\n  mutation MessagesReply($input: ReplyInput!) {\n    replyToThread(input: $input) {\n      ...MessagesSendPayload\n    }\n  }\n": types.MessagesReplyDocument,
    "\n  fragment OrganisationUserFields on User {\n    id\n    firstName\n    lastName\n    email\n    language\n    status\n    tenantRole\n  }\n": types.OrganisationUserFieldsFragmentDoc,
    "\n  query OrganisationUsersPage($first: Int, $after: Cursor) {\n    organisationUsers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrganisationUserFields\n        }\n      }\n    }\n  }\n": types.OrganisationUsersPageDocument,
    "\n  query OrganisationUser($id: ID!) {\n    organisationUser(id: $id) {\n      ...OrganisationUserFields\n    }\n  }\n": types.OrganisationUserDocument,
    "\n  mutation InviteOrganisationUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n      }\n    }\n  }\n": types.InviteOrganisationUserDocument,
    "\n  mutation ResendUserInvitation($id: ID!) {\n    resendInvitation(userId: $id) {\n      id\n    }\n  }\n": types.ResendUserInvitationDocument,
    "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n      }\n    }\n  }\n": types.ChangeUserRoleDocument,
    "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n      }\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(userId: $id) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n      }\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    externalNumber\n    phone\n    email\n    websiteUrl\n    updatedAt\n    themes {\n      id\n      name\n    }\n  }\n": types.OrganisationFieldsFragmentDoc,
    "\n  fragment ContactPersonFields on ContactPerson {\n    id\n    firstName\n    lastName\n    email\n    phone\n    language\n    status\n    confirmedAt\n    hasAccess\n    emailUndeliverable {\n      reason\n      since\n    }\n    themes {\n      id\n      name\n    }\n  }\n": types.ContactPersonFieldsFragmentDoc,
    "\n  query MyOrganisation {\n    myOrganisation {\n      ...OrganisationFields\n    }\n  }\n": types.MyOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      organisation {\n        ...OrganisationFields\n      }\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  query ContactPersons($filter: ContactPersonFilter, $first: Int, $after: Cursor) {\n    contactPersons(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ContactPersonFields\n        }\n      }\n    }\n  }\n": types.ContactPersonsDocument,
    "\n  query ContactPerson($id: ID!) {\n    contactPerson(id: $id) {\n      ...ContactPersonFields\n    }\n  }\n": types.ContactPersonDocument,
    "\n  query ContactsPage($filter: ContactPersonFilter, $first: Int, $after: Cursor) {\n    contactPersons(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ContactPersonFields\n        }\n      }\n    }\n    all: contactPersons(first: 1) {\n      totalCount\n    }\n    tasks {\n      id\n      kind\n      message\n      awaitingConfirmation\n      contactPersonId\n      theme {\n        id\n        name\n      }\n    }\n  }\n": types.ContactsPageDocument,
    "\n  mutation AddContactPerson($input: AddContactPersonInput!) {\n    addContactPerson(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      contactPerson {\n        ...ContactPersonFields\n      }\n    }\n  }\n": types.AddContactPersonDocument,
    "\n  mutation UpdateContactPerson($input: UpdateContactPersonInput!) {\n    updateContactPerson(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      contactPerson {\n        ...ContactPersonFields\n      }\n    }\n  }\n": types.UpdateContactPersonDocument,
    "\n  mutation RemoveContactPerson($id: ID!) {\n    removeContactPerson(id: $id)\n  }\n": types.RemoveContactPersonDocument,
    "\n  mutation ResendContactConfirmation($id: ID!) {\n    resendContactConfirmation(id: $id) {\n      errors {\n        ...UserErrorFields\n      }\n      contactPerson {\n        ...ContactPersonFields\n      }\n    }\n  }\n": types.ResendContactConfirmationDocument,
    "\n  mutation InviteContactPerson($id: ID!, $roles: [Role!]!) {\n    inviteContactPerson(id: $id, roles: $roles) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n        email\n        status\n      }\n    }\n  }\n": types.InviteContactPersonDocument,
    "\n  query OrganisationHistory($organisationId: ID!, $first: Int, $after: Cursor) {\n    organisationHistory(organisationId: $organisationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          entityType\n          entityId\n          createdAt\n          actor {\n            id\n            firstName\n            lastName\n            isStaff\n          }\n          changes {\n            field\n            oldValue\n            newValue\n          }\n        }\n      }\n    }\n  }\n": types.OrganisationHistoryDocument,
    "\n  query OrganisationUsers {\n    myOrganisation {\n      id\n      users {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": types.OrganisationUsersDocument,
    "\n  query ContactConfirmationLink($token: String!) {\n    contactConfirmationLink(token: $token) {\n      status\n      message\n      organisationName\n      themeNames\n    }\n  }\n": types.ContactConfirmationLinkDocument,
    "\n  mutation ConfirmContactPerson($token: String!) {\n    confirmContactPerson(token: $token) {\n      status\n      message\n      organisationName\n      themeNames\n    }\n  }\n": types.ConfirmContactPersonDocument,
    "\n  query MyPersonalDataExports {\n    myPersonalDataExports {\n      id\n      status\n      createdAt\n      readyAt\n      downloadPath\n    }\n  }\n": types.MyPersonalDataExportsDocument,
    "\n  mutation RequestPersonalDataExport($input: RequestPersonalDataExportInput!) {\n    requestPersonalDataExport(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestPersonalDataExportDocument,
    "\n  query PrivacyPeople($search: String!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    privacyPeople(search: $search, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage }\n      edges {\n        cursor\n        node { kind id firstName lastName email organisationName legalHold erased }\n      }\n    }\n  }\n": types.PrivacyPeopleDocument,
    "\n  mutation ErasePerson($input: PersonInput!) {\n    erasePerson(input: $input) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ErasePersonDocument,
    "\n  mutation SetLegalHold($input: SetLegalHoldInput!) {\n    setLegalHold(input: $input)\n  }\n": types.SetLegalHoldDocument,
    "\n  query RetentionPage($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    retentionOverview {\n      themes { id code name retentionDays due held }\n      queues { id code name retentionDays due held }\n    }\n    lastRetentionRun { startedAt finishedAt threads tickets inboundMails files webhookDeliveries exports }\n    legalHolds(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage }\n      edges {\n        cursor\n        node { record id label title organisationName reason heldAt heldByName }\n      }\n    }\n  }\n": types.RetentionPageDocument,
    "\n  mutation SetRetentionPeriod($input: SetRetentionPeriodInput!) {\n    setRetentionPeriod(input: $input) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.SetRetentionPeriodDocument,
    "\n  query LegalHold($record: LegalHoldRecord!, $key: String!) {\n    legalHold(record: $record, key: $key) { record id label title organisationName onHold reason heldAt heldByName }\n  }\n": types.LegalHoldDocument,
    "\n  mutation ChangeLegalHold($input: ChangeLegalHoldInput!) {\n    changeLegalHold(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n      legalHold { onHold }\n    }\n  }\n": types.ChangeLegalHoldDocument,
    "\n  query ServiceLevelReport($from: Day!, $to: Day!) {\n    ticketCategoryCounts(from: $from, to: $to) {\n      category {\n        id\n        name\n        active\n      }\n      created\n      open\n    }\n    ticketDeflectionReport(from: $from, to: $to, top: 10) {\n      suggestionsShown\n      ticketsAvoided\n      ticketsAfterSuggestions\n      topArticles {\n        articleId\n        slug\n        title\n        ticketsAvoided\n      }\n    }\n    securityIncidentCounts(from: $from, to: $to) {\n      organisationId\n      organisationName\n      year\n      incidents\n      noticeSentAt\n    }\n    serviceLevelReport(from: $from, to: $to) {\n      month\n      queueCode\n      queue\n      supportTypeCode\n      supportType\n      created\n      reactionMet\n      reactionBreached\n      reactionMetPercent\n      medianReactionMinutes\n      resolutionMet\n      resolutionBreached\n      resolutionMetPercent\n      medianResolutionMinutes\n    }\n  }\n": types.ServiceLevelReportDocument,
    "\n  query LoginOptions {\n    loginOptions {\n      password\n      singleSignOn {\n        name\n      }\n    }\n  }\n": types.LoginOptionsDocument,
    "\n  mutation StartSingleSignOn {\n    startSingleSignOn {\n      authorizationUrl\n      state\n      nonce\n      codeVerifier\n    }\n  }\n": types.StartSingleSignOnDocument,
    "\n  mutation CompleteSingleSignOn($input: CompleteSingleSignOnInput!) {\n    completeSingleSignOn(input: $input) {\n      token\n      expiresAt\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n        language\n      }\n    }\n  }\n": types.CompleteSingleSignOnDocument,
    "\n  query SingleSignOutUrl {\n    singleSignOutUrl\n  }\n": types.SingleSignOutUrlDocument,
    "\n  fragment StaffTicketRow on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    updatedAt\n    ...StaffTicketSla\n    organisation {\n      id\n      name\n    }\n    queue {\n      id\n      name\n    }\n    assignee {\n      id\n      firstName\n      lastName\n    }\n  }\n": types.StaffTicketRowFragmentDoc,
    "\n  fragment StaffTicketSla on Ticket {\n    slaState\n    clockPaused\n    firstResponseAt\n    firstResponseDueAt\n    resolvedAt\n    resolutionDueAt\n  }\n": types.StaffTicketSlaFragmentDoc,
    "\n  fragment StaffTicketQueueCountFields on TicketQueueCount {\n    openCount\n    worksHere\n    queue {\n      id\n      code\n      name\n    }\n  }\n": types.StaffTicketQueueCountFieldsFragmentDoc,
    "\n  fragment StaffTicketPayloadFields on TicketPayload {\n    errors {\n      ...UserErrorFields\n    }\n    ticket {\n      id\n      number\n    }\n  }\n": types.StaffTicketPayloadFieldsFragmentDoc,
    "\n  query StaffTickets(\n    $filter: StaffTicketFilterInput\n    $sort: TicketSort!\n    $first: Int\n    $after: Cursor\n    $last: Int\n    $before: Cursor\n  ) {\n    staffTickets(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...StaffTicketRow\n        }\n      }\n    }\n  }\n": types.StaffTicketsDocument,
    "\n  query StaffTicketOptions($organisations: Int) {\n    ticketQueueCounts {\n      ...StaffTicketQueueCountFields\n    }\n    ticketCategories(includeInactive: true) {\n      id\n      name\n      active\n    }\n    ticketSupportTypes {\n      id\n      name\n    }\n    ticketLabels {\n      id\n      name\n    }\n    teams {\n      id\n      handlers {\n        id\n        firstName\n        lastName\n      }\n    }\n    organisations(first: $organisations) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.StaffTicketOptionsDocument,
    "\n  query StaffTicket($number: String!) {\n    ticket(number: $number) {\n      id\n      number\n      subject\n      description\n      status\n      allowedStatuses\n      channel\n      createdAt\n      updatedAt\n      closeRequestedAt\n      postponedUntil\n      solution\n      plannedVersion\n      expectedResolutionOn\n      priority\n      ...StaffTicketSla\n      clockPausedMinutes\n      requesterEmail\n      requester {\n        id\n        firstName\n        lastName\n        email\n        erased\n      }\n      organisation {\n        id\n        name\n        users {\n          id\n          firstName\n          lastName\n          status\n        }\n      }\n      category {\n        id\n        name\n      }\n      supportType {\n        id\n        name\n      }\n      queue {\n        id\n        name\n        explanation\n      }\n      assignee {\n        id\n        firstName\n        lastName\n      }\n      labels {\n        id\n        name\n      }\n      participants {\n        notify\n        user {\n          id\n          firstName\n          lastName\n          email\n          isStaff\n        }\n      }\n      mergedInto {\n        id\n        number\n      }\n      previousTicket {\n        id\n        number\n      }\n      entries {\n        ...TicketEntryFields\n      }\n    }\n  }\n": types.StaffTicketDocument,
    "\n  mutation StaffTicketReply($input: TicketReplyInput!) {\n    replyToTicket(input: $input) {\n      ...StaffTicketPayloadFields\n    }\n  }\n": types.StaffTicketReplyDocument,
    "\n  mutation StaffTicketNote($input: TicketReplyInput!) {\n    addTicketNote(input: $input) {\n      ...StaffTicketPayloadFields\n    }\n  }\n": types.StaffTicketNoteDocument,
    "\n  mutation StaffTicketStatus($input: SetTicketStatusInput!) {\n    setTicketStatus(input: $input) {\n      ...StaffTicketPayloadFields\n    }\n  }\n": types.StaffTicketStatusDocument,
    "\n  mutation StaffTicketQueue($ticketId: ID!, $queueId: ID!) {\n    moveTicketQueue(ticketId: $ticketId, queueId: $queueId) {\n      ...StaffTicketPayloadFields\n    }\n  }\n": types.StaffTicketQueueDocument,
    "\n  mutation StaffTicketAssign($ticketId: ID!, $assigneeId: ID) {\n    assignTicket(ticketId: $ticketId, assigneeId: $assigneeId) {\n      ...StaffTicketPayloadFields\n    }\n  }\n": types.StaffTicketAssignDocument,
    "\n  mutation StaffTicketDetails($input: UpdateTicketDetailsInput!) {\n    updateTicketDetails(input: $input) {\n      ...StaffTicketPayloadFields\n    }\n  }\n": types.StaffTicketDetailsDocument,
    "\n  mutation StaffTicketLabels($ticketId: ID!, $labelIds: [ID!]!) {\n    setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) {\n      ...StaffTicketPayloadFields\n    }\n  }\n": types.StaffTicketLabelsDocument,
    "\n  mutation StaffTicketParticipant($ticketId: ID!, $userId: ID!) {\n    addTicketParticipant(ticketId: $ticketId, userId: $userId) {\n      ...StaffTicketPayloadFields\n    }\n  }\n": types.StaffTicketParticipantDocument,
    "\n  query StaffTicketTarget($number: String!) {\n    ticket(number: $number) {\n      id\n      number\n      subject\n      status\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.StaffTicketTargetDocument,
    "\n  mutation StaffTicketMerge($ticketId: ID!, $intoTicketId: ID!) {\n    mergeTicket(ticketId: $ticketId, intoTicketId: $intoTicketId) {\n      ...StaffTicketPayloadFields\n    }\n  }\n": types.StaffTicketMergeDocument,
    "\n  query StaffTicketRegisterOptions($organisations: Int) {\n    ticketCategories {\n      id\n      name\n    }\n    ticketSupportTypes {\n      id\n      name\n    }\n    organisations(first: $organisations) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.StaffTicketRegisterOptionsDocument,
    "\n  query StaffTicketOrganisationUsers($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      users {\n        id\n        firstName\n        lastName\n        email\n        status\n      }\n    }\n  }\n": types.StaffTicketOrganisationUsersDocument,
    "\n  mutation StaffRegisterTicket($input: RegisterTicketInput!) {\n    registerTicket(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      ticket {\n        id\n        number\n      }\n    }\n  }\n": types.StaffRegisterTicketDocument,
    "\n  fragment StaffUserFields on StaffUser {\n    id\n    email\n    firstName\n    lastName\n    language\n    role\n    status\n    teams {\n      id\n      name\n    }\n    queues {\n      id\n      name\n    }\n  }\n": types.StaffUserFieldsFragmentDoc,
    "\n  query StaffUsers($search: String, $role: StaffRole, $status: UserStatus, $first: Int, $after: Cursor) {\n    staffUsers(search: $search, role: $role, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...StaffUserFields\n        }\n      }\n    }\n  }\n": types.StaffUsersDocument,
    "\n  query StaffUserNames($ids: [ID!]) {\n    staffUsers(ids: $ids, first: 100) {\n      edges {\n        node {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n": types.StaffUserNamesDocument,
    "\n  query StaffUser($id: ID!) {\n    staffUser(id: $id) {\n      ...StaffUserFields\n    }\n    staffQueueChoices {\n      id\n      name\n    }\n  }\n": types.StaffUserDocument,
    "\n  mutation InviteStaffUser($input: InviteStaffUserInput!) {\n    inviteStaffUser(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n      staffUser {\n        id\n      }\n    }\n  }\n": types.InviteStaffUserDocument,
    "\n  mutation ChangeStaffRole($input: ChangeStaffRoleInput!) {\n    changeStaffRole(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ChangeStaffRoleDocument,
    "\n  mutation SetStaffQueues($input: SetStaffQueuesInput!) {\n    setStaffQueues(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.SetStaffQueuesDocument,
    "\n  mutation DeactivateStaffUser($userId: ID!) {\n    deactivateStaffUser(userId: $userId) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.DeactivateStaffUserDocument,
    "\n  mutation ReactivateStaffUser($userId: ID!) {\n    reactivateStaffUser(userId: $userId) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ReactivateStaffUserDocument,
    "\n  mutation ResendStaffInvitation($userId: ID!) {\n    resendStaffInvitation(userId: $userId) {\n      id\n    }\n  }\n": types.ResendStaffInvitationDocument,
    "\n  fragment StaffThreadRow on Thread {\n    id\n    referenceNumber\n    title\n    unanswered\n    lastMessageAt\n    messageCount\n    organisation {\n      id\n      name\n    }\n    theme {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    assignedHandler {\n      id\n      firstName\n      lastName\n    }\n    latestMessage {\n      id\n      direction\n      senderLabel\n    }\n  }\n": types.StaffThreadRowFragmentDoc,
    "\n  fragment StaffSendResult on SendMessagePayload {\n    errors {\n      ...UserErrorFields\n    }\n    privacyWarnings {\n      ...PrivacyWarningFields\n    }\n    message {\n      id\n      referenceNumber\n    }\n    recipient {\n      kind\n      name\n    }\n  }\n": types.StaffSendResultFragmentDoc,
    "\n  query StaffInbox($filter: StaffInboxFilterInput, $first: Int, $after: Cursor) {\n    staffInbox(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...StaffThreadRow\n        }\n      }\n    }\n  }\n": types.StaffInboxDocument,
    "\n  query StaffInboxOptions($organisations: Int!) {\n    teams {\n      id\n      name\n      handlers {\n        id\n        firstName\n        lastName\n      }\n    }\n    themes {\n      id\n      name\n    }\n    organisations(first: $organisations) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.StaffInboxOptionsDocument,
    "\n  query StaffOrganisationName($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n    }\n  }\n": types.StaffOrganisationNameDocument,
    "\n  query StaffThread($referenceNumber: String!) {\n    thread(referenceNumber: $referenceNumber) {\n      id\n      referenceNumber\n      title\n      unanswered\n      createdAt\n      lastMessageAt\n      organisation {\n        id\n        name\n        externalNumber\n      }\n      theme {\n        id\n        name\n      }\n      team {\n        id\n        name\n        handlers {\n          id\n          firstName\n          lastName\n        }\n      }\n      assignedHandler {\n        id\n        firstName\n        lastName\n      }\n      contacts {\n        id\n        firstName\n        lastName\n        email\n        phone\n        standard\n        confirmed\n      }\n      messages {\n        id\n        direction\n        senderLabel\n        sentAt\n        body\n        attachments {\n          id\n          fileName\n          sizeBytes\n          contentType\n        }\n      }\n    }\n  }\n": types.StaffThreadDocument,
    "\n  mutation StaffAssignThread($referenceNumber: String!, $handlerId: ID) {\n    assignThread(referenceNumber: $referenceNumber, handlerId: $handlerId) {\n      errors {\n        ...UserErrorFields\n      }\n      thread {\n        id\n        assignedHandler {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n": types.StaffAssignThreadDocument,
    "\n  mutation StaffReply($input: ReplyInput!) {\n    replyToThread(input: $input) {\n      ...StaffSendResult\n    }\n  }\n": types.StaffReplyDocument,
    "\n  mutation StaffSend($input: StaffSendMessageInput!) {\n    sendMessageToOrganisation(input: $input) {\n      ...StaffSendResult\n    }\n  }\n": types.StaffSendDocument,
    "\n  query StaffNewMessageOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      externalNumber\n      themes {\n        id\n        name\n        team {\n          id\n          name\n        }\n      }\n    }\n    tasks(organisationId: $id) {\n      id\n      theme {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      handlers {\n        id\n      }\n    }\n  }\n": types.StaffNewMessageOrganisationDocument,
    "\n  query StaffOrganisations($search: String, $first: Int, $after: Cursor) {\n    organisations(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          externalNumber\n          email\n          phone\n        }\n      }\n    }\n  }\n": types.StaffOrganisationsDocument,
    "\n  query StaffOrganisation($id: ID!, $contacts: Int!) {\n    organisation(id: $id) {\n      id\n      name\n      externalNumber\n      phone\n      email\n      websiteUrl\n      updatedAt\n      themes {\n        id\n        name\n        team {\n          id\n          name\n        }\n      }\n      users {\n        id\n        firstName\n        lastName\n        email\n        roles\n        status\n      }\n    }\n    contactPersons(organisationId: $id, first: $contacts) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          email\n          phone\n          status\n          hasAccess\n          themes {\n            id\n            name\n          }\n        }\n      }\n    }\n    tasks(organisationId: $id) {\n      id\n      message\n      awaitingConfirmation\n      theme {\n        id\n        name\n      }\n    }\n  }\n": types.StaffOrganisationDocument,
    "\n  query AdminThemeList($first: Int, $after: Cursor) {\n    adminThemes(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n    teams {\n      id\n      name\n    }\n  }\n": types.AdminThemeListDocument,
    "\n  query AdminTheme($themeId: ID!) {\n    adminTheme(themeId: $themeId) {\n      id\n      code\n      name\n      nameNl\n      nameEn\n      openThreadsElsewhere\n      team {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      name\n    }\n  }\n": types.AdminThemeDocument,
    "\n  mutation AdminCreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      theme {\n        id\n      }\n    }\n  }\n": types.AdminCreateThemeDocument,
    "\n  mutation AdminUpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      theme {\n        id\n      }\n    }\n  }\n": types.AdminUpdateThemeDocument,
    "\n  mutation AdminMoveTheme($themeId: ID!, $teamId: ID!) {\n    moveTheme(themeId: $themeId, teamId: $teamId) {\n      errors {\n        ...UserErrorFields\n      }\n      theme {\n        id\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AdminMoveThemeDocument,
    "\n  mutation AdminMoveOpenThreads($themeId: ID!) {\n    moveOpenThreads(themeId: $themeId) {\n      moved\n    }\n  }\n": types.AdminMoveOpenThreadsDocument,
    "\n  query AdminTeamList($first: Int, $after: Cursor) {\n    adminTeams(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          handlers {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.AdminTeamListDocument,
    "\n  query AdminTeam($teamId: ID!) {\n    adminTeam(teamId: $teamId) {\n      id\n      name\n      nameNl\n      nameEn\n      email\n      members {\n        offeredInHelp\n        user {\n          id\n          firstName\n          lastName\n          email\n          status\n        }\n      }\n      memberCandidates {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n    themes {\n      id\n      name\n      teamId\n    }\n  }\n": types.AdminTeamDocument,
    "\n  mutation AdminCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      team {\n        id\n      }\n    }\n  }\n": types.AdminCreateTeamDocument,
    "\n  mutation AdminUpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      team {\n        id\n      }\n    }\n  }\n": types.AdminUpdateTeamDocument,
    "\n  mutation AdminAddTeamMember($input: TeamMemberInput!) {\n    addTeamMember(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      team {\n        id\n      }\n    }\n  }\n": types.AdminAddTeamMemberDocument,
    "\n  mutation AdminRemoveTeamMember($input: TeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      team {\n        id\n      }\n    }\n  }\n": types.AdminRemoveTeamMemberDocument,
    "\n  mutation AdminSetTeamMemberHelp($input: SetTeamMemberHelpInput!) {\n    setTeamMemberHelp(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      team {\n        id\n      }\n    }\n  }\n": types.AdminSetTeamMemberHelpDocument,
    "\n  query TicketSettings {\n    ticketSettings {\n      supportTypes {\n        id\n        code\n        nameNl\n        nameEn\n        reactionMinutes\n        resolutionMinutes\n        resolutionByPriority {\n          priority\n          minutes\n        }\n        alwaysOpen\n      }\n      queues {\n        id\n        code\n        nameNl\n        nameEn\n        explanationNl\n        explanationEn\n        expectedReactionNl\n        expectedReactionEn\n        autoResolveAfterDays\n      }\n      themes {\n        id\n        nameNl\n        nameEn\n        unreadReminderDays\n      }\n      categories {\n        id\n        code\n        nameNl\n        nameEn\n        position\n        active\n        ticketCount\n      }\n      calendar {\n        id\n        timeZone\n        week {\n          weekday\n          opensAt\n          closesAt\n        }\n        closingDays {\n          id\n          onDate\n          everyYearOn\n          nameNl\n          nameEn\n        }\n      }\n    }\n  }\n": types.TicketSettingsDocument,
    "\n  mutation UpdateSupportTypeTargets($input: SupportTypeTargetsInput!) {\n    updateSupportTypeTargets(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UpdateSupportTypeTargetsDocument,
    "\n  mutation UpdateQueueSettings($input: QueueSettingsInput!) {\n    updateQueueSettings(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UpdateQueueSettingsDocument,
    "\n  mutation UpdateThemeReminder($input: ThemeReminderInput!) {\n    updateThemeReminder(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UpdateThemeReminderDocument,
    "\n  mutation UpdateBusinessCalendar($input: CalendarInput!) {\n    updateBusinessCalendar(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UpdateBusinessCalendarDocument,
    "\n  mutation AddClosingDay($input: ClosingDayInput!) {\n    addClosingDay(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AddClosingDayDocument,
    "\n  mutation RemoveClosingDay($id: ID!) {\n    removeClosingDay(closingDayId: $id) {\n      calendar {\n        id\n      }\n    }\n  }\n": types.RemoveClosingDayDocument,
    "\n  mutation CreateTicketCategory($input: NewTicketCategoryInput!) {\n    createTicketCategory(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CreateTicketCategoryDocument,
    "\n  mutation UpdateTicketCategory($input: TicketCategoryInput!) {\n    updateTicketCategory(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UpdateTicketCategoryDocument,
    "\n  mutation RemoveTicketCategory($id: ID!) {\n    removeTicketCategory(categoryId: $id) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RemoveTicketCategoryDocument,
    "\n  fragment TicketsOptionFields on TicketOption {\n    id\n    code\n    name\n  }\n": types.TicketsOptionFieldsFragmentDoc,
    "\n  fragment TicketsListFields on Ticket {\n    id\n    number\n    subject\n    status\n    updatedAt\n    createdAt\n    category {\n      ...TicketsOptionFields\n    }\n    supportType {\n      ...TicketsOptionFields\n    }\n    requester {\n      id\n      firstName\n      lastName\n      erased\n    }\n    requesterEmail\n  }\n": types.TicketsListFieldsFragmentDoc,
    "\n  fragment TicketEntryFields on TicketEntry {\n    id\n    kind\n    body\n    byStaff\n    closeRequest\n    createdAt\n    author {\n      id\n      firstName\n      lastName\n      erased\n    }\n    event {\n      type\n      from\n      to\n      number\n      fields\n    }\n    attachments {\n      id\n      fileName\n      sizeBytes\n      contentType\n    }\n  }\n": types.TicketEntryFieldsFragmentDoc,
    "\n  fragment TicketsDetailFields on Ticket {\n    ...TicketsListFields\n    description\n    channel\n    closeRequestedAt\n    expectedResolutionDate\n    priority\n    postponedUntil\n    plannedVersion\n    solution\n    resolvedAt\n    closedAt\n    notifyMe\n    assignee {\n      id\n      firstName\n      lastName\n    }\n    queue {\n      id\n      code\n      name\n      explanation\n      expectedReaction\n      nextMeetingOn\n    }\n    labels {\n      ...TicketsOptionFields\n    }\n    previousTicket {\n      id\n      number\n      subject\n    }\n    mergedInto {\n      id\n      number\n      subject\n    }\n    entries {\n      ...TicketEntryFields\n    }\n  }\n": types.TicketsDetailFieldsFragmentDoc,
    "\n  fragment TicketsPayloadFields on TicketPayload {\n    errors {\n      ...UserErrorFields\n    }\n    ticket {\n      id\n      number\n    }\n  }\n": types.TicketsPayloadFieldsFragmentDoc,
    "\n  query TicketsList(\n    $view: TicketView!\n    $sort: TicketSort!\n    $filter: TicketFilterInput\n    $first: Int\n    $after: Cursor\n    $last: Int\n    $before: Cursor\n  ) {\n    tickets(view: $view, sort: $sort, filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TicketsListFields\n        }\n      }\n    }\n    ticketCategories {\n      ...TicketsOptionFields\n    }\n    ticketSupportTypes {\n      ...TicketsOptionFields\n    }\n  }\n": types.TicketsListDocument,
    "\n  query TicketsOptions {\n    ticketCategories {\n      ...TicketsOptionFields\n    }\n    ticketSupportTypes {\n      ...TicketsOptionFields\n    }\n  }\n": types.TicketsOptionsDocument,
    "\n  query TicketsByNumber($number: String!) {\n    ticket(number: $number) {\n      ...TicketsDetailFields\n    }\n  }\n": types.TicketsByNumberDocument,
    "\n  mutation TicketsCreate($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      privacyWarnings {\n        ...PrivacyWarningFields\n      }\n      ticket {\n        id\n        number\n      }\n    }\n  }\n": types.TicketsCreateDocument,
    "\n  mutation TicketsReply($input: TicketReplyInput!) {\n    replyToTicket(input: $input) {\n      ...TicketsPayloadFields\n    }\n  }\n": types.TicketsReplyDocument,
    "\n  mutation TicketsRequestClose($input: TicketReplyInput!) {\n    requestTicketClose(input: $input) {\n      ...TicketsPayloadFields\n    }\n  }\n": types.TicketsRequestCloseDocument,
    "\n  mutation TicketsNotifications($ticketId: ID!, $notify: Boolean!) {\n    setTicketNotifications(ticketId: $ticketId, notify: $notify) {\n      ...TicketsPayloadFields\n    }\n  }\n": types.TicketsNotificationsDocument,
    "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    status\n    disabledAt\n    disabledReason\n    consecutiveFailures\n    createdAt\n  }\n": types.WebhookEndpointFieldsFragmentDoc,
    "\n  query WebhookEndpoints($first: Int, $after: Cursor) {\n    webhookEndpoints(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...WebhookEndpointFields\n        }\n      }\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  query WebhookEventTypes {\n    webhookEventTypes\n  }\n": types.WebhookEventTypesDocument,
    "\n  query WebhookEndpoint($id: ID!, $first: Int, $after: Cursor) {\n    webhookEventTypes\n    webhookEndpoint(endpointId: $id) {\n      ...WebhookEndpointFields\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            eventType\n            status\n            attempts\n            createdAt\n            finishedAt\n            log {\n              attemptedAt\n              statusCode\n              latencyMs\n              responseExcerpt\n              error\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WebhookEndpointDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n      endpoint {\n        id\n      }\n      secret\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n      endpoint {\n        id\n      }\n    }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n      secret\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(endpointId: $id)\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(deliveryId: $id) {\n      id\n      status\n    }\n  }\n": types.ReplayWebhookDeliveryDocument,
    "subscription LiveOpenOutages {\n  openOutagesChanged {\n    id\n    title\n    service\n    status\n    startedAt\n  }\n}": types.LiveOpenOutagesDocument,
    "subscription MySessionRevoked {\n  mySessionRevoked\n}\n\nsubscription LiveMessageAdded($themeId: ID, $referenceNumber: String, $teamId: ID) {\n  messageAdded(\n    themeId: $themeId\n    referenceNumber: $referenceNumber\n    teamId: $teamId\n  ) {\n    id\n    referenceNumber\n    direction\n    title\n    organisation {\n      id\n      name\n    }\n  }\n}\n\nsubscription LiveTasksChanged {\n  tasksChanged {\n    id\n  }\n}": types.MySessionRevokedDocument,
    "subscription MessagesCountsChanged {\n  messageCountsChanged {\n    unreadInbound\n  }\n}\n\nquery MessagesUnreadCount {\n  messageCounts {\n    unreadInbound\n  }\n}": types.MessagesCountsChangedDocument,
    "subscription TasksChanged {\n  tasksChanged {\n    id\n  }\n}": types.TasksChangedDocument,
    "subscription StaffLiveTicketQueues {\n  ticketQueueChanged {\n    openCount\n    queue {\n      id\n    }\n  }\n}\n\nsubscription StaffLiveTicketUpdated($id: ID!) {\n  ticketUpdated(id: $id) {\n    id\n    updatedAt\n    entries {\n      id\n    }\n    participants {\n      user {\n        id\n      }\n    }\n  }\n}": types.StaffLiveTicketQueuesDocument,
    "query StaffQuarantineCount {\n  quarantineCount\n}\n\nsubscription StaffQuarantineCountChanged {\n  quarantineCountChanged\n}": types.StaffQuarantineCountDocument,
    "subscription LiveTicketUpdated($id: ID!) {\n  ticketUpdated(id: $id) {\n    id\n    status\n    entries {\n      id\n      kind\n      byStaff\n      author {\n        id\n      }\n    }\n  }\n}": types.LiveTicketUpdatedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveChatUpdated($id: ID!) {\n  chatUpdated(id: $id) {\n    id\n    status\n  }\n}\n\nsubscription LiveStaffChats {\n  staffChatsChanged {\n    id\n    status\n  }\n}"): typeof import('./graphql').LiveChatUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserErrorFields on UserError {\n    field\n    code\n    message\n  }\n"): typeof import('./graphql').UserErrorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrivacyWarningFields on PrivacyWarning {\n    field\n    kind\n    masked\n    message\n  }\n"): typeof import('./graphql').PrivacyWarningFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      email\n      firstName\n      lastName\n      phone\n      language\n      roles\n      isStaff\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n        language\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: TokenPasswordInput!) {\n    resetPassword(input: $input) {\n      ok\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      ok\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').ConfirmEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: TokenPasswordInput!) {\n    acceptInvitation(input: $input) {\n      token\n      expiresAt\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n        language\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      expiresAt\n      userAgent\n      ip\n      current\n    }\n  }\n"): typeof import('./graphql').MySessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n        firstName\n        lastName\n        email\n        phone\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLanguage($language: Language!) {\n    setLanguage(language: $language) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n        language\n      }\n    }\n  }\n"): typeof import('./graphql').SetLanguageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): typeof import('./graphql').RevokeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminOrganisationFields on Organisation {\n    id\n    name\n    enterpriseNumber\n    recognitionNumber\n    phone\n    email\n    websiteUrl\n    deactivatedAt\n    themes {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminOrganisationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisations($search: String, $first: Int, $after: Cursor) {\n    organisations(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminOrganisationFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...AdminOrganisationFields\n      users {\n        id\n        firstName\n        lastName\n        email\n        roles\n        status\n      }\n    }\n    themes {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminThemes {\n    themes {\n      id\n      name\n    }\n    teams {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminThemesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      organisation {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeactivateOrganisation($id: ID!) {\n    deactivateOrganisation(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminDeactivateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReactivateOrganisation($id: ID!) {\n    reactivateOrganisation(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminReactivateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminInviteOrganisationAdmin($input: InviteOrganisationAdminInput!) {\n    inviteOrganisationAdmin(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').AdminInviteOrganisationAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminHistory($kind: AdminHistoryKind, $first: Int, $after: Cursor) {\n    adminHistory(kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          entityType\n          entityId\n          createdAt\n          organisation {\n            id\n            name\n          }\n          actor {\n            id\n            firstName\n            lastName\n            isStaff\n          }\n          changes {\n            field\n            oldValue\n            newValue\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerChat {\n    chatAvailability { open agentsAvailable offered opensAt }\n    runningChat {\n      id\n      status\n      subject\n      agentName\n      messages { id body byStaff mine createdAt }\n    }\n  }\n"): typeof import('./graphql').CustomerChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffChat {\n    chatAgentAvailable\n    staffChats {\n      id\n      status\n      subject\n      startedAt\n      customer { firstName lastName email }\n      organisation { name }\n      messages { id body byStaff mine createdAt }\n    }\n  }\n"): typeof import('./graphql').StaffChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartChat($input: StartChatInput!) {\n    startChat(input: $input) { errors { field code message } chat { id } }\n  }\n"): typeof import('./graphql').StartChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendChatMessage($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) { errors { field code message } chat { id } }\n  }\n"): typeof import('./graphql').SendChatMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndChat($input: EndChatInput!) {\n    endChat(input: $input) { errors { field code message } chat { id ticketNumber } }\n  }\n"): typeof import('./graphql').EndChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeChat($chatId: ID!) {\n    takeChat(chatId: $chatId) { errors { field code message } chat { id } }\n  }\n"): typeof import('./graphql').TakeChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetChatAgentAvailable($available: Boolean!) {\n    setChatAgentAvailable(available: $available)\n  }\n"): typeof import('./graphql').SetChatAgentAvailableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EndedChat($id: ID!) {\n    chat(id: $id) { id status endReason ticketNumber }\n  }\n"): typeof import('./graphql').EndedChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbArticles($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    knowledgeArticles(first: $first, after: $after, last: $last, before: $before) {\n      edges { cursor node { id slug title summary category tags updatedAt } }\n      pageInfo { hasNextPage hasPreviousPage }\n    }\n  }\n"): typeof import('./graphql').KbArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbSearch($query: String!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    searchKnowledgeBase(query: $query, first: $first, after: $after, last: $last, before: $before) {\n      edges { cursor node { item { id slug title category updatedAt } snippet { text match } } }\n      pageInfo { hasNextPage hasPreviousPage }\n    }\n  }\n"): typeof import('./graphql').KbSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbArticle($slug: String!) {\n    knowledgeArticle(slug: $slug) { id slug title bodyHtml category tags status updatedAt }\n  }\n"): typeof import('./graphql').KbArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbNewsItem($slug: String!) {\n    newsItem(slug: $slug) { id slug title bodyHtml status publishedAt updatedAt }\n  }\n"): typeof import('./graphql').KbNewsItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbNewsAndOutages($first: Int) {\n    newsItems(first: $first) { edges { node { id slug title summary publishedAt updatedAt } } }\n    outages(first: $first) {\n      edges { node { id title service status startedAt endedAt updates { id status message createdAt } } }\n    }\n  }\n"): typeof import('./graphql').KbNewsAndOutagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbOpenOutages { openOutages { id title service status startedAt } }\n"): typeof import('./graphql').KbOpenOutagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbRecordDeflection($input: RecordDeflectionInput!) {\n    recordTicketDeflection(input: $input) { recorded errors { field code message } }\n  }\n"): typeof import('./graphql').KbRecordDeflectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbAdminArticles($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    knowledgeArticles(first: $first, after: $after, last: $last, before: $before, drafts: true) {\n      pageInfo { hasNextPage hasPreviousPage }\n      edges { cursor node { id slug title status updatedAt } }\n    }\n  }\n"): typeof import('./graphql').KbAdminArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbAdminNews($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    newsItems(first: $first, after: $after, last: $last, before: $before, drafts: true) {\n      pageInfo { hasNextPage hasPreviousPage }\n      edges { cursor node { id slug title status updatedAt } }\n    }\n  }\n"): typeof import('./graphql').KbAdminNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbAdminOutages($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    outages(first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage }\n      edges { cursor node { id title service status startedAt endedAt } }\n    }\n  }\n"): typeof import('./graphql').KbAdminOutagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbAdminItem($slug: String!, $news: Boolean!) {\n    knowledgeArticle(slug: $slug) @skip(if: $news) {\n      id kind slug status category tags titleNl titleEn bodyNl bodyEn\n    }\n    newsItem(slug: $slug) @include(if: $news) {\n      id kind slug status category tags titleNl titleEn bodyNl bodyEn\n    }\n  }\n"): typeof import('./graphql').KbAdminItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbSaveItem($input: SaveKnowledgeItemInput!) {\n    saveKnowledgeItem(input: $input) { errors { field code message } item { id slug } }\n  }\n"): typeof import('./graphql').KbSaveItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbOpenOutage($input: OpenOutageInput!) {\n    openOutage(input: $input) { errors { field code message } outage { id } }\n  }\n"): typeof import('./graphql').KbOpenOutageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbUpdateOutage($input: UpdateOutageInput!) {\n    updateOutage(input: $input) { errors { field code message } outage { id } }\n  }\n"): typeof import('./graphql').KbUpdateOutageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedMails {\n    failedMails {\n      id\n      recipient\n      subject\n      organisationName\n      reason\n      attempts\n      failedAt\n    }\n  }\n"): typeof import('./graphql').FailedMailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryFailedMail($id: ID!) {\n    retryFailedMail(id: $id)\n  }\n"): typeof import('./graphql').RetryFailedMailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeldMails($status: InboundMailStatus!, $first: Int, $after: Cursor, $organisations: Int) {\n    inboundMails(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage }\n      edges {\n        cursor\n        node { id status reason sender subject receivedAt sizeBytes downloadPath }\n      }\n    }\n    organisations(first: $organisations) {\n      edges { node { id name } }\n    }\n  }\n"): typeof import('./graphql').HeldMailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayInboundMail($input: ReplayInboundMailInput!) {\n    replayInboundMail(input: $input) { errors { field code message } inboundMail { id ticketNumber } }\n  }\n"): typeof import('./graphql').ReplayInboundMailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardInboundMail($input: DiscardInboundMailInput!) {\n    discardInboundMail(input: $input) { errors { field code message } inboundMail { id } }\n  }\n"): typeof import('./graphql').DiscardInboundMailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessagesListFields on Message {\n    id\n    referenceNumber\n    title\n    direction\n    read\n    sentAt\n    senderLabel\n    attachmentCount\n    theme {\n      id\n      name\n    }\n    addressedTeam {\n      id\n      name\n    }\n    addressedHandler {\n      id\n      firstName\n      lastName\n    }\n  }\n"): typeof import('./graphql').MessagesListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessagesContactFields on ThreadContact {\n    id\n    contactPersonId\n    firstName\n    lastName\n    email\n    phone\n    standard\n    confirmed\n  }\n"): typeof import('./graphql').MessagesContactFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessagesSendPayload on SendMessagePayload {\n    errors {\n      ...UserErrorFields\n    }\n    privacyWarnings {\n      ...PrivacyWarningFields\n    }\n    message {\n      id\n      referenceNumber\n    }\n    recipient {\n      kind\n      name\n    }\n  }\n"): typeof import('./graphql').MessagesSendPayloadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagesStartPage($latest: Int!) {\n    tasks {\n      id\n      kind\n      message\n      awaitingConfirmation\n      theme {\n        id\n        name\n      }\n    }\n    latest: messages(first: $latest, filter: { direction: INBOUND }) {\n      totalCount\n      edges {\n        node {\n          ...MessagesListFields\n        }\n      }\n    }\n    messageCounts {\n      inbound\n      unreadInbound\n    }\n    myOrganisation {\n      id\n      themes {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      name\n      # Only the handlers offered in 'Hulp nodig?' (the administration's choice, decision 0034).\n      handlers: helpHandlers {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n"): typeof import('./graphql').MessagesStartPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagesList($filter: MessageFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    messages(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MessagesListFields\n        }\n      }\n    }\n    messageCounts {\n      inbound\n      outbound\n      unreadInbound\n    }\n    myOrganisation {\n      id\n      themes {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MessagesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagesThemeTasks {\n    tasks {\n      id\n      message\n      awaitingConfirmation\n      theme {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').MessagesThemeTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MessagesOpenThread($referenceNumber: String!) {\n    markThreadRead(referenceNumber: $referenceNumber) {\n      id\n      referenceNumber\n      title\n      theme {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n      messages {\n        id\n        direction\n        title\n        body\n        sentAt\n        senderLabel\n        addressedTeam {\n          id\n          name\n        }\n        addressedHandler {\n          id\n          firstName\n          lastName\n        }\n        attachments {\n          id\n          fileName\n          sizeBytes\n          contentType\n        }\n      }\n      contacts {\n        ...MessagesContactFields\n      }\n    }\n  }\n"): typeof import('./graphql').MessagesOpenThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagesNewContext {\n    myOrganisation {\n      id\n      themes {\n        id\n        name\n        teamId\n      }\n    }\n    teams {\n      id\n      name\n      # Only the handlers offered in 'Hulp nodig?' (the administration's choice, decision 0034).\n      handlers: helpHandlers {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n"): typeof import('./graphql').MessagesNewContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagesDraftContacts($themeId: ID!) {\n    draftThreadContacts(themeId: $themeId) {\n      ...MessagesContactFields\n    }\n  }\n"): typeof import('./graphql').MessagesDraftContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MessagesSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessagesSendPayload\n    }\n  }\n"): typeof import('./graphql').MessagesSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MessagesReply($input: ReplyInput!) {\n    replyToThread(input: $input) {\n      ...MessagesSendPayload\n    }\n  }\n"): typeof import('./graphql').MessagesReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationUserFields on User {\n    id\n    firstName\n    lastName\n    email\n    language\n    status\n    tenantRole\n  }\n"): typeof import('./graphql').OrganisationUserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationUsersPage($first: Int, $after: Cursor) {\n    organisationUsers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrganisationUserFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationUsersPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationUser($id: ID!) {\n    organisationUser(id: $id) {\n      ...OrganisationUserFields\n    }\n  }\n"): typeof import('./graphql').OrganisationUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteOrganisationUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').InviteOrganisationUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendUserInvitation($id: ID!) {\n    resendInvitation(userId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ResendUserInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ChangeUserRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').DeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(userId: $id) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ReactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    externalNumber\n    phone\n    email\n    websiteUrl\n    updatedAt\n    themes {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').OrganisationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactPersonFields on ContactPerson {\n    id\n    firstName\n    lastName\n    email\n    phone\n    language\n    status\n    confirmedAt\n    hasAccess\n    emailUndeliverable {\n      reason\n      since\n    }\n    themes {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ContactPersonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganisation {\n    myOrganisation {\n      ...OrganisationFields\n    }\n  }\n"): typeof import('./graphql').MyOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      organisation {\n        ...OrganisationFields\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactPersons($filter: ContactPersonFilter, $first: Int, $after: Cursor) {\n    contactPersons(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ContactPersonFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContactPersonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactPerson($id: ID!) {\n    contactPerson(id: $id) {\n      ...ContactPersonFields\n    }\n  }\n"): typeof import('./graphql').ContactPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsPage($filter: ContactPersonFilter, $first: Int, $after: Cursor) {\n    contactPersons(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ContactPersonFields\n        }\n      }\n    }\n    all: contactPersons(first: 1) {\n      totalCount\n    }\n    tasks {\n      id\n      kind\n      message\n      awaitingConfirmation\n      contactPersonId\n      theme {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ContactsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContactPerson($input: AddContactPersonInput!) {\n    addContactPerson(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      contactPerson {\n        ...ContactPersonFields\n      }\n    }\n  }\n"): typeof import('./graphql').AddContactPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContactPerson($input: UpdateContactPersonInput!) {\n    updateContactPerson(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      contactPerson {\n        ...ContactPersonFields\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateContactPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveContactPerson($id: ID!) {\n    removeContactPerson(id: $id)\n  }\n"): typeof import('./graphql').RemoveContactPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendContactConfirmation($id: ID!) {\n    resendContactConfirmation(id: $id) {\n      errors {\n        ...UserErrorFields\n      }\n      contactPerson {\n        ...ContactPersonFields\n      }\n    }\n  }\n"): typeof import('./graphql').ResendContactConfirmationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteContactPerson($id: ID!, $roles: [Role!]!) {\n    inviteContactPerson(id: $id, roles: $roles) {\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n        email\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').InviteContactPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationHistory($organisationId: ID!, $first: Int, $after: Cursor) {\n    organisationHistory(organisationId: $organisationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          entityType\n          entityId\n          createdAt\n          actor {\n            id\n            firstName\n            lastName\n            isStaff\n          }\n          changes {\n            field\n            oldValue\n            newValue\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationUsers {\n    myOrganisation {\n      id\n      users {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactConfirmationLink($token: String!) {\n    contactConfirmationLink(token: $token) {\n      status\n      message\n      organisationName\n      themeNames\n    }\n  }\n"): typeof import('./graphql').ContactConfirmationLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmContactPerson($token: String!) {\n    confirmContactPerson(token: $token) {\n      status\n      message\n      organisationName\n      themeNames\n    }\n  }\n"): typeof import('./graphql').ConfirmContactPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPersonalDataExports {\n    myPersonalDataExports {\n      id\n      status\n      createdAt\n      readyAt\n      downloadPath\n    }\n  }\n"): typeof import('./graphql').MyPersonalDataExportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPersonalDataExport($input: RequestPersonalDataExportInput!) {\n    requestPersonalDataExport(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RequestPersonalDataExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyPeople($search: String!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    privacyPeople(search: $search, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage }\n      edges {\n        cursor\n        node { kind id firstName lastName email organisationName legalHold erased }\n      }\n    }\n  }\n"): typeof import('./graphql').PrivacyPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasePerson($input: PersonInput!) {\n    erasePerson(input: $input) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ErasePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLegalHold($input: SetLegalHoldInput!) {\n    setLegalHold(input: $input)\n  }\n"): typeof import('./graphql').SetLegalHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionPage($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    retentionOverview {\n      themes { id code name retentionDays due held }\n      queues { id code name retentionDays due held }\n    }\n    lastRetentionRun { startedAt finishedAt threads tickets inboundMails files webhookDeliveries exports }\n    legalHolds(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage }\n      edges {\n        cursor\n        node { record id label title organisationName reason heldAt heldByName }\n      }\n    }\n  }\n"): typeof import('./graphql').RetentionPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRetentionPeriod($input: SetRetentionPeriodInput!) {\n    setRetentionPeriod(input: $input) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').SetRetentionPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalHold($record: LegalHoldRecord!, $key: String!) {\n    legalHold(record: $record, key: $key) { record id label title organisationName onHold reason heldAt heldByName }\n  }\n"): typeof import('./graphql').LegalHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeLegalHold($input: ChangeLegalHoldInput!) {\n    changeLegalHold(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n      legalHold { onHold }\n    }\n  }\n"): typeof import('./graphql').ChangeLegalHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceLevelReport($from: Day!, $to: Day!) {\n    ticketCategoryCounts(from: $from, to: $to) {\n      category {\n        id\n        name\n        active\n      }\n      created\n      open\n    }\n    ticketDeflectionReport(from: $from, to: $to, top: 10) {\n      suggestionsShown\n      ticketsAvoided\n      ticketsAfterSuggestions\n      topArticles {\n        articleId\n        slug\n        title\n        ticketsAvoided\n      }\n    }\n    securityIncidentCounts(from: $from, to: $to) {\n      organisationId\n      organisationName\n      year\n      incidents\n      noticeSentAt\n    }\n    serviceLevelReport(from: $from, to: $to) {\n      month\n      queueCode\n      queue\n      supportTypeCode\n      supportType\n      created\n      reactionMet\n      reactionBreached\n      reactionMetPercent\n      medianReactionMinutes\n      resolutionMet\n      resolutionBreached\n      resolutionMetPercent\n      medianResolutionMinutes\n    }\n  }\n"): typeof import('./graphql').ServiceLevelReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoginOptions {\n    loginOptions {\n      password\n      singleSignOn {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').LoginOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSingleSignOn {\n    startSingleSignOn {\n      authorizationUrl\n      state\n      nonce\n      codeVerifier\n    }\n  }\n"): typeof import('./graphql').StartSingleSignOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSingleSignOn($input: CompleteSingleSignOnInput!) {\n    completeSingleSignOn(input: $input) {\n      token\n      expiresAt\n      errors {\n        ...UserErrorFields\n      }\n      user {\n        id\n        language\n      }\n    }\n  }\n"): typeof import('./graphql').CompleteSingleSignOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SingleSignOutUrl {\n    singleSignOutUrl\n  }\n"): typeof import('./graphql').SingleSignOutUrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffTicketRow on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    updatedAt\n    ...StaffTicketSla\n    organisation {\n      id\n      name\n    }\n    queue {\n      id\n      name\n    }\n    assignee {\n      id\n      firstName\n      lastName\n    }\n  }\n"): typeof import('./graphql').StaffTicketRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffTicketSla on Ticket {\n    slaState\n    clockPaused\n    firstResponseAt\n    firstResponseDueAt\n    resolvedAt\n    resolutionDueAt\n  }\n"): typeof import('./graphql').StaffTicketSlaFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffTicketQueueCountFields on TicketQueueCount {\n    openCount\n    worksHere\n    queue {\n      id\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').StaffTicketQueueCountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffTicketPayloadFields on TicketPayload {\n    errors {\n      ...UserErrorFields\n    }\n    ticket {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').StaffTicketPayloadFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTickets(\n    $filter: StaffTicketFilterInput\n    $sort: TicketSort!\n    $first: Int\n    $after: Cursor\n    $last: Int\n    $before: Cursor\n  ) {\n    staffTickets(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...StaffTicketRow\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffTicketsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTicketOptions($organisations: Int) {\n    ticketQueueCounts {\n      ...StaffTicketQueueCountFields\n    }\n    ticketCategories(includeInactive: true) {\n      id\n      name\n      active\n    }\n    ticketSupportTypes {\n      id\n      name\n    }\n    ticketLabels {\n      id\n      name\n    }\n    teams {\n      id\n      handlers {\n        id\n        firstName\n        lastName\n      }\n    }\n    organisations(first: $organisations) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffTicketOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTicket($number: String!) {\n    ticket(number: $number) {\n      id\n      number\n      subject\n      description\n      status\n      allowedStatuses\n      channel\n      createdAt\n      updatedAt\n      closeRequestedAt\n      postponedUntil\n      solution\n      plannedVersion\n      expectedResolutionOn\n      priority\n      ...StaffTicketSla\n      clockPausedMinutes\n      requesterEmail\n      requester {\n        id\n        firstName\n        lastName\n        email\n        erased\n      }\n      organisation {\n        id\n        name\n        users {\n          id\n          firstName\n          lastName\n          status\n        }\n      }\n      category {\n        id\n        name\n      }\n      supportType {\n        id\n        name\n      }\n      queue {\n        id\n        name\n        explanation\n      }\n      assignee {\n        id\n        firstName\n        lastName\n      }\n      labels {\n        id\n        name\n      }\n      participants {\n        notify\n        user {\n          id\n          firstName\n          lastName\n          email\n          isStaff\n        }\n      }\n      mergedInto {\n        id\n        number\n      }\n      previousTicket {\n        id\n        number\n      }\n      entries {\n        ...TicketEntryFields\n      }\n    }\n  }\n"): typeof import('./graphql').StaffTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffTicketReply($input: TicketReplyInput!) {\n    replyToTicket(input: $input) {\n      ...StaffTicketPayloadFields\n    }\n  }\n"): typeof import('./graphql').StaffTicketReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffTicketNote($input: TicketReplyInput!) {\n    addTicketNote(input: $input) {\n      ...StaffTicketPayloadFields\n    }\n  }\n"): typeof import('./graphql').StaffTicketNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffTicketStatus($input: SetTicketStatusInput!) {\n    setTicketStatus(input: $input) {\n      ...StaffTicketPayloadFields\n    }\n  }\n"): typeof import('./graphql').StaffTicketStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffTicketQueue($ticketId: ID!, $queueId: ID!) {\n    moveTicketQueue(ticketId: $ticketId, queueId: $queueId) {\n      ...StaffTicketPayloadFields\n    }\n  }\n"): typeof import('./graphql').StaffTicketQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffTicketAssign($ticketId: ID!, $assigneeId: ID) {\n    assignTicket(ticketId: $ticketId, assigneeId: $assigneeId) {\n      ...StaffTicketPayloadFields\n    }\n  }\n"): typeof import('./graphql').StaffTicketAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffTicketDetails($input: UpdateTicketDetailsInput!) {\n    updateTicketDetails(input: $input) {\n      ...StaffTicketPayloadFields\n    }\n  }\n"): typeof import('./graphql').StaffTicketDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffTicketLabels($ticketId: ID!, $labelIds: [ID!]!) {\n    setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) {\n      ...StaffTicketPayloadFields\n    }\n  }\n"): typeof import('./graphql').StaffTicketLabelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffTicketParticipant($ticketId: ID!, $userId: ID!) {\n    addTicketParticipant(ticketId: $ticketId, userId: $userId) {\n      ...StaffTicketPayloadFields\n    }\n  }\n"): typeof import('./graphql').StaffTicketParticipantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTicketTarget($number: String!) {\n    ticket(number: $number) {\n      id\n      number\n      subject\n      status\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').StaffTicketTargetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffTicketMerge($ticketId: ID!, $intoTicketId: ID!) {\n    mergeTicket(ticketId: $ticketId, intoTicketId: $intoTicketId) {\n      ...StaffTicketPayloadFields\n    }\n  }\n"): typeof import('./graphql').StaffTicketMergeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTicketRegisterOptions($organisations: Int) {\n    ticketCategories {\n      id\n      name\n    }\n    ticketSupportTypes {\n      id\n      name\n    }\n    organisations(first: $organisations) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffTicketRegisterOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTicketOrganisationUsers($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      users {\n        id\n        firstName\n        lastName\n        email\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').StaffTicketOrganisationUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffRegisterTicket($input: RegisterTicketInput!) {\n    registerTicket(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      ticket {\n        id\n        number\n      }\n    }\n  }\n"): typeof import('./graphql').StaffRegisterTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffUserFields on StaffUser {\n    id\n    email\n    firstName\n    lastName\n    language\n    role\n    status\n    teams {\n      id\n      name\n    }\n    queues {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').StaffUserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUsers($search: String, $role: StaffRole, $status: UserStatus, $first: Int, $after: Cursor) {\n    staffUsers(search: $search, role: $role, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...StaffUserFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUserNames($ids: [ID!]) {\n    staffUsers(ids: $ids, first: 100) {\n      edges {\n        node {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffUserNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUser($id: ID!) {\n    staffUser(id: $id) {\n      ...StaffUserFields\n    }\n    staffQueueChoices {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').StaffUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteStaffUser($input: InviteStaffUserInput!) {\n    inviteStaffUser(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n      staffUser {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').InviteStaffUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeStaffRole($input: ChangeStaffRoleInput!) {\n    changeStaffRole(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ChangeStaffRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStaffQueues($input: SetStaffQueuesInput!) {\n    setStaffQueues(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').SetStaffQueuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateStaffUser($userId: ID!) {\n    deactivateStaffUser(userId: $userId) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').DeactivateStaffUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateStaffUser($userId: ID!) {\n    reactivateStaffUser(userId: $userId) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ReactivateStaffUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendStaffInvitation($userId: ID!) {\n    resendStaffInvitation(userId: $userId) {\n      id\n    }\n  }\n"): typeof import('./graphql').ResendStaffInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffThreadRow on Thread {\n    id\n    referenceNumber\n    title\n    unanswered\n    lastMessageAt\n    messageCount\n    organisation {\n      id\n      name\n    }\n    theme {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n    assignedHandler {\n      id\n      firstName\n      lastName\n    }\n    latestMessage {\n      id\n      direction\n      senderLabel\n    }\n  }\n"): typeof import('./graphql').StaffThreadRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffSendResult on SendMessagePayload {\n    errors {\n      ...UserErrorFields\n    }\n    privacyWarnings {\n      ...PrivacyWarningFields\n    }\n    message {\n      id\n      referenceNumber\n    }\n    recipient {\n      kind\n      name\n    }\n  }\n"): typeof import('./graphql').StaffSendResultFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffInbox($filter: StaffInboxFilterInput, $first: Int, $after: Cursor) {\n    staffInbox(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...StaffThreadRow\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffInboxOptions($organisations: Int!) {\n    teams {\n      id\n      name\n      handlers {\n        id\n        firstName\n        lastName\n      }\n    }\n    themes {\n      id\n      name\n    }\n    organisations(first: $organisations) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffInboxOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffOrganisationName($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').StaffOrganisationNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffThread($referenceNumber: String!) {\n    thread(referenceNumber: $referenceNumber) {\n      id\n      referenceNumber\n      title\n      unanswered\n      createdAt\n      lastMessageAt\n      organisation {\n        id\n        name\n        externalNumber\n      }\n      theme {\n        id\n        name\n      }\n      team {\n        id\n        name\n        handlers {\n          id\n          firstName\n          lastName\n        }\n      }\n      assignedHandler {\n        id\n        firstName\n        lastName\n      }\n      contacts {\n        id\n        firstName\n        lastName\n        email\n        phone\n        standard\n        confirmed\n      }\n      messages {\n        id\n        direction\n        senderLabel\n        sentAt\n        body\n        attachments {\n          id\n          fileName\n          sizeBytes\n          contentType\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffAssignThread($referenceNumber: String!, $handlerId: ID) {\n    assignThread(referenceNumber: $referenceNumber, handlerId: $handlerId) {\n      errors {\n        ...UserErrorFields\n      }\n      thread {\n        id\n        assignedHandler {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffAssignThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffReply($input: ReplyInput!) {\n    replyToThread(input: $input) {\n      ...StaffSendResult\n    }\n  }\n"): typeof import('./graphql').StaffReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffSend($input: StaffSendMessageInput!) {\n    sendMessageToOrganisation(input: $input) {\n      ...StaffSendResult\n    }\n  }\n"): typeof import('./graphql').StaffSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffNewMessageOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      externalNumber\n      themes {\n        id\n        name\n        team {\n          id\n          name\n        }\n      }\n    }\n    tasks(organisationId: $id) {\n      id\n      theme {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      handlers {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').StaffNewMessageOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffOrganisations($search: String, $first: Int, $after: Cursor) {\n    organisations(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          externalNumber\n          email\n          phone\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffOrganisation($id: ID!, $contacts: Int!) {\n    organisation(id: $id) {\n      id\n      name\n      externalNumber\n      phone\n      email\n      websiteUrl\n      updatedAt\n      themes {\n        id\n        name\n        team {\n          id\n          name\n        }\n      }\n      users {\n        id\n        firstName\n        lastName\n        email\n        roles\n        status\n      }\n    }\n    contactPersons(organisationId: $id, first: $contacts) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          email\n          phone\n          status\n          hasAccess\n          themes {\n            id\n            name\n          }\n        }\n      }\n    }\n    tasks(organisationId: $id) {\n      id\n      message\n      awaitingConfirmation\n      theme {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').StaffOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminThemeList($first: Int, $after: Cursor) {\n    adminThemes(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n    teams {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminThemeListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTheme($themeId: ID!) {\n    adminTheme(themeId: $themeId) {\n      id\n      code\n      name\n      nameNl\n      nameEn\n      openThreadsElsewhere\n      team {\n        id\n        name\n      }\n    }\n    teams {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      theme {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      theme {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdateThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMoveTheme($themeId: ID!, $teamId: ID!) {\n    moveTheme(themeId: $themeId, teamId: $teamId) {\n      errors {\n        ...UserErrorFields\n      }\n      theme {\n        id\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminMoveThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMoveOpenThreads($themeId: ID!) {\n    moveOpenThreads(themeId: $themeId) {\n      moved\n    }\n  }\n"): typeof import('./graphql').AdminMoveOpenThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTeamList($first: Int, $after: Cursor) {\n    adminTeams(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          handlers {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminTeamListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTeam($teamId: ID!) {\n    adminTeam(teamId: $teamId) {\n      id\n      name\n      nameNl\n      nameEn\n      email\n      members {\n        offeredInHelp\n        user {\n          id\n          firstName\n          lastName\n          email\n          status\n        }\n      }\n      memberCandidates {\n        id\n        firstName\n        lastName\n        email\n      }\n    }\n    themes {\n      id\n      name\n      teamId\n    }\n  }\n"): typeof import('./graphql').AdminTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      team {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      team {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddTeamMember($input: TeamMemberInput!) {\n    addTeamMember(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      team {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAddTeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveTeamMember($input: TeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      team {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRemoveTeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetTeamMemberHelp($input: SetTeamMemberHelpInput!) {\n    setTeamMemberHelp(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      team {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSetTeamMemberHelpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketSettings {\n    ticketSettings {\n      supportTypes {\n        id\n        code\n        nameNl\n        nameEn\n        reactionMinutes\n        resolutionMinutes\n        resolutionByPriority {\n          priority\n          minutes\n        }\n        alwaysOpen\n      }\n      queues {\n        id\n        code\n        nameNl\n        nameEn\n        explanationNl\n        explanationEn\n        expectedReactionNl\n        expectedReactionEn\n        autoResolveAfterDays\n      }\n      themes {\n        id\n        nameNl\n        nameEn\n        unreadReminderDays\n      }\n      categories {\n        id\n        code\n        nameNl\n        nameEn\n        position\n        active\n        ticketCount\n      }\n      calendar {\n        id\n        timeZone\n        week {\n          weekday\n          opensAt\n          closesAt\n        }\n        closingDays {\n          id\n          onDate\n          everyYearOn\n          nameNl\n          nameEn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TicketSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupportTypeTargets($input: SupportTypeTargetsInput!) {\n    updateSupportTypeTargets(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateSupportTypeTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQueueSettings($input: QueueSettingsInput!) {\n    updateQueueSettings(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateQueueSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateThemeReminder($input: ThemeReminderInput!) {\n    updateThemeReminder(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateThemeReminderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBusinessCalendar($input: CalendarInput!) {\n    updateBusinessCalendar(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateBusinessCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddClosingDay($input: ClosingDayInput!) {\n    addClosingDay(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AddClosingDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveClosingDay($id: ID!) {\n    removeClosingDay(closingDayId: $id) {\n      calendar {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RemoveClosingDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTicketCategory($input: NewTicketCategoryInput!) {\n    createTicketCategory(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CreateTicketCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTicketCategory($input: TicketCategoryInput!) {\n    updateTicketCategory(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateTicketCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTicketCategory($id: ID!) {\n    removeTicketCategory(categoryId: $id) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RemoveTicketCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketsOptionFields on TicketOption {\n    id\n    code\n    name\n  }\n"): typeof import('./graphql').TicketsOptionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketsListFields on Ticket {\n    id\n    number\n    subject\n    status\n    updatedAt\n    createdAt\n    category {\n      ...TicketsOptionFields\n    }\n    supportType {\n      ...TicketsOptionFields\n    }\n    requester {\n      id\n      firstName\n      lastName\n      erased\n    }\n    requesterEmail\n  }\n"): typeof import('./graphql').TicketsListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketEntryFields on TicketEntry {\n    id\n    kind\n    body\n    byStaff\n    closeRequest\n    createdAt\n    author {\n      id\n      firstName\n      lastName\n      erased\n    }\n    event {\n      type\n      from\n      to\n      number\n      fields\n    }\n    attachments {\n      id\n      fileName\n      sizeBytes\n      contentType\n    }\n  }\n"): typeof import('./graphql').TicketEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketsDetailFields on Ticket {\n    ...TicketsListFields\n    description\n    channel\n    closeRequestedAt\n    expectedResolutionDate\n    priority\n    postponedUntil\n    plannedVersion\n    solution\n    resolvedAt\n    closedAt\n    notifyMe\n    assignee {\n      id\n      firstName\n      lastName\n    }\n    queue {\n      id\n      code\n      name\n      explanation\n      expectedReaction\n      nextMeetingOn\n    }\n    labels {\n      ...TicketsOptionFields\n    }\n    previousTicket {\n      id\n      number\n      subject\n    }\n    mergedInto {\n      id\n      number\n      subject\n    }\n    entries {\n      ...TicketEntryFields\n    }\n  }\n"): typeof import('./graphql').TicketsDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketsPayloadFields on TicketPayload {\n    errors {\n      ...UserErrorFields\n    }\n    ticket {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').TicketsPayloadFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketsList(\n    $view: TicketView!\n    $sort: TicketSort!\n    $filter: TicketFilterInput\n    $first: Int\n    $after: Cursor\n    $last: Int\n    $before: Cursor\n  ) {\n    tickets(view: $view, sort: $sort, filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TicketsListFields\n        }\n      }\n    }\n    ticketCategories {\n      ...TicketsOptionFields\n    }\n    ticketSupportTypes {\n      ...TicketsOptionFields\n    }\n  }\n"): typeof import('./graphql').TicketsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketsOptions {\n    ticketCategories {\n      ...TicketsOptionFields\n    }\n    ticketSupportTypes {\n      ...TicketsOptionFields\n    }\n  }\n"): typeof import('./graphql').TicketsOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketsByNumber($number: String!) {\n    ticket(number: $number) {\n      ...TicketsDetailFields\n    }\n  }\n"): typeof import('./graphql').TicketsByNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketsCreate($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n      privacyWarnings {\n        ...PrivacyWarningFields\n      }\n      ticket {\n        id\n        number\n      }\n    }\n  }\n"): typeof import('./graphql').TicketsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketsReply($input: TicketReplyInput!) {\n    replyToTicket(input: $input) {\n      ...TicketsPayloadFields\n    }\n  }\n"): typeof import('./graphql').TicketsReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketsRequestClose($input: TicketReplyInput!) {\n    requestTicketClose(input: $input) {\n      ...TicketsPayloadFields\n    }\n  }\n"): typeof import('./graphql').TicketsRequestCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketsNotifications($ticketId: ID!, $notify: Boolean!) {\n    setTicketNotifications(ticketId: $ticketId, notify: $notify) {\n      ...TicketsPayloadFields\n    }\n  }\n"): typeof import('./graphql').TicketsNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    status\n    disabledAt\n    disabledReason\n    consecutiveFailures\n    createdAt\n  }\n"): typeof import('./graphql').WebhookEndpointFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints($first: Int, $after: Cursor) {\n    webhookEndpoints(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...WebhookEndpointFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEventTypes {\n    webhookEventTypes\n  }\n"): typeof import('./graphql').WebhookEventTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoint($id: ID!, $first: Int, $after: Cursor) {\n    webhookEventTypes\n    webhookEndpoint(endpointId: $id) {\n      ...WebhookEndpointFields\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            eventType\n            status\n            attempts\n            createdAt\n            finishedAt\n            log {\n              attemptedAt\n              statusCode\n              latencyMs\n              responseExcerpt\n              error\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n      endpoint {\n        id\n      }\n      secret\n    }\n  }\n"): typeof import('./graphql').CreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n      endpoint {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) {\n      errors {\n        field\n        code\n        message\n      }\n      secret\n    }\n  }\n"): typeof import('./graphql').RotateWebhookSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(endpointId: $id)\n  }\n"): typeof import('./graphql').DeleteWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(deliveryId: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReplayWebhookDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveOpenOutages {\n  openOutagesChanged {\n    id\n    title\n    service\n    status\n    startedAt\n  }\n}"): typeof import('./graphql').LiveOpenOutagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MySessionRevoked {\n  mySessionRevoked\n}\n\nsubscription LiveMessageAdded($themeId: ID, $referenceNumber: String, $teamId: ID) {\n  messageAdded(\n    themeId: $themeId\n    referenceNumber: $referenceNumber\n    teamId: $teamId\n  ) {\n    id\n    referenceNumber\n    direction\n    title\n    organisation {\n      id\n      name\n    }\n  }\n}\n\nsubscription LiveTasksChanged {\n  tasksChanged {\n    id\n  }\n}"): typeof import('./graphql').MySessionRevokedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MessagesCountsChanged {\n  messageCountsChanged {\n    unreadInbound\n  }\n}\n\nquery MessagesUnreadCount {\n  messageCounts {\n    unreadInbound\n  }\n}"): typeof import('./graphql').MessagesCountsChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription TasksChanged {\n  tasksChanged {\n    id\n  }\n}"): typeof import('./graphql').TasksChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription StaffLiveTicketQueues {\n  ticketQueueChanged {\n    openCount\n    queue {\n      id\n    }\n  }\n}\n\nsubscription StaffLiveTicketUpdated($id: ID!) {\n  ticketUpdated(id: $id) {\n    id\n    updatedAt\n    entries {\n      id\n    }\n    participants {\n      user {\n        id\n      }\n    }\n  }\n}"): typeof import('./graphql').StaffLiveTicketQueuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffQuarantineCount {\n  quarantineCount\n}\n\nsubscription StaffQuarantineCountChanged {\n  quarantineCountChanged\n}"): typeof import('./graphql').StaffQuarantineCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveTicketUpdated($id: ID!) {\n  ticketUpdated(id: $id) {\n    id\n    status\n    entries {\n      id\n      kind\n      byStaff\n      author {\n        id\n      }\n    }\n  }\n}"): typeof import('./graphql').LiveTicketUpdatedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
