import { useState } from 'preact/hooks';
import { messenger } from '../messaging/protocol';
import { NCAF_REASONS, PROGRAMS } from '../policy/ncaf-reasons';
import { Field } from './field';

const EMPTY = {
  caseNumber: '',
  firstName: '',
  lastName: '',
  dateOfBirth: '',
  assistedDate: '',
  program: '',
  reason: 'paper-application',
};
type Draft = typeof EMPTY;

/**
 * Adds a case the extension did not see in the portal, such as a paper application. It is
 * checked field by field and then filed like any other case.
 */
export function ManualCaseForm() {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');

  const input = (key: keyof Draft) => ({
    id: `manual-${key}`,
    value: draft[key],
    'aria-invalid': Boolean(errors[key]),
    onInput: (event: Event) =>
      setDraft({ ...draft, [key]: (event.target as HTMLInputElement).value }),
  });

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = await messenger.sendMessage('addManualCase', draft);
    if (result.ok) {
      setDraft(EMPTY);
      setErrors({});
      setStatus('Case added. It is filed like any other case.');
    } else {
      setErrors(Object.fromEntries(result.errors.map((error) => [error.field, error.message])));
      setStatus('Not added: fix the fields marked below.');
    }
  };

  return (
    <form class="manual" onSubmit={submit} noValidate>
      <h2>Add a case by hand</h2>
      <p>For an application the extension did not see, such as a paper application.</p>
      {errors.portal && (
        <p class="field__error" role="alert">
          {errors.portal}
        </p>
      )}
      <Field id="manual-caseNumber" label="Case number" error={errors.caseNumber}>
        <input {...input('caseNumber')} />
      </Field>
      <Field id="manual-firstName" label="Consumer first name" error={errors.firstName}>
        <input {...input('firstName')} />
      </Field>
      <Field id="manual-lastName" label="Consumer last name" error={errors.lastName}>
        <input {...input('lastName')} />
      </Field>
      <Field id="manual-dateOfBirth" label="Consumer date of birth" error={errors.dateOfBirth}>
        <input type="date" {...input('dateOfBirth')} />
      </Field>
      <Field id="manual-assistedDate" label="Date assisted" error={errors.assistedDate}>
        <input type="date" {...input('assistedDate')} />
      </Field>
      <Field id="manual-program" label="Program" error={errors.program}>
        <select {...input('program')}>
          <option value="">Choose…</option>
          {Object.entries(PROGRAMS).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="manual-reason" label="Reason for the form" error={errors.reason}>
        <select {...input('reason')}>
          {Object.entries(NCAF_REASONS).map(([code, text]) => (
            <option key={code} value={code}>
              {text}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit">Add case</button>
      <p role="status">{status}</p>
    </form>
  );
}
