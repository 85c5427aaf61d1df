const STYLE = {
  success: "border-green-300 bg-green-50 text-green-900",
  info: "border-sky-300 bg-sky-50 text-sky-900",
  error: "border-red-300 bg-red-50 text-red-900",
};

/** What happened after an action, announced to screen readers, with optional details below. */
export function OutcomeMessage(props: { kind: keyof typeof STYLE; text: string; items?: string[] }) {
  return (
    <div class={`my-3 rounded border px-4 py-3 ${STYLE[props.kind]}`} role={props.kind === "error" ? "alert" : "status"} data-announce={props.text}>
      <p safe>{props.text}</p>
      {(props.items?.length ?? 0) > 0 && (
        <ul class="mt-2 list-disc pl-5 text-sm">
          {props.items!.map((item) => (
            <li safe>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
