// Culture focus groups and board interviews, two Discover diagnostics: guides, sessions with
// consent, notes as excerpts, coding with suggestions, and agreement between coders.
export { conversationRoutes } from './conversations.routes.js';
export { conversationEvidence, type ConversationEvidence, type ElementVoice } from './evidence.service.js';
export { listConversations } from './conversations.service.js';
export { seedDemoConversations, DEMO_BOARD_INTERVIEWS, DEMO_FOCUS_GROUPS, type DemoConversationPeople } from './demo-conversations.js';
export { agreement } from './coding.service.js';
