/** The agent page (/agent) and its pure helpers. */
export { AgentPage } from './AgentPage';
