import { minnesotaToday } from '../dates';
import type { PortalContext } from '../generation';
import { attributes, markup, type SafeHtml } from '../html';
import type { Application } from '../records';
import { redirectReply, type PortalReply } from '../reply';
import type { PortalRoute } from '../router';
import { metsIds, type MetsIds } from './field-ids';
import { ASSISTER_ID_PATTERN, messagesOf } from './field-checks';
import { actionSet, cluster, errorSummary, textRow } from './fields';
import { applicationPath, signedInPageReply, withApplication } from './signed-in-page';

/**
 * "Sign and Submit", the second wizard page. An Assister ID typed here associates the assister
 * with the case, so no NCAF is needed for it.
 */

const PATTERN = '/mets/application/:applicationId/signature';

const HELPED_QUESTION = 'Did a MNsure Assister help you with this application?';

/** The signature page's fields as typed. */
interface SignatureEntry {
  helped: string;
  assisterId: string;
  signature: string;
}

/** The signature page and its submit. */
export function signatureRoutes(): PortalRoute[] {
  return [
    { method: 'GET', pattern: PATTERN, handle: showSignature },
    { method: 'POST', pattern: PATTERN, handle: submitApplication },
  ];
}

function showSignature(context: PortalContext): PortalReply {
  const empty = { helped: '', assisterId: '', signature: '' };
  return withApplication(context, (application) => signaturePage(context, application, empty, []));
}

function submitApplication(context: PortalContext): PortalReply {
  return withApplication(context, (application) => {
    const ids = metsIds(context.state.idVariant).signature;
    const field = (id: string): string => (context.request.form.get(id) ?? '').trim();
    const entry = {
      helped: field(ids.helped),
      assisterId: field(ids.assisterId),
      signature: field(ids.signature),
    };
    const errors = signatureErrors(entry);
    if (errors.length > 0) {
      return signaturePage(context, application, entry, errors);
    }

    if (entry.helped === 'yes') {
      associateAssister(context, application, entry.assisterId);
    }
    return redirectReply(applicationPath(application.consumer.applicationId, 'eligibility'));
  });
}

function signatureErrors(entry: SignatureEntry): string[] {
  const isHelpedAnswered = entry.helped === 'yes' || entry.helped === 'no';
  return messagesOf([
    isHelpedAnswered ? undefined : `Answer the question: ${HELPED_QUESTION}`,
    entry.helped !== 'yes' || ASSISTER_ID_PATTERN.test(entry.assisterId)
      ? undefined
      : 'Assister ID must be 9 letters or numbers.',
    entry.signature === '' ? 'Type your full name to sign the application.' : undefined,
  ]);
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
    consumerName: `${consumer.firstName} ${consumer.lastName}`,
    assisterId,
    organization: isOurNavigator ? state.navigator.organization : '',
    associatedOn: minnesotaToday(state.now()),
    source: 'signature-page',
  });
}

function signaturePage(
  context: PortalContext,
  application: Application,
  entry: SignatureEntry,
  errors: readonly string[],
): PortalReply {
  const ids = metsIds(context.state.idVariant).signature;
  const { applicationId } = application.consumer;
  const body = markup`<p class="wizard-step">Application ${applicationId}: step 2 of 3</p>
${errorSummary(errors)}
<form method="post" action="${applicationPath(applicationId, 'signature')}" novalidate>
<div class="cluster">
<h2 class="cluster-title">Assister</h2>
${helpedRadios(ids, entry.helped)}
<table class="field-cluster" role="presentation">
<tbody>
${textRow({ id: ids.assisterId, label: 'Assister ID', value: entry.assisterId, maxLength: 9 })}
</tbody>
</table>
</div>
${cluster('Signature', [
  textRow({
    id: ids.signature,
    label: 'Type your full name to sign',
    value: entry.signature,
    isRequired: true,
  }),
])}
${actionSet('Submit application')}
</form>`;
  return signedInPageReply(context, 'Sign and Submit', body);
}

function helpedRadios(ids: MetsIds['signature'], helped: string): SafeHtml {
  const radio = (id: string, value: string, label: string): SafeHtml => {
    const input = attributes({
      type: 'radio',
      id,
      name: ids.helped,
      value,
      checked: helped === value,
    });
    return markup`<span class="radio-option"><input${input}>
<label for="${id}">${label}</label></span>
`;
  };
  return markup`<fieldset class="radio-group">
<legend>${HELPED_QUESTION}</legend>
${radio(ids.helpedYes, 'yes', 'Yes')}${radio(ids.helpedNo, 'no', 'No')}</fieldset>`;
}
