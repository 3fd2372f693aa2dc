/** Embed mode's public face: the messages and the URL options (pure), the theme (pure) and the React bridge. */
export * from './messages';
export * from './options';
export {
  EmbedBridge,
  useEmbed,
  useEmbedResult,
  useEmbedFixResult,
  useRedirectStep,
} from './EmbedBridge';
