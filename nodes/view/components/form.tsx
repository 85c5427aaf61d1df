/**
 * The attributes that tie a form control to its label, hint and error: `names` go first on the
 * control (id, name), `state` last (aria-invalid, aria-describedby, the error border).
 */
function controlAttributes(props: { name: string; error?: string; hint?: string }) {
  const id = `field-${props.name}`;
  const describedBy = [props.error ? `${id}-error` : "", props.hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
  return {
    names: { id, name: props.name },
    state: { "aria-invalid": props.error ? "true" : undefined, "aria-describedby": describedBy, class: `input ${props.error ? "border-red-500" : ""}` },
  };
}

/** A control with its label above and its hint and error message below. */
function FieldFrame(props: { name: string; label: string; error?: string; hint?: string; children: JSX.Element }) {
  const id = `field-${props.name}`;
  return (
    <div class="mb-4">
      <label for={id} class="mb-1 block text-sm font-medium" safe>
        {props.label}
      </label>
      {props.children as "safe"}
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
  const control = controlAttributes(props);
  return (
    <FieldFrame {...props}>
      <input
        {...control.names}
        type={props.type ?? "text"}
        value={props.value}
        autocomplete={props.autocomplete}
        required={props.required}
        autofocus={props.autofocus}
        minlength={props.minlength}
        maxlength={props.maxlength}
        {...control.state}
      />
    </FieldFrame>
  );
}

/** The options of a select, the chosen one selected; `empty` labels a first option with an empty value. */
function Options(props: { options: Array<{ value: string; label: string }>; value?: string; empty?: string }) {
  return (
    <>
      {props.empty !== undefined && (
        <option value="" safe>
          {props.empty}
        </option>
      )}
      {props.options.map((option) => (
        <option value={option.value} selected={option.value === props.value} safe>
          {option.label}
        </option>
      ))}
    </>
  );
}

/** A labelled select with its error beside it; `placeholder` is a first, empty choice. */
export function SelectField(props: {
  name: string;
  label: string;
  options: Array<{ value: string; label: string }>;
  value?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  placeholder?: string;
}) {
  const control = controlAttributes(props);
  return (
    <FieldFrame {...props}>
      <select {...control.names} required={props.required} {...control.state}>
        <Options options={props.options} value={props.value} empty={props.placeholder} />
      </select>
    </FieldFrame>
  );
}

/** A labelled multi-line text input with its error beside it. */
export function TextAreaField(props: { name: string; label: string; value?: string; error?: string; hint?: string; maxlength?: number; rows?: number }) {
  const control = controlAttributes(props);
  return (
    <FieldFrame {...props}>
      <textarea {...control.names} rows={String(props.rows ?? 4)} maxlength={props.maxlength} {...control.state} safe>
        {props.value ?? ""}
      </textarea>
    </FieldFrame>
  );
}

/**
 * A labelled choice of a search or filter form (no error state): `all` labels a first, empty
 * choice; `attrs` go on the select (e.g. htmx attributes that reload results when it changes).
 */
export function FilterSelect(props: { id: string; name: string; label: string; options: Array<{ value: string; label: string }>; value?: string; all?: string; attrs?: Record<string, string> }) {
  return (
    <div>
      <label for={props.id} class="mb-1 block text-sm font-medium" safe>
        {props.label}
      </label>
      <select id={props.id} name={props.name} class="input" {...props.attrs}>
        <Options options={props.options} value={props.value} empty={props.all} />
      </select>
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
