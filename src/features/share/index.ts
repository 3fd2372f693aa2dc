/** Shared links in the app: start-up application, the notice, the share button, copying. */
export { applyLinkOnStartup } from './apply-link';
export { LinkNotice } from './LinkNotice';
export { ShareAnswers } from './ShareAnswers';
export { appBaseUrl } from './copy';
export { CopyField } from './CopyField';
export { dismissLinkNotice, linkNoticeStore, setLinkNotice } from './notice-store';
