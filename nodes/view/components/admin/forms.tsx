// Admin forms: their buttons, the confirmation of a destructive action, and a refused submit
// shown beside the fields (the gateway checks the values and names the field it refuses).
import { CsrfField, SubmitButton } from "../form";
import { GatewayError, ok } from "../../gateway";

/** The buttons under an admin form: save (busy label while htmx works) and the way back to the list. */
export function FormActions(props: { submitLabel: string; busyLabel?: string; backHref: string; backLabel: string }) {
  return (
    <div class="flex flex-wrap gap-3">
      <SubmitButton label={props.submitLabel} busyLabel={props.busyLabel ?? "Saving…"} />
      <a href={props.backHref} class="btn-secondary" safe>
        {props.backLabel}
      </a>
    </div>
  );
}

/** A form confirming a destructive action: what will happen (children), the danger button and a way back. */
export function ConfirmForm(props: { action: string; csrfToken: string; confirmLabel: string; backHref: string; backLabel?: string; children: JSX.Element | JSX.Element[] }) {
  return (
    <form method="post" action={props.action} class="card max-w-xl">
      <CsrfField token={props.csrfToken} />
      {props.children as "safe"}
      <div class="mt-4 flex flex-wrap gap-3">
        <button type="submit" class="btn-danger" safe>
          {props.confirmLabel}
        </button>
        <a href={props.backHref} class="btn-secondary" safe>
          {props.backLabel ?? "Keep it"}
        </a>
      </div>
    </form>
  );
}

/** A form's state after a refused submit: the values typed, the errors by field and a summary. */
export interface FormState<V> {
  values: V;
  errors: Record<string, string>;
  message?: string;
}

/**
 * The errors of a refused gateway call, by form field. `fieldOf` maps an API field name (e.g.
 * `meetings.0.day` or `meetings[0]`) to the form field that shows it.
 */
export function formErrors(error: GatewayError, fieldOf: (apiField: string) => string = (f) => f): { errors: Record<string, string>; message: string } {
  const errors: Record<string, string> = {};
  for (const detail of error.details) {
    if (!detail.field) continue;
    const field = fieldOf(detail.field);
    errors[field] = errors[field] ? `${errors[field]} ${detail.message}` : detail.message;
  }
  return { errors, message: error.message };
}

/** Runs a gateway call for a form; a refusal (4xx but 401) becomes the form's errors instead of an error page. */
export async function attempt<R extends { data: unknown; error: unknown; status: number }>(
  call: () => Promise<R>,
  fieldOf?: (apiField: string) => string,
): Promise<{ ok: true; value: Extract<R, { error: null }>["data"] } | { ok: false; errors: Record<string, string>; message: string; status: number }> {
  try {
    return { ok: true, value: await ok(call()) };
  } catch (error) {
    if (error instanceof GatewayError && error.status >= 400 && error.status < 500 && error.status !== 401) return { ok: false, status: error.status, ...formErrors(error, fieldOf) };
    throw error;
  }
}

/**
 * Form values as the admin typed them, sent for the gateway to check: it refuses a bad value with
 * a message naming the field, which the form shows beside it (so the view does not check twice).
 */
export function unchecked<T>(values: object): T {
  return values as T;
}

/** A form text value from a parsed body, trimmed of nothing and capped in length. */
export function text(value: unknown, max = 1000): string {
  return typeof value === "string" ? value.slice(0, max) : "";
}

/** A number when the text is a whole number, otherwise the text itself (so the gateway names the field). */
export function wholeNumber(value: string): number | string {
  return /^\s*-?\d{1,9}\s*$/.test(value) ? Number(value) : value;
}
