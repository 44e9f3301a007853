import { useEffect, useState } from 'preact/hooks';
import { messenger } from '../messaging/protocol';
import { database } from '../storage/db';
import { CONSENT_STATEMENT, loadSettings, type Settings } from '../storage/settings';
import { Field } from './field';
import { ManualCaseForm } from './manual-case-form';
import { PortalAccess } from './portal-access';
import { ProfileImport } from './profile-import';

type Errors = Record<string, string>;

/** The options page: the navigator's details, auto-filing and standing e-signature consent. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [consentName, setConsentName] = useState('');
  const [status, setStatus] = useState('');
  const [thresholdText, setThresholdText] = useState('');

  useEffect(() => {
    void loadSettings(database()).then((loaded) => {
      setSettings(loaded);
      setThresholdText(loaded.alertThresholdDays.join(', '));
    });
  }, []);
  if (!settings) return <p>Loading…</p>;

  const update = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    setSettings({ ...settings, [key]: value });

  const save = async (event: Event) => {
    event.preventDefault();
    const result = await messenger.sendMessage('saveSettings', settings);
    if (result.ok) {
      setErrors({});
      setStatus('Saved.');
    } else {
      setErrors(Object.fromEntries(result.errors.map((error) => [error.field, error.message])));
      setStatus('Not saved: fix the fields marked below.');
    }
  };

  const giveConsent = () => {
    if (consentName.trim().length < 2) {
      setErrors({ ...errors, consentName: 'Type your full name to consent' });
      return;
    }
    update('signatureConsent', {
      name: consentName.trim(),
      givenAt: Date.now(),
      statement: CONSENT_STATEMENT,
    });
    setErrors({ ...errors, consentName: '' });
  };

  const text = (key: 'navigatorName' | 'assisterId' | 'referenceNumber' | 'organization') => ({
    id: key,
    value: settings[key],
    'aria-invalid': Boolean(errors[key]),
    'aria-describedby': errors[key] ? `${key}-error` : undefined,
    onInput: (event: Event) => update(key, (event.target as HTMLInputElement).value),
  });

  return (
    <main class="options">
      <h1>Case Associator options</h1>
      <p class="options__disclaimer">
        Case Associator is not affiliated with, endorsed by or operated by MNsure or the State of
        Minnesota. It uses your own portal session and never stores your portal password.
      </p>
      <PortalAccess />
      <form onSubmit={save} noValidate>
        <fieldset>
          <legend>You, as the NCAF shows you</legend>
          <Field id="navigatorName" label="Your full name" error={errors.navigatorName}>
            <input {...text('navigatorName')} autoComplete="name" />
          </Field>
          <Field
            id="assisterId"
            label="Assister ID"
            hint="9 letters or digits"
            error={errors.assisterId}
          >
            <input {...text('assisterId')} />
          </Field>
          <Field
            id="referenceNumber"
            label="Reference number"
            hint="7 digits"
            error={errors.referenceNumber}
          >
            <input {...text('referenceNumber')} inputMode="numeric" />
          </Field>
          <Field id="organization" label="Organization" error={errors.organization}>
            <input {...text('organization')} />
          </Field>
        </fieldset>
        <fieldset>
          <legend>Auto-filing</legend>
          <div class="field">
            <label>
              <input
                id="autoFile"
                type="checkbox"
                checked={settings.autoFile}
                onChange={(event) => update('autoFile', (event.target as HTMLInputElement).checked)}
              />{' '}
              File complete cases automatically
            </label>
          </div>
          <Field
            id="autoFileDelayMinutes"
            label="Wait before filing (minutes)"
            hint="0 files as soon as the case is complete; at most 1440 (24 hours)"
            error={errors.autoFileDelayMinutes}
          >
            <input
              id="autoFileDelayMinutes"
              type="number"
              min={0}
              max={1440}
              value={String(settings.autoFileDelayMinutes)}
              onInput={(event) =>
                update('autoFileDelayMinutes', (event.target as HTMLInputElement).valueAsNumber)
              }
            />
          </Field>
        </fieldset>
        <fieldset>
          <legend>Alerts, payment and renewals</legend>
          <Field
            id="alertThresholdDays"
            label="Alert me this many days before a deadline"
            hint="Days separated by commas, e.g. 7, 3, 1. Due today and missed always alert."
            error={errors.alertThresholdDays ?? firstError(errors, 'alertThresholdDays.')}
          >
            <input
              id="alertThresholdDays"
              value={thresholdText}
              onInput={(event) => {
                const text = (event.target as HTMLInputElement).value;
                setThresholdText(text);
                update('alertThresholdDays', parseDayList(text));
              }}
            />
          </Field>
          <Field
            id="paymentRateUsd"
            label="Payment per successful determination (US dollars)"
            error={errors.paymentRateUsd}
          >
            <input
              id="paymentRateUsd"
              type="number"
              min={1}
              step="0.01"
              value={String(settings.paymentRateUsd)}
              onInput={(event) =>
                update('paymentRateUsd', (event.target as HTMLInputElement).valueAsNumber)
              }
            />
          </Field>
          <Field
            id="renewalLeadDays"
            label="Renewal outreach lead time (days before the renewal month)"
            error={errors.renewalLeadDays}
          >
            <input
              id="renewalLeadDays"
              type="number"
              min={0}
              max={120}
              value={String(settings.renewalLeadDays)}
              onInput={(event) =>
                update('renewalLeadDays', (event.target as HTMLInputElement).valueAsNumber)
              }
            />
          </Field>
        </fieldset>
        <fieldset>
          <legend>E-signature consent</legend>
          <p>{CONSENT_STATEMENT}</p>
          {settings.signatureConsent ? (
            <p class="options__consent">
              Consent given by {settings.signatureConsent.name} on{' '}
              {new Date(settings.signatureConsent.givenAt).toLocaleDateString('en-US')}.{' '}
              <button type="button" onClick={() => update('signatureConsent', null)}>
                Withdraw consent
              </button>
            </p>
          ) : (
            <Field
              id="consentName"
              label="Type your full name to give standing consent"
              hint="Without it, each case waits for your click in the popup."
              error={errors.consentName || errors.signatureConsent}
            >
              <input
                id="consentName"
                value={consentName}
                onInput={(event) => setConsentName((event.target as HTMLInputElement).value)}
              />
              <button type="button" id="giveConsent" onClick={giveConsent}>
                I consent
              </button>
            </Field>
          )}
        </fieldset>
        <button type="submit" id="save">
          Save
        </button>
        <p role="status" class="options__status">
          {status}
        </p>
      </form>
      <ManualCaseForm />
      <ProfileImport />
    </main>
  );
}

/** Reads "7, 3, 1" as days; anything that is not a whole number is kept as NaN for zod to name. */
function parseDayList(text: string): number[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : Number.NaN));
}

/** The first error of a list field (zod names items `field.0`, `field.1`, ...). */
function firstError(errors: Errors, prefix: string): string | undefined {
  return Object.entries(errors).find(([field]) => field.startsWith(prefix))?.[1];
}
