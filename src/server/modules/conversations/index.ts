// Culture focus groups and board interviews, two Discover diagnostics: guides, sessions with
// consent, notes as excerpts, coding with suggestions, and agreement between coders.
export { conversationRoutes } from './conversations.routes.js';
