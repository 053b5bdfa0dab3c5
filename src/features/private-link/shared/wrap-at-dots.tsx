import { Fragment } from 'react';

/**
 * A dotted name (`com.amazonaws.vpce.us-east-1.vpce-svc-…`) that may break after each dot, and
 * inside a token only when one token alone is wider than its box. The text stays one element's
 * text (no span per token), so find-in-page, selection and text queries see the whole value.
 */
export function WrapAtDots({ value }: { value: string }) {
  const parts = value.split('.');
  return (
    <span className="[overflow-wrap:anywhere]">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i < parts.length - 1 ? `${part}.` : part}
          {i < parts.length - 1 && <wbr />}
        </Fragment>
      ))}
    </span>
  );
}
