/** The agent page (/agent) and its pure helpers. */
export { AgentPage, withAnswer } from './AgentPage';
export { drawQr, qrSvgFile, type QrDrawing } from './qr';
export { embedSnippet, type SnippetOptions } from './snippet';
