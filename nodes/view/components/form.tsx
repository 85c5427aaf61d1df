/** A labelled input with its error message beside it (linked by aria-describedby). */
export function Field(props: {
  name: string;
  label: string;
  type?: string;
  value?: string;
  error?: string;
  hint?: string;
  autocomplete?: string;
  required?: boolean;
  autofocus?: boolean;
  minlength?: number;
  maxlength?: number;
}) {
  const id = `field-${props.name}`;
  const describedBy = [props.error ? `${id}-error` : "", props.hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div class="mb-4">
      <label for={id} class="mb-1 block text-sm font-medium" safe>
        {props.label}
      </label>
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        value={props.value}
        autocomplete={props.autocomplete}
        required={props.required}
        autofocus={props.autofocus}
        minlength={props.minlength}
        maxlength={props.maxlength}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy}
        class={`input ${props.error ? "border-red-500" : ""}`}
      />
      {props.hint && (
        <p id={`${id}-hint`} class="mt-1 text-xs text-slate-500" safe>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${id}-error`} class="mt-1 text-sm text-red-700" safe>
          {props.error}
        </p>
      )}
    </div>
  );
}

/** The CSRF proof every form carries (htmx also sends it as a header). */
export function CsrfField(props: { token: string }) {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

/** The primary button of a form, showing a spinner while htmx works. */
export function SubmitButton(props: { label: string; busyLabel?: string }) {
  return (
    <button type="submit" class="btn-primary">
      <span safe>{props.label}</span>
      <span class="htmx-indicator ml-2 text-xs" aria-hidden="true" safe>
        {props.busyLabel ?? "…"}
      </span>
    </button>
  );
}
