import { Fragment } from 'react';

/**
 * A dotted name (`com.amazonaws.vpce.us-east-1.vpce-svc-…`) that may break after each dot, never
 * inside a token unless one token alone is wider than its box.
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
