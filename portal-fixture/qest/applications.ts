import type { PortalContext } from '../generation';
import type { Application, Consumer } from '../records';
import type { PortalReply } from '../reply';
import { notFoundJsonReply } from './api-replies';

/** Runs `act` with the application named by `:applicationId`, or answers `404` JSON. */
export function withQestApplication(
  context: PortalContext,
  act: (application: Application) => PortalReply,
): PortalReply {
  const application = context.state.store.applicationById(context.params.applicationId ?? '');
  return application ? act(application) : notFoundJsonReply();
}

/** The consumer's name as QEST shows it. */
export function consumerNameOf(consumer: Consumer): string {
  return `${consumer.firstName} ${consumer.lastName}`;
}
