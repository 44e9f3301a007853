import { minnesotaToday } from '../dates';
import type { PortalContext } from '../generation';
import type { Application } from '../records';
import { jsonReply, type PortalReply } from '../reply';
import type { PortalRoute } from '../router';
import { fieldErrorsReply, textField, withJsonBody } from './api-replies';
import { consumerNameOf, withQestApplication } from './applications';
import { errorsOf, QEST_ASSISTER_ID_PATTERN } from './field-checks';

/**
 * Signing the application (`POST /qest/api/applications/:id/signature`). An Assister ID given
 * here associates the assister with the case, so no NCAF is needed for it.
 */
export function signatureApiRoutes(): PortalRoute[] {
  return [
    {
      method: 'POST',
      pattern: '/qest/api/applications/:applicationId/signature',
      handle: signApplication,
    },
  ];
}

function signApplication(context: PortalContext): PortalReply {
  return withQestApplication(context, (application) =>
    withJsonBody(context.request, (body) => {
      const helped = textField(body, 'helped');
      const assisterId = textField(body, 'assisterId');
      const errors = errorsOf([
        helped === 'yes' || helped === 'no'
          ? undefined
          : {
              field: 'helped',
              message: 'Tell us whether an assister helped with this application.',
            },
        helped !== 'yes' || QEST_ASSISTER_ID_PATTERN.test(assisterId)
          ? undefined
          : { field: 'assisterId', message: 'Assister ID must be 9 letters or numbers.' },
        textField(body, 'signature') === ''
          ? { field: 'signature', message: 'Type your full name to sign.' }
          : undefined,
      ]);
      if (errors.length > 0) {
        return fieldErrorsReply(errors);
      }

      if (helped === 'yes') {
        associateAssister(context, application, assisterId);
      }
      return jsonReply(200, { signed: true });
    }),
  );
}

/** Records the association unless the case already has one (then the portal keeps the first). */
function associateAssister(
  { state }: PortalContext,
  { consumer }: Application,
  assisterId: string,
): void {
  if (state.store.associationFor(consumer.caseNumber)) {
    return;
  }

  const isOurNavigator = assisterId.toUpperCase() === state.navigator.assisterId.toUpperCase();
  state.store.addAssociation({
    caseNumber: consumer.caseNumber,
    consumerName: consumerNameOf(consumer),
    assisterId,
    organization: isOurNavigator ? state.navigator.organization : '',
    associatedOn: minnesotaToday(state.now()),
    source: 'signature-page',
  });
}
