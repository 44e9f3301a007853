import { minnesotaToday } from '../dates';
import { signedInSession, type PortalContext } from '../generation';
import { dropReply, jsonReply, type PortalReply } from '../reply';
import type { PortalRoute } from '../router';
import { apiError, notFoundJsonReply, textField, withJsonBody } from './api-replies';
import { consumerNameOf } from './applications';
import { qestAssociationView } from './association-view';
import {
  QEST_ALREADY_ASSOCIATED_MESSAGE,
  QEST_DEFAULT_REJECTION_MESSAGE,
  validateQestNcaf,
  type QestNcafEntry,
} from './ncaf-validation';
import { QEST_CSRF_HEADER } from './session-api';

/** Where the NCAF is submitted. */
export const QEST_NCAF_API_PATH = '/qest/api/ncaf';

/** QEST confirmation numbers: `QA-` and the store's 8-digit sequence. */
export const QEST_CONFIRMATION_PREFIX = 'QA-';

/**
 * The NCAF submission (`POST /qest/api/ncaf`, CSRF token in the `X-QEST-CSRF` header) and the
 * confirmation read (`GET /qest/api/confirmations/:number`). Submission order as METS: CSRF,
 * count, submission faults, validation, the one-association rule, store, then the answer (or it
 * is lost). Every refusal carries a fresh CSRF token so the form can submit again.
 */
export function ncafApiRoutes(): PortalRoute[] {
  return [
    { method: 'POST', pattern: QEST_NCAF_API_PATH, isNcafSubmission: true, handle: submitNcaf },
    {
      method: 'GET',
      pattern: '/qest/api/confirmations/:confirmationNumber',
      handle: showConfirmation,
    },
  ];
}

function submitNcaf(context: PortalContext): PortalReply {
  const { state, request } = context;
  const session = signedInSession(context);
  const token = request.headers[QEST_CSRF_HEADER];
  if (!state.sessions.consumeCsrfToken(session, typeof token === 'string' ? token : null)) {
    return apiError(403, 'CSRF_REJECTED', 'This form has expired. Reload it and submit again.');
  }

  return withJsonBody(request, (body) => {
    const entry = readEntry(body);
    state.store.countNcafSubmission(entry.caseId);
    const refuse = (status: number, message: string, field: string | null = null): PortalReply =>
      jsonReply(status, {
        errors: [{ field, message }],
        csrfToken: state.sessions.issueCsrfToken(session),
      });
    const fault = context.takeFault(['validation', 'alreadyAssociated']);
    if (fault) {
      return fault.kind === 'validation'
        ? refuse(422, fault.message ?? QEST_DEFAULT_REJECTION_MESSAGE)
        : refuse(409, QEST_ALREADY_ASSOCIATED_MESSAGE, 'caseId');
    }

    const today = minnesotaToday(state.now());
    const validation = validateQestNcaf(
      entry,
      (caseId) => state.store.consumerByQestCase(caseId),
      today,
    );
    if (!validation.isValid) {
      const csrfToken = state.sessions.issueCsrfToken(session);
      return jsonReply(422, { errors: validation.errors, csrfToken });
    }
    const { consumer } = validation;
    if (state.store.associationFor(consumer.caseNumber)) {
      return refuse(409, QEST_ALREADY_ASSOCIATED_MESSAGE, 'caseId');
    }

    const association = state.store.addAssociation(
      {
        caseNumber: consumer.caseNumber,
        consumerName: consumerNameOf(consumer),
        assisterId: entry.assisterId,
        organization: entry.organization,
        associatedOn: today,
        source: 'ncaf',
      },
      QEST_CONFIRMATION_PREFIX,
    );
    if (context.takeFault(['dropAfterStore'])) {
      // Stored, but the browser never hears back: the filer must find it by lookup.
      return dropReply();
    }
    return jsonReply(201, qestAssociationView(association, state.store));
  });
}

function readEntry(body: Record<string, unknown>): QestNcafEntry {
  return {
    caseId: textField(body, 'caseId'),
    givenName: textField(body, 'givenName'),
    familyName: textField(body, 'familyName'),
    dateOfBirth: textField(body, 'dateOfBirth'),
    assistedOn: textField(body, 'assistedOn'),
    reasonCode: textField(body, 'reasonCode'),
    programCode: textField(body, 'programCode'),
    assisterId: textField(body, 'assisterId'),
    organization: textField(body, 'organization'),
    signature: textField(body, 'signature'),
    attested: body.attested === true,
  };
}

function showConfirmation(context: PortalContext): PortalReply {
  const { store } = context.state;
  const association = store.associationByConfirmation(context.params.confirmationNumber ?? '');
  return association?.source === 'ncaf'
    ? jsonReply(200, qestAssociationView(association, store))
    : notFoundJsonReply();
}
