// Texts of the office-hours chat (/chat for organisations, /staff/chat for agents), in Dutch (the
// reference) and English; spread into ../nl.ts and ../en.ts.
export const chatNl = {
  'chat.nav': 'Chat',
  'chat.title': 'Chat met de helpdesk',
  'chat.intro':
    'Tijdens de kantooruren kunt u uw vraag rechtstreeks aan een medewerker van de helpdesk stellen. Elk gesprek wordt bewaard als ticket.',
  'chat.closed': 'De helpdesk is nu gesloten. De chat opent opnieuw op {opensAt}.',
  'chat.closedNoHours': 'De chat is nu gesloten.',
  'chat.noAgent': 'Er is op dit moment geen medewerker beschikbaar voor de chat.',
  'chat.ticketInstead': 'Maak een ticket aan',
  'chat.ticketInstead.hint': 'U krijgt een antwoord via het ticket en per e-mail.',
  'chat.start.title': 'Stel uw vraag',
  'chat.start.question': 'Uw vraag',
  'chat.start.question.hint': 'De eerste regel wordt het onderwerp van het ticket.',
  'chat.start.submit': 'Chat starten',
  'chat.waiting': 'U staat in de wachtrij. Een medewerker neemt uw chat zo dadelijk op.',
  'chat.talking': 'U chat met {agent} van de helpdesk.',
  'chat.helpdesk': 'Helpdesk',
  'chat.you': 'U',
  'chat.transcript': 'Gesprek',
  'chat.send.body': 'Uw bericht',
  'chat.send.submit': 'Versturen',
  'chat.end.submit': 'Chat beëindigen',
  'chat.end.hint': 'Het gesprek wordt bewaard als ticket; u krijgt een bevestiging per e-mail.',
  'chat.ended.ticket': 'De chat is afgelopen en geregistreerd als ticket {number}.',
  'chat.ended.solved': 'De chat is afgelopen en geregistreerd als opgelost ticket {number}.',
  'chat.ended.view': 'Ticket {number} bekijken',
  'chat.autoEnded.NOT_TAKEN':
    'Uw chat is beëindigd: er was geen medewerker vrij. Uw vraag is geregistreerd als ticket {number}; de helpdesk antwoordt daar.',
  'chat.autoEnded.IDLE':
    'Uw chat is beëindigd omdat er een tijd niets geschreven werd. Het gesprek is geregistreerd als ticket {number}.',
  'chat.autoEnded.CUSTOMER_GONE':
    'Uw chat is beëindigd omdat u de chat verliet. Het gesprek is geregistreerd als ticket {number}.',
  'chat.autoEnded.DESK_CLOSED':
    'De helpdesk is gesloten en uw chat is beëindigd. Het gesprek is geregistreerd als ticket {number}; de helpdesk antwoordt daar.',
  'chat.staff.autoEnded.NOT_TAKEN':
    'Een chat is vanzelf beëindigd: niemand nam hem op tijd aan. Hij is geregistreerd als ticket {number}.',
  'chat.staff.autoEnded.IDLE':
    'Een chat is vanzelf beëindigd: er werd een tijd niets geschreven. Hij is geregistreerd als ticket {number}.',
  'chat.staff.autoEnded.CUSTOMER_GONE':
    'Een chat is vanzelf beëindigd: de klant verliet de chat. Hij is geregistreerd als ticket {number}.',
  'chat.staff.autoEnded.DESK_CLOSED':
    'Een chat is vanzelf beëindigd: de helpdesk sloot. Hij is geregistreerd als ticket {number}.',
  'chat.staff.title': 'Chat',
  'chat.staff.intro':
    'Zet uzelf beschikbaar om chats van voorzieningen aan te nemen. Een beëindigde chat wordt een ticket met het gesprek: Opgelost als de chat de vraag oploste, anders Nieuw.',
  'chat.staff.isAvailable': 'U neemt chats aan.',
  'chat.staff.isAway': 'U neemt nu geen chats aan.',
  'chat.staff.goAvailable': 'Beschikbaar voor chat',
  'chat.staff.goAway': 'Niet meer beschikbaar',
  'chat.staff.nowAvailable': 'U bent beschikbaar voor chats.',
  'chat.staff.nowAway': 'U bent niet meer beschikbaar voor chats.',
  'chat.staff.waiting': 'Wachtende chats',
  'chat.staff.none': 'Er wacht niemand.',
  'chat.staff.mine': 'Uw chats',
  'chat.staff.noneMine': 'U hebt geen lopende chats.',
  'chat.staff.take': 'Opnemen',
  'chat.staff.take.label': 'Chat van {name} opnemen',
  'chat.staff.since': 'Wacht sinds {time}',
  'chat.staff.with': '{name}, {organisation}',
  'chat.staff.end.title': 'Chat beëindigen',
  'chat.staff.end.outcome': 'Uitkomst',
  'chat.staff.end.solved': 'Opgelost in de chat (ticket Opgelost)',
  'chat.staff.end.unsolved': 'Niet opgelost: ticket Nieuw voor de helpdesk',
  'chat.staff.end.solution': 'Oplossing',
  'chat.staff.end.solution.hint': 'Verplicht als de chat de vraag oploste.',
  'chat.staff.end.submit': 'Beëindigen en registreren',
  'form.error.chatTooLong': 'Gebruik hoogstens 4000 tekens.',
};

export const chatEn: Record<keyof typeof chatNl, string> = {
  'chat.nav': 'Chat',
  'chat.title': 'Chat with the helpdesk',
  'chat.intro':
    'During office hours you can ask your question directly to a helpdesk agent. Every conversation is kept as a ticket.',
  'chat.closed': 'The helpdesk is closed now. The chat opens again on {opensAt}.',
  'chat.closedNoHours': 'The chat is closed now.',
  'chat.noAgent': 'No agent is available for the chat at the moment.',
  'chat.ticketInstead': 'Create a ticket',
  'chat.ticketInstead.hint': 'You will get an answer on the ticket and by email.',
  'chat.start.title': 'Ask your question',
  'chat.start.question': 'Your question',
  'chat.start.question.hint': "The first line becomes the ticket's subject.",
  'chat.start.submit': 'Start chat',
  'chat.waiting': 'You are in the queue. An agent will take your chat shortly.',
  'chat.talking': 'You are chatting with {agent} of the helpdesk.',
  'chat.helpdesk': 'Helpdesk',
  'chat.you': 'You',
  'chat.transcript': 'Conversation',
  'chat.send.body': 'Your message',
  'chat.send.submit': 'Send',
  'chat.end.submit': 'End chat',
  'chat.end.hint': 'The conversation is kept as a ticket; you will get a confirmation by email.',
  'chat.ended.ticket': 'The chat has ended and is registered as ticket {number}.',
  'chat.ended.solved': 'The chat has ended and is registered as resolved ticket {number}.',
  'chat.ended.view': 'View ticket {number}',
  'chat.autoEnded.NOT_TAKEN':
    'Your chat has ended: no agent was free. Your question is registered as ticket {number}; the helpdesk will answer there.',
  'chat.autoEnded.IDLE':
    'Your chat has ended because nothing was written for a while. The conversation is registered as ticket {number}.',
  'chat.autoEnded.CUSTOMER_GONE':
    'Your chat has ended because you left it. The conversation is registered as ticket {number}.',
  'chat.autoEnded.DESK_CLOSED':
    'The helpdesk has closed and your chat has ended. The conversation is registered as ticket {number}; the helpdesk will answer there.',
  'chat.staff.autoEnded.NOT_TAKEN':
    'A chat ended by itself: nobody took it in time. It is registered as ticket {number}.',
  'chat.staff.autoEnded.IDLE':
    'A chat ended by itself: nothing was written for a while. It is registered as ticket {number}.',
  'chat.staff.autoEnded.CUSTOMER_GONE':
    'A chat ended by itself: the customer left it. It is registered as ticket {number}.',
  'chat.staff.autoEnded.DESK_CLOSED':
    'A chat ended by itself: the helpdesk closed. It is registered as ticket {number}.',
  'chat.staff.title': 'Chat',
  'chat.staff.intro':
    "Make yourself available to take organisations' chats. An ended chat becomes a ticket with the conversation: Resolved when the chat solved the question, else New.",
  'chat.staff.isAvailable': 'You take chats.',
  'chat.staff.isAway': 'You do not take chats now.',
  'chat.staff.goAvailable': 'Available for chat',
  'chat.staff.goAway': 'No longer available',
  'chat.staff.nowAvailable': 'You are available for chats.',
  'chat.staff.nowAway': 'You are no longer available for chats.',
  'chat.staff.waiting': 'Waiting chats',
  'chat.staff.none': 'Nobody is waiting.',
  'chat.staff.mine': 'Your chats',
  'chat.staff.noneMine': 'You have no running chats.',
  'chat.staff.take': 'Take',
  'chat.staff.take.label': 'Take the chat of {name}',
  'chat.staff.since': 'Waiting since {time}',
  'chat.staff.with': '{name}, {organisation}',
  'chat.staff.end.title': 'End chat',
  'chat.staff.end.outcome': 'Outcome',
  'chat.staff.end.solved': 'Solved in the chat (ticket Resolved)',
  'chat.staff.end.unsolved': 'Not solved: ticket New for the helpdesk',
  'chat.staff.end.solution': 'Solution',
  'chat.staff.end.solution.hint': 'Required when the chat solved the question.',
  'chat.staff.end.submit': 'End and register',
  'form.error.chatTooLong': 'Use at most 4000 characters.',
};
