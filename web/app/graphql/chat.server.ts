// GraphQL operations of the office-hours chat pages: the customer's panel (/chat) and the agents' page
// (/staff/chat).
import { graphql } from './generated';

export const CustomerChatQuery = graphql(`
  query CustomerChat {
    chatAvailability { open agentsAvailable offered opensAt }
    runningChat {
      id
      status
      subject
      agentName
      messages { id body byStaff mine createdAt }
    }
  }
`);

export const StaffChatQuery = graphql(`
  query StaffChat {
    chatAgentAvailable
    staffChats {
      id
      status
      subject
      startedAt
      customer { firstName lastName email }
      organisation { name }
      messages { id body byStaff mine createdAt }
    }
  }
`);

export const StartChatMutation = graphql(`
  mutation StartChat($input: StartChatInput!) {
    startChat(input: $input) { errors { field code message } chat { id } }
  }
`);

export const SendChatMessageMutation = graphql(`
  mutation SendChatMessage($input: SendChatMessageInput!) {
    sendChatMessage(input: $input) { errors { field code message } chat { id } }
  }
`);

export const EndChatMutation = graphql(`
  mutation EndChat($input: EndChatInput!) {
    endChat(input: $input) { errors { field code message } chat { id ticketNumber } }
  }
`);

export const TakeChatMutation = graphql(`
  mutation TakeChat($chatId: ID!) {
    takeChat(chatId: $chatId) { errors { field code message } chat { id } }
  }
`);

export const SetChatAgentAvailableMutation = graphql(`
  mutation SetChatAgentAvailable($available: Boolean!) {
    setChatAgentAvailable(available: $available)
  }
`);

/** A chat that just ended (the page was told live): why and which ticket, for the notice. */
export const EndedChatQuery = graphql(`
  query EndedChat($id: ID!) {
    chat(id: $id) { id status endReason ticketNumber }
  }
`);
