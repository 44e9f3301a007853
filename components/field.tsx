import type { ComponentChildren } from 'preact';

/** Props of a labelled form field with its error beside it. */
export interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ComponentChildren;
}

/** A label, the control, a hint and the field's own error, tied together for screen readers. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div class={`field${error ? ' field--invalid' : ''}`}>
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <p class="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
