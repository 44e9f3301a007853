import { formatUsDate } from '../policy/calendar';
import { PROGRAMS } from '../policy/ncaf-reasons';
import { fieldLabel } from '../messaging/captured-fields';
import type { CaseRecord } from '../storage/records';

/** The status of a case in a navigator's words. */
export function statusText(record: CaseRecord): string {
  switch (record.status) {
    case 'incomplete':
      return `Incomplete: ${incompleteText(record)}`;
    case 'needs-setup':
      return 'Waiting for your Options (name, Assister ID, organization)';
    case 'ready-to-sign':
      return 'Ready to sign: click File now';
    case 'queued':
      return 'Queued to file';
    case 'filing':
      return 'Filing…';
    case 'retry-wait':
      return `Portal unavailable; retrying${record.dueAt ? ` at ${timeText(record.dueAt)}` : ''}`;
    case 'needs-login':
      return 'Log in to the portal to file';
    case 'needs-attention':
      return `Needs attention: ${record.portalMessages.join(' ') || 'the portal refused the form'}`;
    case 'filed':
      return 'Filed';
    case 'already-associated':
      return associationText(record);
  }
}

function incompleteText(record: CaseRecord): string {
  const problems = record.problems.map((problem) => problem.message);
  const names = record.missingFields.map((field) => fieldLabel(field).toLowerCase());
  const missing = names.length ? [`missing ${names.join(', ')}`] : [];
  return [...missing, ...problems].join('; ');
}

function associationText(record: CaseRecord): string {
  if (record.association?.method === 'signature-page') {
    return 'Already associated on the signature page: no NCAF needed';
  }
  if (record.association?.method === 'reference-number') {
    return 'Already associated by reference number: no NCAF needed';
  }
  return record.portalMessages[0] ?? 'Already associated';
}

function timeText(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
}

/** The consumer's name as the portal showed it, or a placeholder. */
export function consumerName(record: CaseRecord): string {
  const { firstName, lastName } = record.consumer;
  return [firstName, lastName].filter(Boolean).join(' ') || 'Name not captured yet';
}

/** The program in words. */
export function programText(record: CaseRecord): string {
  return record.program ? PROGRAMS[record.program] : 'Program not known yet';
}

/** A deadline as navigators write dates. */
export function deadlineText(record: CaseRecord): string {
  return formatUsDate(record.deadline);
}
