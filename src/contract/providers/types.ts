import type { CloudProvider } from '../clusters';
import type { ConnectionType, CreateConnectionRequest, DomainType, PrivateLinkConnection } from '../private-link';

/** The request/resource field that carries a provider's endpoint service: every Create field but these. */
export type ServiceField = Exclude<keyof CreateConnectionRequest['privateLinkConnection'], 'clusterId' | 'displayName' | 'type'>;

/** How one kind of ID the cloud issues looks: `prefix`, then `length` characters of `alphabet` (lowercase). */
export interface IdShape {
  readonly prefix: string;
  readonly length: number;
  readonly alphabet: 'hex' | 'alnum';
}

/**
 * Everything one endpoint-service provider differs in, for the UI, the CLI builder and the mock.
 * Message keys are plain strings here (the contract knows no catalog); the feature checks at compile
 * time that each one is a key of src/locales/en.ts.
 */
export interface Provider {
  readonly type: ConnectionType;
  /** The cluster cloud (`region.cloudProvider`) this connection type is offered on. */
  readonly cloud: CloudProvider;
  readonly serviceField: ServiceField;
  readonly serviceName: {
    /** The whole name; the named groups: `region`, the region the service is in, and `id`, the service ID. */
    readonly pattern: RegExp;
    readonly placeholder: string;
    /** The service ID (the name's last part, `vpce-svc-…`, `epsrv-…`) as the cloud issues it. */
    readonly id: IdShape;
    /** The name of service `serviceId` in `region`: what `pattern` reads back. */
    readonly of: (region: string, serviceId: string) => string;
  };
  /**
   * The cloud's region codes (`us-east-1`, `cn-hangzhou`) as a RegExp source without anchors: what
   * the region part of an entered domain unique name (domains.ts) is judged by.
   */
  readonly regionCode: string;
  /** Reading what the console shows (see paste.ts): where its page address carries the region. */
  readonly paste: { readonly regionInUrl: RegExp };
  /** Whether the endpoint service may be in a region other than the cluster's (`<field>.region`). */
  readonly serviceRegionField: boolean;
  /** Where the provider's console keeps the list of accounts allowed to connect. */
  readonly allowList: string;
  /** Availability zone IDs as the provider writes them (`use1-az1`, `cn-hangzhou-a`). */
  readonly zoneId: RegExp;
  /** The endpoint the cloud creates for a connection (`vpce-0…`, `ep-…`). */
  readonly endpointId: IdShape;
  /** The provider console's endpoint services page (when the service name says nothing more). */
  readonly consoleUrl: string;
  /** The provider console's page of one endpoint service (`vpce-svc-…`, `epsrv-…`) in its region. */
  readonly serviceConsoleUrl: (region: string, serviceId: string) => string;
  /**
   * Private domain types that can be attached, with their domains' suffix and the domains TiDB Cloud
   * creates for a unique name in the zones of the connection (as the dry run answers them).
   */
  readonly domains: readonly {
    readonly type: DomainType;
    readonly suffix: string;
    readonly names: (uniqueName: string, azIds: readonly string[]) => string[];
  }[];
  /**
   * What the Create dialog asks the user to make sure of before creating, in its order: a title
   * (params: `cloud`) and items (params: `region`, `serviceRegion`, `list` (`allowList`); rich text,
   * `<b>`). An item's `otherRegion` replaces it when the user says the service is in another region.
   */
  readonly prerequisites: {
    readonly title: `zones.${string}`;
    readonly items: readonly { readonly key: `zones.${string}`; readonly otherRegion?: `zones.${string}` }[];
  };
  readonly cli: { readonly serviceNameFlag: string; readonly serviceRegionFlag?: string };
  readonly messages: {
    readonly cloud: `cloud.${string}`;
    readonly type: `type.${string}`;
    readonly nextStep: `nextStep.${string}`;
    readonly serviceFormat: `problem.service.${string}`;
    /** The provider console's name in the mock's (English, server-side) messages. */
    readonly consoleName: string;
  };
}

export type ServiceOf = NonNullable<PrivateLinkConnection[ServiceField]>;
export type RequestService = Pick<CreateConnectionRequest['privateLinkConnection'], ServiceField>;
