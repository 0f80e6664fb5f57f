// Labelled form fields that show a mutation's `userErrors` beside the field they name, and the
// errors that name no field of the form above it (the product, stock and catalogue forms).
import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { ApiError } from '../api';

/** A payload's user error, as every mutation returns them. */
export interface UserErrorLike {
  code: string;
  field?: readonly string[] | null;
  message: string;
}

/** Errors by the input field they name, and those that name none of the form's fields. */
export interface FormErrors {
  fields: Readonly<Record<string, readonly string[]>>;
  general: readonly string[];
}

export const NO_ERRORS: FormErrors = { fields: {}, general: [] };

/**
 * Sorts user errors by field: an error whose path starts with one of `known` (the input's field
 * names the form shows) goes beside that field; any other goes to the top of the form.
 */
export function sortErrors(errors: readonly UserErrorLike[], known: readonly string[]): FormErrors {
  const fields: Record<string, string[]> = {};
  const general: string[] = [];
  for (const error of errors) {
    const name = error.field?.[0];
    if (name !== undefined && known.includes(name)) (fields[name] ??= []).push(error.message);
    else general.push(error.message);
  }
  return { fields, general };
}

/**
 * A failed request as form errors. A variable the API could not read (a price that is not a
 * number, say) names its input field in the message, and goes beside that field; anything else
 * (the network, a refusal) goes to the top of the form.
 */
export function requestFailed(error: unknown, known: readonly string[] = []): FormErrors {
  const message = error instanceof ApiError ? error.message : String(error);
  const field = /at "input\.(\w+)"/.exec(message)?.[1];
  if (field && known.includes(field)) {
    const reason = /; (.*)$/.exec(message)?.[1] ?? message;
    return { fields: { [field]: [reason] }, general: [] };
  }
  return { fields: {}, general: [message] };
}

/** Adds checks the browser makes before sending (a number that is not a whole number, say). */
export function withLocal(errors: FormErrors, local: Readonly<Record<string, string>>): FormErrors {
  const fields: Record<string, readonly string[]> = { ...errors.fields };
  for (const [name, message] of Object.entries(local)) fields[name] = [...(fields[name] ?? []), message];
  return { fields, general: errors.general };
}

export const hasErrors = (errors: FormErrors) =>
  errors.general.length > 0 || Object.values(errors.fields).some((messages) => messages.length > 0);

/**
 * Reads a whole number typed into a field, or says why it is not one. GraphQL's Int stops at 2^31 - 1:
 * larger numbers are refused here, and the range the API allows is left to the API to say.
 */
export function parseWhole(text: string): { value: number } | { problem: string } {
  const trimmed = text.trim();
  if (!/^[-+]?\d+$/.test(trimmed)) return { problem: 'Enter a whole number.' };
  const value = Number(trimmed);
  if (Math.abs(value) > 2_147_483_647) return { problem: 'That number is too large.' };
  return { value };
}

/** An optional text: empty means "not given". */
export const optional = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());

/** The errors that name no field, at the top of the form, announced when they appear. */
export function FormAlert({ errors }: { errors: FormErrors }) {
  if (errors.general.length === 0) return null;
  return (
    <div className="form-error" role="alert">
      {errors.general.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}

interface FieldFrameProps {
  label: string;
  /** The input field's name in the mutation's input (its errors are shown here). */
  name: string;
  errors: FormErrors;
  hint?: string;
  children: (props: {
    id: string;
    name: string;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
  }) => ReactNode;
}

function FieldFrame({ label, name, errors, hint, children }: FieldFrameProps) {
  const id = useId();
  const messages = errors.fields[name] ?? [];
  const describedBy = [hint ? `${id}-hint` : null, messages.length ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="muted hint">
          {hint}
        </span>
      )}
      {children({ id, name, 'aria-invalid': messages.length > 0, 'aria-describedby': describedBy || undefined })}
      {messages.length > 0 && (
        <p id={`${id}-error`} className="field-error" data-field={name}>
          {messages.join(' ')}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'value' | 'onChange' | 'id'> & {
  label: string;
  name: string;
  value: string;
  onValue: (value: string) => void;
  errors: FormErrors;
  hint?: string;
};

/** A labelled input; its user errors appear under it and are tied to it for screen readers. */
export function TextField({ label, name, value, onValue, errors, hint, ...input }: TextFieldProps) {
  return (
    <FieldFrame label={label} name={name} errors={errors} hint={hint}>
      {(props) => <input {...input} {...props} value={value} onChange={(event) => onValue(event.target.value)} />}
    </FieldFrame>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'value' | 'onChange' | 'id'> & {
  label: string;
  name: string;
  value: string;
  onValue: (value: string) => void;
  errors: FormErrors;
  hint?: string;
};

/** A labelled multi-line text, with its user errors under it. */
export function TextAreaField({ label, name, value, onValue, errors, hint, ...area }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} name={name} errors={errors} hint={hint}>
      {(props) => <textarea {...area} {...props} value={value} onChange={(event) => onValue(event.target.value)} />}
    </FieldFrame>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'value' | 'onChange' | 'id'> & {
  label: string;
  name: string;
  value: string;
  onValue: (value: string) => void;
  errors: FormErrors;
  options: ReadonlyArray<{ value: string; label: string }>;
  /** The first, empty choice (e.g. "Choose a location"); none when omitted. */
  placeholder?: string;
  hint?: string;
};

/** A labelled select, with its user errors under it. */
export function SelectField({
  label,
  name,
  value,
  onValue,
  errors,
  options,
  placeholder,
  hint,
  ...select
}: SelectFieldProps) {
  return (
    <FieldFrame label={label} name={name} errors={errors} hint={hint}>
      {(props) => (
        <select {...select} {...props} value={value} onChange={(event) => onValue(event.target.value)}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
