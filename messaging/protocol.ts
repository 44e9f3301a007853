import { defineExtensionMessaging } from '@webext-core/messaging';
import type { FieldProblem } from '../storage/records';
import type { NcafValues } from '../portal-adapters/ncaf-form';
import type { PortalProfile } from '../portal-adapters/profile-schema';
import type { CaptureMessage, PageReport } from './schemas';

/** Result of asking the background to do something: done, or the reason it was not. */
export type CommandResult = { ok: true; message: string } | { ok: false; message: string };

/** Result of a settings save: the stored settings, or the errors by field. */
export type SaveResult = { ok: true } | { ok: false; errors: FieldProblem[] };

/**
 * The one protocol map: every message between the extension's contexts, with its data and its
 * answer. Receivers validate `data` with the zod schema of the same name in `schemas.ts`.
 */
export interface ProtocolMap {
  /** Content script to background: a page was recognised (or not). */
  pageSeen(data: PageReport): { ok: true };
  /** Content script to background: fields read from an application page. */
  capture(data: CaptureMessage): { caseId: string | null; problems: FieldProblem[] };
  /** Background to a portal tab: report the current page again. */
  reportPage(data: Record<string, never>): PageReport;
  /** Background to a portal tab: fill the NCAF form and read every value back. */
  fillNcaf(data: NcafValues): CommandResult;
  /** Background to a portal tab: click the NCAF's submit button. */
  submitNcaf(data: Record<string, never>): CommandResult;
  /** Popup to background: file this case now. */
  fileNow(data: { caseId: string }): CommandResult;
  /** Popup to background: file every case that can be filed. */
  fileAll(data: Record<string, never>): CommandResult;
  /** Options page to background: validate and store the settings. */
  saveSettings(data: unknown): SaveResult;
  /** Content script to background: the portal profiles in force (built in or imported). */
  getProfiles(data: Record<string, never>): PortalProfile[];
  /** Options page to background: import a profile file's text. */
  importProfile(data: { text: string }): SaveResult;
  /** Options page to background: add a case the extension did not see in the portal. */
  addManualCase(data: unknown): SaveResult;
}

/** The typed messenger every context uses. */
export const messenger = defineExtensionMessaging<ProtocolMap>();
