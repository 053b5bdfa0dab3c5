import fc from 'fast-check';

/** Generators of well-formed and malformed input, for property tests of every form field. */

const chars = (s: string) => fc.constantFrom(...s.split(''));
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = `${LOWER}${LOWER.toUpperCase()}${DIGITS}`;
const HEX = '0123456789abcdef';
const str = (alphabet: string, minLength: number, maxLength: number) =>
  fc.array(chars(alphabet), { minLength, maxLength }).map((a) => a.join(''));

export const AWS_REGIONS = ['us-east-1', 'us-west-2', 'eu-central-1', 'ap-southeast-1', 'ap-northeast-1', 'us-gov-west-1', 'sa-east-1'];
export const ALI_REGIONS = ['ap-southeast-1', 'cn-hangzhou', 'cn-beijing', 'us-west-1', 'eu-central-1', 'ap-northeast-1'];

/** Characters that must never be accepted in a name or an identifier. */
export const controlChar = fc.integer({ min: 0, max: 31 }).chain((n) => fc.constantFrom(String.fromCharCode(n), '\u007f'));
export const unicodeChar = fc.constantFrom('é', 'ß', 'ø', '中', '文', 'с', 'о', 'а', 'е', '\u200b', '\u00a0', '😀', 'ı', 'ｃ', '—', '٣');
export const htmlLike = fc.constantFrom('<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "';--", '</td>', '&lt;b&gt;');

/** Puts `piece` at a random position of `base`. */
export const insertInto = (base: fc.Arbitrary<string>, piece: fc.Arbitrary<string>) =>
  fc.tuple(base, piece, fc.nat()).map(([b, p, i]) => {
    const at = b.length === 0 ? 0 : i % (b.length + 1);
    return b.slice(0, at) + p + b.slice(at);
  });

// ---- Private Link Connection Name --------------------------------------------------------------

export const validDisplayName = fc
  .tuple(chars(ALNUM), str(`${ALNUM} _.-`, 0, 61), fc.option(chars(`${ALNUM}_.-`), { nil: undefined }))
  .map(([first, middle, last]) => (last === undefined ? first + middle.trimEnd() : first + middle + last));

export const invalidDisplayName = fc.oneof(
  fc.constant(''),
  str(' \t\n', 1, 10), // whitespace only
  str(ALNUM, 65, 200), // over-long
  insertInto(validDisplayName, unicodeChar),
  insertInto(validDisplayName, controlChar),
  insertInto(validDisplayName, htmlLike),
  insertInto(validDisplayName, chars('/\\:;,!?@#$%^&*()[]{}<>"\'`~|+=')),
  validDisplayName.map((v) => `${'-_. '[v.length % 4]}${v}`), // bad first character
);

// ---- Endpoint Service Name ---------------------------------------------------------------------

const awsRegion = fc.constantFrom(...AWS_REGIONS);
const aliRegion = fc.constantFrom(...ALI_REGIONS);
export const validAwsService = fc.tuple(awsRegion, str(HEX, 17, 17)).map(([r, id]) => `com.amazonaws.vpce.${r}.vpce-svc-${id}`);
export const validAliService = fc
  .tuple(aliRegion, str(`${LOWER}${DIGITS}`, 17, 24))
  .map(([r, id]) => `com.aliyuncs.privatelink.${r}.epsrv-${id}`);

export const invalidAwsService = fc.oneof(
  fc.constant(''),
  str(' \t', 1, 5),
  validAliService, // the other provider's format
  fc.tuple(fc.constantFrom('com.amazonaws.vpc.', 'com.amazon.vpce.', 'amazonaws.vpce.', 'com.amazonaws.vpce-', 'сom.amazonaws.vpce.'), awsRegion, str(HEX, 17, 17)).map(
    ([p, r, id]) => `${p}${r}.vpce-svc-${id}`,
  ), // look-alike prefix
  fc.tuple(awsRegion, fc.oneof(str(HEX, 1, 16), str(HEX, 18, 40))).map(([r, id]) => `com.amazonaws.vpce.${r}.vpce-svc-${id}`), // id length
  fc.tuple(awsRegion, str('GHIJKLMNOPQRSTUVWXYZghijklmnopqrstuvwxyzABCDEF', 17, 17)).map(([r, id]) => `com.amazonaws.vpce.${r}.vpce-svc-${id}`), // not hex
  fc.tuple(fc.constantFrom('useast1', 'us-east', 'US-EAST-1', 'us-east-12', 'u-east-1', 'us_east_1'), str(HEX, 17, 17)).map(
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
  fc.tuple(aliRegion, fc.oneof(str(`${LOWER}${DIGITS}`, 1, 16), str(`${LOWER}${DIGITS}`, 25, 40))).map(
    ([r, id]) => `com.aliyuncs.privatelink.${r}.epsrv-${id}`,
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

export const validConfluentName = (region: string) => str(`${LOWER}${DIGITS}`, 6, 32).map((n) => `${n}.${region}`);
export const invalidConfluentName = (region: string, otherRegion: string) =>
  fc.oneof(
    fc.constant(''),
    str(' \t', 1, 5),
    str(`${LOWER}${DIGITS}`, 6, 32), // no region
    str(`${LOWER}${DIGITS}`, 6, 32).map((n) => `${n}.${otherRegion}`), // another region
    str(`${LOWER}${DIGITS}`, 1, 5).map((n) => `${n}.${region}`), // too short
    str(`${LOWER}${DIGITS}`, 33, 60).map((n) => `${n}.${region}`), // too long
    str(`${LOWER.toUpperCase()}`, 6, 32).map((n) => `${n}.${region}`),
    insertInto(validConfluentName(region), unicodeChar),
    insertInto(validConfluentName(region), controlChar),
    insertInto(validConfluentName(region), htmlLike),
    validConfluentName(region).map((v) => `pkc-${v}`.replace('.', '-.')),
  );
