// The sign-in form: email and password for a session token, kept in this tab only (api.ts).
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, signIn } from '../api';
import { AppSignInDocument } from '../generated/graphql';

interface Problem {
  field: 'email' | 'password' | null;
  message: string;
}

export function SignInPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const id = useId();

  useEffect(() => {
    document.title = 'Sign in · Stockroom';
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    try {
      const userErrors = await signIn(AppSignInDocument, email.trim(), password);
      setProblems(
        userErrors.map((error) => {
          const field = error.field?.at(-1);
          return { field: field === 'email' || field === 'password' ? field : null, message: error.message };
        }),
      );
    } catch (error) {
      setProblems([{ field: null, message: error instanceof ApiError ? error.message : String(error) }]);
    } finally {
      setBusy(false);
    }
  }

  const about = (field: Problem['field']) => problems.filter((problem) => problem.field === field);
  const general = about(null);
  return (
    <main id="main" className="sign-in">
      <h1>Sign in to Stockroom</h1>
      <form onSubmit={submit} noValidate aria-describedby={general.length ? `${id}-general` : undefined}>
        {general.length > 0 && (
          <div id={`${id}-general`} className="form-error" role="alert">
            {general.map((problem) => (
              <p key={problem.message}>{problem.message}</p>
            ))}
          </div>
        )}
        <Field id={`${id}-email`} label="Email" problems={about('email')}>
          <input
            id={`${id}-email`}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={about('email').length > 0}
            aria-describedby={about('email').length ? `${id}-email-error` : undefined}
          />
        </Field>
        <Field id={`${id}-password`} label="Password" problems={about('password')}>
          <input
            id={`${id}-password`}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={about('password').length > 0}
            aria-describedby={about('password').length ? `${id}-password-error` : undefined}
          />
        </Field>
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}

function Field({
  id,
  label,
  problems,
  children,
}: {
  id: string;
  label: string;
  problems: Problem[];
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {problems.length > 0 && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {problems.map((problem) => problem.message).join(' ')}
        </p>
      )}
    </div>
  );
}
