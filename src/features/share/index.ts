/** Shared links in the app: start-up application, the notice, the share button, copying. */
export { applyLinkOnStartup, type LinkEnvironment } from './apply-link';
export { LinkNotice, LinkNoticeView } from './LinkNotice';
export { ShareAnswers } from './ShareAnswers';
export { appBaseUrl, copyText, useCopy, type CopyState } from './copy';
export { dismissLinkNotice, linkNoticeStore, setLinkNotice, useLinkNotice } from './notice-store';
