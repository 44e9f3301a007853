import { useEffect, useState } from 'preact/hooks';
import { messenger } from '../messaging/protocol';
import type { PortalProfile } from '../portal-adapters/profile-schema';
import { database } from '../storage/db';
import { loadProfiles } from '../storage/profiles';
import type { FieldProblem } from '../storage/records';

/**
 * Portal profiles: export the one in force as a JSON file, import an updated one the same day the
 * portal changes. An invalid file is refused with its errors by field, and the profile in force
 * stays as it was.
 */
export function ProfileImport() {
  const [profiles, setProfiles] = useState<PortalProfile[]>([]);
  const [errors, setErrors] = useState<FieldProblem[]>([]);
  const [status, setStatus] = useState('');

  const reload = () => void loadProfiles(database()).then(setProfiles);
  useEffect(reload, []);

  const importFile = async (event: Event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const result = await messenger.sendMessage('importProfile', { text: await file.text() });
    if (result.ok) {
      setErrors([]);
      setStatus(`Imported ${file.name}. The next portal page uses it.`);
      reload();
    } else {
      setErrors(result.errors);
      setStatus(`Not imported: ${file.name} has errors. The profile in force is unchanged.`);
    }
  };

  return (
    <section class="profiles" aria-labelledby="profiles-heading">
      <h2 id="profiles-heading">Portal profiles</h2>
      <ul>
        {profiles.map((profile) => (
          <li key={profile.id} data-profile-id={profile.id}>
            {profile.name} (version {profile.version}){' '}
            <a
              href={`data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(profile, null, 2))}`}
              download={`${profile.id}-profile.json`}
            >
              Export
            </a>
          </li>
        ))}
      </ul>
      <label for="profile-file">Import a profile file (JSON)</label>
      <input id="profile-file" type="file" accept="application/json,.json" onChange={importFile} />
      <p role="status">{status}</p>
      {errors.length > 0 && (
        <ul class="profiles__errors" role="alert">
          {errors.map((error) => (
            <li key={error.field + error.message}>
              <code>{error.field}</code>: {error.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
