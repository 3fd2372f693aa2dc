/** Embed mode's public face: the message protocol (pure), the theme (pure) and the React bridge. */
export * from './protocol';
export { accentTheme, contrastRatio, type AccentTheme } from './theme';
export {
  EmbedBridge,
  readEmbedOptions,
  useEmbed,
  useEmbedResult,
  useRedirectStep,
  type EmbedBridgeProps,
  type MessageTarget,
} from './EmbedBridge';
