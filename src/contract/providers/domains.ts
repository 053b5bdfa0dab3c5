import type { DomainType } from '../private-link';

/**
 * How each private domain type is attached, whatever the connection's provider (which types a
 * provider offers, and their domains, are in its entry's `domains`):
 * - `generated`: TiDB Cloud issues the unique name; the dry run (`validateOnly`, an empty unique
 *   name) answers it with the domains, and the attach sends it back;
 * - `entered`: the user gives the unique name the domain's owner shows, read from what was pasted
 *   (paste.ts, the offer's `suffix`) and judged by `pattern` for the provider's region codes.
 */
export type DomainKind =
  | {
      readonly uniqueName: 'generated';
      readonly messages: {
        /** The set about to be attached is attached already; another set is already there (both said, not refused). */
        readonly attachedSame: `attach.${string}`;
        readonly attachedOther: `attach.${string}`;
      };
    }
  | {
      readonly uniqueName: 'entered';
      /** The unique name for a provider's region codes (`regionCode`); the named group `region` is its region. */
      readonly pattern: (regionCode: string) => RegExp;
      /** An example for the cluster's region (the field's placeholder). */
      readonly example: (region: string) => string;
      /** The guide that says where the owner shows the unique name (a key of the feature's docs.ts). */
      readonly guide: string;
      readonly messages: {
        readonly label: `attach.${string}`;
        /** Params: `region`. */
        readonly hint: `attach.${string}`;
        /** Rich text, its `<link>` to `guide`. */
        readonly guideLink: `attach.${string}`;
        /** Params: `name`. */
        readonly attached: `attach.${string}`;
        /** A leading label was dropped from what was pasted. Params: `name`. */
        readonly unsure: `attach.${string}`;
        readonly empty: `problem.${string}`;
        readonly format: `problem.${string}`;
        /** Params: `clusterRegion`, `region`. */
        readonly region: `problem.${string}`;
      };
    };

export const DOMAIN_KINDS = {
  // `dvs6nl5jgveztmla3pxkxgh76i`, as the dry run issues it
  TIDBCLOUD_MANAGED: {
    uniqueName: 'generated',
    messages: { attachedSame: 'attach.managedAttached', attachedOther: 'attach.managedSecond' },
  },
  // Confluent Cloud Dedicated: the network's DNS subdomain as Confluent shows it, `<network-id>.<region>`
  // (`domnprzqrog.us-east-1`); the network is in the cluster's region, written as its cloud writes regions.
  // Confluent documents no length for the network ID: any is taken.
  CONFLUENT: {
    uniqueName: 'entered',
    pattern: (regionCode) => new RegExp(`^(?<network>[a-z0-9]+)\\.(?<region>${regionCode})$`),
    example: (region) => `domnprzqrog.${region}`,
    guide: 'confluent',
    messages: {
      label: 'attach.confluentName',
      hint: 'attach.confluentHint',
      guideLink: 'attach.confluentGuide',
      attached: 'attach.confluentAttached',
      unsure: 'attach.confluentUnsure',
      empty: 'problem.confluent.empty',
      format: 'problem.confluent.format',
      region: 'problem.confluent.region',
    },
  },
} as const satisfies Record<DomainType, DomainKind>;
