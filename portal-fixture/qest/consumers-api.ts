import type { PortalContext } from '../generation';
import type { Consumer } from '../records';
import { jsonReply, type PortalReply } from '../reply';
import type { PortalRoute } from '../router';
import { consumerNameOf, withQestApplication } from './applications';
import { QEST_PROGRAM_CODE, QEST_PROGRAM_TEXT, QEST_STATUS_TEXT } from './options';

/** The dashboard's consumer list and an application's eligibility decision, read only. */
export function consumersApiRoutes(): PortalRoute[] {
  return [
    { method: 'GET', pattern: '/qest/api/consumers', handle: listConsumers },
    {
      method: 'GET',
      pattern: '/qest/api/applications/:applicationId/eligibility',
      handle: showEligibility,
    },
  ];
}

function listConsumers(context: PortalContext): PortalReply {
  return jsonReply(200, { consumers: context.state.store.consumers().map(consumerSummary) });
}

function consumerSummary(consumer: Consumer): Record<string, string> {
  return {
    applicationId: consumer.applicationId,
    name: consumerNameOf(consumer),
    caseId: consumer.qestCaseNumber,
    programText: QEST_PROGRAM_TEXT[consumer.program],
    statusText: QEST_STATUS_TEXT[consumer.eligibilityStatus],
  };
}

function showEligibility(context: PortalContext): PortalReply {
  return withQestApplication(context, ({ consumer }) =>
    jsonReply(200, {
      applicationId: consumer.applicationId,
      consumerName: consumerNameOf(consumer),
      caseId: consumer.qestCaseNumber,
      program: {
        code: QEST_PROGRAM_CODE[consumer.program],
        text: QEST_PROGRAM_TEXT[consumer.program],
      },
      status: {
        code: consumer.eligibilityStatus,
        text: QEST_STATUS_TEXT[consumer.eligibilityStatus],
      },
      decisionDate: consumer.determinationDate,
    }),
  );
}
