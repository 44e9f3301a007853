import { formatUsDate } from '../policy/calendar';
import { daysLeft, urgencyOf } from '../policy/deadline';
import { isSettled, type CaseRecord } from '../storage/records';
import { useState } from 'preact/hooks';
import { consumerName, deadlineText, programText, statusText } from './case-status-text';
import { CaseTrail } from './case-trail';

/** Props of one case in the popup list. */
export interface CaseRowProps {
  record: CaseRecord;
  /** Payment-at-risk flags to show under the status. */
  risks?: readonly { reason: string; message: string }[];
  /** Opens the detail view at once (the case a notification pointed to). */
  startOpen?: boolean;
  today: string;
  busy: boolean;
  onFileNow: (caseId: string) => void;
}

/** One case: who, which case, how long is left, where it stands, and File now. */
export function CaseRow({
  record,
  risks = [],
  today,
  busy,
  startOpen = false,
  onFileNow,
}: CaseRowProps) {
  const settled = isSettled(record.status);
  const left = daysLeft(record.deadline, today);
  const urgency = settled ? 'settled' : urgencyOf(record.deadline, today);
  const canFile = !settled && record.status !== 'filing' && record.status !== 'incomplete';
  const [isOpen, setOpen] = useState(startOpen);

  return (
    <li class={`case case--${urgency}`} data-case-id={record.id} data-status={record.status}>
      <div class="case__main">
        <span class="case__name">{consumerName(record)}</span>
        <span class="case__number">{record.caseNumber ?? 'No case number yet'}</span>
      </div>
      <div class="case__meta">
        <span class="case__program">{programText(record)}</span>
        <span class="case__deadline" title={`Deadline ${deadlineText(record)}`}>
          {settled ? `Deadline ${deadlineText(record)}` : daysLeftText(left)}
        </span>
      </div>
      <div class="case__status">
        <span class="case__status-text">{statusText(record)}</span>
        {record.association?.confirmationNumber && (
          <span class="case__confirmation">{record.association.confirmationNumber}</span>
        )}
      </div>
      {risks.length > 0 && (
        <ul class="case__risks" aria-label="Payment at risk">
          {risks.map((risk) => (
            <li key={risk.reason} data-reason={risk.reason}>
              Payment at risk: {risk.message}
            </li>
          ))}
        </ul>
      )}
      <div class="case__buttons">
        {canFile && (
          <button
            type="button"
            class="case__file"
            disabled={busy}
            onClick={() => onFileNow(record.id)}
          >
            File now
          </button>
        )}
        <button
          type="button"
          class="case__details"
          aria-expanded={isOpen}
          onClick={() => setOpen(!isOpen)}
        >
          {isOpen ? 'Hide details' : 'Details'}
        </button>
      </div>
      {isOpen && (
        <div class="case__detail">
          <p>
            Assisted {formatUsDate(record.assistedDate)}; deadline {deadlineText(record)}.
          </p>
          <CaseTrail caseId={record.id} />
        </div>
      )}
    </li>
  );
}

function daysLeftText(left: number): string {
  if (left < 0) return `Deadline missed ${-left} day${left === -1 ? '' : 's'} ago`;
  if (left === 0) return 'Due today';
  return `${left} day${left === 1 ? '' : 's'} left`;
}
