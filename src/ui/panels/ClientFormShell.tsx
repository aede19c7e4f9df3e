/**
 * The frame every client form shares (add a client, the API call, change the config): a form
 * named by its heading, its fields in a row, the checker's message as an alert, and one submit
 * button. The form itself only says what to do on submit.
 */
import type { ReactNode } from 'react';

export function ClientFormShell({
  className,
  title,
  error,
  submitLabel,
  onSubmit,
  children,
}: {
  className: string;
  title: string;
  error: string | null;
  submitLabel: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <form
      className={`client-form ${className}`.trim()}
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <h3>{title}</h3>
      <div className="row">{children}</div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit">{submitLabel}</button>
    </form>
  );
}
