import { minnesotaToday } from '../dates';
import { signedInSession, type PortalContext } from '../generation';
import { dropReply, redirectReply, type PortalReply } from '../reply';
import type { PortalRoute } from '../router';
import { metsIds } from './field-ids';
import { confirmationPath } from './confirmation';
import { EMPTY_NCAF_ENTRY, readNcafEntry, type NcafEntry } from './ncaf-entry';
import { NCAF_PATH, ncafFormReply } from './ncaf-form';
import {
  ALREADY_ASSOCIATED_MESSAGE,
  DEFAULT_REJECTION_MESSAGE,
  validateNcaf,
} from './ncaf-validation';
import { verificationFailedReply } from './system-pages';

/**
 * The NCAF page and its submission: CSRF check, submission faults, validation, the one-association
 * rule, then the association is stored and the confirmation shown (or the response lost).
 */
export function ncafRoutes(): PortalRoute[] {
  return [
    {
      method: 'GET',
      pattern: NCAF_PATH,
      handle: (context) => ncafFormReply(context, EMPTY_NCAF_ENTRY, []),
    },
    { method: 'POST', pattern: NCAF_PATH, isNcafSubmission: true, handle: submitNcaf },
  ];
}

function submitNcaf(context: PortalContext): PortalReply {
  const { state, request } = context;
  const session = signedInSession(context);
  if (!state.sessions.consumeCsrfToken(session, request.form.get('csrfToken'))) {
    return verificationFailedReply(session.navigator.displayName, NCAF_PATH);
  }

  const entry = readNcafEntry(request.form, metsIds(state.idVariant).ncaf);
  state.store.countNcafSubmission(entry.caseNumber);
  const fault = context.takeFault(['validation', 'alreadyAssociated']);
  if (fault) {
    const message =
      fault.kind === 'validation'
        ? (fault.message ?? DEFAULT_REJECTION_MESSAGE)
        : ALREADY_ASSOCIATED_MESSAGE;
    return ncafFormReply(context, entry, [message]);
  }
  return validateAndStore(context, entry);
}

function validateAndStore(context: PortalContext, entry: NcafEntry): PortalReply {
  const { store, now } = context.state;
  const today = minnesotaToday(now());
  const validation = validateNcaf(entry, (caseNumber) => store.consumerByCase(caseNumber), today);
  if (!validation.isValid) {
    return ncafFormReply(context, entry, validation.errors);
  }
  const { consumer } = validation;
  if (store.associationFor(consumer.caseNumber)) {
    return ncafFormReply(context, entry, [ALREADY_ASSOCIATED_MESSAGE]);
  }

  const association = store.addAssociation({
    caseNumber: consumer.caseNumber,
    consumerName: `${consumer.firstName} ${consumer.lastName}`,
    assisterId: entry.assisterId,
    organization: entry.organization,
    associatedOn: today,
    source: 'ncaf',
  });
  if (context.takeFault(['dropAfterStore'])) {
    // Stored, but the browser never hears back: the filer must find it by lookup.
    return dropReply();
  }
  return redirectReply(confirmationPath(association.confirmationNumber));
}
