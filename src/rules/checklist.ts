/**
 * The personal checklist (docs/rules.md#checklist): which catalogue items apply. Each item's
 * predicate is written once here (a Record, so a new item id cannot be forgotten); the order
 * and the group come from the catalogue.
 */
import { checklistItemIds, type ChecklistItemId } from '../domain';
import { catalog } from '../catalog';
import { type PlanContext, censusFormIs036, usesApp, usesLetter, usesPermanente, visitsAnOffice } from './context';
import { isBelow } from './level';

const fiscalNotConfirmed = (c: PlanContext): boolean => c.a.fiscal === 'no' || c.a.fiscal === 'unsure';
const fnmtRoute = (c: PlanContext): boolean => c.route === 'fnmt-then-certificate';

const APPLIES: Record<ChecklistItemId, (c: PlanContext) => boolean> = {
  'mobile-and-email': () => true,
  'census-form-030-by-post': (c) => usesLetter(c) && fiscalNotConfirmed(c) && !censusFormIs036(c.a),
  'census-form-036-by-post': (c) => usesLetter(c) && fiscalNotConfirmed(c) && censusFormIs036(c.a),
  'request-invitation-letter': (c) => c.route === 'invitation-letter',
  'install-clave-app': usesApp,
  'prepare-video-identification': (c) => c.route === 'app-video',
  'certificate-at-hand': (c) => c.route === 'certificate-online',
  'fnmt-install-configurator': fnmtRoute,
  'fnmt-request-code': fnmtRoute,
  'book-appointment': visitsAnOffice,
  'fnmt-notarised-signature': (c) => fnmtRoute(c) && c.a.visit === 'no',
  'bring-residence-document': (c) => visitsAnOffice(c) && (c.a.doc === 'tie' || c.a.doc === 'eu-cert'),
  'bring-nie-paper': (c) => visitsAnOffice(c) && c.a.doc === 'nie-paper',
  'bring-passport': (c) => visitsAnOffice(c) && c.a.id !== 'dni',
  'bring-dni': (c) => visitsAnOffice(c) && c.a.id === 'dni',
  'attend-in-person': (c) => c.route === 'in-person',
  'fnmt-accredit-identity': (c) => fnmtRoute(c) && c.a.visit !== 'no',
  'enter-letter-code': (c) => c.route === 'invitation-letter',
  'fnmt-download-same-browser': fnmtRoute,
  'fnmt-backup-certificate': fnmtRoute,
  'register-clave-with-certificate': (c) => fnmtRoute(c) || c.route === 'certificate-online',
  'representative-certificate': (c) => c.a.work === 'company',
  'activate-app': (c) => c.variant === 'movil',
  'activate-permanente': usesPermanente,
  'activate-firma': (c) => c.alsoActivate.includes('firma'),
  'use-codes-in-time': (c) => c.variant !== 'permanente',
  'raise-level': (c) => isBelow(c.levelObtained, c.level),
};

const GROUP_ORDER = { before: 0, 'at-office': 1, after: 2 } as const;

/** The applicable items, grouped before → at the office → after, in catalogue order within a group. */
export function decideChecklist(c: PlanContext): ChecklistItemId[] {
  return checklistItemIds.options
    .filter((id) => APPLIES[id](c))
    .map((id, index) => ({ id, index, group: GROUP_ORDER[catalog.checklist[id].group] }))
    .sort((x, y) => x.group - y.group || x.index - y.index)
    .map((x) => x.id);
}
