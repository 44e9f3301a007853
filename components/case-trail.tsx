import { attemptsOf } from '../storage/attempts';
import { database } from '../storage/db';
import type { AttemptRecord } from '../storage/records';
import { useLiveQuery } from './use-live-query';

const OUTCOME_TEXT: Record<AttemptRecord['outcome'], string> = {
  pending: 'In progress',
  filed: 'Filed',
  'already-associated': 'Already associated',
  rejected: 'Refused by the portal',
  retryable: 'Portal unavailable; retried later',
  'needs-login': 'Portal asked to log in',
  unknown: 'No answer read; looked up before any retry',
  'not-stored': 'Portal list showed no association; retried',
};

/**
 * Every filing attempt of a case, oldest first: when, what happened, the portal's own words and
 * the confirmation number. Kept for payment disputes.
 */
export function CaseTrail({ caseId }: { caseId: string }) {
  const trail = useLiveQuery(() => attemptsOf(database(), caseId), [caseId]);
  if (trail.state !== 'ready') return null;
  if (trail.value.length === 0) return <p class="trail__empty">No filing attempts yet.</p>;

  return (
    <table class="trail">
      <caption>Filing attempts</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Outcome</th>
          <th scope="col">Portal message or confirmation</th>
        </tr>
      </thead>
      <tbody>
        {trail.value.map((attempt) => (
          <tr key={attempt.id} data-outcome={attempt.outcome}>
            <td>{new Date(attempt.startedAt).toLocaleString('en-US')}</td>
            <td>{OUTCOME_TEXT[attempt.outcome]}</td>
            <td>{attempt.confirmationNumber ?? attempt.message ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
