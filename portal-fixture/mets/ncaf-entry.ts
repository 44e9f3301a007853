import type { MetsIds } from './field-ids';

/** The NCAF fields as typed (trimmed), in the form's order. */
export interface NcafEntry {
  caseNumber: string;
  firstName: string;
  lastName: string;
  dob: string;
  assistedDate: string;
  reason: string;
  program: string;
  assisterId: string;
  organization: string;
  signature: string;
  isAttested: boolean;
}

/** A blank form: the portal prefills nothing, whatever the query says. */
export const EMPTY_NCAF_ENTRY: Readonly<NcafEntry> = {
  caseNumber: '',
  firstName: '',
  lastName: '',
  dob: '',
  assistedDate: '',
  reason: '',
  program: '',
  assisterId: '',
  organization: '',
  signature: '',
  isAttested: false,
};

/** Reads the posted NCAF form. */
export function readNcafEntry(form: URLSearchParams, ids: MetsIds['ncaf']): NcafEntry {
  const field = (id: string): string => (form.get(id) ?? '').trim();
  return {
    caseNumber: field(ids.caseNumber),
    firstName: field(ids.firstName),
    lastName: field(ids.lastName),
    dob: field(ids.dob),
    assistedDate: field(ids.assistedDate),
    reason: field(ids.reason),
    program: field(ids.program),
    assisterId: field(ids.assisterId),
    organization: field(ids.organization),
    signature: field(ids.signature),
    isAttested: form.has(ids.attest),
  };
}
