import type { ComponentChildren } from 'preact';

/** A real heading at a configurable level (R-A11Y-17); focusable from script only, as a modal's first stop. */
export function Heading(props: { level: number; id: string; part: string; children: ComponentChildren }) {
  const H = ('h' + props.level) as 'h2';
  return (
    <H id={props.id} tabIndex={-1} data-scope="consent" data-part={props.part}>
      {props.children}
    </H>
  );
}
