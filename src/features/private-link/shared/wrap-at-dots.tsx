import { Fragment } from 'react';

/** Up to this many characters a token stays on one line (a 17-hex AWS service ID is 26). */
const MAX_UNBROKEN = 28;

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
          {/* A token short enough to fit keeps its hyphens (`vpce-svc-…`); a longer one may break anywhere. */}
          <span className={part.length <= MAX_UNBROKEN ? 'whitespace-nowrap' : undefined}>{i < parts.length - 1 ? `${part}.` : part}</span>
          {i < parts.length - 1 && <wbr />}
        </Fragment>
      ))}
    </span>
  );
}
