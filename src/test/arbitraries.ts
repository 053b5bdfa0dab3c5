import fc from 'fast-check';

/** Generators of well-formed and malformed input, for property tests of every form field. */

const chars = (s: string) => fc.constantFrom(...s.split(''));
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = `${LOWER}${LOWER.toUpperCase()}${DIGITS}`;
const HEX = '0123456789abcdef';
const str = (alphabet: string, minLength: number, maxLength: number) =>
  fc.array(chars(alphabet), { minLength, maxLength }).map((a) => a.join(''));

export const AWS_REGIONS = ['us-east-1', 'us-west-2', 'eu-central-1', 'ap-southeast-1', 'ap-northeast-1', 'us-gov-west-1', 'sa-east-1', 'cn-north-1', 'cn-northwest-1', 'us-gov-east-1', 'il-central-1', 'eu-isoe-west-1'];
export const ALI_REGIONS = ['ap-southeast-1', 'cn-hangzhou', 'cn-beijing', 'us-west-1', 'eu-central-1', 'ap-northeast-1', 'cn-shanghai-finance-1', 'cn-hangzhou-finance', 'cn-shenzhen-finance-1', 'cn-hongkong'];

/** Characters that must never be accepted in a name or an identifier. */
export const controlChar = fc.integer({ min: 0, max: 31 }).chain((n) => fc.constantFrom(String.fromCharCode(n), '\u007f'));
export const unicodeChar = fc.constantFrom('é', 'ß', 'ø', '中', '文', 'с', 'о', 'а', 'е', '\u200b', '\u00a0', '😀', 'ı', 'ｃ', '—', '٣');
export const htmlLike = fc.constantFrom('<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "';--", '</td>', '&lt;b&gt;');

/** Puts `piece` strictly inside `base` (not at either end), where trimming cannot remove it. */
export const insertInside = (base: fc.Arbitrary<string>, piece: fc.Arbitrary<string>) =>
  fc.tuple(base.filter((b) => b.length >= 2), piece, fc.nat()).map(([b, p, i]) => {
    const at = 1 + (i % (b.length - 1));
    return b.slice(0, at) + p + b.slice(at);
  });

/** Puts `piece` at a random position of `base`. */
export const insertInto = (base: fc.Arbitrary<string>, piece: fc.Arbitrary<string>) =>
  fc.tuple(base, piece, fc.nat()).map(([b, p, i]) => {
    const at = b.length === 0 ? 0 : i % (b.length + 1);
    return b.slice(0, at) + p + b.slice(at);
  });

// ---- Private Link Connection Name --------------------------------------------------------------

/** Names people give that need no warning (any script; the API sets no character rule): 1–64 characters once trimmed, no control characters. */
export const REAL_DISPLAY_NAMES = ['orders-replica', '订单 RDS', 'Kafka events 2', 'naïve café', 'Заказы', '<b>prod</b>', '-dash', 'a/b', 'x'.repeat(64), '数'.repeat(64), '🚀 launch'];
const nameChar = fc.oneof(chars(`${ALNUM} _.-/:#()`), unicodeChar.filter((c) => c.trim() !== '' && c !== '\u200b'));
export const validDisplayName = fc.oneof(
  fc.constantFrom(...REAL_DISPLAY_NAMES),
  fc.tuple(chars(ALNUM), fc.array(nameChar, { maxLength: 62 })).map(([first, rest]) => (first + rest.join('')).trimEnd()),
);

export const invalidDisplayName = fc.oneof(
  fc.constant(''),
  str(' \t\n', 1, 10), // whitespace only
);

/** Names the spec allows but TiDB Cloud may refuse: said, not refused. */
export const warnedDisplayName = fc.oneof(
  str(ALNUM, 65, 200), // over-long
  insertInside(validDisplayName, controlChar),
);

// ---- Endpoint Service Name ---------------------------------------------------------------------

const awsRegion = fc.constantFrom(...AWS_REGIONS);
const aliRegion = fc.constantFrom(...ALI_REGIONS);
export const validAwsService = fc.tuple(awsRegion, fc.oneof(str(HEX, 17, 17), str(HEX, 8, 8))).map(([r, id]) => `com.amazonaws.vpce.${r}.vpce-svc-${id}`);
// Any ID length: Alibaba Cloud documents the `epsrv-` prefix only.
export const validAliService = fc
  .tuple(aliRegion, str(`${LOWER}${DIGITS}`, 1, 40))
  .map(([r, id]) => `com.aliyuncs.privatelink.${r}.epsrv-${id}`);

export const invalidAwsService = fc.oneof(
  fc.constant(''),
  str(' \t', 1, 5),
  validAliService, // the other provider's format
  fc.tuple(fc.constantFrom('com.amazonaws.vpc.', 'com.amazon.vpce.', 'amazonaws.vpce.', 'com.amazonaws.vpce-', 'сom.amazonaws.vpce.'), awsRegion, str(HEX, 17, 17)).map(
    ([p, r, id]) => `${p}${r}.vpce-svc-${id}`,
  ), // look-alike prefix
  fc.tuple(awsRegion, fc.oneof(str(HEX, 1, 7), str(HEX, 9, 16), str(HEX, 18, 40))).map(([r, id]) => `com.amazonaws.vpce.${r}.vpce-svc-${id}`), // id length
  fc.tuple(awsRegion, str('GHIJKLMNOPQRSTUVWXYZghijklmnopqrstuvwxyzABCDEF', 17, 17)).map(([r, id]) => `com.amazonaws.vpce.${r}.vpce-svc-${id}`), // not hex
  fc.tuple(fc.constantFrom('useast1', 'us-east', 'US-EAST-1', 'u-east-1', 'us_east_1'), str(HEX, 17, 17)).map(
    ([r, id]) => `com.amazonaws.vpce.${r}.vpce-svc-${id}`,
  ), // region format
  fc.tuple(awsRegion, str(HEX, 17, 17)).map(([r, id]) => `com.amazonaws.vpce.${r}.epsrv-${id}`),
  insertInto(validAwsService, unicodeChar),
  insertInto(validAwsService, controlChar),
  insertInto(validAwsService, htmlLike),
  validAwsService.map((v) => `${v}.`),
  str(ALNUM, 300, 400),
);

export const invalidAliService = fc.oneof(
  fc.constant(''),
  str(' \t', 1, 5),
  validAwsService, // the other provider's format
  fc.tuple(fc.constantFrom('com.aliyun.privatelink.', 'com.aliyuncs.private-link.', 'aliyuncs.privatelink.', 'com.aliyuncs.privatelink-'), aliRegion, str(`${LOWER}${DIGITS}`, 17, 24)).map(
    ([p, r, id]) => `${p}${r}.epsrv-${id}`,
  ),
  fc.tuple(aliRegion, str(`${LOWER.toUpperCase()}-_`, 17, 24)).map(([r, id]) => `com.aliyuncs.privatelink.${r}.epsrv-${id}`),
  fc.tuple(fc.constantFrom('cnhangzhou', 'CN-HANGZHOU', 'cn_hangzhou', 'c-hangzhou'), str(`${LOWER}${DIGITS}`, 17, 24)).map(
    ([r, id]) => `com.aliyuncs.privatelink.${r}.epsrv-${id}`,
  ),
  insertInto(validAliService, unicodeChar),
  insertInto(validAliService, controlChar),
  insertInto(validAliService, htmlLike),
);

// ---- Confluent unique name ---------------------------------------------------------------------

// Any length: Confluent documents none for the network ID.
export const validConfluentName = (region: string) => str(`${LOWER}${DIGITS}`, 1, 60).map((n) => `${n}.${region}`);
export const invalidConfluentName = (region: string, otherRegion: string) =>
  fc.oneof(
    fc.constant(''),
    str(' \t', 1, 5),
    str(`${LOWER}${DIGITS}`, 6, 32), // no region
    str(`${LOWER}${DIGITS}`, 6, 32).map((n) => `${n}.${otherRegion}`), // another region
    str(`${LOWER.toUpperCase()}`, 6, 32).map((n) => `${n}.${region}`),
    insertInto(validConfluentName(region), unicodeChar),
    insertInto(validConfluentName(region), controlChar),
    insertInto(validConfluentName(region), htmlLike),
    validConfluentName(region).map((v) => `pkc-${v}`.replace('.', '-.')),
  );
