/**
 * The notice about a link's unusable parameters, kept in memory only: it concerns this page
 * load and must not come back after a reload (the link is gone from the address bar by then).
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { LinkNoticeData } from '../../share';

interface NoticeState {
  readonly notice: LinkNoticeData | undefined;
}

export const linkNoticeStore = createStore<NoticeState>()(() => ({ notice: undefined }));

export function setLinkNotice(notice: LinkNoticeData | undefined): void {
  linkNoticeStore.setState({ notice });
}

export function dismissLinkNotice(): void {
  linkNoticeStore.setState({ notice: undefined });
}

export function useLinkNotice(): LinkNoticeData | undefined {
  return useStore(linkNoticeStore, (s) => s.notice);
}
